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
# # 7. Solidarische Stadt: poverty, homelessness, violence and loneliness
#
# The programme's seventh chapter, *„Solidarische Stadt“* (*A city of solidarity*), opens with *„Armut werden wir
# niemals hinnehmen“* (*we will never accept poverty*) and calls Dortmund *„die soziale Hauptstadt Deutschlands“*
# (*Germany's social capital*). Its pledges are mostly measures: a social conference that sets hard targets for
# 2030, more full-time posts for women, more counselling and shelter places, a school programme against violence
# and bullying, and Germany's first staff unit against loneliness. It also makes one claim about the past, that
# crime keeps falling. Poverty itself carries no number in the programme, so this chapter sets out what the
# poverty figures show, and on how many definitions, without scoring them as a target.

# %% tags=["remove-input"]
import pandas as pd
from IPython.display import display
from myst_nb import glue

from analysis import checks, data, feasibility, pledges, plotting, present, provenance, robustness

plotting.apply_style()
obs = data.load_observations()
series = data.series_loader(obs)
catalogue = pledges.load_pledges()

# %% [markdown]
# ## A social conference with hard targets for 2030
#
# The programme promises to set, *„wie beim Arbeitsmarkt“* (*as with the labour market*), *„harte und nachhaltige
# Ziele bei allen Themen bis 2030“* (*hard and lasting targets on every topic up to 2030*) at a social conference,
# *„von Obdachlosigkeit bis zur Altersarmut“* (*from homelessness to poverty in old age*).

# %% tags=["hide-input"]
display(present.pledge_card("ch07-p01", catalogue))

# %% [markdown]
# No such conference, and no list of 2030 targets from one, was found. The closest thing is an aim reported in 2024:
# the city wants nobody to have to live on the street by 2030, an aim it discussed with the homelessness charities
# on the national day of the homeless, in line with the European plan to end homelessness by 2030. The council's
# minutes would show whether a conference was held and what it decided.
#
# ## Poverty: a city everyone can afford?
#
# The programme wants Dortmund to be *„die moderne Großstadt …, die sich alle leisten können“* (*the modern city
# that everyone can afford*). Three families of poverty figures exist for the city, and each comes on its own
# definition.

# %% tags=["hide-input"]
display(present.pledge_card("ch07-p02", catalogue))

# %% [markdown]
# ### Benefits for jobseekers (SGB II)
#
# The share of residents who receive basic income support for jobseekers (SGB II, until 2022 *Hartz IV*, since 2023
# *Bürgergeld*) was found for three dates, and each on a different basis: relative to the population under 65 in
# 2012, as a month-end count relative to the population up to retirement age in November 2021, and as the
# employment agency's month-end rate in May 2025. The three cannot be joined into a series: a change between them
# may be a change of definition.

# %% tags=["hide-input"]
sgb2 = {
    "2012, under 65": series("social_sgb2_rate", definition="under65_annual"),
    "November 2021, month end": series("social_sgb2_rate", definition="month_end_arbeitslosenreport"),
    "May 2025, month end": series("social_sgb2_rate", definition="month_end_ba"),
}
nrw_2012 = series("social_sgb2_rate", "NRW", "under65_annual").values[2012]
nrw_2021 = series("social_sgb2_rate", "NRW", "month_end_arbeitslosenreport").values[2021]
sgb2_table = pd.DataFrame([
    {"basis": name, "dortmund": float(s.values.iloc[0]),
     "nrw": {"2012, under 65": nrw_2012, "November 2021, month end": nrw_2021}.get(name)}
    for name, s in sgb2.items()
])
display(present.reader_table(
    sgb2_table, columns={"basis": "date and basis", "dortmund": "Dortmund (% of residents)", "nrw": "NRW (% of residents)"},
    formats={"dortmund": "pct1", "nrw": "pct1"},
    caption="SGB II rates on three definitions: read across a row, never down the column",
))
may25 = obs[(obs["indicator_id"] == "social_sgb2_rate") & (obs["definition"] == "month_end_ba") & (obs["status"] == "primary")]
rank_2025 = int((may25["value"] > sgb2["May 2025, month end"].values.iloc[0]).sum()) + 1
above_2025 = sorted(may25.loc[may25["value"] > sgb2["May 2025, month end"].values.iloc[0], "geography"])
assert rank_2025 == 3 and above_2025 == ["Bremerhaven", "Gelsenkirchen"]
assert all(1 / 7 < s.values.iloc[0] / 100 < 1 / 5 for s in sgb2.values()), "about one resident in six"
glue("sgb2_2012", float(sgb2["2012, under 65"].values.iloc[0]), display=False)
glue("sgb2_2021", float(sgb2["November 2021, month end"].values.iloc[0]), display=False)
glue("sgb2_2025", float(sgb2["May 2025, month end"].values.iloc[0]), display=False)
glue("sgb2_nrw_2021", float(nrw_2021), display=False)
glue("sgb2_ratio_2021", float(sgb2["November 2021, month end"].values.iloc[0] / nrw_2021), display=False)

