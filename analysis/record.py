"""The book's ex-ante forecasts, each defined once, and their track record against the outcomes.

:data:`FORECASTS` holds one :class:`Forecast` per forecast the chapters make with :func:`analysis.recipe.run` from
data up to a cut-off: the pledge it serves, a plain label, how its series is loaded (:class:`Part`: indicator,
geography, definition; ``combine`` for a sum of parts or a union of their years), the cut-off, the first year of
the data window, the target (:class:`Goal`) and the outcome. A forecast with ``reading_of`` set is an alternative
reading of the main forecast it names (another data window or series); the track record pools main forecasts only.

``forecast(id, series=..., catalogue=...)`` runs one and returns the recipe's :class:`analysis.recipe.Result`;
the chapters call it instead of spelling out the arguments. ``find(pledge, **fields)`` gives the id of the one
forecast of a pledge with the given fields (e.g. ``first_year=2012``).

The track record (:func:`track_record`) has one row per distinct forecast distribution and outcome year. Two
forecasts share a distribution when they use the same series, cut-off and data window (their targets differ, their
forecasts do not); such a pair is counted once. Columns:

``forecast``, ``pledges``, ``label``, ``series``, ``model``, ``origin``, ``year``, ``horizon``
    what was forecast, from which cut-off (``origin``), for which year, how many years ahead.
``mean``, ``lo80``, ``hi80``, ``lo95``, ``hi95``
    the forecast and its intervals as the chapters show them (the recipe's fan).
``outcome``, ``inside80``, ``inside95``
    the published value and whether it fell inside each interval (bounds included, as in the chapters).
``pit``
    the probability integral transform: the forecast distribution's CDF at the outcome. It is the distribution
    the recipe's probability uses: each member model's own distribution (Gaussian where the recipe uses the exact
    Gaussian form, else its simulated paths with the book's seed), its spread scaled about its centre by the 80 %
    calibration factor, the members weighted equally. A calibrated forecaster's PIT values are uniform on 0–1.
``naive``, ``scaled_error``, ``naive_scaled_error``
    the naive forecast from the same origin (the last value up to the cut-off) and the absolute errors of both,
    divided by the mean absolute change between consecutive years of the data window (the MASE scale), so that
    errors of different series can be pooled.

:func:`calibration` pools the rows: coverage at 80 % and 95 % with a Wilson score band, the PIT histogram and the
skill (sum of scaled errors over sum of naive scaled errors; below one is better than naive).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd
from scipy import stats

from . import data, recipe

__all__ = [
    "Part", "Goal", "Forecast", "FORECASTS", "spec", "find", "load", "forecast", "pit", "rows", "track_record",
    "main_forecasts", "reading_forecasts", "ogs_coverage", "rollout_rows", "rollout_summary", "OGS_FORECAST", "pandemic_split", "reader_frame", "summary", "wilson", "calibration", "skill", "pit_histogram", "PANDEMIC_YEARS", "LEVELS", "RECORD_COLUMNS",
]

PANDEMIC_YEARS: tuple[int, ...] = (2020, 2021)
"""The years of the COVID-19 pandemic's lockdowns, named as such on the track-record page."""

LEVELS: tuple[int, int] = (80, 95)
"""Interval levels whose coverage is scored."""

RECORD_COLUMNS: tuple[str, ...] = (
    "forecast", "pledges", "label", "series", "model", "origin", "year", "horizon", "mean", "lo80", "hi80", "lo95",
    "hi95", "outcome", "inside80", "inside95", "pit", "naive", "scaled_error", "naive_scaled_error",
)

_COMBINE = ("one", "sum", "union")


@dataclass(frozen=True)
class Part:
    """One published series: indicator, geography and definition as in ``data/observations``."""

    indicator: str
    geography: str = "Dortmund"
    definition: str | None = None


