"""One ex-ante/ex-post forecast recipe for a pledge with a numeric target.

Call :func:`run` with an annual series (it may hold years after the cut-off), the cut-off year (the last year a
forecaster could see, 2019 for the programme), a :class:`Target` and optionally the outcome. It returns one
:class:`Result`:

``history``
    the observed values up to the cut-off (from ``first_year`` if given) that every model sees.
``backtest``
    reader table of the one-year-ahead rolling-origin backtest on ``history``: columns ``method``,
    ``scaled error (MASE)``, ``sMAPE``, ``80 % coverage``, ``95 % coverage``, ``forecasts scored``, ``note``;
    one row per benchmark and one for the rule (scored nested, every choice made on earlier years only).
    Methods that cannot run get None scores and a short plain note (never NaN).
``model``, ``why``
    the model or combination reported and the reason for it.
``fan``
    forecast frame indexed by year with ``mean, lo80, hi80, lo95, hi95``; ``widened`` says whether the intervals
    were widened on the backtest errors (``factor80``, ``factor95`` the factors applied, 1 if not). Over several
    years ahead intervals are only ever widened, never narrowed, since one-year errors cannot show that
    multi-year intervals are too wide. The probability uses the 80 % factor on the whole spread.
``p``, ``p_se``, ``p_text``
    probability of the target under the reported model, its simulation standard error (0 if exact) and the
    reader text from :func:`analysis.feasibility.format_probability`.
``benchmarks``
    frame indexed by model (naive, drift, theta, ets, or the log-linear trend on gappy series) with
    ``probability``, ``se`` and ``text`` (each model's own, uncalibrated intervals).
``verdict``, ``borderline``, ``borderline_reason``
    :func:`analysis.feasibility.feasibility_verdict` of ``p`` and :func:`analysis.feasibility.borderline`.
``hits``
    ``{"n", "inside80", "inside95"}``: how many outcome years fell inside the intervals.

:meth:`Result.glue` glues every reader-visible value with ``display=False`` under ``{prefix}_`` + name:
``p`` (percent, 1 decimal), ``p_text``, ``p_se`` (points, 1 decimal), ``p_low``, ``p_high`` (lowest and highest
benchmark probability in percent), ``p_low_model``, ``p_high_model``, ``model``, ``why``, ``verdict``,
``borderline`` ("yes"/"no"), ``borderline_reason``, ``widened`` ("yes"/"no"), ``factor80``, ``bt_n`` (forecasts
scored per benchmark), ``rule_n`` (forecasts scored by the rule), ``n_hist``, ``first``, ``cutoff``,
``n_outcome``, ``inside80``, ``inside95``, and ``p_<model>_text`` for each benchmark.
:meth:`Result.chart` draws the fan chart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import feasibility, forecast

__all__ = ["Target", "Result", "run", "BENCHMARKS", "BACKTEST_COLUMNS"]

BENCHMARKS: tuple[str, ...] = forecast.PROTOCOL_MEMBERS
"""Benchmark models whose probabilities are always shown."""

BACKTEST_COLUMNS: tuple[str, ...] = (
    "method", "scaled error (MASE)", "sMAPE", "80 % coverage", "95 % coverage", "forecasts scored", "note",
)

_HOW = ("level", "mean", "cumulative")

READER_NAMES: dict[str, str] = {"loglinear": "log-linear trend", "theta": "Theta", "ets": "damped ETS"}
"""How a chart legend names a model where the reader's name differs from the code's."""


def reader_model(model: str) -> str:
    """``"combination of naive, drift, theta, ets"`` as a legend reads it: ``"combined naive, drift, Theta and
    damped ETS"``; single models by :data:`READER_NAMES`."""
    if model.startswith("combination of "):
        names = [READER_NAMES.get(m, m) for m in model.removeprefix("combination of ").split(", ")]
        return "combined " + ", ".join(names[:-1]) + " and " + names[-1]
    return READER_NAMES.get(model, model)


