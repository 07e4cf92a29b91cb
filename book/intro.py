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

# %% tags=["remove-input"]
from myst_nb import glue

from analysis import data, pledges, present

catalogue = pledges.load_pledges()
as_of = present.data_as_of(catalogue, data.load_observations())
meta = present.book_metadata()

# %% tags=["hide-input"]
counts = present.headline(catalogue)
for name in ("n_promises", "n_chapters", "n_kept", "n_partly_kept", "n_in_progress", "n_not_started",
             "n_not_assessable", "n_measurable", "n_outcome_met", "n_claims"):
    glue(name, counts[name], display=False)
glue("as_of", as_of, display=False)
glue("citation", present.citation(meta["title"], meta["author"], as_of), display=False)

# %% [markdown]
# **In short.** Of {glue:text}`n_promises` promises from {glue:text}`n_chapters` programme chapters,
# {glue:text}`n_kept` were kept, {glue:text}`n_partly_kept` partly kept, {glue:text}`n_in_progress` are in progress and
# {glue:text}`n_not_started` not started; {glue:text}`n_not_assessable` cannot be rated from the evidence. Only
# {glue:text}`n_measurable` have a target the published figures can measure, and {glue:text}`n_outcome_met` of those were
# met. The programme's {glue:text}`n_claims` claims about the past are checked and counted apart. The
# [scorecard](scorecard.ipynb) has every rating and a table to search them.
#
# It is written for readers who want to know what became of the promises, for analysts who want to re-run or
# challenge the numbers, and for anyone building a similar check for another city. Every number is computed from
# sourced figures in the `data/` folder, every chart names its source and the date of its data, and every verdict
# follows a rule stated on the [method page](method.ipynb).
#
# ## The two questions, plainly
#
# *Feasible then?* Imagine standing in 2020 with the figures up to 2019. If the trend of the past years simply
# continued, would the target be reached? We answer with forecasts that were first tested on the past (could they
# have predicted earlier years?), and we give the chance of reaching the target, not just yes or no.
#
# *What happened?* We compare the target with the latest published figures and rate the outcome, and separately
# whether the city did what was promised (the implementation), with a dated source for each rating.
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
# assessable. *Feasibility* (what a forecast from 2019 said): feasible on trend, ambitious, out of reach on trend,
# not assessable. *Claims* about the past: holds, partly holds, does not hold, not verifiable. The exact rules are on
# the [method page](method.ipynb).
#
# ## Data as of
#
# The newest source behind the book's figures and ratings dates from {glue:text}`as_of` (computed from the
# publication date that every figure records). Later publications are not included yet.
#
# ## Cite this book
#
# {glue:text}`citation`
#
# The compilation of figures and the pledge catalogue are under a Creative Commons Attribution licence; official figures remain under their publishers' terms (see the
# [data page](data.ipynb)).
