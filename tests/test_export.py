"""The machine-readable results in data/exports/ are what analysis.export makes of data/pledges.csv, and valid."""

import json
import re

import pytest

from analysis import DATA_DIR, export
from analysis.data import DataError


def test_committed_exports_equal_what_the_catalogue_produces():
    for relative, text in export.render_exports().items():
        committed = (DATA_DIR / relative).read_text(encoding="utf-8")
        assert committed == text, f"data/{relative} is out of date: run `python -m analysis.export`"


def test_committed_json_validates_against_the_pledge_schema():
    assert export.json_problems() == []


def test_json_records_are_typed_and_complete():
    document = json.loads((DATA_DIR / "exports" / "pledges.json").read_text(encoding="utf-8"))
    assert document["schema"] == "../schemas/pledges.json"
    assert "data/pledges.csv" in document["generated_from"]
    schema = json.loads((DATA_DIR / "schemas" / "pledges.json").read_text(encoding="utf-8"))
    names = [field["name"] for field in schema["fields"]]
    csv_rows = export.catalogue_rows()
    assert [r["pledge_id"] for r in document["records"]] == [r["pledge_id"] for r in csv_rows]
    for record in document["records"]:
        assert list(record) == names
        assert isinstance(record["chapter"], int)
        assert record["verdict_robustness"]
        assert record["outcome"] or record["claim_check"], record["pledge_id"]
    assert any(isinstance(r["target_value"], (int, float)) for r in document["records"])
    assert any(r["baseline_value"] is None for r in document["records"])


def test_a_changed_catalogue_changes_the_exports(data_copy):
    path = data_copy / "pledges.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("we are asking", "we ask", 1), encoding="utf-8")
    rendered = export.render_exports(data_copy)
    assert "we ask voters" in rendered["exports/pledges.csv"]
    assert "we ask voters" in json.loads(rendered["exports/pledges.json"])["records"][0]["gloss_en"]
    assert export.write_exports(data_copy) == ["exports/pledges.csv", "exports/pledges.json"]
    assert export.write_exports(data_copy) == []
    assert export.json_problems(data_dir=data_copy) == []


def test_a_bad_catalogue_row_is_refused_with_file_and_row(data_copy):
    path = data_copy / "pledges.csv"
    lines = path.read_text(encoding="utf-8").split("\n")
    lines[2] = lines[2].replace(",promise,", ",wish,", 1)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DataError, match=r"pledges.csv, row 3: kind 'wish'"):
        export.render_exports(data_copy)


@pytest.mark.parametrize(
    "breakage, message",
    [
        (lambda d: d["records"][1].update(chapter="two"), r"record 2, field chapter"),
        (lambda d: d["records"][0].update(outcome="sort of"), r"record 1, field outcome"),
        (lambda d: d["records"][3].update(pledge_id=d["records"][0]["pledge_id"]), r"record 4"),
        (lambda d: d["records"][0].update(indicator_id="no_such_series"), r"unknown indicator 'no_such_series'"),
        (lambda d: d["records"][2].pop("robustness_note"), r"record 3: keys differ .*robustness_note"),
        (lambda d: d.update(schema="pledges.json"), r"'schema' is 'pledges.json'"),
        (lambda d: d.pop("generated_from"), r"'generated_from' is missing"),
    ],
)
def test_a_broken_json_export_fails_validation(data_copy, breakage, message):
    path = data_copy / "exports" / "pledges.json"
    document = json.loads(path.read_text(encoding="utf-8"))
    breakage(document)
    path.write_text(json.dumps(document), encoding="utf-8")
    problems = export.json_problems(data_dir=data_copy)
    assert any(re.search(message, p) for p in problems), problems