@dataclass(frozen=True)
class Target:
    """A target: ``how`` in ``level`` (one year), ``mean`` or ``cumulative`` (over ``years``), a ``value`` and
    a ``direction`` (``">="`` a floor, ``"<="`` a ceiling). ``value=None`` means the cut-off level (a direction
    target: "stay below / above the cut-off level")."""

    how: str
    years: tuple[int, ...]
    value: float | None = None
    direction: str = ">="

    def __post_init__(self):
        if self.how not in _HOW:
            raise ValueError(f"target how must be one of {_HOW}, got {self.how!r}")
        if self.direction not in (">=", "<="):
            raise ValueError(f"target direction must be '>=' or '<=', got {self.direction!r}")
        if not self.years:
            raise ValueError("target years must not be empty")
        if self.how == "level" and len(self.years) != 1:
            raise ValueError(f"a level target needs one year, got {self.years}")

    @classmethod
    def level(cls, value: float, year: int, direction: str = ">=") -> Target:
        return cls("level", (int(year),), float(value), direction)

    @classmethod
    def mean(cls, value: float, years, direction: str = ">=") -> Target:
        return cls("mean", tuple(int(y) for y in years), float(value), direction)

    @classmethod
    def cumulative(cls, value: float, years, direction: str = ">=") -> Target:
        return cls("cumulative", tuple(int(y) for y in years), float(value), direction)

    @classmethod
    def stay(cls, year: int, direction: str = "<=") -> Target:
        """The value in ``year`` at most (``<=``) or at least (``>=``) the cut-off level."""
        return cls("level", (int(year),), None, direction)


@dataclass
class Result:
    """The outcome of :func:`run`; fields documented in the module docstring."""

    history: pd.Series
    target: Target
    target_value: float
    backtest: pd.DataFrame
    model: str
    why: str
    fan: pd.DataFrame
    widened: bool
    factor80: float
    factor95: float
    p: float
    p_se: float
    p_text: str
    benchmarks: pd.DataFrame
    verdict: str
    borderline: bool
    borderline_reason: str
    hits: dict
    outcome: pd.Series = field(default_factory=lambda: pd.Series(dtype=float))
    rule_n: int = 0

    def glued(self, prefix: str) -> dict[str, object]:
        """The values :meth:`glue` glues, by full name."""
        probs = self.benchmarks["probability"]
        values = {
            "p": round(self.p * 100, 1), "p_text": self.p_text, "p_se": round(self.p_se * 100, 1),
            "p_low": round(float(probs.min()) * 100, 1), "p_high": round(float(probs.max()) * 100, 1),
            "p_low_model": str(probs.idxmin()), "p_high_model": str(probs.idxmax()),
            "model": self.model, "why": self.why, "verdict": self.verdict,
            "borderline": "yes" if self.borderline else "no", "borderline_reason": self.borderline_reason,
            "widened": "yes" if self.widened else "no", "factor80": round(self.factor80, 2),
            "bt_n": int(max(self.backtest["forecasts scored"].iloc[:-1].max(), 0)) if len(self.backtest) > 1 else 0,
            "rule_n": int(self.rule_n), "n_hist": int(len(self.history)),
            "first": int(self.history.index.min()), "cutoff": int(self.history.index.max()),
            "target_value": float(self.target_value),
            "n_outcome": int(self.hits["n"]), "inside80": int(self.hits["inside80"]),
            "inside95": int(self.hits["inside95"]),
        }
        for name, row in self.benchmarks.iterrows():
            values[f"p_{name}_text"] = str(row["text"])
        return {f"{prefix}_{key}": value for key, value in values.items()}

    def glue(self, prefix: str) -> dict[str, object]:
        """Glue every reader-visible value under ``{prefix}_...`` (names in the module docstring)."""
        from myst_nb import glue

        values = self.glued(prefix)
        for name, value in values.items():
            glue(name, value, display=False)
        return values

    def chart(self, *, title: str, unit: str, source: str, as_of: str, target_label: str,
              subtitle: str | None = None, ax=None):
        """Fan chart of history, forecast, target and outcome; returns the axes from ``plotting.fan_chart``."""
        from . import plotting

        widened = " (intervals widened on backtest errors)" if self.widened and self.factor80 > 1 else ""
        target = self.target_value / len(self.target.years) if self.target.how == "cumulative" else self.target_value
        return plotting.fan_chart(
            self.history, self.fan, target=target, target_label=target_label,
            outcome=self.outcome if len(self.outcome) else None,
            forecast_label=f"{reader_model(self.model)} forecast from data to {int(self.history.index.max())}{widened}",
            title=title, unit=unit, source=source, as_of=as_of, subtitle=subtitle, ax=ax,
        )


def _none(value):
    return None if value is None or (isinstance(value, float) and not np.isfinite(value)) else value


def _plain_note(note: str) -> str:
    if "not consecutive" in note:
        return "needs consecutive years; the series has gaps"
    if "training points" in note:
        return "series too short to backtest this model"
    if note.startswith("failed"):
        return "could not be fitted on every window"
    return note


def _reader_row(method: str, mase, smape, c80, c95, n, note: str) -> dict:
    return dict(zip(BACKTEST_COLUMNS, (
        method, _none(mase), _none(smape), _none(c80), _none(c95), int(n), note,
    )))


