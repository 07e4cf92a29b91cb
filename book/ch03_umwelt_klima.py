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
# # 3. Umwelt und Klima: environment and climate
#
# The programme's chapter *„Umwelt und Klima“* (*Environment and climate*) is short on promises and long on claims
# of work already done. It pledges new trees and more forest, endorses the city's greenhouse-gas target and asks
# whether more is possible, and credits the municipal utility's district-heating conversion with a fixed CO2 saving
# and its equivalent in cars. It also claims a coal exit without subsidies and a blue sky over the city. This chapter
# checks what can be checked, and says plainly where the public data run out.

# %% tags=["remove-input"]
import math
import re

import pandas as pd
from IPython.display import display
from myst_nb import glue

from analysis import data, feasibility, forecast, pledges, plotting, present, provenance, recipe, record, robustness

plotting.apply_style()
obs = data.load_observations()
series = data.series_loader(obs)
catalogue = pledges.load_pledges()


def value(s, year):
    """The one observed value of a series in a year (a KeyError names a gap)."""
    return float(s.values[year])


# %% [markdown]
# ## The greenhouse-gas path against the city's own targets

# %% tags=["hide-input"]
display(present.pledge_card("ch03-p04", catalogue))

# %% [markdown]
# Dortmund has set itself three successive targets, all measured against 1990: {glue:text}`target_2020:.0f` % less
# by 2020 (*Handlungsprogramm Klimaschutz*, "climate action programme", 2011), {glue:text}`target_2030:.0f` % less by 2030 and
# {glue:text}`target_2040:.0f` % less by 2040 (*Klima-Luft 2030*, "climate and air 2030", 2019), and in December 2021 climate neutrality by
# {glue:text}`neutral_year` instead of {glue:text}`neutral_before`. Since 2021 the Land NRW and the federal
# government both aim at {glue:text}`target_de_2030:.0f` % less by 2030 and neutrality by 2045.
#
# The measure is the city's own emissions balance. It is drawn up every two years, but its method changed twice: the
# Regionalverband Ruhr (RVR) balanced 2012 for the city; the environment office's CO2 balances of 2016 and 2018
# counted carbon dioxide; the balances published later (for 2019, 2020 and 2022) count all greenhouse gases in CO2
# equivalents. Each balance states its reduction against its own 1990 level, so the percentages are comparable
# only within one method. The chart keeps them as separate series and draws no line across a change of method.

# %% tags=["hide-input"]
GERMANY = "Germany (UBA, several vintages)"
red = {
    GERMANY: series("climate_ghg_reduction_vs_1990_pct", "Germany", "uba_inventory"),
    "RVR balance": series("climate_ghg_reduction_vs_1990_pct", definition="rvr_balance"),
    "city CO2 balance": series("climate_ghg_reduction_vs_1990_pct", definition="city_co2_balance"),
    "city greenhouse-gas balance": series("climate_ghg_reduction_vs_1990_pct", definition="city_ghg_balance"),
}
targets = series("climate_ghg_target_reduction_pct", definition="city_target")
neutral = series("climate_ghg_neutrality_target_year", definition="city_target")
target_de = series("climate_ghg_target_reduction_pct", "Germany", "statutory_target")
target_nrw = series("climate_ghg_target_reduction_pct", "NRW", "statutory_target")
weather = series("climate_ghg_reduction_vs_1990_weather_adj_pct", definition="city_co2_balance")
exceeded_2020 = series("climate_ghg_target2020_exceeded", definition="city_ghg_balance")
achievable = series("climate_ghg_reduction_achievable_2035_pct", definition="expert_report")

NEUTRAL_YEAR = int(neutral.values.iloc[-1])
city_path = pd.Series({2020: value(targets, 2020), 2030: value(targets, 2030), NEUTRAL_YEAR: 100.0})
ghg = red["city greenhouse-gas balance"]
LATEST = int(ghg.values.index.max())
latest_red = value(ghg, LATEST)
target_2030 = value(targets, 2030)

glue("red_2012", value(red["RVR balance"], 2012), display=False)
glue("red_2016", value(red["city CO2 balance"], 2016), display=False)
glue("red_2018", value(red["city CO2 balance"], 2018), display=False)
glue("red_2018_weather", value(weather, 2018), display=False)
glue("red_latest", latest_red, display=False)
glue("red_latest_year", LATEST, display=False)
glue("red_de_2019", value(red[GERMANY], 2019), display=False)
assert LATEST == 2019, "the text calls the latest city balance with a 1990 comparison the last year before the pandemic"
assert abs(latest_red - value(red[GERMANY], 2019)) < 2, "the text calls the 2019 reductions similar"
glue("target_2020", value(targets, 2020), display=False)
glue("target_2030", target_2030, display=False)
glue("target_2040", value(targets, 2040), display=False)
glue("target_de_2030", value(target_de, 2030), display=False)
assert value(target_nrw, 2030) == value(target_de, 2030), "the text says NRW and federal 2030 targets are equal"
glue("neutral_year", NEUTRAL_YEAR, display=False)
glue("neutral_before", int(neutral.values.iloc[0]), display=False)
glue("achievable_2035", value(achievable, 2035), display=False)
glue("exceeded_2020", "exceeded" if value(exceeded_2020, 2020) == 1 else "missed", display=False)

ax = plotting.line_chart(
    {label: s.values for label, s in red.items()},
    colors={GERMANY: plotting.COLORS["context"]},
    emphasis="city greenhouse-gas balance",
    target=city_path,
    target_label=f"city targets ({NEUTRAL_YEAR}: neutrality)",
    title=f"By {LATEST} Dortmund's balance showed −{latest_red:.0f} %; the targets ask for −{target_2030:.0f} % by 2030 and zero by {NEUTRAL_YEAR}",
    unit="percent below 1990",
    subtitle="Reduction of emissions vs 1990, each balance against its own 1990 level; methods are not joined; Germany from press releases of several inventory vintages",
    source=data.sources_line(*red.values(), targets),
    as_of=data.latest_period(*red.values()),
)
plotting.show(
    ax,
    alt=f"Dortmund's emissions balances show a reduction of {latest_red:.0f} % against 1990 by {LATEST}, close to "
    f"Germany's; the city's targets ask for {target_2030:.0f} % by 2030 and neutrality by {NEUTRAL_YEAR}.",
    name="ch03-ghg-reduction-vs-1990",
)

# %% [markdown]
# The RVR balance put the 2012 reduction at {glue:text}`red_2012:.0f` %. The city's CO2 balances showed
# {glue:text}`red_2016:.0f` % for 2016 and {glue:text}`red_2018:.0f` % for 2018 ({glue:text}`red_2018_weather:.0f` %
# after correcting for the heating needs of cold years). The greenhouse-gas balance released with the 2020 figures
# gives {glue:text}`red_latest:.0f` % for {glue:text}`red_latest_year`, the last year before the pandemic; Germany as a
# whole stood at {glue:text}`red_de_2019:.1f` % in the same year. For 2020 the city reports that its
# {glue:text}`target_2020:.0f` % target was *{glue:text}`exceeded_2020`*, but it gives no percentage and attributes
# part of the drop to the lockdowns, so the book takes {glue:text}`red_latest_year` as the last reliable point of the
# old trend. Ex ante the city had expected to miss that target: presenting the 2018 balance, its environment
# department head said that
# [extrapolating the figures, the 2020 target would probably not be reached](https://www.muensterlandzeitung.de/dortmund/stadt-dortmund-hat-klimaziel-2020-wohl-verfehlt-w1592134-p-9000111603/).
#
# The city's release on its 2022 balance no longer states a reduction against 1990; it reports absolute emissions and
# the change against 2012 instead:

# %% tags=["hide-input"]
kt_new = series("climate_ghg_total_kt", definition="city_ghg_balance")
kt_rvr = series("climate_ghg_total_kt", definition="rvr_balance")
vs2012 = series("climate_ghg_change_vs_2012_pct", definition="city_ghg_balance")
pc_new = series("climate_ghg_per_capita_t", definition="city_ghg_balance")
pc_nrw = series("climate_ghg_per_capita_t", "NRW", "as_cited_by_city")
pc_de = series("climate_ghg_per_capita_t", "Germany", "as_cited_by_city")
LAST_KT = int(kt_new.values.index.max())
kt_last = value(kt_new, LAST_KT)
change_2012 = value(vs2012, LAST_KT)
# Own arithmetic: the 2012 level in the current method, implied by the published change against 2012.
kt_2012_implied = kt_last / (1 + change_2012 / 100)
years_left = NEUTRAL_YEAR - LAST_KT
need_kt = feasibility.required_annual_rate(kt_last, 0.0, years_left, kind="linear")
past_kt = feasibility.required_annual_rate(kt_2012_implied, kt_last, LAST_KT - 2012, kind="linear")
at_pace = feasibility.years_to_reach(kt_last, 0.0, past_kt, kind="linear")

glue("kt_2020", value(kt_new, 2020), display=False)
glue("kt_last", kt_last, display=False)
glue("kt_last_year", LAST_KT, display=False)
glue("kt_rvr_2012", value(kt_rvr, 2012), display=False)
glue("change_2012", abs(change_2012), display=False)
glue("kt_2012_implied", round(kt_2012_implied, 0), display=False)
glue("need_kt", round(-need_kt, 0), display=False)
glue("past_kt", round(-past_kt, 0), display=False)
glue("kt_ratio", round(need_kt / past_kt, 1), display=False)
assert need_kt < past_kt < 0, "the text says emissions fell in 2012-2022 and must fall faster"
glue("years_left", years_left, display=False)
glue("zero_year_at_pace", int(LAST_KT + round(at_pace)), display=False)
glue("pc_last", value(pc_new, LAST_KT), display=False)
glue("pc_nrw", value(pc_nrw, LAST_KT), display=False)
glue("pc_de", value(pc_de, LAST_KT), display=False)

straight = feasibility.target_path(kt_last, LAST_KT, NEUTRAL_YEAR, need_kt, kind="linear")
pace = feasibility.target_path(kt_last, LAST_KT, NEUTRAL_YEAR, past_kt, kind="linear")
ax = plotting.line_chart(
    {
        "RVR balance": kt_rvr.values,
        "city greenhouse-gas balance": kt_new.values,
        f"continuing the 2012–{LAST_KT} pace (own arithmetic)": pace,
    },
    target=straight,
    target_label=f"straight line to zero in {NEUTRAL_YEAR}",
    title=f"Neutrality by {NEUTRAL_YEAR} needs cuts about {need_kt / past_kt:.0f} times as fast as in 2012–{LAST_KT}",
    unit="thousand t CO2 equivalents per year",
    subtitle="Dortmund's territorial emissions by balance method; the two methods are not joined",
    source=data.sources_line(kt_new, kt_rvr, vs2012),
    as_of=kt_new.as_of,
    emphasis="city greenhouse-gas balance",
)
plotting.show(
    ax,
    alt=f"Dortmund emitted {kt_last:,.0f} thousand tonnes in {LAST_KT}; a straight line to zero in {NEUTRAL_YEAR} "
    f"needs cuts about {need_kt / past_kt:.0f} times as fast as in 2012–{LAST_KT}.",
    name="ch03-ghg-absolute",
)

# %% [markdown]
# Emissions were {glue:text}`kt_2020:,.0f` thousand tonnes of CO2 equivalents in the pandemic year 2020 and
# {glue:text}`kt_last:,.0f` thousand tonnes in {glue:text}`kt_last_year`, {glue:text}`pc_last:.1f` tonnes per
# inhabitant (NRW {glue:text}`pc_nrw:.1f`, Germany {glue:text}`pc_de:.1f`, as cited by the city). The RVR's
# {glue:text}`kt_rvr_2012:,.0f` thousand tonnes for 2012 belong to the old method and cannot be compared with these
# figures: the city's own statement that {glue:text}`kt_last_year` lay {glue:text}`change_2012:.0f` % below 2012
# implies a 2012 level of about {glue:text}`kt_2012_implied:,.0f` thousand tonnes in the current method (own
# arithmetic), not the RVR's figure.
#
# **Required versus historical pace.** To reach zero in {glue:text}`neutral_year` from the latest balance, emissions
# must fall by {glue:text}`need_kt:,.0f` thousand tonnes a year for {glue:text}`years_left` years. From 2012 to
# {glue:text}`kt_last_year` they fell by about {glue:text}`past_kt:,.0f` thousand tonnes a year, so the required pace
# is {glue:text}`kt_ratio:.1f` times the historical one; at the old pace emissions would reach zero around
# {glue:text}`zero_year_at_pace`. The city's own expert report expects at most {glue:text}`achievable_2035:.0f` %
# below 1990 by 2035 under the balance's accounting rules, because the national emission factors it must use assume
# national climate neutrality only in 2045.

