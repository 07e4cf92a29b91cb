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
# # Scorecard
#
# Every entry of the pledge catalogue (`data/pledges.csv`) in one place. A *promise* is rated on three questions:
# was it done (implementation), what do the numbers show (outcome), and did a forecast made with data up to 2019
# give it a chance (feasibility). A *claim* about the past is checked against the data and counted apart. The
# rules are on the [method page](method.ipynb); each chapter derives its ratings and fails if the catalogue
# disagrees.

# %% tags=["hide-input"]
from itables import init_notebook_mode
from myst_nb import glue

from analysis import data, plotting, pledges, present

plotting.apply_style()
init_notebook_mode(connected=False)
catalogue = pledges.load_pledges()
as_of = present.data_as_of(catalogue, data.load_observations())

# %% tags=["hide-input"]
counts = present.headline(catalogue)
for name, value in counts.items():
    glue(name, value, display=False)
glue("as_of", as_of, display=False)

# %% [markdown]
# ## In words and numbers
#
# Of {glue:text}`n_promises` promises from {glue:text}`n_chapters` programme chapters, {glue:text}`n_kept`
# were kept and {glue:text}`n_partly_kept` partly kept; {glue:text}`n_in_progress` are in progress and
# {glue:text}`n_not_started` not started. For {glue:text}`n_not_assessable` the evidence does not allow a rating.
#
# Only {glue:text}`n_measurable` promises carry a target that the published figures can measure: of these,
# {glue:text}`n_outcome_met` were met, {glue:text}`n_outcome_on_track` are on track, {glue:text}`n_outcome_off_track`
# off track, {glue:text}`n_outcome_missed` missed and {glue:text}`n_outcome_clearly_missed` clearly missed.
#
# Apart from the promises, the programme makes {glue:text}`n_claims` claims about the past: {glue:text}`n_claim_holds`
# holds, {glue:text}`n_claim_partly_holds` partly holds and {glue:text}`n_claim_does_not_hold` does not hold.
# Data as of {glue:text}`as_of`.

# %% [markdown]
# ## Ratings by chapter

# %% tags=["hide-input"]
tidy = present.ratings_by_chapter(catalogue)
ax = present.ratings_chart(tidy, "implementation", as_of=as_of)
plotting.show(ax, alt=present.ratings_finding(tidy, "implementation") + ", by chapter", name="implementation-by-chapter",
              data=ax.ratings_data)

# %% tags=["hide-input"]
ax = present.ratings_chart(tidy, "outcome", as_of=as_of)
plotting.show(ax, alt=present.ratings_finding(tidy, "outcome") + ", by chapter", name="outcome-by-chapter",
              data=ax.ratings_data)

# %% [markdown]
# ## Every pledge
#
# Search by any word, sort by a column, and follow a pledge's id to its card in the chapter.

# %% tags=["hide-input"]
present.explorer(catalogue)
