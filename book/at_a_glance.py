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
# # The programme at a glance
#
# What the chapters found, on one page: how the promises fared chapter by chapter, what became of the promises that
# carry a number, where the programme contradicts itself, and how much of it could be checked at all. The last
# section asks how far the book's own catalogue of pledges can be trusted: a second, independent reading of the
# whole programme coded every sentence again and rated a random sample of its pledges without seeing the first
# ratings.

# %% tags=["remove-input"]
import pandas as pd
from myst_nb import glue

from analysis import agreement, data, plotting, pledges, present

plotting.apply_style()
catalogue = pledges.load_pledges()
obs = data.load_observations()
series = data.series_loader(obs)
as_of = present.data_as_of(catalogue, obs)
reading = agreement.load_reading()
ratings = agreement.load_ratings(reading=reading)
resolutions = agreement.load_resolutions()
agreement.check_resolutions(agreement.disagreements(reading, ratings, catalogue), resolutions)

# %% [markdown]
# ## Promises by chapter and rating

# %% tags=["hide-input"]
tidy = present.ratings_by_chapter(catalogue)
ax = present.ratings_chart(tidy, "implementation", as_of=as_of)
plotting.show(ax, alt=present.ratings_finding(tidy, "implementation") + ", chapter by chapter",
              name="at-a-glance-implementation", data=ax.ratings_data)
share = agreement.checked_share(catalogue)
assert share["claims_checked"] == share["claims"], "the prose says every claim could be checked"
for name, value in share.items():
    glue(f"share_{name}", value, display=False)
    if name.endswith("_share"):
        glue(f"share_{name}_pct", round(100 * value), display=False)

# %% [markdown]
# Of the {glue:text}`share_promises` promises in the catalogue, {glue:text}`share_rated` could be rated on at least
# one axis ({glue:text}`share_rated_share_pct` %); only {glue:text}`share_measured` ({glue:text}`share_measured_share_pct` %)
# carry a target that published figures can measure. All {glue:text}`share_claims` claims about the past could be
# checked. The [scorecard](scorecard.ipynb) lists every entry.
#
# ## The most concrete promises
#
# The promises that name a number, and their verdicts (feasibility: the chance a forecast from data up to 2019 gave
# the target):

# %% tags=["hide-input"]
concrete = agreement.concrete_promises(catalogue)
concrete["pledge"] = [present.Link(i, f"{present.chapter_page(n)}#{i}")
                      for i, n in zip(concrete["pledge_id"], catalogue.set_index("pledge_id").loc[concrete["pledge_id"], "notebook"])]
concrete["target"] = [present.with_unit(v, u, "int" if float(v).is_integer() else "dec1")
                      + (f", by {int(y)}" if pd.notna(y) else "")
                      for v, u, y in zip(concrete["target_value"], concrete["target_unit"], concrete["target_year"])]
glue("n_concrete", len(concrete), display=False)
glue("n_concrete_met", int((concrete["outcome"] == "met").sum()), display=False)
glue("n_concrete_missed", int(concrete["outcome"].isin(["missed", "clearly missed", "off track"]).sum()), display=False)
present.reader_table(
    concrete,
    columns={"pledge": "pledge", "gloss_en": "what was promised", "target": "target",
             "implementation_status": "implementation", "outcome": "outcome", "feasibility": "feasibility"},
    caption="Promises with a number and their ratings",
)

# %% [markdown]
# Of these {glue:text}`n_concrete` promises with a number, {glue:text}`n_concrete_met` met their target and
# {glue:text}`n_concrete_missed` missed it or are off track; the others have no published figure that measures the
# target, or their date lies ahead. Each pledge id leads to its card in the chapter.
#
# ## Where the programme contradicts itself

# %% tags=["hide-input"]
found = agreement.contradictions(catalogue, series)
litter, goods, cars, jobless = found["litter"], found["heavy_goods"], found["co2_cars"], found["unemployment"]
assert litter["left_pct"] > litter["goal_left_pct"] and goods["left_pct"] > goods["goal_left_pct"]
assert cars["t_per_car_stated"] > cars["t_per_car"]
assert jobless["value"] > jobless["half"] and jobless["verdict"] == "does not hold"
for key, values in found.items():
    for name, value in values.items():
        if name != "pledges":
            glue(f"{key}_{name}", value, display=False)