# %% tags=["hide-input"]
level_latest = 100 - latest_red  # emissions in the latest year as a percentage of 1990
level_2030 = 100 - target_2030
need_rate = feasibility.required_annual_rate(level_latest, level_2030, 2030 - LATEST)
past_rate = feasibility.required_annual_rate(100.0, level_latest, LATEST - 1990)
years_at_past = feasibility.years_to_reach(level_latest, level_2030, past_rate)
covered = feasibility.progress_toward(level_latest, level_2030, baseline=100.0, direction="decrease")
# The other reading of the path to -55 %: equal cuts in percentage points of 1990 each year (linear).
need_lin = feasibility.required_annual_rate(level_latest, level_2030, 2030 - LATEST, kind="linear")
past_lin = feasibility.required_annual_rate(100.0, level_latest, LATEST - 1990, kind="linear")
years_at_past_lin = feasibility.years_to_reach(level_latest, level_2030, past_lin, kind="linear")
glue("need_rate", round(-need_rate * 100, 1), display=False)
glue("past_rate", round(-past_rate * 100, 1), display=False)
glue("rate_ratio", round(need_rate / past_rate, 1), display=False)
glue("need_lin", round(-need_lin, 1), display=False)
glue("past_lin", round(-past_lin, 1), display=False)
glue("rate_ratio_lin", round(need_lin / past_lin, 1), display=False)
assert need_rate < past_rate < 0 and need_lin < past_lin < 0, "the text says the 2030 target needs a faster cut than 1990-2019"
WELL_ABOVE = 1.5  # "well above": at least one and a half times the historical pace, on either reading
assert min(need_rate / past_rate, need_lin / past_lin, need_kt / past_kt) >= WELL_ABOVE, "the text says 'well above' on both readings"
# Years are rounded up: a target is reached in the first whole year in which the path gets there.
glue("year_55_at_past", int(LATEST + math.ceil(years_at_past)), display=False)
glue("year_55_at_past_lin", int(LATEST + math.ceil(years_at_past_lin)), display=False)
glue("covered_2030", round(covered * 100, 0), display=False)
thin = {label: len(s.values) for label, s in red.items() if s.geography == "Dortmund"}
thin["city greenhouse-gas balance, absolute"] = len(kt_new.values)
assert not any(forecast.forecastable(s.values) for s in [*red.values(), kt_new] if s.geography == "Dortmund")
MOST_POINTS = max(thin.values())
glue("most_points", MOST_POINTS, display=False)
glue("too_thin", forecast.TOO_THIN, display=False)
feasible_p04 = feasibility.feasibility_verdict(None)
verdict_p04 = pledges.check_outcome("ch03-p04", feasibility.outcome_verdict(), catalogue)
assert feasible_p04 == pledges.pledge("ch03-p04", catalogue)["feasibility"], "ch03-p04: feasibility in data/pledges.csv"
p04 = pledges.pledge("ch03-p04", catalogue)
assert f"has {MOST_POINTS} points" in p04["feasibility_note"] and f"the {forecast.TOO_THIN} " in p04["feasibility_note"], "ch03-p04 note"
assert f"{latest_red:.0f} % below 1990" in p04["outcome_note"], "ch03-p04 outcome note"
glue("feasible_p04", feasible_p04, display=False)
glue("verdict_p04", verdict_p04, display=False)
present.reader_table(
    pd.DataFrame(
        {
            "balance method": list(thin),
            "points": list(thin.values()),
            "forecastable": ["no" if n < forecast.TOO_THIN else "yes" for n in thin.values()],
        }
    ),
    columns={"balance method": "balance method", "points": "annual values", "forecastable": "forecastable"},
    caption="Dortmund's emission series",
)

# %% tags=["hide-input"]
present.reader_table(
    pd.DataFrame(
        {
            "reading": ["compound (same percentage each year)", "linear (same tonnage each year)"],
            "unit": ["% of the previous year", "points of the 1990 level"],
            "needed": [-need_rate * 100, -need_lin],
            "past": [-past_rate * 100, -past_lin],
            "ratio": [need_rate / past_rate, need_lin / past_lin],
            "reached": [LATEST + math.ceil(years_at_past), LATEST + math.ceil(years_at_past_lin)],
        }
    ),
    columns={
        "reading": "reading of the path",
        "unit": "cuts measured in",
        "needed": f"cut needed {LATEST}–2030 (a year)",
        "past": f"cut 1990–{LATEST} (a year)",
        "ratio": "needed ÷ past",
        "reached": "target reached at the past pace",
    },
    formats={
        "needed": lambda v: f"{v:.1f}",
        "past": lambda v: f"{v:.1f}",
        "ratio": "dec1",
        "reached": "year",
    },
    caption=f"Two readings of the path to −{target_2030:.0f} % by 2030",
)

# %% [markdown]
# The same question in the terms of the {glue:text}`target_2030:.0f` % target: in {glue:text}`red_latest_year`
# emissions stood {glue:text}`red_latest:.0f` % below 1990, so {glue:text}`covered_2030:.0f` % of the way to the 2030
# target was covered. The path to the target can be read two ways (second table). Read as a compound path, the rest
# requires a cut of {glue:text}`need_rate:.1f` % a year, against {glue:text}`past_rate:.1f` % a year over
# 1990–{glue:text}`red_latest_year` in the same balance: {glue:text}`rate_ratio:.1f` times the historical pace, and at
# that pace the target would be reached in {glue:text}`year_55_at_past`. Read as a linear path, it requires
# {glue:text}`need_lin:.1f` percentage points of the 1990 level a year against {glue:text}`past_lin:.1f` before,
# {glue:text}`rate_ratio_lin:.1f` times the historical pace, reached in {glue:text}`year_55_at_past_lin`. Years are
# rounded up to the first whole year in which the path gets there. Both readings agree that the target needs a
# faster pace than the city's average over 1990–{glue:text}`red_latest_year`.
#
# **No probability can be given.** A forecast with intervals, and so a probability of meeting the 2030 or 2035
# target, needs a consistent series: the book's rule requires at least {glue:text}`too_thin` annual points of one
# definition, and the longest Dortmund series of one method has {glue:text}`most_points` (first table). Chaining the
# methods would manufacture a trend out of method changes. The ex-ante feasibility is therefore
# **{glue:text}`feasible_p04`**, and so is the outcome (**{glue:text}`verdict_p04`**): the target date lies ahead and
# there is nothing to forecast from. Since neither rating rests on a number, there is no reading for it to depend on.
# What the arithmetic does show is that both targets demand a pace well above the city's long-run averages, on either
# reading of the path ({glue:text}`rate_ratio:.1f` or {glue:text}`rate_ratio_lin:.1f` times the
# 1990–{glue:text}`red_latest_year` rate for 2030, {glue:text}`kt_ratio:.1f` times the 2012–{glue:text}`kt_last_year`
# rate for neutrality). The wish for "more" was met on paper: the council brought neutrality forward to
# {glue:text}`neutral_year` from {glue:text}`neutral_before`. A yearly greenhouse-gas series in one method from 1990
# on, which the city's balance software holds, would allow a proper forecast.
#
# ### The national record as a benchmark
#
# What a long, consistent series can say is shown by the national inventory. The Umweltbundesamt's figures by gas,
# as published in the Federal Government's report *Gut leben in Deutschland* (*living well in Germany*), form one
# vintage for {glue:text}`de_first`–{glue:text}`de_cutoff` ({glue:text}`de_n_hist` years); their sum is Germany's total.
# Unlike the pledge forecasts, this benchmark does not use the figures as known on election day: the data file shows
# no publication date, so the book cannot place it before or after election day ({glue:text}`election_day`), and no
# rating rests on it.
# The book's forecast recipe treats it like any pledge target: it scores four benchmark models (the naive "same as
# last year", drift, theta and exponential smoothing) on one-year-ahead forecasts from rolling origins, reports their
# equal-weight combination, widens its intervals where the backtest shows them too narrow, and computes the
# probability of reaching the 2030 target of −{glue:text}`target_de_2030:.0f` %.

