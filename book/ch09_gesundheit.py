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
# # 9. Gesundheit: sport, swimming, the Klinikum and children's health
#
# The programme's ninth chapter, *„Gesundheit ist nicht alles, aber ohne Gesundheit ist alles nichts“* (*Health
# is not everything, but without health everything is nothing*), makes sports facilities the city's fourth
# investment priority, promises free weekly swimming for children under 14 and people over 60 and a fitness trail
# for older people, commits the city to its hospital, and names care homes, doctors' centres and a children's
# health goal. Few of these carry a number, and few published figures measure them. This chapter shows what the
# figures allow: the planned volumes of the sports programmes, the arithmetic of free swimming, the hospital's
# annual results, and, for the rest, the status with dated evidence or what evidence would settle it.

# %% tags=["remove-input"]
import pandas as pd
from IPython.display import display
from myst_nb import glue

from analysis import data, feasibility, pledges, plotting, present, provenance, robustness

plotting.apply_style()
obs = data.load_observations()
series = data.series_loader(obs)
catalogue = pledges.load_pledges()


def card(pid, **reasons):
    display(present.pledge_card(pid, catalogue, **reasons))


# %% [markdown]
# ## Sports facilities as the fourth investment priority

# %% tags=["hide-input"]
card("ch09-p01")

# %% tags=["hide-input"]
halls = {d: series("health_sport_halls_programme", definition=d).values[2019] for d in ("total", "new_halls", "renovation")}
rooms_year = series("health_changing_rooms_programme", definition="per_year").values[2023]
rooms_total = series("health_changing_rooms_programme", definition="total_2023_2027").values[2023]
invest = series("fin_investment_plan", definition="plan").values
invest_schools = series("fin_investment_plan_schools", definition="plan").values
parts = halls["new_halls"] + halls["renovation"]
glue("halls_total", float(halls["total"]), display=False)
glue("halls_new", float(halls["new_halls"]), display=False)
glue("halls_renov", float(halls["renovation"]), display=False)
glue("halls_parts", float(round(float(parts), 1)), display=False)
glue("rooms_year", float(rooms_year), display=False)
glue("rooms_total", float(rooms_total), display=False)
PROGRAMME_YEARS = 5  # 2019-2023, the completion date the programme planned for its new halls
glue("programme_years", PROGRAMME_YEARS, display=False)
per_year = parts / PROGRAMME_YEARS
glue("halls_per_year", float(round(float(per_year), 1)), display=False)
glue("invest2020", float(invest[2020]), display=False)
glue("halls_share2020", float(round(float(per_year / invest[2020] * 100), 0)), display=False)
glue("invest2024", float(invest[2024]), display=False)
glue("schools2024", float(invest_schools[2024]), display=False)
glue("schools_share2024", float(round(float(invest_schools[2024] / invest[2024] * 100), 0)), display=False)
assert parts > halls["total"], "the text says the two parts add up to more than the headline"
_ = pledges.check_outcome("ch09-p01", feasibility.outcome_verdict(), catalogue)

# %% [markdown]
# In 2019 the council had a sports-hall programme of almost {glue:text}`halls_total:.0f` million euros before it:
# {glue:text}`halls_new:.1f` million for new halls, to be finished by the end of 2023, and
# {glue:text}`halls_renov:.1f` million for renovations, together {glue:text}`halls_parts:.1f` million. From 2023 the
# city added {glue:text}`rooms_year:.0f` million euros a year for changing rooms at sports grounds
# ({glue:text}`rooms_total:.0f` million over five years). These are planned volumes; no figure on what was spent or
# on whether the halls were finished on time was found.
#
# Whether sport became the *fourth priority* behind housing, education and mobility needs the investment budget by
# area, and no such breakdown was found. A rough scale, by our own arithmetic: spread evenly over
# {glue:text}`programme_years` years, the hall programme comes to about {glue:text}`halls_per_year:.1f` million a
# year, about {glue:text}`halls_share2020:.0f` % of the {glue:text}`invest2020:.1f` million investment plan for 2020.
# For comparison, schools alone took {glue:text}`schools2024:.0f` million of the {glue:text}`invest2024:.1f` million
# planned for 2024 ({glue:text}`schools_share2024:.0f` %). The measure is *in progress*; the ranking is *not
# assessable*.
#
# ## Free swimming once a week for under-14s and over-60s

