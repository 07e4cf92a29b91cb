"""The data package describes every file, and every file matches its schema and recorded hash."""

import json

from analysis.catalogue import load_package, resources_table, validate_package


def test_the_real_package_is_valid():
    assert validate_package() == []


def test_every_resource_has_sources_licence_and_described_fields():
    package = load_package()
    for resource in package["resources"]:
        assert resource["sources"] and resource["licenses"], resource["name"]
        assert all(field.get("description") for field in resource["schema"]["fields"]), resource["name"]
        if resource["path"].startswith("observations/"):
            assert resource["hash"].startswith("sha256:"), resource["name"]


def test_undescribed_csv_is_reported(data_copy):
    (data_copy / "observations" / "extra.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    assert any("extra.csv: CSV file not described" in p for p in validate_package(data_copy))


def test_changed_raw_file_is_reported(data_copy):
    path = data_copy / "observations" / "housing_population.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("2121", "2122", 1), encoding="utf-8")
    problems = validate_package(data_copy)
    assert any("differs from the hash" in p for p in problems)


def test_cell_type_and_enum_violations_are_reported(data_copy):
    path = data_copy / "pledges.csv"
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace("ch0", "chX", 1)
    path.write_text("".join(lines), encoding="utf-8")
    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        resource.pop("hash", None)
    (data_copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    problems = validate_package(data_copy)
    assert any("pledges.csv, row 2, field pledge_id" in p and "does not match pattern" in p for p in problems)


def test_raw_file_without_hash_is_reported(data_copy):
    package = json.loads((data_copy / "datapackage.json").read_text(encoding="utf-8"))
    package["resources"][1].pop("hash")
    (data_copy / "datapackage.json").write_text(json.dumps(package), encoding="utf-8")
    assert any("raw data without a recorded hash" in p for p in validate_package(data_copy))


def test_missing_resource_file_is_reported(data_copy):
    (data_copy / "observations" / "elections.csv").unlink()
    assert any("elections.csv: described in datapackage.json but missing" in p for p in validate_package(data_copy))


def test_resources_table_counts_rows():
    table = resources_table()
    assert set(table.columns) >= {"resource", "file", "rows", "licence"}
    assert (table["rows"] > 0).all()
