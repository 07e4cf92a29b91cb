"""The one chart style of the book.

Every chart says its finding in the title, its metric and unit in the subtitle, and its source and the data's as-of
date in a footer. :func:`finish` enforces that: it refuses a chart without title, unit, source or as-of date.
Colours carry the same meaning everywhere (:data:`COLORS`).

Charts are laid out for a phone first: at the width a 390 px phone gives the content column
(:data:`PHONE_WIDTH_PX`) no text is smaller than :data:`MIN_TEXT_PX`; the legend sits below the axes, in as many
columns as fit, never over the data. :func:`show` is the one way a chart reaches the page: a deterministic SVG with
alt text and a download link for the data behind it, so that a changed chart changes the stored notebook output.
"""

from __future__ import annotations

import base64
import html
import io
import re
import textwrap
import unicodedata
import urllib.parse
from collections.abc import Mapping

import matplotlib.lines as mlines
import matplotlib.pyplot as plt
import matplotlib.text as mtext
import matplotlib.ticker as mticker
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import text_to_path

COLORS = {
    "observed": "#1b4f72",  # what happened
    "forecast": "#d35400",  # what a forecast said
    "target": "#c0392b",  # what was promised
    "outcome": "#117a65",  # observations after the forecast origin
    "context": "#7f8c8d",  # comparators, other definitions
}
SERIES_CYCLE = ["#1b4f72", "#d35400", "#117a65", "#7d3c98", "#7f8c8d", "#b7950b", "#2e86c1"]

# Geometry. Rendered text px = size in pt x display width / figure width in pt, whatever the dpi.
FIG_WIDTH_IN = 6.4  # 460.8 pt; an SVG of this width is 614 CSS px wide, its natural size on a desktop page
AXES_HEIGHT_IN = 3.0  # the data area keeps this height; the figure grows with title, legend and footer
# Width of a chart on a 390 px wide phone: measured in the built book (Jupyter Book 1.x page, headless Chromium at a
# 390 px viewport) the content column leaves the image 342 px, less than the 358 px of viewport minus margins.
PHONE_WIDTH_PX = 342
MIN_TEXT_PX = 9.0
FONT_PT = 12.5  # ticks, legend, subtitle, unit, footer: 12.5 pt x 342 / 460.8 = 9.3 px on the phone
TITLE_PT = 15.5
FONT_FAMILY = "DejaVu Sans"  # ships with matplotlib, so charts do not depend on the fonts installed
SVG_SALT = "dortmund"
_MARGIN_IN = 0.12
_GAP_IN = 0.08
_MAX_LEGEND_COLS = 4


def apply_style() -> None:
    """Set the book's matplotlib/seaborn style (call once per notebook; idempotent)."""
    sns.set_theme(style="whitegrid", context="notebook", palette=SERIES_CYCLE)
    plt.rcParams.update(
        {
            "figure.figsize": (FIG_WIDTH_IN, AXES_HEIGHT_IN + 2),
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "font.family": "sans-serif",
            "font.sans-serif": [FONT_FAMILY],
            "font.size": FONT_PT,
            "axes.labelsize": FONT_PT,
            "xtick.labelsize": FONT_PT,
            "ytick.labelsize": FONT_PT,
            "legend.fontsize": FONT_PT,
            "axes.titlesize": TITLE_PT,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "legend.frameon": False,
            "svg.hashsalt": SVG_SALT,
            "svg.fonttype": "path",
        }
    )


def with_gaps(series: pd.Series) -> pd.Series:
    """Reindex an annual series to every year in its range so that a line breaks at missing years, never bridging them."""
    if len(series) < 2 or not pd.api.types.is_integer_dtype(series.index):
        return series
    return series.reindex(range(int(series.index.min()), int(series.index.max()) + 1))


def _thousands(ax) -> None:
    ax.yaxis.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:,.0f}" if abs(v) >= 1000 else f"{v:g}"))