# %% tags=["hide-input"]
card("ch09-p02")

# %% [markdown]
# The promise was not put in place. In June 2022 the council did not even adopt a much smaller step, a discount
# for holders of the Do-Pass (the city's pass for low-income residents) at all pools, which the city had costed at
# {glue:text}`dopass_cost:,.0f` euros a year. Was the promise feasible at all? We count what "once a week" would mean
# for the older group alone, since no count of children under 14 was found and we do not estimate one.

# %% tags=["hide-input"]
share60 = series("health_pop_share_60plus", definition="itnrw")
pop = series("population_official_itnrw", definition="itnrw_census2011_basis").values
visits = {d: series("health_pool_visits", definition=d) for d in ("indoor_total", "indoor_public", "indoor_schools")}
over60 = share60.values[2019] / 100 * pop[2019]
WEEKS = 52
weekly_visits = over60 * WEEKS
indoor_total = visits["indoor_total"].values[2023]
public = visits["indoor_public"].values[2023]
ratio_total = weekly_visits / indoor_total
ratio_public = weekly_visits / public
pools = series("health_pools", definition="all").values.iloc[0]
indoor_pools = series("health_pools", definition="indoor").values.iloc[0]
closed = series("health_pools_closed", definition="indoor_public_swimming").values.iloc[0]
backlog = series("health_pools_backlog", definition="investment_backlog").values.iloc[0]
dopass = series("health_pool_discount_cost", definition="dopass_all_pools").values.iloc[0]
child_price = series("health_pool_price", definition="child_single").values.iloc[0]
glue("share60", float(share60.values[2019]), display=False)
glue("pop2019", float(pop[2019]), display=False)
glue("over60", float(round(float(over60), -3)), display=False)
glue("weeks", WEEKS, display=False)
glue("weekly_visits_m", float(round(float(weekly_visits / 1e6), 1)), display=False)
glue("indoor_total_m", float(round(float(indoor_total / 1e6), 1)), display=False)
glue("public_visits", float(public), display=False)
glue("ratio_total", float(round(float(ratio_total), 0)), display=False)
glue("ratio_public", float(round(float(ratio_public), 0)), display=False)
glue("pools", int(pools), display=False)
glue("indoor_pools", int(indoor_pools), display=False)
glue("closed", int(closed), display=False)
glue("backlog", float(backlog), display=False)
glue("dopass_cost", float(dopass), display=False)
glue("child_price", float(child_price), display=False)
note_p02 = pledges.pledge("ch09-p02", catalogue)["feasibility_note"]
assert f"about {round(over60, -3):,.0f}" in note_p02 and f"about {weekly_visits / 1e6:.1f} million" in note_p02
assert f"{ratio_total:.0f} times all indoor-pool visits" in note_p02, "ch09-p02: feasibility_note differs"
bars = pd.Series({
    "all indoor-pool visits, 2023": indoor_total,
    "public swimming, 2023": public,
    "over-60s once a week (own arithmetic)": weekly_visits,
})
ax = plotting.bar_chart(
    bars / 1e6,
    title=plotting.check_claim(
        weekly_visits > 5 * indoor_total,
        f"Free weekly swimming for the over-60s alone would mean about {ratio_total:.0f} times all indoor-pool "
        "visits of 2023",
    ),
    unit="million visits a year",
    subtitle=f"Dortmund: visits to the indoor pools in 2023 by all users and in public swimming, and residents "
    f"aged 60 and over (2019) × {WEEKS} weeks",
    source=data.sources_line(visits["indoor_total"], share60),
    as_of=visits["indoor_total"].as_of,
    highlight={"over-60s once a week (own arithmetic)": plotting.COLORS["target"]},
)
plotting.show(
    ax,
    alt=f"Bar chart: about {weekly_visits / 1e6:.1f} million visits a year if every resident over 60 swam once a "
    f"week, against about {indoor_total / 1e6:.1f} million visits to all indoor pools in 2023 and "
    f"{public / 1e6:.1f} million in public swimming.",
    name="ch09-free-swimming-arithmetic",
)

