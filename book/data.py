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
# - {download}`../data/observations/children_education_health.csv`: childcare, all-day school, Gesamtschulen,
#   school WLAN, pools, sports halls, the Klinikum's results and children's health (chapters 8 and 9)
# - {download}`../data/pledges.csv`: the pledge catalogue with both assessment axes
#
# Figures published by IT.NRW, Destatis and the City of Dortmund are open data under the *Datenlizenz Deutschland
# – Namensnennung* (dl-de/by-2-0); single figures quoted from press reports are cited with their source. The
# compilation and the pledge catalogue are under CC-BY-4.0.

# %% tags=["remove-input"]
import pandas as pd

from analysis import catalogue, data

catalogue.resources_table()

# %% [markdown]
# ## What each series covers
#
# One row per series (indicator, geography and definition) with its first and last period, the number of values
# and how many come from official statistics (high confidence) as against press reports or secondary sources.

# %% tags=["remove-input"]
obs = data.load_observations()
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
)
with pd.option_context("display.max_rows", 500):
    display(coverage)

# %% [markdown]
# ## Where sources disagree
#
# When two sources give different values for the same period, both are kept. The book uses the primary value
# (official over press, high over low confidence); the alternatives are listed here with the reason in the note.

# %% tags=["remove-input"]
pairs = data.alternatives(observations=obs).rename(
    columns={"value": "value (alternative)", "value_primary": "value (primary)",
             "source_publisher": "source (alternative)"}
)
with pd.option_context("display.max_rows", 500, "display.max_colwidth", 200):
    display(
        pairs[
            ["indicator_id", "geography", "period", "value (primary)", "value (alternative)", "source (alternative)",
             "note"]
        ].set_index(["indicator_id", "geography", "period"])
    )
