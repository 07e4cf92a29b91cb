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
# Every pledge in the catalogue (`data/pledges.csv`) with both ratings and the dated evidence for the
# implementation status. Outcome ratings are derived by the rules on the [method page](method.ipynb) in the
# chapter that assesses the pledge; the chapter notebooks fail if this table and their computation disagree.

# %% tags=["remove-input"]
from analysis import pledges

catalogue = pledges.load_pledges()
pledges.scorecard(catalogue)

# %% [markdown]
# ## All rated pledges

# %% tags=["remove-input"]
table = catalogue[
    ["pledge_id", "chapter", "gloss_en", "implementation_status", "outcome", "status_evidence_date", "status_evidence_url"]
].rename(
    columns={
        "pledge_id": "pledge",
        "gloss_en": "pledge (English gloss)",
        "implementation_status": "implementation",
        "status_evidence_date": "evidence dated",
        "status_evidence_url": "source",
    }
)
pledges.as_html(table.set_index("pledge"))
