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
# # 2. Wohnen: housing, the social question of our time
#
# The programme's longest chapter, *„Wohnen ist die soziale Frage unserer Zeit“* (*Housing is the social question
# of our time*), makes the book's most concrete promise: a fixed number of new dwellings every year. Around it stand
# pledges on social housing, a quota for subsidised dwellings, a municipal building programme, land policy and,
# in the flyer, low rents. This chapter checks each of them: what a forecast from 2019 data would have said, and
# what happened.

# %% tags=["remove-input"]
import pandas as pd
from IPython.display import display
from myst_nb import glue

from analysis import data, feasibility, forecast, pledges, plotting

plotting.apply_style()
obs = data.load_observations()
series = data.series_loader(obs)
catalogue = pledges.load_pledges()


# %% [markdown]
# ## A growing city?
#
# The programme justifies its building target with *„den Bedarf einer wachsenden Stadt“* (*the needs of a growing
# city*). The long population history and the reasons why the city's register and the official IT.NRW figures
# differ are in [chapter 1](ch01_team_dortmund.ipynb). For the housing question, two facts matter.

# %% tags=["remove-input"]
register = series("population_city_register", definition="register")
glue("reg_2019", float(register.values[2019]), display=False)
glue("reg_2024", float(register.values[2024]), display=False)
glue("reg_change", float(register.values[2024] - register.values[2019]), display=False)
glue("reg_change_pct", feasibility.percent_change(register.values[2024], register.values[2019]), display=False)
proj_2018 = series("population_forecast_itnrw_2018base")
proj_2021 = series("population_forecast_itnrw_2021base")
glue("proj2018_2040", float(proj_2018.values[2040]), display=False)
glue("proj2021_2040", float(proj_2021.values[2040]), display=False)
gewos = series("housing_need_estimate_gewos")
pestel = series("housing_need_estimate_pestel")
glue("need_gewos", float(gewos.values.iloc[0]), display=False)
glue("need_gewos_year", int(gewos.values.index[0]), display=False)
glue("need_pestel", float(pestel.values.iloc[0]), display=False)
glue("need_pestel_year", int(pestel.values.index[0]), display=False)

# %% [markdown]
# First, the city did grow in the term, though mostly in one step. The register counted
# {glue:text}`reg_2019:,.0f` residents at the end of 2019 and {glue:text}`reg_2024:,.0f` at the end of 2024, a gain
# of {glue:text}`reg_change:,.0f` ({glue:text}`reg_change_pct:.1f` %), most of it in 2022 when refugees from Ukraine
# arrived. Second, the outlook available in 2020 pointed the same way: IT.NRW's 2018-based projection expected
# {glue:text}`proj2018_2040:,.0f` inhabitants in 2040. The next projection, based on 2021 and published in 2022,
# cut that to {glue:text}`proj2021_2040:,.0f`.
#
# Independent estimates of housing need disagree as much as the projections. A GEWOS study for the Land, quoted in
# {glue:text}`need_gewos_year`, put Dortmund's need at {glue:text}`need_gewos:,.0f` dwellings a year; the
# Pestel-Institut, in {glue:text}`need_pestel_year`, at {glue:text}`need_pestel:,.0f`. The programme's target sits
# between the two.
#
# ## Two thousand new dwellings a year

# %% tags=["remove-input"]
display(pledges.show_pledge("ch02-p01", catalogue))
display(pledges.show_pledge("ch02-p02", catalogue))

# %% [markdown]
# The measure is the number of dwellings completed per year as counted by IT.NRW's building statistics, including
# dwellings created by conversions (the figure the city itself reports). Building permits come before completions
# and show what is in the pipeline.