def year_axis(ax, axis: str = "y"):
    """Label an axis whose values are years as plain integers (2030, not 2,030).

    :func:`finish` formats the y-axis with thousands separators, which suits counts but not years; call this after
    the chart is drawn when the y-axis (or ``axis="x"``) holds years.
    """
    if axis not in ("x", "y"):
        raise ValueError(f"axis must be 'x' or 'y', got {axis!r}")
    target = ax.yaxis if axis == "y" else ax.xaxis
    target.set_major_locator(mticker.MaxNLocator(nbins="auto", integer=True))
    target.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:.0f}"))
    return ax


# --- text measurement and wrapping -------------------------------------------------------------------------------


def text_width_pt(text: str, size: float = FONT_PT, weight: str = "normal") -> float:
    """Width in points of one line of ``text`` set in the book's font."""
    prop = FontProperties(family=FONT_FAMILY, size=size, weight=weight)
    return text_to_path.get_text_width_height_descent(text, prop, ismath=False)[0]


def wrap_to_width(text: str, width_pt: float, size: float = FONT_PT, weight: str = "normal") -> str:
    """Break ``text`` at spaces so that no line is wider than ``width_pt`` (a single longer word keeps its line).

    Existing line breaks are kept.
    """
    out = []
    for paragraph in str(text).split("\n"):
        line = ""
        for word in paragraph.split():
            candidate = f"{line} {word}" if line else word
            if line and text_width_pt(candidate, size, weight) > width_pt:
                out.append(line)
                line = word
            else:
                line = candidate
        out.append(line)
    return "\n".join(out)


def rendered_px(font_pt: float, figure_width_in: float, display_px: float = PHONE_WIDTH_PX) -> float:
    """Size in CSS px of text of ``font_pt`` when a figure ``figure_width_in`` wide is shown ``display_px`` wide."""
    return font_pt * display_px / (figure_width_in * 72)


def text_sizes(fig, display_px: float = PHONE_WIDTH_PX) -> list[tuple[str, float]]:
    """Every visible, non-empty text of ``fig`` with its rendered size in px at ``display_px`` display width."""
    width_in = fig.get_size_inches()[0]
    found = []
    for artist in fig.findobj(mtext.Text):
        if artist.get_visible() and artist.get_text().strip():
            found.append((artist.get_text(), rendered_px(artist.get_fontsize(), width_in, display_px)))
    return found


def check_legible(fig, display_px: float = PHONE_WIDTH_PX, min_px: float = MIN_TEXT_PX) -> None:
    """Refuse a figure with any text smaller than ``min_px`` when shown ``display_px`` wide."""
    small = [(t, px) for t, px in text_sizes(fig, display_px) if px < min_px - 1e-9]
    if small:
        listed = "; ".join(f"{t!r} at {px:.1f} px" for t, px in small[:5])
        raise ValueError(
            f"chart text below {min_px:g} px at {display_px:g} px display width ({len(small)} texts): {listed}; "
            "leave font sizes to the book's style"
        )


# --- what a chart plotted ----------------------------------------------------------------------------------------

_DATA_COLUMNS = ["series", "x", "y", "lo80", "hi80", "lo95", "hi95"]


def _record(ax, label: str, x, y, artists=(), **bands) -> None:
    """Note on ``ax`` the points of one plotted series (gaps dropped) and the artists that drew it."""
    frame = pd.DataFrame({"series": label, "x": list(x), "y": np.asarray(y, dtype=float)})
    for name, values in bands.items():
        frame[name] = np.asarray(values, dtype=float)
    frame = frame[frame[["y", *bands]].notna().any(axis=1)] if len(frame) else frame
    if not hasattr(ax, "_book_plotted"):
        ax._book_plotted = []
        ax._book_artists = set()
    ax._book_plotted.append(frame)
    ax._book_artists.update(id(a) for a in artists)