glue("cars_quote", "„rund {:,.0f} PKW“".format(cars["cars_stated"]).replace(",", "."), display=False)
rows = [
    {"contradiction": f"Litter: {litter['rate_pct']:.0f} % less a year, and at least halved by {litter['end']}",
     "pledges": ", ".join(litter["pledges"]),
     "the arithmetic": f"{litter['cuts']} compound cuts of {litter['rate_pct']:.0f} % leave "
                       f"{litter['left_pct']:.1f} % of the start level; halving needs {litter['needed_pct']:.1f} % a year"},
    {"contradiction": f"Heavy goods traffic: {goods['rate_pct']:.0f} % less a year, and at least halved by {goods['end']}",
     "pledges": ", ".join(goods["pledges"]),
     "the arithmetic": f"the same arithmetic: {goods['left_pct']:.1f} % left, {goods['needed_pct']:.1f} % a year needed"},
    {"contradiction": f"{cars['saving_t']:,.0f} t of CO2 a year equal 'about {cars['cars_stated']:,.0f} cars'",
     "pledges": ", ".join(cars["pledges"]),
     "the arithmetic": f"that is {cars['t_per_car_stated']:.0f} t per car; a car emitted {cars['t_per_car']:.1f} t "
                       f"({cars['year']}), so the saving equals about {cars['cars_computed']:,.0f} cars"},
    {"contradiction": "Unemployment 'halved' in recent years",
     "pledges": ", ".join(jobless["pledges"]),
     "the arithmetic": f"{jobless['peak']:,.0f} unemployed at the peak ({jobless['peak_year']}), "
                       f"{jobless['value']:,.0f} in {jobless['year']}: down {jobless['fall_pct']:.0f} %, not halved"},
]
present.reader_table(pd.DataFrame(rows), caption="Internal contradictions the chapters found, with their arithmetic")

# %% [markdown]
# Two pledges pair a yearly cut with an end goal that the cut does not reach. Cutting
# {glue:text}`litter_rate_pct:.0f` % a year, each year of the year before, leaves {glue:text}`litter_left_pct:.1f` % after {glue:text}`litter_cuts`
# years (from {glue:text}`litter_start` to {glue:text}`litter_end`), so *„mindestens die Hälfte beseitigt“* (*at least
# half removed*) needs {glue:text}`litter_needed_pct:.1f` % a year; the heavy goods pledge has the same arithmetic.
# Only a linear reading (the same share of the start level each year) makes the two halves agree, as chapters 4
# and 6 show.
#
# The district heating saving of {glue:text}`co2_cars_saving_t:,.0f` tonnes, said to equal {glue:text}`cars_quote`
# (*about that many cars*), assumes {glue:text}`co2_cars_t_per_car_stated:.0f` tonnes of CO2 per car and year; the
# Destatis fleet total gives {glue:text}`co2_cars_t_per_car:.1f` tonnes ({glue:text}`co2_cars_year`), so the saving
# equals about {glue:text}`co2_cars_cars_computed:,.0f` cars, {glue:text}`co2_cars_factor:.0f` times as many: the
# programme understates its own achievement. And unemployment was not halved: from {glue:text}`unemployment_peak:,.0f`
# in {glue:text}`unemployment_peak_year` it fell to {glue:text}`unemployment_value:,.0f` in
# {glue:text}`unemployment_year`, by {glue:text}`unemployment_fall_pct:.0f` % (chapter 5). The chapters name no other
# contradiction within the programme.
#
# (coded-twice)=
# ## A catalogue coded twice
#
# **The definition.** In the spirit of the coalition-pledge studies of the Bertelsmann Stiftung and the MZES, a pledge
# is *a commitment to an action or an outcome whose fulfilment can be determined*. Vague aspirations, statements of
# values, descriptions of the present and "prüfen" (*examine*) or "setzen uns ein für" (*work towards*) without a
# checkable object are not pledges; checkable statements about the past or present are claims. The second reading
# applied this sentence by sentence to the whole programme, without opening the catalogue, and then rated a seeded
# random sample of its pledges on the implementation scale from public web pages only, with the address and date of
# the evidence for each.