# %% [markdown]
# In 2019, {glue:text}`share60:.1f` % of Dortmund's {glue:text}`pop2019:,.0f` residents were 60 or older: about
# {glue:text}`over60:,.0f` people. If each of them swam once a week, that alone would make about
# {glue:text}`weekly_visits_m:.1f` million visits a year, about {glue:text}`ratio_total:.0f` times the
# {glue:text}`indoor_total_m:.1f` million visits all users made to the indoor pools in 2023 and about
# {glue:text}`ratio_public:.0f` times the {glue:text}`public_visits:,.0f` visits in public swimming. The children
# under 14 would come on top. The promise could therefore only ever work as an offer that few take up; as a real
# weekly entitlement it would need pool capacity the city does not have. Capacity shrank in the term: of
# {glue:text}`pools` pools ({glue:text}`indoor_pools` indoor), {glue:text}`closed` indoor pools closed to the public
# from May 2025 for want of staff, and in 2021 the investment backlog of the pools stood at
# {glue:text}`backlog:.0f` million euros. The ticket price is a smaller matter: a child's single ticket cost
# {glue:text}`child_price:.2f` euros in 2022.
#
# The measure was *not started*. With no series there is no forecast; the arithmetic says that as an entitlement it
# was out of reach of the pools' capacity.
#
# ## A fitness trail for older people

# %% tags=["hide-input"]
card("ch09-p03")
_ = pledges.check_outcome("ch09-p03", feasibility.outcome_verdict(), catalogue)

# %% [markdown]
# No source on a fitness trail with equipment for older people in a city park was found. A decision of the parks
# department or a district council would settle it.
#
# ## The Klinikum: "put on a new footing" and a lasting municipal commitment

# %% tags=["hide-input"]
card("ch09-p05")

# %% [markdown]
# Klinikum Dortmund, one of the largest municipal hospitals in Germany, is a company owned by the city. The
# programme claims the SPD put it on a new footing. Its annual results are published in press releases and
# reports, not in one table; years are missing, and the series changes sign. We show it as it is, with the forecasts
# and plans for the years after 2021 drawn apart, because they are not results.

# %% tags=["hide-input"]
result_s = series("health_klinikum_result", definition="annual_result")
res = result_s.values
forecast_s = series("health_klinikum_result", definition="forecast")
plan_s = series("health_klinikum_result", definition="business_plan")
guarantee = series("health_klinikum_city_guarantee", definition="guarantee").values.iloc[0]
pre = res.loc[:2019]
last5 = pre.iloc[-5:]
since_first_surplus = pre.loc[int(pre[pre > 0].index.min()):]
glue("res2008", float(-res[2008]), display=False)
glue("res2012", float(-res[2012]), display=False)
glue("res2019", float(res[2019]), display=False)
glue("res2021", float(res[2021]), display=False)
glue("fc2023", float(-forecast_s.values[2023]), display=False)
glue("fc2024", float(-forecast_s.values[2024]), display=False)
glue("plan2024", float(-plan_s.values[2024]), display=False)
glue("guarantee", float(guarantee), display=False)
glue("last5_first", int(last5.index.min()), display=False)
glue("n_reported", len(since_first_surplus), display=False)
glue("n_surplus", int((since_first_surplus > 0).sum()), display=False)
glue("first_surplus", int(since_first_surplus.index.min()), display=False)
assert (last5 > 0).all() and list(last5.index) == list(range(2015, 2020)), "the text: surplus in every year 2015-2019"
assert (forecast_s.values < 0).all() and (plan_s.values < 0).all(), "the text says losses are expected again"
_, ax = plotting.plt.subplots()
ax.axhline(0, color=plotting.COLORS["context"], lw=1)
ax = plotting.line_chart(
    {"annual result": res, "forecast or projection": forecast_s.values, "business plan": plan_s.values},
    title=plotting.check_claim(
        (last5 > 0).all() and (forecast_s.values < 0).all(),
        "The Klinikum reported surpluses in every published year from 2015 to 2019; for 2023 and 2024 it expects "
        "losses again",
    ),
    unit="million EUR",
    subtitle="Klinikum Dortmund, annual net result as reported; forecasts and the business plan are not "
    "outturns; breaks mark years without a published figure",
    source=result_s.source_line(),
    as_of=data.latest_period(result_s, forecast_s, plan_s),
    emphasis="annual result",
    ax=ax,
)
plotting.show(
    ax,
    alt=f"Line chart: Klinikum Dortmund lost {-res[2008]:.1f} million euros in 2008 and {-res[2012]:.1f} million in "
    f"2012, reported surpluses each year from 2015 to 2019 and {res[2021]:.2f} million in 2021; forecasts for 2023 "
    "and 2024 are losses.",
    name="ch09-klinikum-results",
)