@dataclass(frozen=True)
class Goal:
    """A forecast's target, resolved against the catalogue and the series by :func:`load`.

    ``how``: ``level``, ``mean`` or ``cumulative`` (as :class:`analysis.recipe.Target`). ``years``: a tuple of
    years; ``"pledge"`` (the pledge's ``target_year``; with ``span`` the ``span`` years ending there); or
    ``"latest"`` (the last year of the series). ``value``: a number; ``"pledge"`` (the pledge's ``target_value``);
    ``"cutoff"`` (the cut-off level: a direction target); or ``("reduction", part, base_year)``: the series value in
    ``base_year`` cut by the percentage that ``part`` gives for the target year.
    """

    how: str
    years: object
    value: object
    direction: str = ">="
    span: int = 1


@dataclass(frozen=True)
class Forecast:
    """One ex-ante forecast of the book (fields in the module docstring)."""

    id: str
    pledge: str
    label: str
    series: str
    parts: tuple[Part, ...]
    goal: Goal
    cutoff: int | str = 2019
    first_year: int | None = None
    combine: str = "one"
    divisor: float = 1.0
    outcome: Part | None = None
    outcome_until_target: bool = False
    reading_of: str | None = None
    known_on: str | None = data.ELECTION_DAY
    """The day whose data vintage the forecast is fitted to (:func:`analysis.data.load_series` ``as_known_on``);
    None fits today's figures (a benchmark, not an election-day forecast)."""
    chapter: int = field(init=False)

    def __post_init__(self):
        if self.combine not in _COMBINE:
            raise ValueError(f"forecast {self.id}: combine must be one of {_COMBINE}, got {self.combine!r}")
        if (self.combine == "one") != (len(self.parts) == 1):
            raise ValueError(f"forecast {self.id}: combine {self.combine!r} does not fit {len(self.parts)} part(s)")
        object.__setattr__(self, "chapter", int(self.pledge[2:4]))

    @property
    def key(self) -> tuple:
        """Forecasts with the same key share one forecast distribution."""
        return (self.parts, self.combine, self.divisor, self.cutoff, self.first_year)


_COMPLETIONS = Part("housing_completions_dwellings", definition="incl_conversions")
_COMPLETIONS_APPROX = Part("housing_completions_dwellings", definition="incl_conversions_approx")
_PASSENGERS = Part("mob_dsw21_passengers", definition="vrr_counting_rules")
_UNEMPLOYED = Part("lab_unemployed", definition="ba_annual_average")
_OFFENCES = Part("safety_offences", definition="pks_city")
_GASES = tuple(Part("climate_ghg_by_gas_t", "Germany", f"uba_glid_{gas}")
               for gas in ("co2", "ch4", "n2o", "hfc", "pfc", "sf6", "nf3"))

_P01_GOAL = Goal("mean", tuple(range(2020, 2026)), "pledge")
_FLYER_GOAL = Goal("cumulative", "pledge", "pledge", span=10)
_DSW_GOAL = Goal("level", "pledge", "pledge")
_STAY_LATEST = Goal("level", "latest", "cutoff", "<=")

