"""What the reader sees: tables, pledge cards, the verdict table of a chapter, the scorecard and its explorer.

Every table a reader sees goes through :func:`reader_table`: plain column names, no gaps shown as ``nan`` (an en
dash with a spoken label instead), thousands separators, whole percents, years as integers, a narrow no-break space
between a number and its unit, escaped text and web addresses shown as links named by their host. Each cell carries
a ``data-label`` so that ``_static/book.css`` can stack the rows on a phone.

A pledge card (:func:`pledge_card`) is a Markdown output: its pledge id is plain text that the book's search
indexes, and the card opens with an anchor named by the id, so ``ch02_wohnen.html#ch02-p01`` lands on it.
"""

from __future__ import annotations

import html
import json
import math
import numbers
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from urllib.parse import urlparse

import pandas as pd
from IPython.display import HTML

from .feasibility import CLAIM_SCALE, FEASIBILITY_SCALE, IMPLEMENTATION_SCALE, OUTCOME_SCALE

__all__ = [
    "NNBSP",
    "Link",
    "ReaderHTML",
    "PledgeCard",
    "reader_table",
    "analysts",
    "format_date",
    "host",
    "with_unit",
    "pledge_card",
    "verdict_table",
    "headline",
    "ratings_by_chapter",
    "ratings_chart",
    "explorer",
    "data_as_of",
    "citation",
]

NNBSP = "\u202f"
"""Narrow no-break space: between a number and its unit, so they never break across lines."""

NO_FIGURE = "no published figure"
METHOD_ANCHOR = "method.html#how-we-rate"
UNIT_WORDS = ("%", "‰", "EUR", "€", "km", "kt", "t", "MW", "MWh", "GWh", "kWh", "ha", "m²", "million", "billion")
_UNIT_GAP = re.compile(r"(?<=\d) (?=(?:" + "|".join(re.escape(u) for u in UNIT_WORDS) + r")(?![\w²]))")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

TONES = {
    "good": ("kept", "met", "holds", "feasible on trend", "robust"),
    "progress": ("in progress", "on track", "partly kept", "partly holds", "ambitious"),
    "poor": ("off track", "missed", "depends on reading"),
    "bad": ("not started", "clearly missed", "does not hold", "out of reach on trend"),
    "neutral": ("not assessable", "not verifiable", "not applicable", "not rated yet"),
}
"""Colour family of each rating (the badge text always names the rating, so colour is never the only signal)."""
TONE_OF = {label: tone for tone, labels in TONES.items() for label in labels}
CHART_COLORS = {
    "kept": "#1e7b3c", "met": "#1e7b3c", "holds": "#1e7b3c", "feasible on trend": "#1e7b3c",
    "partly kept": "#7fb77e", "partly holds": "#7fb77e", "ambitious": "#7fb77e",
    "in progress": "#2e86c1", "on track": "#2e86c1",
    "off track": "#f0b27a", "missed": "#d35400",
    "not started": "#a93226", "clearly missed": "#a93226", "does not hold": "#a93226", "out of reach on trend": "#a93226",
}
"""Bar colour of each rating in the ratings chart (grey for any other; every rating is named in the legend)."""


@dataclass(frozen=True)
class Link:
    """A table cell shown as a link."""

    text: str
    href: str


class ReaderHTML(HTML):
    """An HTML output with a stable, readable plain-text form (``text``) for notebooks compared by nbval."""

    def __init__(self, data: str, text: str):
        super().__init__(data=data)
        self.text = text

    def __repr__(self) -> str:
        return self.text

    def _repr_pretty_(self, printer, cycle) -> None:  # IPython's text/plain
        printer.text(self.text)


# ---------------------------------------------------------------------------------------------------------------
# Cell formatting
# ---------------------------------------------------------------------------------------------------------------


def _missing(label: str = NO_FIGURE) -> str:
    return (
        f'<span class="rt-missing" title="{html.escape(label)}"><span aria-hidden="true">–</span>'
        f'<span class="rt-sr">{html.escape(label)}</span></span>'
    )


