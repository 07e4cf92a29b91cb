"""The pledge catalogue (``data/pledges.csv``): loading, validation and the scorecard.

Each pledge carries two assessment axes: the implementation status (did the city do what was promised?, from dated
evidence) and the outcome rating (what the numbers show, derived by the rule in
:func:`analysis.feasibility.outcome_verdict`). A chapter notebook recomputes the outcome of each of its pledges and
calls :func:`check_outcome`, which fails if the catalogue disagrees with the computation.
"""

from __future__ import annotations

import math
import re
from pathlib import Path

import pandas as pd

from . import DATA_DIR
from .data import PERIOD_RE, DataError, _relative, parse_number
from .feasibility import (
    CLAIM_SCALE,
    FEASIBILITY_SCALE,
    IMPLEMENTATION_SCALE,
    KINDS,
    OUTCOME_SCALE,
    ROBUSTNESS_SCALE,
)

COLUMNS = (
    "pledge_id",
    "chapter",
    "chapter_title",
    "source_doc",
    "kind",
    "quote_de",
    "gloss_en",
    "target_value",
    "target_unit",
    "target_year",
    "baseline_value",
    "baseline_year",
    "indicator_id",
    "geography",
    "definition",
    "implementation_status",
    "status_evidence_url",
    "status_evidence_date",
    "status_note",
    "outcome",
    "outcome_note",
    "feasibility",
    "feasibility_note",
    "claim_check",
    "verdict_robustness",
    "robustness_note",
    "notebook",
)
REQUIRED = ("pledge_id", "chapter", "chapter_title", "source_doc", "kind", "quote_de", "gloss_en", "status_note",
            "verdict_robustness", "notebook")
PROMISE_ONLY = ("implementation_status", "outcome", "feasibility")
"""Ratings that a promise must carry and a claim must leave empty (a claim carries ``claim_check`` instead)."""
SOURCE_DOCS = ("programme", "flyer")
ID_RE = re.compile(r"^ch(0[1-9]|1[0-2])-p\d{2}$")
DATE_RE = PERIOD_RE
"""Evidence dates are written like observation periods: ``YYYY`` or ``YYYY-MM-DD``."""


def load_pledges(path: Path | None = None, *, indicators: pd.DataFrame | None = None) -> pd.DataFrame:
    """Read and validate the pledge catalogue; returns one row per pledge, in catalogue order."""
    from .data import _read_csv, read_indicators

    path = Path(path) if path else DATA_DIR / "pledges.csv"
    name = _relative(path)
    if indicators is None:
        indicators = read_indicators(path.parent / "indicators.csv")
    records, seen = [], {}
    for line, row in _read_csv(path, COLUMNS):
        for column in REQUIRED:
            if not row[column].strip():
                raise DataError(name, line, f"{column} is empty")
        pid = row["pledge_id"]
        if not ID_RE.match(pid):
            raise DataError(name, line, f"pledge_id {pid!r} is not of the form chNN-pMM")
        if pid in seen:
            raise DataError(name, line, f"pledge_id {pid!r} repeats row {seen[pid]}")
        seen[pid] = line
        if not row["chapter"].isdigit() or int(row["chapter"]) != int(pid[2:4]):
            raise DataError(name, line, f"chapter {row['chapter']!r} does not match pledge_id {pid!r}")
        if row["source_doc"] not in SOURCE_DOCS:
            raise DataError(name, line, f"source_doc {row['source_doc']!r} is not one of {list(SOURCE_DOCS)}")
        if row["kind"] not in KINDS:
            raise DataError(name, line, f"kind {row['kind']!r} is not one of {list(KINDS)}")
        if row["kind"] == "promise":
            for column, scale in (("implementation_status", IMPLEMENTATION_SCALE), ("outcome", OUTCOME_SCALE),
                                  ("feasibility", FEASIBILITY_SCALE)):
                if row[column] not in scale:
                    raise DataError(name, line, f"{column} {row[column]!r} is not one of {list(scale)}")
            if row["claim_check"]:
                raise DataError(name, line, "claim_check is only for claims; a promise is rated on the other scales")
            dated = row["implementation_status"] != "not assessable"
        else:
            if row["claim_check"] not in CLAIM_SCALE:
                raise DataError(name, line, f"claim_check {row['claim_check']!r} is not one of {list(CLAIM_SCALE)}")
            for column in PROMISE_ONLY:
                if row[column]:
                    raise DataError(name, line, f"{column} must be empty for a claim (rate it in claim_check)")
            # a claim checked against a series of data/ is sourced by that series' rows
            dated = row["claim_check"] != "not verifiable" and not row["indicator_id"]
        if dated and not (
            row["status_evidence_url"].startswith(("http://", "https://")) and DATE_RE.match(row["status_evidence_date"])
        ):
            raise DataError(name, line, "a rating needs a dated evidence URL (status_evidence_url/date)")
        if row["verdict_robustness"] and row["verdict_robustness"] not in ROBUSTNESS_SCALE:
            raise DataError(
                name, line, f"verdict_robustness {row['verdict_robustness']!r} is not one of {list(ROBUSTNESS_SCALE)}"
            )
        if row["verdict_robustness"] == "depends on reading" and not row["robustness_note"].strip():
            raise DataError(name, line, "verdict_robustness 'depends on reading' needs a robustness_note naming the readings")
        if row["indicator_id"] and row["indicator_id"] not in indicators.index:
            raise DataError(name, line, f"unknown indicator {row['indicator_id']!r}")
        if row["target_value"] and not row["target_unit"]:
            raise DataError(name, line, "target_value given without target_unit")
        record = dict(row)
        for column in ("target_value", "baseline_value"):
            record[column] = parse_number(row[column], path=name, row=line, column=column) if row[column] else math.nan
        for column in ("target_year", "baseline_year"):
            if row[column] and not row[column].isdigit():
                raise DataError(name, line, f"{column} {row[column]!r} is not a year")
            record[column] = int(row[column]) if row[column] else pd.NA
        record["chapter"] = int(row["chapter"])
        records.append(record)
    frame = pd.DataFrame.from_records(records, columns=list(COLUMNS))
    return frame.astype({"target_year": "Int64", "baseline_year": "Int64"})