# %% [markdown]
# Read within each date, the picture is stable: about one resident in six lives on these benefits, from
# {glue:text}`sgb2_2012:.1f` % in 2012 to {glue:text}`sgb2_2021:.1f` % in November 2021 and
# {glue:text}`sgb2_2025:.1f` % in May 2025, and in 2021 the rate was {glue:text}`sgb2_ratio_2021:.1f` times the NRW
# rate of {glue:text}`sgb2_nrw_2021:.1f` %. In May 2025 only Gelsenkirchen and Bremerhaven had a higher rate among
# the cities in the same list. No annual series for Dortmund on one definition, which would allow a trend over the
# term, was found.
#
# ### Minimum income: a published bound, not a number

# %% tags=["hide-input"]
mis_do = series("social_minimum_income_rate", "Dortmund", "itnrw_31dec")
mis_nrw = series("social_minimum_income_rate", "NRW", "itnrw_31dec").values
mis_ge = series("social_minimum_income_rate", "Gelsenkirchen", "itnrw_31dec").values
assert mis_do.values.empty and sorted(mis_do.bounds["year"]) == [2023, 2024]
bound_years = sorted(mis_do.bounds["year"])
mis_years = sorted(set(mis_nrw.index) | set(mis_ge.index) | set(bound_years))
mis_table = pd.DataFrame({
    "year": mis_years,
    "dortmund": [mis_do.bound_text(y) if y in bound_years else None for y in mis_years],
    "ge": [mis_ge.get(y) for y in mis_years],
    "nrw": [mis_nrw.get(y) for y in mis_years],
})
display(present.reader_table(
    mis_table, columns={"year": "end of year", "dortmund": "Dortmund", "ge": "Gelsenkirchen (%)", "nrw": "NRW (%)"},
    formats={"year": "year", "ge": "pct1", "nrw": "pct1"},
    caption="Minimum-income rate: share of residents on any minimum-income benefit (IT.NRW)",
))
glue("mis_bound_2023", mis_do.bound_text(2023), display=False)
glue("mis_bound_2024", mis_do.bound_text(2024), display=False)
glue("mis_nrw_2024", float(mis_nrw[2024]), display=False)
glue("mis_ge_2024", float(mis_ge[2024]), display=False)

# %% [markdown]
# The minimum-income rate adds to SGB II the other benefits that secure a minimum income (basic income in old age
# and for reduced earning capacity, benefits for asylum seekers). The state statistics office IT.NRW publishes it
# for NRW and names the cities with the highest rates, but for Dortmund its releases say only
# *„über 17 %“*: {glue:text}`mis_bound_2023` at the end of 2023 and {glue:text}`mis_bound_2024` at the end of 2024.
# This book keeps that as a bound, never as an exact figure: the true rate may be anything above it. Gelsenkirchen, the
# highest, stood at {glue:text}`mis_ge_2024:.1f` % in 2024, NRW at {glue:text}`mis_nrw_2024:.1f` %.
#
# ### Poverty risk on two medians