def _line_data(ax, line: mlines.Line2D, number: int) -> pd.DataFrame:
    label = line.get_label()
    label = label if label and not label.startswith("_") else f"line {number}"
    x, y = np.asarray(line.get_xdata(), dtype=object), np.asarray(line.get_ydata(), dtype=float)
    transform = line.get_transform()
    if transform == ax.get_xaxis_transform():  # a vertical line (axvline): y is in axes units
        x, y = x[:1], np.array([np.nan])
    elif transform == ax.get_yaxis_transform():  # a horizontal line (axhline): x is in axes units
        x, y = np.array([None]), y[:1]
    frame = pd.DataFrame({"series": label, "x": list(x), "y": y})
    return frame[frame["y"].notna() | frame["x"].notna()]


def plotted_data(ax) -> pd.DataFrame:
    """A tidy frame of what the chart on ``ax`` shows: one row per plotted point.

    Columns ``series, x, y`` and, for forecast fans, ``lo80, hi80, lo95, hi95`` (``y`` is the forecast mean). Series
    come in drawing order; a level target has an empty ``x``. Lines drawn on ``ax`` with plain matplotlib are added
    from their data and labels. Raises ``ValueError`` if the chart holds nothing that can be read back.
    """
    frames = list(getattr(ax, "_book_plotted", []))
    known = getattr(ax, "_book_artists", set())
    for number, line in enumerate(ax.get_lines(), start=1):
        if id(line) not in known:
            frames.append(_line_data(ax, line, number))
    frames = [f for f in frames if len(f)]
    if not frames:
        title = getattr(ax, "_book_chart", {}).get("title", ax.get_title(loc="left"))
        raise ValueError(
            f"chart {title!r}: no data recorded by analysis.plotting and no lines to read back; "
            "pass the data behind the chart to show(..., data=frame)"
        )
    out = pd.concat(frames, ignore_index=True)
    out = out.reindex(columns=[c for c in _DATA_COLUMNS if c in out.columns])
    return out.dropna(axis=1, how="all").reset_index(drop=True)


# --- claims in titles --------------------------------------------------------------------------------------------


def _values(series) -> pd.Series:
    values = pd.Series(series, dtype=float).dropna()
    if values.empty:
        raise ValueError("a claim about a series needs at least one value")
    return values


def count_above(series, level: float) -> int:
    """Number of values strictly above ``level`` (missing values do not count)."""
    return int((_values(series) > level).sum())


def count_below(series, level: float) -> int:
    """Number of values strictly below ``level`` (missing values do not count)."""
    return int((_values(series) < level).sum())


def check_claim(condition: bool, title: str) -> str:
    """Return ``title`` if the data bear out the comparison it states; raise otherwise.

    Use it where a title states a comparison, e.g.
    ``check_claim(count_above(completions, 2000) == 0, "Completions stayed below 2,000")``.
    """
    if not isinstance(condition, (bool, np.bool_)):
        raise TypeError(f"check_claim needs a True/False condition, got {type(condition).__name__}")
    if not condition:
        raise ValueError(f"the data contradict the chart title: {title!r}")
    return title


# --- the frame around a chart ------------------------------------------------------------------------------------


def finish(ax, *, title: str, unit: str, source: str, as_of: str, subtitle: str | None = None):
    """Add title (the finding), subtitle (metric), unit and footer (source and as-of date) to a chart.

    The unit stands above the y-axis; the legend goes below the axes; the figure is sized so that the data area
    keeps its height however long title, legend and footer are (see :func:`layout`).
    """
    for name, value in (("title", title), ("unit", unit), ("source", source), ("as_of", as_of)):
        if not value or not str(value).strip():
            raise ValueError(f"a chart needs a {name}")
    footer = f"{source.rstrip('.')}. Data as of {as_of}."
    series = tuple(getattr(source, "series", ()))
    ax._book_chart = {"title": title, "subtitle": subtitle, "unit": unit, "footer": footer, "series": series}
    ax.set_ylabel("")
    ax.xaxis.set_major_locator(mticker.MaxNLocator(nbins="auto", integer=True))
    _thousands(ax)
    layout(ax)
    return ax


def _extent_in(artist, renderer, dpi) -> tuple[float, float]:
    box = artist.get_window_extent(renderer)
    return box.width / dpi, box.height / dpi