# %% tags=["remove-input"]
TARGET = float(pledges.pledge("ch02-p01", catalogue)["target_value"])
completions = series("housing_completions_dwellings", definition="incl_conversions")
permits = series("housing_permits_dwellings", definition="incl_conversions")
term = completions.between(2020, 2025)
term_permits = permits.between(2020, 2025)
years_met = int((term >= TARGET).sum())
glue("target", TARGET, display=False)
glue("term_first", int(term.index.min()), display=False)
glue("term_last", int(term.index.max()), display=False)
glue("term_years", len(term), display=False)
glue("term_mean", round(float(term.mean()), 0), display=False)
glue("term_sum", float(term.sum()), display=False)
glue("term_target_sum", float(TARGET * len(term)), display=False)
glue("years_met", years_met, display=False)
glue("best_year", int(term.idxmax()), display=False)
glue("best_value", float(term.max()), display=False)
glue("permits_mean", round(float(term_permits.mean()), 0), display=False)
glue("permits_first", int(term_permits.index.min()), display=False)
glue("permits_last", int(term_permits.index.max()), display=False)
change_2024 = series("housing_completions_change_pct")
implied_2024 = float(completions.values[2023] * (1 + change_2024.values[2024] / 100))
glue("change_2024", float(change_2024.values[2024]), display=False)
glue("implied_2024", round(implied_2024, 0), display=False)

title = f"Dortmund completed {TARGET:,.0f} dwellings in only {years_met} of {len(term)} years of the term"
ax = plotting.line_chart(
    {"completions": completions.values, "permits": permits.values},
    target=TARGET,
    target_label=f"pledge: {TARGET:,.0f} a year",
    title=title,
    unit="dwellings per year",
    subtitle="Dwellings completed and permitted per year, incl. conversions; breaks mark years without published data",
    source=completions.source_line() + "; permits: " + "; ".join(permits.publishers),
    as_of=f"completions {completions.as_of}, permits {permits.as_of}",
)
plotting.plt.show()

# %% [markdown]
# In the years of the term with published figures ({glue:text}`term_first`–{glue:text}`term_last`) Dortmund
# completed {glue:text}`term_sum:,.0f` dwellings against {glue:text}`term_target_sum:,.0f` that the pledge implies:
# {glue:text}`term_mean:,.0f` a year on average. The target was reached in {glue:text}`years_met` year, the peak
# year {glue:text}`best_year` with {glue:text}`best_value:,.0f`. Permits ran higher,
# {glue:text}`permits_mean:,.0f` a year on average over {glue:text}`permits_first`–{glue:text}`permits_last`: the
# pipeline was close to the target, completions were not.
#
# For 2024 IT.NRW and the city published only the change against 2023, {glue:text}`change_2024:+.1f` %, not the
# number itself. Applied to 2023 it implies about {glue:text}`implied_2024:,.0f` completions; that value is
# derived, not published, so it stays out of the series and out of the verdict. Figures for 2025 were not yet
# available.
#
# ### What a forecast in 2020 would have said
#
# Could the target have been expected to be met? We put ourselves in 2020 with the consecutive annual figures up to
# 2019 ({glue:text}`pre_n` years; the city's figures for 2007–2013 were not found, and the 2014 value is an
# approximate one from a secondary source). That is very little data. A rolling-origin backtest compares the
# benchmark models on the years that can be predicted from at least {glue:text}`min_train` earlier ones:

# %% tags=["remove-input"]
pre = completions.between(2014, 2019)
glue("pre_n", len(pre), display=False)
MIN_TRAIN = 3  # the shortest training window that leaves any year to backtest on this short series
glue("min_train", MIN_TRAIN, display=False)
scores_pre = forecast.backtest(pre, min_train=MIN_TRAIN)
best_pre = forecast.select_method(scores_pre)
glue("best_pre", best_pre, display=False)
glue("pre_bt_n", int(scores_pre["n_forecasts"].max()), display=False)
glue("min_bt", forecast.MIN_BACKTEST_FORECASTS, display=False)
with pd.option_context("display.max_colwidth", 120):
    display(scores_pre[["mase", "smape", "cover80", "cover95", "n_forecasts", "note"]].round(2))

# %% [markdown]
# The backtest rests on {glue:text}`pre_bt_n` one-year-ahead forecasts per model. The selection rule on the
# [method page](method.ipynb) picks the model with the lowest MASE only if each model has at least
# {glue:text}`min_bt`; with fewer, the scores cannot tell the models apart and the book reports the equal-weight
# combination of all of them. The model reported here is: *{glue:text}`best_pre`*. The table gives, for each model
# and for the combination, the probability that the average of {glue:text}`fc_first`–{glue:text}`fc_last` reaches
# the target, from simulated paths with a fixed seed.