# %% tags=["hide-input"]
ident = agreement.identification(reading, catalogue)
rated = agreement.rating_agreement(ratings, reading, catalogue)
cover = agreement.coverage(reading, catalogue, resolutions)
assert cover["why_not"]["chapter not in the book"] == 0, "the prose says every chapter is in the book"
values = {
    "agreement_found_share": ident["found_share"], "agreement_found": ident["found"],
    "agreement_catalogue_pledges": ident["catalogue_pledges"], "agreement_coded_claim": ident["coded_claim"],
    "agreement_in_catalogue_share": ident["in_catalogue_share"], "agreement_second_pledges": ident["second_pledges"],
    "agreement_kappa": round(rated["kappa"], 2), "agreement_sample": rated["pairs"], "agreement_drawn": rated["sample"],
    "agreement_same_share": rated["agreement"], "agreement_claims": ident["claims"],
    "agreement_claims_found": ident["claims_found"], "coverage_sentences": cover["sentences"],
    "coverage_pledge_sentences": cover["pledge_sentences"], "coverage_claim_sentences": cover["claim_sentences"],
    "coverage_catalogued": cover["catalogued"], "coverage_pledge_share": cover["pledge_sentences"] / cover["sentences"],
}
for name, value in values.items():
    glue(name, value, display=False)
    if name.endswith("_share"):
        glue(f"{name}_pct", round(100 * value), display=False)
for reason, count in cover["why_not"].items():
    glue("why_" + plotting.slug(reason).replace("-", "_"), count, display=False)
figures = pd.DataFrame([
    {"measure": "catalogue pledges the second reading also codes as pledges",
     "value": f"{ident['found']} of {ident['catalogue_pledges']} ({ident['found_share'] * 100:.0f} %)"},
    {"measure": "second-reading pledges that the catalogue quotes",
     "value": f"{ident['in_catalogue']} of {ident['second_pledges']} ({ident['in_catalogue_share'] * 100:.0f} %)"},
    {"measure": "catalogue claims the second reading codes as claims",
     "value": f"{ident['claims_found']} of {ident['claims']}"},
    {"measure": "implementation ratings: identical",
     "value": f"{round(rated['agreement'] * rated['pairs'])} of {rated['pairs']} ({rated['agreement'] * 100:.0f} %)"},
    {"measure": "implementation ratings: Cohen's kappa",
     "value": f"{rated['kappa']:.2f} on {rated['pairs']} pledges rated by both (of {rated['sample']} drawn)"},
])
pairs = agreement.rating_pairs(ratings, reading, catalogue)
order = {rating: i for i, rating in enumerate(present.IMPLEMENTATION_SCALE)}
assessed = [(a, b) for a, b in zip(pairs["first_reading"], pairs["second_reading"])
            if "not assessable" not in (a, b)]
assert all(order[b] >= order[a] for a, b in assessed), \
    "the prose says the second reading never rates a pledge further along than the catalogue"
assert abs(round(rated["kappa"], 2) - 0.40) <= 0.02, \
    "the prose puts kappa on the border of fair and moderate (0.40 on the Landis-Koch reading)"
assert ident["in_catalogue"] < ident["second_pledges"], "the prose calls the catalogue a selection"
split = pairs[pairs["pledge_id"] == "ch08-p08"]
assert len(split) == 1 and split["second_reading"].iloc[0] == catalogue.set_index("pledge_id").at[
    "ch08-p09", "implementation_status"], "the prose says the second rating of sentence 8.32 is that of ch08-p09"
present.reader_table(figures, caption="Agreement between the catalogue and the second reading")