def _legend_entries(ax):
    handles, labels = ax.get_legend_handles_labels()
    old = ax.get_legend()
    if old is not None:  # a legend placed inside the axes moves below them
        old.remove()
    return handles, labels


def _place_legend(fig, handles, labels, width_in):
    """A legend in as many columns (at most :data:`_MAX_LEGEND_COLS`) as hold every label on one line.

    In a single column, long labels are wrapped to the width.
    """
    if not handles:
        return None
    widths = [text_width_pt(label) for label in labels]
    ncols = 1
    for n in range(min(_MAX_LEGEND_COLS, len(handles)), 1, -1):
        # handle, padding and column spacing take about 4.5 font sizes per column
        if max(widths) <= width_in * 72 / n - 4.5 * FONT_PT:
            ncols = n
            break
    wrapped = labels if ncols > 1 else [wrap_to_width(label, width_in * 72 - 4.5 * FONT_PT) for label in labels]
    return fig.legend(handles, wrapped, loc="lower left", ncols=ncols, fontsize=FONT_PT, frameon=False,
                      borderaxespad=0, borderpad=0, columnspacing=1.2, handlelength=2)


def layout(ax) -> None:
    """Stack title, subtitle, unit, axes, legend and footer from top to bottom, each wrapped to the width.

    :func:`finish` calls it; :func:`show` calls it again so that changes made after ``finish`` (limits, ticks,
    a legend) are laid out too. The figure keeps :data:`FIG_WIDTH_IN`; its height follows the content.
    """
    meta = ax._book_chart
    fig = ax.figure
    for artist in meta.get("artists", []):
        artist.remove()
    width = FIG_WIDTH_IN
    text_w_pt = (width - 2 * _MARGIN_IN) * 72
    fig.set_size_inches(width, AXES_HEIGHT_IN + 3)
    title = wrap_to_width(meta["title"], text_w_pt, TITLE_PT, "bold")
    title_artist = ax.set_title(title, loc="left", fontsize=TITLE_PT, fontweight="bold", va="bottom")
    grey = dict(fontsize=FONT_PT, ha="left", va="bottom", transform=fig.transFigure)
    header = []
    if meta["subtitle"]:
        header.append(ax.text(0, 0, wrap_to_width(meta["subtitle"], text_w_pt), color="#444444", **grey))
    header.append(ax.text(0, 0, wrap_to_width(meta["unit"], text_w_pt), color="#444444", style="italic", **grey))
    footer = fig.text(0, 0, wrap_to_width(meta["footer"], text_w_pt), color="#555555", fontsize=FONT_PT,
                      ha="left", va="bottom")
    handles, labels = _legend_entries(ax)
    legend = _place_legend(fig, handles, labels, width - 2 * _MARGIN_IN)
    meta["artists"] = [*header, footer] + ([legend] if legend is not None else [])
    dpi = fig.dpi
    for _ in range(2):  # tick labels depend on the axes width, which depends on the tick labels
        fig.draw_without_rendering()
        renderer = fig.canvas.get_renderer()
        ax_box = ax.get_window_extent(renderer)
        ybox, xbox = ax.yaxis.get_tightbbox(renderer), ax.xaxis.get_tightbbox(renderer)
        left = max(0.0, ax_box.x0 - ybox.x0) / dpi if ybox is not None else 0.0
        below = max(0.0, ax_box.y0 - xbox.y0) / dpi if xbox is not None else 0.0
        right = max(0.0, xbox.x1 - ax_box.x1) / dpi if xbox is not None else 0.0
        title_h = _extent_in(title_artist, renderer, dpi)[1]
        header_h = [_extent_in(t, renderer, dpi)[1] for t in header]
        footer_h = _extent_in(footer, renderer, dpi)[1]
        legend_h = _extent_in(legend, renderer, dpi)[1] + _GAP_IN if legend is not None else 0.0
        top_block = title_h + sum(h + _GAP_IN for h in header_h)
        bottom_block = footer_h + _GAP_IN + legend_h + below + _GAP_IN
        height = _MARGIN_IN + top_block + _GAP_IN + AXES_HEIGHT_IN + bottom_block + _MARGIN_IN
        fig.set_size_inches(width, height)
        ax_left = _MARGIN_IN + left
        ax_width = max(width - ax_left - _MARGIN_IN - right, 1.0)
        ax_bottom = _MARGIN_IN + bottom_block
        ax.set_position([ax_left / width, ax_bottom / height, ax_width / width, AXES_HEIGHT_IN / height])
        y = ax_bottom + AXES_HEIGHT_IN + _GAP_IN
        for text, h in zip(reversed(header), reversed(header_h)):
            text.set_position((_MARGIN_IN / width, y / height))
            y += h + _GAP_IN
        ax.set_title(title, loc="left", fontsize=TITLE_PT, fontweight="bold", va="bottom",
                     pad=(y - ax_bottom - AXES_HEIGHT_IN) * 72)
        title_artist.set_x((_MARGIN_IN - ax_left) / ax_width)
        footer.set_position((_MARGIN_IN / width, _MARGIN_IN / height))
        if legend is not None:
            legend.set_bbox_to_anchor(((_MARGIN_IN) / width, (_MARGIN_IN + footer_h + _GAP_IN) / height),
                                      transform=fig.transFigure)