FORECASTS: dict[str, Forecast] = {f.id: f for f in (
    Forecast("ch02-p01", "ch02-p01", "2,000 dwellings a year on average, 2020–2025", "dwellings completed",
             (_COMPLETIONS,), _P01_GOAL),
    Forecast("ch02-p01-approx", "ch02-p01", "the same, with the approximate 2014 value", "dwellings completed",
             (_COMPLETIONS, _COMPLETIONS_APPROX), _P01_GOAL, first_year=2014, combine="union",
             reading_of="ch02-p01"),
    Forecast("ch02-p02-ante", "ch02-p02", "20,000 dwellings in ten years, 2021–2030", "dwellings completed",
             (_COMPLETIONS,), _FLYER_GOAL),
    Forecast("ch02-p02-ante-approx", "ch02-p02", "the same, with the approximate 2014 value", "dwellings completed",
             (_COMPLETIONS, _COMPLETIONS_APPROX), _FLYER_GOAL, first_year=2014, combine="union",
             reading_of="ch02-p02-ante"),
    Forecast("ch03-national", "ch03-p04", "Germany's 2030 climate target (a benchmark for the city's)",
             "greenhouse-gas emissions, Germany (million t)", _GASES,
             Goal("level", (2030,), ("reduction", Part("climate_ghg_target_reduction_pct", "Germany",
                                                          "statutory_target"), 1990), "<="),
             cutoff="last", combine="sum", divisor=1e6,
             outcome=Part("climate_ghg_total_mt", "Germany", "uba_inventory"), known_on=None),
    Forecast("ch04-p04", "ch04-p04", "at least the 2019 passengers in 2025", "DSW21 passengers (million)",
             (_PASSENGERS,), _DSW_GOAL, first_year=2007, outcome_until_target=True),
    Forecast("ch04-p04-all", "ch04-p04", "the same, fitted to all published years", "DSW21 passengers (million)",
             (_PASSENGERS,), _DSW_GOAL, first_year=1990, outcome_until_target=True, reading_of="ch04-p04"),
    Forecast("ch04-p04-late", "ch04-p04", "the same, fitted to the years from 2012", "DSW21 passengers (million)",
             (_PASSENGERS,), _DSW_GOAL, first_year=2012, outcome_until_target=True, reading_of="ch04-p04"),
    Forecast("ch05-p02", "ch05-p02", "unemployment at or below its 2019 level in the latest year",
             "registered unemployed", (_UNEMPLOYED,), _STAY_LATEST),
    Forecast("ch05-p02-2005", "ch05-p02", "the same, on the data from 2005", "registered unemployed",
             (_UNEMPLOYED,), _STAY_LATEST, first_year=2005, reading_of="ch05-p02"),
    Forecast("ch05-p02-term", "ch05-p02", "the same, for the end of the term", "registered unemployed",
             (_UNEMPLOYED,), Goal("level", "pledge", "cutoff", "<="), reading_of="ch05-p02"),
    Forecast("ch06-p08", "ch06-p08", "recorded crime in 2024 at or below 2019", "recorded offences",
             (_OFFENCES,), Goal("level", (2024,), "cutoff", "<=")),
    Forecast("ch06-p08-2014", "ch06-p08", "the same, on the unbroken years from 2014", "recorded offences",
             (_OFFENCES,), Goal("level", (2024,), "cutoff", "<="), first_year=2014, reading_of="ch06-p08"),
)}
"""Every ex-ante forecast of the book, in chapter order."""


def spec(forecast_id: str) -> Forecast:
    """The registry entry of ``forecast_id`` (a KeyError lists the known ids)."""
    try:
        return FORECASTS[forecast_id]
    except KeyError:
        raise KeyError(f"unknown forecast {forecast_id!r}; known: {', '.join(FORECASTS)}") from None


def find(pledge: str, **fields) -> str:
    """The id of the one forecast of ``pledge`` whose fields equal ``fields`` (e.g. ``first_year=2012``)."""
    hits = [f.id for f in FORECASTS.values()
            if f.pledge == pledge and all(getattr(f, k) == v for k, v in fields.items())]
    if len(hits) != 1:
        raise KeyError(f"{len(hits)} forecasts of {pledge} match {fields}; expected exactly one")
    return hits[0]


def _loader(series):
    if series is not None:
        return series
    from . import data

    return data.series_loader()


def _catalogue(catalogue):
    if catalogue is not None:
        return catalogue
    from . import pledges

    return pledges.load_pledges()


def _today_and_then(p: Part, series, known_on: str):
    """Today's series of ``p`` and the series as known on ``known_on`` (None if nothing was published by then)."""
    today = series(p.indicator, p.geography, p.definition)
    try:
        return today, series(p.indicator, p.geography, p.definition, as_known_on=known_on)
    except data.DataError:  # nothing on record as published by then: every year is documented only later
        return today, None


def _first_known(p: Part, series, known_on: str) -> pd.Series:
    today, then = _today_and_then(p, series, known_on)
    return today.values if then is None else data.as_first_known(today, then)[0]


