"""Every chart built from the data names the confidence mix of its values in its source line, and that mix agrees
with the data; the series behind the verdicts are charted with it."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from analysis import data, pledges, provenance

ROOT = Path(__file__).resolve().parents[1]
FIGURE = re.compile(r'<figure class="chart" data-source="([^"]*)" data-series="([^"]*)">')
MIX = re.compile(r"(All \d+ values|Its one value is|Values: \d+ of \d+) (official|press-reported|from secondary sites)")


def charts(notebook: Path) -> list[tuple[str, tuple[str, ...]]]:
    found = []
    for cell in json.loads(notebook.read_text(encoding="utf-8"))["cells"]:
        for out in cell.get("outputs", []):
            markup = out.get("data", {}).get("text/html", "")
            markup = "".join(markup) if isinstance(markup, list) else markup
            for source, series in FIGURE.findall(markup):
                found.append((html.unescape(source), tuple(k for k in html.unescape(series).split("|") if k)))
    return found


CHAPTERS = sorted((ROOT / "book").glob("ch*.ipynb"))


@pytest.fixture(scope="module")
def loader():
    return data.series_loader()


def expected_mix(keys: tuple[str, ...], loader) -> str:
    many = []
    for key in keys:
        name, _, day = key.partition("@")
        indicator, geography, definition = name.split("/")
        many.append(loader(indicator, geography, definition, as_known_on=day or None))
    rows = [s.rows for s in many]
    import pandas as pd

    return data.confidence_mix(pd.concat(rows, ignore_index=True))


def test_the_pattern_reads_the_mix():
    assert MIX.search("Source: X. All 12 values official. Data as of 2024.")
    assert MIX.search("Source: X. Values: 3 of 11 official, 8 press-reported. Data as of 2024.")
    assert not MIX.search("Source: X. Data as of 2024.")


@pytest.mark.parametrize("notebook", CHAPTERS, ids=lambda p: p.stem)
def test_every_chart_built_from_series_names_its_true_mix(notebook, loader):
    for source, keys in charts(notebook):
        if keys:
            mix = expected_mix(keys, loader)
            assert mix in source, f"{notebook.name}: chart of {keys} says {source!r}, the data say {mix!r}"


SHOWN_IN_TABLES = {
    "lab_longterm_unemployed/Dortmund/ba_stock_august",  # chapter 5: a table of the August stocks by city
    "lab_youth_unemployed_u25/Dortmund/ba_stock_september",  # chapter 5: first and latest value quoted in the text
    "fin_investment_plan/Dortmund/plan",  # chapter 12: first and latest plan quoted in the text
    "cult_free_scene_increase/Dortmund/added_per_year",  # chapter 11: a table of the funds added each year
    "social_womens_shelter_places/Dortmund/women_places",  # chapter 7: the three counts quoted in the text
}
"""Verdict-bearing series with three or more figures that their chapter quotes in the text or a table rather than
a chart (the data page gives the source and confidence of each value)."""


def test_verdict_series_are_charted_with_their_mix(loader):
    """Each verdict-bearing series with three or more figures is drawn in at least one chart of one of its chapters
    (or is listed in :data:`SHOWN_IN_TABLES`), and every such chart's source line carries the confidence mix."""
    catalogue = pledges.load_pledges()
    series = provenance.verdict_series(catalogue)
    drawn: dict[int, set[str]] = {}
    for nb in CHAPTERS:
        chapter = int(nb.stem[2:4])
        for source, keys in charts(nb):
            assert not keys or MIX.search(source), f"{nb.name}: {source!r} names no confidence mix"
            drawn.setdefault(chapter, set()).update(k.partition("@")[0] for k in keys)
    missing = []
    for rec in series.itertuples(index=False):
        key = f"{rec.indicator_id}/{rec.geography}/{rec.definition}"
        try:
            n = len(loader(rec.indicator_id, rec.geography, rec.definition).values)
        except data.DataError:
            continue
        chapters = [int(c) for c in rec.chapters.split(", ")]
        charted = any(key in drawn.get(c, set()) for c in chapters)
        assert not (charted and key in SHOWN_IN_TABLES), f"{key} is charted now: take it off SHOWN_IN_TABLES"
        if n >= 3 and not charted and key not in SHOWN_IN_TABLES:
            missing.append(f"{key} (chapters {rec.chapters})")
    assert not missing, "verdict-bearing series without a chart that names its sources and mix: " + "; ".join(missing)
