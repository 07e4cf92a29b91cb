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
# # Besser werden? A data check of the SPD Dortmund programme 2020
#
# In September 2020 the SPD stood for Dortmund's city council and mayoralty with a programme of twelve chapters,
# *„Besser werden. Dortmund bleiben.“* (*Get better. Stay Dortmund.*), and a short campaign flyer. The party's
# candidate won the mayoralty and the SPD remained the largest group in the council for the term 2020–2025.
#
# This book takes the programme at its word. For every pledge that carries a number or a checkable claim it asks
# two questions and answers them with published figures:
#
# 1. **Was it feasible when it was made?** Using only data up to 2019, what would a simple, backtested forecast
#    have said about reaching the target?
# 2. **What happened?** What do the latest figures show, and how did the 2019 forecast fare?
#
# It is written for readers who want to know what became of the promises, for analysts who want to re-run or
# challenge the numbers, and for anyone building a similar check for another city. Every number is computed from
# sourced figures in the `data/` folder, every chart names its source and the date of its data, and every verdict
# follows a rule stated on the [method page](method.ipynb).
#
# ## How to read a chapter
#
# Each chapter of the book follows one chapter of the programme. It opens with the pledges, quoted in German with
# an English gloss, then shows the evidence: the series that measure each pledge, the forecast one could have made
# in 2020 with its prediction intervals and backtest scores, and the outcome to date. It closes with a verdict
# table. Figures that come from press reports rather than official releases are marked as such.
#
# ## The verdict scales
#
# *Implementation status* (did the city do what was promised?): kept, partly kept, in progress, not started, not
# assessable. *Outcome* (what do the numbers show?): met, on track, off track, missed, clearly missed, not
# assessable. The exact thresholds are on the [method page](method.ipynb).
#
# ## A first scorecard
#
# The chapters built so far rate the following pledges (rows: outcome; columns: implementation status). The
# [scorecard](scorecard.ipynb) lists each pledge with its evidence.

# %% tags=["remove-input"]
from myst_nb import glue

from analysis import pledges

catalogue = pledges.load_pledges()
glue("n_pledges", len(catalogue), display=False)
glue("n_chapters", len(pledges.chapters_covered(catalogue)), display=False)
pledges.scorecard(catalogue)

# %% [markdown]
# So far the catalogue holds {glue:text}`n_pledges` pledges from {glue:text}`n_chapters` programme chapters;
# further chapters are added as their data are collected.