def pledge(pledge_id: str, pledges: pd.DataFrame | None = None) -> pd.Series:
    """One pledge's row."""
    table = load_pledges() if pledges is None else pledges
    hit = table[table["pledge_id"] == pledge_id]
    if hit.empty:
        raise KeyError(f"pledge {pledge_id!r} is not in data/pledges.csv")
    return hit.iloc[0]


def check_outcome(pledge_id: str, computed: str, pledges: pd.DataFrame | None = None) -> str:
    """Fail unless the catalogue's outcome for ``pledge_id`` equals the computed one; returns it."""
    recorded = pledge(pledge_id, pledges)["outcome"]
    if recorded != computed:
        raise AssertionError(
            f"data/pledges.csv says outcome {recorded!r} for {pledge_id}, the analysis derives {computed!r}: "
            "update the catalogue or the analysis"
        )
    return computed


def scorecard(pledges: pd.DataFrame | None = None) -> pd.DataFrame:
    """Counts of promises by outcome (rows) and implementation status (columns), both in scale order (claims about
    the past are counted apart, see :data:`analysis.feasibility.KINDS`)."""
    table = load_pledges() if pledges is None else pledges
    table = table[table["kind"] == "promise"]
    counts = pd.crosstab(table["outcome"], table["implementation_status"])
    counts = counts.reindex(index=list(OUTCOME_SCALE), columns=list(IMPLEMENTATION_SCALE), fill_value=0)
    counts.index.name, counts.columns.name = "outcome", "implementation status"
    return counts


def chapters_covered(pledges: pd.DataFrame | None = None) -> list[int]:
    """Chapters with at least one pledge in the catalogue."""
    table = load_pledges() if pledges is None else pledges
    return sorted(set(table["chapter"]))


def show_pledge(pledge_id: str, pledges: pd.DataFrame | None = None):
    """The pledge as the book quotes it: German wording, English gloss, target and source (a Markdown display)."""
    from IPython.display import Markdown

    row = pledge(pledge_id, pledges)
    where = "programme" if row["source_doc"] == "programme" else "campaign flyer"
    lines = [f"> „{row['quote_de']}“", ">", f"> *{row['gloss_en']}*", "", f"**{pledge_id}** ({where}, chapter {row['chapter']})"]
    if not pd.isna(row["target_value"]):
        target = f"{row['target_value']:,.0f}" if float(row["target_value"]).is_integer() else f"{row['target_value']:g}"
        lines[-1] += f"; target: {target} {row['target_unit']}"
        if not pd.isna(row["target_year"]):
            lines[-1] += f" by {row['target_year']}"
    return Markdown("\n".join(lines))


def verdict_table(chapter: int, pledges: pd.DataFrame | None = None) -> pd.DataFrame:
    """Deprecated: the reader's closing table is :func:`analysis.present.verdict_table` (links to the cards, all
    ratings). This frame of gloss, both ratings and the dated evidence is kept for :func:`as_html`."""
    table = load_pledges() if pledges is None else pledges
    sel = table[table["chapter"] == chapter]
    out = sel[["pledge_id", "gloss_en", "implementation_status", "outcome", "status_note", "status_evidence_date",
               "status_evidence_url"]]
    return out.rename(
        columns={
            "pledge_id": "pledge",
            "gloss_en": "pledge (gloss)",
            "implementation_status": "implementation",
            "status_note": "evidence",
            "status_evidence_date": "dated",
            "status_evidence_url": "source",
        }
    ).set_index("pledge")


def as_html(table, link_column: str = "source"):
    """Deprecated: use :func:`analysis.present.reader_table` (or :func:`analysis.present.verdict_table`).

    A table for the book through the one reader format: the index as row headers, the ``link_column`` of web
    addresses shown as links named by their host, gaps as a labelled dash. An HTML output passes through unchanged.
    """
    from IPython.display import HTML

    from .present import reader_table

    if isinstance(table, HTML):
        return table
    links = [link_column] if link_column in table.columns else []
    return reader_table(table, index=True, link_columns=links, formats={c: "date" for c in ("dated",) if c in table})