# %% tags=["hide-input"]
GASES = ("co2", "ch4", "n2o", "hfc", "pfc", "sf6", "nf3")
by_gas = [series("climate_ghg_by_gas_t", "Germany", f"uba_glid_{gas}") for gas in GASES]
assert all(s.values.index.equals(by_gas[0].values.index) for s in by_gas), "gases cover different years"
national = sum(s.values for s in by_gas) / 1e6  # million t CO2eq
de_first, de_last = int(national.index.min()), int(national.index.max())
de_1990 = float(national[1990])
level_de_2030 = de_1990 * (1 - value(target_de, 2030) / 100)
reported_de = series("climate_ghg_total_mt", "Germany", "uba_inventory")
de = record.forecast("ch03-national", series=series, catalogue=catalogue)
glue("election_day", present.format_date(data.ELECTION_DAY), display=False)
assert de.history.equals(national) and de.target == recipe.Target.level(level_de_2030, 2030, direction="<=")
de.glue("de")
glue("de_1990", round(de_1990, 0), display=False)
glue("de_last_value", round(float(national[de_last]), 0), display=False)
glue("de_last_red", round((1 - float(national[de_last]) / de_1990) * 100, 1), display=False)
glue("de_level_2030", round(level_de_2030, 0), display=False)
REPORTED_LAST = int(reported_de.values.index.max())
glue("de_reported_last_year", REPORTED_LAST, display=False)
glue("de_reported_last", value(reported_de, REPORTED_LAST), display=False)
glue("de_fc_last", round(float(de.fan.loc[REPORTED_LAST, "mean"]), 0), display=False)
glue("de_lo95_last", round(float(de.fan.loc[REPORTED_LAST, "lo95"]), 0), display=False)
below95 = [int(y) for y, v in reported_de.values.items() if v < de.fan.loc[y, "lo95"]]
assert below95, "the text says some later outcomes fell below the 95 % interval"
glue("de_below95_years", " and ".join(str(y) for y in below95), display=False)
assert de.verdict == "out of reach on trend", "the chart title says Germany would miss its target on trend"
assert de.hits["inside95"] < de.hits["n"], "the text says the intervals were too narrow"
assert not de.borderline, "the text says the benchmark models agree and the verdict is not borderline"
assert de.factor80 == de.factor95 == 1.0, "the text says the backtest did not call for wider intervals"
high_model = str(de.benchmarks["probability"].idxmax())
glue("de_p_high_text", str(de.benchmarks.loc[high_model, "text"]), display=False)
# "later it cut faster": the average yearly cut from the last modelled year to the latest report (across vintages)
# exceeds the average over the modelled years.
cut_before = (de_1990 - float(national[de_last])) / (de_last - 1990)
cut_after = (float(national[de_last]) - value(reported_de, REPORTED_LAST)) / (REPORTED_LAST - de_last)
assert cut_after > cut_before, "the text says emissions fell faster after the modelled period"
glue("de_cut_before", round(cut_before, 0), display=False)
glue("de_cut_after", round(cut_after, 0), display=False)
probabilities = pd.concat(
    [
        de.benchmarks.reset_index()[["model", "text"]],
        pd.DataFrame([{"model": f"{de.model} (reported)", "text": de.p_text}]),
    ],
    ignore_index=True,
)
present.reader_table(
    probabilities,
    columns={"model": "model", "text": f"probability of at most {level_de_2030:,.0f} Mt in 2030"},
    caption="Chance of the 2030 target, by model",
)

# %% [markdown]
# Germany emitted {glue:text}`de_1990:,.0f` million tonnes in 1990 and {glue:text}`de_last_value:,.0f` million in
# {glue:text}`de_cutoff` ({glue:text}`de_last_red:.1f` % less). The 2030 target is {glue:text}`de_level_2030:,.0f`
# million tonnes. On the combination's paths the chance of reaching it was {glue:text}`de_p_text`; no benchmark model
# gives more than {glue:text}`de_p_high_text` (the *{glue:text}`de_p_high_model`* model), and every one agrees, so the verdict is
# not borderline. By the book's rule the national target was, on the record of its first quarter-century,
# **{glue:text}`de_verdict`**. Each benchmark made {glue:text}`de_bt_n` backtest forecasts and the combination rule,
# scored on choices made from earlier years only, {glue:text}`de_rule_n`; the rule's backtest errors did not call for
# wider intervals (widening factor {glue:text}`de_factor80:.1f`). In the table below, a scaled error under one means
# a smaller error than the in-sample naive forecast, and coverage is the share of outcomes inside the interval.

# %% tags=["hide-input"]
present.analysts(
    f"backtest of one-year-ahead forecasts, {de_first}–{de_last}",
    present.reader_table(
        de.backtest,
        formats={
            "scaled error (MASE)": "dec2",
            "sMAPE": "pct1",
            "80 % coverage": "prob",
            "95 % coverage": "prob",
            "forecasts scored": "int",
        },
        caption="One-year-ahead backtest",
    ),
)

# %% tags=["hide-input"]
ax = de.chart(
    target_label=f"national target for 2030 (−{value(target_de, 2030):.0f} %)",
    title=f"On its {de_first}–{de_last} trend Germany would miss its 2030 target (P {de.p_text}); later it cut faster",
    unit="million t CO2 equivalents",
    subtitle="Germany's greenhouse-gas emissions (sum of gases), forecast with 80 % and 95 % intervals; the outcome "
    "line joins UBA press releases of several later inventory vintages",
    source=data.sources_line(*by_gas, reported_de),
    as_of=reported_de.as_of,
)
plotting.show(
    ax,
    alt=f"Forecast from {de_first}–{de_last} gave Germany's 2030 target a chance of {de.p_text}; reported emissions "
    f"fell faster and in {' and '.join(str(y) for y in below95)} lay below the forecast's 95 % interval.",
    name="ch03-germany-forecast",
)

# %% [markdown]
# The figures reported later (other inventory vintages, the "outcome" line) fell inside the 80 % interval in
# {glue:text}`de_inside80` of {glue:text}`de_n_outcome` years and inside the 95 % interval in
# {glue:text}`de_inside95`; in {glue:text}`de_below95_years` they lay below even its lower end. The intervals were
# too narrow for what followed. In {glue:text}`de_reported_last_year` emissions were
# {glue:text}`de_reported_last:,.0f` million tonnes, against a forecast of {glue:text}`de_fc_last:,.0f` million and a
# lower 95 % bound of {glue:text}`de_lo95_last:,.0f` million. From {glue:text}`de_cutoff` to
# {glue:text}`de_reported_last_year` emissions fell by about {glue:text}`de_cut_after:,.0f` million tonnes a year,
# against {glue:text}`de_cut_before:,.0f` million in 1990–{glue:text}`de_cutoff` (own arithmetic across vintages). The
# pace picked up from 2018 on (the Umweltbundesamt attributed the large drop of 2019 mainly to less coal-fired power);
# a trend forecast cannot anticipate such a break, which is why the book reports intervals and probabilities rather
# than single paths, and checks them against what happened. For Dortmund, which stood at a similar reduction against
# 1990 in 2019 and aims at a far earlier neutrality, no such check is possible until the city publishes its series.
#
# ## District heating and the car comparison

# %% tags=["hide-input"]
display(present.pledge_card("ch03-p05", catalogue))
display(present.pledge_card("ch03-p06", catalogue))

