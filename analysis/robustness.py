"""How robust a rating is: the same rule applied under every reading a chapter names.

A chapter that can read a pledge in more than one reasonable way (another base year, compound instead of linear
cuts, another metric, another model family, another data window) computes the rating under each reading and passes
them to :func:`assess`. The rating is *robust* when every reading gives the same label, and *depends on reading*
otherwise; the note names each reading whose label differs from the main one. The catalogue records the result in
``verdict_robustness`` and ``robustness_note``, and :func:`check` fails when the catalogue and the computation part.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

__all__ = ["Robustness", "assess", "check"]


@dataclass(frozen=True)
class Robustness:
    """The rating under the main reading, the label (``robust`` / ``depends on reading``) and the readings."""

    main: str
    rating: str
    label: str
    readings: dict[str, str]

    @property
    def differing(self) -> dict[str, str]:
        """The readings whose rating differs from the main one, in the order given."""
        return {name: rating for name, rating in self.readings.items() if rating != self.rating}

    @property
    def note(self) -> str:
        """One line for the card: empty when robust, else e.g. ``"from 2021 as base year: met"``."""
        return "; ".join(f"{name}: {rating}" for name, rating in self.differing.items())

    def table(self) -> pd.DataFrame:
        """One row per reading (the main one first) with its rating and whether it differs."""
        rows = [{"reading": name, "rating": rating, "main reading": name == self.main,
                 "changes the rating": rating != self.rating} for name, rating in self.readings.items()]
        return pd.DataFrame(rows)


def assess(readings: Mapping[str, str], main: str) -> Robustness:
    """Robustness of the rating ``readings[main]`` across all ``readings`` (reading name -> rating label).

    Needs at least two readings: a rating computed one way only has not been tested for robustness.
    """
    if main not in readings:
        raise KeyError(f"the main reading {main!r} is not among the readings {list(readings)}")
    if len(readings) < 2:
        raise ValueError("robustness needs at least one alternative reading besides the main one")
    ordered = {main: readings[main], **{k: v for k, v in readings.items() if k != main}}
    rating = ordered[main]
    label = "robust" if all(v == rating for v in ordered.values()) else "depends on reading"
    return Robustness(main=main, rating=rating, label=label, readings=ordered)


def check(pledge_id: str, result: Robustness, catalogue: pd.DataFrame) -> Robustness:
    """Fail unless ``data/pledges.csv`` records the computed robustness label for ``pledge_id``; returns ``result``.

    When the rating depends on the reading, the catalogue's ``robustness_note`` must name every differing reading.
    """
    hit = catalogue[catalogue["pledge_id"] == pledge_id]
    if hit.empty:
        raise KeyError(f"pledge {pledge_id!r} is not in data/pledges.csv")
    row = hit.iloc[0]
    if row["verdict_robustness"] != result.label:
        raise AssertionError(
            f"data/pledges.csv says verdict_robustness {row['verdict_robustness']!r} for {pledge_id}, the analysis "
            f"derives {result.label!r} ({result.note or 'all readings agree'}): update the catalogue or the analysis"
        )
    missing = [name for name in result.differing if name not in str(row["robustness_note"])]
    if missing:
        raise AssertionError(f"{pledge_id}: robustness_note does not name the reading(s) {missing}")
    return result