def _values(f: Forecast, series, known_on: str | None = None) -> pd.Series:
    if known_on is None:
        parts = [series(p.indicator, p.geography, p.definition).values for p in f.parts]
    else:
        parts = [_first_known(p, series, known_on) for p in f.parts]
    if f.combine == "one":
        values = parts[0]
    elif f.combine == "union":
        values = pd.concat(parts).sort_index()
    else:
        if not all(p.index.equals(parts[0].index) for p in parts):
            raise ValueError(f"forecast {f.id}: the parts of the sum cover different years")
        values = sum(parts)
    return values / f.divisor if f.divisor != 1.0 else values


def _pledge_field(f: Forecast, catalogue, name: str) -> float:
    row = catalogue.loc[catalogue["pledge_id"] == f.pledge]
    if row.empty:
        raise KeyError(f"forecast {f.id}: pledge {f.pledge} is not in data/pledges.csv")
    value = row.iloc[0][name]
    if pd.isna(value) or value == "":
        raise ValueError(f"forecast {f.id}: data/pledges.csv has no {name} for {f.pledge}")
    return float(value)


def _target(f: Forecast, values: pd.Series, cutoff: int, catalogue, series) -> recipe.Target:
    goal = f.goal
    if goal.years == "pledge":
        end = int(_pledge_field(f, catalogue, "target_year"))
        years = tuple(range(end - goal.span + 1, end + 1))
    elif goal.years == "latest":
        years = (int(values.dropna().index.max()),)
    else:
        years = tuple(int(y) for y in goal.years)
    if goal.value == "cutoff":
        value = None
    elif goal.value == "pledge":
        value = _pledge_field(f, catalogue, "target_value")
    elif isinstance(goal.value, tuple) and goal.value[0] == "reduction":
        _, part, base = goal.value
        pct = float(series(part.indicator, part.geography, part.definition).values[years[-1]])
        value = float(values[base]) * (1 - pct / 100)
    else:
        value = float(goal.value)
    return recipe.Target(goal.how, years, value, goal.direction)


def load(forecast_id: str, *, series=None, catalogue=None, known_on: object = "registry") -> dict:
    """The arguments of :func:`analysis.recipe.run` for ``forecast_id``: ``series`` (the history as known on the
    forecast's ``known_on`` day), ``cutoff``, ``target``, ``first_year`` and ``outcome`` (today's figures after the
    cut-off). ``known_on`` overrides the registry's day (None: today's figures, to show what later revisions
    change)."""
    f = spec(forecast_id)
    day = f.known_on if known_on == "registry" else known_on
    series, catalogue = _loader(series), _catalogue(catalogue)
    today = _values(f, series)
    cutoff = int(today.dropna().index.max()) if f.cutoff == "last" else int(f.cutoff)
    values = today if day is None else _values(f, series, day)
    values = values.loc[values.index <= cutoff]
    target = _target(f, today, cutoff, catalogue, series)
    if f.outcome is not None:
        outcome = series(f.outcome.indicator, f.outcome.geography, f.outcome.definition).values
    elif f.outcome_until_target:
        outcome = today.loc[(today.index > cutoff) & (today.index <= max(target.years))]
    else:
        outcome = today.loc[today.index > cutoff]
    return {"series": values, "cutoff": cutoff, "target": target, "first_year": f.first_year, "outcome": outcome}


def forecast(forecast_id: str, *, series=None, catalogue=None, known_on: object = "registry") -> recipe.Result:
    """Run the recipe for one registered forecast; ``series`` is a :func:`analysis.data.series_loader` and
    ``catalogue`` the pledge table (both loaded if not given). The history is the vintage of the registry's
    ``known_on`` day unless ``known_on`` says otherwise (see :func:`load`)."""
    args = load(forecast_id, series=series, catalogue=catalogue, known_on=known_on)
    return recipe.run(args.pop("series"), **args)


