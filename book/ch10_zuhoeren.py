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
# # 10. Zuhören, Kümmern, Machen: listening, caring, doing
#
# The programme's chapter on participation, *„Zuhören, Kümmern, Machen“* (*Listen, take care, get things done*),
# promises a large city conference, neighbourhood centres, a board of clubs and associations, the roll-out of the
# nordwärts project's best models, and a city app. None of these carries a number. What can be checked is whether
# each was set up, and when: the chapter collects the dated steps found in city releases and press reports, and
# rates each pledge by the status rule on the [method page](method.ipynb).

# %% tags=["remove-input"]
from IPython.display import display
from myst_nb import glue

from analysis import data, pledges, plotting, present, provenance, timeline

plotting.apply_style()
obs = data.load_observations()
catalogue = pledges.load_pledges()
series = data.series_loader(obs)
steps = timeline.load_steps(pledge_ids=catalogue["pledge_id"])
chapter_steps = timeline.chapter_steps(steps, 10)

# %% [markdown]
# ## The dated trail of each pledge
#
# Each row of the chart is a pledge, each marker a dated step from a source: proposed, decided, funded, started,
# delivered in part, delivered. A hollow marker is a date the source gives only to the month or year. The dashed
# line is the end of the council term on 31 October 2025; a pledge is *kept* with a dated delivery before it.

# %% tags=["hide-input"]
labels = {
    "ch10-p01": "City conference",
    "ch10-p03": "Board of clubs",
    "ch10-p04": "nordwärts roll-out",
    "ch10-p05": "Dortmund app",
}
status = timeline.check_statuses(chapter_steps, catalogue)
counts = status.value_counts()
for name, n in timeline.status_counts(status).items():
    glue(name, n, display=False)
assert status["ch10-p05"] == "kept" and int(counts.get("kept", 0)) == 1, "the title names the app as the one kept"
ax = timeline.timeline_chart(
    chapter_steps,
    labels=labels,
    title="Only the Dortmund app was fully delivered; the city conference came late, under another name",
    source="Source: Stadt Dortmund, nordwärts, press reports; each step on the data page",
)
plotting.show(
    ax,
    alt="Timeline of four participation pledges from 2020 to 2025: the Dortmund app was delivered in October 2023, "
    "the city conferences took place in September 2024 and March 2025, nordwärts closed in May 2025 with a partial "
    "roll-out, and the board of clubs shows no step after the pledge.",
    name="ch10_delivery_timeline",
    data=timeline.timeline_frame(chapter_steps, labels),
)

# %% [markdown]
# Of the {glue:text}`n_trail` pledges with a dated trail, {glue:text}`n_kept` was kept, {glue:text}`n_partly_kept`
# were partly kept and {glue:text}`n_not_started` was not started. The steps and their sources:

# %% tags=["hide-input"]
timeline.steps_table(chapter_steps, labels)

# %% [markdown]
# ## A large Dortmund conference

# %% tags=["hide-input"]
display(present.pledge_card("ch10-p01", catalogue))

# %% tags=["hide-input"]
conf = chapter_steps[(chapter_steps["pledge_id"] == "ch10-p01") & (chapter_steps["step"] == "delivered in part")]
glue("conf_first", timeline.format_step_date(conf["date"].iloc[0]), display=False)
glue("conf_second", timeline.format_step_date(conf["date"].iloc[-1]), display=False)
glue("conf_n", len(conf), display=False)

# %% [markdown]
# No event called *Dortmund-Konferenz* was found. The nearest match is the city's strategy process *„Dortmunder
# Stadtgespräch“* (*Dortmund city conversation*), which held {glue:text}`conf_n` city conferences, on
# {glue:text}`conf_first` and {glue:text}`conf_second`, four years into the term. Whether they agreed guidelines by
# consensus, as the pledge asks, was not found; the pledge is *partly kept*.

# %% [markdown]
# ## Neighbourhood centres and a board of clubs

# %% tags=["hide-input"]
display(present.pledge_card("ch10-p02", catalogue))
display(present.pledge_card("ch10-p03", catalogue))

# %% [markdown]
# Neighbourhood centres exist in Dortmund, but no list or count was found that would tell new central contact
# points from existing ones, so that pledge is *not assessable*. For a board of clubs (*„Beirat der Vereine“*) the
# searches found no council decision and no founding: *not started*.

# %% [markdown]
# ## nordwärts and after

# %% tags=["hide-input"]
display(present.pledge_card("ch10-p04", catalogue))
display(present.pledge_card("ch10-p06", catalogue))

# %% [markdown]
# The decade project *nordwärts* for the northern districts ran its full course: it drew a balance at half time in
# 2020 and held its closing event in May 2025, each time with its own project counts (see the table of steps). No
# published list says which models were taken beyond the project area, so the roll-out is *partly
# kept* on the project's own account, without an independent evaluation. The promise of participation projects
# after nordwärts falls due only after the project ends on 31 December 2025, after the term: *not assessable*.

# %% [markdown]
# ## The Dortmund app

# %% tags=["hide-input"]
display(present.pledge_card("ch10-p05", catalogue))

# %% tags=["hide-input"]
modules = series("part_dortmund_app_modules", definition="modules")
app = chapter_steps[(chapter_steps["pledge_id"] == "ch10-p05") & (chapter_steps["step"] == "delivered")]
glue("app_live", timeline.format_step_date(app["date"].iloc[0]), display=False)
glue("app_modules", int(modules.values.iloc[-1]), display=False)
glue("app_modules_date", present.format_date(str(modules.rows["period"].iloc[-1])), display=False)

# %% [markdown]
# The app went live in {glue:text}`app_live`, built with other cities as an open smart-city app, and had
# {glue:text}`app_modules` modules on {glue:text}`app_modules_date`. The pledge is *kept*. How many residents use it,
# and whether it serves participation as the programme describes, was not found: no usage figures are published.

# %% [markdown]
# ## The party's own commitments
#
# The section *„SPD vor Ort“* (*SPD on the ground*) promises office hours of the party's office holders, an online
# *„KümmertEuch-Plattform“* (*take-care platform*) and a city-wide neighbourhood campaign. These are commitments of
# the party, not of the city, and no public record dates them; they are out of scope and not catalogued. The
# chapter's statements of values (the spirit of the *Dortmunder Konsens*, the tradition of volunteering) promise
# nothing checkable and are not catalogued either.
#
# ## Verdicts

# %% tags=["hide-input"]
present.verdict_table(10, catalogue)

# %% [markdown]
# ## What the latest figures changed
#
# The chapter's series are brought to the latest published year, and its ex-ante forecasts use only what had been
# published by election day. First the ratings that moved with the latest figures, and why; then the series behind
# the ratings and forecasts that stop before the end of the term, with the reason.

# %% tags=["hide-input"]
present.what_changed(10, catalogue)

# %% [markdown]
# ## Data notes
#
# - The pledges of this chapter carry no numbers; their evidence is the dated steps in the book's steps file, each
#   with its source and the place on the page. The programme's date is the campaign page of the election of
#   13 September 2020 (a party page, confidence low).
# - The nordwärts figures are the project's own counts (mid-term balance reproduced by a local news site, final
#   balance on the project site), not an independent evaluation.
# - The app's launch date and module count come from the city's smart-city site; no usage figures were found.
# - Searches that found nothing: a board of clubs (*Beirat der Vereine*), a count of neighbourhood centres, and
#   guidelines agreed at the city conferences.
# - All sources, with the place on the page of every figure and step, are listed on the [data page](data.ipynb).