# %% tags=["hide-input"]
risk = {
    "Dortmund": series("social_poverty_risk_national", "Dortmund", "mikrozensus_national_median"),
    "15 largest cities (average)": series("social_poverty_risk_national", "15 largest German cities (average)",
                                          "mikrozensus_national_median"),
    "Germany": series("social_poverty_risk_national", "Germany", "mikrozensus_national_median"),
}
do_risk = risk["Dortmund"].values
assert checks.moved_every_year(do_risk, 2005, 2012, "increase")
assert all(do_risk[y] > risk["Germany"].values[y] for y in do_risk.index)
per_year = feasibility.historical_annual_rate(do_risk, 2005, 2012, "linear")
glue("risk_2005", float(do_risk[2005]), display=False)
glue("risk_2012", float(do_risk[2012]), display=False)
glue("risk_per_year", per_year, display=False)
glue("risk_de_2012", float(risk["Germany"].values[2012]), display=False)
ax = plotting.line_chart(
    {name: s.values for name, s in risk.items()}, emphasis="Dortmund",
    title=plotting.check_claim(checks.moved_every_year(do_risk, 2005, 2012, "increase"),
                               "Dortmund's poverty risk rose every year from 2005 to 2012"),
    unit="% of residents", source=data.sources_line(*risk.values()), as_of=data.latest_period(*risk.values()),
    subtitle="Share below 60 % of the German median income (Mikrozensus); no city figure after 2012 found",
)
plotting.show(ax, alt=(
    f"Line chart of the poverty-risk rate on the German median: Dortmund rose every year from {do_risk[2005]:.1f} % in "
    f"2005 to {do_risk[2012]:.1f} % in 2012, above the average of the 15 largest cities and above Germany."
), name="ch07-poverty-risk-national-median")

# %% [markdown]
# Measured against the German median income, the share of Dortmund's residents at risk of poverty rose every year
# from {glue:text}`risk_2005:.1f` % in 2005 to {glue:text}`risk_2012:.1f` % in 2012, about
# {glue:text}`risk_per_year:.1f` points a year, while Germany stood at {glue:text}`risk_de_2012:.1f` %. That was the
# trend a reader in 2020 could have known. It cannot be followed into the term: no city figure on this basis after
# 2012 was found (only the average of the largest cities, shown for 2021–2023).

# %% tags=["hide-input"]
ror = "Raumordnungsregion Dortmund (Dortmund, Hamm, Kreis Unna)"
land = {g: series("social_poverty_risk_land", g, "mikrozensus_nrw_median").values
        for g in (ror, "Raumordnungsregion Emscher-Lippe", "Raumordnungsregion Bochum/Hagen", "NRW")}
region_2023 = {g: v[2023] for g, v in land.items() if 2023 in v.index and g != "NRW"}
assert max(region_2023, key=region_2023.get) == ror
land_table = pd.DataFrame({"region": list(land), "y2014": [v.get(2014) for v in land.values()],
                           "y2023": [v.get(2023) for v in land.values()]})
display(present.reader_table(
    land_table, columns={"region": "region", "y2014": "2014 (%)", "y2023": "2023 (%)"},
    formats={"y2014": "pct1", "y2023": "pct1"},
    caption="Poverty risk on the NRW median, by planning region (IT.NRW)",
))
glue("land_2014", float(land[ror][2014]), display=False)
glue("land_2023", float(land[ror][2023]), display=False)
glue("land_nrw_2023", float(land["NRW"][2023]), display=False)

# %% [markdown]
# IT.NRW measures poverty risk against the NRW median and publishes it for planning regions, not for the city alone.
# In the region of Dortmund, Hamm and the district of Unna it rose from {glue:text}`land_2014:.1f` % in 2014 to
# {glue:text}`land_2023:.1f` % in 2023, the highest of the regions shown, against {glue:text}`land_nrw_2023:.1f` %
# for NRW. None of the three measures shows poverty falling during the term; none is consistent enough to show by
# how much it changed.
#
# (child-poverty)=
# ## Child poverty
#
# Child poverty is also a theme of chapter 8 (*Hauptstadt der Kinder*), which links to this section. The measure found for every big
# city of the Ruhr on one basis is the share of children under 18 who live in a household on SGB II benefits, for
# November 2021.

