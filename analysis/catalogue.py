"""Validate ``data/datapackage.json`` (a Frictionless Data Package) and the files it describes.

The package lists every resource with its path, schema (a Table Schema, stored in ``data/schemas/``), sources and
licence. :func:`validate_package` runs the ``frictionless`` library over the package (header, types, constraints,
primary keys, foreign keys from every ``indicator_id`` to ``indicators.csv``, and the recorded sha256 of each raw
file) and adds the project's own rules that a Table Schema cannot express: every CSV in ``data/`` is described, every
resource names its sources and licence, every field has a description, and every raw file has a recorded hash.
Problems are collected and reported together, each naming the file, the row and the field.

The vocabularies (enums and patterns) and the columns of the schemas have one source of truth, the constants in
:mod:`analysis.data`, :mod:`analysis.pledges` and :mod:`analysis.feasibility`; :func:`render_schemas` writes them
into the schema files (``python -m analysis.catalogue --write-schemas``) and the tests fail if the committed schemas
differ.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
from pathlib import Path

from . import DATA_DIR

RESOURCE_KEYS = ("name", "path", "title", "description", "schema", "sources", "licenses")
"""What every resource must state, beyond what the Data Package profile requires."""


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


def _library_message(place: str, error) -> str:
    """One ``frictionless`` error as ``file, row N, field F: problem``."""
    where = place
    row = getattr(error, "row_number", None)
    if row is not None:
        where += f", row {row}"
    field = getattr(error, "field_name", None)
    if field:
        where += f", field {field}"
    value = f" {error.cell!r}" if getattr(error, "cell", None) is not None else ""
    message = f"{where}: {error.title}{value}: {error.note}" if error.note else f"{where}: {error.message}"
    if error.type == "hash-count":
        message += (
            "; raw data is immutable: if a correction is intended, record it and run "
            "`python -m analysis.catalogue --update-hashes`"
        )
    return message


def library_problems(data_dir: Path | None = None) -> list[str]:
    """What the ``frictionless`` library finds wrong with the package and its files (empty: valid)."""
    from frictionless import Package

    data_dir = Path(data_dir or DATA_DIR)
    try:
        report = Package(str(data_dir / "datapackage.json")).validate()
    except Exception as exc:  # the library raises on a descriptor it cannot read at all
        return [f"datapackage.json: {exc}"]
    problems = [_library_message("datapackage.json", error) for error in report.errors]
    for task in report.tasks:
        problems.extend(_library_message(str(task.place), error) for error in task.errors)
    return problems


def project_problems(data_dir: Path | None = None) -> list[str]:
    """The project's own rules, which a Table Schema cannot express (empty: all kept)."""
    data_dir = Path(data_dir or DATA_DIR)
    package = load_package(data_dir)
    problems = []
    for key in ("name", "title", "licenses", "resources"):
        if not package.get(key):
            problems.append(f"datapackage.json: package {key} is missing")
    described = set()
    for resource in package.get("resources", []):
        name = resource.get("name", "<unnamed>")
        missing = [key for key in RESOURCE_KEYS if not resource.get(key)]
        problems.extend(f"datapackage.json: resource {name}: {key} is missing" for key in missing)
        for source in resource.get("sources", []):
            if not source.get("title") or not (source.get("path") or source.get("description")):
                problems.append(f"datapackage.json: resource {name}: a source needs a title and a path or description")
        schema = resource.get("schema")
        for field in schema.get("fields", []) if isinstance(schema, dict) else []:
            if not field.get("description"):
                problems.append(f"datapackage.json: {name}.{field.get('name')}: field has no description")
        if is_raw(resource) and "hash" not in resource:
            problems.append(f"{resource['path']}: raw data without a recorded hash in datapackage.json")
        if resource.get("path"):
            described.add((data_dir / resource["path"]).resolve())
    for csv_path in sorted(data_dir.rglob("*.csv")):
        if csv_path.resolve() not in described:
            problems.append(f"{csv_path.relative_to(data_dir)}: CSV file not described in datapackage.json")
    return problems


def validate_package(data_dir: Path | None = None) -> list[str]:
    """All problems of the data package: the library's findings, then the project's own rules; empty means valid."""
    return library_problems(data_dir) + project_problems(data_dir)


# --- one source of truth for the vocabularies ----------------------------------------------------------------------


def _pattern(regex: re.Pattern) -> str:
    """A Python regex anchored with ``^...$`` as a Table Schema pattern (which always matches the whole value)."""
    text = regex.pattern
    if not (text.startswith("^") and text.endswith("$")):
        raise CatalogueError(f"pattern {text!r} must be anchored with ^ and $ to be written into a schema")
    return text[1:-1]


