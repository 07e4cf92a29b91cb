import math

import numpy as np
import pandas as pd
import pytest

from analysis import rollout


def logistic(years, rate, midpoint, ceiling=100.0):
    t = np.asarray(years, dtype=float)
    return pd.Series(ceiling / (1 + np.exp(-rate * (t - midpoint))), index=list(years), dtype=float)


def gompertz(years, rate, midpoint, ceiling=100.0):
    t = np.asarray(years, dtype=float)
    return pd.Series(ceiling * np.exp(-np.exp(-rate * (t - midpoint))), index=list(years), dtype=float)


NOISY = pd.Series([12.0, 19.0, 31.0, 42.0, 58.0], index=[2018, 2019, 2020, 2021, 2022])


@pytest.mark.parametrize("curve, model", [(logistic, "logistic"), (gompertz, "gompertz")])
def test_exact_curve_is_recovered(curve, model):
    data = curve([2016, 2017, 2019, 2022], rate=0.6, midpoint=2021.5, ceiling=80.0)
    fitted = rollout.fit(data, model, ceiling=80.0)
    assert fitted.rate == pytest.approx(0.6)
    assert fitted.midpoint == pytest.approx(2021.5)
    assert fitted.n_points == 4
    assert fitted.params == pytest.approx({"rate": 0.6, "midpoint": 2021.5, "ceiling": 80.0})
    later = fitted.predict([2025, 2030])
    assert later.to_numpy() == pytest.approx(curve([2025, 2030], 0.6, 2021.5, 80.0).to_numpy())


def test_year_reaching_solves_the_curve():
    fitted = rollout.fit(logistic([2015, 2018, 2020], rate=0.5, midpoint=2022.0))
    # logistic: y = 90 when exp(-0.5 (t - 2022)) = 1/9, i.e. t = 2022 + 2 ln 9
    assert fitted.year_reaching(90.0) == pytest.approx(2022.0 + 2 * math.log(9))
    assert fitted.year_reaching(50.0) == pytest.approx(2022.0)
    assert fitted.year_reaching(100.0) == math.inf
    assert fitted.predict([fitted.year_reaching(75.0)]).iloc[0] == pytest.approx(75.0)


def test_gompertz_is_slower_to_finish_than_logistic_through_the_same_points():
    data = pd.Series([10.0, 30.0], index=[2018, 2021])
    assert rollout.fit(data, "gompertz").year_reaching(95) > rollout.fit(data, "logistic").year_reaching(95)


def test_falling_series_never_reaches_a_higher_level():
    fitted = rollout.fit(pd.Series([40.0, 35.0, 30.0], index=[2019, 2020, 2021]))
    assert fitted.rate < 0
    assert fitted.year_reaching(90) == math.inf


@pytest.mark.parametrize("bad, word", [(0.0, "2020: 0"), (100.0, "2020: 100"), (120.0, "2020: 120")])
def test_values_outside_the_open_interval_are_refused_by_year(bad, word):
    data = pd.Series([10.0, bad, 30.0], index=[2019, 2020, 2021])
    with pytest.raises(ValueError, match=word):
        rollout.fit(data)


def test_bad_arguments_are_refused():
    data = pd.Series([10.0, 20.0, 30.0], index=[2019, 2020, 2021])
    with pytest.raises(ValueError, match="unknown rollout model"):
        rollout.fit(data, "linear")
    with pytest.raises(ValueError, match="ceiling"):
        rollout.fit(data, ceiling=0)
    with pytest.raises(ValueError, match="at least 2 points"):
        rollout.fit(data.iloc[:1])
    with pytest.raises(ValueError, match="duplicate years: 2019"):
        rollout.fit(pd.Series([10.0, 20.0], index=[2019, 2019]))
    with pytest.raises(ValueError, match="at least 3 points"):
        rollout.project(data.iloc[:2], [2025])