# %% tags=["remove-input"]
HORIZON_YEARS = list(range(2020, 2026))
glue("fc_first", HORIZON_YEARS[0], display=False)
glue("fc_last", HORIZON_YEARS[-1], display=False)
ex_ante = feasibility.probability_by_method(pre, len(HORIZON_YEARS), TARGET, how="mean")
p_pre = float(ex_ante.loc[best_pre, "probability"])
single = ex_ante.drop(index=forecast.COMBINATION)["probability"]
p_max, p_min = float(single.max()), float(single.min())
glue("p_min", round(p_min * 100, 1), display=False)
glue("p_min_model", str(single.idxmin()), display=False)
glue("p_pre", round(p_pre * 100, 1), display=False)
glue("p_max", round(p_max * 100, 1), display=False)
glue("p_max_model", str(single.idxmax()), display=False)
feasible = feasibility.feasibility_verdict(p_pre)
glue("feasible_p01", feasible, display=False)
ex_ante.rename(columns={"mean per year": "forecast mean per year", "probability": "P(average ≥ target)"})

# %% tags=["remove-input"]
fan = forecast.forecast(pre, best_pre, len(HORIZON_YEARS))
outcome = completions.between(2020, 2025)
hits = forecast.interval_hits(fan, outcome)
glue("inside80", hits["inside80"], display=False)
glue("inside95", hits["inside95"], display=False)
glue("n_outcome", hits["n"], display=False)
plotting.fan_chart(
    pre,
    fan,
    target=TARGET,
    target_label=f"pledge: {TARGET:,.0f} a year",
    outcome=outcome,
    forecast_label=f"{best_pre} forecast from 2019 data",
    title=f"A 2019 forecast gave the {TARGET:,.0f} target a {p_pre:.0%} chance; completions stayed below it",
    unit="dwellings per year",
    subtitle="Completions incl. conversions: data to 2019, forecast with 80 % and 95 % intervals, outcome",
    source=completions.source_line(),
    as_of=completions.as_of,
)
plotting.plt.show()

# %% [markdown]
# With the reported forecast the chance of averaging the target over the term was {glue:text}`p_pre:.1f` %. The
# single models disagree widely, from {glue:text}`p_min:.1f` % (*{glue:text}`p_min_model`*) to
# {glue:text}`p_max:.1f` % (*{glue:text}`p_max_model`*, which extends the growth of 2014–2019 at a constant rate):
# with so few years the data cannot say which reading of the past is right. By the rule on the
# [method page](method.ipynb) the target was, ex ante, **{glue:text}`feasible_p01`**: it required a level that
# Dortmund had never reached in the years on record. The outcome fell inside the forecast's 80 % interval in
# {glue:text}`inside80` of {glue:text}`n_outcome` years and inside the 95 % interval in {glue:text}`inside95`: the
# construction boom of 2020–2022 was within what the 2019 data allowed, and so was the slump of 2023.
#
# ### Twenty thousand in ten years
#
# The flyer's version of the target runs for ten years; we count them from 2021, the first full year after the
# election, to 2030. With the data to {glue:text}`last_obs` we can ask how likely it still is. On the longer series
# a backtest can compare all benchmarks:

# %% tags=["remove-input"]
recent = completions.between(2014, 2023)
glue("last_obs", int(recent.index.max()), display=False)
scores = forecast.backtest(recent)
best = forecast.select_method(scores)
glue("best_recent", best, display=False)
glue("recent_bt_n", int(scores["n_forecasts"].max()), display=False)
display(scores[["mase", "smape", "cover80", "cover95", "n_forecasts"]].round(2))
p02 = pledges.pledge("ch02-p02", catalogue)
FLYER, flyer_end = float(p02["target_value"]), int(p02["target_year"])
flyer_years = list(range(flyer_end - 9, flyer_end + 1))  # "in den nächsten zehn Jahren", counted from 2021
future = [y for y in flyer_years if y > recent.index.max()]
observed_flyer = completions.between(flyer_years[0], int(recent.index.max()))
by_model = feasibility.probability_by_method(recent, len(future), FLYER, how="cumulative", observed=observed_flyer)
p_flyer = float(by_model.loc[best, "probability"])
single_flyer = by_model.drop(index=forecast.COMBINATION)["probability"]
glue("p_flyer_max", round(float(single_flyer.max()) * 100, 1), display=False)
glue("p_flyer_max_model", str(single_flyer.idxmax()), display=False)
display(by_model.rename(columns={"mean per year": "forecast mean per year", "probability": "P(total ≥ target)"}))
remaining = FLYER - float(observed_flyer.sum())
required = remaining / len(future)
glue("flyer_target", FLYER, display=False)
glue("flyer_first", flyer_years[0], display=False)
glue("flyer_end", flyer_end, display=False)
glue("flyer_done", float(observed_flyer.sum()), display=False)
glue("flyer_required", round(required, 0), display=False)
glue("flyer_future_n", len(future), display=False)
glue("p_flyer", round(p_flyer * 100, 1), display=False)
verdict_p02 = pledges.check_outcome("ch02-p02", feasibility.outcome_verdict(probability=p_flyer), catalogue)
glue("verdict_p02", verdict_p02, display=False)
fan_flyer = forecast.forecast(recent, best, len(future))
plotting.fan_chart(
    recent,
    fan_flyer,
    target=required,
    target_label=f"needed per year for {FLYER:,.0f} by {flyer_end}",
    forecast_label=f"{best} forecast from data to {recent.index.max()}",
    title=(
        f"To reach {FLYER:,.0f} by {flyer_end} Dortmund must build {required:,.0f} a year; "
        f"its best year on record was {recent.max():,.0f}"
    ),
    unit="dwellings per year",
    subtitle="Completions incl. conversions, forecast with 80 % and 95 % intervals",
    source=completions.source_line(),
    as_of=completions.as_of,
)
plotting.plt.show()

# %% [markdown]
# Even the longer series gives only {glue:text}`recent_bt_n` backtest forecasts per model, so the forecast reported
# is again *{glue:text}`best_recent`*. In {glue:text}`flyer_first`–{glue:text}`last_obs` the city
# completed {glue:text}`flyer_done:,.0f` of the {glue:text}`flyer_target:,.0f`; the remaining {glue:text}`flyer_future_n`
# years would need {glue:text}`flyer_required:,.0f` a year. The chance of that on the chosen model's simulated paths
# is {glue:text}`p_flyer:.1f` %, so the flyer's target is **{glue:text}`verdict_p02`**. The most optimistic single
# model, *{glue:text}`p_flyer_max_model`*, which extrapolates the growth of 2014–2022 at a constant rate, gives
# {glue:text}`p_flyer_max:.1f` %; the others see almost no chance.

# %% tags=["remove-input"]
verdict_p01 = pledges.check_outcome("ch02-p01", feasibility.outcome_verdict(progress=float(term.mean()) / TARGET), catalogue)
glue("verdict_p01", verdict_p01, display=False)
glue("progress_p01", round(float(term.mean()) / TARGET * 100, 1), display=False)

# %% [markdown]
# **Verdict on the annual target.** The programme's „jedes Jahr“ is read generously, as an average over the term:
# completions reached {glue:text}`progress_p01:.1f` % of the target, so the pledge was **{glue:text}`verdict_p01`**
# (the rule: at least 80 % of the target is *missed*, less is *clearly missed*). Read literally, as the target in
# every single year, it was met in {glue:text}`years_met` year.
#
# ## Social housing

# %% tags=["remove-input"]
display(pledges.show_pledge("ch02-p03", catalogue))

# %% [markdown]
# Two series describe social housing: the stock of dwellings bound to social rents (*preisgebundene Wohnungen*),
# and the subsidy approvals (*Förderzusagen*) that add to or renew it. The stock is published irregularly; the
# latest figure found dates from early 2022.

# %% tags=["remove-input"]
stock = series("social_housing_stock", definition="rent_bound_total")
stock_rental = series("social_housing_stock_rental", definition="rent_bound_rental")
approved = series("subsidy_approved_dwellings")
approved_eur = series("subsidy_approved_eur")
new_rental = series("subsidy_approved_rental_newbuild_dwellings")
land_target = series("subsidy_target_rental_newbuild")
glue("stock_first_year", int(stock.values.index[0]), display=False)
glue("stock_first", float(stock.values.iloc[0]), display=False)
glue("stock_last_year", int(stock.values.index[-1]), display=False)
glue("stock_last", float(stock.values.iloc[-1]), display=False)
glue("stock_change", float(stock.values.iloc[-1] - stock.values.iloc[0]), display=False)

