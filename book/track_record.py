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
# # Track record: what the book's forecasts were worth
#
# The chapters put themselves in 2020 and forecast, from the data a reader could have had then, whether a pledge's
# target was within reach. The outcomes are now published for several years. This page scores every one of those
# forecasts against what happened: did the outcome fall inside the forecast's 80 % and 95 % intervals as often as
# the intervals promise, and did the forecasts beat the simplest alternative, "the same as in the last year"?

# %% tags=["remove-input"]
import pandas as pd
from IPython.display import display
from myst_nb import glue

from analysis import data, pledges, plotting, present, record

plotting.apply_style()
series = data.series_loader()
catalogue = pledges.load_pledges()

# %% tags=["hide-input"]
results = {fid: record.forecast(fid, series=series, catalogue=catalogue) for fid in record.FORECASTS}
main = record.main_forecasts()
track = record.track_record(results)
readings = record.track_record(results, readings=True)
cal = record.calibration(track).set_index("level")
skill = record.skill(track)
split = record.pandemic_split(track).set_index("years")
assert set(track["forecast"]) == set(main) | {record.OGS_FORECAST}, "every main forecast has an outcome year"
glue("record_forecasts", len(track), display=False)
glue("record_n_forecasts", len(main) + 1, display=False)  # the recipe's forecasts and chapter 8's S-curve
glue("record_n_pledges", len({p for ps in main.values() for p in ps} | {"ch08-p02"}), display=False)
glue("record_cover80", round(float(cal.loc["80 %", "coverage"]) * 100, 0), display=False)
glue("record_cover95", round(float(cal.loc["95 %", "coverage"]) * 100, 0), display=False)
for level in (80, 95):
    glue(f"record_low{level}", round(float(cal.loc[f"{level} %", "low"]) * 100, 0), display=False)
    glue(f"record_high{level}", round(float(cal.loc[f"{level} %", "high"]) * 100, 0), display=False)
    glue(f"record_inside{level}", int(cal.loc[f"{level} %", "inside"]), display=False)
glue("record_skill", round(skill, 2), display=False)
glue("record_first_year", int(track["year"].min()), display=False)
glue("record_last_year", int(track["year"].max()), display=False)

# %% [markdown]
# The book makes {glue:text}`record_n_forecasts` distinct forecasts from data up to a cut-off, for
# {glue:text}`record_n_pledges` pledges (two housing pledges rest on one forecast of the same series), and their
# outcomes give {glue:text}`record_forecasts` pairs of a forecast and a published outcome, for the years
# {glue:text}`record_first_year`–{glue:text}`record_last_year`. The table has one row per pair. A forecast's
# *PIT value* is the chance the forecast gave to an outcome at or below the one that happened: near 0 % the outcome
# was far lower than expected, near 100 % far higher; for a well-calibrated forecaster these values are spread
# evenly between 0 and 100 %. The *scaled error* is the distance between forecast and outcome in units of a typical
# year-to-year change of the series before the cut-off; the naive forecast ("same as at the cut-off") is scored the
# same way from the same origin.

# %% tags=["hide-input"]
display(present.reader_table(
    record.reader_frame(track),
    columns={"pledges": "pledge", "series": "series", "model": "model", "origin": "data up to", "year": "year",
             "mean": "forecast", "interval80": "80 % interval", "interval95": "95 % interval", "outcome": "outcome",
             "inside80": "inside 80 %", "inside95": "inside 95 %", "pit": "PIT", "scaled_error": "scaled error",
             "naive_scaled_error": "naive scaled error"},
    formats={"origin": "year", "year": "year", "mean": "int", "outcome": "int", "pit": "prob",
             "scaled_error": "dec1", "naive_scaled_error": "dec1"},
    caption="Every ex-ante forecast of the book against its outcome, one row per outcome year",
))

# %% [markdown]
# ## Calibration: were the intervals as wide as they claimed?
#
# Pooled over all pairs, the outcome fell inside the 80 % interval {glue:text}`record_inside80` times of
# {glue:text}`record_forecasts` ({glue:text}`record_cover80:.0f` %, with a 95 % band of
# {glue:text}`record_low80:.0f`–{glue:text}`record_high80:.0f` %) and inside the 95 % interval
# {glue:text}`record_inside95` times ({glue:text}`record_cover95:.0f` %, band
# {glue:text}`record_low95:.0f`–{glue:text}`record_high95:.0f` %). {glue:text}`record_cal80_reading`
# {glue:text}`record_cal95_reading` The band is the Wilson score interval for a share; it treats the pairs as
# independent, which they are not (the years of one forecast share its errors), so the true uncertainty is larger.

# %% tags=["hide-input"]
for level in (80, 95):
    row = cal.loc[f"{level} %"]
    if row["consistent"]:
        text = f"At {level} % the nominal share lies inside the band: the record cannot tell these intervals from calibrated ones."
    elif row["coverage"] < row["nominal"]:
        text = (f"At {level} % even the band's upper end, {row['high'] * 100:.1f} %, lies below {level} %: these "
                "intervals were too narrow.")
    else:
        text = f"At {level} % the band lies wholly above {level} %: these intervals were too wide."
    glue(f"record_cal{level}_reading", text, display=False)