# --- the charts --------------------------------------------------------------------------------------------------


def fan_chart(
    history: pd.Series,
    forecast: pd.DataFrame,
    *,
    title: str,
    unit: str,
    source: str,
    as_of: str,
    target: float | pd.Series | None = None,
    target_label: str = "target",
    outcome: pd.Series | None = None,
    forecast_label: str = "forecast",
    subtitle: str | None = None,
    ax=None,
    outcome_label: str = "outcome",
):
    """History, point forecast with 80 % and 95 % bands, optional target (level or path) and realised outcome.

    ``forecast`` has columns ``mean, lo80, hi80, lo95, hi95`` indexed by year (as from :func:`analysis.forecast.forecast`).
    ``outcome_label`` names the outcome line in the legend, e.g. to say that it joins figures of several data vintages.
    Observations are drawn above the forecast, the outcome above everything.
    """
    if ax is None:
        _, ax = plt.subplots()
    shown = with_gaps(history)
    label = "observed (forecast basis)"
    (line,) = ax.plot(shown.index, shown.values, "o-", color=COLORS["observed"], label=label, lw=2, zorder=4)
    _record(ax, label, history.index, history.values, [line])
    years = forecast.index
    b95 = ax.fill_between(years, forecast["lo95"], forecast["hi95"], color=COLORS["forecast"], alpha=0.15, lw=0,
                          label="95 % interval", zorder=1)
    b80 = ax.fill_between(years, forecast["lo80"], forecast["hi80"], color=COLORS["forecast"], alpha=0.3, lw=0,
                          label="80 % interval", zorder=1.5)
    joined = pd.concat([history.iloc[-1:], forecast["mean"]])
    (line,) = ax.plot(joined.index, joined.values, "--", color=COLORS["forecast"], lw=2, label=forecast_label, zorder=3)
    _record(ax, forecast_label, years, forecast["mean"], [line, b95, b80],
            **{k: forecast[k] for k in ("lo80", "hi80", "lo95", "hi95")})
    if outcome is not None and len(outcome):
        shown = with_gaps(outcome)
        (line,) = ax.plot(shown.index, shown.values, "s-", color=COLORS["outcome"], lw=2, label=outcome_label, zorder=5)
        _record(ax, outcome_label, outcome.index, outcome.values, [line])
    _draw_target(ax, target, target_label)
    return finish(ax, title=title, unit=unit, source=source, as_of=as_of, subtitle=subtitle)


def _draw_target(ax, target, label: str) -> None:
    if target is None:
        return
    if isinstance(target, pd.Series):
        (line,) = ax.plot(target.index, target.values, ":", color=COLORS["target"], lw=2, label=label, zorder=2.5)
        _record(ax, label, target.index, target.values, [line])
    else:
        line = ax.axhline(float(target), color=COLORS["target"], ls=":", lw=2, label=label, zorder=2.5)
        _record(ax, label, [None], [float(target)], [line])


