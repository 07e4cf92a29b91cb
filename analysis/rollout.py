"""S-curve rollout models for coverage-type series with a known end state.

A rollout series counts how much of a fixed total is done: the share of households with a fibre connection
(end state 100 %), or the number of municipal services available online (end state: all of them). Such series
tend to follow an S-curve, and with a known ceiling ``K`` the two classic curves become straight lines after a
transform of ``y / K``:

``logistic``
    ``y = K / (1 + exp(-r (t - m)))``, so ``log(y / (K - y)) = r (t - m)``: symmetric around the midpoint ``m``.
``gompertz``
    ``y = K exp(-exp(-r (t - m)))``, so ``-log(-log(y / K)) = r (t - m)``: slower approach to the ceiling.

Each curve is fitted by ordinary least squares of the transformed values on the year (years may have gaps), so
the fit is deterministic and needs no starting values. The transform is monotonic, so OLS prediction intervals
for a new observation on the transformed scale map back to exact intervals on the original scale, and the
back-transformed centre line is the median. The curves approach the ceiling but never reach it, so "done" has
to be stated as a level below the ceiling (e.g. 95 % of services).

With the handful of points that rollout series usually have, the fit is fragile. :func:`sensitivity` refits
with each point left out and with both curves, and :func:`holdout` fits without the latest points and compares
the prediction with what was observed; a chapter should show both next to any projection.

Needs: at least :data:`MIN_FIT` points to fit (an exact line through two points), at least
:data:`MIN_INTERVAL` to state any uncertainty; every value strictly between 0 and the ceiling (a value of 0 or
of the ceiling has no finite transform and is refused, naming the year).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import stats

__all__ = ["MODELS", "MIN_FIT", "MIN_INTERVAL", "RolloutFit", "fit", "project", "probability_reached",
           "sensitivity", "holdout"]

MODELS: tuple[str, ...] = ("logistic", "gompertz")
"""The S-curves available, the symmetric one first."""

MIN_FIT: int = 2
"""Fewest points a curve can be fitted to (with a known ceiling a curve has two parameters)."""

MIN_INTERVAL: int = 3
"""Fewest points for which intervals and probabilities exist (one residual degree of freedom)."""


def _transform(share: np.ndarray, model: str) -> np.ndarray:
    if model == "logistic":
        return np.log(share / (1.0 - share))
    return -np.log(-np.log(share))


def _inverse(z: np.ndarray, model: str) -> np.ndarray:
    z = np.asarray(z, dtype=float)
    if model == "logistic":
        return 1.0 / (1.0 + np.exp(-z))
    return np.exp(-np.exp(-z))


def _check_model(model: str) -> None:
    if model not in MODELS:
        raise ValueError(f"unknown rollout model {model!r}; choose one of {', '.join(MODELS)}")


def _check_ceiling(ceiling: float) -> float:
    ceiling = float(ceiling)
    if not np.isfinite(ceiling) or ceiling <= 0:
        raise ValueError(f"the ceiling must be a positive number, got {ceiling!r}")
    return ceiling


def _clean(series: pd.Series, ceiling: float) -> pd.Series:
    values = pd.Series(series, dtype=float).dropna()
    if not values.index.is_unique:
        raise ValueError("a rollout series needs one value per year; duplicate years: "
                         + ", ".join(str(y) for y in values.index[values.index.duplicated()]))
    values = values.sort_index()
    outside = values[(values <= 0) | (values >= ceiling)]
    if len(outside):
        listed = ", ".join(f"{year}: {value:g}" for year, value in outside.items())
        raise ValueError(f"rollout values must lie strictly between 0 and the ceiling {ceiling:g}; got {listed}")
    return values


@dataclass(frozen=True)
class RolloutFit:
    """A fitted S-curve: ``transform(y / ceiling) = intercept + rate * (year - centre)``."""

    model: str
    ceiling: float
    years: tuple[int, ...]
    intercept: float
    rate: float
    centre: float
    residual_sd: float
    cov: tuple[tuple[float, float], tuple[float, float]]

    @property
    def n_points(self) -> int:
        return len(self.years)

    @property
    def dof(self) -> int:
        return self.n_points - 2

    @property
    def midpoint(self) -> float:
        """Year in which the curve passes its inflection point (half the ceiling for the logistic)."""
        return self.centre - self.intercept / self.rate if self.rate else float("nan")

    @property
    def params(self) -> dict[str, float]:
        return {"rate": self.rate, "midpoint": self.midpoint, "ceiling": self.ceiling}

    def _z(self, years: Iterable[float]) -> np.ndarray:
        return self.intercept + self.rate * (np.asarray(list(years), dtype=float) - self.centre)

    def predict(self, years: Iterable[int]) -> pd.Series:
        """Centre line (the median of a new observation) for the given years, in the unit of the ceiling."""
        years = list(years)
        values = self.ceiling * _inverse(self._z(years), self.model)
        return pd.Series(values, index=pd.Index(years, name="year"), dtype=float)

    def year_reaching(self, level: float) -> float:
        """Fractional year in which the centre line reaches ``level``; ``inf`` if it never does.

        A level at or above the ceiling is never reached. A curve with a rate that is not positive does not
        rise, so no level counts as reached (``inf``) even if early values lay above it; with a positive rate a
        level already passed gives a year before the data.
        """
        share = float(level) / self.ceiling
        if share <= 0:
            raise ValueError(f"the level must be positive, got {level!r}")
        if share >= 1 or self.rate <= 0:
            return float("inf")
        z = float(_transform(np.array([share]), self.model)[0])
        return self.centre + (z - self.intercept) / self.rate

    def pit(self, values: pd.Series) -> pd.Series:
        """Probability integral transform of observed ``values`` (indexed by year): the predictive distribution's
        CDF at each value, from the same Student-t on the transformed scale that gives the intervals of
        :func:`project`."""
        years = [int(y) for y in values.index]
        share = np.clip(values.to_numpy(dtype=float) / self.ceiling, 1e-9, 1 - 1e-9)
        z = _transform(share, self.model)
        t = (z - self._z(years)) / self._prediction_sd(years)
        return pd.Series(stats.t.cdf(t, self.dof), index=values.index, name="pit")

    def _prediction_sd(self, years: Sequence[float]) -> np.ndarray:
        if self.dof < 1:
            raise ValueError(f"intervals need at least {MIN_INTERVAL} points; this fit has {self.n_points}")
        x = np.asarray(years, dtype=float) - self.centre
        design = np.column_stack([np.ones_like(x), x])
        cov = np.asarray(self.cov, dtype=float)
        mean_var = np.einsum("ij,jk,ik->i", design, cov, design)
        return np.sqrt(self.residual_sd**2 + mean_var)


def fit(series: pd.Series, model: str = "logistic", ceiling: float = 100.0) -> RolloutFit:
    """Fit an S-curve with a known ``ceiling`` to an annual series (int years, float values, unit of the ceiling)."""
    _check_model(model)
    ceiling = _check_ceiling(ceiling)
    values = _clean(series, ceiling)
    if len(values) < MIN_FIT:
        raise ValueError(f"a rollout curve needs at least {MIN_FIT} points; got {len(values)}")
    years = values.index.to_numpy(dtype=float)
    z = _transform(values.to_numpy() / ceiling, model)
    centre = float(years.mean())
    x = years - centre
    sxx = float((x**2).sum())
    if sxx == 0:
        raise ValueError("a rollout curve needs points in at least two different years")
    rate = float((x * z).sum() / sxx)
    intercept = float(z.mean())
    dof = len(values) - 2
    if dof > 0:
        residual_var = float(((z - intercept - rate * x) ** 2).sum() / dof)
        cov = ((residual_var / len(values), 0.0), (0.0, residual_var / sxx))
    else:
        residual_var = float("nan")
        cov = ((float("nan"), 0.0), (0.0, float("nan")))
    return RolloutFit(model, ceiling, tuple(int(y) for y in values.index), intercept, rate, centre,
                      float(np.sqrt(residual_var)), cov)


def project(series: pd.Series, years: Iterable[int], model: str = "logistic", ceiling: float = 100.0,
            levels: Sequence[float] = (80, 95)) -> pd.DataFrame:
    """Centre line and prediction intervals of a new observation for ``years``.

    Columns ``mean`` (the back-transformed centre, i.e. the median, named like the forecast frames so that
    :func:`analysis.plotting.fan_chart` can draw it) and ``lo<level>``/``hi<level>`` per level.
    """
    fitted = fit(series, model, ceiling)
    years = [int(y) for y in years]
    sd = fitted._prediction_sd(years)
    z = fitted._z(years)
    frame = pd.DataFrame({"mean": fitted.predict(years).to_numpy()}, index=pd.Index(years, name="year"))
    for level in levels:
        if not 0 < float(level) < 100:
            raise ValueError(f"interval level must lie between 0 and 100, got {level!r}")
        q = float(stats.t.ppf(0.5 + float(level) / 200, fitted.dof))
        frame[f"lo{level:g}"] = ceiling * _inverse(z - q * sd, model)
        frame[f"hi{level:g}"] = ceiling * _inverse(z + q * sd, model)
    return frame


def probability_reached(series: pd.Series, level: float, by_year: int, model: str = "logistic",
                        ceiling: float = 100.0) -> float:
    """Probability that an observation in ``by_year`` is at or above ``level`` under the fitted curve.

    Exact under the model's assumptions (normal errors on the transformed scale, Student-t for the estimated
    parameters); a level at or above the ceiling has probability 0.
    """
    fitted = fit(series, model, ceiling)
    share = float(level) / fitted.ceiling
    if share <= 0:
        return 1.0
    if share >= 1:
        return 0.0
    target = float(_transform(np.array([share]), model)[0])
    z = float(fitted._z([by_year])[0])
    sd = float(fitted._prediction_sd([by_year])[0])
    return float(stats.t.sf((target - z) / sd, fitted.dof))


def sensitivity(series: pd.Series, level: float, ceiling: float = 100.0,
                models: Sequence[str] = MODELS) -> pd.DataFrame:
    """Year in which the curve reaches ``level``: fitted to all points and with each point left out, per model.

    Columns ``variant`` ("all points" or "without <year>"), ``model``, ``n_points``, ``year_reaching``
    (fractional year, ``inf`` if never). Leave-one-out variants need at least ``MIN_FIT + 1`` points.
    """
    values = _clean(series, _check_ceiling(ceiling))
    rows = []
    for model in models:
        _check_model(model)
        variants = [("all points", values)]
        if len(values) > MIN_FIT:
            variants += [(f"without {year}", values.drop(year)) for year in values.index]
        for name, subset in variants:
            fitted = fit(subset, model, ceiling)
            rows.append({"variant": name, "model": model, "n_points": fitted.n_points,
                         "year_reaching": fitted.year_reaching(level)})
    return pd.DataFrame(rows, columns=["variant", "model", "n_points", "year_reaching"])


def holdout(series: pd.Series, last: int = 2, model: str = "logistic", ceiling: float = 100.0) -> pd.DataFrame:
    """Fit without the ``last`` latest points and predict them: columns ``actual``, ``predicted``, ``error``."""
    values = _clean(series, _check_ceiling(ceiling))
    if last < 1:
        raise ValueError(f"hold out at least one point, got {last}")
    if len(values) - last < MIN_FIT:
        raise ValueError(f"holding out {last} of {len(values)} points leaves fewer than {MIN_FIT} to fit")
    train, test = values.iloc[:-last], values.iloc[-last:]
    predicted = fit(train, model, ceiling).predict(test.index)
    frame = pd.DataFrame({"actual": test.to_numpy(), "predicted": predicted.to_numpy()},
                         index=pd.Index(test.index, name="year"))
    frame["error"] = frame["predicted"] - frame["actual"]
    return frame