# %% [markdown]
# After losses of {glue:text}`res2008:.1f` million euros in 2008 and {glue:text}`res2012:.1f` million in 2012, the
# Klinikum reported a surplus in every published year from {glue:text}`last5_first` to 2019, ending with
# {glue:text}`res2019:.1f` million, its seventh surplus in a row. For 2021 it reported a group surplus of about
# {glue:text}`res2021:.2f` million; no results for 2020, 2022 or 2023 were found. Since then the numbers have turned:
# a forecast from autumn 2022 expected a loss of {glue:text}`fc2023:.0f` million for 2023; the business plan for
# 2024 expected {glue:text}`plan2024:.1f` million, a projection of May 2025 {glue:text}`fc2024:.1f` million.
#
# **How the claim is rated.** We rate *„neu aufgestellt“* (*put on a new footing*) by the share of reported years
# in surplus: it *holds* if every reported year was a surplus, *partly holds* if more than half were, and *does not
# hold* otherwise. The main reading takes the last five years before the programme, {glue:text}`last5_first`–2019.
# The claim **{glue:text}`claim_p05`**. The rating *{glue:text}`robust_p05`*: counted over every reported year since
# the first surplus of {glue:text}`first_surplus`, {glue:text}`n_surplus` of {glue:text}`n_reported` were surpluses
# and the claim *{glue:text}`claim_p05_long`*, because of the loss of 2012. Both readings say the turnaround
# happened before 2020; the later forecasts do not bear on a claim about the past.

# %% tags=["hide-input"]
def surplus_rating(results: pd.Series) -> str:
    """holds if every reported year was a surplus, partly holds if more than half were, does not hold otherwise."""
    share = float((results > 0).mean())
    return "holds" if share == 1 else "partly holds" if share > 0.5 else "does not hold"


readings_p05 = {
    f"last five reported years before the programme ({int(last5.index.min())}–2019)": last5,
    f"every reported year since the first surplus of {int(since_first_surplus.index.min())}": since_first_surplus,
}
rated_p05 = {name: surplus_rating(s) for name, s in readings_p05.items()}
claim_p05 = robustness.check("ch09-p05", robustness.assess(rated_p05, main=list(rated_p05)[0]), catalogue)
assert claim_p05.rating == pledges.pledge("ch09-p05", catalogue)["claim_check"], "ch09-p05: claim rating differs"
glue("claim_p05", claim_p05.rating, display=False)
glue("claim_p05_long", rated_p05[list(rated_p05)[1]], display=False)
glue("robust_p05", claim_p05.label, display=False)
present.analysts(
    "the claim holds on the last five years and partly holds on every year since 2011",
    present.reader_table(
        pd.DataFrame({"reading": list(readings_p05),
                      "years": [len(s) for s in readings_p05.values()],
                      "surpluses": [int((s > 0).sum()) for s in readings_p05.values()],
                      "rating": list(rated_p05.values())}),
        columns={"reading": "reading", "years": "reported years", "surpluses": "years in surplus",
                 "rating": "claim rating"},
        formats={"years": "int", "surpluses": "int"},
    ),
)

# %% tags=["hide-input"]
card("ch09-p04")
_ = pledges.check_outcome("ch09-p04", feasibility.outcome_verdict(), catalogue)