def vintage(forecast_id: str, *, series=None, catalogue=None) -> dict:
    """What later revisions change in one election-day forecast: ``revisions`` (per part, the years whose value as
    first published by the forecast's day differs from today's, :func:`analysis.data.revisions`), ``later`` (per
    part, the years of the fitted window documented only by later publications, which enter with today's value, see
    :func:`analysis.data.as_first_known`), ``then`` and ``today`` (the recipe run on the election-day values and on
    today's figures for the same years) and ``moved`` (the change of the probability of meeting the target, in
    percentage points). None for a forecast fitted to today's figures."""
    f = spec(forecast_id)
    if f.known_on is None:
        return None
    series, catalogue = _loader(series), _catalogue(catalogue)
    revised, later = {}, {}
    cutoff = int(f.cutoff)
    for p in f.parts:
        now, then = _today_and_then(p, series, f.known_on)
        first = f.first_year or int(now.values.index.min())
        if then is None:
            revised[p] = pd.DataFrame(columns=data.REVISION_COLUMNS)
            later[p] = [int(y) for y in now.values.index if first <= y <= cutoff]
            continue
        table = data.revisions(now, then)
        revised[p] = table[(table["year"] <= cutoff) & table["value_then"].notna()].reset_index(drop=True)
        later[p] = [y for y in data.as_first_known(now, then)[1] if first <= y <= cutoff]
    then_run = forecast(forecast_id, series=series, catalogue=catalogue)
    today_run = forecast(forecast_id, series=series, catalogue=catalogue, known_on=None)
    return {"revisions": revised, "later": later, "then": then_run, "today": today_run,
            "moved": 100 * (today_run.p - then_run.p)}


# ---------------------------------------------------------------------------
# The track record
# ---------------------------------------------------------------------------


def pit(result: recipe.Result, values) -> pd.Series:
    """The forecast distribution's CDF at ``values`` (a series indexed by future year), as documented above.

    Uses the members, the 80 % calibration factor, the number of paths and the seed of the recipe, with the
    recipe's horizon (extended to the last year asked for), so that at a level target's year and value it returns
    the recipe's probability of a ceiling.
    """
    values = pd.Series(values, dtype=float).dropna()
    history = result.history
    cutoff = int(history.index.max())
    if len(values) and int(values.index.min()) <= cutoff:
        raise ValueError(f"PIT years must lie after the cut-off {cutoff}, got {list(values.index)}")
    horizon = max([max(result.target.years) - cutoff] + [int(y) - cutoff for y in values.index])
    cdfs = []
    for method in result.benchmarks.index:
        dist = recipe._distribution(history, method, horizon, result.factor80, recipe.feasibility.PATHS,
                                    recipe.forecast.SEED)
        cols = [int(y) - cutoff - 1 for y in values.index]
        if dist[0] == "gauss":
            mean, sd = dist[1][cols], np.sqrt(np.diag(dist[2])[cols])
            cdfs.append(stats.norm.cdf(values.to_numpy(), loc=mean, scale=sd))
        else:
            paths = np.asarray(dist[1], dtype=float)[:, cols]
            cdfs.append((paths <= values.to_numpy()).mean(axis=0))
    return pd.Series(np.mean(cdfs, axis=0), index=values.index, name="pit")


OGS_FORECAST: str = "ch08-p02-ogs"
"""Chapter 8's S-curve forecast of all-day school (OGS) coverage from the points up to 2019/20 (analysis.rollout)."""

OGS_CEILING: float = 100.0
"""The ceiling of the OGS curve: every primary pupil."""


OGS_KNOWN_ON = data.ELECTION_DAY
"""Chapter 8's S-curve is fitted to the points known on election day."""


def ogs_coverage(series=None) -> tuple[pd.Series, pd.Series]:
    """OGS coverage in percent of primary pupils: the points a forecaster had in 2020 and the later ones.

    Before the programme: the stated share for 2012 and, for 2018/19 and 2019/20, places ÷ pupils (own arithmetic,
    no published share exists). After it: the stated shares from 2020 on (their bases differ; chapter 8 says which).
    The points before the programme are taken as first published by election day (:data:`OGS_KNOWN_ON`; years on
    record only from later publications enter with today's value, as in :func:`analysis.data.as_first_known`).
    """
    series = _loader(series)
    day = OGS_KNOWN_ON
    cov = series("kids_ogs_coverage", definition="stated_share")
    then = _first_known(Part("kids_ogs_coverage", definition="stated_share"), series, day)
    places = _first_known(Part("kids_ogs_places", definition="places"), series, day)
    pupils = _first_known(Part("kids_primary_pupils", definition="pupils"), series, day)
    by_places = {y: places[y] / pupils[y] * 100 for y in (2018, 2019)}
    pre = pd.Series({2012: then[2012], **by_places}).sort_index()
    return pre, cov.values.loc[2020:]