p03 = pledges.pledge("ch02-p03", catalogue)
base_year = int(p03["baseline_year"])
baseline = float(approved.values[base_year])
assert baseline == float(p03["baseline_value"]), "pledge baseline differs from the data"
approved_term = approved.between(2020, 2025)
eur_term = approved_eur.between(2020, 2025)
eur_pre = approved_eur.between(2017, 2019)
glue("approved_base_year", base_year, display=False)
glue("approved_base", baseline, display=False)
glue("approved_term_mean", round(float(approved_term.mean()), 0), display=False)
glue("approved_term_first", int(approved_term.index.min()), display=False)
glue("approved_term_last", int(approved_term.index.max()), display=False)
glue("eur_pre_mean", round(float(eur_pre.mean()), 1), display=False)
glue("eur_term_mean", round(float(eur_term.mean()), 1), display=False)
glue("eur_max_year", int(approved_eur.values.idxmax()), display=False)
glue("eur_max", float(approved_eur.values.max()), display=False)
progress_p03 = float(approved_term.mean()) / baseline
glue("progress_p03", round(progress_p03 * 100, 1), display=False)
verdict_p03 = pledges.check_outcome("ch02-p03", feasibility.outcome_verdict(progress=progress_p03), catalogue)
glue("verdict_p03", verdict_p03, display=False)
land = float(land_target.values.iloc[0])
new_rental_term = new_rental.between(2020, 2025)
glue("land_target", land, display=False)
glue("new_rental_met", int((new_rental_term >= land).sum()), display=False)
glue("new_rental_n", len(new_rental_term), display=False)

per_dwelling = (approved_eur.values * 1e6 / approved.values).dropna()
glue("eur_per_dwelling_base", round(float(per_dwelling[base_year]), -3), display=False)
glue("eur_per_dwelling_last", round(float(per_dwelling.iloc[-1]), -3), display=False)
glue("eur_per_dwelling_last_year", int(per_dwelling.index[-1]), display=False)

plotting.bar_chart(
    approved.values,
    highlight={y: plotting.COLORS["outcome"] for y in approved_term.index},
    title=f"Subsidies covered fewer dwellings in the term than in {base_year}, though the money rose",
    unit="dwellings per year",
    subtitle="Dwellings covered by housing subsidy approvals (new build and modernisation); term years in green",
    source=approved.source_line(),
    as_of=approved.as_of,
)
plotting.plt.show()

# %% [markdown]
# The stock of rent-bound dwellings fell from {glue:text}`stock_first:,.0f` ({glue:text}`stock_first_year`) to
# {glue:text}`stock_last:,.0f` ({glue:text}`stock_last_year`), a change of {glue:text}`stock_change:,.0f`. Whether
# the term reversed the decline cannot be said: no later stock figure was found.
#
# The money did rise. Subsidy approvals averaged {glue:text}`eur_pre_mean:.1f` million euros a year in 2017–2019
# and {glue:text}`eur_term_mean:.1f` million in the term, with a record {glue:text}`eur_max:.0f` million in
# {glue:text}`eur_max_year`. But the approvals covered fewer dwellings: {glue:text}`approved_term_mean:,.0f` a year
# in {glue:text}`approved_term_first`–{glue:text}`approved_term_last` against {glue:text}`approved_base:,.0f` in
# {glue:text}`approved_base_year`, the last year before the term with a count. Each approved dwelling cost about
# {glue:text}`eur_per_dwelling_base:,.0f` euros in {glue:text}`approved_base_year` and
# {glue:text}`eur_per_dwelling_last:,.0f` in {glue:text}`eur_per_dwelling_last_year`. Subsidised new rental
# dwellings met the Land's target of {glue:text}`land_target:,.0f` a year in {glue:text}`new_rental_met` of the
# {glue:text}`new_rental_n` term years with figures.
#
# **Verdict.** „Verstärken“ is measured by the number of dwellings the subsidies reach, since that is what adds to
# social housing. The term average reached {glue:text}`progress_p03:.1f` % of the pre-term level: the outcome is
# **{glue:text}`verdict_p03`**, even though the budget grew.
#
# ## The quota for subsidised housing

