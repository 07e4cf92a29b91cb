"""Load and validate the sourced figures in ``data/``.

Every figure lives in a topic file ``data/observations/<topic>.csv``, one row per value with its source. Indicators
are declared once in ``data/indicators.csv``. :func:`load_series` returns one clean annual series for an indicator,
geography and definition, with the rows (and so the sources) behind it.

Bad input is refused with a :class:`DataError` that names the file, the row (the line number in the CSV file, the
header being line 1) and the problem. Nothing is dropped silently: a row is either valid or the load fails.
"""

from __future__ import annotations

import calendar
import csv
import difflib
import math
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import DATA_DIR

OBSERVATION_COLUMNS = (
    "indicator_id",
    "geography",
    "definition",
    "period",
    "value",
    "qualifier",
    "unit",
    "status",
    "note",
    "source_publisher",
    "source_title",
    "source_url",
    "locator",
    "published",
    "retrieved",
    "undated_reason",
    "confidence",
)
INDICATOR_COLUMNS = ("indicator_id", "label", "unit", "description")
OPTIONAL = ("note", "qualifier", "published", "undated_reason")
REQUIRED = tuple(c for c in OBSERVATION_COLUMNS if c not in OPTIONAL)
SOURCE_COLUMNS = ("source_publisher", "source_title", "source_url", "locator")
STATUSES = ("primary", "alternative")
CONFIDENCES = ("high", "medium", "low")
PERIOD_RE = re.compile(r"^(\d{4})(-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01]))?$")
NUMBER_RE = re.compile(r"^-?\d+(\.\d+)?$")
QUALIFIERS = ("over", "at least", "under", "at most")
"""A published bound ("über 17 %" is ``over`` 17): the value is a bound, never the figure itself. Empty = exact."""
PUBLISHED_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
"""When the source was published or released: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source shows."""
DATE_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$")
"""``retrieved``: the day the figure was read from its source and recorded here (YYYY-MM-DD)."""
ELECTION_DAY = "2020-09-13"
"""The day of the 2020 council election: ex-ante forecasts use the data as known on this day."""