# %% tags=["hide-input"]
u18 = obs[(obs["indicator_id"] == "social_child_sgb2_share") & (obs["definition"] == "u18_month_end_arbeitslosenreport")
          & (obs["status"] == "primary")].set_index("geography")["value"].sort_values(ascending=False)
ruhr = u18.drop(index=["Düsseldorf"])
do_u18 = float(u18["Dortmund"])
nrw_u18 = float(u18["NRW"])
assert 25 < do_u18 < 35 and do_u18 / nrw_u18 > 1.5
higher = [g for g in ruhr.index if ruhr[g] > do_u18]
assert higher == ["Gelsenkirchen", "Essen", "Duisburg", "Herne"]
glue("u18_2021", do_u18, display=False)
glue("u18_nrw", nrw_u18, display=False)
glue("u18_ratio", do_u18 / nrw_u18, display=False)
glue("u18_ge", float(u18["Gelsenkirchen"]), display=False)
u18_other = {d: series("social_child_sgb2_share", "Dortmund", d).values for d in ("u18_bertelsmann", "u18_month_end_press")}
glue("u18_2019", float(u18_other["u18_bertelsmann"][2019]), display=False)
glue("u18_2022", float(u18_other["u18_month_end_press"][2022]), display=False)
ax = plotting.bar_chart(
    ruhr, highlight={"Dortmund": plotting.COLORS["forecast"], "NRW": plotting.COLORS["context"]},
    title=plotting.check_claim(do_u18 / nrw_u18 > 1.5, "More than one child in four in Dortmund lived on SGB II in 2021, far above NRW"),
    unit="% of children under 18", source=data.sources_line(series("social_child_sgb2_share", "Dortmund", "u18_month_end_arbeitslosenreport")),
    as_of="2021-11", subtitle="Children under 18 in households on SGB II benefits, November 2021, Ruhr cities and NRW",
)
ax.set_xticks(range(len(ruhr)), list(ruhr.index), rotation=90)
plotting.show(ax, alt=(
    f"Bar chart of the share of children under 18 on SGB II in November 2021: Gelsenkirchen {u18['Gelsenkirchen']:.1f} %, "
    f"Dortmund {do_u18:.1f} %, NRW {nrw_u18:.1f} %; four Ruhr cities were higher than Dortmund."
), name="ch07-child-poverty-ruhr")

# %% [markdown]
# In November 2021, {glue:text}`u18_2021:.1f` % of Dortmund's children lived in households on SGB II,
# {glue:text}`u18_ratio:.1f` times the NRW share of {glue:text}`u18_nrw:.1f` %. Four Ruhr cities had a higher share,
# Gelsenkirchen the highest at {glue:text}`u18_ge:.1f` %. Figures on other bases say the same: the Bertelsmann
# Stiftung counted {glue:text}`u18_2019:.1f` % for 2019, a newspaper {glue:text}`u18_2022:.1f` % for June 2022. They
# are not a series, but none of them suggests that child poverty fell during the term.
#
# ## Homelessness

# %% tags=["hide-input"]
homeless = series("social_homeless", "Dortmund", "itnrw_30june").values
homeless_nrw = series("social_homeless", "NRW", "itnrw_30june").values
survey = series("social_rough_sleepers_survey", "Dortmund", "giss_rough_and_hidden").values
assert list(homeless.index) == [2018, 2020]
hyears = sorted(set(homeless.index) | set(homeless_nrw.index))
display(present.reader_table(
    pd.DataFrame({"year": hyears, "do": [homeless.get(y) for y in hyears], "nrw": [homeless_nrw.get(y) for y in hyears]}),
    columns={"year": "30 June of", "do": "Dortmund (people)", "nrw": "NRW (people)"},
    formats={"year": "year", "do": "int", "nrw": "int"},
    caption="People counted as homeless in the official NRW count (municipal and provider accommodation)",
))
glue("hl_2018", float(homeless[2018]), display=False)
glue("hl_2020", float(homeless[2020]), display=False)
glue("hl_survey", float(survey[2021]), display=False)

