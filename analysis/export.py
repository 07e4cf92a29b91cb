"""The pledge catalogue as machine-readable results for reuse: ``data/exports/pledges.csv`` and ``pledges.json``.

Both files carry every column of the catalogue (quote and gloss, target, indicator, implementation status with its
dated evidence, the outcome and feasibility ratings or the claim check, the robustness of the rating and the notes),
in the column order of the Table Schema ``data/schemas/pledges.json``, one record per pledge in catalogue order. They
are derived, never edited by hand: ``python -m analysis.export`` rewrites them from ``data/pledges.csv`` after the
catalogue has passed :func:`analysis.pledges.load_pledges`, and the tests fail if the committed files differ from
what :func:`render_exports` produces.

The JSON file is an object with ``schema`` (the path of the Table Schema, relative to the JSON file, as Frictionless
resolves paths), ``generated_from`` (where the records come from), ``license`` and ``records``: one object per pledge
with typed values (integers and numbers as JSON numbers, an empty cell as ``null``).
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from . import DATA_DIR

EXPORT_DIR = "exports"
"""The folder below ``data/`` that holds the exports."""

SCHEMA = "schemas/pledges.json"
"""The Table Schema of the catalogue and of both exports, relative to ``data/``."""

GENERATED_FROM = (
    "data/pledges.csv (the pledge catalogue of the Dortmund programme check), written by `python -m analysis.export`; "
    "do not edit by hand"
)
LICENSE = {"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/"}


def _schema_fields(data_dir: Path) -> list[dict]:
    path = data_dir / SCHEMA
    try:
        return json.loads(path.read_text(encoding="utf-8"))["fields"]
    except (OSError, json.JSONDecodeError, KeyError) as exc:
        raise ValueError(f"{path}: cannot read the fields of the pledge schema ({exc})") from exc


def _typed(text: str, kind: str, *, where: str):
    """One CSV cell as a JSON value of the schema's type: ``""`` -> ``None``; integers and numbers as numbers."""
    if text == "":
        return None
    try:
        if kind == "integer":
            return int(text)
        if kind == "number":
            return int(text) if text.lstrip("-").isdigit() else float(text)
    except ValueError:
        raise ValueError(f"{where}: {text!r} is not a {kind}") from None
    return text


def catalogue_rows(data_dir: Path | None = None) -> list[dict[str, str]]:
    """The catalogue's rows as text, in file order, after the catalogue passed validation (a bad row raises
    :class:`analysis.data.DataError` naming file, row and problem)."""
    from .data import _read_csv
    from .pledges import COLUMNS, load_pledges

    data_dir = Path(data_dir or DATA_DIR)
    path = data_dir / "pledges.csv"
    load_pledges(path)
    return [row for _, row in _read_csv(path, COLUMNS)]


def records(data_dir: Path | None = None) -> list[dict]:
    """One typed record per pledge, keys in the schema's field order."""
    data_dir = Path(data_dir or DATA_DIR)
    return _records(catalogue_rows(data_dir), _schema_fields(data_dir), data_dir)


def _records(rows: list[dict[str, str]], fields: list[dict], data_dir: Path) -> list[dict]:
    out = []
    for line, row in enumerate(rows, start=2):
        missing = [f["name"] for f in fields if f["name"] not in row]
        if missing:
            raise ValueError(f"{data_dir / 'pledges.csv'}, row {line}: no column for schema fields {missing}")
        where = f"{data_dir / 'pledges.csv'}, row {line}"
        out.append({f["name"]: _typed(row[f["name"]], f["type"], where=f"{where}, {f['name']}") for f in fields})
    return out


def render_exports(data_dir: Path | None = None) -> dict[str, str]:
    """The text of each export file, keyed by its path relative to ``data/`` (``exports/pledges.csv``, ``.json``)."""
    data_dir = Path(data_dir or DATA_DIR)
    fields = _schema_fields(data_dir)
    rows = catalogue_rows(data_dir)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[f["name"] for f in fields], lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    document = {
        "schema": "../" + SCHEMA,
        "generated_from": GENERATED_FROM,
        "license": LICENSE,
        "records": _records(rows, fields, data_dir),
    }
    return {
        f"{EXPORT_DIR}/pledges.csv": buffer.getvalue(),
        f"{EXPORT_DIR}/pledges.json": json.dumps(document, indent=2, ensure_ascii=False) + "\n",
    }


def write_exports(data_dir: Path | None = None) -> list[str]:
    """Write the export files; returns the paths (relative to ``data/``) whose content changed."""
    data_dir = Path(data_dir or DATA_DIR)
    changed = []
    for relative, text in render_exports(data_dir).items():
        path = data_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.write_text(text, encoding="utf-8")
            changed.append(relative)
    return changed


def json_problems(path: Path | None = None, data_dir: Path | None = None) -> list[str]:
    """What is wrong with an exported JSON file (empty: valid): its ``schema`` reference, and every record checked
    by ``frictionless`` against the Table Schema (types, enums, patterns, required fields, the primary key) and
    every ``indicator_id`` against ``indicators.csv``; each problem names the file, the record and the field."""
    from frictionless import Resource, Schema

    data_dir = Path(data_dir or DATA_DIR)
    path = Path(path) if path else data_dir / EXPORT_DIR / "pledges.json"
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        return [f"{path}: cannot read the export ({exc})"]
    problems = []
    if (path.parent / str(document.get("schema", ""))).resolve() != (data_dir / SCHEMA).resolve():
        problems.append(f"{path}: 'schema' is {document.get('schema')!r}, not the path of {SCHEMA} from this file")
    for key in ("generated_from", "records"):
        if not document.get(key):
            problems.append(f"{path}: {key!r} is missing")
    descriptor = json.loads((data_dir / SCHEMA).read_text(encoding="utf-8"))
    descriptor.pop("foreignKeys", None)  # checked below: the indicators are not part of this file
    schema = Schema.from_descriptor(descriptor)
    names = [field.name for field in schema.fields]
    rows, numbers = [], []
    for number, record in enumerate(document.get("records") or [], start=1):
        if not isinstance(record, dict) or set(record) != set(names):
            extra = sorted(set(record) - set(names)) if isinstance(record, dict) else []
            missing = sorted(set(names) - set(record)) if isinstance(record, dict) else names
            problems.append(f"{path}, record {number}: keys differ from the schema (missing {missing}, extra {extra})")
            continue
        rows.append([record[name] for name in names])
        numbers.append(number)
    report = Resource(data=[names, *rows], schema=schema).validate()
    for task in report.tasks:
        for error in task.errors:
            row_number = getattr(error, "row_number", None)
            where = f"{path}, record {numbers[row_number - 2]}" if row_number else str(path)
            field = f", field {error.field_name}" if getattr(error, "field_name", None) else ""
            problems.append(f"{where}{field}: {error.message}")
    problems.extend(f"{path}: {error.message}" for error in report.errors)
    from .data import read_indicators

    known = set(read_indicators(data_dir / "indicators.csv").index)
    for number, row in zip(numbers, rows):
        indicator = row[names.index("indicator_id")]
        if indicator and indicator not in known:
            problems.append(f"{path}, record {number}, field indicator_id: unknown indicator {indicator!r}")
    return problems


if __name__ == "__main__":  # python -m analysis.export
    written = write_exports()
    print("\n".join(f"wrote data/{p}" for p in written) if written else "exports up to date")