# %% [markdown]
# The city kept the Klinikum and stood behind it: in September 2024 a further city guarantee of
# {glue:text}`guarantee:.0f` million euros was proposed to keep it liquid. The commitment is *kept*; ownership has no
# number to rate, so the outcome is *not assessable*.
#
# ## Care homes, doctors' centres and children's health

# %% tags=["hide-input"]
card("ch09-p06")
card("ch09-p07")

# %% tags=["hide-input"]
physicians = series("health_physicians_per_100k", "KV Westfalen-Lippe", "bundesarztregister").values
glue("physicians", float(physicians.iloc[-1]), display=False)
for pid in ("ch09-p06", "ch09-p07", "ch09-p08"):
    _ = pledges.check_outcome(pid, feasibility.outcome_verdict(), catalogue)

# %% [markdown]
# No figure on the staffing or equipment of the municipal care homes was found, nor a count of doctors' centres or
# care cooperatives. The closest measure of medical supply is regional: at the end of 2019 the region of the
# physicians' association Westfalen-Lippe, which includes Dortmund, had {glue:text}`physicians:.0f` practising
# physicians and psychotherapists per hundred thousand inhabitants; no Dortmund value was found. The city's care report and
# the association's planning figures for Dortmund would settle both.

# %% tags=["hide-input"]
card("ch09-p08")

# %% tags=["hide-input"]
overweight = series("health_overweight_school_entry", definition="citywide").values
nette = series("health_overweight_school_entry", "Dortmund-Nette", "highest_sub_district").values
above = series("health_overweight_districts_above_avg", definition="of_39").values
glue("overweight", float(overweight.iloc[-1]), display=False)
glue("nette", float(nette.iloc[-1]), display=False)
glue("above", int(above.iloc[-1]), display=False)
assert nette.iloc[-1] > overweight.iloc[-1], "the text says Nette lay above the city average"

# %% [markdown]
# The council adopted its children's health goal in 2017. The one published measure of its aims found is the
# school-entry examination in the city's social report of 2019: {glue:text}`overweight:.1f` % of children starting
# school were overweight or obese, {glue:text}`nette:.1f` % in Nette, the highest sub-district, and
# {glue:text}`above` of the statistical sub-districts lay above the city average. No later figure and no figure on caries
# or motor skills was found, so the change over the term cannot be measured. In 2020 the public health office set up
# a model project against overweight at schools in Lütgendortmund with a grant from the statutory health insurers:
# the measure is *in progress*. The yearly school-entry results of the public health office, or the state health
# centre's indicators by district, would settle the outcome.
#
# ## Verdicts

# %% tags=["hide-input"]
present.verdict_table(9, catalogue)

# %% [markdown]
# ## What the latest figures changed
#
# The chapter's series are brought to the latest published year, and its ex-ante forecasts use only what had been
# published by election day. First the ratings that moved with the latest figures, and why; then the series behind
# the ratings and forecasts that stop before the end of the term, with the reason.

# %% tags=["hide-input"]
present.what_changed(9, catalogue)

# %% [markdown]
# ## Data notes
#
# - The figures on sports halls, pools and the Klinikum come from press reports and press releases quoting the city,
#   its sports and leisure company or the Klinikum (confidence mostly *medium*, some *low*); the council papers and
#   the Klinikum's audited accounts would be the primary sources.
# - Own arithmetic, not source figures: the sum of the two parts of the sports-hall programme and its even spread
#   over five years; the number of residents aged 60 and over (the IT.NRW share of 2019 × the IT.NRW population at
#   the end of 2019) and their weekly visits.
# - The Klinikum results are as reported; the 2021 figure is a group result, the others are the company's. The
#   forecast for 2023 and the projection and plan for 2024 are not outturns and are drawn apart.
# - The overweight share was published in the social report of 2019; the year of the examinations is not stated.
# - Missing: spending on the sports-hall programme and the completion of its halls; the investment budget by area;
#   the number of children under 14; pool visits after 2023; any implementation of free swimming or of a fitness
#   trail; Klinikum results for 2020 and 2022–2024; care-home staffing; a Dortmund physician density; school-entry
#   figures after 2019.
# - All sources, with the place on the page of every figure, are listed on the [data page](data.ipynb).