def line_chart(
    lines: Mapping[str, pd.Series],
    *,
    title: str,
    unit: str,
    source: str,
    as_of: str,
    target: float | pd.Series | None = None,
    target_label: str = "target",
    subtitle: str | None = None,
    markers: bool = True,
    gaps: bool = True,
    colors: Mapping[str, str] | None = None,
    ax=None,
    emphasis: str | None = None,
):
    """Several series, each its own line: series of different definitions are drawn apart, never chained.

    ``gaps=True`` (annual series) breaks a line at every missing year; ``gaps=False`` is for events such as
    elections, where the years between two points are not missing values (a NaN still breaks the line).
    ``colors`` maps line labels to colours (e.g. party colours); other lines take the book's palette.
    ``emphasis`` names the line the chart is about (e.g. the city against its comparators): it is drawn on top,
    thicker, and the other lines thinner and lighter, so that none of its points hides under another line.
    """
    if emphasis is not None and emphasis not in lines:
        raise ValueError(f"emphasis {emphasis!r} is not one of the lines {list(lines)}")
    if ax is None:
        _, ax = plt.subplots()
    for (label, series), color in zip(lines.items(), SERIES_CYCLE * 3):
        color = (colors or {}).get(label, color)
        shown = with_gaps(series) if gaps else series
        style = dict(lw=2, ms=4, zorder=3)
        if emphasis is not None:
            style = dict(lw=2.6, ms=5.5, zorder=4) if label == emphasis else dict(lw=1.4, ms=3.5, zorder=3, alpha=0.75)
        (line,) = ax.plot(shown.index, shown.values, "o-" if markers else "-", color=color, label=label, **style)
        _record(ax, label, series.index, series.values, [line])
    _draw_target(ax, target, target_label)
    return finish(ax, title=title, unit=unit, source=source, as_of=as_of, subtitle=subtitle)


def _category_labels(keys, n_slots: int) -> list[str]:
    """Category names wrapped to the width of one bar's slot on the x-axis."""
    slot_pt = (FIG_WIDTH_IN - 2 * _MARGIN_IN - 0.8) * 72 / max(n_slots, 1) - 4
    return [wrap_to_width(str(k), slot_pt) for k in keys]


def bar_chart(
    values: pd.Series,
    *,
    title: str,
    unit: str,
    source: str,
    as_of: str,
    target: float | None = None,
    target_label: str = "target",
    highlight: Mapping[object, str] | None = None,
    subtitle: str | None = None,
    ax=None,
):
    """Vertical bars (e.g. one per year), optional target line; ``highlight`` maps index values to colours.

    Category names are wrapped to the width of their bar.
    """
    if ax is None:
        _, ax = plt.subplots()
    colors = [(highlight or {}).get(k, COLORS["observed"]) for k in values.index]
    names = [str(k) for k in values.index]
    bars = ax.bar(names, values.values, color=colors, zorder=2)
    _record(ax, unit, values.index, values.values, [bars])
    if target is not None:
        line = ax.axhline(float(target), color=COLORS["target"], ls=":", lw=2, label=target_label, zorder=3)
        _record(ax, target_label, [None], [float(target)], [line])
    ax.set_xticks(range(len(names)), _category_labels(values.index, len(names)))
    finish(ax, title=title, unit=unit, source=source, as_of=as_of, subtitle=subtitle)
    ax.xaxis.set_major_locator(mticker.AutoLocator() if len(values) > 20 else mticker.FixedLocator(range(len(values))))
    layout(ax)
    return ax


# --- the one way a chart reaches the page ------------------------------------------------------------------------

_IMAGE_NAME = re.compile(r"^\S+\.(png|svg|jpe?g|gif|pdf|webp)$", re.IGNORECASE)
_MIN_ALT_WORDS = 5


