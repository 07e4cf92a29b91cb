"""Tests for analysis.forecast with small, hand-computable series."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from analysis import forecast as fc

Z80 = 1.2815515655446004
Z95 = 1.959963984540054


def annual(values, start: int = 2010) -> pd.Series:
    """Annual series with consecutive years from ``start``."""
    return pd.Series([float(v) for v in values], index=range(start, start + len(values)))


def irregular(mapping: dict[int, float]) -> pd.Series:
    return pd.Series({int(k): float(v) for k, v in mapping.items()})


def noisy(n: int = 12, seed: int = 1) -> pd.Series:
    rng = np.random.default_rng(seed)
    return annual(100 + np.cumsum(rng.normal(1.0, 2.0, n)), start=2008)


# ---------------------------------------------------------------------------
# Constants and small helpers
# ---------------------------------------------------------------------------


def test_constants() -> None:
    assert fc.SEED == 20200913
    assert fc.METHODS == ("mean", "naive", "drift", "theta", "ets", "loglinear", "arima")
    assert fc.MIN_POINTS == {
        "mean": 2, "naive": 2, "drift": 3, "theta": 4, "ets": 6, "loglinear": 3, "arima": 12,
    }
    assert fc.TOO_THIN == 6
    assert fc.ETS_DAMPED_MIN > fc.MIN_POINTS["ets"]


def test_too_short_boundaries() -> None:
    assert fc.too_short(annual([1, 2]), "drift")
    assert not fc.too_short(annual([1, 2, 3]), "drift")
    assert fc.too_short(annual([1, 2, 3, 4, 5]), "ets")
    assert not fc.too_short(annual(range(6)), "ets")
    with pytest.raises(ValueError, match="unknown method"):
        fc.too_short(annual([1, 2, 3]), "prophet")


def test_forecastable_counts_observed_points_only() -> None:
    assert not fc.forecastable(annual([1, 2, 3, 4, 5]))
    assert fc.forecastable(annual([1, 2, 3, 4, 5, 6]))
    with_nan = annual([1, 2, np.nan, 4, 5, 6])
    assert not fc.forecastable(with_nan)


# ---------------------------------------------------------------------------
# Point forecasts and intervals
# ---------------------------------------------------------------------------


def test_drift_on_straight_line() -> None:
    out = fc.forecast(annual([1, 2, 3, 4]), "drift", 2)
    assert list(out.index) == [2014, 2015]
    assert list(out.columns) == ["mean", "lo80", "hi80", "lo95", "hi95"]
    assert out["mean"].tolist() == [5.0, 6.0]
    # every change equals 1, so sigma = 0 and the intervals collapse
    assert out["lo95"].tolist() == [5.0, 6.0]
    assert out["hi95"].tolist() == [5.0, 6.0]


def test_drift_interval_width() -> None:
    # changes 1, 2, 1, 2: mean 1.5, sd sqrt(1/3); T = 5
    out = fc.forecast(annual([1, 2, 4, 5, 7]), "drift", 2)
    assert out["mean"].tolist() == pytest.approx([8.5, 10.0])
    sd1 = math.sqrt(1 / 3) * math.sqrt(1 * (1 + 1 / 4))
    sd2 = math.sqrt(1 / 3) * math.sqrt(2 * (1 + 2 / 4))
    assert out["hi80"].tolist() == pytest.approx([8.5 + Z80 * sd1, 10.0 + Z80 * sd2])
    assert out["lo95"].tolist() == pytest.approx([8.5 - Z95 * sd1, 10.0 - Z95 * sd2])


def test_naive_mean_and_sd() -> None:
    # changes 2, -1, 2: sigma = sqrt((4 + 1 + 4) / 3) = sqrt(3)
    out = fc.forecast(annual([1, 3, 2, 4]), "naive", 3)
    assert out["mean"].tolist() == [4.0, 4.0, 4.0]
    expected_sd = np.sqrt(3.0 * np.arange(1, 4))
    assert out["hi95"].to_numpy() == pytest.approx(4 + Z95 * expected_sd)
    assert out["lo80"].to_numpy() == pytest.approx(4 - Z80 * expected_sd)


def test_mean_method() -> None:
    # mean 4, s = 2, sd = 2 * sqrt(1 + 1/3)
    out = fc.forecast(annual([2, 4, 6]), "mean", 2)
    sd = 2 * math.sqrt(4 / 3)
    assert out["mean"].tolist() == [4.0, 4.0]
    assert out["hi80"].tolist() == pytest.approx([4 + Z80 * sd] * 2)
    assert out["lo95"].tolist() == pytest.approx([4 - Z95 * sd] * 2)


def test_custom_levels_make_columns() -> None:
    out = fc.forecast(annual([1, 3, 2, 4]), "naive", 1, levels=(50, 99))
    assert list(out.columns) == ["mean", "lo50", "hi50", "lo99", "hi99"]
    assert out["hi50"].iloc[0] < out["hi99"].iloc[0]
    with pytest.raises(ValueError, match="level"):
        fc.forecast(annual([1, 3, 2, 4]), "naive", 1, levels=(100,))


def test_loglinear_exact_exponential_with_gaps() -> None:
    series = irregular({2000: 1, 2001: 2, 2003: 8, 2006: 64})
    out = fc.forecast(series, "loglinear", 2)
    assert list(out.index) == [2007, 2008]
    assert out["mean"].to_numpy() == pytest.approx([128.0, 256.0])
    assert out["lo95"].to_numpy() == pytest.approx([128.0, 256.0])
    assert out["hi95"].to_numpy() == pytest.approx([128.0, 256.0])


def test_loglinear_interval_matches_ols_formula() -> None:
    years = np.array([2000, 2002, 2003, 2007])
    y = np.array([1.0, 3.0, 2.5, 9.0])
    out = fc.forecast(pd.Series(y, index=years), "loglinear", 1)
    # textbook simple regression of log(y) on year
    x, ly = years.astype(float), np.log(y)
    sxx = np.sum((x - x.mean()) ** 2)
    slope = np.sum((x - x.mean()) * (ly - ly.mean())) / sxx
    intercept = ly.mean() - slope * x.mean()
    resid = ly - intercept - slope * x
    s2 = np.sum(resid**2) / (len(x) - 2)
    x0 = 2008.0
    fit = intercept + slope * x0
    se = math.sqrt(s2 * (1 + 1 / len(x) + (x0 - x.mean()) ** 2 / sxx))
    t = stats.t.ppf(0.9, df=len(x) - 2)
    assert out.loc[2008, "mean"] == pytest.approx(math.exp(fit))
    assert out.loc[2008, "lo80"] == pytest.approx(math.exp(fit - t * se))
    assert out.loc[2008, "hi80"] == pytest.approx(math.exp(fit + t * se))


def test_loglinear_needs_positive_values() -> None:
    with pytest.raises(ValueError, match="positive"):
        fc.forecast(annual([1, 0, 2, 3]), "loglinear", 1)


def test_theta_intervals_are_ordered_and_widen() -> None:
    out = fc.forecast(noisy(), "theta", 3)
    assert list(out.index) == [2020, 2021, 2022]
    assert (out["lo95"] < out["lo80"]).all() and (out["lo80"] < out["mean"]).all()
    assert (out["mean"] < out["hi80"]).all() and (out["hi80"] < out["hi95"]).all()
    width = out["hi95"] - out["lo95"]
    assert width.is_monotonic_increasing
    centre = (out["hi80"] + out["lo80"]) / 2
    assert centre.to_numpy() == pytest.approx(out["mean"].to_numpy())


def test_ets_without_trend_below_damped_minimum() -> None:
    short = annual([1, 2, 3, 4, 5, 6, 7])  # 7 < ETS_DAMPED_MIN: level only
    flat = fc.forecast(short, "ets", 3)["mean"]
    assert flat.max() - flat.min() == pytest.approx(0.0, abs=1e-9)
    long = annual(range(1, 13))  # damped trend: keeps rising
    rising = fc.forecast(long, "ets", 3)["mean"]
    assert rising.is_monotonic_increasing and rising.iloc[0] > 12


def test_no_warnings_escape() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        for method in ("theta", "ets"):
            fc.forecast(annual([3, 1, 4, 1, 5, 9, 2, 6]), method, 2)


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", ["mean", "naive", "drift", "theta", "ets"])
def test_gap_rejected_except_loglinear(method: str) -> None:
    series = irregular({y: y - 2000 for y in [2008, 2009, 2010, 2011, 2013, 2014, 2015, 2016]})
    with pytest.raises(ValueError, match=r"gap.*2012"):
        fc.forecast(series, method, 1)
    assert len(fc.forecast(series, "loglinear", 1)) == 1


def test_nan_value_counts_as_gap() -> None:
    with pytest.raises(ValueError, match="2012"):
        fc.forecast(annual([1, 2, np.nan, 4, 5]), "naive", 1)


@pytest.mark.parametrize("method", fc.METHODS)
def test_too_short_raises_with_method_and_minimum(method: str) -> None:
    need = fc.MIN_POINTS[method]
    series = annual(range(1, need))
    with pytest.raises(ValueError, match=rf"{method}.*at least {need}"):
        fc.forecast(series, method, 1)


def test_bad_index_and_horizon() -> None:
    with pytest.raises(ValueError, match="ascending"):
        fc.forecast(pd.Series([1.0, 2.0, 3.0], index=[2012, 2011, 2013]), "mean", 1)
    with pytest.raises(ValueError, match="integer"):
        fc.forecast(pd.Series([1.0, 2.0], index=["a", "b"]), "mean", 1)
    with pytest.raises(ValueError, match="horizon"):
        fc.forecast(annual([1, 2, 3]), "mean", 0)


# ---------------------------------------------------------------------------
# Simulated paths
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("method", fc.METHODS)
def test_simulate_paths_deterministic(method: str) -> None:
    n = max(10, fc.MIN_POINTS[method])
    series = annual(noisy(n).to_numpy(), start=2018 - n)  # always ends in 2017
    a = fc.simulate_paths(series, method, 3, n_paths=200)
    b = fc.simulate_paths(series, method, 3, n_paths=200)
    c = fc.simulate_paths(series, method, 3, n_paths=200, seed=1)
    assert a.shape == (200, 3)
    assert list(a.columns) == [2018, 2019, 2020]
    pd.testing.assert_frame_equal(a, b)
    assert not np.allclose(a.to_numpy(), c.to_numpy())


def test_simulated_naive_spread_matches_formula() -> None:
    paths = fc.simulate_paths(annual([1, 3, 2, 4]), "naive", 4, n_paths=20000)
    expected = np.sqrt(3.0 * np.arange(1, 5))
    assert paths.std().to_numpy() == pytest.approx(expected, rel=0.03)
    assert paths.mean().to_numpy() == pytest.approx([4.0] * 4, abs=0.06)


def test_simulated_drift_spread_matches_formula() -> None:
    paths = fc.simulate_paths(annual([1, 2, 4, 5, 7]), "drift", 3, n_paths=20000)
    h = np.arange(1, 4)
    expected = math.sqrt(1 / 3) * np.sqrt(h * (1 + h / 4))
    assert paths.std().to_numpy() == pytest.approx(expected, rel=0.03)
    assert paths.mean().to_numpy() == pytest.approx(7 + 1.5 * h, abs=0.03)


def test_simulated_mean_spread_matches_formula() -> None:
    paths = fc.simulate_paths(annual([2, 4, 6]), "mean", 2, n_paths=20000)
    assert paths.std().to_numpy() == pytest.approx([2 * math.sqrt(4 / 3)] * 2, rel=0.03)


def test_simulated_theta_matches_intervals() -> None:
    series = noisy()
    out = fc.forecast(series, "theta", 3)
    paths = fc.simulate_paths(series, "theta", 3, n_paths=20000)
    implied_sd = (out["hi95"] - out["lo95"]).to_numpy() / (2 * Z95)
    assert paths.std().to_numpy() == pytest.approx(implied_sd, rel=0.03)
    assert paths.mean().to_numpy() == pytest.approx(out["mean"].to_numpy(), abs=0.1)


def test_simulated_loglinear_median_and_band() -> None:
    years = [2000, 2002, 2003, 2005, 2006, 2009]
    series = pd.Series([10.0, 12.5, 13.0, 17.0, 16.5, 24.0], index=years)
    out = fc.forecast(series, "loglinear", 2)
    paths = fc.simulate_paths(series, "loglinear", 2, n_paths=20000)
    assert paths.median().to_numpy() == pytest.approx(out["mean"].to_numpy(), rel=0.01)
    share_inside = ((paths >= out["lo80"]) & (paths <= out["hi80"])).mean()
    # normal draws are a little narrower than the t-based OLS interval
    assert share_inside.between(0.78, 0.9).all()


def test_simulated_ets_is_centred_on_forecast() -> None:
    series = noisy()
    out = fc.forecast(series, "ets", 2)
    paths = fc.simulate_paths(series, "ets", 2, n_paths=4000)
    spread = (out["hi95"] - out["lo95"]).to_numpy() / (2 * Z95)
    tolerance = 0.15 * spread.max()
    assert paths.mean().to_numpy() == pytest.approx(out["mean"].to_numpy(), abs=tolerance)


def test_simulate_paths_rejects_bad_n_paths() -> None:
    with pytest.raises(ValueError, match="n_paths"):
        fc.simulate_paths(annual([1, 2, 3]), "naive", 1, n_paths=0)


# ---------------------------------------------------------------------------
# Backtests
# ---------------------------------------------------------------------------

LINE = annual(range(1, 11), start=2001)  # y = 1, 2, ..., 10


def test_backtest_on_straight_line_horizon_one() -> None:
    scores = fc.backtest(LINE, methods=("mean", "naive", "drift"))
    assert list(scores.columns) == ["mase", "smape", "cover80", "cover95", "n_forecasts", "note"]
    assert list(scores.index) == ["mean", "naive", "drift"]
    # origins after 5, ..., 9 training points
    assert scores["n_forecasts"].tolist() == [5, 5, 5]
    # naive misses by exactly the slope (1), which is also the MASE scale
    assert scores.loc["naive", "mase"] == pytest.approx(1.0)
    expected_smape = np.mean([200 / (2 * i + 1) for i in range(5, 10)])
    assert scores.loc["naive", "smape"] == pytest.approx(expected_smape)
    assert scores.loc["naive", "cover80"] == 1.0  # |1| < 1.28 * sigma(=1)
    assert scores.loc["drift", "mase"] == 0.0
    assert scores.loc["drift", "smape"] == 0.0
    assert scores.loc["drift", "cover95"] == 1.0
    # mean errs by (i + 1) / 2: outside every 80 % band, inside every 95 % band
    mean_errors = [(i + 1) / 2 for i in range(5, 10)]
    assert scores.loc["mean", "mase"] == pytest.approx(np.mean(mean_errors))
    assert scores.loc["mean", "cover80"] == 0.0
    assert scores.loc["mean", "cover95"] == 1.0
    assert (scores["note"] == "").all()


def test_backtest_horizon_two_uses_existing_actuals_only() -> None:
    scores = fc.backtest(LINE, methods=("naive",), horizon=2)
    # four origins with two actuals, the last with one
    assert scores.loc["naive", "n_forecasts"] == 9
    assert scores.loc["naive", "mase"] == pytest.approx((4 * (1 + 2) + 1) / 9)


def test_backtest_min_train() -> None:
    scores = fc.backtest(LINE, methods=("naive",), min_train=7)
    assert scores.loc["naive", "n_forecasts"] == 3


def test_backtest_shares_origins_across_methods() -> None:
    scores = fc.backtest(LINE, methods=("naive", "ets"))
    # ETS needs 6 points, so every method starts at 6 training points
    assert scores["n_forecasts"].tolist() == [4, 4]
    assert scores.loc["naive", "mase"] == pytest.approx(1.0)


def test_backtest_mase_skips_constant_windows() -> None:
    scores = fc.backtest(annual([5, 5, 5, 5, 5, 6, 7]), methods=("naive",))
    # origin 5: scale 0, left out of MASE; origin 6: error 1, scale 1/5
    assert scores.loc["naive", "n_forecasts"] == 2
    assert scores.loc["naive", "mase"] == pytest.approx(5.0)


def test_backtest_notes_skipped_methods() -> None:
    scores = fc.backtest(annual([1, 3, 2, 5, 4, 6]))
    assert list(scores.index) == list(fc.METHODS)
    assert scores.loc["ets", "n_forecasts"] == 0
    assert math.isnan(scores.loc["ets", "mase"])
    assert "needs 6" in scores.loc["ets", "note"]
    assert "needs 12" in scores.loc["arima", "note"]
    ran = scores.drop(index=["ets", "arima"])
    assert (ran["n_forecasts"] == 1).all() and (ran["note"] == "").all()


def test_backtest_with_gaps_only_runs_loglinear() -> None:
    years = [2000, 2001, 2002, 2004, 2005, 2007, 2008]
    series = pd.Series([2.0 ** (y - 2000) for y in years], index=years)
    scores = fc.backtest(series, horizon=2)
    assert scores.loc["loglinear", "n_forecasts"] == 3  # origins 5, 6 points
    assert scores.loc["loglinear", "mase"] == pytest.approx(0.0, abs=1e-9)
    others = scores.drop(index="loglinear")
    assert (others["n_forecasts"] == 0).all()
    assert others["note"].str.contains("not consecutive").all()


def test_backtest_raises_when_nothing_runs() -> None:
    gappy = irregular({y: y - 1999 for y in [2000, 2001, 2003, 2004, 2005, 2006, 2007]})
    with pytest.raises(ValueError, match="no method"):
        fc.backtest(gappy, methods=("naive", "drift"))
    with pytest.raises(ValueError, match="no method"):
        fc.backtest(annual([1, 2]))
    with pytest.raises(ValueError, match="training points"):
        fc.backtest(annual([1, 2, 3, 4, 5]), methods=("naive",))


def test_backtest_all_methods_on_noisy_series() -> None:
    scores = fc.backtest(noisy(12), methods=[m for m in fc.METHODS if fc.MIN_POINTS[m] < 12])
    assert (scores["n_forecasts"] == 6).all()
    assert scores[["mase", "smape", "cover80", "cover95"]].notna().all().all()
    assert ((scores["cover80"] <= scores["cover95"]) | scores["cover95"].isna()).all()
    assert fc.choose_method(scores) in fc.METHODS


# ---------------------------------------------------------------------------
# Method choice
# ---------------------------------------------------------------------------


def test_choose_method_lowest_mase() -> None:
    scores = pd.DataFrame({"mase": [1.2, 0.9, 1.0]}, index=["mean", "theta", "drift"])
    assert fc.choose_method(scores) == "theta"


def test_choose_method_tie_goes_to_simpler() -> None:
    scores = pd.DataFrame({"mase": [0.8, 0.8, 0.8]}, index=["ets", "drift", "theta"])
    assert fc.choose_method(scores) == "drift"


def test_choose_method_ignores_nan() -> None:
    scores = pd.DataFrame({"mase": [np.nan, 2.0]}, index=["mean", "ets"])
    assert fc.choose_method(scores) == "ets"
    with pytest.raises(ValueError, match="finite"):
        fc.choose_method(pd.DataFrame({"mase": [np.nan]}, index=["mean"]))


def test_choose_method_float_noise_counts_as_tie() -> None:
    scores = pd.DataFrame({"mase": [0.1 + 0.2, 0.3]}, index=["naive", "ets"])
    assert fc.choose_method(scores) == "naive"


# --- combination when the backtest is too thin to choose -------------------------------------------------------


def test_runnable_methods_respect_length_and_gaps() -> None:
    consecutive = pd.Series([1.0, 2.0, 4.0, 3.0, 5.0, 6.0], index=range(2014, 2020))
    assert fc.runnable_methods(consecutive) == ["mean", "naive", "drift", "theta", "ets", "loglinear"]
    assert fc.runnable_methods(consecutive.iloc[:3]) == ["mean", "naive", "drift", "loglinear"]
    gappy = pd.Series([1.0, 2.0, 3.0, 4.0], index=[2005, 2006, 2014, 2015])
    assert fc.runnable_methods(gappy) == ["loglinear"]


def test_select_method_falls_back_to_combination_on_thin_backtests() -> None:
    thin = pd.DataFrame({"mase": [1.0, 0.5], "n_forecasts": [4, 4]}, index=["naive", "drift"])
    assert fc.select_method(thin) == fc.COMBINATION
    enough = pd.DataFrame({"mase": [1.0, 0.5], "n_forecasts": [5, 5]}, index=["naive", "drift"])
    assert fc.select_method(enough) == "drift"
    with pytest.raises(ValueError):
        fc.select_method(pd.DataFrame({"mase": [np.nan], "n_forecasts": [0]}, index=["ets"]))


def test_combination_pools_paths_and_averages_point_forecasts() -> None:
    y = pd.Series([10.0, 12.0, 11.0, 13.0], index=range(2016, 2020))
    members = fc.runnable_methods(y)
    paths = fc.simulate_paths(y, fc.COMBINATION, 2, n_paths=100)
    assert paths.shape == (100 * len(members), 2)
    assert paths.equals(fc.simulate_paths(y, fc.COMBINATION, 2, n_paths=100))
    combined = fc.forecast(y, fc.COMBINATION, 2)
    expected = np.mean([fc.forecast(y, m, 2)["mean"].to_numpy() for m in members], axis=0)
    np.testing.assert_allclose(combined["mean"].to_numpy(), expected)
    assert (combined["lo95"] < combined["lo80"]).all() and (combined["hi80"] < combined["hi95"]).all()


def test_interval_hits_counts_outcomes_inside_each_band() -> None:
    fan = pd.DataFrame(
        {"mean": [5.0, 5.0, 5.0], "lo80": [4.0, 4.0, 4.0], "hi80": [6.0, 6.0, 6.0],
         "lo95": [3.0, 3.0, 3.0], "hi95": [7.0, 7.0, 7.0]},
        index=[2020, 2021, 2022],
    )
    outcome = pd.Series([4.0, 6.5, 9.0, 5.0], index=[2020, 2021, 2022, 2023])  # 2023 has no forecast
    assert fc.interval_hits(fan, outcome) == {"n": 3, "inside80": 1, "inside95": 2}


# ---------------------------------------------------------------------------
# ARIMA
# ---------------------------------------------------------------------------


def ar_differences(n: int, phi: float, seed: int = 3) -> pd.Series:
    """A series whose first differences are AR(1) with coefficient ``phi`` around a drift of 1."""
    rng = np.random.default_rng(seed)
    d = np.zeros(n)
    for t in range(1, n):
        d[t] = phi * d[t - 1] + rng.normal(0.0, 1.0)
    return annual(100 + np.cumsum(1.0 + d), start=1960)


def test_arima_needs_twelve_points_so_short_series_never_use_it() -> None:
    assert fc.too_short(noisy(11), "arima") and not fc.too_short(noisy(12), "arima")
    assert "arima" not in fc.runnable_methods(noisy(11))
    assert "arima" in fc.runnable_methods(noisy(12))


def test_arima_order_is_chosen_by_aicc() -> None:
    assert fc.arima_order(ar_differences(60, 0.9)) == (1, 1, 0)
    # the choice equals the lowest AICc computed by hand from statsmodels' fits
    from statsmodels.tsa.arima.model import ARIMA

    y = noisy(20).to_numpy()
    aicc = {}
    for order in fc.ARIMA_ORDERS:
        res = ARIMA(y, order=order, trend="t").fit()
        k, n = len(res.params), res.nobs
        aicc[order] = res.aic + 2 * k * (k + 1) / (n - k - 1)
    assert fc.arima_order(noisy(20)) == min(fc.ARIMA_ORDERS, key=lambda o: aicc[o])


def test_arima_follows_a_trend_with_widening_ordered_intervals() -> None:
    series = annual(100 + 3.0 * np.arange(20) + np.random.default_rng(5).normal(0, 0.5, 20), start=2000)
    fan = fc.forecast(series, "arima", 4)
    assert list(fan.index) == [2020, 2021, 2022, 2023]
    assert fan["mean"].to_numpy() == pytest.approx(series.iloc[-1] + 3.0 * np.arange(1, 5), abs=1.5)
    assert (fan["lo95"] < fan["lo80"]).all() and (fan["lo80"] < fan["mean"]).all()
    assert (fan["mean"] < fan["hi80"]).all() and (fan["hi80"] < fan["hi95"]).all()
    assert np.all(np.diff((fan["hi95"] - fan["lo95"]).to_numpy()) > 0)


def test_arima_paths_match_its_intervals() -> None:
    series = noisy(24)
    fan = fc.forecast(series, "arima", 3)
    paths = fc.simulate_paths(series, "arima", 3, n_paths=20000)
    assert paths.mean().to_numpy() == pytest.approx(fan["mean"].to_numpy(), abs=0.1)
    inside = ((paths >= fan["lo80"].to_numpy()) & (paths <= fan["hi80"].to_numpy())).mean().to_numpy()
    assert inside == pytest.approx([0.8, 0.8, 0.8], abs=0.02)


def test_arima_is_backtested_on_long_series() -> None:
    scores = fc.backtest(noisy(16), methods=("naive", "arima"))
    assert scores.loc["arima", "note"] == ""
    assert scores.loc["arima", "n_forecasts"] == scores.loc["naive", "n_forecasts"] == 4  # origins 12..15
    assert np.isfinite(scores.loc["arima", "mase"])


# --- nested protocol -------------------------------------------------------------------------------------------

def _trend_series(n=16, seed=1):
    rng = np.random.default_rng(seed)
    return pd.Series(100 + np.cumsum(2 + rng.normal(0, 1, n)), index=range(2000, 2000 + n))


def test_nested_backtest_never_sees_the_year_it_forecasts():
    from analysis import forecast

    s = _trend_series()
    base = forecast.nested_backtest(s, "select")
    changed = s.copy()
    changed.iloc[-1] += 1000.0  # a wild last value must not change any earlier choice or forecast
    after = forecast.nested_backtest(changed, "select")
    pd.testing.assert_frame_equal(base.iloc[:-1], after.iloc[:-1])
    assert base["year"].iloc[0] == s.index[forecast._first_origin(list(forecast.PROTOCOL_MEMBERS), None, len(s))] + forecast.PROTOCOL_WARMUP


def test_combination_excludes_mean_and_rules_score_same_years():
    from analysis import forecast

    assert "mean" not in forecast.PROTOCOL_MEMBERS
    s = _trend_series()
    frames = {rule: forecast.nested_backtest(s, rule) for rule in forecast.PROTOCOL_RULES}
    years = {tuple(f["year"]) for f in frames.values()}
    assert len(years) == 1
    assert (frames["combination_widened"]["widening"] >= 1).all()
    with pytest.raises(ValueError, match="unknown protocol rule"):
        forecast.nested_backtest(s, "best")


def test_mixture_interval_and_factors():
    from analysis import forecast

    lo, hi = forecast.mixture_interval([0.0], [1.0], 95)
    assert (lo, hi) == pytest.approx((-1.959964, 1.959964), abs=1e-5)
    lo2, hi2 = forecast.mixture_interval([-1.0, 1.0], [1.0, 1.0], 80)
    assert lo2 == pytest.approx(-hi2) and hi2 > forecast._z(80)
    assert forecast.widening_factor([0.1, 0.2, 0.1]) == 1.0
    assert forecast.widening_factor([3.0] * 10) == pytest.approx(3.0 / forecast._z(80))
    assert forecast.calibration_factor([0.1] * 10) < 1


def test_dense_series_are_the_eighteen_long_runs():
    from analysis import forecast

    dense = forecast.dense_series()
    assert len(dense) == 18
    assert all(len(v) >= forecast.PROTOCOL_DENSE and (v.index.to_series().diff().dropna() == 1).all()
               for v in dense.values())
    assert "climate_ghg_by_gas_t / Germany / sum" in dense


def test_protocol_record_pools_the_series_it_is_given():
    """The pooled figures are the figures of the pooled scores (the full record over all 18 series is computed,
    and its glued figures compared, on the method page)."""
    from analysis import forecast

    dense = forecast.dense_series()
    some = {k: dense[k] for k in sorted(dense) if "lab_unemployed" in k or "business" in k}
    some = dict(list(some.items())[:3])
    record = forecast.protocol_record(series=some)
    assert record["series"] == 3
    assert record["forecasts"] == int(record["table"]["forecasts"].sum()) > 20
    pooled = pd.concat([forecast.nested_backtest(v) for v in some.values()], ignore_index=True)
    assert record["cover80"] == pytest.approx(float(pooled["inside80"].mean()))