def rollout_rows(series=None) -> pd.DataFrame:
    """Track-record rows of chapter 8's OGS S-curve (logistic, ceiling 100 %), one per later published share.

    The interval and the PIT come from the curve's Student-t on the logit scale (:func:`analysis.rollout.project`,
    :meth:`analysis.rollout.RolloutFit.pit`); the naive forecast is the 2019/20 share, and errors are scaled by the
    mean change between consecutive years of the data window, as for the recipe's forecasts.
    """
    from . import rollout

    pre, post = ogs_coverage(series)
    fan = rollout.project(pre, post.index, model="logistic", ceiling=OGS_CEILING)
    fitted = rollout.fit(pre, "logistic", ceiling=OGS_CEILING)
    origin, naive, scale = int(pre.index.max()), float(pre.iloc[-1]), _scale(pre)
    frame = pd.DataFrame({
        "forecast": OGS_FORECAST, "pledges": "ch08-p02", "label": "all-day school (OGS) places for 95 % of pupils by 2025, on an S-curve",
        "series": "kids_ogs_coverage / Dortmund (2018–2019: places ÷ pupils)", "model": "logistic S-curve",
        "origin": origin, "year": post.index.astype(int), "horizon": post.index - origin,
        "mean": fan["mean"].to_numpy(), "lo80": fan["lo80"].to_numpy(), "hi80": fan["hi80"].to_numpy(),
        "lo95": fan["lo95"].to_numpy(), "hi95": fan["hi95"].to_numpy(), "outcome": post.to_numpy(),
    })
    for level in LEVELS:
        frame[f"inside{level}"] = (frame["outcome"] >= frame[f"lo{level}"]) & (frame["outcome"] <= frame[f"hi{level}"])
    frame["pit"] = fitted.pit(post).to_numpy()
    frame["naive"] = naive
    frame["scaled_error"] = (frame["outcome"] - frame["mean"]).abs() / scale
    frame["naive_scaled_error"] = (frame["outcome"] - naive).abs() / scale
    return frame[list(RECORD_COLUMNS)].reset_index(drop=True)


def rollout_summary(frame: pd.DataFrame, series=None, catalogue=None) -> dict:
    """:func:`summary` for chapter 8's OGS S-curve: the chance it gave in 2020 of 95 % coverage by the pledge's
    target year, and the catalogue's ex-ante rating."""
    from . import feasibility, rollout

    catalogue = _catalogue(catalogue)
    pre, _ = ogs_coverage(series)
    row = catalogue.loc[catalogue["pledge_id"] == "ch08-p02"].iloc[0]
    chance = rollout.probability_reached(pre, 0.95 * OGS_CEILING, int(row["target_year"]), model="logistic",
                                         ceiling=OGS_CEILING)
    part = frame.loc[frame["forecast"] == OGS_FORECAST]
    outside = [int(y) for y, hit in zip(part["year"], part["inside95"]) if not hit]
    return {
        "pledges": "ch08-p02", "label": part["label"].iloc[0], "origin": int(part["origin"].iloc[0]),
        "chance": feasibility.format_probability(chance), "rating": row["feasibility"], "n": len(part),
        "inside80": f"{int(part['inside80'].sum())} of {len(part)}",
        "inside95": f"{int(part['inside95'].sum())} of {len(part)}",
        "outside95": ", ".join(str(y) for y in outside) if outside else "none",
    }