def test_project_bands_are_ordered_inside_the_ceiling_and_widen_with_distance():
    frame = rollout.project(NOISY, range(2023, 2031), ceiling=100.0)
    assert list(frame.columns) == ["mean", "lo80", "hi80", "lo95", "hi95"]
    assert ((frame["lo95"] <= frame["lo80"]) & (frame["lo80"] <= frame["mean"])).all()
    assert ((frame["mean"] <= frame["hi80"]) & (frame["hi80"] <= frame["hi95"])).all()
    assert ((frame["lo95"] > 0) & (frame["hi95"] < 100)).all()
    # on the original scale the bands narrow again near the ceiling; on the logit scale they widen steadily
    logit = np.log(frame / (100.0 - frame))
    width = logit["hi80"] - logit["lo80"]
    assert width.is_monotonic_increasing and width.loc[2023] < width.loc[2030]
    assert frame["mean"].to_numpy() == pytest.approx(rollout.fit(NOISY).predict(range(2023, 2031)).to_numpy())


def test_probability_matches_the_bands():
    frame = rollout.project(NOISY, [2026], levels=(80,))
    centre, low, high = frame.loc[2026, ["mean", "lo80", "hi80"]]
    assert rollout.probability_reached(NOISY, centre, 2026) == pytest.approx(0.5)
    assert rollout.probability_reached(NOISY, low, 2026) == pytest.approx(0.9)
    assert rollout.probability_reached(NOISY, high, 2026) == pytest.approx(0.1)
    assert rollout.probability_reached(NOISY, 100.0, 2026) == 0.0
    assert rollout.probability_reached(NOISY, 90.0, 2024) < rollout.probability_reached(NOISY, 90.0, 2030)


def test_sensitivity_refits_without_each_point_for_each_model():
    table = rollout.sensitivity(NOISY, 95.0)
    assert len(table) == 2 * (1 + len(NOISY))
    assert list(table["model"].unique()) == ["logistic", "gompertz"]
    first = table.iloc[0]
    assert first["variant"] == "all points" and first["n_points"] == 5
    assert first["year_reaching"] == pytest.approx(rollout.fit(NOISY).year_reaching(95.0))
    without = table[(table["variant"] == "without 2022") & (table["model"] == "gompertz")].iloc[0]
    assert without["year_reaching"] == pytest.approx(rollout.fit(NOISY.drop(2022), "gompertz").year_reaching(95.0))
    assert table["year_reaching"].nunique() > 2


def test_holdout_predicts_the_latest_points_from_the_earlier_ones():
    frame = rollout.holdout(NOISY, last=2)
    assert list(frame.index) == [2021, 2022]
    expected = rollout.fit(NOISY.iloc[:3]).predict([2021, 2022])
    assert frame["predicted"].to_numpy() == pytest.approx(expected.to_numpy())
    assert frame["error"].to_numpy() == pytest.approx((expected - NOISY.iloc[3:]).to_numpy())
    exact = rollout.holdout(logistic([2015, 2017, 2018, 2020], 0.4, 2021), last=1)
    assert exact["error"].abs().max() < 1e-9
    with pytest.raises(ValueError, match="fewer than 2"):
        rollout.holdout(NOISY, last=4)


def test_intervals_equal_ols_prediction_intervals_on_the_logit_scale():
    import statsmodels.api as sm

    z = np.log(NOISY / (100.0 - NOISY))
    design = sm.add_constant(NOISY.index.to_numpy(dtype=float))
    frame = sm.OLS(z.to_numpy(), design).fit().get_prediction(sm.add_constant(np.array([2024.0, 2027.0]),
                                                                             has_constant="add"))
    expected = frame.summary_frame(alpha=0.05)
    got = rollout.project(NOISY, [2024, 2027], levels=(95,))
    assert np.log(got["lo95"] / (100 - got["lo95"])).to_numpy() == pytest.approx(expected["obs_ci_lower"].to_numpy())
    assert np.log(got["hi95"] / (100 - got["hi95"])).to_numpy() == pytest.approx(expected["obs_ci_upper"].to_numpy())
