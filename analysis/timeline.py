"""Delivery timelines: the dated steps of pledges that promise something to set up rather than a level to reach.

Each step (proposed, decided, funded, started, delivered in part, delivered) is a sourced row of ``data/steps.csv``:
when it happened (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, as precise as the source), what happened, and the source
with the place on the page. Where sources disagree (two dates for one decision), both rows are kept and both drawn.

:func:`status_from_steps` turns the steps of one pledge into an implementation status by :data:`STATUS_RULE`; only
steps on or before the end of the council term (:data:`TERM_END`) count. :func:`timeline_chart` draws the steps of
several pledges, one row each, with the term's end as a reference line.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Mapping, Sequence
from datetime import date
from pathlib import Path

import pandas as pd

from . import DATA_DIR
from .data import CONFIDENCES, PUBLISHED_RE, DataError, _read_csv, _relative
from .feasibility import IMPLEMENTATION_SCALE

__all__ = [
    "STEP_COLUMNS",
    "STEPS",
    "TERM_END",
    "KEPT_STEPS",
    "PARTLY_KEPT_STEPS",
    "IN_PROGRESS_STEPS",
    "STATUS_RULE",
    "load_steps",
    "step_bounds",
    "format_step_date",
    "status_from_steps",
    "statuses",
    "check_statuses",
    "timeline_frame",
    "steps_table",
    "timeline_chart",
]

STEP_COLUMNS = ("pledge_id", "step", "date", "what", "source_publisher", "source_title", "source_url", "locator",
                "published", "confidence")
OPTIONAL = ("published",)

STEPS: tuple[str, ...] = ("proposed", "decided", "funded", "started", "delivered in part", "delivered")
"""The steps of a delivery, in their usual order."""

TERM_END = date(2025, 10, 31)
"""The end of the council term elected in September 2020 (31 October 2025)."""

KEPT_STEPS: tuple[str, ...] = ("delivered",)
PARTLY_KEPT_STEPS: tuple[str, ...] = ("delivered in part",)
IN_PROGRESS_STEPS: tuple[str, ...] = ("decided", "funded", "started")

STATUS_RULE = (
    "A pledge to set something up is rated by its dated steps, each a sourced record: **kept** needs a dated "
    "delivery; **partly kept** a dated delivery of part of what was promised (or under another form); **in progress** "
    "a council decision, funding or a start, but no delivery; **not started** means that the search found only the "
    "pledge itself and neither a decision nor a start. Only steps dated on or before the end of the council term "
    "(31 October 2025) count; a step dated only by year or month counts when the whole of that year or month lies "
    "within the term. The latest step reached decides, and a pledge without any recorded step is not assessable."
)
"""The rule in words, for the method page."""

ID_RE = re.compile(r"^ch(0[1-9]|1[0-2])-p\d{2}$")


def step_bounds(text: str) -> tuple[date, date]:
    """The first and last day a ``YYYY`` / ``YYYY-MM`` / ``YYYY-MM-DD`` date may mean (raises ``ValueError``)."""
    if not PUBLISHED_RE.match(str(text)):
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in str(text).split("-")]
    if len(parts) == 1:
        return date(parts[0], 1, 1), date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], 1), date(parts[0], parts[1], calendar.monthrange(parts[0], parts[1])[1])
    day = date(*parts)  # raises ValueError for 2021-02-30
    return day, day


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def format_step_date(text: str) -> str:
    """A step date for readers, as precise as recorded: ``2021``, ``Oct 2020``, ``17 Dec 2020`` (joined by no-break
    spaces, so that a date never breaks across lines)."""
    step_bounds(text)
    parts = [int(p) for p in str(text).split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        return f"{_MONTHS[parts[1] - 1]}\u00a0{parts[0]}"
    return f"{parts[2]}\u00a0{_MONTHS[parts[1] - 1]}\u00a0{parts[0]}"


def load_steps(path: Path | None = None, *, pledge_ids: Sequence[str] | None = None) -> pd.DataFrame:
    """Read and validate ``data/steps.csv``; one row per step, in file order, plus ``file`` and ``row``.

    A bad row is refused with a :class:`~analysis.data.DataError` naming file, row and problem. With ``pledge_ids``
    (e.g. the catalogue's ids) a step of an unknown pledge is refused too. Disagreeing sources stay as separate rows.
    """
    path = Path(path) if path else DATA_DIR / "steps.csv"
    name = _relative(path)
    known = set(pledge_ids) if pledge_ids is not None else None
    records = []
    for line, row in _read_csv(path, STEP_COLUMNS):
        for column in STEP_COLUMNS:
            if column not in OPTIONAL and not row[column].strip():
                raise DataError(name, line, f"{column} is empty")
        if not ID_RE.match(row["pledge_id"]):
            raise DataError(name, line, f"pledge_id {row['pledge_id']!r} is not of the form chNN-pMM")
        if known is not None and row["pledge_id"] not in known:
            raise DataError(name, line, f"pledge_id {row['pledge_id']!r} is not in the pledge catalogue")
        if row["step"] not in STEPS:
            raise DataError(name, line, f"step {row['step']!r} is not one of {list(STEPS)}")
        try:
            step_bounds(row["date"])
        except ValueError as error:
            raise DataError(name, line, str(error)) from None
        if row["published"] and not PUBLISHED_RE.match(row["published"]):
            raise DataError(name, line, f"published {row['published']!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        if not row["source_url"].startswith(("http://", "https://")):
            raise DataError(name, line, f"missing source: source_url {row['source_url']!r} is not a web address")
        if row["confidence"] not in CONFIDENCES:
            raise DataError(name, line, f"confidence {row['confidence']!r} is not one of {list(CONFIDENCES)}")
        records.append({**row, "file": name, "row": line})
    return pd.DataFrame.from_records(records, columns=[*STEP_COLUMNS, "file", "row"])


def _within(text: str, by: date) -> bool:
    return step_bounds(text)[1] <= by


def status_from_steps(steps: pd.DataFrame, *, by: date = TERM_END) -> str:
    """The implementation status of ONE pledge from its steps by :data:`STATUS_RULE` (steps after ``by`` do not
    count): ``kept``, ``partly kept``, ``in progress``, ``not started`` or ``not assessable`` (no steps at all)."""
    if len(steps) and steps["pledge_id"].nunique() > 1:
        raise ValueError(f"status_from_steps takes the steps of one pledge, got {sorted(steps['pledge_id'].unique())}")
    if not len(steps):
        return "not assessable"
    counted = {s for s, d in zip(steps["step"], steps["date"]) if _within(d, by)}
    if counted & set(KEPT_STEPS):
        return "kept"
    if counted & set(PARTLY_KEPT_STEPS):
        return "partly kept"
    if counted & set(IN_PROGRESS_STEPS):
        return "in progress"
    return "not started"


def statuses(steps: pd.DataFrame, *, by: date = TERM_END) -> pd.Series:
    """:func:`status_from_steps` for every pledge in ``steps``, indexed by pledge id in order of first appearance."""
    ids = list(dict.fromkeys(steps["pledge_id"]))
    return pd.Series({pid: status_from_steps(steps[steps["pledge_id"] == pid], by=by) for pid in ids}, dtype=object)


def check_statuses(steps: pd.DataFrame, catalogue: pd.DataFrame, *, by: date = TERM_END) -> pd.Series:
    """Fail unless the catalogue's ``implementation_status`` equals the status from the steps for every pledge with
    steps; returns the statuses."""
    derived = statuses(steps, by=by)
    recorded = catalogue.set_index("pledge_id")["implementation_status"]
    wrong = [f"{pid}: catalogue {recorded.get(pid)!r}, steps give {status!r}" for pid, status in derived.items()
             if recorded.get(pid) != status]
    if wrong:
        raise AssertionError("implementation status differs from the dated steps: " + "; ".join(wrong))
    return derived


def chapter_steps(steps: pd.DataFrame, chapter: int) -> pd.DataFrame:
    """The steps of one programme chapter's pledges (ids ``chNN-pMM``)."""
    return steps[steps["pledge_id"].str.startswith(f"ch{int(chapter):02d}-")]


def status_counts(status: pd.Series) -> dict[str, int]:
    """How many pledges reached each status (as from :func:`check_statuses`), named for gluing: ``n_kept``,
    ``n_partly_kept``, … for every status of the scale, and ``n_trail`` for all pledges with a dated trail."""
    counts = status.value_counts()
    out = {f"n_{label.replace(' ', '_')}": int(counts.get(label, 0)) for label in IMPLEMENTATION_SCALE}
    out["n_trail"] = len(status)
    return out


def _position(text: str) -> float:
    """A date as a year with decimals, placed at the middle of the period it may mean (drawing only)."""
    first, last = step_bounds(text)
    middle = first + (last - first) / 2
    start = date(middle.year, 1, 1)
    days = 366 if calendar.isleap(middle.year) else 365
    return middle.year + (middle - start).days / days


def timeline_frame(steps: pd.DataFrame, labels: Mapping[str, str] | None = None) -> pd.DataFrame:
    """The data behind :func:`timeline_chart`: one row per step with the pledge's label, the step, its date as
    given, whether the date is exact to the day, and the source's host."""
    from .present import host

    rows = []
    for _, row in steps.iterrows():
        rows.append({"pledge": (labels or {}).get(row["pledge_id"], row["pledge_id"]), "pledge_id": row["pledge_id"],
                     "step": row["step"], "date": row["date"], "exact_day": len(row["date"]) == 10,
                     "what": row.get("what", ""),
                     "source": host(row["source_url"]) if row.get("source_url") else "",
                     "source_url": row.get("source_url", ""), "confidence": row.get("confidence", "")})
    return pd.DataFrame(rows)


def steps_table(steps: pd.DataFrame, labels: Mapping[str, str] | None = None, *,
                caption: str = "Dated steps of the chapter's pledges"):
    """The steps as a reader table: pledge; date (as precise as recorded), step and what happened; the source link
    (the confidence of each source is in the data file)."""
    from .present import reader_table

    frame = timeline_frame(steps, labels)
    # three columns, so that none is squeezed on a desktop page: the date and step lead the description
    frame["step_what"] = [f"{format_step_date(d)}, {s}: {w}" for d, s, w in
                          zip(frame["date"], frame["step"], frame["what"])]
    columns = {"pledge": "pledge", "step_what": "date, step: what happened", "source_url": "source"}
    return reader_table(frame, columns=columns, link_columns=["source_url"], caption=caption)


STEP_STYLE = {
    "proposed": dict(marker="o", color="#7f8c8d"),
    "decided": dict(marker="s", color="#1b4f72"),
    "funded": dict(marker="D", color="#117a65"),
    "started": dict(marker="^", color="#d35400"),
    "delivered in part": dict(marker="P", color="#7d3c98"),
    "delivered": dict(marker="*", color="#0e6b0e"),
}


def timeline_chart(
    steps: pd.DataFrame,
    *,
    title: str,
    source: str,
    as_of: str | None = None,
    labels: Mapping[str, str] | None = None,
    subtitle: str | None = "Dated steps of each pledge (hollow: date known to the month or year only)",
    term_end: date = TERM_END,
    ax=None,
):
    """Each pledge a row (top to bottom in order of first appearance), its dated steps as marked points; a date known
    only to the year or month is drawn hollow at the middle of that period; a dashed line marks the term's end.

    ``as_of`` defaults to the latest step's date. ``labels`` maps pledge ids to short row names (keep them short: they must stay legible at phone width). Goes
    through :func:`analysis.plotting.finish`; show it with ``plotting.show(ax, alt=..., data=timeline_frame(steps,
    labels))`` so that the download holds the dated steps with their sources.
    """
    import matplotlib.pyplot as plt
    import matplotlib.ticker as mticker

    from . import plotting

    if not len(steps):
        raise ValueError("a timeline needs at least one step")
    ids = list(dict.fromkeys(steps["pledge_id"]))
    names = [(labels or {}).get(pid, pid) for pid in ids]
    if ax is None:
        _, ax = plt.subplots()
    rows = {pid: len(ids) - 1 - i for i, pid in enumerate(ids)}
    drawn = set()
    for step in STEPS:
        part = steps[steps["step"] == step]
        if not len(part):
            continue
        style = STEP_STYLE[step]
        x = [_position(d) for d in part["date"]]
        y = [rows[pid] for pid in part["pledge_id"]]
        exact = [len(d) == 10 for d in part["date"]]
        for flag in (True, False):
            xs = [a for a, e in zip(x, exact) if e is flag]
            ys = [b for b, e in zip(y, exact) if e is flag]
            if not xs:
                continue
            label = step if step not in drawn else "_" + step
            drawn.add(step)
            ax.plot(xs, ys, linestyle="none", marker=style["marker"], ms=11 if style["marker"] == "*" else 8,
                    markeredgecolor=style["color"], markeredgewidth=1.8,
                    markerfacecolor=style["color"] if flag else "white", label=label, zorder=4)
    for pid in ids:
        xs = sorted(_position(d) for d in steps.loc[steps["pledge_id"] == pid, "date"])
        ax.plot([xs[0], xs[-1]], [rows[pid]] * 2, color="#bbbbbb", lw=1.5, zorder=2, label="_link")
    end = term_end.year + (term_end - date(term_end.year, 1, 1)).days / 365
    ax.axvline(end, color="#555555", ls="--", lw=1.5, label="end of the council term", zorder=3)
    ax.set_ylim(-0.6, len(ids) - 0.4)
    ax.grid(axis="y", visible=False)
    as_of = as_of or format_step_date(max(steps["date"], key=lambda d: step_bounds(d)[1]))
    plotting.finish(ax, title=title, unit="Year of the step", source=source, as_of=as_of, subtitle=subtitle)
    # after finish(), which formats the y-axis for numbers: the rows are pledges, named by their labels
    ax.yaxis.set_major_locator(mticker.FixedLocator(range(len(ids))))
    ax.yaxis.set_major_formatter(mticker.FixedFormatter(list(reversed(names))))
    plotting.year_axis(ax, "x")
    plotting.layout(ax)
    return ax