def _check_alt(alt: str) -> str:
    text = " ".join(str(alt or "").split())
    if not text:
        raise ValueError("a chart needs alt text that states its finding")
    if _IMAGE_NAME.match(text):
        raise ValueError(f"alt text {text!r} is a file name; state the chart's finding")
    if len(text.split()) < _MIN_ALT_WORDS:
        raise ValueError(f"alt text {text!r} is too short; state the chart's finding in at least {_MIN_ALT_WORDS} words")
    return text


def slug(text: str, limit: int = 60) -> str:
    """A file name from a title: ASCII letters, digits and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", text.replace("ß", "ss")).encode("ascii", "ignore").decode()
    name = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(name) > limit:  # cut at a word boundary
        name = name[: limit + 1].rsplit("-", 1)[0] if "-" in name[: limit + 1] else name[:limit]
    return name or "chart"


def _check_name(name: str | None, title: str) -> str:
    if name is None:
        return slug(title)
    name = str(name).removesuffix(".csv")
    if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", name):
        raise ValueError(f"download name {name!r}: use letters, digits, '-', '_' and '.' only")
    return name


def figure_svg(fig) -> bytes:
    """The figure as SVG whose bytes depend only on what it shows: fixed ids, no date, text as paths."""
    buffer = io.BytesIO()
    with plt.rc_context({"svg.hashsalt": SVG_SALT, "svg.fonttype": "path", "svg.image_inline": True}):
        fig.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    return buffer.getvalue()


def csv_text(data: pd.DataFrame) -> str:
    """The data as CSV text (the index is written unless it is a plain row number)."""
    if not isinstance(data, pd.DataFrame):
        raise TypeError(f"chart data must be a pandas DataFrame, got {type(data).__name__}")
    if data.empty:
        raise ValueError("chart data are empty; a chart shows at least one value")
    return data.to_csv(index=not isinstance(data.index, pd.RangeIndex), lineterminator="\n")


def render(ax, *, alt: str, name: str | None = None, data: pd.DataFrame | None = None) -> dict[str, str]:
    """The display bundle of a finished chart (``text/html`` and ``text/plain``); closes the figure.

    Refuses a chart that did not go through :func:`finish`, text too small for a phone (:func:`check_legible`),
    alt text that does not state a finding, and a chart whose data cannot be read back when ``data`` is not given.
    """
    meta = getattr(ax, "_book_chart", None)
    if meta is None:
        raise ValueError("show() needs a chart made with analysis.plotting (finish() adds title, unit, source and date)")
    alt_text = _check_alt(alt)
    file_name = _check_name(name, meta["title"])
    frame = plotted_data(ax) if data is None else data
    csv = csv_text(frame)
    fig = ax.figure
    layout(ax)
    check_legible(fig)
    svg = figure_svg(fig)
    plt.close(fig)
    image = base64.b64encode(svg).decode("ascii")
    csv_uri = "data:text/csv;charset=utf-8," + urllib.parse.quote(csv, safe="")
    markup = (
        f'<figure class="chart" data-source="{html.escape(meta["footer"], quote=True)}"'
        f' data-series="{html.escape("|".join(meta.get("series", ())), quote=True)}">'
        f'<img src="data:image/svg+xml;base64,{image}" alt="{html.escape(alt_text, quote=True)}" '
        'style="max-width:100%;height:auto">'
        f'<figcaption><a href="{csv_uri}" download="{html.escape(file_name, quote=True)}.csv">'
        "Download the data behind this chart (CSV)</a></figcaption>"
        "</figure>"
    )
    plain = f"Chart: {meta['title']} — {len(frame)} rows of data"
    return {"text/html": markup, "text/plain": plain}


def show(ax, *, alt: str, name: str | None = None, data: pd.DataFrame | None = None) -> None:
    """Put a finished chart on the page: one SVG image with ``alt`` text and a link to download its data as CSV.

    ``alt`` states the chart's finding for readers who cannot see it (at least five words). ``name`` is the file
    name of the download (default: from the title). ``data`` is the frame behind the chart; by default the points
    the chart functions plotted (:func:`plotted_data`). The stored output changes whenever chart or data change,
    which is what the notebook tests compare.
    """
    from IPython.display import display

    display(render(ax, alt=alt, name=name, data=data), raw=True)
