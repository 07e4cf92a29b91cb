"""Where the figures behind the verdicts come from, when they were published, and what new figures changed.

- :func:`verdict_series`: every series a rating or an ex-ante forecast rests on (the catalogue's ``indicator_id``
  and the parts of :data:`analysis.record.FORECASTS`), with the chapters that use it.
- :func:`verdict_figures`: the primary Dortmund rows of those series, one per figure, with its chapter(s).
- :func:`confidence_table`: per chapter, how many of those figures are official, press-reported or from secondary
  sites; :func:`still_press`: the series that still rest on press or secondary rows, with the searches tried for an
  official release (``data/source_searches.csv``).
- :func:`series_ends`: the verdict-bearing series that stop before the last year of the term, with why.
- :func:`undated`: the rows whose source shows no publication date, with the reason.
- :func:`latest_publication`: the newest publication date of any source the book uses (the intro's "data as of").
- :func:`load_rating_changes`: ``data/rating_changes.csv``, the ratings that new figures moved, checked against the
  catalogue; :func:`chapter_changes` gives one chapter's rows.

Bad input is refused with :class:`analysis.data.DataError` naming the file, the row and the problem.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from . import DATA_DIR, data

SEARCH_COLUMNS = ("indicator_id", "geography", "definition", "searched", "result", "later")
SEARCH_OPTIONAL = ("later",)
"""``later`` (what was found for the years after the latest figure on record) may be empty."""
CHANGE_COLUMNS = ("pledge_id", "rating", "before", "after", "reason")
RATINGS = ("implementation_status", "outcome", "feasibility", "claim_check")
"""The catalogue columns a rating change may name."""
CONFIDENCE_LABELS = {"high": "official", "medium": "press-reported", "low": "secondary site"}


def _read(path: Path, columns: tuple[str, ...], optional: tuple[str, ...] = ()) -> pd.DataFrame:
    name = data._relative(path)
    rows = data._read_csv(path, columns)
    for line, row in rows:
        for column in columns:
            if column not in optional and not row[column].strip():
                raise data.DataError(name, line, f"{column} is empty")
    frame = pd.DataFrame([dict(row, row=line) for line, row in rows], columns=list(columns) + ["row"])
    frame["file"] = name
    return frame


def load_searches(path: Path | None = None, *, observations: pd.DataFrame | None = None) -> pd.DataFrame:
    """``data/source_searches.csv``: per series still resting on press or secondary rows (or stopping before the end of
    the term), what was searched for an official release and what was found (``result``), and what was found for the
    years after its latest figure (``later``, may be empty). Each row must name a series that exists."""
    path = Path(path or DATA_DIR / "source_searches.csv")
    frame = _read(path, SEARCH_COLUMNS, SEARCH_OPTIONAL)
    obs = data.load_observations() if observations is None else observations
    known = set(zip(obs["indicator_id"], obs["geography"], obs["definition"]))
    for rec in frame.itertuples(index=False):
        if (rec.indicator_id, rec.geography, rec.definition) not in known:
            raise data.DataError(rec.file, rec.row, f"no series {rec.indicator_id}/{rec.geography}/{rec.definition}")
    dup = frame[frame.duplicated(["indicator_id", "geography", "definition"], keep=False)]
    if not dup.empty:
        raise data.DataError(frame["file"].iloc[0], int(dup["row"].iloc[-1]), "a series is listed twice")
    return frame


def load_rating_changes(path: Path | None = None, *, catalogue: pd.DataFrame | None = None) -> pd.DataFrame:
    """``data/rating_changes.csv``: each rating that new figures moved (pledge, rating column, before, after, the
    reason in one sentence). ``after`` must be the catalogue's current rating and differ from ``before``."""
    from . import pledges

    path = Path(path or DATA_DIR / "rating_changes.csv")
    frame = _read(path, CHANGE_COLUMNS)
    cat = pledges.load_pledges() if catalogue is None else catalogue
    by_id = cat.set_index("pledge_id")
    for rec in frame.itertuples(index=False):
        if rec.pledge_id not in by_id.index:
            raise data.DataError(rec.file, rec.row, f"unknown pledge {rec.pledge_id!r}")
        if rec.rating not in RATINGS:
            raise data.DataError(rec.file, rec.row, f"rating {rec.rating!r} is not one of {list(RATINGS)}")
        if rec.before == rec.after:
            raise data.DataError(rec.file, rec.row, f"before and after are both {rec.before!r}")
        now = by_id.at[rec.pledge_id, rec.rating]
        if now != rec.after:
            raise data.DataError(
                rec.file, rec.row, f"after {rec.after!r} but data/pledges.csv rates {rec.pledge_id} {rec.rating} {now!r}"
            )
    return frame