def schema_rules() -> dict[str, tuple[tuple[str, ...], tuple[str, ...], dict[str, tuple[str, ...] | str]]]:
    """What the Python constants decide in each schema file: ``(columns in order, required columns, vocabulary)``,
    where the vocabulary maps a field to its allowed values (an ``enum``) or to its ``pattern``."""
    from . import data, feasibility, pledges, timeline

    return {
        "schemas/indicators.json": (data.INDICATOR_COLUMNS, data.INDICATOR_COLUMNS, {}),
        "schemas/observations.json": (
            data.OBSERVATION_COLUMNS,
            data.REQUIRED,
            {"period": _pattern(data.PERIOD_RE), "qualifier": data.QUALIFIERS, "published": _pattern(data.PUBLISHED_RE), "retrieved": _pattern(data.DATE_RE),
             "status": data.STATUSES, "confidence": data.CONFIDENCES},
        ),
        "schemas/steps.json": (
            timeline.STEP_COLUMNS,
            tuple(c for c in timeline.STEP_COLUMNS if c not in timeline.OPTIONAL),
            {"pledge_id": _pattern(pledges.ID_RE), "step": timeline.STEPS, "date": _pattern(data.PUBLISHED_RE),
             "published": _pattern(data.PUBLISHED_RE), "confidence": data.CONFIDENCES},
        ),
        "schemas/pledges.json": (
            pledges.COLUMNS,
            pledges.REQUIRED,
            {
                "pledge_id": _pattern(pledges.ID_RE),
                "source_doc": pledges.SOURCE_DOCS,
                "kind": feasibility.KINDS,
                "implementation_status": feasibility.IMPLEMENTATION_SCALE,
                "status_evidence_date": _pattern(pledges.DATE_RE),
                "outcome": feasibility.OUTCOME_SCALE,
                "feasibility": feasibility.FEASIBILITY_SCALE,
                "claim_check": feasibility.CLAIM_SCALE,
                "verdict_robustness": feasibility.ROBUSTNESS_SCALE,
            },
        ),
    }


def dump_schema(schema: dict) -> str:
    """A schema as the committed files write it: one field per line, keys in the given order."""
    parts = []
    for key, value in schema.items():
        if key == "fields":
            inner = ",\n".join("    " + json.dumps(field, ensure_ascii=False) for field in value)
            parts.append(f'  "fields": [\n{inner}\n  ]')
        else:
            parts.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(parts) + "\n}\n"


def render_schemas(data_dir: Path | None = None) -> dict[str, str]:
    """The text of each schema file with columns, ``required`` flags, enums and patterns taken from the Python
    constants; everything else (types, descriptions, keys) as committed."""
    data_dir = Path(data_dir or DATA_DIR)
    rendered = {}
    for relative, (columns, required, vocabulary) in schema_rules().items():
        path = data_dir / relative
        schema = json.loads(path.read_text(encoding="utf-8"))
        names = [field["name"] for field in schema["fields"]]
        if tuple(names) != tuple(columns):
            raise CatalogueError(
                f"{relative}: fields {names} differ from the columns in Python {list(columns)}; "
                "add or move the field by hand (with type and description), then write the schemas again"
            )
        for field in schema["fields"]:
            constraints = dict(field.get("constraints", {}))
            constraints.pop("required", None)
            if field["name"] in required:
                constraints = {"required": True, **constraints}
            rule = vocabulary.get(field["name"])
            if isinstance(rule, str):
                constraints["pattern"] = rule
            elif rule is not None:
                constraints["enum"] = list(rule)
            if constraints:
                field["constraints"] = constraints
            else:
                field.pop("constraints", None)
        rendered[relative] = dump_schema(schema)
    return rendered


def write_schemas(data_dir: Path | None = None) -> list[str]:
    """Write :func:`render_schemas` into the schema files; returns the files that changed."""
    data_dir = Path(data_dir or DATA_DIR)
    changed = []
    for relative, text in render_schemas(data_dir).items():
        path = data_dir / relative
        if path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(relative)
    return changed


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


if __name__ == "__main__":  # python -m analysis.catalogue [--write-schemas] [--update-hashes]
    import sys

    if "--write-schemas" in sys.argv:
        for written in write_schemas():
            print(f"wrote {written}")
    if "--update-hashes" in sys.argv:
        update_hashes()
    found = validate_package()
    print("\n".join(found) if found else "data package valid")
    sys.exit(1 if found else 0)
