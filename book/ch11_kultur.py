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
# # 11. Kultur, Nachtleben und Erlebnis: culture, nightlife and events
#
# The programme's culture chapter, *„Kultur, Nachtleben und Erlebnis“* (*Culture, nightlife and experience*),
# promises more money for the independent scene and a list of things to set up: a new building for the children's
# and youth theatre, a night mayor, a fan mile, an events company, an open-air stage, and a pay-what-you-want
# trial. Most of these are not levels to reach but steps to take, so the evidence is a dated trail: the pledge, the
# council decision, the funding, the start and the delivery, each from a source with its date. The chapter first
# shows that trail for every pledge, then checks the money: the scene's added funds in nominal terms and at 2020
# prices, against the growth of the city's culture budget, and the cost path of the theatre building.

# %% tags=["remove-input"]
import pandas as pd
from IPython.display import display
from myst_nb import glue

from analysis import data, pledges, plotting, present, provenance, robustness, timeline

plotting.apply_style()
obs = data.load_observations()
catalogue = pledges.load_pledges()
series = data.series_loader(obs)
steps = timeline.load_steps(pledge_ids=catalogue["pledge_id"])
chapter_steps = timeline.chapter_steps(steps, 11)

# %% [markdown]
# ## The dated trail of each pledge
#
# The chart shows, for each pledge of the chapter with a recorded step, when it was proposed, decided, funded,
# started and delivered. A hollow marker is a date the source gives only to the month or year. The status of each
# pledge follows from its steps by the rule on the [method page](method.ipynb): a dated delivery makes it *kept*,
# a delivery of a part *partly kept*, a decision, funding or a start *in progress*, and a search that found only
# the pledge itself *not started*. Steps after the end of the council term on 31 October 2025 are drawn but do not
# count.

# %% tags=["hide-input"]
labels = {
    "ch11-p02": "Free-scene funds",
    "ch11-p03": "Fan mile",
    "ch11-p04": "Youth theatre",
    "ch11-p05": "Night mayor",
    "ch11-p07": "Events company",
    "ch11-p08": "Open-air stage",
    "ch11-p09": "Pay what you want",
}
status = timeline.check_statuses(chapter_steps, catalogue)
counts = status.value_counts()
for name, n in timeline.status_counts(status).items():
    glue(name, n, display=False)
after_term = chapter_steps[[timeline.step_bounds(d)[0] > timeline.TERM_END for d in chapter_steps["date"]]]
assert list(after_term["pledge_id"]) == ["ch11-p04"], "the text says only the theatre has a step after the term"
glue("kjt_works_start", timeline.format_step_date(after_term["date"].iloc[0]), display=False)
ax = timeline.timeline_chart(
    chapter_steps,
    labels=labels,
    title=f"{int(counts.get('kept', 0))} of {len(status)} culture pledges were delivered in the term; "
    f"{int(counts.get('not started', 0))} were not started",
    source="Source: Stadt Dortmund, council groups and press reports, each step on the data page",
)
plotting.show(
    ax,
    alt="Timeline of seven culture pledges from 2018 to 2026: the free-scene funds and the night mayor were "
    "delivered, the fan mile in part, the youth theatre and the open-air stage were decided but not delivered, and "
    "the events company and the pay-what-you-want trial show no step after the pledge.",
    name="ch11_delivery_timeline",
    data=timeline.timeline_frame(chapter_steps, labels),
)

# %% [markdown]
# Of the {glue:text}`n_trail` pledges with a dated trail, {glue:text}`n_kept` were kept,
# {glue:text}`n_partly_kept` partly kept, {glue:text}`n_in_progress` are in progress and
# {glue:text}`n_not_started` were not started. Every step, with its source and the place on the page, is in the
# table below.

# %% tags=["hide-input"]
timeline.steps_table(chapter_steps, labels)

# %% [markdown]
# ## More money for the independent scene

# %% tags=["hide-input"]
display(present.pledge_card("ch11-p02", catalogue))

# %% [markdown]
# The city publishes no series of the scene's total budget. What is published are the amounts the council added,
# each in the budget debate of its year. They are compared here in nominal terms and at 2020 prices, deflated with
# the German consumer price index (annual average, 2020 = 100), which is published up to 2023.

# %% tags=["hide-input"]
added = series("cult_free_scene_increase", definition="added_per_year")
base = series("cult_free_scene_budget", definition="base_budget")
cpi = series("cpi_index", geography="Germany", definition="vpi_base2020")
table = pd.DataFrame({"year": added.values.index, "added": added.values.values})
table["cpi"] = table["year"].map(cpi.values)
table["real"] = table["added"] / table["cpi"] * 100
table["decided"] = table["year"].map(lambda y: "before the programme" if y < 2022 else "in the term")
present.reader_table(
    table,
    columns={"year": "year", "added": "added (million EUR)", "real": "at 2020 prices (million EUR)",
             "decided": "decided"},
    formats={"added": "dec2", "real": "dec2"},
    missing="no price index for this year yet",
    caption="Funds added for the independent scene each year",
)