# %% tags=["remove-input"]
display(pledges.show_pledge("ch02-p04", catalogue))
quota = series("subsidised_quota_newbuild")
glue("quota_before", float(quota.values.iloc[0]), display=False)
glue("quota_after", float(quota.values.iloc[-1]), display=False)
both = pd.concat({"approved": new_rental.values, "completed": completions.values}, axis=1).dropna()
both = both.loc[both.index >= 2020]
share = both["approved"] / both["completed"] * 100
glue("share_min", round(float(share.min()), 0), display=False)
glue("share_max", round(float(share.max()), 0), display=False)
glue("share_first", int(share.index.min()), display=False)
glue("share_last", int(share.index.max()), display=False)
verdict_p04 = pledges.check_outcome("ch02-p04", feasibility.outcome_verdict(), catalogue)
glue("verdict_p04", verdict_p04, display=False)

# %% [markdown]
# The quota was written into the city's housing concept (*Kommunales Wohnkonzept*, adopted in 2022): the share of
# subsidised dwellings required in new residential schemes rose from {glue:text}`quota_before:.0f` % to
# {glue:text}`quota_after:.0f` %. The measure was implemented. What it achieved is not published: no series gives
# the share of subsidised dwellings among those completed. Setting subsidised new rental approvals against all
# completions gives between {glue:text}`share_min:.0f` % and {glue:text}`share_max:.0f` % in
# {glue:text}`share_first`–{glue:text}`share_last`, but approvals and completions are different cohorts, and the
# quota applies only to new schemes on plans that require it. The outcome is therefore
# **{glue:text}`verdict_p04`**.
#
# ## A service company and a municipal building programme

# %% tags=["remove-input"]
display(pledges.show_pledge("ch02-p05", catalogue))
display(pledges.show_pledge("ch02-p06", catalogue))
for pid in ("ch02-p05", "ch02-p06"):
    pledges.check_outcome(pid, feasibility.outcome_verdict(), catalogue)

# %% [markdown]
# Both are measures rather than targets, so only the implementation axis applies. The founding of a city development
# company was set in motion in the term; the municipal housing company DOGEWO's annual report for 2023 shows only
# small additions to its stock, not a building programme. The evidence for each is in the table at the end of the
# chapter.
#
# ## Rents

# %% tags=["remove-input"]
display(pledges.show_pledge("ch02-p07", catalogue))
display(pledges.show_pledge("ch02-p08", catalogue))

# %% [markdown]
# The flyer promises low rents without a number. We read it in the most lenient checkable way: asking rents should
# not rise faster than consumer prices, so that rents at least do not become dearer in real terms. The rent series
# is the city's median asking rent for re-let existing dwellings (from its housing market report); the price index
# is the national consumer price index.

# %% tags=["remove-input"]
rent = series("rent_asking_existing_median", definition="wmb_median_asking")
rent_new = series("rent_asking_newbuild_median", definition="wmb_median_asking")
cpi = series("cpi_index", "Germany")
inflation = series("cpi_change_pct", "Germany")
p08 = pledges.pledge("ch02-p08", catalogue)
rent_base_year = int(p08["baseline_year"])
rent_base = float(rent.values[rent_base_year])
assert rent_base == float(p08["baseline_value"]), "pledge baseline differs from the data"
# The index is published to 2023; 2024 follows from the published annual rate (own arithmetic, stated in the text).
cpi_levels = pd.concat([cpi.values, pd.Series({2024: cpi.values[2023] * (1 + inflation.values[2024] / 100)})])
ceiling = (rent_base * cpi_levels / cpi_levels[rent_base_year]).loc[rent_base_year:2024]
rent_last_year = int(rent.values.index.max())
rent_last = float(rent.values[rent_last_year])
glue("rent_base", rent_base, display=False)
glue("rent_base_year", rent_base_year, display=False)
glue("rent_last", rent_last, display=False)
glue("rent_last_year", rent_last_year, display=False)
glue("rent_change", feasibility.percent_change(rent_last, rent_base), display=False)
glue("cpi_change", feasibility.percent_change(cpi_levels[rent_last_year], cpi_levels[rent_base_year]), display=False)
glue("rent_ceiling", round(float(ceiling[rent_last_year]), 2), display=False)
glue("rent_new_base", float(rent_new.values[rent_base_year]), display=False)
glue("rent_new_last", float(rent_new.values[rent_last_year]), display=False)
glue("rent_new_change", feasibility.percent_change(rent_new.values[rent_last_year], rent_new.values[rent_base_year]), display=False)
progress_p08 = feasibility.progress_toward(rent_last, float(ceiling[rent_last_year]), direction="decrease")
glue("progress_p08", round(progress_p08 * 100, 1), display=False)
verdict_p08 = pledges.check_outcome("ch02-p08", feasibility.outcome_verdict(progress=progress_p08), catalogue)
glue("verdict_p08", verdict_p08, display=False)
pledges.check_outcome("ch02-p07", feasibility.outcome_verdict(), catalogue)

