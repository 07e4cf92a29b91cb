# ---
# jupyter:
#   jupytext:
#     cell_metadata_filter: tags,-all
#     formats: ipynb,py:percent
#     notebook_metadata_filter: -all,kernelspec,jupytext
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # References
#
# ## The programme
#
# - SPD Dortmund (Unterbezirk Dortmund): *Besser werden. Dortmund bleiben. Programm zur Kommunalwahl 2020*
#   ("Getting better. Staying Dortmund. Programme for the 2020 municipal election"), chapters 1–12, published for
#   the municipal election of 13 September 2020. The programme's back page names the party's web site,
#   [spd-dortmund.de](http://www.spd-dortmund.de), but not a web address of the document itself, so it is cited by
#   title.
# - SPD Dortmund: *Besser werden. Dortmund bleiben.*, the campaign flyer of the same title for the same election,
#   with its own, shorter list of pledges. No web address is printed on it; it is cited by title.
#
# Quotes in this book are taken from plain-text transcripts of the two printed documents; each pledge card names
# the document (programme or flyer) and the chapter its quote comes from.
#
# ## Method
#
# - Hyndman, R. J. & Athanasopoulos, G.: *Forecasting: Principles and Practice*, 3rd edition, OTexts, 2021
#   (benchmark methods, prediction intervals, time-series cross-validation),
#   [otexts.com/fpp3](https://otexts.com/fpp3/).
# - Hyndman, R. J. & Koehler, A. B.: Another look at measures of forecast accuracy. *International Journal of
#   Forecasting* 22(4), 2006 (MASE), [doi.org](https://doi.org/10.1016/j.ijforecast.2006.03.001).
# - Assimakopoulos, V. & Nikolopoulos, K.: The theta model: a decomposition approach to forecasting.
#   *International Journal of Forecasting* 16(4), 2000, [doi.org](https://doi.org/10.1016/S0169-2070%2800%2900066-2).
# - Makridakis, S., Spiliotis, E. & Assimakopoulos, V.: The M4 Competition: Results, findings, conclusion and way
#   forward. *International Journal of Forecasting* 34(4), 2018 (sMAPE, benchmarks),
#   [doi.org](https://doi.org/10.1016/j.ijforecast.2018.06.001).
# - Seabold, S. & Perktold, J.: statsmodels: Econometric and statistical modeling with Python. *Proceedings of the
#   9th Python in Science Conference*, 2010, [doi.org](https://doi.org/10.25080/Majora-92bf1922-011).
#
# ## Data sources
#
# Every web page from which the book takes a figure, {glue:text}`n_sources` in all, with the number of figures
# taken from it and their confidence. Each link names the page by its title, followed by the site it is on. Where the
# rows of one page name it in slightly different words, the fullest title is shown; the row of each figure in the
# data files says where on the page it stands.

# %% tags=["hide-input"]
import pandas as pd
from myst_nb import glue

from analysis import data, present

obs = data.load_observations()


def fullest(values: pd.Series) -> str:
    """The longest of the names a page is given (ties: the first in alphabetical order)."""
    return sorted(set(values), key=lambda v: (-len(v), v))[0]


sources = (
    obs.groupby("source_url", sort=True)
    .agg(
        publisher=("source_publisher", fullest),
        title=("source_title", fullest),
        figures=("value", "size"),
        confidence=("confidence", lambda c: ", ".join(sorted(set(c), key=data.CONFIDENCES.index))),
    )
    .reset_index()
)
assert sources["figures"].sum() == len(obs), "every figure is counted under exactly one web page"
sources["source"] = [present.Link(f"{t} ({present.host(u)})", u) for t, u in zip(sources["title"], sources["source_url"])]
sources["taken"] = [f"{p}: {n} figure{'s' if n > 1 else ''}, {c} confidence"
                    for p, n, c in zip(sources["publisher"], sources["figures"], sources["confidence"])]
sources = sources.sort_values(["publisher", "title"], key=lambda s: s.str.casefold(), kind="stable")
glue("n_sources", f"{len(sources):,}", display=False)
present.reader_table(
    sources,
    columns={"source": "Source (link, with its site)", "taken": "Publisher: figures taken, confidence"},
)