# %% [markdown]
# The official count of homeless people, taken on 30 June, covers people housed by the city or by charities. For
# Dortmund it was found for two years: {glue:text}`hl_2018:,.0f` in 2018 and {glue:text}`hl_2020:,.0f` in 2020. A
# survey in summer 2021 found {glue:text}`hl_survey:,.0f` further people who slept rough or stayed with friends
# without a home of their own, people the official count does not include. For 2021–2024 no Dortmund figure of the
# official count was found, so whether homelessness grew or shrank during the term cannot be said; the state's
# tables of the homelessness statistics would settle it.
#
# ## Women: full-time work, shelters and schools without violence
#
# The programme promises *„mehr Stellen von Teilzeit in Vollzeit verwandeln“* (*to turn more part-time posts into
# full-time ones*) and, under *„Gewalt hat keinen Platz in Dortmund“* (*violence has no place in Dortmund*), to
# expand counselling and shelters, to develop a school programme for settling disputes without violence, and to set
# up a contact point on bullying.

# %% tags=["hide-input"]
shelter = series("social_womens_shelter_places", "Dortmund", "women_places").values
glue("shelter_2018", float(shelter[2018]), display=False)
glue("shelter_2019", float(shelter[2019]), display=False)
latest_shelter = series("social_womens_shelter_places", "Dortmund", "women_places").rows.iloc[-1]
assert str(latest_shelter["source_publisher"]).startswith("Ruhr Nachrichten (sponsored"), "the text names the source"
glue("shelter_latest", float(latest_shelter["value"]), display=False)
glue("shelter_latest_day", present.format_date(latest_shelter["period"]), display=False)
glue("shelter_gap_from", int(latest_shelter["year"]) + 1, display=False)
assert f"from {shelter[2018]:.0f} to {shelter[2019]:.0f} places" in pledges.pledge("ch07-p05", catalogue)["status_note"]

# %% tags=["hide-input"]
for pid in ("ch07-p03", "ch07-p05", "ch07-p06"):
    display(present.pledge_card(pid, catalogue))

# %% [markdown]
# The women's shelter grew from {glue:text}`shelter_2018:,.0f` to {glue:text}`shelter_2019:,.0f` places for women
# in April 2019, before the term. On {glue:text}`shelter_latest_day` a sponsored feature in the Ruhr Nachrichten
# (marked as an advertisement, so a weak source) still gave {glue:text}`shelter_latest:,.0f` places for women. No
# count of shelter or counselling places from {glue:text}`shelter_gap_from` to the end of the term, no part-time share
# of working women and no trace of the school programme or the bullying contact point was found. The Land's list of
# funded shelter places, the employment agency's district report and the council's school decisions would settle
# the three pledges.

# %% [markdown]
# ### A claim about the past: crime falling, violence rising faster
#
# The same section opens with *„Obwohl Verbrechen immer weniger werden, führen Konflikte immer schneller zu
# Gewalt“* (*although crimes keep decreasing, conflicts lead to violence ever more quickly*). Both halves can be
# checked against the police figures up to 2019 used in [chapter 6](ch06_sicher_sauber.ipynb).

# %% tags=["hide-input"]
off = series("safety_offences", "Dortmund", "pks_city").values
violent = series("safety_violent_crime", "Dortmund", "pks_city").values
share = (violent / off).dropna()
first_half = checks.moved_every_year(off, 2014, 2019, "decrease")
count_rose = checks.moved_every_year(violent, 2018, 2019, "increase")
share_rose = checks.moved_every_year(share, 2018, 2019, "increase")
claim = robustness.assess({
    "violent crime counted in offences": checks.claim_rating({"crime fell": first_half, "violence rose": count_rose}),
    "violent crime as a share of all offences": checks.claim_rating({"crime fell": first_half, "violence rose": share_rose}),
}, main="violent crime counted in offences")
robustness.check("ch07-p04", claim, catalogue)
assert claim.rating == pledges.pledge("ch07-p04", catalogue)["claim_check"], "ch07-p04: claim_check disagrees"
assert all(f"{violent[y]:,.0f}" in pledges.pledge("ch07-p04", catalogue)["status_note"] for y in (2018, 2019))
glue("v_2018", float(violent[2018]), display=False)
glue("v_2019", float(violent[2019]), display=False)
glue("v_share_2018", float(share[2018] * 100), display=False)
glue("v_share_2019", float(share[2019] * 100), display=False)
glue("claim_rating", claim.rating, display=False)

