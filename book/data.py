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
# # Data
#
# All figures in this book are in the `data/` folder of the repository, one row per published value with its
# source. The machine-readable description of every file (schema with types and units, sources, licence, checksum)
# is the Frictionless data package {download}`datapackage.json <../data/datapackage.json>`.
#
# Download the files:
#
# - {download}`../data/indicators.csv`: the indicator catalogue (identifier, label, unit, description)
# - {download}`../data/observations/housing_population.csv`: population, housing construction, rents and social
#   housing (chapters 1 and 2)
# - {download}`../data/observations/elections.csv`: municipal election results (chapter 1)
# - {download}`../data/observations/prices.csv`: consumer prices in Germany (chapter 2)
# - {download}`../data/observations/climate_energy.csv`: greenhouse-gas balances and targets, district heating, car
#   emissions, photovoltaics, air quality and tree planting (chapter 3)
# - {download}`../data/observations/mobility.csv`: heavy traffic, modal split, public transport, cycling, car
#   density and road safety (chapter 4)
# - {download}`../data/observations/labour_economy.csv`: unemployment, employment, business establishments, fibre
#   rollout and Smart City Index ranks (chapter 5)
# - {download}`../data/observations/finance_digital_admin.csv`: city budget, taxes, staff and the online services of
#   the administration (chapter 12)
# - {download}`../data/observations/safety.csv`: recorded crime, clearance, right-wing politically motivated crime,
#   litter proxies and greenery upkeep (chapter 6)
# - {download}`../data/observations/social.csv`: minimum income, SGB II and poverty-risk rates, child poverty,
#   homelessness, women's shelters and the loneliness office (chapter 7)
# - {download}`../data/observations/culture_participation.csv`: the free-scene budget, the youth theatre's costs and
#   the Dortmund app (chapters 10 and 11)
# - {download}`../data/steps.csv`: the dated steps (proposed, decided, funded, started, delivered) of the pledges to
#   set something up, each with its source (chapters 10 and 11)
# - {download}`../data/observations/children_education_health.csv`: childcare, all-day school, Gesamtschulen,
#   school WLAN, pools, sports halls, the Klinikum's results and children's health (chapters 8 and 9)
# - {download}`../data/coding/second_reading.csv`, {download}`../data/coding/second_ratings.csv` and
#   {download}`../data/coding/resolutions.csv`: the second, independent reading of the programme (every sentence
#   coded pledge, claim or none), its ratings of a seeded sample, and how each disagreement with the catalogue was
#   resolved (the [programme at a glance](at_a_glance.ipynb))
# - {download}`../data/pledges.csv`: the pledge catalogue with both assessment axes
# - {download}`../data/source_searches.csv`: for each series behind a verdict that still rests on press or
#   secondary figures, where an official release was searched for and what was found
# - {download}`../data/rating_changes.csv`: the ratings that the figures through the end of the term moved, with
#   before, after and why
#
# Figures published by IT.NRW, Destatis and the City of Dortmund are open data under the *Datenlizenz Deutschland
# – Namensnennung* (German data licence, attribution; dl-de/by-2-0); single figures quoted from press reports are
# cited with their source ("facts-cited"). The compilation and the pledge catalogue are under CC-BY-4.0. The table
# lists each file with its number of rows and its licence.

# %% tags=["remove-input"]
import numpy as np
from myst_nb import glue

from analysis import catalogue, data, export, pledges, present, provenance

obs = data.load_observations()
indicators = data.read_indicators()


def number(value: float) -> str:
    """A recorded value as published: thousands separators, no trailing zeros (``20.0`` -> ``20``)."""
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text


# %% tags=["hide-input"]
present.reader_table(
    catalogue.resources_table(),
    columns={"title": "Contents", "file": "File", "rows": "rows", "licence": "Licence"},
)