def chapter_changes(chapter: int, changes: pd.DataFrame) -> pd.DataFrame:
    """The rating changes of one chapter, in pledge order."""
    mine = changes[changes["pledge_id"].str.slice(2, 4).astype(int) == int(chapter)]
    return mine.sort_values(["pledge_id", "rating"], kind="stable").reset_index(drop=True)


def verdict_series(catalogue: pd.DataFrame) -> pd.DataFrame:
    """Every series a rating or a forecast rests on: ``indicator_id``, ``geography``, ``definition``, ``chapters``
    (sorted, comma-separated) and ``why`` ("rating", "forecast" or both)."""
    from . import record

    found: dict[tuple[str, str, str], dict] = {}
    for row in catalogue.itertuples(index=False):
        if not row.indicator_id:
            continue
        for indicator in str(row.indicator_id).split(";"):
            key = (indicator.strip(), row.geography or "Dortmund", row.definition)
            entry = found.setdefault(key, {"chapters": set(), "why": set()})
            entry["chapters"].add(int(row.chapter))
            entry["why"].add("rating")
    for f in record.FORECASTS.values():
        for p in f.parts:
            key = (p.indicator, p.geography, p.definition or "default")
            entry = found.setdefault(key, {"chapters": set(), "why": set()})
            entry["chapters"].add(f.chapter)
            entry["why"].add("forecast")
    rows = [
        {"indicator_id": k[0], "geography": k[1], "definition": k[2],
         "chapters": ", ".join(str(c) for c in sorted(v["chapters"])), "why": " and ".join(sorted(v["why"]))}
        for k, v in found.items()
    ]
    return pd.DataFrame(rows).sort_values(["indicator_id", "geography", "definition"], kind="stable").reset_index(drop=True)


def verdict_figures(catalogue: pd.DataFrame, observations: pd.DataFrame, *, geography: str = "Dortmund") -> pd.DataFrame:
    """The primary rows of :func:`verdict_series` for ``geography`` (one row per figure), with a ``chapter`` column
    (a figure used by two chapters counts in both)."""
    series = verdict_series(catalogue)
    series = series[series["geography"] == geography]
    primary = observations[observations["status"] == "primary"]
    parts = []
    for rec in series.itertuples(index=False):
        rows = data.rows_of(primary, rec.indicator_id, rec.geography, rec.definition)
        for chapter in rec.chapters.split(", "):
            parts.append(rows.assign(chapter=int(chapter)))
    if not parts:
        return primary.iloc[0:0].assign(chapter=pd.Series(dtype=int))
    return pd.concat(parts, ignore_index=True)


def confidence_table(figures: pd.DataFrame) -> pd.DataFrame:
    """Per chapter: the number of verdict-bearing figures and the share of each confidence level (percent), with a
    last row for the whole book (each figure once)."""
    def shares(frame: pd.DataFrame) -> dict:
        n = len(frame)
        counts = frame["confidence"].value_counts()
        out = {"figures": n}
        for level, label in CONFIDENCE_LABELS.items():
            out[label] = 100 * counts.get(level, 0) / n if n else float("nan")
        return out

    rows = [{"chapter": str(c), **shares(g)} for c, g in figures.groupby("chapter", sort=True)]
    unique = figures.drop_duplicates(["file", "row"])
    rows.append({"chapter": "All chapters", **shares(unique)})
    return pd.DataFrame(rows)


def high_share(figures: pd.DataFrame) -> float:
    """The share (0–1) of distinct verdict-bearing figures that are official (high confidence)."""
    unique = figures.drop_duplicates(["file", "row"])
    return float((unique["confidence"] == "high").mean()) if len(unique) else float("nan")


def still_press(figures: pd.DataFrame, searches: pd.DataFrame) -> pd.DataFrame:
    """The verdict-bearing series with at least one press-reported or secondary figure: how many of their figures
    are not official, and what was searched for an official release (empty if nothing is recorded)."""
    key = ["indicator_id", "geography", "definition"]
    unique = figures.drop_duplicates(["file", "row"])
    weak = unique[unique["confidence"] != "high"]
    counts = weak.groupby(key, sort=True).size().rename("not official").reset_index()
    total = unique.groupby(key, sort=True).size().rename("figures").reset_index()
    chapters = figures.groupby(key, sort=True)["chapter"].apply(lambda c: ", ".join(str(x) for x in sorted(set(c))))
    out = counts.merge(total, on=key).merge(chapters.rename("chapters").reset_index(), on=key)
    out = out.merge(searches[key + ["searched", "result"]], on=key, how="left").fillna({"searched": "", "result": ""})
    return out.sort_values(["chapters", "indicator_id"], kind="stable").reset_index(drop=True)