# %% tags=["hide-input"]
before = float(added.values[2019])
term = float(added.values[2023])
term_real = term / float(cpi.values[2023]) * 100
before_real = before / float(cpi.values[2019]) * 100
later = float(added.values[2025])
assert 2022 not in added.values.index, "the text says no added funds were found for 2022"
glue("fs_base", float(base.values[2011]), display=False)
glue("fs_2012", float(added.values[2012]), display=False)
glue("fs_before", before, display=False)
glue("fs_before_real", before_real, display=False)
glue("fs_term", term, display=False)
glue("fs_term_real", term_real, display=False)
glue("fs_later", later, display=False)
assert f"{term:.2f}" in catalogue.set_index("pledge_id").at["ch11-p02", "outcome_note"]
assert f"{term_real:.2f}" in catalogue.set_index("pledge_id").at["ch11-p02", "outcome_note"]
assert f"{before:.2f}" in catalogue.set_index("pledge_id").at["ch11-p02", "outcome_note"]


def raised(amount_term: float, amount_before: float | None = None) -> str:
    """The outcome rule: *met* if the term's added funds are positive and, where a yardstick is given, larger
    than the amount added each year before the programme."""
    return "met" if amount_term > 0 and (amount_before is None or amount_term > amount_before) else "missed"


readings = {
    "at 2020 prices, the term's yearly increase against the one before the programme": raised(term_real, before_real),
    "nominal, any increase adopted in the term": raised(term),
    "nominal, the term's yearly increase against the one before the programme": raised(term, before),
    # the level of the scene's budget is published for no year of the term, and no added funds for 2022
    "every year of the term above the 2020 level": "not assessable",
}
robust_p02 = robustness.assess(readings, main="at 2020 prices, the term's yearly increase against the one before the programme")
assert pledges.check_outcome("ch11-p02", robust_p02.rating, catalogue) == "met"
robustness.check("ch11-p02", robust_p02, catalogue)
glue("verdict_p02", robust_p02.rating, display=False)
glue("robust_p02", robust_p02.label, display=False)

# %% [markdown]
# Before the programme the scene had a budget of {glue:text}`fs_base:.1f` million euros a year (2011); the council
# added {glue:text}`fs_2012:.1f` million from 2012 and {glue:text}`fs_before:.2f` million a year for 2019 to 2021,
# both decided before 2020. In the term, the budget of 2023 added {glue:text}`fs_term:.2f` million a year for 2023
# and 2024, {glue:text}`fs_term_real:.2f` million at 2020 prices, against {glue:text}`fs_before_real:.2f` million at
# 2020 prices for the earlier increase; the double budget 2025/26 added another {glue:text}`fs_later:.2f` million.
# Both increases of the term came from motions of the Greens, not of the SPD. For 2022 no added funds were found.
#
# The outcome is **{glue:text}`verdict_p02`**: the funds were raised, by more than before even after inflation. It
# **{glue:text}`robust_p02`**: read as a promise that the scene had more money than in 2020 in every year of the
# term, it cannot be rated, because the scene's total budget is published for no year of the term.

# %% tags=["hide-input"]
present.analysts("the outcome of ch11-p02 under each reading", robust_p02.table())

# %% [markdown]
# ### Against the growth of the city's culture budget
#
# The city's funding of its culture department (*Kulturbetriebe*: the culture office, libraries, museums, music
# school, adult education, city archive and the Dortmunder U) is published for a few years, once from the annual
# accounts and otherwise from the business plans; the two kinds are kept apart.

# %% tags=["hide-input"]
kb_plan = series("cult_kulturbetriebe_funding", definition="plan")
kb_actual = series("cult_kulturbetriebe_funding", definition="actual")
kb = pd.concat([kb_actual.values.rename("actual"), kb_plan.values.rename("plan")], axis=1)
kb["kind"] = ["annual accounts" if pd.notna(a) else "business plan" for a in kb["actual"]]
kb["nominal"] = kb["actual"].fillna(kb["plan"])
kb["real"] = kb["nominal"] / kb.index.map(cpi.values) * 100
kb = kb.reset_index(names="year")
present.reader_table(
    kb,
    columns={"year": "year", "kind": "figure from", "nominal": "city funding (million EUR)",
             "real": "at 2020 prices (million EUR)"},
    formats={"nominal": "dec1", "real": "dec1"},
    missing="no price index for this year yet",
    caption="City funding of the Kulturbetriebe",
)