def is_missing(value) -> bool:
    """Whether a cell value is a gap (None, NaN, pd.NA or an empty string)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return True
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def host(url: str) -> str:
    """The host of a web address without ``www.`` (``https://www.dortmund.de/x`` -> ``dortmund.de``)."""
    name = urlparse(url).netloc if isinstance(url, str) else ""
    if not name:
        raise ValueError(f"{url!r} is not a web address")
    return name.removeprefix("www.")


def format_date(text: str) -> str:
    """``2024`` -> ``2024``, ``2020-09-27`` -> ``27 Sep 2020`` (the catalogue's YYYY or YYYY-MM-DD)."""
    text = str(text).strip()
    if re.fullmatch(r"\d{4}", text):
        return text
    month = re.fullmatch(r"(\d{4})-(\d{2})", text)
    if month and 1 <= int(month[2]) <= 12:
        return f"{_MONTHS[int(month[2]) - 1]} {month[1]}"
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if not match:
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    day = date(int(match[1]), int(match[2]), int(match[3]))
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def format_share(share: float) -> str:
    """A share (0–1) as a whole percent for prose: ``0.164`` -> ``16 %`` (never ``0 %`` or ``100 %`` for a share
    strictly between: ``under 1 %``, ``over 99 %``)."""
    if not 0 <= share <= 1:
        raise ValueError(f"a share lies between 0 and 1, got {share}")
    if 0 < share < 0.005:
        return "under 1\u202f%"
    if 0.995 < share < 1:
        return "over 99\u202f%"
    return f"{round(share * 100):.0f}\u202f%"


def _number(value: float, spec: str) -> str:
    value = float(value)
    if spec == "year":
        if not value.is_integer():
            raise ValueError(f"year {value!r} is not a whole number")
        return f"{value:.0f}"
    if spec == "prob":
        if not 0 <= value <= 1:
            raise ValueError(f"probability {value!r} is not between 0 and 1")
        return f"{value * 100:.0f}{NNBSP}%"
    if spec == "pct":
        return f"{value:,.0f}{NNBSP}%"
    if spec == "int":
        return f"{value:,.0f}"
    match = re.fullmatch(r"dec(\d)", spec)
    if match:
        return f"{value:,.{match[1]}f}"
    match = re.fullmatch(r"pct(\d)", spec)
    if match:
        return f"{value:,.{match[1]}f}{NNBSP}%"
    raise ValueError(f"unknown format {spec!r}; use int, year, prob, pct, pctN, decN, date or a function")


def with_unit(value: float, unit: str, spec: str = "int") -> str:
    """A number and its unit joined by a narrow no-break space (``with_unit(2121, "dwellings")``)."""
    return f"{_number(value, spec)}{NNBSP}{unit}"


def _auto_spec(name: str, values: pd.Series) -> str | None:
    numbers_only = [v for v in values if not is_missing(v)]
    if not numbers_only or not all(isinstance(v, numbers.Number) and not isinstance(v, bool) for v in numbers_only):
        return None
    if "year" in str(name).lower():
        return "year"
    if all(float(v).is_integer() for v in numbers_only):
        return "int"
    decimals = max(min(len(f"{float(v):.2f}".rstrip("0").split(".")[1]), 2) for v in numbers_only)
    return f"dec{max(decimals, 1)}"


def _cell(value, spec, missing: str) -> tuple[str, str, bool]:
    """(html, plain text, numeric?) of one cell."""
    if isinstance(value, Link):
        return (f'<a href="{html.escape(value.href)}">{_breakable(html.escape(value.text))}</a>', value.text, False)
    if is_missing(value):
        return _missing(missing), "–", False
    if callable(spec):
        text = str(spec(value))
        return html.escape(text), text, False
    if spec == "date":
        text = format_date(value)
        return html.escape(text), text, False
    if spec is not None:
        text = _number(value, spec)
        return html.escape(text), text, True
    if isinstance(value, bool):
        text = "yes" if value else "no"
    elif isinstance(value, (list, tuple, set)):
        text = ", ".join(str(v) for v in value)
    else:
        text = str(value)
    text = _UNIT_GAP.sub(NNBSP, text)
    return _breakable(html.escape(text)), text, False


PROSE_CHARS = 120
"""A table column with a cell of this many characters or more is prose (see :func:`reader_table`)."""
_LONG_TOKEN = re.compile(r"\S{16,}")
_BREAK_AFTER = re.compile(r"(?<=[/._])(?=\w)")


def _breakable(escaped: str) -> str:
    """Let a long token (a web address, a file name, a definition key) wrap after its slashes, dots and underscores
    (``<wbr>``), so that it never makes a table wider than the page; words stay whole."""
    return _LONG_TOKEN.sub(lambda m: _BREAK_AFTER.sub("<wbr>", m.group(0)), escaped)


def reader_table(
    frame: pd.DataFrame,
    *,
    columns: Mapping[str, str] | Iterable[str] | None = None,
    formats: Mapping[str, str | Callable] | None = None,
    index: bool = False,
    caption: str | None = None,
    link_columns: Iterable[str] | None = None,
    missing: str = NO_FIGURE,
) -> ReaderHTML:
    """The book's one table format.

    ``columns`` selects and renames (a mapping ``{column: reader name}``, units in the name, e.g.
    ``"completions (dwellings)"``; a list only selects). ``formats`` maps a column to ``int`` (thousands
    separators), ``year``, ``prob`` (a 0–1 value as a whole percent), ``pct`` (already in percent), ``pctN``,
    ``decN`` (N decimals), ``date`` (YYYY or YYYY-MM-DD) or a function; unformatted numeric columns get thousands
    separators, and columns whose name contains "year" are years. ``link_columns`` hold web addresses, shown as
    links named by their host; a :class:`Link` cell is a link anywhere. Gaps are an en dash labelled ``missing``.
    ``index=True`` shows the index as the first column (row headers).
    """
    if not isinstance(frame, pd.DataFrame):
        raise TypeError(f"reader_table needs a DataFrame, got {type(frame).__name__}")
    shown = frame.reset_index() if index else frame.copy()
    row_header = str(shown.columns[0]) if index else None
    if columns is not None:
        mapping = dict(columns) if isinstance(columns, Mapping) else {c: c for c in columns}
        unknown = [c for c in mapping if c not in shown.columns]
        if unknown:
            raise KeyError(f"reader_table: no column {unknown} in the table (has {list(shown.columns)})")
        if row_header is not None and row_header not in mapping:
            mapping = {row_header: row_header, **mapping}
        shown = shown[list(mapping)]
    else:
        mapping = {c: c for c in shown.columns}
    formats = dict(formats or {})
    for column in list(formats) + list(link_columns or []):
        if column not in shown.columns:
            raise KeyError(f"reader_table: no column {column!r} to format (has {list(shown.columns)})")
    for column in link_columns or []:
        shown[column] = [Link(host(u), u) if not is_missing(u) and not isinstance(u, Link) else u for u in shown[column]]
    specs = {c: formats[c] if c in formats else _auto_spec(c, shown[c]) for c in shown.columns}
    labels = [str(mapping[c]) for c in shown.columns]

    head = "".join(f'<th scope="col">{html.escape(label)}</th>' for label in labels)
    rendered = [[_cell(value, specs[column], missing) for column, value in zip(shown.columns, row)]
                for row in shown.itertuples(index=False)]
    # a column of sentences may break a long word anywhere: the browser gives it the most room anyway, and its
    # longest word then no longer decides how narrow the table can be
    prose = {position for position in range(len(labels))
             if any(len(cells[position][1]) >= PROSE_CHARS for cells in rendered)}
    body, plain = [], [labels]
    for row in rendered:
        cells, texts = [], []
        for position, (markup, text, numeric) in enumerate(row):
            label = html.escape(labels[position])
            css = ' class="num"' if numeric else (' class="prose"' if position in prose else "")
            tag = "th" if row_header is not None and position == 0 else "td"
            scope = ' scope="row"' if tag == "th" else ""
            cells.append(f'<{tag}{scope}{css} data-label="{label}">{markup}</{tag}>')
            texts.append(text)
        body.append("<tr>" + "".join(cells) + "</tr>")
        plain.append(texts)
    cap = f"<caption>{html.escape(caption)}</caption>" if caption else ""
    # the wrapper scrolls sideways when a table is wider than the page: keyboard users reach it (tabindex) and
    # screen readers hear what it holds (a named region)
    name = caption or "Table of " + ", ".join(labels[:3]) + (" …" if len(labels) > 3 else "")
    markup = (
        f'<div class="reader-table-wrap" tabindex="0" role="region" aria-label="{html.escape(name)}">'
        f'<table class="reader-table">{cap}<thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(body)}</tbody></table></div>"
    )
    return ReaderHTML(markup, _plain_table(plain, caption))


def _plain_table(rows: list[list[str]], caption: str | None) -> str:
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))] if rows and rows[0] else []
    lines = [caption] if caption else []
    lines += ["  ".join(cell.ljust(w) for cell, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def _as_markup(item) -> tuple[str, str]:
    if isinstance(item, pd.DataFrame):
        item = reader_table(item)
    if isinstance(item, ReaderHTML):
        return item.data, item.text
    if isinstance(item, HTML):
        return item.data, ""
    if isinstance(item, str):
        return item, ""
    raise TypeError(f"analysts() takes tables, HTML outputs or HTML strings, not {type(item).__name__}")


def analysts(reading: str, *tables_or_html) -> ReaderHTML:
    """A collapsed block "For analysts: <reading>" holding backtest or model-detail tables (DataFrames go through
    :func:`reader_table`). The chapter states the one-line reading in its prose above the block."""
    if not reading or not reading.strip():
        raise ValueError("analysts() needs a one-line reading for its summary")
    parts = [_as_markup(item) for item in tables_or_html]
    markup = (
        f'<details class="analysts"><summary>For analysts: {html.escape(reading.strip())}</summary>'
        + "".join(m for m, _ in parts)
        + "</details>"
    )
    text = "\n\n".join([f"For analysts: {reading.strip()}"] + [t for _, t in parts if t])
    return ReaderHTML(markup, text)


# ---------------------------------------------------------------------------------------------------------------
# Pledge cards
# ---------------------------------------------------------------------------------------------------------------


def _row(pledge_id: str, catalogue: pd.DataFrame) -> pd.Series:
    hit = catalogue[catalogue["pledge_id"] == pledge_id]
    if hit.empty:
        raise KeyError(f"pledge {pledge_id!r} is not in data/pledges.csv")
    return hit.iloc[0]


def _note(value) -> str:
    return "" if is_missing(value) else " ".join(str(value).split())


def _sentence(text: str, fallback: str) -> str:
    text = _note(text) or fallback
    return text if text.endswith((".", "!", "?", ")")) else text + "."


_SUBSCRIPT = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUB_TAG = re.compile(r"<sub>(\d+)</sub>")


def plain_quote(text: str) -> str:
    """A quote as a reader reads it: the programme's ``CO<sub>2</sub>`` markup becomes the character CO₂."""
    return _SUB_TAG.sub(lambda m: m.group(1).translate(_SUBSCRIPT), text)


def _md(text: str) -> str:
    """Text safe inside Markdown: HTML-escaped, Markdown punctuation escaped, numbers tied to their units."""
    text = html.escape(_UNIT_GAP.sub(NNBSP, plain_quote(text)), quote=False)
    return re.sub(r"([\\`*_\[\]<>#|~])", r"\\\1", text)


def badge(axis: str, rating: str) -> str:
    """A rating badge: the axis and the rating in words, coloured by tone (WCAG AA contrast in ``book.css``)."""
    tone = TONE_OF.get(rating, "neutral")
    return (
        f'<span class="rating-badge tone-{tone}"><span class="rating-axis">{html.escape(axis)}:</span> '
        f"{html.escape(rating)}</span>"
    )


PARTY_HOSTS = ("spd-dortmund.de", "spd.de", "cdu-dortmund.de", "cdu-fraktion-dortmund.de", "gruene-do.de",
               "gruene-do.die-netzmacher.de", "gruene-dortmund.de", "fdp-dortmund.de", "dielinke-dortmund.de",
               "linke-dortmund.de", "tierschutzpartei.de", "afd-dortmund.de", "die-partei-dortmund.de")
"""Web hosts of parties and council groups: evidence from them is marked on the card as a party's own account."""


def is_party_page(url: str) -> bool:
    """Whether ``url`` is a party's or council group's own page (:data:`PARTY_HOSTS`)."""
    name = host(url)
    return any(name == h or name.endswith("." + h) for h in PARTY_HOSTS)


def evidence(row: pd.Series) -> str:
    """The dated evidence of a rating as Markdown: ``Evidence: [host](url), 27 Sep 2020.`` (empty if none). A party's
    or council group's page is marked as such: the book uses one only where no official source was found."""
    url, when = _note(row["status_evidence_url"]), _note(row["status_evidence_date"])
    if not url:
        return ""
    dated = f", {format_date(when)}" if when else ""
    party = " (a party's own page: no council document or city release was found)" if is_party_page(url) else ""
    return f"Evidence: [{_md(host(url))}]({url}){dated}{party}."


def _target(row: pd.Series) -> str:
    if is_missing(row["target_value"]):
        return ""
    value = float(row["target_value"])
    # a target of thousands or more is a count: whole numbers (half of 49,911 reads 24,956)
    number = f"{value:,.0f}" if value.is_integer() or abs(value) >= 1000 else f"{value:,g}"
    year = "" if is_missing(row["target_year"]) else f" by {int(row['target_year'])}"
    return f"target: {number}{NNBSP}{row['target_unit']}{year}"


def robustness_line(row: pd.Series) -> str:
    """``robust``, ``depends on reading: <note>``, ``not applicable`` or ``not rated yet``."""
    value = _note(row["verdict_robustness"])
    if value == "depends on reading":
        return f"depends on reading: {_note(row['robustness_note'])}"
    return value or "not rated yet"


class PledgeCard:
    """A pledge card as a Markdown output (``text/markdown``) with a plain-text form."""

    def __init__(self, pledge_id: str, markdown: str, text: str):
        self.pledge_id, self.markdown, self.text = pledge_id, markdown, text

    def _repr_markdown_(self) -> str:
        return self.markdown

    def __repr__(self) -> str:
        return self.text

    def _repr_pretty_(self, printer, cycle) -> None:
        printer.text(self.text)


def pledge_card(
    pledge_id: str,
    catalogue: pd.DataFrame,
    *,
    outcome_reason: str | None = None,
    feasibility_reason: str | None = None,
    extra: str | None = None,
) -> PledgeCard:
    """The card a chapter shows for one pledge: anchor ``#<pledge id>``, German quote with English gloss, one badge
    and one reason per rating (catalogue notes unless the chapter passes a reason), dated evidence, robustness and a
    link to the rating rules. ``extra`` is Markdown appended at the end of the card."""
    row = _row(pledge_id, catalogue)
    where = "programme" if row["source_doc"] == "programme" else "campaign flyer"
    facts = [f"{where}, chapter {int(row['chapter'])}"]
    if target := _target(row):
        facts.append(_md(target))
    lines = [
        f'<div class="pledge-card" id="{html.escape(pledge_id)}">',
        "",
        f"**Pledge {pledge_id}** · {' · '.join(facts)}",
        f'<a class="pledge-permalink" href="#{html.escape(pledge_id)}" title="Link to pledge {pledge_id}">#</a>',
        "",
        f"> „{_md(row['quote_de'])}“",
        ">",
        f"> *{_md(row['gloss_en'])}* (English gloss)",
        "",
    ]
    ratings = []
    if row["kind"] == "claim":
        ratings.append(("Claim about the past", row["claim_check"], row["status_note"], "No reason recorded yet.", True))
    else:
        ratings += [
            ("Implementation", row["implementation_status"], row["status_note"], "No reason recorded yet.", True),
            ("Outcome", row["outcome"], outcome_reason or row["outcome_note"], "The evidence is set out in this chapter.", False),
            ("Feasible in 2020", row["feasibility"], feasibility_reason or row["feasibility_note"],
             "No reason recorded yet.", False),
        ]
    for axis, rating, reason, fallback, dated in ratings:
        item = f"- {badge(axis, rating)} {_md(_sentence(reason, fallback))}"
        if dated and (ev := evidence(row)):
            item += f" {ev}"
        lines.append(item)
    robustness = _note(row["verdict_robustness"]) or "not rated yet"
    item = f"- {badge('Robustness', robustness)}"
    if robustness == "depends on reading":
        item += f" {_md(_sentence(row['robustness_note'], ''))}"
    lines.append(item)
    lines.append("")
    if extra:
        lines += [extra.strip(), ""]
    lines += [f'<p class="pledge-method"><a href="{METHOD_ANCHOR}">How we rate</a></p>', "", "</div>"]
    text = [f"Pledge {pledge_id} ({where}): „{plain_quote(row['quote_de'])}“ / {row['gloss_en']}"]
    text += [f"{axis}: {rating}" for axis, rating, *_ in ratings]
    text.append(f"Robustness: {robustness_line(row)}")
    return PledgeCard(pledge_id, "\n".join(lines), "\n".join(text))


# ---------------------------------------------------------------------------------------------------------------
# Tables over the catalogue
# ---------------------------------------------------------------------------------------------------------------


def _ratings(row) -> tuple[str, str, str]:
    """(implementation, outcome, feasibility) in words; a claim shows its check in the outcome column."""
    if row["kind"] == "claim":
        return "claim about the past", f"claim {row['claim_check']}", "not a promise"
    return row["implementation_status"], row["outcome"], row["feasibility"]


def _evidence_link(row) -> Link | str:
    url = _note(row["status_evidence_url"])
    if not url:
        return ""
    when = _note(row["status_evidence_date"])
    return Link(f"{host(url)}, {format_date(when)}" if when else host(url), url)


def verdict_table(chapter: int, catalogue: pd.DataFrame) -> ReaderHTML:
    """The closing table of a chapter: each pledge linked to its card, gloss, the three ratings, robustness and the
    dated evidence."""
    sel = catalogue[catalogue["chapter"] == int(chapter)]
    if sel.empty:
        raise KeyError(f"no pledge of chapter {chapter} in data/pledges.csv")
    records = []
    for _, row in sel.iterrows():
        implementation, outcome, feasibility = _ratings(row)
        records.append({
            "pledge": Link(row["pledge_id"], f"#{row['pledge_id']}"),
            "gloss": row["gloss_en"],
            "implementation": implementation,
            "outcome": outcome,
            "feasibility": feasibility,
            "robustness": robustness_line(row),
            "evidence": _evidence_link(row),
        })
    return reader_table(
        pd.DataFrame.from_records(records),
        columns={"pledge": "Pledge", "gloss": "What was promised (English gloss)", "implementation": "Implementation",
                 "outcome": "Outcome", "feasibility": "Feasible in 2020", "robustness": "Robustness",
                 "evidence": "Dated evidence"},
        missing="no dated evidence",
    )


def headline(catalogue: pd.DataFrame) -> dict[str, int]:
    """The scorecard's counts: promises by implementation status (``n_kept``, ``n_partly_kept``, …), promises with a
    measurable outcome (``n_measurable``), outcomes by rating (``n_outcome_met``, …) and claims by check
    (``n_claims``, ``n_claim_holds``, …)."""
    promises = catalogue[catalogue["kind"] == "promise"]
    claims = catalogue[catalogue["kind"] == "claim"]
    key = lambda label: label.replace(" ", "_")  # noqa: E731
    counts = {"n_promises": len(promises), "n_claims": len(claims), "n_chapters": catalogue["chapter"].nunique()}
    for label in IMPLEMENTATION_SCALE:
        counts[f"n_{key(label)}"] = int((promises["implementation_status"] == label).sum())
    for label in OUTCOME_SCALE:
        counts[f"n_outcome_{key(label)}"] = int((promises["outcome"] == label).sum())
    counts["n_measurable"] = len(promises) - counts["n_outcome_not_assessable"]
    for label in FEASIBILITY_SCALE:
        counts[f"n_feasibility_{key(label)}"] = int((promises["feasibility"] == label).sum())
    for label in CLAIM_SCALE:
        counts[f"n_claim_{key(label)}"] = int((claims["claim_check"] == label).sum())
    return counts


AXES = {"implementation": ("implementation_status", IMPLEMENTATION_SCALE), "outcome": ("outcome", OUTCOME_SCALE),
        "feasibility": ("feasibility", FEASIBILITY_SCALE)}


def ratings_by_chapter(catalogue: pd.DataFrame) -> pd.DataFrame:
    """Tidy counts of promises: one row per chapter, axis (implementation, outcome, feasibility) and rating, in
    chapter and scale order, zeros included."""
    promises = catalogue[catalogue["kind"] == "promise"]
    chapters = catalogue.drop_duplicates("chapter").sort_values("chapter")[["chapter", "chapter_title"]]
    records = []
    for chapter, title in chapters.itertuples(index=False):
        mine = promises[promises["chapter"] == chapter]
        for axis, (column, scale) in AXES.items():
            for rating in scale:
                records.append({"chapter": int(chapter), "chapter_title": title, "axis": axis, "rating": rating,
                                "count": int((mine[column] == rating).sum())})
    return pd.DataFrame.from_records(records, columns=["chapter", "chapter_title", "axis", "rating", "count"])


def ratings_finding(tidy: pd.DataFrame, axis: str) -> str:
    """The sentence a ratings chart states, from its counts (title and alt text of :func:`ratings_chart`)."""
    counts = tidy[tidy["axis"] == axis].groupby("rating")["count"].sum()
    n = int(counts.sum())
    get = lambda label: int(counts.get(label, 0))  # noqa: E731
    if axis == "implementation":
        return (f"{get('kept')} of {n} promises were kept and {get('partly kept')} partly kept; "
                f"for {get('not assessable')} the evidence allows no rating")
    if axis == "outcome":
        rated = n - get("not assessable")
        short = get("missed") + get("clearly missed")
        return f"Only {rated} of {n} promises have a measurable outcome: {get('met')} met, {short} missed"
    rated = n - get("not assessable")
    return f"{rated} of {n} promises could be forecast in 2020: {get('feasible on trend')} feasible on trend"


def ratings_chart(tidy: pd.DataFrame, axis: str = "implementation", *, as_of: str, ax=None):
    """Stacked horizontal bars: promises per chapter by rating on one ``axis``, coloured by tone, titled with
    :func:`ratings_finding` and finished by :func:`analysis.plotting.finish` (which places the legend). The plotted
    counts are kept on the axes for :func:`analysis.plotting.show` (``ax.ratings_data``)."""
    import matplotlib.pyplot as plt

    from . import plotting

    if axis not in AXES:
        raise ValueError(f"axis must be one of {list(AXES)}, got {axis!r}")
    wide = tidy[tidy["axis"] == axis].pivot(index="chapter", columns="rating", values="count")
    wide = wide[[r for r in AXES[axis][1] if r in wide.columns]].sort_index(ascending=False)
    if ax is None:
        _, ax = plt.subplots()
    left = pd.Series(0, index=wide.index)
    labels = [f"ch. {c}" for c in wide.index]
    for rating in wide.columns:
        ax.barh(labels, wide[rating], left=left, color=CHART_COLORS.get(rating, "#95a5a6"),
                edgecolor="white", label=rating)
        left = left + wide[rating]
    ax.grid(axis="y", visible=False)
    plotting.finish(
        ax,
        title=ratings_finding(tidy, axis),
        unit="promises per chapter",
        subtitle=f"Promises of each programme chapter by {axis} rating (claims about the past not included)",
        source="Source: pledge catalogue of this book (data/pledges.csv)",
        as_of=as_of,
    )
    ax.set_yticks(range(len(labels)), labels)  # finish() formats the y-axis as numbers
    ax.xaxis.set_major_formatter(plt.FuncFormatter(lambda v, _: f"{v:.0f}"))
    ax.ratings_data = wide.sort_index().reset_index().melt(id_vars="chapter", var_name="rating", value_name="promises")
    return ax


def chapter_page(notebook: str) -> str:
    """The HTML page of a catalogue ``notebook`` entry, relative to another book page
    (``book/ch02_wohnen.ipynb`` -> ``ch02_wohnen.html``)."""
    return Path(notebook).with_suffix(".html").name


def explorer_frame(catalogue: pd.DataFrame) -> pd.DataFrame:
    """The explorer's rows: pledge (a link to its card), chapter, gloss and the three ratings, in catalogue order."""
    records = []
    for _, row in catalogue.iterrows():
        implementation, outcome, feasibility = _ratings(row)
        href = f"{chapter_page(row['notebook'])}#{row['pledge_id']}"
        records.append({
            "Pledge": f'<a href="{html.escape(href)}">{html.escape(row["pledge_id"])}</a>',
            "Chapter": int(row["chapter"]),
            "What was promised (English gloss)": html.escape(row["gloss_en"]),
            "Implementation": implementation,
            "Outcome": outcome,
            "Feasible in 2020": feasibility,
        })
    return pd.DataFrame.from_records(records)


EXPLORER_FILTERS: tuple[str, ...] = ("Chapter", "Implementation", "Outcome", "Feasible in 2020")
"""Columns of the explorer that a reader can filter by (one pane each)."""


def explorer(catalogue: pd.DataFrame, *, table_id: str = "pledge-explorer") -> ReaderHTML:
    """A searchable, filterable, sortable table of every pledge (itables, offline: the page must have run
    ``itables.init_notebook_mode(connected=False)``). Each cell carries its column name as ``data-label`` so the
    rows stack on a phone (``_static/book.css``)."""
    from itables import to_html_datatable
    from itables.javascript import JavascriptFunction

    frame = explorer_frame(catalogue)
    defs = [
        {"targets": i, "createdCell": JavascriptFunction(
            "function (td) { td.setAttribute('data-label', " + json.dumps(name) + "); }")}
        for i, name in enumerate(frame.columns)
    ]
    markup = to_html_datatable(
        frame,
        table_id=table_id,
        connected=False,
        allow_html=True,
        showIndex=False,
        paging=False,
        scrollX=False,
        autoWidth=False,
        classes="display compact pledge-explorer",
        columnDefs=defs,
        layout={"top1": "searchPanes", "topStart": None, "topEnd": "search", "bottomStart": "info", "bottomEnd": None},
        searchPanes={"columns": [frame.columns.get_loc(c) for c in EXPLORER_FILTERS], "layout": "columns-2",
                     "cascadePanes": True, "initCollapsed": True},
        language={"search": "Search pledges:", "searchPanes": {"title": "Filter by chapter and rating"}},
    )
    text = (f"Pledge explorer: {len(frame)} pledges, searchable by text, filterable by "
            f"{', '.join(c.lower() for c in EXPLORER_FILTERS)}, sortable by column")
    return ReaderHTML(f'<div class="pledge-explorer-wrap">{markup}</div>', text)


# ---------------------------------------------------------------------------------------------------------------
# Dates and citation
# ---------------------------------------------------------------------------------------------------------------


def _latest(dates: Iterable[str]) -> str:
    """The latest of YYYY / YYYY-MM-DD dates (a bare year counts as that year's end)."""
    dates = [_note(d) for d in dates if _note(d)]
    if not dates:
        raise ValueError("no dates to compare")
    return max(dates, key=lambda d: (d if len(d) > 4 else f"{d}-12-31", len(d)))


def data_as_of(catalogue: pd.DataFrame, observations: pd.DataFrame) -> str:
    """The book's "data as of" date: the newest publication date of any source behind it (the ``published`` dates
    of the observation rows and the dates of the catalogue's evidence), formatted (``27 Sep 2020``, ``Mar 2026``
    or ``2026``). Periods are not used: a figure for 2025 may have been published in 2026, and targets or plans are
    dated in the future."""
    from . import provenance

    evidence = catalogue["status_evidence_date"].fillna("").astype(str)
    if not (observations["published"] != "").any() and not (evidence != "").any():
        raise ValueError("no publication date in data/observations and no evidence date in data/pledges.csv")
    return format_date(provenance.latest_publication(observations, evidence))


def citation(title: str, author: str, as_of: str) -> str:
    """A citation line for the book: contributors, year of the data, title, and what it is (no web address is made
    up: the book is cited by title)."""
    year = re.search(r"\d{4}", as_of)
    if not year:
        raise ValueError(f"as-of date {as_of!r} has no year")
    return f"{author} ({year[0]}). {title}. Open executable report, data as of {as_of}."


def book_metadata(path: Path | None = None) -> dict[str, str]:
    """Title and author of the book from ``_config.yml``."""
    import yaml

    from . import ROOT

    path = Path(path) if path else ROOT / "_config.yml"
    config = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    missing = [k for k in ("title", "author") if not str(config.get(k) or "").strip()]
    if missing:
        raise ValueError(f"{path.name}: {', '.join(missing)} missing, so the book cannot be cited")
    return {"title": str(config["title"]), "author": str(config["author"])}


# ---------------------------------------------------------------------------------------------------------------
# What new figures changed, and what was known on election day
# ---------------------------------------------------------------------------------------------------------------

RATING_NAMES = {"implementation_status": "implementation", "outcome": "outcome", "feasibility": "ex ante",
                "claim_check": "claim check"}


def rating_changes(chapter: int, changes: pd.DataFrame, catalogue: pd.DataFrame) -> ReaderHTML:
    """One chapter's "what the latest figures changed": a sentence and, if any rating moved, a table (pledge linked
    to its card, rating, before, after, why). ``changes`` is :func:`analysis.provenance.load_rating_changes`."""
    from . import provenance

    mine = provenance.chapter_changes(chapter, changes)
    if mine.empty:
        text = (f"No rating in this chapter moved with the figures through the end of the term and the data as "
                f"known on election day.")
        return ReaderHTML(f"<p>{html.escape(text)}</p>", text)
    pages = {p: chapter_page(n) for p, n in zip(catalogue["pledge_id"], catalogue["notebook"])}
    frame = pd.DataFrame({
        "pledge": [Link(p, f"{pages.get(p, '')}#{p}") for p in mine["pledge_id"]],
        "rating": [RATING_NAMES[r] for r in mine["rating"]],
        "before": mine["before"], "after": mine["after"], "why": mine["reason"],
    })
    n = len(mine)
    lead = f"{n} rating{'s' if n != 1 else ''} in this chapter moved with the figures through the end of the term:"
    table = reader_table(frame, caption="Ratings moved by the latest figures")
    return ReaderHTML(f"<p>{html.escape(lead)}</p>" + table.data, lead + "\n" + table.text)


def series_ends(chapter: int, ends: pd.DataFrame) -> ReaderHTML:
    """One chapter's series that stop before the last year of the term (``ends`` from
    :func:`analysis.provenance.series_ends`): a sentence and a table of the series, its latest year on record and
    why no later figure is used."""
    from . import data

    mine = ends[[str(chapter) in c.split(", ") for c in ends["chapters"]]] if len(ends) else ends
    if mine.empty:
        text = "Every series behind this chapter's ratings and forecasts reaches the last year of the term."
        return ReaderHTML(f"<p>{html.escape(text)}</p>", text)
    labels = data.read_indicators()["label"]
    names = [f"{labels.get(i, i)}, {g}" if g != "Dortmund" else str(labels.get(i, i))
             for i, g in zip(mine["indicator_id"], mine["geography"])]
    frame = pd.DataFrame({"Series": names, "Latest year on record": pd.array(list(mine["latest"]), dtype="Int64"),
                          "Why no later figure": list(mine["reason"])})
    frame = frame.drop_duplicates().reset_index(drop=True)
    n = len(frame)
    lead = (f"{n} series behind this chapter's ratings or forecasts stop before the last year of the term, "
            f"with the reason:" if n != 1 else
            "One series behind this chapter's ratings or forecasts stops before the last year of the term, "
            "with the reason:")
    table = reader_table(frame, formats={"Latest year on record": "year"}, missing="no figure on record",
                         caption="Series that stop before the end of the term")
    return ReaderHTML(f"<p>{html.escape(lead)}</p>" + table.data, lead + "\n" + table.text)


def what_changed(chapter: int, catalogue: pd.DataFrame) -> ReaderHTML:
    """A chapter's "What the latest figures changed": :func:`rating_changes` (from ``data/rating_changes.csv``) and
    then :func:`series_ends` (from :func:`analysis.provenance.series_ends`), in one block."""
    from . import provenance

    moved = rating_changes(chapter, provenance.load_rating_changes(catalogue=catalogue), catalogue)
    ends = series_ends(chapter, provenance.series_ends(catalogue))
    return ReaderHTML(moved.data + ends.data, moved.text + "\n\n" + ends.text)


def vintage_table(effect: dict, *, digits: int = 0) -> ReaderHTML:
    """What later revisions changed in an election-day forecast (``effect`` from :func:`analysis.record.vintage`):
    the years whose value as known on the day differs from today's figure, and the probability of meeting the
    target on each vintage. A year no source had published by then shows as missing."""
    then, today = effect["then"], effect["today"]
    parts = [t for t in effect["revisions"].values() if not t.empty]
    from . import data

    rows = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=list(data.REVISION_COLUMNS))
    spec = "int" if digits == 0 else f"dec{digits}"
    frame = rows.rename(columns={
        "year": "year", "value_then": "known on election day", "published_then": "published then",
        "value_today": "today's figure", "published_today": "today's figure published", "change": "revised by",
    })
    formats = {"known on election day": spec, "today's figure": spec, "revised by": spec, "published then": "date",
               "today's figure published": "date"}
    prob = (f"Probability of meeting the target: {then.p_text} on the figures as published by election day, "
            f"{today.p_text} on today's figures for the same years.")
    later = sorted({y for years in effect.get("later", {}).values() for y in years})
    if later:
        prob += (f" Years whose figure is on record only from later publications (they enter with today's value): "
                 f"{year_ranges(later)}.")
    if frame.empty:
        text = "No value as first published differs from today's figure. " + prob
        return ReaderHTML(f"<p>{html.escape(text)}</p>", text)
    table = reader_table(frame, formats=formats, caption="Values as published by election day and today's figures")
    return ReaderHTML(table.data + f"<p>{html.escape(prob)}</p>", table.text + "\n" + prob)


def year_ranges(years: Iterable[int]) -> str:
    """``[2001, 2002, 2003, 2012, 2014, 2015]`` -> ``"2001–2003, 2012, 2014–2015"``."""
    years = sorted(set(int(y) for y in years))
    if not years:
        return ""
    runs, start, prev = [], years[0], years[0]
    for y in years[1:] + [None]:
        if y is not None and y == prev + 1:
            prev = y
            continue
        runs.append(f"{start}" if start == prev else f"{start}\u2013{prev}")
        if y is not None:
            start = prev = y
    return ", ".join(runs)
