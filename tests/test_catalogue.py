"""The data package describes every file; the frictionless library and the project's own rules accept it and catch
each kind of break; the schemas' vocabularies are the Python constants."""

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from analysis import ROOT, catalogue, data, feasibility, pledges
from analysis.catalogue import (
    library_problems,
    load_package,
    project_problems,
    render_schemas,
    resources_table,
    validate_package,
    write_schemas,
)


def edit_package(data_dir: Path, change) -> None:
    """Apply ``change(descriptor)`` to the copy's ``datapackage.json`` and write it back."""
    path = data_dir / "datapackage.json"
    package = json.loads(path.read_text(encoding="utf-8"))
    change(package)
    path.write_text(json.dumps(package, indent=2, ensure_ascii=False), encoding="utf-8")


def edit_csv(path: Path, change) -> None:
    """Apply ``change(rows)`` (header first) to a CSV file of the copy."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, lineterminator="\n").writerows(rows)


def resource(package: dict, name: str) -> dict:
    return next(r for r in package["resources"] if r["name"] == name)


# --- the real package ------------------------------------------------------------------------------------------------


def test_the_real_package_is_valid():
    assert validate_package() == []


def test_the_frictionless_command_accepts_the_package():
    command = [str(Path(sys.executable).with_name("frictionless")), "validate", "datapackage.json"]
    result = subprocess.run(command, cwd=ROOT / "data", capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


def test_every_indicator_column_is_a_foreign_key_to_the_indicator_catalogue():
    package = load_package()
    with_indicator = [r for r in package["resources"] if r["name"] != "indicators"
                      and "indicator_id" in [f["name"] for f in r["schema"]["fields"]]]
    assert {r["name"] for r in with_indicator} >= {"pledges"} | {
        r["name"] for r in package["resources"] if catalogue.is_raw(r)
    }
    for r in with_indicator:
        assert {"fields": ["indicator_id"], "reference": {"resource": "indicators", "fields": ["indicator_id"]}} in r[
            "schema"
        ].get("foreignKeys", []), r["name"]


def test_resources_table_counts_the_rows_the_loaders_return():
    table = resources_table().set_index("resource")
    assert table.at["pledges", "rows"] == len(pledges.load_pledges())
    assert table.at["indicators", "rows"] == len(data.read_indicators())
    raw = [r["name"] for r in load_package()["resources"] if catalogue.is_raw(r)]
    assert table.loc[raw, "rows"].sum() == len(data.load_observations())
    assert set(table["file"]) == {"data/" + r["path"] for r in load_package()["resources"]}


# --- the library catches broken data (a temporary copy) ---------------------------------------------------------------


def test_broken_foreign_key_in_observations_is_reported(data_copy):
    edit_csv(data_copy / "observations" / "prices.csv", lambda rows: rows[1].__setitem__(0, "cpi_indx"))
    problems = library_problems(data_copy)
    assert any(p.startswith("observations/prices.csv, row 2") and "foreign" in p.lower() for p in problems), problems


def test_broken_foreign_key_in_pledges_is_reported_and_empty_keys_are_allowed(data_copy):
    def change(rows):
        column = rows[0].index("indicator_id")
        assert any(row[column] == "" for row in rows[1:])  # empty keys exist and must stay valid
        rows[2][column] = "no_such_indicator"

    edit_csv(data_copy / "pledges.csv", change)
    problems = library_problems(data_copy)
    assert len(problems) == 1 and problems[0].startswith("pledges.csv, row 3") and "foreign" in problems[0].lower()


def test_broken_enum_is_reported(data_copy):
    path = data_copy / "pledges.csv"

    def change(rows):
        rows[1][rows[0].index("outcome")] = "achieved"

    edit_csv(path, change)
    problems = library_problems(data_copy)
    assert any(p.startswith("pledges.csv, row 2, field outcome") and "enum" in p for p in problems), problems


def test_broken_pattern_type_and_primary_key_are_reported(data_copy):
    def change(rows):
        rows[1][rows[0].index("period")] = "2019-13-01"
        rows[2][rows[0].index("value")] = "1.234,5"

    edit_csv(data_copy / "observations" / "prices.csv", change)
    edit_csv(data_copy / "indicators.csv", lambda rows: rows.append(list(rows[1])))
    problems = library_problems(data_copy)
    assert any(p.startswith("observations/prices.csv, row 2, field period") and "pattern" in p for p in problems)
    assert any(p.startswith("observations/prices.csv, row 3, field value") for p in problems)
    assert any(p.startswith(f"indicators.csv, row {len(data.read_indicators()) + 2}") and "primary" in p.lower()
               for p in problems)


def test_changed_raw_file_is_reported_against_its_hash(data_copy):
    path = data_copy / "observations" / "housing_population.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("2121", "2122", 1), encoding="utf-8")
    problems = validate_package(data_copy)
    assert any(p.startswith("observations/housing_population.csv") and "--update-hashes" in p for p in problems)


def test_missing_resource_file_is_reported(data_copy):
    (data_copy / "observations" / "elections.csv").unlink()
    assert any(p.startswith("observations/elections.csv") for p in library_problems(data_copy))


# --- the project's own rules ---------------------------------------------------------------------------------------


def test_undescribed_csv_is_reported(data_copy):
    (data_copy / "observations" / "extra.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert project_problems(data_copy) == ["observations/extra.csv: CSV file not described in datapackage.json"]


def test_raw_file_without_hash_is_reported(data_copy):
    edit_package(data_copy, lambda p: resource(p, "observations-elections").pop("hash"))
    assert project_problems(data_copy) == [
        "observations/elections.csv: raw data without a recorded hash in datapackage.json"
    ]


def test_resource_without_sources_or_licence_is_reported(data_copy):
    def change(package):
        resource(package, "observations-prices")["sources"] = []
        resource(package, "pledges")["licenses"] = []

    edit_package(data_copy, change)
    problems = project_problems(data_copy)
    assert "datapackage.json: resource observations-prices: sources is missing" in problems
    assert "datapackage.json: resource pledges: licenses is missing" in problems


def test_field_without_description_is_reported(data_copy):
    path = data_copy / "schemas" / "indicators.json"
    schema = json.loads(path.read_text(encoding="utf-8"))
    del schema["fields"][1]["description"]
    path.write_text(json.dumps(schema), encoding="utf-8")
    assert "datapackage.json: indicators.label: field has no description" in project_problems(data_copy)


def test_update_hashes_records_a_deliberate_change(data_copy):
    path = data_copy / "observations" / "prices.csv"
    path.write_text(path.read_text(encoding="utf-8").replace(",91.7,", ",91.8,", 1), encoding="utf-8")
    assert any("Hash Count" in p for p in validate_package(data_copy))
    catalogue.update_hashes(data_copy)
    assert resource(json.loads((data_copy / "datapackage.json").read_text()), "observations-prices")["hash"] == (
        catalogue.file_hash(path)
    )
    assert not any("hash" in p.lower() for p in validate_package(data_copy))


# --- one source of truth for the vocabularies ------------------------------------------------------------------------


def test_committed_schemas_are_the_generated_ones():
    for relative, text in render_schemas().items():
        committed = (catalogue.DATA_DIR / relative).read_text(encoding="utf-8")
        assert committed == text, f"data/{relative} differs from the Python constants: run " \
                                  "`python -m analysis.catalogue --write-schemas`"


VOCABULARIES = [
    ("observations", "status", data.STATUSES),
    ("observations", "confidence", data.CONFIDENCES),
    ("pledges", "source_doc", pledges.SOURCE_DOCS),
    ("pledges", "kind", feasibility.KINDS),
    ("pledges", "implementation_status", feasibility.IMPLEMENTATION_SCALE),
    ("pledges", "outcome", feasibility.OUTCOME_SCALE),
    ("pledges", "feasibility", feasibility.FEASIBILITY_SCALE),
    ("pledges", "claim_check", feasibility.CLAIM_SCALE),
    ("pledges", "verdict_robustness", feasibility.ROBUSTNESS_SCALE),
]
PATTERNS = [
    ("observations", "period", data.PERIOD_RE),
    ("pledges", "pledge_id", pledges.ID_RE),
    ("pledges", "status_evidence_date", pledges.DATE_RE),
]


def schema_field(schema: str, name: str) -> dict:
    fields = json.loads((catalogue.DATA_DIR / "schemas" / f"{schema}.json").read_text(encoding="utf-8"))["fields"]
    return next(f for f in fields if f["name"] == name)


@pytest.mark.parametrize(("schema", "name", "values"), VOCABULARIES, ids=[f"{s}.{n}" for s, n, _ in VOCABULARIES])
def test_schema_enum_is_the_python_vocabulary(schema, name, values):
    assert schema_field(schema, name)["constraints"]["enum"] == list(values)


@pytest.mark.parametrize(("schema", "name", "regex"), PATTERNS, ids=[f"{s}.{n}" for s, n, _ in PATTERNS])
def test_schema_pattern_accepts_and_refuses_what_python_does(schema, name, regex):
    pattern = re.compile("^" + schema_field(schema, name)["constraints"]["pattern"] + "$")
    samples = ["2019", "2019-12-31", "2019-13-01", "2019-02-32", "19", "2019-1-1", "ch02-p01", "ch13-p01", "ch2-p01",
               "ch00-p01", "ch12-p99", "ch02-p1", " ch02-p01"]
    assert [bool(pattern.match(s)) for s in samples] == [bool(regex.match(s)) for s in samples]


def test_schema_columns_and_required_flags_are_the_python_ones():
    for schema, columns, required in (
        ("indicators", data.INDICATOR_COLUMNS, data.INDICATOR_COLUMNS),
        ("observations", data.OBSERVATION_COLUMNS, data.REQUIRED),
        ("pledges", pledges.COLUMNS, pledges.REQUIRED),
    ):
        fields = json.loads((catalogue.DATA_DIR / "schemas" / f"{schema}.json").read_text(encoding="utf-8"))["fields"]
        assert [f["name"] for f in fields] == list(columns), schema
        assert [f["name"] for f in fields if f.get("constraints", {}).get("required")] == [
            c for c in columns if c in required
        ], schema


def test_write_schemas_carries_a_new_vocabulary_value_into_the_schema(data_copy, monkeypatch):
    monkeypatch.setattr(feasibility, "CLAIM_SCALE", feasibility.CLAIM_SCALE + ("misleading",))
    assert write_schemas(data_copy) == ["schemas/pledges.json"]
    fields = json.loads((data_copy / "schemas" / "pledges.json").read_text(encoding="utf-8"))["fields"]
    assert next(f for f in fields if f["name"] == "claim_check")["constraints"]["enum"][-1] == "misleading"
    assert write_schemas(data_copy) == []


def test_a_schema_field_python_does_not_know_is_refused(data_copy, monkeypatch):
    monkeypatch.setattr(pledges, "COLUMNS", pledges.COLUMNS + ("extra",))
    with pytest.raises(catalogue.CatalogueError, match=r"schemas/pledges\.json: fields .* differ"):
        render_schemas(data_copy)


def test_an_unanchored_python_pattern_is_refused():
    with pytest.raises(catalogue.CatalogueError, match="must be anchored"):
        catalogue._pattern(re.compile(r"\d{4}"))


def readme_rows() -> dict[str, str]:
    """The column tables of data/README.md: each column named in a row's first cell, mapped to the row's text."""
    rows = {}
    for line in (catalogue.DATA_DIR / "README.md").read_text(encoding="utf-8").splitlines():
        if line.startswith("| `"):
            first, rest = line[1:].split("|", 1)
            for name in re.findall(r"`([a-z_]+)`", first):
                rows.setdefault(name, rest)
    return rows


def test_data_readme_describes_every_column():
    described = readme_rows()
    missing = [c for c in data.OBSERVATION_COLUMNS + pledges.COLUMNS if c not in described]
    assert not missing, f"data/README.md has no row for {missing}"


@pytest.mark.parametrize(("schema", "name", "values"), VOCABULARIES, ids=[f"{s}.{n}" for s, n, _ in VOCABULARIES])
def test_data_readme_lists_the_python_vocabulary(schema, name, values):
    listed = re.findall(r"`([^`]+)`", readme_rows()[name])
    assert [v for v in listed if v in values] == list(values), f"data/README.md row {name} lists {listed}"