def _scale(history: pd.Series) -> float:
    """Mean absolute change between consecutive years of ``history`` (gaps skipped)."""
    years = history.index.to_numpy()
    changes = np.diff(history.to_numpy(dtype=float))[np.diff(years) == 1]
    if not len(changes):
        raise ValueError("the data window has no two consecutive years to scale errors by")
    return float(np.mean(np.abs(changes)))


def rows(forecast_id: str, result: recipe.Result, pledges: tuple[str, ...] = ()) -> pd.DataFrame:
    """Track-record rows of one forecast: one per outcome year inside the forecast's fan."""
    f = spec(forecast_id)
    out = result.outcome.dropna()
    out = out.loc[[y for y in out.index if y in result.fan.index]]
    fan = result.fan.loc[out.index]
    origin = int(result.history.index.max())
    naive = float(result.history.iloc[-1])
    scale = _scale(result.history)
    frame = pd.DataFrame({
        "forecast": f.id, "pledges": ", ".join(pledges or (f.pledge,)), "label": f.label, "series": f.series,
        "model": result.model, "origin": origin, "year": out.index.astype(int), "horizon": out.index - origin,
        "mean": fan["mean"].to_numpy(), "lo80": fan["lo80"].to_numpy(), "hi80": fan["hi80"].to_numpy(),
        "lo95": fan["lo95"].to_numpy(), "hi95": fan["hi95"].to_numpy(), "outcome": out.to_numpy(),
    })
    for level in LEVELS:
        frame[f"inside{level}"] = (frame["outcome"] >= frame[f"lo{level}"]) & (frame["outcome"] <= frame[f"hi{level}"])
    frame["pit"] = pit(result, out).to_numpy() if len(out) else []
    frame["naive"] = naive
    frame["scaled_error"] = (frame["outcome"] - frame["mean"]).abs() / scale
    frame["naive_scaled_error"] = (frame["outcome"] - naive).abs() / scale
    return frame[list(RECORD_COLUMNS)].reset_index(drop=True)


def _distinct(main: bool) -> dict[str, tuple[str, ...]]:
    groups: dict[tuple, list[Forecast]] = {}
    for f in FORECASTS.values():
        if (f.reading_of is None) == main:
            groups.setdefault(f.key, []).append(f)
    taken = set() if main else {f.key for f in FORECASTS.values() if f.reading_of is None}
    return {fs[0].id: tuple(dict.fromkeys(x.pledge for x in fs)) for key, fs in groups.items() if key not in taken}


def main_forecasts() -> dict[str, tuple[str, ...]]:
    """Main forecasts with distinct distributions, each with every pledge that uses it (registry order)."""
    return _distinct(True)


def reading_forecasts() -> dict[str, tuple[str, ...]]:
    """Readings whose distribution differs from every main forecast's and from earlier readings'."""
    return _distinct(False)


def track_record(results: dict[str, recipe.Result] | None = None, *, readings: bool = False, series=None,
                 catalogue=None) -> pd.DataFrame:
    """One row per distinct main forecast (or, with ``readings=True``, per reading) and outcome year.

    ``results`` maps forecast ids to recipe results already computed; missing ones are run.
    """
    results = dict(results or {})
    chosen = reading_forecasts() if readings else main_forecasts()
    series, catalogue = _loader(series), _catalogue(catalogue)
    frames = []
    for fid, pledges in chosen.items():
        result = results.get(fid) or forecast(fid, series=series, catalogue=catalogue)
        frames.append(rows(fid, result, pledges))
    if not readings:  # the S-curve forecast of chapter 8 is a main forecast made outside the recipe
        frames.append(rollout_rows(series))
    return pd.concat(frames, ignore_index=True)


def wilson(k: int, n: int, confidence: float = 0.95) -> tuple[float, float]:
    """Wilson score interval for a binomial share ``k / n``."""
    if n <= 0 or not 0 <= k <= n:
        raise ValueError(f"need 0 <= k <= n and n > 0, got k={k}, n={n}")
    z = float(stats.norm.ppf(0.5 + confidence / 2))
    share = k / n
    centre = (share + z * z / (2 * n)) / (1 + z * z / n)
    half = z / (1 + z * z / n) * np.sqrt(share * (1 - share) / n + z * z / (4 * n * n))
    return float(max(0.0, centre - half)), float(min(1.0, centre + half))