def published_range(text: str) -> tuple[str, str]:
    """The first and the last day (YYYY-MM-DD) that a ``published`` date of any precision covers.

    ``"2020"`` covers 2020-01-01 to 2020-12-31, ``"2020-02"`` the days of February 2020, a full date itself.
    """
    if not PUBLISHED_RE.match(text or ""):
        raise ValueError(f"published {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = text.split("-")
    if len(parts) == 3:
        return text, text
    if len(parts) == 2:
        year, month = int(parts[0]), int(parts[1])
        last = calendar.monthrange(year, month)[1]
        return f"{text}-01", f"{text}-{last:02d}"
    return f"{text}-01-01", f"{text}-12-31"


def known_by(published: str, day: str) -> bool:
    """Whether a source published at ``published`` (any precision) was out on ``day`` (YYYY-MM-DD).

    A date known only to the month or the year counts from the end of that month or year: a source published
    "2020" is not taken as known in September 2020. An empty ``published`` is never known by a date.
    """
    if not published:
        return False
    return published_range(published)[1] <= day


class DataError(ValueError):
    """A data file breaks a rule; the message names the file, the row and the problem."""

    def __init__(self, path: Path | str, row: int | None, problem: str):
        self.path = str(path)
        self.row = row
        self.problem = problem
        where = f"{self.path}, row {row}" if row is not None else self.path
        super().__init__(f"{where}: {problem}")


def _relative(path: Path) -> str:
    path = Path(path)
    try:
        return str(path.resolve().relative_to(DATA_DIR.parent))
    except ValueError:
        return str(path)


def _read_csv(path: Path, columns: tuple[str, ...]) -> list[tuple[int, dict[str, str]]]:
    """Read a CSV file as text, check its header and return (line number, row) pairs."""
    path = Path(path)
    name = _relative(path)
    if not path.exists():
        raise DataError(name, None, "file not found")
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        try:
            header = next(reader)
        except StopIteration:
            raise DataError(name, 1, "file is empty (no header)") from None
        if tuple(header) != columns:
            missing = [c for c in columns if c not in header]
            extra = [c for c in header if c not in columns]
            detail = []
            if missing:
                detail.append(f"missing {missing}")
            if extra:
                detail.append(f"unexpected {extra}")
            if not detail:
                detail.append(f"columns out of order, expected {list(columns)}")
            raise DataError(name, 1, "bad header: " + "; ".join(detail))
        rows = []
        for record in reader:
            line = reader.line_num
            if not record or all(not field.strip() for field in record):
                raise DataError(name, line, "blank line")
            if len(record) != len(columns):
                raise DataError(name, line, f"{len(record)} fields, expected {len(columns)}")
            rows.append((line, dict(zip(columns, record))))
    return rows


def parse_number(text: str, *, path: str = "", row: int | None = None, column: str = "value") -> float:
    """Parse a plain decimal number (``1234`` or ``-12.5``); anything else is a :class:`DataError`."""
    cleaned = text.strip()
    if not NUMBER_RE.match(cleaned):
        raise DataError(path, row, f"{column} {text!r} is not a number (use digits with '.' as decimal point)")
    value = float(cleaned)
    if not math.isfinite(value):
        raise DataError(path, row, f"{column} {text!r} is not a finite number")
    return value


def read_indicators(path: Path | None = None) -> pd.DataFrame:
    """Read and validate ``indicators.csv``; returns a frame indexed by indicator_id."""
    path = Path(path) if path else DATA_DIR / "indicators.csv"
    name = _relative(path)
    seen: dict[str, int] = {}
    records = []
    for line, row in _read_csv(path, INDICATOR_COLUMNS):
        for column in INDICATOR_COLUMNS:
            if not row[column].strip():
                raise DataError(name, line, f"{column} is empty")
        key = row["indicator_id"]
        if key in seen:
            raise DataError(name, line, f"indicator {key!r} is declared twice (first on row {seen[key]})")
        seen[key] = line
        records.append(row)
    return pd.DataFrame.from_records(records, columns=list(INDICATOR_COLUMNS)).set_index("indicator_id")


def read_observations(path: Path) -> pd.DataFrame:
    """Read one observation file and check every row on its own (fields, number, period, source)."""
    name = _relative(path)
    records = []
    for line, row in _read_csv(path, OBSERVATION_COLUMNS):
        for column in REQUIRED:
            if not row[column].strip():
                what = "missing source: " if column in SOURCE_COLUMNS else ""
                raise DataError(name, line, f"{what}{column} is empty")
        match = PERIOD_RE.match(row["period"])
        if not match:
            raise DataError(name, line, f"period {row['period']!r} is not YYYY or YYYY-MM-DD")
        if row["status"] not in STATUSES:
            raise DataError(name, line, f"status {row['status']!r} is not one of {list(STATUSES)}")
        if row["confidence"] not in CONFIDENCES:
            raise DataError(name, line, f"confidence {row['confidence']!r} is not one of {list(CONFIDENCES)}")
        if row["qualifier"] and row["qualifier"] not in QUALIFIERS:
            raise DataError(name, line, f"qualifier {row['qualifier']!r} is not one of {list(QUALIFIERS)} (or empty)")
        if row["published"] and not PUBLISHED_RE.match(row["published"]):
            raise DataError(name, line, f"published {row['published']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if not DATE_RE.match(row["retrieved"]):
            raise DataError(name, line, f"retrieved {row['retrieved']!r} is not YYYY-MM-DD")
        if row["published"] and published_range(row["published"])[0] > row["retrieved"]:
            raise DataError(
                name, line, f"published {row['published']!r} is later than retrieved {row['retrieved']!r}"
            )
        if not row["published"] and not row["undated_reason"].strip():
            raise DataError(name, line, "published is empty and undated_reason does not say why")
        if row["published"] and row["undated_reason"].strip():
            raise DataError(name, line, "undated_reason is set although published is given")
        if not row["source_url"].startswith(("http://", "https://")):
            raise DataError(name, line, f"missing source: source_url {row['source_url']!r} is not a web address")
        record = dict(row)
        record["value"] = parse_number(row["value"], path=name, row=line)
        record["year"] = int(match.group(1))
        record["file"] = name
        record["row"] = line
        records.append(record)
    columns = list(OBSERVATION_COLUMNS) + ["year", "file", "row"]
    frame = pd.DataFrame.from_records(records, columns=columns)
    return frame.astype({"value": "float64", "year": "int64", "row": "int64"})


def observation_files(data_dir: Path | None = None) -> list[Path]:
    """The topic files under ``data/observations``, in name order."""
    folder = Path(data_dir or DATA_DIR) / "observations"
    return sorted(folder.glob("*.csv"))


def load_observations(data_dir: Path | None = None) -> pd.DataFrame:
    """All observation rows of all topic files, checked against the indicator catalogue and each other.

    Checks across rows: the indicator is declared, the row's unit is the indicator's unit, and no two primary rows
    share indicator, geography, definition and year.
    """
    data_dir = Path(data_dir or DATA_DIR)
    indicators = read_indicators(data_dir / "indicators.csv")
    files = observation_files(data_dir)
    if not files:
        raise DataError(_relative(data_dir / "observations"), None, "no observation files")
    frame = pd.concat([read_observations(f) for f in files], ignore_index=True)
    for rec in frame.itertuples(index=False):
        if rec.indicator_id not in indicators.index:
            hint = difflib.get_close_matches(rec.indicator_id, list(indicators.index), n=1)
            extra = f" (did you mean {hint[0]!r}?)" if hint else ""
            raise DataError(rec.file, rec.row, f"unknown indicator {rec.indicator_id!r}{extra}")
        expected = indicators.at[rec.indicator_id, "unit"]
        if rec.unit != expected:
            raise DataError(
                rec.file, rec.row, f"mixed units: {rec.unit!r} but indicator {rec.indicator_id!r} is in {expected!r}"
            )
    primary = frame[frame["status"] == "primary"]
    key = ["indicator_id", "geography", "definition", "year"]
    dup = primary[primary.duplicated(key, keep=False)]
    if not dup.empty:
        first = dup.iloc[0]
        clash = dup[(dup[key] == first[key]).all(axis=1)]
        rows = ", ".join(f"{r.file} row {r.row}" for r in clash.itertuples())
        raise DataError(
            first["file"],
            int(clash["row"].iloc[-1]),
            f"duplicate period: {first['indicator_id']} / {first['geography']} / {first['definition']} "
            f"has two primary values for {first['year']} ({rows})",
        )
    return frame.sort_values(["indicator_id", "geography", "definition", "year", "status"], kind="stable")


@dataclass(frozen=True)
class Series:
    """One clean annual series with the rows and sources behind it."""

    indicator_id: str
    label: str
    unit: str
    geography: str
    definition: str
    values: pd.Series
    rows: pd.DataFrame
    bounds: pd.DataFrame | None = None
    """Published bounds (``year``, ``qualifier``, ``value``): figures known only as "over 17 %"; never in ``values``."""
    known_on: str | None = None
    """None for today's series; a day (YYYY-MM-DD) for the series as it was known on that day (:func:`load_series`)."""

    @property
    def as_of(self) -> str:
        """The period of the latest observation (the data's as-of date)."""
        return str(self.rows["period"].iloc[-1])

    @property
    def publishers(self) -> list[str]:
        """Distinct publishers behind the values, in order of first use."""
        return list(dict.fromkeys(self.rows["source_publisher"]))

    @property
    def key(self) -> str:
        """``indicator/geography/definition`` (with ``@day`` for a series as known on a day): how a chart names the
        series it shows."""
        day = f"@{self.known_on}" if self.known_on else ""
        return f"{self.indicator_id}/{self.geography}/{self.definition}{day}"

    def confidence_mix(self) -> str:
        """How the values rest on sources, for a chart's source line (see :func:`confidence_mix`)."""
        return confidence_mix(self.rows)

    def source_line(self, most: int = 3) -> "SourceLine":
        """A short source statement for a chart footer: the publishers of most values, then how many others, then
        the confidence mix of the values ("all 12 values official", "7 of 12 values press-reported")."""
        counts = self.rows["source_publisher"].value_counts(sort=False)
        order = sorted(self.publishers, key=lambda name: -int(counts[name]))
        shown = "; ".join(order[:most])
        rest = len(order) - most
        more = f"; and {rest} more (sources of each value on the data page)" if rest > 0 else ""
        return SourceLine(f"Source: {shown}{more}. {self.confidence_mix()}", (self.key,))

    def bound_text(self, year: int, digits: int = 0) -> str:
        """A published bound as a reader reads it, e.g. ``"over 17 %"``; KeyError if ``year`` has no bound."""
        table = self.bounds if self.bounds is not None else pd.DataFrame(columns=["year", "qualifier", "value"])
        hit = table[table["year"] == year]
        if hit.empty:
            raise KeyError(f"{self.indicator_id} has no published bound for {year}")
        value = float(hit["value"].iloc[0])
        unit = "%" if self.unit.startswith("percent") else self.unit
        return f"{hit['qualifier'].iloc[0]} {value:,.{digits}f}\u202f{unit}"

    def between(self, start: int, end: int) -> pd.Series:
        """The observed values for ``start <= year <= end`` (gaps stay gaps)."""
        return self.values.loc[(self.values.index >= start) & (self.values.index <= end)]

    def consecutive(self) -> bool:
        """Whether the observed years have no gaps."""
        years = self.values.index
        return len(years) < 2 or bool((pd.Index(years).to_series().diff().dropna() == 1).all())


CONFIDENCE_WORDS = {"high": "official", "medium": "press-reported", "low": "from secondary sites"}
"""How a chart's source line names each confidence level (``confidence`` column)."""


def confidence_mix(rows: pd.DataFrame) -> str:
    """The confidence mix of the values behind a chart, in words: ``"All 12 values official."`` or
    ``"Values: 5 of 12 official, 6 press-reported, 1 from secondary sites."`` (order: high, medium, low)."""
    counts = rows["confidence"].value_counts()
    total = int(counts.sum())
    if total == 0:
        raise ValueError("no values, so no confidence mix")
    present = [c for c in CONFIDENCES if counts.get(c, 0)]
    if len(present) == 1:
        word = CONFIDENCE_WORDS[present[0]]
        return f"Its one value is {word}." if total == 1 else f"All {total} values {word}."
    parts = [f"{int(counts[c])} {CONFIDENCE_WORDS[c]}" for c in present]
    parts[0] = f"{int(counts[present[0]])} of {total} {CONFIDENCE_WORDS[present[0]]}"
    return "Values: " + ", ".join(parts) + "."


class SourceLine(str):
    """A chart's source line that remembers the series it describes (``series``: their :attr:`Series.key`), so that
    the chart can name them and the tests can check the line against the data."""

    series: tuple[str, ...]

    def __new__(cls, text: str, series: tuple[str, ...] = ()):
        line = super().__new__(cls, text)
        line.series = tuple(series)
        return line

    def __add__(self, other):
        return SourceLine(str(self) + str(other), self.series + tuple(getattr(other, "series", ())))


def sources_line(*many: Series, most: int = 4) -> SourceLine:
    """One short source statement for a chart built from several series: the publishers behind most values
    (parenthetical detail dropped), then how many others, then the confidence mix of all the values."""
    counts: dict[str, int] = {}
    for s in many:
        for publisher in s.rows["source_publisher"]:
            name = re.sub(r"\s*\([^)]*\)", "", publisher).strip()
            counts[name] = counts.get(name, 0) + 1
    order = sorted(counts, key=lambda name: -counts[name])
    rest = len(order) - most
    more = f"; and {rest} more (sources of each value on the data page)" if rest > 0 else ""
    mix = confidence_mix(pd.concat([s.rows for s in many], ignore_index=True))
    return SourceLine("Source: " + "; ".join(order[:most]) + more + ". " + mix, tuple(s.key for s in many))


def latest_period(*many: Series) -> str:
    """The latest as-of period of several series."""
    return max(s.as_of for s in many)


def load_series(
    indicator_id: str,
    geography: str = "Dortmund",
    definition: str | None = None,
    *,
    data_dir: Path | None = None,
    observations: pd.DataFrame | None = None,
    as_known_on: str | None = None,
) -> Series:
    """Return one clean, typed annual series (float values indexed by year) with its source rows.

    ``definition`` may be left out only when the indicator has one definition for that geography: series of
    different definitions are never mixed.

    ``as_known_on`` (a day, YYYY-MM-DD, e.g. :data:`ELECTION_DAY`) returns the series as it was known that day: of
    all rows of the series, primary and alternative, only those whose source was published by then
    (:func:`known_by`), and per period the value of the latest such publication (on a tie, the primary row). A
    period that no source had published by then is missing; a value revised later keeps its first value.
    """
    data_dir = Path(data_dir or DATA_DIR)
    obs = load_observations(data_dir) if observations is None else observations
    indicators = read_indicators(data_dir / "indicators.csv")
    if indicator_id not in indicators.index:
        hint = difflib.get_close_matches(indicator_id, list(indicators.index), n=3)
        raise DataError(_relative(data_dir / "indicators.csv"), None, f"unknown indicator {indicator_id!r}; close: {hint}")
    rows = obs[(obs["indicator_id"] == indicator_id) & (obs["status"] == "primary")]
    here = rows[rows["geography"] == geography]
    if here.empty:
        raise DataError(
            "data/observations", None, f"no {indicator_id!r} values for {geography!r}; have {sorted(set(rows['geography']))}"
        )
    definitions = sorted(set(here["definition"]))
    if definition is None:
        if len(definitions) > 1:
            raise DataError(
                "data/observations", None, f"{indicator_id!r} for {geography!r} has several definitions {definitions}: name one"
            )
        definition = definitions[0]
    picked = here[here["definition"] == definition].sort_values("year", kind="stable")
    if picked.empty:
        raise DataError(
            "data/observations", None, f"{indicator_id!r} for {geography!r} has no definition {definition!r}; have {definitions}"
        )
    if as_known_on is not None:
        if not DATE_RE.match(as_known_on):
            raise ValueError(f"as_known_on {as_known_on!r} is not YYYY-MM-DD")
        every = rows_of(obs, indicator_id, geography, definition)
        known = every[[known_by(p, as_known_on) for p in every["published"]]].copy()
        known["_until"] = [published_range(p)[1] for p in known["published"]]
        known["_primary"] = (known["status"] == "primary").astype(int)
        known = known.sort_values(["year", "_until", "_primary"], kind="stable")
        picked = known.drop_duplicates("year", keep="last").drop(columns=["_until", "_primary"])
        if picked.empty:
            raise DataError(
                "data/observations", None,
                f"{indicator_id!r} for {geography!r} ({definition}): no value was published by {as_known_on}",
            )
    units = sorted(set(picked["unit"]))
    if len(units) > 1:
        first = picked[picked["unit"] != picked["unit"].iloc[0]].iloc[0]
        raise DataError(first["file"], int(first["row"]), f"mixed units in one series: {units}")
    exact = picked[picked["qualifier"] == ""]
    bound = picked[picked["qualifier"] != ""]
    values = pd.Series(
        exact["value"].to_numpy(dtype=float), index=pd.Index(exact["year"].to_numpy(dtype=int), name="year"),
        name=indicator_id,
    )
    return Series(
        indicator_id=indicator_id,
        label=str(indicators.at[indicator_id, "label"]),
        unit=units[0],
        geography=geography,
        definition=definition,
        values=values,
        rows=picked.reset_index(drop=True),
        bounds=bound[["year", "qualifier", "value"]].reset_index(drop=True),
        known_on=as_known_on,
    )


def as_first_known(today: Series, then: Series) -> tuple[pd.Series, list[int]]:
    """The values a forecast made on ``then.known_on`` uses: for each year up to the last year of ``today`` that is
    on record as published by that day, the value as then published (``then``); for a year whose figure is on record
    only from a later publication, today's value, listed in the second element so that the chapter can say so.
    A value revised later thus enters with its first value; a year we cannot document from then is not dropped."""
    if then.known_on is None:
        raise ValueError("then must be a series loaded with as_known_on")
    values = today.values.copy()
    later = sorted(int(y) for y in values.index if y not in then.values.index)
    for year, value in then.values.items():
        values.loc[year] = value
    return values.sort_index(), later


def rows_of(observations: pd.DataFrame, indicator_id: str, geography: str, definition: str) -> pd.DataFrame:
    """Every row (primary and alternative) of one series, in file order."""
    return observations[
        (observations["indicator_id"] == indicator_id)
        & (observations["geography"] == geography)
        & (observations["definition"] == definition)
    ]


REVISION_COLUMNS = ("year", "value_then", "published_then", "value_today", "published_today", "change")
"""The columns of :func:`revisions`."""


def revisions(today: Series, then: Series) -> pd.DataFrame:
    """Where the series known on a day (``then``, from ``load_series(..., as_known_on=...)``) differs from today's
    (``today``) in the years up to the last year known then: per year the value then and its publication date, the
    value today and its publication date, and the change. A year that no source had published by then shows no
    value then. Empty if nothing differs."""
    if then.known_on is None:
        raise ValueError("then must be a series loaded with as_known_on")
    last = int(then.values.index.max())
    years = sorted(y for y in set(today.values.index) | set(then.values.index) if y <= last)
    now_pub = dict(zip(today.rows["year"], today.rows["published"]))
    then_pub = dict(zip(then.rows["year"], then.rows["published"]))
    out = []
    for year in years:
        a = then.values.get(year)
        b = today.values.get(year)
        if a is not None and b is not None and a == b:
            continue
        out.append({
            "year": year, "value_then": a, "published_then": then_pub.get(year, ""),
            "value_today": b, "published_today": now_pub.get(year, ""),
            "change": (b - a) if a is not None and b is not None else None,
        })
    return pd.DataFrame(out, columns=list(REVISION_COLUMNS))


def series_loader(observations: pd.DataFrame | None = None, *, data_dir: Path | None = None):
    """:func:`load_series` bound to one checked table of observations, loaded once, as the chapters use it.

    ``series = series_loader()`` then ``series("housing_completions_dwellings", definition="incl_conversions")``:
    same arguments and errors as :func:`load_series`, without re-reading every file on every call.
    """
    obs = load_observations(data_dir) if observations is None else observations

    def series(
        indicator_id: str, geography: str = "Dortmund", definition: str | None = None, *, as_known_on: str | None = None
    ) -> Series:
        return load_series(indicator_id, geography, definition, data_dir=data_dir, observations=obs,
                           as_known_on=as_known_on)

    return series


def alternatives(
    indicator_id: str | None = None, geography: str | None = None, *, observations: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Values of other sources (status ``alternative``) next to the primary value for the same period.

    Without arguments: every alternative in the data (the data page's table); ``indicator_id`` and ``geography``
    narrow it down.
    """
    obs = load_observations() if observations is None else observations
    if indicator_id is not None:
        obs = obs[obs["indicator_id"] == indicator_id]
    if geography is not None:
        obs = obs[obs["geography"] == geography]
    key = ["indicator_id", "geography", "definition", "year"]
    alt = obs[obs["status"] == "alternative"]
    prim = obs[obs["status"] == "primary"][key + ["value", "source_publisher"]]
    merged = alt.merge(prim, on=key, how="left", suffixes=("", "_primary"))
    return merged[
        ["indicator_id", "geography", "definition", "period", "value", "source_publisher", "value_primary",
         "source_publisher_primary", "note"]
    ].reset_index(drop=True)
