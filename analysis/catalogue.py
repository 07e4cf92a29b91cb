"""Validate ``data/datapackage.json`` (a Frictionless Data Package) and the files it describes.

The package lists every resource with its path, schema (a Table Schema, stored in ``data/schemas/``), sources and
licence. :func:`validate_package` checks that every CSV in ``data/`` is described, that every described file exists
with the declared header, and that every cell matches its field's type and constraints. Problems are collected
and reported together, each naming the file, the row and the field.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

from . import DATA_DIR

TYPES = ("string", "integer", "number", "date", "year")
_CHECKS = {
    "integer": re.compile(r"^-?\d+$"),
    "number": re.compile(r"^-?\d+(\.\d+)?$"),
    "date": re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$"),
    "year": re.compile(r"^\d{4}$"),
}


class CatalogueError(ValueError):
    """The data package or a file it describes breaks a rule."""


def load_package(data_dir: Path | None = None) -> dict:
    """Read ``datapackage.json`` and resolve each resource's schema (inline or a path to a JSON file)."""
    data_dir = Path(data_dir or DATA_DIR)
    path = data_dir / "datapackage.json"
    try:
        package = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise CatalogueError(f"{path}: cannot read the data package ({exc})") from exc
    for resource in package.get("resources", []):
        schema = resource.get("schema")
        if isinstance(schema, str):
            schema_path = data_dir / schema
            try:
                resource["schema"] = json.loads(schema_path.read_text(encoding="utf-8"))
            except (OSError, json.JSONDecodeError) as exc:
                raise CatalogueError(f"{schema_path}: cannot read schema of {resource.get('name')} ({exc})") from exc
    return package


def file_hash(path: Path) -> str:
    """``sha256:<hex>`` of a file's bytes, as Frictionless writes it."""
    return "sha256:" + hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _cell_problem(value: str, field: dict) -> str | None:
    constraints = field.get("constraints", {})
    if value == "":
        return "required value is empty" if constraints.get("required") else None
    kind = field.get("type", "string")
    if kind in _CHECKS and not _CHECKS[kind].match(value):
        return f"{value!r} is not of type {kind}"
    if "enum" in constraints and value not in constraints["enum"]:
        return f"{value!r} is not one of {constraints['enum']}"
    if "pattern" in constraints and not re.fullmatch(constraints["pattern"], value):
        return f"{value!r} does not match pattern {constraints['pattern']!r}"
    if kind in ("integer", "number"):
        number = float(value)
        if "minimum" in constraints and number < constraints["minimum"]:
            return f"{value} is below the minimum {constraints['minimum']}"
        if "maximum" in constraints and number > constraints["maximum"]:
            return f"{value} is above the maximum {constraints['maximum']}"
    return None


def validate_resource(resource: dict, data_dir: Path) -> list[str]:
    """Problems of one resource: metadata, header, cells, primary key and hash."""
    name = resource.get("name", "<unnamed>")
    problems = []
    for key in ("name", "path", "title", "description", "schema", "sources", "licenses"):
        if not resource.get(key):
            problems.append(f"datapackage.json: resource {name}: {key} is missing")
    if problems:
        return problems
    for source in resource["sources"]:
        if not source.get("title") or not (source.get("path") or source.get("description")):
            problems.append(f"datapackage.json: resource {name}: a source needs a title and a path or description")
    path = data_dir / resource["path"]
    if not path.exists():
        return problems + [f"{resource['path']}: described in datapackage.json but missing"]
    fields = resource["schema"].get("fields", [])
    for field in fields:
        if field.get("type", "string") not in TYPES:
            problems.append(f"datapackage.json: {name}.{field.get('name')}: unsupported type {field.get('type')!r}")
        if not field.get("description"):
            problems.append(f"datapackage.json: {name}.{field.get('name')}: field has no description")
    names = [f["name"] for f in fields]
    key = resource["schema"].get("primaryKey", [])
    key = [key] if isinstance(key, str) else key
    seen: dict[tuple, int] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader, [])
        if header != names:
            return problems + [f"{resource['path']}, row 1: header {header} differs from the schema's fields {names}"]
        for record in reader:
            line = reader.line_num
            if len(record) != len(names):
                problems.append(f"{resource['path']}, row {line}: {len(record)} fields, expected {len(names)}")
                continue
            for value, field in zip(record, fields):
                problem = _cell_problem(value, field)
                if problem:
                    problems.append(f"{resource['path']}, row {line}, field {field['name']}: {problem}")
            if key:
                ident = tuple(record[names.index(k)] for k in key)
                if ident in seen:
                    problems.append(f"{resource['path']}, row {line}: primary key {ident} repeats row {seen[ident]}")
                seen[ident] = line
    if is_raw(resource) and "hash" not in resource:
        problems.append(f"{resource['path']}: raw data without a recorded hash in datapackage.json")
    elif "hash" in resource and resource["hash"] != file_hash(path):
        problems.append(
            f"{resource['path']}: content differs from the hash in datapackage.json; raw data is immutable: "
            "if a correction is intended, record it and update the hash"
        )
    return problems


def validate_package(data_dir: Path | None = None) -> list[str]:
    """All problems of the data package; an empty list means valid."""
    data_dir = Path(data_dir or DATA_DIR)
    package = load_package(data_dir)
    problems = []
    for key in ("name", "title", "licenses", "resources"):
        if not package.get(key):
            problems.append(f"datapackage.json: package {key} is missing")
    described = set()
    for resource in package.get("resources", []):
        problems.extend(validate_resource(resource, data_dir))
        if resource.get("path"):
            described.add((data_dir / resource["path"]).resolve())
    for csv_path in sorted(data_dir.rglob("*.csv")):
        if csv_path.resolve() not in described:
            problems.append(f"{csv_path.relative_to(data_dir)}: CSV file not described in datapackage.json")
    return problems


def resources_table(data_dir: Path | None = None):
    """One row per resource (name, title, path, rows, sources, licence) for the book's data page."""
    import pandas as pd

    data_dir = Path(data_dir or DATA_DIR)
    package = load_package(data_dir)
    rows = []
    for resource in package["resources"]:
        with (data_dir / resource["path"]).open(encoding="utf-8", newline="") as handle:
            count = sum(1 for _ in csv.reader(handle)) - 1
        rows.append(
            {
                "resource": resource["name"],
                "title": resource["title"],
                "file": "data/" + resource["path"],
                "rows": count,
                "licence": ", ".join(lic.get("name", lic.get("title", "")) for lic in resource["licenses"]),
            }
        )
    return pd.DataFrame(rows)


def is_raw(resource: dict) -> bool:
    """Raw figures as recorded from sources (``observations/``): immutable, guarded by a recorded hash."""
    return str(resource.get("path", "")).startswith("observations/")


def update_hashes(data_dir: Path | None = None) -> None:
    """Write the current sha256 of every raw resource into ``datapackage.json`` (after a deliberate change)."""
    data_dir = Path(data_dir or DATA_DIR)
    path = data_dir / "datapackage.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    for resource in raw["resources"]:
        if is_raw(resource):
            resource["hash"] = file_hash(data_dir / resource["path"])
    path.write_text(json.dumps(raw, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":  # python -m analysis.catalogue [--update-hashes]
    import sys

    if "--update-hashes" in sys.argv:
        update_hashes()
    found = validate_package()
    print("\n".join(found) if found else "data package valid")
    sys.exit(1 if found else 0)