# %% [markdown]
# The first half holds: recorded offences fell every year from 2014 to 2019. The second half does not hold on the
# counts: violent crime fell too, from {glue:text}`v_2018:,.0f` offences in 2018 to {glue:text}`v_2019:,.0f` in 2019
# (no earlier count on the same basis was found). Only its share of all offences rose, from
# {glue:text}`v_share_2018:.2f` % to {glue:text}`v_share_2019:.2f` %. So the claim **{glue:text}`claim_rating`** on
# the counts, and holds if "violence" is read as the share of violent offences: the rating **depends on the
# reading**. How fast a conflict turns violent is not what any statistic measures.

# %% tags=["hide-input"]
display(present.pledge_card("ch07-p04", catalogue))
display(present.analysts(
    "the two readings of the claim", present.reader_table(claim.table(), columns={
        "reading": "reading", "rating": "result", "changes the rating": "changes the rating"},
        formats={"changes the rating": lambda v: "yes" if v else "no"})))

# %% [markdown]
# ## Dortmund bleibt bunt
#
# The section *„Dortmund bleibt bunt“* (*Dortmund stays colourful*) welcomes everyone who comes to the city, calls
# integration a two-way street and wants equal chances in education regardless of social background. It is a
# statement of values and names no measure or outcome that could be checked, so it is not catalogued as a pledge.
#
# ## Loneliness: the first staff unit in Germany?

# %% tags=["hide-input"]
staff = series("social_loneliness_office_staff", "Dortmund", "coordination_office").values
n_staff = int(staff.iloc[0])
glue("lonely_staff", {1: "one", 2: "two", 3: "three"}.get(n_staff, f"{n_staff:,}"), display=False)

# %% [markdown]
# The programme promises *„die erste Stabsstelle in Deutschland zur Bekämpfung der Einsamkeit“* (*Germany's first
# staff unit to fight loneliness*). The city's coordination office against loneliness opened in November 2023, three
# years into the term, in the mayor's office, with {glue:text}`lonely_staff` officer. The city describes it as the
# only office of its kind in Germany; no independent list of such offices was found that could confirm or refute
# "first".

# %% tags=["hide-input"]
display(present.pledge_card("ch07-p07", catalogue))

# %% [markdown]
# ## The chapter's pledges at a glance

# %% tags=["hide-input"]
display(present.verdict_table(7, catalogue))

# %% [markdown]
# ## What the latest figures changed
#
# The chapter's series are brought to the latest published year, and its ex-ante forecasts use only what had been
# published by election day. First the ratings that moved with the latest figures, and why; then the series behind
# the ratings and forecasts that stop before the end of the term, with the reason.

# %% tags=["hide-input"]
present.what_changed(7, catalogue)

# %% [markdown]
# ## Data notes
#
# - SGB II rates come on three bases (under 65 in 2012; month-end counts in November 2021 from the Arbeitslosenreport
#   NRW, and in May 2025 from the employment agency via the press); they are never joined. No annual Dortmund series
#   on one basis was found for 2013–2020 or 2022–2024.
# - For Dortmund IT.NRW published the minimum-income rate only as a bound (*„über 17 %“*) for 2023 and 2024; the
#   exact rate would need the state database table on minimum income by municipality. The NRW rate for 2023 was
#   first published one tenth of a point lower and later restated; the restated value is used.
# - Poverty risk on the German median for Dortmund: 2005–2011 from the Hans-Böckler-Stiftung's table via the press,
#   2012 from the federal statistics office via the press (both medium); nothing after 2012. On the NRW median only
#   regions are published.
# - Homelessness: the official count for Dortmund was found for 30 June 2018 and 2020 only; the city's own count of
#   registered homeless people is a different definition and is not used.
# - Not found: women's part-time share, shelter and counselling places after the sponsored count, the school
#   programme, the bullying contact point, and any record of a social conference.
# - All sources, with the place on the page of every figure, are listed on the [data page](data.ipynb).