# %% tags=["hide-input"]
saving = series("climate_dh_co2_saving_t", definition="dew21_stated")
invest = series("climate_dh_investment_meur", definition="final_total")
invest_interim = series("climate_dh_investment_meur", definition="interim_budget")
funding = series("climate_dh_state_funding_share_pct", definition="dew21_stated")
dh_cut = series("climate_dh_co2_reduction_pct", definition="dew21_stated")
p05, p06 = pledges.pledge("ch03-p05", catalogue), pledges.pledge("ch03-p06", catalogue)
SAVING_CLAIM = float(p05["target_value"])
saved = value(saving, 2023)
verdict_p05 = pledges.check_outcome("ch03-p05", feasibility.outcome_verdict(progress=feasibility.progress_toward(saved, SAVING_CLAIM)), catalogue)
verdict_p06 = pledges.check_outcome(
    "ch03-p06", feasibility.outcome_verdict(progress=feasibility.progress_toward(value(invest, 2023), float(p06["target_value"]))), catalogue
)
glue("saving", saved, display=False)
glue("dh_cut", value(dh_cut, 2023), display=False)
glue("invest", value(invest, 2023), display=False)
glue("invest_interim", value(invest_interim, 2022), display=False)
glue("invest_claim", float(p06["target_value"]), display=False)
glue("funding", value(funding, 2023), display=False)
glue("funding_meur", round(value(invest, 2023) * value(funding, 2023) / 100, 0), display=False)
glue("saving_share", round(saved / (kt_last * 1000) * 100, 1), display=False)
glue("verdict_p05", verdict_p05, display=False)
glue("verdict_p06", verdict_p06, display=False)
# ch03-p06 under the readings the chapter names: the final total, the interim budget, and DEW21's own share net of
# the state funding ("DEW21 investiert": the utility invests).
own_share = value(invest, 2023) * (1 - value(funding, 2023) / 100)
rob_p06 = robustness.check(
    "ch03-p06",
    robustness.assess(
        {
            "final total": verdict_p06,
            "interim budget (2022)": feasibility.outcome_verdict(
                progress=feasibility.progress_toward(value(invest_interim, 2022), float(p06["target_value"]))
            ),
            "DEW21's own share net of state funding": feasibility.outcome_verdict(
                progress=feasibility.progress_toward(own_share, float(p06["target_value"]))
            ),
        },
        main="final total",
    ),
    catalogue,
)
glue("own_share", own_share, display=False)
glue("own_share_verdict", rob_p06.readings["DEW21's own share net of state funding"], display=False)
assert own_share < float(p06["target_value"]) < value(invest_interim, 2022), "the text: own share below, totals above 100"
assert f"{saved:,.0f} t" in p05["outcome_note"] and f"{value(invest, 2023):.0f} million" in p06["outcome_note"]

# %% [markdown]
# The conversion happened. DEW21 replaced heat from a gas-fired RWE plant with waste heat from an industrial neighbour
# and celebrated the completion in November 2023. It states a saving of {glue:text}`saving:,.0f` tonnes of CO2 a
# year, {glue:text}`dh_cut:.0f` % less than the former supply, and an investment of {glue:text}`invest:.0f` million
# euros (an interim report had named about {glue:text}`invest_interim:.0f` million), about
# {glue:text}`funding:.0f` % of it, roughly {glue:text}`funding_meur:.0f` million, from state programmes.
# The pledged saving is thus **{glue:text}`verdict_p05`**, and so is the pledged investment
# (**{glue:text}`verdict_p06`**), with one caveat: the saving is the operator's own calculation, not an independent
# measurement. For scale, it is about {glue:text}`saving_share:.1f` % of the city's {glue:text}`kt_last_year`
# emissions.
#
# The investment rating **depends on the reading**. Both the final total and the interim budget exceed the pledged
# {glue:text}`invest_claim:.0f` million euros; but the pledge says that DEW21 invests, and net of the state funding the
# utility's own share was about {glue:text}`own_share:.1f` million euros, which would make the pledge
# *{glue:text}`own_share_verdict`*. The book keeps the total as its main reading, since the programme speaks of the
# investment as a whole ("insgesamt", *in total*).
#
# The programme adds that the saving equals the emissions of about {glue:text}`cars_claim:,.0f` cars. That implies
# {glue:text}`t_per_car_claim:.0f` tonnes of CO2 per car and year. Official figures give a car's annual emissions two
# ways: the fleet total divided by the number of cars (Destatis), and the average mileage times emissions per
# kilometre (KBA).

# %% tags=["hide-input"]
cars_claim = float(re.search(r"rund ([\d.]+) PKW", p05["quote_de"]).group(1).replace(".", ""))
car_co2 = series("climate_car_co2_total_mt", "Germany", "destatis")
car_stock = series("climate_car_stock_million", "Germany", "destatis")
km = series("climate_car_km_per_year", "Germany", "kba_odometer")
gkm_petrol = series("climate_car_stock_co2_g_per_km", "Germany", "kba_stock_test_cycle_petrol")
gkm_diesel = series("climate_car_stock_co2_g_per_km", "Germany", "kba_stock_test_cycle_diesel")
dsw21 = series("climate_dh_car_equivalent", definition="dsw21_magazine")
cars_dsw21 = value(dsw21, 2022)

t_per_car = {}
for year in (2015, 2017):
    t_per_car[f"Destatis fleet total {year}"] = value(car_co2, year) / value(car_stock, year)
t_per_car["KBA mileage 2013 × petrol stock 2010 (test cycle)"] = value(km, 2013) * value(gkm_petrol, 2010) / 1e6
t_per_car["KBA mileage 2023 × diesel stock 2019 (test cycle)"] = value(km, 2023) * value(gkm_diesel, 2019) / 1e6
t_per_car["programme (implied)"] = saved / cars_claim
t_per_car["DSW21 magazine (implied)"] = saved / cars_dsw21
equiv = pd.DataFrame({"t CO2 per car and year": pd.Series(t_per_car)})
equiv["cars equal to the saving"] = saved / equiv["t CO2 per car and year"]
reference = float(equiv.loc["Destatis fleet total 2017", "cars equal to the saving"])
assert cars_claim < equiv.drop(["programme (implied)", "DSW21 magazine (implied)"])["cars equal to the saving"].min()
assert cars_dsw21 > equiv.drop(["programme (implied)", "DSW21 magazine (implied)"])["cars equal to the saving"].max()
glue("cars_claim", cars_claim, display=False)
glue("t_per_car_claim", saved / cars_claim, display=False)
glue("t_per_car_2017", round(t_per_car["Destatis fleet total 2017"], 1), display=False)
glue("t_per_car_2015", round(t_per_car["Destatis fleet total 2015"], 1), display=False)
glue("car_co2_2017", value(car_co2, 2017), display=False)
glue("car_stock_2017", value(car_stock, 2017), display=False)
glue("cars_reference", round(reference, -2), display=False)
glue("claim_factor", round(reference / cars_claim, 1), display=False)
glue("cars_dsw21", cars_dsw21, display=False)
glue("dsw21_factor", round(cars_dsw21 / reference, 1), display=False)
glue("km_2013", value(km, 2013), display=False)
glue("km_2023", value(km, 2023), display=False)
glue("gkm_implied_2013", round(t_per_car["Destatis fleet total 2017"] * 1e6 / value(km, 2013), 0), display=False)
glue("gkm_implied_2023", round(t_per_car["Destatis fleet total 2017"] * 1e6 / value(km, 2023), 0), display=False)
glue("gkm_diesel_2019", value(gkm_diesel, 2019), display=False)
glue("gkm_petrol_2010", value(gkm_petrol, 2010), display=False)
glue("cars_min", round(float(equiv["cars equal to the saving"].drop(["programme (implied)", "DSW21 magazine (implied)"]).min()), -2), display=False)
glue("cars_max", round(float(equiv["cars equal to the saving"].drop(["programme (implied)", "DSW21 magazine (implied)"]).max()), -2), display=False)
# ch03-p05 under each reading of its size: the 45,000 t as pledged, or the pledged 3,000 cars at each official
# per-car emission (the saving then has to reach 3,000 times that car's yearly CO2).
official = equiv.drop(["programme (implied)", "DSW21 magazine (implied)"])
MAIN_P05 = f"{SAVING_CLAIM:,.0f} t as pledged"
readings_p05 = {MAIN_P05: verdict_p05}
for label, t in official["t CO2 per car and year"].items():
    readings_p05[f"{cars_claim:,.0f} cars at {label}"] = feasibility.outcome_verdict(
        progress=feasibility.progress_toward(saved, cars_claim * t)
    )