plotting.line_chart(
    {"re-let existing dwellings": rent.values, "new-build dwellings": rent_new.values},
    target=ceiling,
    target_label=f"{rent_base_year} rent moved with consumer prices",
    title=f"Asking rents rose {feasibility.percent_change(rent_last, rent_base):.0f} % in {rent_base_year}–{rent_last_year}, a little faster than prices",
    unit="EUR per m² per month",
    subtitle="Median asking rent (net, cold) in Dortmund; breaks mark years without published data",
    source=rent.source_line() + "; prices: " + "; ".join(cpi.publishers),
    as_of=rent.as_of,
)
plotting.plt.show()

# %% [markdown]
# The median asking rent for re-let dwellings rose from {glue:text}`rent_base:.2f` euros per square metre in
# {glue:text}`rent_base_year` to {glue:text}`rent_last:.2f` in {glue:text}`rent_last_year`,
# {glue:text}`rent_change:.1f` %. Consumer prices rose {glue:text}`cpi_change:.1f` % in the same years (the 2024
# index level is computed from the published 2023 level and the 2024 inflation rate). Had rents moved with prices
# they would have stood at {glue:text}`rent_ceiling:.2f` euros. New-build asking rents rose from
# {glue:text}`rent_new_base:.2f` to {glue:text}`rent_new_last:.2f` euros ({glue:text}`rent_new_change:.1f` %).
#
# **Verdict.** Measured against the price-adjusted ceiling, rents reached {glue:text}`progress_p08:.1f` % of the
# goal (the ceiling divided by the actual rent): the pledge is **{glue:text}`verdict_p08`**, narrowly. Rents did not
# stay where they were; they rose roughly in line with, and slightly faster than, everything else. The claim that
# Dortmund is the big city everyone can afford has no yardstick in the data: the census 2022 rents, the only
# comparable figures across cities, were not found for Dortmund, so that pledge is *not assessable*.
#
# ## Land policy and derelict buildings

# %% tags=["remove-input"]
for pid in ("ch02-p09", "ch02-p10", "ch02-p11"):
    display(pledges.show_pledge(pid, catalogue))
    pledges.check_outcome(pid, feasibility.outcome_verdict(), catalogue)

# %% [markdown]
# No published series records sales of city land, grants of leasehold (*Erbbaurecht*) or interventions of the
# housing supervisory authority, so these pledges cannot be checked here. A reader with access to the council's
# decisions (the city's council information system) could settle them.
#
# ## Verdicts

# %% tags=["remove-input"]
pledges.as_html(pledges.verdict_table(2, catalogue))

# %% [markdown]
# ## Data notes
#
# - Completions and permits for 2019–2023 come partly from the city's press releases and partly from newspaper
#   reports of IT.NRW figures (confidence *medium*); the 2014 completions figure is an approximate value from a
#   secondary source. The official multi-year tables (IT.NRW's building statistics, the city's housing market
#   reports) would replace them.
# - Missing: completions for 2007–2013 and the absolute number for 2024; the social housing stock after early 2022;
#   subsidised new rental approvals for 2023; a Dortmund value of the census 2022 rents.
# - All sources, with the place on the page of every figure, are listed on the [data page](data.ipynb).