display(present.reader_table(
    cal.reset_index(),
    columns={"level": "interval", "inside": "outcomes inside", "n": "pairs", "coverage": "coverage",
             "low": "band from", "high": "band to"},
    formats={"inside": "int", "n": "int", "coverage": "prob", "low": "prob", "high": "prob"},
    caption="Pooled coverage with a 95 % Wilson band",
))
hist = record.pit_histogram(track)
expected = len(track) / len(hist)
top = hist.iloc[-1]
bottom, middle = hist.iloc[0], hist.iloc[1:-1]
title = plotting.check_claim(
    top == hist.max() and top > expected and bottom > expected and (middle < min(top, bottom)).all(),
    "Outcomes fell in the outer fifths of their forecasts more often than calibration allows, most in the top",
)
ax = plotting.bar_chart(
    hist, title=title, unit="forecast–outcome pairs", target=expected, target_label="expected if calibrated",
    subtitle="PIT values of the book's ex-ante forecasts (the forecast's chance of an outcome at or below the one "
    "observed), in five bins",
    source="this book's forecasts; outcomes as published (see each chapter)", as_of=data.load_observations()["published"].max(),
)
plotting.show(ax, alt=(
    f"Bar chart of {len(track)} PIT values in five bins: {top} fell in the top bin (80–100 %) against "
    f"{expected:.0f} expected in each bin if the forecasts were calibrated, and {bottom} in the bottom bin; the "
    "middle bins hold fewer: the intervals were too narrow, and outcomes ran high more often than low."
), name="track-record-pit")

# %% [markdown]
# The PIT histogram says how the forecasts erred. Both outer bars stand above the line a calibrated forecaster
# would reach and the middle ones below it: outcomes landed in the tails of their forecasts too often, so the
# intervals were too narrow. The top bar is the tallest: more outcomes came out higher than forecast than lower
# (unemployment, and crime late in the term); the bottom bar holds the pandemic collapse in passengers and Germany's
# emission cuts after 2019, faster than its trend had allowed.
#
# ## Skill: better than "the same as last year"?
#
# Summed over all pairs, the forecasts' scaled errors were {glue:text}`record_skill:.2f` times those of the naive
# forecast from the same origin. {glue:text}`record_skill_reading`

# %% tags=["hide-input"]
glue("record_skill_reading", (
    "Below one, the method beat the naive forecast." if skill < 1 else
    "Above one: over the term the method did worse than simply carrying the last value forward."
), display=False)
for name in ("pandemic years", "other years"):
    key = "pandemic" if name.startswith("pandemic") else "other"
    glue(f"record_{key}_n", int(split.loc[name, "n"]), display=False)
    glue(f"record_{key}_inside80", int(split.loc[name, "inside80"]), display=False)
    glue(f"record_{key}_inside95", int(split.loc[name, "inside95"]), display=False)
glue("record_pandemic_years", "–".join(str(y) for y in record.PANDEMIC_YEARS), display=False)

# %% [markdown]
# ## What a careful analyst would have told voters in 2020
#
# Using this method on the figures up to the cut-off, an analyst would have said: {glue:text}`record_told`
#
# Where would that have been wrong? Less in the pandemic years than one might think: in
# {glue:text}`record_pandemic_years` the outcomes fell inside the 80 % interval in {glue:text}`record_pandemic_inside80`
# of {glue:text}`record_pandemic_n` pairs and inside the 95 % interval in {glue:text}`record_pandemic_inside95`; in
# the other years in {glue:text}`record_other_inside80` and {glue:text}`record_other_inside95` of
# {glue:text}`record_other_n`. The one forecast the pandemic broke outright is the passengers': buses and trains
# emptied in 2020, far below the 95 % interval. Unemployment jumped in 2020, outside the 80 % interval but inside the
# 95 %, and never fell back to its 2019 level; recorded crime fell to a low in 2021 and then rose past its 2019
# level. So the two pledges that promised only a direction, which the forecasts slightly favoured, went the other
# way, though each stayed inside its 95 % interval, which is what such intervals are for. The largest misses outside
# the pandemic are Germany's emissions in 2023 and 2024, which fell faster than the trend to 2015 allowed. The
# housing forecast was right that the target was unlikely to be met. The honest message of 2020 would have been the
# width of the intervals rather than the central forecasts, with the warning that a shock like the pandemic lies
# outside anything a few years of annual data can show.

# %% tags=["hide-input"]
told_rows = pd.DataFrame([record.summary(fid, results[fid], track) for fid in main]
                         + [record.rollout_summary(track, series, catalogue)])
