"""The registry of the book's ex-ante forecasts and their track record."""

from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from statsmodels.stats.proportion import proportion_confint

from analysis import data, pledges, recipe, record


@pytest.fixture(scope="module")
def series():
    return data.series_loader()


@pytest.fixture(scope="module")
def catalogue():
    return pledges.load_pledges()


@pytest.fixture(scope="module")
def crime(series, catalogue):
    return record.forecast("ch06-p08", series=series, catalogue=catalogue)


def test_registry_entries_are_consistent(catalogue):
    ids = set(catalogue["pledge_id"])
    for fid, f in record.FORECASTS.items():
        assert f.id == fid
        assert f.pledge in ids, f"{fid}: unknown pledge {f.pledge}"
        assert fid.startswith(f.pledge[:4])
        if f.reading_of is not None:
            main = record.spec(f.reading_of)
            assert main.reading_of is None and main.pledge == f.pledge, fid


def test_every_recipe_forecast_from_2019_in_the_chapters_comes_from_the_registry():
    from pathlib import Path

    book = Path(__file__).resolve().parents[1] / "book"
    for path in sorted(book.glob("ch*.py")):
        for call in path.read_text(encoding="utf-8").split("recipe.run(")[1:]:
            head = call[:250]
            assert "cutoff=2019" not in head and "cutoff=CUTOFF" not in head and "cutoff=de_last" not in head, path.name


def test_main_forecasts_share_a_distribution_once():
    main = record.main_forecasts()
    assert main["ch02-p01"] == ("ch02-p01", "ch02-p02")  # same series, window and cut-off
    assert "ch02-p02-ante" not in main
    assert set(main) == {"ch02-p01", "ch03-national", "ch04-p04", "ch05-p02", "ch06-p08"}
    readings = record.reading_forecasts()
    assert "ch05-p02-term" not in readings  # the same distribution as ch05-p02
    assert "ch02-p02-ante-approx" not in readings and "ch02-p01-approx" in readings


def test_find_and_spec():
    assert record.find("ch04-p04", first_year=2012) == "ch04-p04-late"
    with pytest.raises(KeyError, match="0 forecasts of ch04-p04"):
        record.find("ch04-p04", first_year=1999)
    with pytest.raises(KeyError, match="unknown forecast 'nope'"):
        record.spec("nope")


def test_forecast_entry_validates_its_parts():
    part = record.Part("x")
    with pytest.raises(ValueError, match="combine 'sum' does not fit 1 part"):
        record.Forecast("ch09-p01", "ch09-p01", "l", "s", (part,), record.Goal("level", (2024,), 1.0), combine="sum")


def test_load_resolves_targets_windows_and_outcomes(series, catalogue):
    today = series("safety_offences", definition="pks_city")
    then = series("safety_offences", definition="pks_city", as_known_on="2020-09-13")
    off = data.as_first_known(today, then)[0]
    args = record.load("ch06-p08", series=series, catalogue=catalogue)
    assert args["series"].equals(off.loc[:2019]) and args["cutoff"] == 2019
    assert args["outcome"].equals(today.values.loc[2020:])
    assert not args["series"].equals(today.values.loc[:2019]), "2012 and 2014 were revised after election day"
    revised = record.load("ch06-p08", series=series, catalogue=catalogue, known_on=None)
    assert revised["series"].equals(today.values.loc[:2019])
    assert args["target"] == recipe.Target.stay(2024, "<=")
    approx = series("housing_completions_dwellings", definition="incl_conversions_approx").values
    assert record.spec("ch02-p01-approx").first_year == int(approx.index[0])
    row = pledges.pledge("ch02-p02", catalogue)
    flyer = record.load("ch02-p02-ante", series=series, catalogue=catalogue)["target"]
    assert flyer == recipe.Target.cumulative(float(row["target_value"]),
                                             range(int(row["target_year"]) - 9, int(row["target_year"]) + 1))
    national = record.load("ch03-national", series=series, catalogue=catalogue)
    assert national["cutoff"] == int(national["series"].index.max())
    pct = float(series("climate_ghg_target_reduction_pct", "Germany", "statutory_target").values[2030])
    assert national["target"].value == pytest.approx(float(national["series"][1990]) * (1 - pct / 100))
    dsw = record.load("ch04-p04", series=series, catalogue=catalogue)
    assert dsw["outcome"].index.min() > 2019 and dsw["outcome"].index.max() <= dsw["target"].years[-1]
    passengers = series("mob_dsw21_passengers", definition="vrr_counting_rules").values
    assert record.spec("ch04-p04-all").first_year == int(passengers.index.min())


def test_forecast_equals_the_recipe_on_the_same_arguments(series, catalogue, crime):
    today = series("safety_offences", definition="pks_city")
    then = series("safety_offences", definition="pks_city", as_known_on="2020-09-13")
    off = data.as_first_known(today, then)[0].loc[:2019]
    direct = recipe.run(off, cutoff=2019, target=recipe.Target.stay(2024, "<="), outcome=today.values)
    assert direct.glued("x") == crime.glued("x") and direct.fan.equals(crime.fan)