rob_p05 = robustness.check("ch03-p05", robustness.assess(readings_p05, main=MAIN_P05), catalogue)
present.reader_table(
    equiv.rename_axis("way of computing a car's CO2"),
    index=True,
    columns={"t CO2 per car and year": "t CO2 per car and year", "cars equal to the saving": "cars equal to the saving"},
    formats={"t CO2 per car and year": "dec1", "cars equal to the saving": lambda v: f"{round(v, -2):,.0f}"},
    caption=f"Cars equal to the {saved:,.0f} t saving",
)

# %% tags=["hide-input"]
short = {
    "Destatis fleet total 2015": "Destatis\n2015",
    "Destatis fleet total 2017": "Destatis\n2017",
    "KBA mileage 2013 × petrol stock 2010 (test cycle)": "KBA km ×\npetrol g/km",
    "KBA mileage 2023 × diesel stock 2019 (test cycle)": "KBA km ×\ndiesel g/km",
    "programme (implied)": "programme\n(claim)",
    "DSW21 magazine (implied)": "DSW21\n(claim)",
}
bars = equiv["cars equal to the saving"].round(-2).rename(index=short)
ax = plotting.bar_chart(
    bars,
    highlight={short["programme (implied)"]: plotting.COLORS["target"], short["DSW21 magazine (implied)"]: plotting.COLORS["context"]},
    title=f"The saving equals about {reference:,.0f} cars, not {cars_claim:,.0f}",
    unit=f"cars whose yearly CO2 equals {saved:,.0f} t",
    subtitle="Cars equal to the district-heating saving, by way of computing a car's annual CO2; claims in red and grey",
    source=data.sources_line(car_co2, car_stock, km, gkm_petrol, dsw21),
    as_of=data.latest_period(car_co2, km, gkm_diesel),
)
plotting.show(
    ax,
    alt=f"Every official way of computing a car's CO2 makes the {saved:,.0f} t saving equal to between "
    f"{official['cars equal to the saving'].min():,.0f} and {official['cars equal to the saving'].max():,.0f} cars, "
    f"far more than the programme's {cars_claim:,.0f}.",
    name="ch03-car-equivalent",
)

# %% [markdown]
# Destatis counted {glue:text}`car_co2_2017:.0f` million tonnes of CO2 from {glue:text}`car_stock_2017:.0f` million
# cars in 2017: {glue:text}`t_per_car_2017:.1f` tonnes per car and year ({glue:text}`t_per_car_2015:.1f` in 2015). The
# saving therefore equals about {glue:text}`cars_reference:,.0f` cars, {glue:text}`claim_factor:.0f` times the
# programme's figure: the programme *understates* its own achievement, because it assumes a car emits far more CO2
# than it does. The mileage route gives the same order of magnitude: cars drove {glue:text}`km_2013:,.0f` km a year on
# average in 2013 and {glue:text}`km_2023:,.0f` km in 2023; at the test-cycle emissions of the registered fleet
# ({glue:text}`gkm_petrol_2010:.0f` g/km for petrol cars in 2010, {glue:text}`gkm_diesel_2019:.0f` g/km for diesel
# cars in 2019, both below real-world values) the saving equals between {glue:text}`cars_min:,.0f` and
# {glue:text}`cars_max:,.0f` cars. Conversely, the Destatis figure per car implies
# {glue:text}`gkm_implied_2013:.0f`–{glue:text}`gkm_implied_2023:.0f` g CO2 per km at the two mileages, plausible for
# real-world driving. The utility group's own magazine erred the other way, with {glue:text}`cars_dsw21:,.0f` cars,
# {glue:text}`dsw21_factor:.1f` times too many.
#
# Whichever reading of the pledge's size is taken, the {glue:text}`saving:,.0f` tonnes as pledged or the
# {glue:text}`cars_claim:,.0f` cars at any of the official per-car emissions above, the stated saving reaches it: the
# rating *{glue:text}`verdict_p05`* is robust.

# %% tags=["hide-input"]
present.analysts(
    "ratings of the district-heating pledges under each reading",
    present.reader_table(rob_p05.table(), caption="ch03-p05 (saving)"),
    present.reader_table(rob_p06.table(), caption="ch03-p06 (investment)"),
)

# %% [markdown]
#
# ## Trees and forest

# %% tags=["hide-input"]
for pid in ("ch03-p01", "ch03-p02", "ch03-p03"):
    display(present.pledge_card(pid, catalogue))
    pledges.check_outcome(pid, feasibility.outcome_verdict(), catalogue)

# %% tags=["hide-input"]
trees_target = float(pledges.pledge("ch03-p01", catalogue)["target_value"])
motion = series("climate_tree_planting_target_per_year", definition="council_motion_2021")
motion_total = series("climate_tree_planting_target_cumulative", definition="council_motion_2021")
wall = series("climate_trees_planted_event", definition="city_wall_ring")
glue("trees_target", trees_target, display=False)
glue("motion_per_year", value(motion, 2021), display=False)
glue("motion_total", value(motion_total, 2025), display=False)
glue("motion_factor", round(value(motion, 2021) / trees_target, 0), display=False)
glue("wall_trees", value(wall, 2023), display=False)
glue("verdict_trees", pledges.pledge("ch03-p01", catalogue)["outcome"], display=False)
for pid in ("ch03-p01", "ch03-p02", "ch03-p03"):
    row = pledges.pledge(pid, catalogue)
    assert row["outcome"] == row["implementation_status"] == "not assessable", f"the text says {pid} is not assessable on both axes"