# %% [markdown]
# ## Machine-readable results
#
# The pledge catalogue is also published for reuse by other pledge trackers: {glue:text}`export_n` pledges and
# claims, each with its German quote and English gloss, the target and the indicator that measures it, the
# implementation status with its dated evidence, both ratings (what happened, and how feasible the pledge was when
# it was made; or the check of a claim), whether the rating holds under every reading the chapters name, and the
# note behind each rating.
#
# - {download}`../data/exports/pledges.csv`: one row per pledge, UTF-8, comma-separated
# - {download}`../data/exports/pledges.json`: the same records as JSON with typed values (numbers as
#   numbers, an empty cell as `null`), the path of their schema (relative to the repository's `data/exports/`
#   folder), the licence and a note of where the records come from
# - {download}`../data/schemas/pledges.json`: the Table Schema both files follow, with every
#   column's type, description and allowed values
#
# Both files are written from the catalogue, never by hand, and the tests check that they equal it and that every
# record is valid against the schema, so the download cannot drift from the book. Like the catalogue, they are
# under CC-BY-4.0.

# %% tags=["hide-input"]
exported = export.records()
assert [r["pledge_id"] for r in exported] == list(pledges.load_pledges()["pledge_id"])
glue("export_n", f"{len(exported):,}", display=False)

# %% [markdown]
# ## What each series covers
#
# One row per series (indicator, geography and definition) with its first and last period, the number of values
# and how many come from official statistics (high confidence) as against press reports (medium) or secondary
# sources (low). The data hold {glue:text}`n_series` series with {glue:text}`n_primary` values in use; open the
# table below to see them all.

# %% tags=["hide-input", "hide-output"]
primary = obs[obs["status"] == "primary"]
coverage = (
    primary.groupby(["indicator_id", "geography", "definition"], sort=True)
    .agg(
        first=("period", "min"),
        last=("period", "max"),
        values=("value", "size"),
        high=("confidence", lambda c: int((c == "high").sum())),
        medium=("confidence", lambda c: int((c == "medium").sum())),
        low=("confidence", lambda c: int((c == "low").sum())),
    )
    .reset_index()
)
coverage.insert(0, "series", coverage["indicator_id"].map(indicators["label"]))
assert coverage["series"].notna().all(), "an observed indicator is missing from data/indicators.csv"
assert (coverage["high"] + coverage["medium"] + coverage["low"] == coverage["values"]).all()
glue("n_series", f"{len(coverage):,}", display=False)
glue("n_primary", f"{len(primary):,}", display=False)
present.reader_table(
    coverage,
    columns={"series": "Series", "geography": "Area", "definition": "Definition", "first": "First",
             "last": "Last", "values": "values", "high": "high", "medium": "medium", "low": "low"},
    formats={"first": "date", "last": "date"},
)

# %% [markdown]
# ## Where sources disagree
#
# When a second source reports the same period, both values are kept. The book uses the primary value (official
# over press, high over low confidence). Of {glue:text}`n_alt` alternative values, {glue:text}`n_alt_same` give
# exactly the primary value, for {glue:text}`n_alt_alone` there is no primary value of the same period, and the
# {glue:text}`n_alt_differ` that really differ are listed here, with the reason in the note.

# %% tags=["hide-input"]
pairs = data.alternatives(observations=obs)
has_primary = pairs["value_primary"].notna()
same = has_primary & np.isclose(pairs["value"], pairs["value_primary"], rtol=0, atol=1e-9)
differ = pairs[has_primary & ~same].copy()
assert len(differ) + int(same.sum()) + int((~has_primary).sum()) == len(pairs)
for name, count in (("n_alt", len(pairs)), ("n_alt_same", int(same.sum())), ("n_alt_alone", int((~has_primary).sum())),
                    ("n_alt_differ", len(differ))):
    glue(name, count, display=False)
differ.insert(0, "series", differ["indicator_id"].map(indicators["label"]))
differ["unit"] = differ["indicator_id"].map(indicators["unit"])
present.reader_table(
    differ,
    columns={"series": "Series", "geography": "Area", "period": "Period", "unit": "Unit",
             "value_primary": "Value used", "source_publisher_primary": "Source used",
             "value": "Other value", "source_publisher": "Other source", "note": "Note"},
    formats={"period": "date", "value_primary": number, "value": number},
)

