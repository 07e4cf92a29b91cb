"""The pledge catalogue: valid, consistent with the data and the book, and refused when broken."""

import csv
import os
from pathlib import Path

import pandas as pd
import pytest

from analysis import ROOT, pledges
from analysis.data import DataError, load_series
from analysis.feasibility import CLAIM_SCALE, IMPLEMENTATION_SCALE, OUTCOME_SCALE


def rewrite(path: Path, which: str, **changes) -> None:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["pledge_id"] == which:
            row.update(changes)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=pledges.COLUMNS)
        writer.writeheader()
        writer.writerows(rows)


# --- the real catalogue ------------------------------------------------------------------------------------------


def test_catalogue_returns_every_row_in_file_order_with_typed_columns():
    with (pledges.DATA_DIR / "pledges.csv").open(encoding="utf-8", newline="") as handle:
        ids = [row["pledge_id"] for row in csv.DictReader(handle)]
    table = pledges.load_pledges()
    assert list(table["pledge_id"]) == ids
    assert table["target_value"].dtype == "float64" and table["baseline_value"].dtype == "float64"
    assert str(table["target_year"].dtype) == "Int64" and str(table["baseline_year"].dtype) == "Int64"
    assert table["chapter"].map(type).eq(int).all()
    ch02 = table.set_index("pledge_id").loc["ch02-p01"]
    assert (ch02["target_value"], ch02["target_year"], ch02["chapter"]) == (2000.0, 2025, 2)


def test_claims_are_kept_apart_from_promises():
    table = pledges.load_pledges()
    claims = table[table["kind"] == "claim"]
    assert not claims.empty, "no claim to check the separation on"
    assert (claims[list(pledges.PROMISE_ONLY)] == "").all().all()
    assert (table.loc[table["kind"] == "promise", "claim_check"] == "").all()


def test_every_pledge_is_assessed_by_a_notebook_in_the_book():
    toc = (ROOT / "_toc.yml").read_text(encoding="utf-8")
    for row in pledges.load_pledges().itertuples():
        notebook = ROOT / row.notebook
        assert notebook.exists(), row.notebook
        assert f"book/{notebook.stem}" in toc, row.notebook
        text = notebook.with_suffix(".py").read_text(encoding="utf-8")
        assert row.pledge_id in text, f"{row.pledge_id} is not assessed in {row.notebook}"


SOURCES = Path(os.environ.get("PROGRAMME_SOURCES", ROOT.parent / "shared" / "sources"))
"""The programme and flyer texts: beside the checkout, or where ``PROGRAMME_SOURCES`` points."""


def test_quotes_are_verbatim_from_the_programme_or_flyer():
    texts = {
        "programme": SOURCES / "programme_spd_dortmund_2020.md",
        "flyer": SOURCES / "flyer_spd_dortmund_2020.md",
    }
    absent = [str(p) for p in texts.values() if not p.exists()]
    if absent:
        reason = f"programme texts not found ({', '.join(absent)}); set PROGRAMME_SOURCES to their folder"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(reason)
        pytest.skip(reason)
    loaded = {k: " ".join(p.read_text(encoding="utf-8").replace("\\*", "*").split()) for k, p in texts.items()}
    for row in pledges.load_pledges().itertuples():
        assert " ".join(row.quote_de.split()) in loaded[row.source_doc], f"{row.pledge_id}: quote not found verbatim"


def test_baselines_agree_with_the_data():
    checked = 0
    for row in pledges.load_pledges().itertuples():
        if pd.isna(row.baseline_value) or pd.isna(row.baseline_year) or not row.indicator_id:
            continue
        series = load_series(row.indicator_id, row.geography, row.definition or None)
        assert int(row.baseline_year) in series.values.index, f"{row.pledge_id}: no value for the baseline year"
        assert series.values[int(row.baseline_year)] == row.baseline_value, row.pledge_id
        checked += 1
    assert checked >= 3


def test_check_outcome_passes_on_agreement_and_fails_on_disagreement():
    table = pledges.load_pledges()
    first = table.iloc[0]
    assert pledges.check_outcome(first["pledge_id"], first["outcome"], table) == first["outcome"]
    other = next(v for v in OUTCOME_SCALE if v != first["outcome"])
    with pytest.raises(AssertionError, match="update the catalogue or the analysis"):
        pledges.check_outcome(first["pledge_id"], other, table)
    with pytest.raises(KeyError):
        pledges.check_outcome("ch12-p99", "met", table)


def test_scorecard_counts_every_pledge_once_in_scale_order():
    table = pledges.load_pledges()
    card = pledges.scorecard(table)
    assert int(card.to_numpy().sum()) == int((table["kind"] == "promise").sum()) < len(table)
    assert list(card.index) == list(OUTCOME_SCALE)
    assert list(card.columns) == list(IMPLEMENTATION_SCALE)


def test_verdict_table_as_html_links_sources_and_escapes_text():
    table = pledges.verdict_table(2)
    html = pledges.as_html(table).data
    assert '<a href="https://' in html
    assert "ch02-p01" in html
    shown = table.copy()
    shown.iloc[0, 0] = "a < b & c"
    assert "a &lt; b &amp; c" in pledges.as_html(shown).data


def test_show_pledge_quotes_german_and_gloss():
    text = pledges.show_pledge("ch02-p01").data
    assert text.startswith("> „Wir wissen bereits heute")
    assert "target: 2,000 dwellings per year by 2025" in text


# --- bad input ---------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"outcome": "achieved"}, "outcome 'achieved' is not one of"),
        ({"implementation_status": "done"}, "implementation_status 'done' is not one of"),
        ({"chapter": "3"}, "chapter '3' does not match pledge_id"),
        ({"status_evidence_url": ""}, "a rating needs a dated evidence URL"),
        ({"kind": "wish"}, "kind 'wish' is not one of"),
        ({"kind": "claim"}, "claim_check '' is not one of"),
        ({"claim_check": "holds"}, "claim_check is only for claims"),
        ({"feasibility": "likely"}, "feasibility 'likely' is not one of"),
        ({"verdict_robustness": "solid"}, "verdict_robustness 'solid' is not one of"),
        ({"verdict_robustness": ""}, "verdict_robustness is empty"),
        ({"verdict_robustness": "depends on reading", "robustness_note": ""}, "verdict_robustness 'depends on reading' needs a robustness_note"),
        ({"indicator_id": "no_such_indicator"}, "unknown indicator 'no_such_indicator'"),
        ({"target_value": "2.000,0"}, "target_value '2.000,0' is not a number"),
        ({"target_unit": ""}, "target_value given without target_unit"),
        ({"quote_de": ""}, "quote_de is empty"),
        ({"source_doc": "website"}, "source_doc 'website' is not one of"),
    ],
)
def test_bad_pledge_rows_are_refused_with_file_and_row(data_copy, changes, message):
    rewrite(data_copy / "pledges.csv", "ch02-p01", **changes)
    with pytest.raises(DataError, match=r"pledges\.csv, row 3: " + message.replace("(", r"\(").replace(")", r"\)")):
        pledges.load_pledges(data_copy / "pledges.csv")


def test_duplicate_pledge_id_is_refused(data_copy):
    rewrite(data_copy / "pledges.csv", "ch02-p02", pledge_id="ch02-p01")
    with pytest.raises(DataError, match="row 4: pledge_id 'ch02-p01' repeats row 3"):
        pledges.load_pledges(data_copy / "pledges.csv")