# %% tags=["hide-input"]
p19, p22, p24 = (float(kb_plan.values[y]) for y in (2019, 2022, 2024))
growth_nominal = p24 / p19 - 1
growth_real_22 = (p22 / float(cpi.values[2022])) / (p19 / float(cpi.values[2019])) - 1
glue("kb_2019", p19, display=False)
glue("kb_2024", p24, display=False)
glue("kb_growth", growth_nominal * 100, display=False)
glue("kb_growth_real", growth_real_22 * 100, display=False)
glue("fs_share", term / p22 * 100, display=False)
assert growth_nominal > 0 and growth_real_22 > 0, "the text says the culture budget grew, also after inflation"

# %% [markdown]
# The culture department's planned city funding grew from {glue:text}`kb_2019:.1f` million euros (2019) to
# {glue:text}`kb_2024:.1f` million (2024), by {glue:text}`kb_growth:.0f` %; from 2019 to 2022, the last year
# with both a plan and a price index, it grew by {glue:text}`kb_growth_real:.0f` % at 2020 prices. Next to that,
# the scene's increase of the term is small: {glue:text}`fs_term:.2f` million a year is {glue:text}`fs_share:.1f` %
# of the department's planned funding of 2022. Whether the scene's share of the culture budget rose cannot be said
# without its total budget.

# %% [markdown]
# ## The new children's and youth theatre

# %% tags=["hide-input"]
display(present.pledge_card("ch11-p04", catalogue))

# %% tags=["hide-input"]
cost = {d: series("cult_kjt_cost", definition=d) for d in
        ("feasibility_study", "range_low", "range_high", "council_cap", "approved_total", "approved_building")}
value = {d: float(s.values.iloc[0]) for d, s in cost.items()}
ratio = value["approved_total"] / value["council_cap"]
cap_2023 = value["council_cap"] * float(cpi.values[2023]) / float(cpi.values[2018])
inflation_share = (cap_2023 - value["council_cap"]) / (value["approved_total"] - value["council_cap"])
glue("kjt_study", value["feasibility_study"], display=False)
glue("kjt_low", value["range_low"], display=False)
glue("kjt_high", value["range_high"], display=False)
glue("kjt_cap", value["council_cap"], display=False)
glue("kjt_total", value["approved_total"], display=False)
glue("kjt_building", value["approved_building"], display=False)
glue("kjt_ratio", ratio, display=False)
glue("kjt_cap_2023", cap_2023, display=False)
glue("kjt_inflation_share", inflation_share * 100, display=False)
assert f"{ratio:.1f} times" in catalogue.set_index("pledge_id").at["ch11-p04", "outcome_note"]
path = pd.Series({"2014 feasibility study": value["feasibility_study"], "2018 council cap": value["council_cap"],
                  "2018 cap at 2023 consumer prices": cap_2023, "2024 approved": value["approved_total"]})
assert path["2024 approved"] > 2 * path["2018 council cap"], "the title says the cost more than doubled"
ax = plotting.bar_chart(
    path,
    title=plotting.check_claim(ratio > 2, f"The approved cost is {ratio:.1f} times the council's 2018 cap"),
    unit="million EUR (gross)",
    subtitle="Cost of the new Junge Bühne as estimated, capped and approved; the cap also at 2023 consumer prices",
    source=data.sources_line(*cost.values(), cpi),
    as_of="Feb 2024",
    highlight={"2018 cap at 2023 consumer prices": "#7f8c8d", "2024 approved": "#d35400"},
)
plotting.show(
    ax,
    alt=f"Bar chart of the cost of the new children's and youth theatre: {value['feasibility_study']:.0f} million "
    f"euros in the 2014 study, a cap of {value['council_cap']:.0f} million in 2018, about {cap_2023:.0f} million for "
    f"that cap at 2023 prices, and {value['approved_total']:.1f} million approved in 2024.",
    name="ch11_junge_buehne_cost_path",
)

# %% [markdown]
# The cost path is plain arithmetic. A feasibility study of 2014 put the new building at {glue:text}`kjt_study:.0f`
# million euros; in April 2018 the administration's draft gave a range of {glue:text}`kjt_low:.1f` to
# {glue:text}`kjt_high:.1f` million, and the council set a cap of {glue:text}`kjt_cap:.0f` million. The building
# the council approved in February 2024 is estimated at {glue:text}`kjt_total:.1f` million
# ({glue:text}`kjt_building:.1f` million for the building itself, the rest for its link to the Schauspielhaus):
# {glue:text}`kjt_ratio:.1f` times the cap. General inflation does not explain the gap: the cap would be
# {glue:text}`kjt_cap_2023:.1f` million at 2023 consumer prices, which covers {glue:text}`kjt_inflation_share:.0f` %
# of the rise (a construction price index would be the better yardstick, but none is in this book's data). No construction had started by the end of the term; the first preparatory works, relaying power
# lines, were announced for {glue:text}`kjt_works_start`. The pledge is *in progress*.

