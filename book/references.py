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
# - SPD Dortmund: *Besser werden. Dortmund bleiben. Programm zur Kommunalwahl 2020*, chapters 1–12, and the
#   campaign flyer of the same title. Quotes in this book are taken from these texts.
#
# ## Method
#
# - Hyndman, R. J. & Athanasopoulos, G.: *Forecasting: Principles and Practice*, 3rd edition, OTexts, 2021
#   (benchmark methods, prediction intervals, time-series cross-validation).
# - Hyndman, R. J. & Koehler, A. B.: Another look at measures of forecast accuracy. *International Journal of
#   Forecasting* 22(4), 2006 (MASE).
# - Assimakopoulos, V. & Nikolopoulos, K.: The theta model: a decomposition approach to forecasting.
#   *International Journal of Forecasting* 16(4), 2000.
# - Makridakis, S., Spiliotis, E. & Assimakopoulos, V.: The M4 Competition: Results, findings, conclusion and way
#   forward. *International Journal of Forecasting* 34(4), 2018 (sMAPE, benchmarks).
# - Seabold, S. & Perktold, J.: statsmodels: Econometric and statistical modeling with Python. *Proceedings of the
#   9th Python in Science Conference*, 2010.
#
# ## Data sources
#
# Every source from which the book takes a figure, with the number of figures taken from it. The row of each
# figure in `data/observations/` says where on the page it stands.

# %% tags=["remove-input"]
import pandas as pd

from analysis import data

obs = data.load_observations()
sources = (
    obs.groupby(["source_publisher", "source_title", "source_url"], sort=True)
    .agg(figures=("value", "size"), confidence=("confidence", lambda c: ", ".join(sorted(set(c)))))
    .reset_index()
    .rename(columns={"source_publisher": "publisher", "source_title": "title", "source_url": "address"})
)
with pd.option_context("display.max_rows", 1000, "display.max_colwidth", 300):
    display(sources.set_index(["publisher", "title"]))