def undated(observations: pd.DataFrame) -> pd.DataFrame:
    """The rows whose source shows no publication date: file, row, series, period, source and the reason."""
    rows = observations[observations["published"] == ""]
    return rows[["file", "row", "indicator_id", "geography", "period", "source_publisher", "source_url",
                 "undated_reason"]].sort_values(["file", "row"], kind="stable").reset_index(drop=True)


def undated_by_source(observations: pd.DataFrame) -> pd.DataFrame:
    """:func:`undated` grouped by file, source and reason: the rows (line numbers in the file) of each undated
    source, for the data page."""
    rows = undated(observations)
    if rows.empty:
        return pd.DataFrame(columns=["file", "source_publisher", "source_url", "undated_reason", "rows", "n"])
    grouped = rows.groupby(["file", "source_url", "undated_reason"], sort=True).agg(
        source_publisher=("source_publisher", "first"), rows=("row", lambda r: ", ".join(str(x) for x in sorted(r))),
        n=("row", "size")).reset_index()
    return grouped[["file", "source_publisher", "source_url", "undated_reason", "rows", "n"]]


DATED_GOAL = 0.9
"""The share of observation rows that should carry a publication date."""
DATED_FLOOR = 0.48
"""The share reached so far: the tests fail if it falls below (raise it as dates are added)."""


def dated_share(observations: pd.DataFrame) -> float:
    """The share (0–1) of observation rows with a publication date."""
    return float((observations["published"] != "").mean())


def latest_publication(observations: pd.DataFrame, *more: pd.Series) -> str:
    """The newest publication date (as written, any precision) among the observation rows and any further date
    columns (``more``), comparing each date by its last day; never a date later than the rows' retrieval."""
    dates = [d for d in observations["published"] if d]
    for column in more:
        dates += [str(d) for d in column if isinstance(d, str) and d]
    if not dates:
        raise ValueError("no publication date in the data")
    return max(dates, key=lambda d: (data.published_range(d)[1], len(d)))


FORECAST_ONLY = "Used only as an input to a forecast made from earlier years; no later figure is needed."
"""Why a series that only feeds an election-day forecast need not reach the end of the term."""


def series_ends(catalogue: pd.DataFrame, observations: pd.DataFrame | None = None,
                searches: pd.DataFrame | None = None, *, term_end: int | None = None) -> pd.DataFrame:
    """The verdict-bearing series (:func:`verdict_series`) whose primary figures stop before the last year of the
    term (``term_end``, by default the year of :data:`analysis.timeline.TERM_END`), with why: a series that only
    feeds a forecast needs no later figure; for the others the recorded search (``data/source_searches.csv``) says
    what was found for the later years (``later``, else ``result``). ``reason`` is empty where nothing is recorded
    (the tests fail on that). Columns: ``indicator_id``, ``geography``, ``definition``, ``chapters``,
    ``why``, ``latest`` (the latest year on record, or ``None`` without any figure) and ``reason``."""
    from . import timeline

    obs = data.load_observations() if observations is None else observations
    found = load_searches(observations=obs) if searches is None else searches
    last_year = int(term_end if term_end is not None else timeline.TERM_END.year)
    results = {(r.indicator_id, r.geography, r.definition): (r.later or r.result) for r in found.itertuples(index=False)}
    primary = obs[obs["status"] == "primary"]
    rows = []
    for rec in verdict_series(catalogue).itertuples(index=False):
        figures = data.rows_of(primary, rec.indicator_id, rec.geography, rec.definition)
        latest = max((int(str(p)[:4]) for p in figures["period"]), default=None)
        if latest is not None and latest >= last_year:
            continue
        if rec.why == "forecast":
            reason = FORECAST_ONLY
        else:
            reason = results.get((rec.indicator_id, rec.geography, rec.definition), "")
        rows.append({**rec._asdict(), "latest": latest, "reason": reason})
    columns = ["indicator_id", "geography", "definition", "chapters", "why", "latest", "reason"]
    return pd.DataFrame(rows, columns=columns)
