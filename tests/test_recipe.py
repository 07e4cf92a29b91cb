"""Tests of the forecast recipe on the book's real series."""

import numpy as np
import pandas as pd
import pytest

from analysis import data, recipe

series = data.series_loader()


@pytest.fixture(scope="module")
def unemployed():
    return series("lab_unemployed", "Dortmund", "ba_annual_average").values


@pytest.fixture(scope="module")
def ch05(unemployed):
    return recipe.run(unemployed, cutoff=2019, target=recipe.Target.stay(2024, "<="))


def test_direction_target_uses_cutoff_level(ch05, unemployed):
    assert ch05.target_value == float(unemployed[2019])
    assert int(ch05.history.index.max()) == 2019
    assert list(ch05.fan.columns) == ["mean", "lo80", "hi80", "lo95", "hi95"]
    assert list(ch05.fan.index) == list(range(2020, 2025))


def test_benchmarks_and_exact_naive(ch05):
    assert {"naive", "drift", "theta", "ets"} <= set(ch05.benchmarks.index)
    # a random walk from the cut-off level meets "not above the cut-off level" with probability exactly one half
    assert ch05.benchmarks.loc["naive", "probability"] == pytest.approx(0.5, abs=1e-12)
    assert ch05.benchmarks.loc["naive", "se"] == 0
    assert ch05.p_se < 0.005


def test_backtest_table_is_reader_ready(ch05):
    table = ch05.backtest
    assert tuple(table.columns) == recipe.BACKTEST_COLUMNS
    assert not table.drop(columns="note").isna().any().any()
    assert "nested" in table["method"].iloc[-1]
    assert table["forecasts scored"].iloc[-1] == ch05.rule_n > 0


def test_glue_names_are_stable(ch05):
    values = ch05.glued("u")
    for name in ("p", "p_text", "p_se", "model", "verdict", "borderline", "bt_n", "inside80", "inside95",
                 "n_outcome", "p_low", "p_high", "p_naive_text"):
        assert f"u_{name}" in values
    assert values["u_p_text"].endswith("%") or "±" in values["u_p_text"]
    assert values["u_n_outcome"] == ch05.hits["n"] == 5


def test_gappy_series_runs_loglinear_only():
    passengers = series("mob_dsw21_passengers", definition="vrr_counting_rules").values
    result = recipe.run(passengers, cutoff=2019, first_year=2007, target=recipe.Target.stay(2025, ">="))
    assert result.model == "loglinear"
    assert list(result.benchmarks.index) == ["loglinear"]
    notes = result.backtest.set_index("method")["note"]
    assert notes["naive"] == "needs consecutive years; the series has gaps"
    assert 0 < result.p < 1


def with_approx_2014() -> pd.Series:
    """Completions with the approximate 2014 figure read as part of the series (chapter 2's alternative reading)."""
    completions = series("housing_completions_dwellings", definition="incl_conversions").values
    approx = series("housing_completions_dwellings", definition="incl_conversions_approx").values
    return pd.concat([completions, approx]).sort_index()


def test_mean_target_over_term_and_borderline():
    completions = with_approx_2014()
    result = recipe.run(completions, cutoff=2019, first_year=2014, target=recipe.Target.mean(2000, range(2020, 2026)))
    assert len(result.history) == 6
    assert not result.widened  # too few years to score the rule nested
    assert result.borderline and "disagree" in result.borderline_reason


def test_cumulative_target_with_observed_years():
    completions = with_approx_2014()
    target = recipe.Target.cumulative(20000, range(2021, 2031))
    with_obs = recipe.run(completions, cutoff=2023, first_year=2014, target=target, observed_years=range(2021, 2024))
    assert 0 < with_obs.p < 1
    with pytest.raises(ValueError, match="neither simulated nor observed"):
        recipe.run(completions, cutoff=2023, first_year=2014, target=target)


def test_bad_targets_are_refused():
    with pytest.raises(ValueError, match="level target needs one year"):
        recipe.Target("level", (2024, 2025), 1.0)
    with pytest.raises(ValueError, match="direction"):
        recipe.Target.level(1.0, 2025, "==")
    s = pd.Series(np.arange(10.0) + 1, index=range(2010, 2020))
    with pytest.raises(ValueError, match="after the cut-off"):
        recipe.run(s, cutoff=2019, target=recipe.Target.level(1.0, 2019))


def test_legend_names_models_as_a_reader_reads_them():
    assert recipe.reader_model("combination of naive, drift, theta, ets") == "combined naive, drift, Theta and damped ETS"
    assert recipe.reader_model("loglinear") == "log-linear trend"
    assert recipe.reader_model("drift") == "drift"