# %% [markdown]
# The programme promises trees *„zusätzlich“* (*in addition*), the flyer *„neue Stadtbäume“* (*new urban trees*): the first counts net growth of the whole
# stock, the second new plantings in streets and parks. Neither can be checked with public data.
#
# - **What exists.** In June 2021 the Greens and the CDU moved in the council's climate committee for a concept for
#   {glue:text}`motion_per_year:,.0f` additional "Zukunftsbäume" (*future trees*) a year, {glue:text}`motion_total:,.0f` by the end of
#   2025, {glue:text}`motion_factor:.0f` times the SPD's number; a
#   [later, undated report](https://www.tierschutzpartei.de/dortmund-pflanzt-pro-kind-einen-baum/) says the concept
#   had still not been implemented. The city reports single planting actions, such as {glue:text}`wall_trees:.0f` young trees along the
#   inner ring road in March 2023, and forest replanting after storm and drought damage, which replaces dead trees and
#   is not "additional". The municipal forest's area is published only on an undated page, and the forest shares quoted
#   in the press use different land-use categories, so they show no trend.
# - **What was tried.** A citizen's freedom-of-information request for Dortmund's tree balance (plantings and fellings
#   per year since 2016) was [withdrawn in 2022 because of the fees](https://fragdenstaat.de/anfrage/baumbilanz-dortmund/).
# - **What would settle it.** Plantings and fellings of street and park trees per year from the city's tree cadastre
#   (the net change measures "zusätzlich", *additional*), and the forest area of Dortmund for 2019–2025 from IT.NRW's land-use
#   statistics (*Flächenerhebung nach Art der tatsächlichen Nutzung*, *survey of land by actual use*).
#
# **Verdict.** All three pledges are **{glue:text}`verdict_trees`**, on both axes: it is not known whether the
# city planted more trees than it lost, nor whether the forest grew.
#
# ## Photovoltaics

# %% tags=["hide-input"]
display(present.pledge_card("ch03-p08", catalogue))

# %% tags=["hide-input"]
pv_grid = series("climate_pv_systems", definition="donetz_grid_connected")
pv_roof = series("climate_pv_systems", definition="lanuv_rooftop")
pv_mwp = series("climate_pv_capacity_mwp", definition="lanuv_rooftop")
pv_used = series("climate_pv_roof_potential_used_pct", definition="lanuv_rooftop")
pv_mult = series("climate_pv_new_systems_multiplier", definition="donetz_grid_connected")
pv_share = series("climate_pv_share_electricity_pct", definition="city_ghg_balance")
dates = pd.to_datetime(pv_grid.rows["period"])
span_years = (dates.iloc[-1] - dates.iloc[0]).days / 365.25
span_months = (dates.iloc[-1].year - dates.iloc[0].year) * 12 + dates.iloc[-1].month - dates.iloc[0].month
span_up = math.ceil(span_months / 12)  # whole years, rounded up: "within N years"
assert span_up - 1 < span_years < span_up
pv_rate = feasibility.required_annual_rate(float(pv_grid.values.iloc[0]), float(pv_grid.values.iloc[-1]), span_years)
pledges.check_outcome("ch03-p08", feasibility.outcome_verdict(), catalogue)
glue("pv_first", float(pv_grid.values.iloc[0]), display=False)
glue("pv_first_date", dates.iloc[0].strftime("%B %Y"), display=False)
glue("pv_last", float(pv_grid.values.iloc[-1]), display=False)
glue("pv_last_date", dates.iloc[-1].strftime("%B %Y"), display=False)
glue("pv_span_months", span_months, display=False)
glue("pv_span_up", span_up, display=False)
glue("pv_rate", round(pv_rate * 100, 0), display=False)
glue("pv_roof_2018", value(pv_roof, 2018), display=False)
glue("pv_mwp_2018", value(pv_mwp, 2018), display=False)
glue("pv_used_2018", value(pv_used, 2018), display=False)
glue("pv_mult", value(pv_mult, 2024), display=False)
glue("pv_share", value(pv_share, 2022), display=False)
assert float(pv_grid.values.iloc[-1]) == 2 * float(pv_grid.values.iloc[0]), "the chart title says the count doubled"
ax = plotting.line_chart(
    {"rooftop systems (LANUV survey)": pv_roof.values, "grid-connected systems (Donetz milestones)": pv_grid.values},
    title=f"Grid-connected solar systems doubled to {pv_grid.values.iloc[-1]:,.0f} within {span_up} years",
    unit="systems",
    subtitle="Photovoltaic systems in Dortmund; two different counts, shown apart and not joined",
    source=data.sources_line(pv_roof, pv_grid),
    as_of=pv_grid.as_of,
)
plotting.show(
    ax,
    alt=f"Grid-connected solar systems in Dortmund doubled from {pv_grid.values.iloc[0]:,.0f} in "
    f"{dates.iloc[0]:%B %Y} to {pv_grid.values.iloc[-1]:,.0f} in {dates.iloc[-1]:%B %Y}.",
    name="ch03-photovoltaics",
)

# %% [markdown]
# The LANUV survey counted {glue:text}`pv_roof_2018:,.0f` rooftop systems with {glue:text}`pv_mwp_2018:.0f` MWp in
# 2018, the most of any NRW municipality, but only {glue:text}`pv_used_2018:.1f` % of the rooftop potential. The grid
# operator Donetz connected its {glue:text}`pv_first:,.0f`th system in {glue:text}`pv_first_date` and its
# {glue:text}`pv_last:,.0f`th in {glue:text}`pv_last_date`, {glue:text}`pv_span_months` months later: about
# {glue:text}`pv_rate:.0f` % growth a year. The number of new systems per year had grown {glue:text}`pv_mult:.0f`-fold
# since 2020, and the city put solar power's share of its electricity demand in 2022 at about
# {glue:text}`pv_share:.0f` % (a radio report on the same balance attributes that share to all local renewables). The
# two counts measure different things and are not joined. No dated figure of installed capacity after 2018 was found;
# the Energieatlas NRW or the federal Marktstammdatenregister would give it by year.
#
# **Verdict.** The city kept pushing (its climate office
# [entered the national "Wattbewerb"](https://dortmund-kurier.de/1850/dortmund-moechte-deutscher-meister-im-ausbau-von-photovoltaik-anlagen-werden/)
# (a pun on *Wettbewerb*, *competition*)
# and it [subsidises systems](https://www.stadt-und-werk.de/k21-meldungen/pv-spitzenreiter-in-nrw)),
# so the measure counts as kept. The pledge has no number, so its outcome is *not assessable*; and much of the boom of
# 2022–2024 was national, driven by energy prices and federal law, so the growth cannot be credited to the city alone.
# The two milestones are far too few for a forecast.
#
# ## The coal exit claim
#
# The programme states that Dortmund is *„die einzige Stadt …, die ohne Subventionen erfolgreich mit einem
# Kohlekraftwerk abgeschlossen hat“* (*the only city that has successfully finished with a coal power plant without
# subsidies*). This is a claim about the past, not a pledge, so it has no row in the catalogue. The last hard-coal
# plant on the city's territory, Gustav Knepper in Mengede, was
# [shut down by its owner E.ON on 23 December 2014](https://www.moderne-regional.de/kraftwerk-knepper-faellt/) for
# economic reasons, years before the federal coal-exit law introduced compensation, and demolished in 2019. It was not
# a municipal decision, and no source was found for the "only city" claim. At the same time the city's utility holding
# DSW21 held {glue:text}`steag_stake:.0f` % of the coal-plant operator Steag and, in February 2020,
# [criticised the federal coal-exit plans](https://www.hellwegeranzeiger.de/dortmund/fragwuerdig-nicht-akzeptabel-scharfe-kritik-aus-dortmund-an-kohleausstiegs-plaenen-plus-1498787.html)
# for their treatment of hard-coal plants. The claim is **not verifiable** and
# misleading in its framing.

# %% tags=["hide-input"]
steag = series("climate_steag_stake_dsw21_pct")
glue("steag_stake", value(steag, 2020), display=False)

