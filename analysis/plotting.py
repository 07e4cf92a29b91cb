"""The one chart style of the book.

Every chart says its finding in the title, its metric and unit in the subtitle, and its source and the data's as-of
date in a footer. :func:`finish` enforces that: it refuses a chart without title, unit, source or as-of date.
Colours carry the same meaning everywhere (:data:`COLORS`).
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

import matplotlib.pyplot as plt
import matplotlib.ticker as mticker
import pandas as pd
import seaborn as sns

COLORS = {
    "observed": "#1b4f72",  # what happened
    "forecast": "#d35400",  # what a forecast said
    "target": "#c0392b",  # what was promised
    "outcome": "#117a65",  # observations after the forecast origin
    "context": "#7f8c8d",  # comparators, other definitions
}
SERIES_CYCLE = ["#1b4f72", "#d35400", "#117a65", "#7d3c98", "#7f8c8d", "#b7950b", "#2e86c1"]


def apply_style() -> None:
    """Set the book's matplotlib/seaborn style (call once per notebook; idempotent)."""
    sns.set_theme(style="whitegrid", context="notebook", palette=SERIES_CYCLE)
    plt.rcParams.update(
        {
            "figure.figsize": (8, 4.5),
            "figure.dpi": 100,
            "savefig.dpi": 100,
            "axes.titlesize": 13,
            "axes.titleweight": "bold",
            "axes.titlelocation": "left",
            "axes.spines.top": False,
            "axes.spines.right": False,
            "legend.frameon": False,
            "svg.hashsalt": "dortmund",
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
    target.set_major_locator(mticker.MaxNLocator(integer=True))
    target.set_major_formatter(mticker.FuncFormatter(lambda v, _: f"{v:.0f}"))
    return ax


def finish(ax, *, title: str, unit: str, source: str, as_of: str, subtitle: str | None = None):
    """Add title (the finding), subtitle (metric and unit) and footer (source and as-of date) to a chart."""
    for name, value in (("title", title), ("unit", unit), ("source", source), ("as_of", as_of)):
        if not value or not str(value).strip():
            raise ValueError(f"a chart needs a {name}")
    fig = ax.figure
    sub = textwrap.fill(subtitle or unit, 95)
    ax.set_title(textwrap.fill(title, 68), loc="left", pad=12 + 14 * (sub.count("\n") + 1))
    ax.text(0, 1.02, sub, transform=ax.transAxes, fontsize=10, color="#444444", va="bottom")
    ax.set_ylabel(unit)
    text = textwrap.fill(f"{source.rstrip('.')}. Data as of {as_of}.", 130)
    fig.text(0.01, -0.02, text, fontsize=8, color="#555555", ha="left", va="top")
    ax.xaxis.set_major_locator(mticker.MaxNLocator(integer=True))
    _thousands(ax)
    if ax.get_legend_handles_labels()[0]:
        ax.legend(loc="best", fontsize=9)
    fig.tight_layout()
    return ax


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
    """
    if ax is None:
        _, ax = plt.subplots()
    shown = with_gaps(history)
    ax.plot(shown.index, shown.values, "o-", color=COLORS["observed"], label="observed (forecast basis)", lw=2)
    years = forecast.index
    ax.fill_between(years, forecast["lo95"], forecast["hi95"], color=COLORS["forecast"], alpha=0.15, lw=0,
                    label="95 % interval")
    ax.fill_between(years, forecast["lo80"], forecast["hi80"], color=COLORS["forecast"], alpha=0.3, lw=0,
                    label="80 % interval")
    joined = pd.concat([history.iloc[-1:], forecast["mean"]])
    ax.plot(joined.index, joined.values, "--", color=COLORS["forecast"], lw=2, label=forecast_label)
    if outcome is not None and len(outcome):
        shown = with_gaps(outcome)
        ax.plot(shown.index, shown.values, "s-", color=COLORS["outcome"], lw=2, label=outcome_label)
    _draw_target(ax, target, target_label)
    return finish(ax, title=title, unit=unit, source=source, as_of=as_of, subtitle=subtitle)


def _draw_target(ax, target, label: str) -> None:
    if target is None:
        return
    if isinstance(target, pd.Series):
        ax.plot(target.index, target.values, ":", color=COLORS["target"], lw=2, label=label)
    else:
        ax.axhline(float(target), color=COLORS["target"], ls=":", lw=2, label=label)


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
):
    """Several series, each its own line: series of different definitions are drawn apart, never chained.

    ``gaps=True`` (annual series) breaks a line at every missing year; ``gaps=False`` is for events such as
    elections, where the years between two points are not missing values (a NaN still breaks the line).
    ``colors`` maps line labels to colours (e.g. party colours); other lines take the book's palette.
    """
    if ax is None:
        _, ax = plt.subplots()
    for (label, series), color in zip(lines.items(), SERIES_CYCLE * 3):
        color = (colors or {}).get(label, color)
        series = with_gaps(series) if gaps else series
        ax.plot(series.index, series.values, "o-" if markers else "-", color=color, lw=2, ms=4, label=label)
    _draw_target(ax, target, target_label)
    return finish(ax, title=title, unit=unit, source=source, as_of=as_of, subtitle=subtitle)


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
    """Vertical bars (e.g. one per year), optional target line; ``highlight`` maps index values to colours."""
    if ax is None:
        _, ax = plt.subplots()
    colors = [(highlight or {}).get(k, COLORS["observed"]) for k in values.index]
    ax.bar([str(k) for k in values.index], values.values, color=colors)
    if target is not None:
        ax.axhline(float(target), color=COLORS["target"], ls=":", lw=2, label=target_label)
    finish(ax, title=title, unit=unit, source=source, as_of=as_of, subtitle=subtitle)
    ax.xaxis.set_major_locator(mticker.AutoLocator() if len(values) > 20 else mticker.FixedLocator(range(len(values))))
    return ax
