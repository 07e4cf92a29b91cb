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
# # Method
#
# This page states the rules every chapter follows. They are fixed before the numbers are looked at, and the code
# that applies them lives in one tested package, `analysis`, which every chapter imports.
#
# ## Data
#
# - **Real figures only.** Every value in the book is a row in `data/observations/`, transcribed from a public
#   source with its publisher, title, web address and the place on the page where it stands. Nothing is
#   interpolated, filled or estimated. A year without a published figure is a gap, and charts and tables show it
#   as one.
# - **Confidence.** Each figure is marked *high* (official statistics), *medium* (a press report quoting an
#   official figure) or *low* (a secondary source). Where two sources disagree, both values are kept; the book
#   uses one (marked *primary*) and lists the other on the [data page](data.ipynb).
# - **Definitions are kept apart.** The city's population register and the official IT.NRW population differ by
#   more than ten thousand people; the official figure itself was revised by the 2011 and 2022 censuses.
#   Completions including conversions are not completions in new buildings. Each definition is its own series,
#   and no series is chained across a break. The loader refuses to mix definitions.
# - **Immutable raw data.** The data package `data/datapackage.json` records a checksum of every file; the tests
#   fail if a file changes without the change being recorded.
#
# ## Two questions per pledge
#
# 1. **Ex ante: was the pledge feasible when it was made?** We put ourselves in 2020 and use only data up to
#    2019. We forecast the indicator with simple, transparent models, compare the forecast with the target and
#    state the probability of reaching it.
# 2. **Ex post: what happened?** We compare the target with the latest published figures and check how the
#    2019-vintage forecast fared.
#
# ## Forecasts
#
# Annual municipal series are short, so the book uses simple models and says when the data are too thin.
#
# | model | what it assumes |
# | --- | --- |
# | mean | the future looks like the historical average |
# | naive | the future looks like the last observed year |
# | drift | the average change per year continues |
# | Theta | a damped combination of the trend and simple exponential smoothing (Assimakopoulos & Nikolopoulos) |
# | ETS | exponential smoothing with additive errors and a damped additive trend |
# | log-linear trend | a constant growth rate, fitted by least squares on the logarithm; works with gaps in the years |
# | ARIMA | the yearly changes follow a small ARIMA model with drift: {glue:text}`arima_orders`, whichever has the lowest small-sample corrected AIC (AICc) on the data at hand; used only on series of at least {glue:text}`arima_min` years |
#
# The model shown is chosen by a **rolling-origin backtest**: the model is fitted on the first years only, it
# forecasts the next year, the origin moves on by one year, and so on. We report the mean absolute scaled error
# (MASE: below one means better than the naive forecast within the sample), the symmetric mean absolute
# percentage error (sMAPE), and how often the 80 % and 95 % prediction intervals actually contained the outcome.
# The model with the lowest MASE wins; ties go to the simpler model. But a backtest on a short series scores only a
# few forecasts, and then a lower MASE says little: if no model has at least {glue:text}`min_bt` scored forecasts,
# no model is chosen and the book reports the equal-weight **combination** of all models that can run (their
# simulated paths pooled, their point forecasts averaged), the standard remedy when selection is unreliable. The
# single models are still shown beside it. A series with fewer than {glue:text}`too_thin` observed years is called
# too thin to forecast. Every forecast is shown with its intervals, because with a handful of points the interval
# matters more than the line.
#
# The probability of meeting a target comes from simulated future paths of the chosen model (a fixed random seed
# makes it reproducible): the share of paths that meet the target as the pledge defines it, whether a level in a
# given year, an annual average or a cumulative total.
#
# ## Rollouts with a known end state
#
# Some pledges name an end state rather than a level: every household on fibre, every city service online. Such
# rollouts tend to follow an S-curve, slow at first, fast in the middle and slow again near the end. The book fits
# two classic S-curves with the end state as the ceiling: the symmetric **logistic** curve and the **Gompertz**
# curve, which approaches the ceiling more slowly. With a known ceiling each becomes a straight line after a
# transform of the share reached, so it is fitted by least squares on the years observed; the prediction intervals
# of that line carry over exactly to the curve. An S-curve never quite reaches its ceiling, so "done" is read as a
# stated share of it (for example 95 %). Rollout series rarely have more than a handful of points, so every
# projection is shown with a **sensitivity check** (the curve refitted with each point left out, and with the
# other curve) and, where possible, a **holdout** (the curve fitted without the latest points, compared with what
# was then observed). Intervals and probabilities need at least {glue:text}`rollout_min` points; a curve through
# two points is shown only as arithmetic, without uncertainty. Where the end state itself is unknown (how many
# services does the city offer in all?), it is treated as a scenario parameter, never as data.
#
# ## Verdict rules
#
# Each pledge gets two ratings. The **implementation status** asks whether the city did what was promised,
# from dated evidence. The **outcome** asks what the numbers show, and the **feasibility** reading asks what a
# forecast from 2019 data would have said. Each of the last two comes from a fixed rule:

# %% tags=["remove-input"]
import pandas as pd
from myst_nb import glue

from analysis import feasibility, forecast, rollout

glue("min_bt", forecast.MIN_BACKTEST_FORECASTS, display=False)
glue("too_thin", forecast.TOO_THIN, display=False)
glue("rollout_min", rollout.MIN_INTERVAL, display=False)
glue("arima_min", forecast.MIN_POINTS["arima"], display=False)
glue("arima_orders", " or ".join(f"ARIMA({p},{d},{q})" for p, d, q in forecast.ARIMA_ORDERS), display=False)

rules = pd.DataFrame(
    [
        {"scale": scale, "label": label, "rule": rule}
        for scale, labels in feasibility.VERDICT_RULES.items()
        for label, rule in labels.items()
    ]
).set_index(["scale", "label"])
rules

# %% [markdown]
# A pledge without a number, or without any series that measures it, is *not assessable* on the outcome axis.
# That is a finding, not a failure: it says the promise could not be checked. Each chapter notebook recomputes
# the outcome of its pledges and stops with an error if the pledge catalogue (`data/pledges.csv`) disagrees.
#
# ## Limitations
#
# - Many figures reach us through press reports of official releases; their confidence is marked, and the
#   primary documents (the city's housing market reports, IT.NRW tables) should replace them where a reader can
#   retrieve them.
# - The city does not publish every series every year. Gaps limit both the backtests and the outcome checks,
#   and each chapter names its gaps.
# - A forecast from a trend is not a counterfactual: it says what continuing the past would have given, not what
#   the city's policy caused.
# - Verdicts summarise; the chapters give the numbers behind them so that a reader can disagree with a rule and
#   still use the evidence.