# %% [markdown]
# **Identification.** Of the catalogue's {glue:text}`agreement_catalogue_pledges` pledges from the programme, the
# second reading codes {glue:text}`agreement_found` as pledges as well ({glue:text}`agreement_found_share_pct` %), and
# {glue:text}`agreement_coded_claim` more as claims about a plan already decided. In the other direction,
# {glue:text}`agreement_in_catalogue_share_pct` % of the second reading's {glue:text}`agreement_second_pledges` pledges
# are in the catalogue: the catalogue is a selection, mostly of pledges with a number or a published series.
#
# **Ratings.** Of the {glue:text}`agreement_drawn` pledges drawn for rating, {glue:text}`agreement_sample` are also in
# the catalogue; on these Cohen's kappa is {glue:text}`agreement_kappa:.2f` (identical ratings:
# {glue:text}`agreement_same_share_pct` %). On the usual (Landis and Koch) reading of kappa that lies on the border
# between fair and moderate agreement, and it comes from few pairs, so the figure is uncertain. Each difference comes
# from evidence the second search did not find, from the label used when nothing was found, from a milder label for
# the same evidence, or from a sentence the catalogue divides into two pledges: one sentence of chapter 8 promises
# school social work, free meals and free transport for pupils; the second reading rated it on free transport alone,
# as the catalogue rates ch08-p09, and the comparison sets that against ch08-p08 (social work and meals, not
# assessable). In none does the second reading rate a pledge as further along than the catalogue.
#
# **Every disagreement, resolved.** Each one is a row of `data/coding/resolutions.csv`, saying which reading stands and
# why; the tests fail if a disagreement has no resolution.

# %% tags=["hide-input"]
shown = resolutions[resolutions["disagreement"] != "not in the catalogue"].copy()
shown["sentence"] = [f"{c}.{s}" if s else "heading" for c, s in zip(shown["chapter"], shown["sentence"])]
present.reader_table(
    shown,
    columns={"disagreement": "disagreement", "pledge_id": "pledge", "sentence": "sentence",
             "first_reading": "catalogue", "second_reading": "second reading", "stands": "stands", "note": "why"},
    caption="Disagreements on catalogued pledges and how each was resolved",
)

# %% [markdown]
# ## How much of the programme can be checked
#
# The programme has {glue:text}`coverage_sentences` sentences. By the definition above,
# {glue:text}`coverage_pledge_sentences` of them carry a pledge ({glue:text}`coverage_pledge_share_pct` %) and
# {glue:text}`coverage_claim_sentences` a checkable claim; the rest describe, argue or aspire. Of the pledge
# sentences, {glue:text}`coverage_catalogued` are in the catalogue. Every chapter of the programme has its page in
# the book; the other pledge sentences are not in the catalogue because they are measures without a number that the
# catalogue did not select ({glue:text}`why_measure_without_a_number_not_selected`), because they are part of a pledge the catalogue already holds ({glue:text}`why_part_of_a_catalogued_pledge`), or
# because they are demands on the state or federal government ({glue:text}`why_demand_on_the_state_or_federal_level`).

# %% tags=["hide-input"]
missing = resolutions[resolutions["disagreement"] == "not in the catalogue"].merge(
    reading[["chapter", "sentence", "text"]], on=["chapter", "sentence"], how="left")
missing["sentence"] = [f"{c}.{s}" for c, s in zip(missing["chapter"], missing["sentence"])]
reasons = pd.Series(cover["why_not"]).rename_axis("why not in the catalogue").rename("pledge sentences").reset_index()
present.analysts(
    "the pledge sentences that are not in the catalogue, one by one",
    present.reader_table(reasons, caption="Pledge sentences not in the catalogue, by reason"),
    present.reader_table(missing, columns={"sentence": "sentence", "text": "the sentence (German)",
                                           "why_not_catalogued": "why not", "note": "note"},
                         caption="Every pledge sentence the catalogue does not quote"),
)

# %% [markdown]
# ## Data notes
#
# - The second reading is `data/coding/second_reading.csv`: every sentence of the programme's twelve chapters with
#   its chapter, its number within the chapter, the sentence verbatim, the code and, for pledges and claims, a
#   one-line reason. Sentences are divided by a stated rule (a full stop, question or exclamation mark before a
#   capital letter, except in abbreviations such as "z. B."); headings, the title page and the closing slogan are not
#   sentences. The flyer was read but not coded sentence by sentence.
# - The rated sample is `data/coding/second_ratings.csv`: pledges of the second reading drawn with the seed of the
#   election day, each rated from stored public web pages only, with the address and date of the evidence. Where
#   nothing was found, the second reading wrote "not assessable"; the book's status rule calls a pledge for which the
#   search found only the pledge itself "not started", one source of the rating differences above.
# - Catalogue rows are matched to sentences by their verbatim quote (`quote_de`): a catalogue quote that lies inside
#   a sentence, or a sentence that lies inside a quote, within the same chapter. Kappa is computed on the pledges both
#   readings rated, unweighted, with each reader's own label shares as chance.