def _members(history: pd.Series) -> tuple[str, ...]:
    runnable = set(forecast.runnable_methods(history))
    enough = [m for m in BENCHMARKS if m in runnable]
    return tuple(enough) if enough else (("loglinear",) if "loglinear" in runnable else ())


def _outcome(series: pd.Series, cutoff: int, outcome) -> pd.Series:
    if outcome is None:
        return series.loc[series.index > cutoff].dropna()
    if isinstance(outcome, pd.Series):
        return outcome.loc[outcome.index > cutoff].dropna()
    years = [int(y) for y in outcome]
    return series.loc[[y for y in years if y in series.index]].dropna()


def _distribution(history, method, horizon, factor, n_paths, seed):
    """(mean, cov) if Gaussian else simulated paths, spread scaled by ``factor``."""
    gauss = forecast.gaussian_forecast(history, method, horizon)
    if gauss is not None:
        return ("gauss", gauss[0], gauss[1] * factor**2)
    paths = forecast.simulate_paths(history, method, horizon, n_paths=n_paths, seed=seed)
    centre = forecast.forecast(history, method, horizon)["mean"].to_numpy()
    return ("paths", centre + factor * (paths - centre), None)


def _probability(dist, columns, target: Target, value: float, observed) -> tuple[float, float]:
    kwargs = dict(how=target.how, years=list(target.years), direction=target.direction, observed=observed)
    if dist[0] == "gauss":
        return feasibility.gaussian_probability(dist[1], dist[2], columns, value, **kwargs), 0.0
    return feasibility.probability_estimate(dist[1], value, **kwargs)


def run(
    series: pd.Series,
    *,
    cutoff: int,
    target: Target,
    first_year: int | None = None,
    outcome=None,
    observed_years=None,
    n_paths: int = feasibility.PATHS,
    seed: int = forecast.SEED,
) -> Result:
    """Run the recipe: backtest, choice, calibrated forecast, probability, verdict and outcome check.

    ``outcome`` is None (the years of ``series`` after the cut-off), a list of years of ``series``, or another
    series (e.g. a later data vintage). ``observed_years`` are target years up to the cut-off whose observed values
    enter the target unchanged (a cumulative target that started before the cut-off).
    """
    clean = forecast._clean(series)
    history = clean.loc[clean.index <= cutoff]
    if first_year is not None:
        history = history.loc[history.index >= first_year]
    if not forecast.forecastable(history):
        raise ValueError(f"series has {len(history)} points up to {cutoff}; at least {forecast.TOO_THIN} are needed")
    value = float(history.loc[cutoff]) if target.value is None else float(target.value)
    if target.value is None and cutoff not in history.index:
        raise ValueError(f"a direction target needs the cut-off year {cutoff} in the series")
    observed = history.loc[[y for y in (observed_years or []) if y in history.index]] if observed_years else None
    horizon = max(target.years) - int(history.index.max())
    if horizon < 1:
        raise ValueError(f"target years {target.years} do not lie after the cut-off {cutoff}")
    members = _members(history)
    if not members:
        raise ValueError("no model can run on this series")

    # reader backtest: each benchmark (or the log-linear trend) on shared origins, then the rule nested
    methods = list(BENCHMARKS) + (["loglinear"] if members == ("loglinear",) else [])
    scores = forecast.backtest(history, methods=methods, min_train=3)
    rows = [
        _reader_row(m, r.mase, r.smape, r.cover80, r.cover95, r.n_forecasts,
                    _plain_note(r.note) if r.note else "")
        for m, r in scores.iterrows()
    ]
    factor80 = factor95 = 1.0
    rule_n = 0
    nested = None
    scored = tuple(m for m in members if not scores.loc[m, "note"]) if m_ok(scores, members) else ()
    if len(scored) > 1 and "naive" in scored:
        try:
            nested = forecast.nested_backtest(history, forecast.PROTOCOL_RULE, members=scored, min_train=3)
        except ValueError:
            nested = None
    rule_label = f"combination of {', '.join(members)}" if len(members) > 1 else members[0]
    if nested is not None:
        rule_n = len(nested)
        ok = nested["scaled_error"].notna()
        rows.append(_reader_row(
            f"{rule_label} (rule, scored nested)", nested.loc[ok, "scaled_error"].mean(), nested["smape"].mean(),
            nested["inside80"].mean(), nested["inside95"].mean(), rule_n, "",
        ))
        factor80, factor95 = (max(1.0, f) for f in _factors(history, scored))
    else:
        rows.append(_reader_row(f"{rule_label} (rule)", None, None, None, None, 0,
                                "too few years to score the rule out of sample"))
    backtest_table = pd.DataFrame(rows, columns=list(BACKTEST_COLUMNS))
    widened = nested is not None and rule_n >= forecast.PROTOCOL_WARMUP

    if len(members) > 1:
        why = ("equal-weight combination of the benchmarks that can run (the rule that forecast best out of sample "
               "over the book's long series)")
    else:
        why = "only the log-linear trend accepts gaps in the years" if members == ("loglinear",) else "only model"
    model = rule_label

    # distributions, probability and forecast frame
    future = np.arange(int(history.index.max()) + 1, int(history.index.max()) + horizon + 1)
    frames, probs, ses = [], [], []
    bench_rows = {}
    for method in members:
        own = _distribution(history, method, horizon, 1.0, n_paths, seed)
        p_own, se_own = _probability(own, future, target, value, observed)
        bench_rows[method] = (p_own, se_own)
        scaled = own if factor80 == 1.0 else _distribution(history, method, horizon, factor80, n_paths, seed)
        p_m, se_m = _probability(scaled, future, target, value, observed)
        probs.append(p_m)
        ses.append(se_m)
        frames.append(forecast.forecast(history, method, horizon))
    p = float(np.mean(probs))
    p_se = float(np.sqrt(np.sum(np.square(ses)))) / len(ses)
    fan = _mixture_fan(frames, factor80, factor95)
    benchmarks = pd.DataFrame(
        [{"model": m, "probability": pr, "se": se, "text": feasibility.format_probability(pr, se)}
         for m, (pr, se) in bench_rows.items()]
    ).set_index("model")
    verdict = feasibility.feasibility_verdict(p)
    flag, reason = feasibility.borderline(p, p_se, dict(benchmarks["probability"]) if len(benchmarks) > 1 else None)
    out = _outcome(clean, cutoff, outcome)
    hits = forecast.interval_hits(fan, out)
    return Result(
        history=history, target=target, target_value=value, backtest=backtest_table, model=model, why=why,
        fan=fan, widened=widened, factor80=factor80, factor95=factor95, p=p, p_se=p_se,
        p_text=feasibility.format_probability(p, p_se), benchmarks=benchmarks, verdict=verdict,
        borderline=flag, borderline_reason=reason, hits=hits, outcome=out, rule_n=rule_n,
    )


