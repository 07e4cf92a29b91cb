"""Tests for analysis.feasibility: rate arithmetic, probabilities, verdicts."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis import feasibility as fe
from analysis import forecast as fc

# ---------------------------------------------------------------------------
# Rates
# ---------------------------------------------------------------------------


def test_required_rate_compound_halving() -> None:
    rate = fe.required_annual_rate(100, 50, 10)
    assert rate == pytest.approx(0.5**0.1 - 1)
    assert round(rate, 4) == -0.0670


def test_required_rate_linear_readings() -> None:
    assert fe.required_annual_rate(100, 50, 10, kind="linear") == -5.0
    assert fe.required_annual_rate(100, 50, 10, kind="linear_pct") == pytest.approx(-0.05)
    assert fe.required_annual_rate(80, 120, 4, kind="linear_pct") == pytest.approx(0.125)


def test_required_rate_errors() -> None:
    with pytest.raises(ValueError, match="years"):
        fe.required_annual_rate(100, 50, 0)
    with pytest.raises(ValueError, match="kind"):
        fe.required_annual_rate(100, 50, 5, kind="geometric")
    with pytest.raises(ValueError, match="non-zero"):
        fe.required_annual_rate(0, 50, 5)
    with pytest.raises(ValueError, match="positive"):
        fe.required_annual_rate(100, -5, 5)


def test_historical_rate() -> None:
    series = pd.Series({2010: 100.0, 2011: np.nan, 2012: 121.0})
    assert fe.historical_annual_rate(series, 2010, 2012) == pytest.approx(0.1)
    assert fe.historical_annual_rate(series, 2010, 2012, kind="linear") == 10.5
    with pytest.raises(ValueError, match="2011"):
        fe.historical_annual_rate(series, 2011, 2012)
    with pytest.raises(ValueError, match="2013"):
        fe.historical_annual_rate(series, 2010, 2013)


def test_target_path_compound_versus_linear() -> None:
    compound = fe.target_path(100, 2020, 2022, -0.05)
    linear = fe.target_path(100, 2020, 2022, -0.05, kind="linear_pct")
    absolute = fe.target_path(100, 2020, 2022, -5, kind="linear")
    assert list(compound.index) == [2020, 2021, 2022]
    assert compound.tolist() == pytest.approx([100, 95, 90.25])
    assert linear.tolist() == pytest.approx([100, 95, 90])
    assert absolute.tolist() == pytest.approx([100, 95, 90])
    assert fe.target_path(100, 2020, 2040, -0.05, kind="linear_pct").iloc[-1] == pytest.approx(0)
    with pytest.raises(ValueError, match="end_year"):
        fe.target_path(100, 2022, 2020, 0.1)


def test_years_to_reach() -> None:
    assert fe.years_to_reach(100, 200, 0.1) == pytest.approx(math.log(2) / math.log(1.1))
    assert fe.years_to_reach(100, 200, 20, kind="linear") == 5.0
    assert fe.years_to_reach(100, 200, 0.1, kind="linear_pct") == pytest.approx(10.0)
    assert fe.years_to_reach(100, 50, -5, kind="linear") == 10.0
    assert fe.years_to_reach(100, 100, 0.0) == 0.0


def test_years_to_reach_never() -> None:
    assert fe.years_to_reach(100, 200, 0.0) == math.inf
    assert fe.years_to_reach(100, 200, -0.02) == math.inf
    assert fe.years_to_reach(100, 50, 3, kind="linear") == math.inf
    assert fe.years_to_reach(100, 50, 0.0, kind="linear_pct") == math.inf
    with pytest.raises(ValueError, match="-1"):
        fe.years_to_reach(100, 50, -1.0)


def test_cumulative_progress() -> None:
    series = pd.Series({2020: 10.0, 2021: 20.0, 2022: np.nan})
    assert fe.cumulative_progress(series, [2020, 2021], 60) == 0.5
    with pytest.raises(ValueError, match=r"\[2022\]"):
        fe.cumulative_progress(series, [2020, 2021, 2022], 60)
    with pytest.raises(ValueError, match=r"\[2019, 2023\]"):
        fe.cumulative_progress(series, [2019, 2020, 2023], 60)
    with pytest.raises(ValueError, match="zero"):
        fe.cumulative_progress(series, [2020], 0)


# ---------------------------------------------------------------------------
# Progress
# ---------------------------------------------------------------------------


def test_progress_toward() -> None:
    assert fe.progress_toward(80, 100) == 0.8
    assert fe.progress_toward(90, 100, baseline=50) == 0.8
    assert fe.progress_toward(60, 50, baseline=100, direction="decrease") == 0.8
    assert fe.progress_toward(40, 50, baseline=100, direction="decrease") == 1.2
    assert fe.progress_toward(40, 50, direction="decrease") == 1.25
    assert fe.progress_toward(50, 50, baseline=100, direction="decrease") == 1.0


def test_progress_toward_errors() -> None:
    with pytest.raises(ValueError, match="direction"):
        fe.progress_toward(1, 2, direction="up")
    with pytest.raises(ValueError, match="zero"):
        fe.progress_toward(1, 5, baseline=5)


# ---------------------------------------------------------------------------
# Probabilities from paths
# ---------------------------------------------------------------------------

PATHS = pd.DataFrame({2021: [1.0, 2.0, 3.0, 4.0], 2022: [2.0, 4.0, 6.0, 8.0]})


def test_probability_level() -> None:
    assert fe.probability_of_target(PATHS, 5) == 0.5  # final year: 6, 8
    assert fe.probability_of_target(PATHS, 6) == 0.5  # boundary counts
    assert fe.probability_of_target(PATHS, 4, direction="<=") == 0.5
    assert fe.probability_of_target(PATHS, 3, years=2021) == 0.5
    assert fe.probability_of_target(PATHS, 2, years=[2021], direction="<=") == 0.5


def test_probability_cumulative_and_mean() -> None:
    # sums 3, 6, 9, 12
    assert fe.probability_of_target(PATHS, 9, how="cumulative") == 0.5
    observed = pd.Series({2020: 3.0})
    # with 2020 observed: sums 6, 9, 12, 15
    assert (
        fe.probability_of_target(
            PATHS, 9, how="cumulative", years=[2020, 2021, 2022], observed=observed
        )
        == 0.75
    )
    # without named years, the observed years count too: sums 6, 9, 12, 15
    assert fe.probability_of_target(PATHS, 12, how="cumulative", observed=observed) == 0.5
    # means 1.5, 3, 4.5, 6
    assert fe.probability_of_target(PATHS, 3, how="mean") == 0.75
    assert fe.probability_of_target(PATHS, 3, how="mean", direction="<=") == 0.5


def test_probability_rounds_to_three_decimals() -> None:
    paths = pd.DataFrame({2030: [1.0, 2.0, 3.0]})
    p = fe.probability_of_target(paths, 3)
    assert p == 0.333 and isinstance(p, float)


def test_probability_errors() -> None:
    with pytest.raises(ValueError, match="2020"):
        fe.probability_of_target(PATHS, 1, how="cumulative", years=[2020, 2021])
    with pytest.raises(ValueError, match="both"):
        fe.probability_of_target(
            PATHS, 1, how="cumulative", observed=pd.Series({2021: 1.0})
        )
    with pytest.raises(ValueError, match="exactly one"):
        fe.probability_of_target(PATHS, 1, years=[2021, 2022])
    with pytest.raises(ValueError, match="how"):
        fe.probability_of_target(PATHS, 1, how="max")
    with pytest.raises(ValueError, match="direction"):
        fe.probability_of_target(PATHS, 1, direction=">")


def test_probability_from_simulated_paths() -> None:
    series = pd.Series([1.0, 3.0, 2.0, 4.0], index=range(2016, 2020))
    paths = fc.simulate_paths(series, "naive", 1, n_paths=20000)
    # naive: N(4, 3); P(Y >= 4) = 0.5
    assert fe.probability_of_target(paths, 4.0) == pytest.approx(0.5, abs=0.015)
    assert fe.probability_of_target(paths, 4.0 + 1.2815515655 * math.sqrt(3)) == pytest.approx(
        0.1, abs=0.01
    )


# ---------------------------------------------------------------------------
# Verdicts
# ---------------------------------------------------------------------------


def test_threshold_constants() -> None:
    assert (fe.MET_SHARE, fe.NEAR_MISS_SHARE) == (1.0, 0.8)
    assert (fe.ON_TRACK_PROB, fe.CLEAR_MISS_PROB) == (0.5, 0.1)
    assert fe.OUTCOME_SCALE == (
        "met", "on track", "off track", "missed", "clearly missed", "not assessable",
    )
    assert fe.IMPLEMENTATION_SCALE == (
        "kept", "partly kept", "in progress", "not started", "not assessable",
    )
    assert fe.FEASIBILITY_SCALE == (
        "feasible on trend", "ambitious", "out of reach on trend", "not assessable",
    )


@pytest.mark.parametrize(
    ("progress", "verdict"),
    [
        (1.5, "met"),
        (1.0, "met"),
        (0.9999, "missed"),
        (0.8, "missed"),
        (0.7 / 0.875, "missed"),  # 0.7999999999999999 in floating point
        (0.7999, "clearly missed"),
        (0.0, "clearly missed"),
        (-0.3, "clearly missed"),
    ],
)
def test_outcome_from_progress(progress: float, verdict: str) -> None:
    assert fe.outcome_verdict(progress=progress) == verdict


@pytest.mark.parametrize(
    ("probability", "verdict"),
    [
        (1.0, "on track"),
        (0.5, "on track"),
        (0.4999, "off track"),
        (0.1, "off track"),
        (0.0999, "clearly missed"),
        (0.0, "clearly missed"),
    ],
)
def test_outcome_from_probability(probability: float, verdict: str) -> None:
    assert fe.outcome_verdict(probability=probability) == verdict


def test_outcome_missing_and_conflicting_inputs() -> None:
    assert fe.outcome_verdict() == "not assessable"
    assert fe.outcome_verdict(progress=float("nan")) == "not assessable"
    assert fe.outcome_verdict(progress=np.nan, probability=0.7) == "on track"
    assert fe.outcome_verdict(progress=0.9, probability=None) == "missed"
    with pytest.raises(ValueError, match="not both"):
        fe.outcome_verdict(progress=0.9, probability=0.7)
    with pytest.raises(ValueError, match="between 0 and 1"):
        fe.outcome_verdict(probability=1.2)
    with pytest.raises(TypeError):
        fe.outcome_verdict(0.9)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("probability", "verdict"),
    [
        (0.5, "feasible on trend"),
        (0.4999, "ambitious"),
        (0.1, "ambitious"),
        (0.0999, "out of reach on trend"),
        (None, "not assessable"),
        (float("nan"), "not assessable"),
    ],
)
def test_feasibility_verdict(probability: float | None, verdict: str) -> None:
    assert fe.feasibility_verdict(probability) == verdict


def test_verdicts_stay_on_their_scales() -> None:
    grid = np.linspace(0, 1.2, 25)
    assert {fe.outcome_verdict(progress=x) for x in grid} <= set(fe.OUTCOME_SCALE)
    assert {fe.outcome_verdict(probability=x) for x in grid[:21]} <= set(fe.OUTCOME_SCALE)
    assert {fe.feasibility_verdict(x) for x in grid[:21]} <= set(fe.FEASIBILITY_SCALE)


# ---------------------------------------------------------------------------
# Rule statements
# ---------------------------------------------------------------------------


def test_rules_cover_every_label() -> None:
    assert tuple(fe.VERDICT_RULES["outcome"]) == fe.OUTCOME_SCALE
    assert tuple(fe.VERDICT_RULES["implementation"]) == fe.IMPLEMENTATION_SCALE
    assert tuple(fe.VERDICT_RULES["feasibility"]) == fe.FEASIBILITY_SCALE


def test_rules_quote_the_thresholds() -> None:
    assert "80 %" in fe.VERDICT_RULES["outcome"]["missed"]
    assert "100 %" in fe.VERDICT_RULES["outcome"]["met"]
    assert "50 %" in fe.VERDICT_RULES["outcome"]["on track"]
    assert "10 %" in fe.VERDICT_RULES["feasibility"]["out of reach on trend"]


def test_rules_follow_the_constants(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fe, "NEAR_MISS_SHARE", 0.75)
    assert "75 %" in fe._build_rules()["outcome"]["missed"]


def test_rule_text_lists_every_rule() -> None:
    text = fe.rule_text()
    lines = [line.strip() for line in text.splitlines() if line.startswith("  ")]
    n_labels = len(fe.OUTCOME_SCALE) + len(fe.IMPLEMENTATION_SCALE) + len(fe.FEASIBILITY_SCALE) + len(fe.CLAIM_SCALE) + 1
    assert len(lines) == n_labels
    assert "  clearly missed: " in text
    assert text.startswith("Outcome scale:")


def test_probability_by_method_lists_every_runnable_method_and_the_combination() -> None:
    y = pd.Series([10.0, 12.0, 11.0, 13.0, 12.0, 14.0], index=range(2014, 2020))
    table = fe.probability_by_method(y, 3, 12.0, how="mean")
    assert list(table.index) == ["mean", "naive", "drift", "theta", "ets", "loglinear", "combination"]
    assert table["probability"].between(0, 1).all()
    # the combination pools the members' paths equally, so its probability is their average
    members = table.drop(index="combination")["probability"]
    assert abs(table.loc["combination", "probability"] - members.mean()) < 0.002
    # an unreachable target has probability zero under every model
    assert (fe.probability_by_method(y, 3, 1e9)["probability"] == 0).all()


def test_percent_change_is_relative_to_the_old_value_and_rounded() -> None:
    assert fe.percent_change(121.0, 100.0) == 21.0
    assert fe.percent_change(1722.0, 2000.0) == -13.9
    assert fe.percent_change(2.0, 3.0, digits=3) == -33.333
    assert isinstance(fe.percent_change(5, 4), float)
    with pytest.raises(ValueError, match="no percent change"):
        fe.percent_change(5.0, 0.0)


# --- direction pledges -------------------------------------------------------------------------------------------


def annual(values, start=2010):
    return pd.Series([float(v) for v in values], index=range(start, start + len(values)))


def test_direction_rule_rates_by_the_move_against_the_noise():
    # changes before 2014: +2, -2, +2, -2 -> sd 2.31
    series = annual([10, 12, 10, 12, 10, 9, 11, 13, 30])
    assert fe.direction_verdict(series, start_year=2014, end_year=2015, direction="decrease")["verdict"] == "met"
    result = fe.direction_verdict(series, start_year=2014, end_year=2016, direction="decrease")
    assert result["verdict"] == "missed" and result["wrong_way"] == 1.0
    assert result["noise"] == pytest.approx(2.3094, abs=1e-4)
    assert fe.direction_verdict(series, start_year=2014, end_year=2017, direction="decrease")["verdict"] == "clearly missed"
    assert fe.direction_verdict(series, start_year=2014, end_year=2018, direction="increase")["verdict"] == "met"
    assert fe.direction_verdict(series, start_year=2014, end_year=2015, direction="increase")["verdict"] == "missed"


def test_direction_rule_needs_enough_history_and_both_years():
    with pytest.raises(ValueError, match="needs 3 year-to-year changes up to 2012, the series has 2"):
        fe.direction_verdict(annual([1, 2, 3, 4]), start_year=2012, end_year=2013, direction="decrease")
    with pytest.raises(ValueError, match="year 2030 is missing"):
        fe.direction_verdict(annual([1, 2, 3, 4, 5]), start_year=2013, end_year=2030, direction="decrease")
    with pytest.raises(ValueError, match="direction must be"):
        fe.direction_verdict(annual([1, 2, 3, 4, 5]), start_year=2013, end_year=2014, direction="down")


def test_direction_rule_is_printed_with_the_threshold(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "standard deviation of its year-to-year changes" in fe.rule_text()
    monkeypatch.setattr(fe, "DIRECTION_NOISE_SD", 2.0)
    assert "2 times the standard deviation" in fe._noise_text()

# --- stated precision -------------------------------------------------------------------------------------------

def test_format_probability_whole_percent():
    from analysis.feasibility import format_probability

    assert format_probability(0.582, 0.007) == "58 % (± 1)"
    assert format_probability(0.582, 0.003) == "58 %"
    assert format_probability(0.5) == "50 %"
    assert format_probability(0.0) == "< 1 %"
    assert format_probability(0.999) == "> 99 %"
    with pytest.raises(ValueError):
        format_probability(1.2)


def test_borderline_threshold_and_benchmarks():
    from analysis.feasibility import borderline

    assert borderline(0.493, 0.007)[0]
    assert not borderline(0.40, 0.003)[0]
    flag, reason = borderline(0.4, 0.0, {"naive": 0.05, "drift": 0.3})
    assert flag and "naive: out of reach on trend" in reason
    assert not borderline(0.4, 0.0, {"naive": 0.3, "drift": 0.2})[0]


def test_gaussian_probability_matches_simulation():
    from analysis import forecast
    from analysis.feasibility import gaussian_probability, probability_estimate

    s = pd.Series([10.0, 12, 11, 14, 13, 15, 16, 15], index=range(2012, 2020))
    for method in ("naive", "drift", "theta"):
        mean, cov = forecast.gaussian_forecast(s, method, 4)
        exact = gaussian_probability(mean, cov, range(2020, 2024), 16.0, how="mean", direction=">=")
        paths = forecast.simulate_paths(s, method, 4, n_paths=40000)
        p, se = probability_estimate(paths, 16.0, how="mean")
        assert abs(exact - p) < 4 * se + 1e-9, method
    assert forecast.gaussian_forecast(s, "ets", 4) is None


def test_probability_estimate_standard_error():
    from analysis.feasibility import probability_estimate

    paths = pd.DataFrame({2020: [1.0, 2.0, 3.0, 4.0]})
    p, se = probability_estimate(paths, 2.5)
    assert p == 0.5 and se == pytest.approx(0.25)