# %% [markdown]
# ## Air quality
#
# *„Der Himmel über uns ist wieder blau“* (*the sky above us is blue again*), the programme says. For air pollution
# in a city the measure is nitrogen dioxide from traffic, whose annual mean must not exceed the EU limit value of
# {glue:text}`no2_limit:.0f` µg/m³.

# %% tags=["hide-input"]
limit = series("climate_no2_limit_value", "EU", "directive_2008_50")
LIMIT = float(limit.values.iloc[0])
stations = {
    "Brackeler Straße": "lanuv_brackeler_strasse",
    "Rheinlanddamm": "lanuv_rheinlanddamm",
    "Westfalendamm": "lanuv_westfalendamm",
    "Steinstraße": "lanuv_steinstrasse",
    "Eving": "lanuv_eving",
}
no2 = {name: series("climate_no2_annual_mean", definition=key) for name, key in stations.items()}
brackel = no2["Brackeler Straße"]
exceeded_2019 = series("climate_no2_limit_exceeded", definition="uba_traffic_stations")
gap_2022 = series("climate_no2_gap_to_limit", definition="lanuv_highest_station")
nrw_over = series("climate_no2_stations_exceeding_limit", "NRW", "lanuv_automatic")
glue("no2_limit", LIMIT, display=False)
glue("no2_2014", value(brackel, 2014), display=False)
glue("no2_2018", value(brackel, 2018), display=False)
glue("no2_2021", value(brackel, 2021), display=False)
glue("no2_2019_flag", "above" if value(exceeded_2019, 2019) == 1 else "below", display=False)
glue("no2_nrw_2019", value(nrw_over, 2019), display=False)
glue("no2_nrw_2020", value(nrw_over, 2020), display=False)
glue("no2_gap_2022", value(gap_2022, 2022), display=False)
glue("no2_max_2022", LIMIT - value(gap_2022, 2022), display=False)
glue("no2_points", len(brackel.values), display=False)
assert min(value(brackel, 2014), value(brackel, 2018)) > LIMIT > value(brackel, 2021), "the text: above the limit before, below in 2021"
assert value(nrw_over, 2020) == 0 and value(gap_2022, 2022) > 0, "the text: no station above the limit in 2020 and 2022"
ax = plotting.line_chart(
    {name: s.values for name, s in no2.items()},
    target=LIMIT,
    target_label=f"EU limit value, {LIMIT:.0f} µg/m³",
    title=f"NO2 at Brackeler Straße fell from {value(brackel, 2018):.0f} µg/m³ in 2018 to {value(brackel, 2021):.0f} in 2021, within the limit",
    unit="µg/m³, annual mean",
    subtitle="Nitrogen dioxide annual means at LANUV stations in Dortmund; missing years are gaps",
    source=data.sources_line(*no2.values(), limit),
    as_of=brackel.as_of,
    emphasis="Brackeler Straße",
)
plotting.show(
    ax,
    alt=f"Nitrogen dioxide at Brackeler Straße fell from {value(brackel, 2018):.0f} µg/m³ in 2018, above the EU limit "
    f"of {LIMIT:.0f}, to {value(brackel, 2021):.0f} in 2021, within the limit.",
    name="ch03-no2",
)

# %% [markdown]
# When the programme was written the sky was bluer than it had been, but the air at the worst street was not yet
# legal: the traffic station at Brackeler Straße recorded {glue:text}`no2_2014:.0f` µg/m³ in 2014 and
# {glue:text}`no2_2018:.0f` µg/m³ in 2018, and in 2019 it was still one of {glue:text}`no2_nrw_2019:.0f` automatic
# NRW stations {glue:text}`no2_2019_flag` the limit. In 2020 every station in the city met it (across NRW the
# number of automatic stations above the limit fell to {glue:text}`no2_nrw_2020:.0f`); Brackeler Straße measured {glue:text}`no2_2021:.0f`
# µg/m³ in 2021, and in 2022 all eight LANUV sites in the city were within the limit. Figures after 2022 were not
# found. The margin is thin where traffic is heaviest: in 2022 the highest Dortmund station, Borsigstraße,
# lay {glue:text}`no2_gap_2022:.0f` µg/m³ below the limit, at about {glue:text}`no2_max_2022:.0f` µg/m³ (own
# arithmetic). With {glue:text}`no2_points` annual values for the main station, the series is too short and too gappy
# for a forecast. The claim was premature in 2020 and became true in the term.
#
# ## Cooling, gardens and climate adaptation

# %% tags=["hide-input"]
for pid in ("ch03-p07", "ch03-p09", "ch03-p10"):
    display(present.pledge_card(pid, catalogue))
    pledges.check_outcome(pid, feasibility.outcome_verdict(), catalogue)

# %% [markdown]
# The cooling network and the organic gardens on city farmland left no trace in the public sources searched, so they
# are *not assessable* rather than *not started*: a reader with access to the council's information system or DEW21's
# plans could settle them.
#
# The plan for adapting the city to a changing climate was made: the masterplan *Integrierte Klimaanpassung*
# (*integrated climate adaptation*, MiKaDo), commissioned in October 2019, was presented in February 2021, and the
# city reports that the council adopted it. The "new and high standards" for public buildings and infrastructure that
# the programme tied to it were not found as such, so the measure counts as *partly kept*; it has no number, so its
# outcome is *not assessable*.
#
# ## Verdicts
#
# Only the two district-heating pledges carry a numeric rating. The saving is *met* on every reading; the
# investment is *met* on its total but would be *{glue:text}`own_share_verdict`* if only DEW21's own share net of
# state funding counted. The other pledges have no rating that rests on a number, so robustness does not apply.

# %% tags=["hide-input"]
rated = {"ch03-p05": rob_p05, "ch03-p06": rob_p06}
for _, row in catalogue[catalogue["chapter"] == 3].iterrows():
    if row["pledge_id"] not in rated:
        assert row["verdict_robustness"] == "not applicable", f"{row['pledge_id']}: no numeric rating, so not applicable"
    assert row["outcome_note"] and row["feasibility_note"], f"{row['pledge_id']}: outcome and feasibility notes"
assert rob_p05.label == "robust" and rob_p06.label == "depends on reading", "the text above names the robustness"
present.verdict_table(3, catalogue)

# %% [markdown]
# ## What the latest figures changed
#
# The chapter's series are brought to the latest published year, and its ex-ante forecasts use only what had been
# published by election day. First the ratings that moved with the latest figures, and why; then the series behind
# the ratings and forecasts that stop before the end of the term, with the reason.

# %% tags=["hide-input"]
present.what_changed(3, catalogue)

# %% [markdown]
# ## Data notes
#
# - The city's balances after 2018 are known from the city's press releases and their reprints (confidence *medium*
#   where a reprint is the only source). The balance reports themselves, with the absolute 1990 base of each method,
#   were not found; neither were the balance for 2021 or any percentage for 2020 and 2022 against 1990.
# - Missing: a yearly emissions series in one method; annual tree plantings and fellings; the forest area by year;
#   installed solar capacity after 2018; NO2 annual means for 2015, 2016, 2019, 2020 and after 2021 at Brackeler
#   Straße; any source on the cooling network or organic gardens.
# - All sources, with the place on the page of every figure, are listed on the [data page](data.ipynb).