def calibration(record: pd.DataFrame) -> pd.DataFrame:
    """Pooled coverage at each level: ``level``, ``nominal``, ``inside``, ``n``, ``coverage``, ``low``, ``high``
    (Wilson 95 % band) and ``consistent`` (the nominal share lies in the band)."""
    n = len(record)
    out = []
    for level in LEVELS:
        k = int(record[f"inside{level}"].sum())
        low, high = wilson(k, n)
        out.append({"level": f"{level} %", "nominal": level / 100, "inside": k, "n": n, "coverage": k / n,
                    "low": low, "high": high, "consistent": low <= level / 100 <= high})
    return pd.DataFrame(out)


def skill(record: pd.DataFrame) -> float:
    """Pooled scaled error ratio: sum of the forecasts' scaled errors over the naive forecasts' (below 1: better)."""
    naive = float(record["naive_scaled_error"].sum())
    if naive == 0:
        raise ValueError("the naive forecast has no error to compare with")
    return float(record["scaled_error"].sum()) / naive


def pit_histogram(record: pd.DataFrame, bins: int = 5) -> pd.Series:
    """Counts of PIT values in ``bins`` equal bins of 0–1 (a value on an inner edge goes to the upper bin), labelled
    in whole percents."""
    edges = np.linspace(0, 1, bins + 1)
    index = np.clip(np.searchsorted(edges, record["pit"].to_numpy(), side="right") - 1, 0, bins - 1)
    counts = np.bincount(index, minlength=bins)
    labels = [f"{edges[i] * 100:.0f}–{edges[i + 1] * 100:.0f} %" for i in range(bins)]
    return pd.Series(counts, index=labels, name="forecast–outcome pairs")


def pandemic_split(record: pd.DataFrame) -> pd.DataFrame:
    """Coverage in the pandemic years (:data:`PANDEMIC_YEARS`) and in the other years: ``years``, ``n``,
    ``inside80``, ``inside95``."""
    pandemic = record["year"].isin(PANDEMIC_YEARS)
    out = []
    for name, mask in (("pandemic years", pandemic), ("other years", ~pandemic)):
        part = record.loc[mask]
        out.append({"years": name, "n": len(part), "inside80": int(part["inside80"].sum()),
                    "inside95": int(part["inside95"].sum())})
    return pd.DataFrame(out)


def reader_frame(record: pd.DataFrame) -> pd.DataFrame:
    """The track record with intervals as text ("lo–hi", whole numbers), yes/no for the hits and the model's short
    name, for
    :func:`analysis.present.reader_table`."""
    def span(lo, hi):
        return [f"{a:,.0f}–{b:,.0f}" for a, b in zip(lo, hi)]

    frame = record.copy()
    frame["model"] = [("equal-weight combination" if m.startswith("combination") else m) for m in record["model"]]
    frame["interval80"] = span(record["lo80"], record["hi80"])
    frame["interval95"] = span(record["lo95"], record["hi95"])
    for level in LEVELS:
        frame[f"inside{level}"] = record[f"inside{level}"].map({True: "yes", False: "no"})
    return frame


def summary(forecast_id: str, result: recipe.Result, frame: pd.DataFrame) -> dict:
    """What the method said in 2020 about one main forecast and how its outcome years fared."""
    part = frame.loc[frame["forecast"] == forecast_id]
    outside = [int(y) for y, hit in zip(part["year"], part["inside95"]) if not hit]
    return {
        "pledges": part["pledges"].iloc[0], "label": spec(forecast_id).label, "origin": int(part["origin"].iloc[0]),
        "chance": result.p_text, "rating": result.verdict, "n": len(part),
        "inside80": f"{int(part['inside80'].sum())} of {len(part)}",
        "inside95": f"{int(part['inside95'].sum())} of {len(part)}",
        "outside95": ", ".join(str(y) for y in outside) if outside else "none",
    }
