"""Feasibility arithmetic and the verdict rules used throughout the book.

Two kinds of question are answered here:

* *Arithmetic*: which annual rate does a target imply, which rate was
  observed, how long would the observed rate take, how much of a cumulative
  target has been achieved.  Rates come in three readings:

  ``compound``
      growth by a constant factor, ``(target / start) ** (1 / years) - 1``;
  ``linear``
      a constant absolute change per year, ``(target - start) / years``;
  ``linear_pct``
      a constant change by a share of the *start* value per year,
      ``(target / start - 1) / years``.

* *Verdicts*: fixed, published rules that turn an observed progress share or
  a simulated probability into a label on one of the scales below.  The
  thresholds are module constants and :data:`VERDICT_RULES` is built from
  them, so the printed rules cannot drift away from the code.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
import pandas as pd

__all__ = [
    "RATE_KINDS",
    "OUTCOME_SCALE",
    "IMPLEMENTATION_SCALE",
    "FEASIBILITY_SCALE",
    "CLAIM_SCALE",
    "ROBUSTNESS_SCALE",
    "KINDS",
    "MET_SHARE",
    "NEAR_MISS_SHARE",
    "ON_TRACK_PROB",
    "CLEAR_MISS_PROB",
    "VERDICT_RULES",
    "required_annual_rate",
    "historical_annual_rate",
    "target_path",
    "years_to_reach",
    "cumulative_progress",
    "percent_change",
    "probability_of_target",
    "outcome_verdict",
    "feasibility_verdict",
    "progress_toward",
    "DIRECTION_NOISE_SD",
    "DIRECTION_RULE",
    "direction_verdict",
    "rule_text",
    "probability_by_method",
    "PATHS",
    "probability_estimate",
    "gaussian_probability",
    "format_probability",
    "borderline",
]

PATHS: int = 20000
"""Simulated paths per model for a stated probability: the simulation standard error
``sqrt(p (1 - p) / PATHS)`` is at most 0.35 points, below half a point."""

RATE_KINDS: tuple[str, ...] = ("compound", "linear", "linear_pct")
"""Readings of an annual rate (see the module docstring)."""

OUTCOME_SCALE: tuple[str, ...] = (
    "met",
    "on track",
    "off track",
    "missed",
    "clearly missed",
    "not assessable",
)
"""Verdicts on measurable targets."""

IMPLEMENTATION_SCALE: tuple[str, ...] = (
    "kept",
    "partly kept",
    "in progress",
    "not started",
    "not assessable",
)
"""Verdicts on promised measures (actions rather than measurable targets)."""

FEASIBILITY_SCALE: tuple[str, ...] = (
    "feasible on trend",
    "ambitious",
    "out of reach on trend",
    "not assessable",
)
"""Ex-ante verdicts from forecasts made with data up to 2019."""

KINDS: tuple[str, ...] = ("promise", "claim")
"""What a catalogue entry is: a *promise* about the term (an action or an outcome), or a *claim* about the past
("we have turned the budget positive"). Claims are checked against the data and counted apart from promises."""

CLAIM_SCALE: tuple[str, ...] = (
    "holds",
    "partly holds",
    "does not hold",
    "not verifiable",
)
"""Verdicts on claims about the past."""

ROBUSTNESS_SCALE: tuple[str, ...] = (
    "robust",
    "depends on reading",
    "not applicable",
)
"""Whether a numeric rating survives the alternative readings the chapter names (base year, compound vs linear,
metric, model family, data window); ``not applicable`` where no numeric rating was made."""

MET_SHARE: float = 1.0
"""Observed progress share from which a target counts as met."""

NEAR_MISS_SHARE: float = 0.8
"""Observed progress share from which a missed target is not *clearly* missed."""

ON_TRACK_PROB: float = 0.5
"""Probability of meeting a target from which it is on track / feasible."""

CLEAR_MISS_PROB: float = 0.1
"""Probability below which a target is clearly missed / out of reach."""

_DECIMALS = 9
"""Shares and probabilities are rounded to this many decimals before they are
compared with a threshold, so float noise (0.7999999999) cannot flip a
verdict."""

_DIRECTIONS = (">=", "<=")
_HOWS = ("level", "cumulative", "mean")


# ---------------------------------------------------------------------------
# Rates
# ---------------------------------------------------------------------------


def _check_kind(kind: str, allowed: Sequence[str] = RATE_KINDS) -> None:
    if kind not in allowed:
        raise ValueError(f"unknown rate kind {kind!r}; choose one of {tuple(allowed)}")


def _check_years(years: float) -> None:
    if not years > 0:
        raise ValueError(f"years must be positive, got {years!r}")


def required_annual_rate(
    start_value: float,
    target_value: float,
    years: float,
    kind: str = "compound",
) -> float:
    """Annual rate that takes ``start_value`` to ``target_value`` in ``years``.

    ``compound`` returns a growth rate (``-0.067`` = -6.7 % a year),
    ``linear`` an absolute change per year, ``linear_pct`` a share of the
    start value per year.
    """
    _check_kind(kind)
    _check_years(years)
    if kind == "linear":
        return (target_value - start_value) / years
    if start_value == 0:
        raise ValueError(f"a {kind} rate needs a non-zero start value")
    ratio = target_value / start_value
    if kind == "linear_pct":
        return (ratio - 1.0) / years
    if start_value < 0 or ratio < 0:
        raise ValueError(
            "a compound rate needs a positive start value and a non-negative target"
        )
    return ratio ** (1.0 / years) - 1.0


def _value_at(series: pd.Series, year: int) -> float:
    if year not in series.index or pd.isna(series.loc[year]):
        raise ValueError(f"year {year} is missing from the series")
    return float(series.loc[year])


def historical_annual_rate(
    series: pd.Series,
    start_year: int,
    end_year: int,
    kind: str = "compound",
) -> float:
    """Observed annual rate between two years of an annual series.

    Both years must be observed; a missing (or NaN) year raises
    ``ValueError`` naming it.  ``kind`` as in :func:`required_annual_rate`.
    """
    _check_kind(kind)
    start = _value_at(series, start_year)
    end = _value_at(series, end_year)
    return required_annual_rate(start, end, end_year - start_year, kind)


def target_path(
    start_value: float,
    start_year: int,
    end_year: int,
    rate: float,
    kind: str = "compound",
) -> pd.Series:
    """Yearly path from ``start_year`` to ``end_year`` at a constant rate.

    ``compound``: ``start * (1 + rate) ** t``; ``linear_pct``:
    ``start * (1 + rate * t)``; ``linear``: ``start + rate * t``, with ``t``
    the years since ``start_year``.  For example ``rate=-0.05`` reads
    "minus 5 % a year" either on the previous year (compound) or on the start
    value (linear_pct).
    """
    _check_kind(kind)
    if end_year < start_year:
        raise ValueError("end_year must not be before start_year")
    years = np.arange(start_year, end_year + 1)
    t = (years - start_year).astype(float)
    if kind == "compound":
        values = start_value * (1.0 + rate) ** t
    elif kind == "linear_pct":
        values = start_value * (1.0 + rate * t)
    else:
        values = start_value + rate * t
    return pd.Series(values, index=pd.Index(years, name="year"), name=kind)


def years_to_reach(
    start_value: float,
    target_value: float,
    rate: float,
    kind: str = "compound",
) -> float:
    """Years needed to go from ``start_value`` to ``target_value`` at ``rate``.

    Returns a fractional number of years (``math.ceil`` gives whole years),
    ``0.0`` if the target equals the start and ``inf`` if the rate never gets
    there (zero rate or a rate pointing away from the target).
    """
    _check_kind(kind)
    if target_value == start_value:
        return 0.0
    if kind == "compound":
        return _compound_years(start_value, target_value, rate)
    gap = target_value - start_value
    step = rate if kind == "linear" else rate * start_value
    if step == 0 or gap / step < 0:
        return math.inf
    return gap / step


def _compound_years(start_value: float, target_value: float, rate: float) -> float:
    if rate <= -1:
        raise ValueError("a compound rate must be greater than -1")
    if start_value <= 0 or target_value <= 0:
        raise ValueError("compound growth needs positive start and target values")
    growth = math.log1p(rate)
    needed = math.log(target_value / start_value)
    if growth == 0 or needed / growth < 0:
        return math.inf
    return needed / growth


def percent_change(new: float, old: float, digits: int = 1) -> float:
    """Change from ``old`` to ``new`` in percent of ``old``, rounded to ``digits`` (a plain float, ready to glue)."""
    old, new = float(old), float(new)
    if old == 0 or not math.isfinite(old) or not math.isfinite(new):
        raise ValueError(f"no percent change from {old!r} to {new!r}")
    return round((new / old - 1.0) * 100.0, digits)


def cumulative_progress(
    series: pd.Series,
    years: Iterable[int],
    target_total: float,
) -> float:
    """Observed sum over ``years`` divided by ``target_total``.

    Every year must be observed; missing (or NaN) years raise ``ValueError``
    naming them — a gap is never filled.
    """
    wanted = [int(y) for y in years]
    if not wanted:
        raise ValueError("years must not be empty")
    if target_total == 0:
        raise ValueError("target_total must not be zero")
    missing = [y for y in wanted if y not in series.index or pd.isna(series.loc[y])]
    if missing:
        raise ValueError(f"years missing from the series: {missing}")
    return float(series.loc[wanted].sum()) / target_total


def progress_toward(
    observed: float,
    target: float,
    baseline: float | None = None,
    direction: str = "increase",
) -> float:
    """Share of a target achieved; 1.0 means the target is exactly reached.

    * increase, no baseline: ``observed / target``;
    * increase with baseline: ``(observed - baseline) / (target - baseline)``;
    * decrease with baseline: ``(baseline - observed) / (baseline - target)``;
    * decrease, no baseline: ``target / observed`` (a ceiling: values below
      the target give more than 1).
    """
    if direction not in ("increase", "decrease"):
        raise ValueError(f"direction must be 'increase' or 'decrease', got {direction!r}")
    if baseline is None:
        numerator, denominator = (
            (observed, target) if direction == "increase" else (target, observed)
        )
    elif direction == "increase":
        numerator, denominator = observed - baseline, target - baseline
    else:
        numerator, denominator = baseline - observed, baseline - target
    if denominator == 0:
        raise ValueError("progress is undefined: the denominator is zero")
    return numerator / denominator


DIRECTION_NOISE_SD: float = 1.0
"""A move the wrong way larger than this many standard deviations of the year-to-year changes before the pledge is
beyond noise (see :func:`direction_verdict`)."""

MIN_NOISE_CHANGES: int = 3
"""Year-to-year changes needed before the pledge to measure the noise of a series."""


def _noise_text() -> str:
    times = "" if DIRECTION_NOISE_SD == 1 else f"{DIRECTION_NOISE_SD:g} times "
    return f"{times}the standard deviation of its year-to-year changes before the pledge"


DIRECTION_RULE: str = (
    "A direction pledge (\"weiter senken\", \"niedrig halten\") names no number, so it is rated by the direction of the "
    "change over the term: met if the series moved the promised way; missed if it moved the wrong way by no more "
    f"than {_noise_text()} (a standstill within noise); clearly missed if it moved the wrong way by more than that."
)
"""The direction rule as printed on the method page."""


def direction_verdict(series: pd.Series, *, start_year: int, end_year: int, direction: str) -> dict[str, float | str]:
    """Rate a pledge that promises a direction only (``"decrease"`` or ``"increase"``), by :data:`DIRECTION_RULE`.

    ``series`` is annual (integer years). The change is ``series[end_year] - series[start_year]``; the noise is the
    standard deviation of the year-to-year changes of consecutive years up to ``start_year`` (at least
    :data:`MIN_NOISE_CHANGES` of them). Returns ``change``, ``change_pct``, ``noise``, ``wrong_way`` (the change
    against the promised direction, positive when wrong) and ``verdict`` (``met``, ``missed`` or ``clearly missed``).
    """
    if direction not in ("increase", "decrease"):
        raise ValueError(f"direction must be 'increase' or 'decrease', got {direction!r}")
    if not end_year > start_year:
        raise ValueError(f"end_year {end_year} must come after start_year {start_year}")
    start, end = _value_at(series, start_year), _value_at(series, end_year)
    before = series.dropna()
    before = before[before.index <= start_year].sort_index()
    steps = [float(before.loc[y] - before.loc[y - 1]) for y in before.index if y - 1 in before.index]
    if len(steps) < MIN_NOISE_CHANGES:
        raise ValueError(
            f"the noise needs {MIN_NOISE_CHANGES} year-to-year changes up to {start_year}, the series has {len(steps)}"
        )
    noise = float(np.std(steps, ddof=1))
    change = end - start
    wrong_way = change if direction == "decrease" else -change
    if round(wrong_way, _DECIMALS) < 0:
        verdict = "met"
    elif round(wrong_way - DIRECTION_NOISE_SD * noise, _DECIMALS) <= 0:
        verdict = "missed"
    else:
        verdict = "clearly missed"
    return {
        "start": start,
        "end": end,
        "change": change,
        "change_pct": change / start * 100 if start else math.nan,
        "noise": noise,
        "wrong_way": wrong_way,
        "verdict": verdict,
    }


# ---------------------------------------------------------------------------
# Probabilities from simulated paths
# ---------------------------------------------------------------------------


def _as_years(years: int | Iterable[int] | None, default: Sequence[int]) -> list[int]:
    if years is None:
        return [int(y) for y in default]
    if isinstance(years, (int, np.integer)):
        return [int(years)]
    return [int(y) for y in years]


def _year_matrix(
    paths: pd.DataFrame, years: list[int], observed: pd.Series | None
) -> np.ndarray:
    """Values per path (rows) and year (columns), observed years broadcast."""
    observed = pd.Series(dtype=float) if observed is None else observed.dropna()
    both = [y for y in years if y in paths.columns and y in observed.index]
    if both:
        raise ValueError(f"years both simulated and observed: {both}")
    missing = [y for y in years if y not in paths.columns and y not in observed.index]
    if missing:
        raise ValueError(f"years neither simulated nor observed: {missing}")
    columns = [
        paths[y].to_numpy(dtype=float)
        if y in paths.columns
        else np.full(len(paths), float(observed.loc[y]))
        for y in years
    ]
    return np.column_stack(columns)


def _target_weights(
    columns: Sequence[int], target_how: str, years: list[int], observed: pd.Series | None
) -> tuple[np.ndarray, float]:
    """Weights on the simulated years and the constant from observed years of a level, mean or sum target."""
    observed = pd.Series(dtype=float) if observed is None else observed.dropna()
    both = [y for y in years if y in columns and y in observed.index]
    if both:
        raise ValueError(f"years both simulated and observed: {both}")
    missing = [y for y in years if y not in columns and y not in observed.index]
    if missing:
        raise ValueError(f"years neither simulated nor observed: {missing}")
    scale = 1.0 / len(years) if target_how == "mean" else 1.0
    weights = np.array([scale if c in years else 0.0 for c in columns])
    constant = scale * float(sum(observed.loc[y] for y in years if y in observed.index))
    return weights, constant


def _target_years(paths_columns: Sequence[int], how: str, years, observed: pd.Series | None) -> list[int]:
    if how not in _HOWS:
        raise ValueError(f"how must be one of {_HOWS}, got {how!r}")
    if how == "level":
        default = [paths_columns[-1]]
    else:
        default = (list(observed.index) if observed is not None else []) + list(paths_columns)
    chosen = _as_years(years, default)
    if how == "level" and len(chosen) != 1:
        raise ValueError(f"how='level' needs exactly one year, got {chosen}")
    return chosen


def probability_estimate(
    paths: pd.DataFrame,
    target: float,
    how: str = "level",
    years: int | Iterable[int] | None = None,
    direction: str = ">=",
    observed: pd.Series | None = None,
) -> tuple[float, float]:
    """Share of paths meeting the target (unrounded) and its simulation standard error ``sqrt(p (1 - p) / n)``.

    Arguments as in :func:`probability_of_target`.
    """
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be one of {_DIRECTIONS}, got {direction!r}")
    if paths.empty:
        raise ValueError("paths must contain at least one path and one year")
    chosen = _target_years(list(paths.columns), how, years, observed)
    values = _year_matrix(paths, chosen, observed)
    summary = values.mean(axis=1) if how == "mean" else values.sum(axis=1)
    hits = summary >= target if direction == ">=" else summary <= target
    p = float(np.mean(hits))
    return p, math.sqrt(p * (1.0 - p) / len(hits))


def gaussian_probability(
    mean: np.ndarray,
    cov: np.ndarray,
    columns: Sequence[int],
    target: float,
    how: str = "level",
    years: int | Iterable[int] | None = None,
    direction: str = ">=",
    observed: pd.Series | None = None,
) -> float:
    """Exact probability of a target when the future values over ``columns`` are jointly normal (no simulation)."""
    from scipy import stats

    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be one of {_DIRECTIONS}, got {direction!r}")
    chosen = _target_years(list(columns), how, years, observed)
    weights, constant = _target_weights(list(columns), how, chosen, observed)
    centre = float(weights @ np.asarray(mean, dtype=float)) + constant
    sd = math.sqrt(max(float(weights @ np.asarray(cov, dtype=float) @ weights), 0.0))
    if sd == 0:
        meets = centre >= target if direction == ">=" else centre <= target
        return float(meets)
    below = float(stats.norm.cdf((target - centre) / sd))
    return 1.0 - below if direction == ">=" else below


def format_probability(p: float, se: float | None = None) -> str:
    """A probability in whole percent for the reader: ``"58 %"``, ``"58 % (± 1)"``, ``"< 1 %"``, ``"> 99 %"``.

    The simulation standard error ``se`` is shown in whole points (at least 1) when it is half a point or more;
    an exact probability (``se`` None or 0) gets no ``±``.
    """
    p = _check_probability(float(p))
    if p < 0.005:
        text = "< 1 %"
    elif p > 0.995:
        text = "> 99 %"
    else:
        text = f"{round(p * 100):.0f} %"
    if se is not None and se * 100 >= 0.5:
        text += f" (± {max(1, round(se * 100)):.0f})"
    return text


def borderline(
    probability: float,
    se: float = 0.0,
    benchmarks: dict[str, float] | None = None,
) -> tuple[bool, str]:
    """Whether a feasibility verdict is borderline, and why (empty reason if it is not).

    Borderline if a verdict threshold (:data:`ON_TRACK_PROB`, :data:`CLEAR_MISS_PROB`) lies within two simulation
    errors of ``probability``, or if the ``benchmarks`` (model name -> probability) do not all give the same
    verdict, or if ``probability``'s verdict differs from theirs.
    """
    p = _check_probability(float(probability))
    reasons = []
    for threshold in (ON_TRACK_PROB, CLEAR_MISS_PROB):
        if se > 0 and abs(p - threshold) <= 2.0 * se:
            reasons.append(f"{_pct(threshold)} threshold within two simulation errors")
    if benchmarks:
        verdicts = {name: feasibility_verdict(value) for name, value in benchmarks.items()}
        if len(set(verdicts.values()) | {feasibility_verdict(p)}) > 1:
            listed = ", ".join(f"{name}: {verdict}" for name, verdict in verdicts.items())
            reasons.append(f"benchmark models disagree ({listed})")
    return bool(reasons), "; ".join(reasons)


def probability_of_target(
    paths: pd.DataFrame,
    target: float,
    how: str = "level",
    years: int | Iterable[int] | None = None,
    direction: str = ">=",
    observed: pd.Series | None = None,
) -> float:
    """Share of simulated paths that meet a target, rounded to 3 decimals.

    ``paths`` has one row per path and one column per year (as returned by
    :func:`analysis.forecast.simulate_paths`).

    * ``how="level"``: the value in the single year ``years`` (default: the
      last simulated year) is compared with ``target``;
    * ``how="cumulative"``: the sum over ``years`` (default: all simulated
      years) is compared;
    * ``how="mean"``: the mean over ``years`` is compared.

    Years in ``observed`` (an annual series of actual values) enter every path
    unchanged, so a cumulative target can mix observed and simulated years.
    ``direction`` is ``">="`` (target is a floor) or ``"<="`` (a ceiling).
    """
    return round(probability_estimate(paths, target, how, years, direction, observed)[0], 3)


# ---------------------------------------------------------------------------
# Verdicts
# ---------------------------------------------------------------------------


def _value(value: float | None) -> float | None:
    """``value`` as a float, or None if it is None or NaN."""
    if value is None or math.isnan(float(value)):
        return None
    return float(value)


def _check_probability(probability: float) -> float:
    if not 0 <= probability <= 1:
        raise ValueError(f"probability must be between 0 and 1, got {probability!r}")
    return round(probability, _DECIMALS)


def _progress_band(progress: float) -> str:
    share = round(progress, _DECIMALS)
    if share >= MET_SHARE:
        return "met"
    if share >= NEAR_MISS_SHARE:
        return "missed"
    return "clearly missed"


def _probability_band(probability: float, labels: tuple[str, str, str]) -> str:
    p = _check_probability(probability)
    if p >= ON_TRACK_PROB:
        return labels[0]
    if p >= CLEAR_MISS_PROB:
        return labels[1]
    return labels[2]


def outcome_verdict(
    *,
    progress: float | None = None,
    probability: float | None = None,
) -> str:
    """Verdict on a measurable target (a label of :data:`OUTCOME_SCALE`).

    Give ``progress`` once the target date has passed (observed share of the
    target achieved, 1.0 = exactly reached, see :func:`progress_toward`), or
    ``probability`` while it is still ahead (share of simulated paths that
    meet it).  Giving both is an error; giving neither (``None`` or NaN)
    yields ``"not assessable"``.  Rules: :data:`VERDICT_RULES`.
    """
    share, chance = _value(progress), _value(probability)
    if share is not None and chance is not None:
        raise ValueError("give either progress (date passed) or probability (ahead), not both")
    if share is not None:
        return _progress_band(share)
    if chance is not None:
        return _probability_band(chance, ("on track", "off track", "clearly missed"))
    return "not assessable"


def feasibility_verdict(probability: float | None) -> str:
    """Ex-ante verdict (a label of :data:`FEASIBILITY_SCALE`).

    ``probability`` is the share of paths simulated from data up to 2019 that
    meet the target; ``None`` or NaN yields ``"not assessable"``.
    """
    chance = _value(probability)
    if chance is None:
        return "not assessable"
    return _probability_band(chance, ("feasible on trend", "ambitious", "out of reach on trend"))


def _pct(share: float) -> str:
    return f"{share * 100:g} %"


def _build_rules() -> dict[str, dict[str, str]]:
    met, near = _pct(MET_SHARE), _pct(NEAR_MISS_SHARE)
    on, clear = _pct(ON_TRACK_PROB), _pct(CLEAR_MISS_PROB)
    outcome = {
        "met": f"target date passed and at least {met} of the target achieved",
        "on track": (
            f"target date ahead and at least {on} of simulated paths meet the target"
        ),
        "off track": (
            f"target date ahead and {clear} to under {on} of simulated paths "
            "meet the target"
        ),
        "missed": f"target date passed and {near} to under {met} of the target achieved",
        "clearly missed": (
            f"target date passed and under {near} of the target achieved, or target "
            f"date ahead and under {clear} of simulated paths meet the target"
        ),
        "not assessable": "no observed progress and no forecast available",
    }
    implementation = {
        "kept": "the promised measure has been carried out in full",
        "partly kept": "part of the promised measure has been carried out",
        "in progress": "the measure has been decided or started but is not finished",
        "not started": "no decision or step towards the measure is documented",
        "not assessable": "no public source documents the state of the measure",
    }
    feasibility = {
        "feasible on trend": (
            f"at least {on} of paths simulated from data up to 2019 meet the target"
        ),
        "ambitious": f"{clear} to under {on} of simulated paths meet the target",
        "out of reach on trend": f"under {clear} of simulated paths meet the target",
        "not assessable": "series too thin or missing, so no forecast was made",
    }
    claim = {
        "holds": "the published figures bear the claim out as worded",
        "partly holds": "the figures bear out part of the claim, or only on a narrower reading",
        "does not hold": "the figures contradict the claim as worded",
        "not verifiable": "no public figure can settle the claim",
    }
    return {"outcome": outcome, "implementation": implementation, "feasibility": feasibility, "claim": claim}


VERDICT_RULES: dict[str, dict[str, str]] = _build_rules()
"""One-line rule per verdict label, grouped by scale, built from the constants."""


def rule_text() -> str:
    """All verdict rules as printable text, one ``label: rule`` line each."""
    scales = {
        "outcome": OUTCOME_SCALE,
        "implementation": IMPLEMENTATION_SCALE,
        "feasibility": FEASIBILITY_SCALE,
        "claim": CLAIM_SCALE,
    }
    blocks = []
    for scale, labels in scales.items():
        lines = [f"{scale.capitalize()} scale:"]
        lines += [f"  {label}: {VERDICT_RULES[scale][label]}" for label in labels]
        blocks.append("\n".join(lines))
    blocks.append("Direction pledges:\n  " + DIRECTION_RULE)
    return "\n\n".join(blocks)


def probability_by_method(
    series: pd.Series,
    horizon: int,
    target: float,
    *,
    how: str = "level",
    years: int | Iterable[int] | None = None,
    direction: str = ">=",
    observed: pd.Series | None = None,
    seed: int | None = None,
    n_paths: int | None = None,
) -> pd.DataFrame:
    """Probability of meeting ``target`` under every method that can run on ``series``, and their combination.

    One row per method (in :data:`analysis.forecast.METHODS` order, then ``combination``) with the mean of the
    simulated values over the forecast years and the probability (as :func:`probability_of_target`). Used to show
    how much a verdict depends on the choice of model.
    """
    from . import forecast

    rows = []
    for method in forecast.runnable_methods(series) + [forecast.COMBINATION]:
        kwargs = {} if seed is None else {"seed": seed}
        if n_paths is not None:
            kwargs["n_paths"] = n_paths
        paths = forecast.simulate_paths(series, method, horizon, **kwargs)
        rows.append(
            {
                "method": method,
                "mean per year": round(float(paths.to_numpy().mean()), 0),
                "probability": probability_of_target(
                    paths, target, how=how, years=years, direction=direction, observed=observed
                ),
            }
        )
    return pd.DataFrame(rows).set_index("method")