def test_pit_at_the_target_is_the_recipe_probability(crime):
    value = pd.Series({2024: crime.target_value})
    assert record.pit(crime, value).iloc[0] == pytest.approx(crime.p, abs=1e-12)
    with pytest.raises(ValueError, match="after the cut-off 2019"):
        record.pit(crime, pd.Series({2019: 1.0}))


def test_pit_of_a_gaussian_member_is_the_normal_cdf():
    history = pd.Series([10.0, 12.0, 11.0, 14.0, 13.0, 15.0], index=range(2014, 2020))
    fake = SimpleNamespace(history=history, target=recipe.Target.level(0.0, 2022),
                           benchmarks=pd.DataFrame(index=["naive"]), factor80=1.5)
    sigma = np.sqrt(np.mean(np.diff(history.to_numpy()) ** 2)) * 1.5
    got = record.pit(fake, pd.Series({2020: 16.0, 2022: 12.0}))
    assert got[2020] == pytest.approx(stats.norm.cdf(16.0, 15.0, sigma))
    assert got[2022] == pytest.approx(stats.norm.cdf(12.0, 15.0, sigma * np.sqrt(3)))


def test_rows_score_each_outcome_year(crime):
    frame = record.rows("ch06-p08", crime)
    assert list(frame.columns) == list(record.RECORD_COLUMNS)
    assert list(frame["year"]) == list(crime.outcome.index)
    assert int(frame["inside80"].sum()) == crime.hits["inside80"] and int(frame["inside95"].sum()) == crime.hits["inside95"]
    h = crime.history
    scale = np.mean(np.abs(np.diff(h.to_numpy())[np.diff(h.index.to_numpy()) == 1]))
    last = frame.iloc[-1]
    assert last["naive_scaled_error"] == pytest.approx(abs(last["outcome"] - h.iloc[-1]) / scale)
    assert last["scaled_error"] == pytest.approx(abs(last["outcome"] - last["mean"]) / scale)
    assert frame["pit"].between(0, 1).all()


def test_wilson_matches_statsmodels_and_refuses_bad_counts():
    assert record.wilson(12, 25) == pytest.approx(proportion_confint(12, 25, alpha=0.05, method="wilson"))
    assert record.wilson(0, 5)[0] == 0.0
    with pytest.raises(ValueError, match="k=6, n=5"):
        record.wilson(6, 5)


def test_calibration_skill_and_histogram():
    frame = pd.DataFrame({
        "inside80": [True, True, False, False], "inside95": [True, True, True, False],
        "pit": [0.0, 0.2, 0.55, 1.0], "scaled_error": [1.0, 1.0, 2.0, 0.0], "naive_scaled_error": [2.0, 2.0, 2.0, 2.0],
    })
    cal = record.calibration(frame).set_index("level")
    assert cal.loc["80 %", "coverage"] == 0.5 and cal.loc["95 %", "inside"] == 3 and cal.loc["95 %", "n"] == 4
    assert cal.loc["80 %", "consistent"]
    assert record.skill(frame) == 0.5
    hist = record.pit_histogram(frame)
    assert list(hist) == [1, 1, 1, 0, 1] and hist.index[0] == "0–20 %"
    with pytest.raises(ValueError, match="no error"):
        record.skill(frame.assign(naive_scaled_error=0.0))


def test_reader_frame_writes_intervals_hits_and_short_model_names(crime):
    frame = record.rows("ch06-p08", crime).assign(model=["combination of naive, drift"] + ["loglinear"] * 4)
    shown = record.reader_frame(frame)
    assert shown["model"].tolist()[:2] == ["equal-weight combination", "loglinear"]
    assert shown["interval80"].iloc[0] == f"{frame['lo80'].iloc[0]:,.0f}–{frame['hi80'].iloc[0]:,.0f}"
    assert set(shown["inside95"]) <= {"yes", "no"}


def test_the_s_curve_forecast_of_chapter_8_joins_the_record():
    from analysis import rollout

    pre, post = record.ogs_coverage()
    assert list(pre.index) == [2012, 2018, 2019] and post.index.min() >= 2020
    rows = record.rollout_rows()
    assert list(rows["year"]) == list(post.index) and (rows["origin"] == 2019).all()
    fan = rollout.project(pre, post.index, model="logistic", ceiling=record.OGS_CEILING)
    assert rows["hi80"].tolist() == fan["hi80"].tolist()
    # the PIT is the predictive CDF: an outcome at the interval's upper end has PIT 0.9 (80 %) or 0.975 (95 %)
    fitted = rollout.fit(pre, "logistic", ceiling=record.OGS_CEILING)
    at_edges = fitted.pit(pd.Series([fan["hi80"].iloc[0], fan["hi95"].iloc[0]], index=[post.index[0]] * 2))
    assert at_edges.round(6).tolist() == [0.9, 0.975]
    track = record.track_record()
    assert record.OGS_FORECAST in set(track["forecast"])
    assert record.OGS_FORECAST not in set(record.track_record(readings=True)["forecast"])