# %% [markdown]
# ## How official the figures behind the verdicts are
#
# A verdict is only as good as the figures it rests on. These are the figures of the series that a rating or an
# ex-ante forecast uses (the series named in the catalogue and in the book's forecasts), for Dortmund, one row per
# figure the book uses. "Official" means the publisher's own release or table (the city, IT.NRW, the police, the
# Federal Employment Agency, the operators' own reports); "press-reported" a newspaper or news site quoting an
# official figure; "secondary site" an aggregator, blog or wiki. Of the {glue:text}`vf_n` distinct figures,
# {glue:text}`vf_high` are official. Each chart's source line names the mix of its own values.

# %% tags=["hide-input"]
catalogue_table = pledges.load_pledges()
figures = provenance.verdict_figures(catalogue_table, obs)
glue("vf_n", f"{figures.drop_duplicates(['file', 'row']).shape[0]:,}", display=False)
glue("vf_high", present.format_share(provenance.high_share(figures)), display=False)
present.reader_table(
    provenance.confidence_table(figures),
    columns={"chapter": "Chapter", "figures": "Figures", "official": "Official (%)",
             "press-reported": "Press-reported (%)", "secondary site": "Secondary site (%)"},
    formats={"figures": "int", "official": "pct", "press-reported": "pct", "secondary site": "pct"},
    caption="Figures behind the verdicts by confidence, per chapter (a figure used by two chapters counts in each)",
)

# %% [markdown]
# The series that still rest, in part or wholly, on press-reported or secondary figures, with what was searched for
# the publisher's own release. {glue:text}`vf_weak_n` series are listed; {glue:text}`vf_weak_searched` of them have a
# recorded search.

# %% tags=["hide-input"]
weak = provenance.still_press(figures, provenance.load_searches(observations=obs))
weak.insert(0, "series", weak["indicator_id"].map(indicators["label"]))
glue("vf_weak_n", f"{len(weak):,}", display=False)
glue("vf_weak_searched", f"{int((weak['searched'] != '').sum()):,}", display=False)
present.reader_table(
    weak,
    columns={"series": "Series", "chapters": "Chapters", "figures": "Figures", "not official": "Not official",
             "searched": "Searched for an official release", "result": "Result"},
    formats={"figures": "int", "not official": "int"},
    missing="no search recorded",
)

# %% [markdown]
# ## When each figure was published
#
# Every row records when its source was published (as precisely as the source shows it) and when it was read.
# The ex-ante forecasts use each figure as it had been published by election day, 13 September 2020 (the method
# page explains the rule). {glue:text}`dated_share` of the {glue:text}`obs_n` rows carry a publication date; the
# goal was {glue:text}`dated_goal`. The other {glue:text}`undated_n` rows come from {glue:text}`undated_sources`
# sources whose page, as far as a copy of it could be read, shows no date: no dateline, no date in the address or
# the title, and no dated copy of the same text. A date is never guessed from the year the figures describe, so
# these rows stay undated and never count as known on election day (the method page says how a year documented
# only by such a row enters a forecast). The block lists them by source, each with its reason.

# %% tags=["hide-input"]
no_date = provenance.undated_by_source(obs)
glue("dated_share", present.format_share(provenance.dated_share(obs)), display=False)
glue("dated_goal", present.format_share(provenance.DATED_GOAL), display=False)
glue("obs_n", f"{len(obs):,}", display=False)
glue("undated_n", f"{int(no_date['n'].sum()):,}", display=False)
glue("undated_sources", f"{len(no_date):,}", display=False)
present.analysts(
    "the rows without a publication date, by source, with the reason",
    present.reader_table(
        no_date,
        columns={"file": "File", "source_publisher": "Source", "source_url": "Address", "undated_reason": "Why no date",
                 "rows": "Rows (line in the file)"},
        link_columns=["source_url"],
    ),
)