def m_ok(scores: pd.DataFrame, members: tuple[str, ...]) -> bool:
    """Whether every member has a row in the backtest table."""
    return all(m in scores.index for m in members)


def _factors(history: pd.Series, members: tuple[str, ...]) -> tuple[float, float]:
    """Calibration factors of the combination at 80 % and 95 % from all its one-step errors up to the cut-off."""
    clean = forecast._clean(history)
    first = forecast._first_origin(list(members), 3, len(clean))
    table = forecast._one_step_forecasts(clean, members, first)
    means, sds, actual, _ = forecast._member_table(table)
    if len(means) < forecast.PROTOCOL_WARMUP:
        return 1.0, 1.0
    z80 = forecast._z(80)
    z = []
    for year in means.index:
        lo, hi = forecast.mixture_interval(means.loc[year, list(members)], sds.loc[year, list(members)], 80)
        z.append((actual[year] - means.loc[year, list(members)].mean()) / ((hi - lo) / (2 * z80)))
    return forecast.calibration_factor(z, 80), forecast.calibration_factor(z, 95)


def _mixture_fan(frames: list[pd.DataFrame], factor80: float, factor95: float) -> pd.DataFrame:
    """Equal-weight mixture of the members' Gaussian forecasts, spread scaled per level."""
    mean = pd.concat([f["mean"] for f in frames], axis=1).mean(axis=1)
    fan = pd.DataFrame({"mean": mean})
    z80 = forecast._z(80)
    for level, factor in ((80, factor80), (95, factor95)):
        lo, hi = [], []
        for year in fan.index:
            means = [float(f.loc[year, "mean"]) for f in frames]
            sds = [float(f.loc[year, "hi80"] - f.loc[year, "lo80"]) / (2 * z80) for f in frames]
            a, b = forecast.mixture_interval(means, sds, level)
            centre = float(fan.loc[year, "mean"])
            lo.append(centre - factor * (centre - a))
            hi.append(centre + factor * (b - centre))
        fan[f"lo{level}"], fan[f"hi{level}"] = lo, hi
    fan.index.name = "year"
    return fan[["mean", "lo80", "hi80", "lo95", "hi95"]]
