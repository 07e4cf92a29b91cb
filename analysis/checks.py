"""Small rules for pledges that the forecast recipe does not cover: claims in several parts, direction pledges on
series too thin to measure their noise, and annual-cut targets read in more than one way.

``moved_every_year``
    whether a series moved the stated way in every year-to-year step of a window (a claim such as "crime keeps
    falling").
``claim_rating``
    the rating of a claim made of several checkable parts: *holds* when every part holds, *partly holds* when some
    do, *does not hold* when none does (a label of :data:`analysis.feasibility.CLAIM_SCALE`).
``direction_floor``
    the rating :data:`analysis.feasibility.DIRECTION_RULE` gives at least when the year-to-year noise before the
    pledge cannot be measured: *met* if the series moved the promised way, *missed* otherwise (whether the miss was
    *clear* needs the noise, so it is never claimed).
``annual_cut_readings``
    what "cut by ``rate`` every year" leaves after ``cuts`` cuts when read compounded (on the previous year) or
    linearly (on the fixed start level), and the compound rate that would reach ``target_share`` in as many cuts;
    ``annual_cut_paths`` draws the same readings as index paths (start = 100).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from .feasibility import CLAIM_SCALE, required_annual_rate, target_path

__all__ = ["moved_every_year", "claim_rating", "direction_floor", "annual_cut_readings", "annual_cut_paths"]

_DIRECTIONS = ("increase", "decrease")


def _check_direction(direction: str) -> None:
    if direction not in _DIRECTIONS:
        raise ValueError(f"direction must be 'increase' or 'decrease', got {direction!r}")


def moved_every_year(series: pd.Series, start_year: int, end_year: int, direction: str) -> bool:
    """Whether ``series`` rose (``"increase"``) or fell (``"decrease"``) in every step from ``start_year`` to
    ``end_year``; every year of the window must be observed (a gap raises ``ValueError`` naming the year)."""
    _check_direction(direction)
    if end_year <= start_year:
        raise ValueError(f"end_year {end_year} must come after start_year {start_year}")
    years = range(start_year, end_year + 1)
    missing = [y for y in years if y not in series.index or pd.isna(series.loc[y])]
    if missing:
        raise ValueError(f"the window {start_year}-{end_year} has no value for {missing}")
    steps = [float(series.loc[y] - series.loc[y - 1]) for y in years if y > start_year]
    return all(s > 0 for s in steps) if direction == "increase" else all(s < 0 for s in steps)


def claim_rating(parts: Mapping[str, bool]) -> str:
    """``holds`` / ``partly holds`` / ``does not hold`` for a claim whose parts were each checked (True = holds)."""
    if not parts:
        raise ValueError("a claim needs at least one checked part")
    held = sum(bool(v) for v in parts.values())
    label = "holds" if held == len(parts) else "partly holds" if held else "does not hold"
    assert label in CLAIM_SCALE
    return label


def direction_floor(start_value: float, end_value: float, direction: str) -> str:
    """``met`` if the value moved the promised way from start to end, else ``missed`` (the lowest label the
    direction rule gives a wrong-way move when its noise cannot be measured)."""
    _check_direction(direction)
    change = float(end_value) - float(start_value)
    right_way = change > 0 if direction == "increase" else change < 0
    return "met" if right_way else "missed"


def annual_cut_readings(rate: float, cuts: int, target_share: float) -> dict[str, float]:
    """Shares of the start level left after ``cuts`` annual cuts of ``rate`` (0.05 = 5 %) and the rate needed.

    Returns ``compound_left`` (``(1 - rate) ** cuts``), ``linear_left`` (``1 - rate * cuts``, not below 0),
    ``required_compound`` (the annual compound cut that leaves ``target_share``, as a positive share) and
    ``required_linear`` (the cut per year in shares of the start level).
    """
    if not 0 < rate < 1:
        raise ValueError(f"rate must lie between 0 and 1, got {rate}")
    if cuts < 1:
        raise ValueError(f"cuts must be at least 1, got {cuts}")
    if not 0 < target_share < 1:
        raise ValueError(f"target_share must lie between 0 and 1, got {target_share}")
    return {
        "compound_left": (1 - rate) ** cuts,
        "linear_left": max(0.0, 1 - rate * cuts),
        "required_compound": -required_annual_rate(1.0, target_share, cuts, "compound"),
        "required_linear": (1 - target_share) / cuts,
    }


def annual_cut_paths(rate: float, start_year: int, end_year: int, target_share: float) -> dict[str, pd.Series]:
    """Index paths (``start_year`` = 100) for the readings of :func:`annual_cut_readings`, by label."""
    cuts = end_year - start_year
    readings = annual_cut_readings(rate, cuts, target_share)
    pct = f"{rate * 100:g}"
    needed = f"{readings['required_compound'] * 100:.1f}"
    return {
        f"{pct} % a year on the previous year (compound)": target_path(100.0, start_year, end_year, -rate, "compound"),
        f"{pct} points of the start level a year (linear)": target_path(100.0, start_year, end_year, -rate, "linear_pct"),
        f"{needed} % a year on the previous year (needed to leave {target_share * 100:g} %)": target_path(
            100.0, start_year, end_year, -readings["required_compound"], "compound"
        ),
    }