# %% [markdown]
# ## A night mayor

# %% tags=["hide-input"]
display(present.pledge_card("ch11-p05", catalogue))

# %% tags=["hide-input"]
night = chapter_steps[chapter_steps["pledge_id"] == "ch11-p05"]
decisions = night[night["step"] == "decided"]
assert len(decisions) == 2 and decisions["date"].nunique() == 2, "two sources, two decision dates"
glue("night_decided_a", timeline.format_step_date(decisions["date"].iloc[0]), display=False)
glue("night_decided_b", timeline.format_step_date(decisions["date"].iloc[1]), display=False)
glue("night_filled", timeline.format_step_date(night.loc[night["step"] == "delivered", "date"].iloc[0]),
     display=False)
# either decision date gives the same status
for keep in decisions.index:
    alone = night.drop(index=[i for i in decisions.index if i != keep])
    assert timeline.status_from_steps(alone) == "kept"

# %% [markdown]
# The sources disagree on when the council decided. The SPD council group wrote that the council decided the post in
# {glue:text}`night_decided_a` within the business-recovery programme *„Neue Stärke“* (*New strength*); the CDU
# council group dates the decision, on a joint CDU and Green motion, to {glue:text}`night_decided_b`. Both are kept
# in the data and both are drawn. Either way the post exists: it was filled on {glue:text}`night_filled`, so the
# pledge is *kept*. The title is a night officer (*Nachtbeauftragte/r*) rather than a night mayor; the programme's
# description, someone who mediates and gives the scene a face, matches the post.

# %% [markdown]
# ## Fan mile, events company, open-air stage and pay what you want

# %% tags=["hide-input"]
display(present.pledge_card("ch11-p03", catalogue))
display(present.pledge_card("ch11-p07", catalogue))
display(present.pledge_card("ch11-p08", catalogue))
display(present.pledge_card("ch11-p09", catalogue))

# %% [markdown]
# The Strobelallee between the stadium and the Westfalenhallen is being rebuilt into an *„Erlebnismeile“* (*event
# mile*); the first section opened before the European Championship of 2024. That is a street for visitors, not yet
# the lasting home for fan culture, Schlager and e-sports the programme describes, so the pledge counts as *partly
# kept*. The open-air stage was searched for, as promised: an SPD motion asked the administration for sites and the
# Seebühne in the Westfalenpark was examined, but no site was chosen, so the pledge is *in progress*. For a new
# events company and for a pay-what-you-want trial in a park and an exhibition, the searches found nothing after the
# pledge: both are *not started*.

# %% [markdown]
# ## Pledges without a dated trail

# %% tags=["hide-input"]
display(present.pledge_card("ch11-p01", catalogue))
display(present.pledge_card("ch11-p06", catalogue))

# %% [markdown]
# Continuing the theatre's digital academy across all six branches and funding gastronomy in selected zones are
# catalogued but *not assessable*: no source dates a step for either. The chapter's statements of values (everyone
# has a right to culture; culture can be fun; the Christmas market is a tradition) promise nothing checkable and are
# not catalogued.
#
# ## Verdicts

# %% tags=["hide-input"]
present.verdict_table(11, catalogue)

# %% [markdown]
# ## What the latest figures changed
#
# The chapter's series are brought to the latest published year, and its ex-ante forecasts use only what had been
# published by election day. First the ratings that moved with the latest figures, and why; then the series behind
# the ratings and forecasts that stop before the end of the term, with the reason.

# %% tags=["hide-input"]
present.what_changed(11, catalogue)

# %% [markdown]
# ## Data notes
#
# - The scene's total budget is published for 2011 only; the amounts added later are reported by the council
#   groups that moved them (the Greens' pages and a local news site quoting them, confidence low) and by the
#   federal association of the independent performing arts. The 2025/26 increase is recorded for 2025, because the
#   source does not say whether it is per year.
# - The culture department's funding for 2016 comes from the annual accounts, the other years from business plans;
#   they are different kinds of figure and are labelled as such. Prices are deflated with the consumer price index,
#   which the book's data hold up to 2023.
# - The theatre's cost figures are gross estimates at the time, from press reports of the council's papers
#   (confidence medium); the April 2018 range is the administration's draft, the cap the council's decision.
# - The night officer's decision date differs between the two council groups' accounts; both rows are kept. The
#   council records (Drucksache 19159-20E2) would settle it.
# - Searches that found nothing: a new events company (only the existing Westfalenhallen company), a pay-what-you-
#   want pilot, a funding programme for gastronomy zones, and digital projects of the theatre's six branches.
# - All sources, with the place on the page of every figure and step, are listed on the [data page](data.ipynb).