display(present.reader_table(
    told_rows,
    columns={"pledges": "pledge", "label": "what was forecast", "origin": "data up to", "chance": "chance given",
             "rating": "rating then", "inside80": "outcome years inside 80 %", "inside95": "inside 95 %",
             "outside95": "years outside 95 %"},
    formats={"origin": "year"},
    caption="What the method said, and how its outcome years fared",
))
told = " ".join(f"{row.label}: a {row.chance} chance, *{row.rating}*" + ("." if i == len(told_rows) - 1 else ";")
                for i, row in enumerate(told_rows.itertuples()))
glue("record_told", told, display=False)
passengers = results["ch04-p04"]
assert passengers.outcome[2020] < passengers.fan.loc[2020, "lo95"], "the text: 2020 passengers below the 95 % interval"
unemployed = results["ch05-p02"]
assert (unemployed.outcome > unemployed.target_value).all(), "the text: unemployment stayed above its 2019 level"
crime = results["ch06-p08"]
assert crime.outcome[2024] > crime.target_value > crime.outcome.min(), "the text: crime rose past 2019 after a low"
assert unemployed.p > 0.5 and crime.p > 0.5, "the text: the forecasts favoured both direction pledges"
first = unemployed.fan.loc[2020]
assert not first["lo80"] <= unemployed.outcome[2020] <= first["hi80"] and unemployed.outcome[2020] <= first["hi95"]
for result in (unemployed, crime):
    assert result.hits["inside95"] == result.hits["n"], "the text: both direction forecasts stayed inside 95 %"
assert int(crime.outcome.loc[:2021].idxmin()) == 2021
nat = results["ch03-national"]
assert all(nat.outcome[y] < nat.fan.loc[y, "lo95"] for y in (2023, 2024)), "the text: 2023 and 2024 below the 95 % band"
assert int(nat.history.index.max()) == 2015
assert split.loc["pandemic years", "inside80"] / split.loc["pandemic years", "n"] >= (
    split.loc["other years", "inside80"] / split.loc["other years", "n"]), "the text: the pandemic years did not fare worse"
housing = results["ch02-p01"]
assert housing.p < 0.5 and pledges.pledge("ch02-p01", catalogue)["outcome"] in ("missed", "clearly missed")

# %% [markdown]
# ## Other readings
#
# The chapters also run each forecast under other data windows or series (their robustness readings). They are not
# pooled above, because they forecast the same outcomes again; their record is in the block below.

# %% tags=["hide-input"]
reading_cal = record.calibration(readings)
glue("record_readings_n", len(readings), display=False)
glue("record_readings_skill", round(record.skill(readings), 2), display=False)
display(present.analysts(
    "the readings' own record: coverage and skill over their forecast–outcome pairs",
    present.reader_table(
        record.reader_frame(readings),
        columns={"forecast": "reading", "label": "what was forecast", "model": "model", "year": "year",
                 "mean": "forecast", "interval80": "80 % interval", "interval95": "95 % interval",
                 "outcome": "outcome", "pit": "PIT", "scaled_error": "scaled error",
                 "naive_scaled_error": "naive scaled error"},
        formats={"year": "year", "mean": "int", "outcome": "int", "pit": "prob", "scaled_error": "dec1",
                 "naive_scaled_error": "dec1"},
        caption="Forecasts of the robustness readings against their outcomes",
    ),
    present.reader_table(
        reading_cal,
        columns={"level": "interval", "inside": "outcomes inside", "n": "pairs", "coverage": "coverage",
                 "low": "band from", "high": "band to"},
        formats={"inside": "int", "n": "int", "coverage": "prob", "low": "prob", "high": "prob"},
        caption="Pooled coverage of the readings",
    ),
))

# %% [markdown]
# The readings add {glue:text}`record_readings_n` pairs; their scaled errors were {glue:text}`record_readings_skill:.2f`
# times the naive forecast's.
#
# ## Method notes
#
# - **Which forecasts.** Every forecast the chapters make with the book's recipe from data up to a cut-off that has
#   published outcomes. Two forecasts with the same series, data window and cut-off have the same forecast
#   distribution (only their targets differ) and are scored once. Forecasts made from the latest data, which have no
#   outcome yet, are not scored.
# - **Intervals and hits.** The 80 % and 95 % intervals are those the chapters show; an outcome on a bound counts as
#   inside.
# - **PIT.** The forecast distribution is the one the chapters' probabilities use: each model's own distribution
#   (Gaussian where exact, else simulated paths with the book's fixed seed), its spread scaled by the 80 %
#   widening factor, the models weighted equally. For a target "at most the cut-off level" in a target year, the PIT
#   of that level is the chapter's probability.
# - **Scaled error and skill.** Absolute errors are divided by the mean absolute change between consecutive years of
#   the data window (years after a gap are skipped). Skill is the sum of the forecasts' scaled errors over the sum of
#   the naive forecasts'.
# - **Binomial band.** Wilson score interval at 95 % for the share of outcomes inside an interval.
# - **Data notes.** The national emission outcomes join press releases of several inventory vintages (see chapter
#   3); the passenger series has one full-year figure after 2019.
