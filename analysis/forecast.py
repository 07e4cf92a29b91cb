"""Forecasting annual series with simple benchmarks and rolling-origin backtests.

An *annual series* is a :class:`pandas.Series` of floats indexed by integer
years (ascending, unique).  Missing values (``NaN``) are treated as missing
years.  Only the ``loglinear`` method accepts gaps in the years; every other
method needs a consecutive run of years and raises :class:`ValueError` naming
the missing years otherwise.

Methods, from simplest to most elaborate (:data:`METHODS`):

``mean``
    Historical mean.  Prediction sd ``s * sqrt(1 + 1/T)``.
``naive``
    Last value (random walk).  ``sd_h = sigma * sqrt(h)`` with ``sigma`` the
    root mean square of the one-step changes.
``drift``
    Last value plus ``h`` times the mean change.
    ``sd_h = sigma * sqrt(h * (1 + h / (T - 1)))`` with ``sigma`` the standard
    deviation of the one-step changes (Hyndman & Athanasopoulos, FPP3, 5.5).
``theta``
    :class:`statsmodels.tsa.forecasting.theta.ThetaModel` without seasonality.
``ets``
    :class:`statsmodels.tsa.exponential_smoothing.ets.ETSModel` with additive
    errors and an additive damped trend.  A damped trend has five free
    parameters (alpha, beta, phi, initial level, initial trend), so it is only
    fitted to series of at least :data:`ETS_DAMPED_MIN` points; shorter series
    (but at least ``MIN_POINTS["ets"]``) get simple exponential smoothing
    (additive error, no trend).
``loglinear``
    OLS of ``log(y)`` on the year; works with irregular years.  Intervals are
    OLS prediction intervals for a new observation on the log scale,
    back-transformed with ``exp`` (so the point forecast is the median).
``arima``
    :class:`statsmodels.tsa.arima.model.ARIMA` on the first differences with
    a drift term (``trend="t"``).  The order is chosen inside the method among
    the small candidates :data:`ARIMA_ORDERS` -- ARIMA(0,1,0), (1,1,0) and
    (0,1,1), each with drift -- by the lowest AICc (Hurvich & Tsai); a tie goes
    to the earlier (simpler) candidate.  Intervals are the model's Gaussian
    prediction intervals; paths come from ``ARIMAResults.simulate`` anchored at
    the end of the data (parameter uncertainty is not included, as for
    ``ets``).  Needs :data:`MIN_POINTS` ``["arima"]`` points, so short series
    never use it.

All randomness goes through :func:`numpy.random.default_rng` with an explicit
seed (default :data:`SEED`, the date of the 2020 municipal election).
"""

from __future__ import annotations

import math
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

import numpy as np
import pandas as pd
import statsmodels.api as sm
from scipy import stats
from statsmodels.tools.sm_exceptions import (
    ConvergenceWarning,
    HessianInversionWarning,
    ValueWarning,
)
from statsmodels.tsa.arima.model import ARIMA
from statsmodels.tsa.exponential_smoothing.ets import ETSModel
from statsmodels.tsa.forecasting.theta import ThetaModel

__all__ = [
    "SEED",
    "METHODS",
    "MIN_POINTS",
    "ETS_DAMPED_MIN",
    "ARIMA_ORDERS",
    "arima_order",
    "TOO_THIN",
    "DEFAULT_MIN_TRAIN",
    "forecast",
    "simulate_paths",
    "backtest",
    "choose_method",
    "select_method",
    "interval_hits",
    "runnable_methods",
    "COMBINATION",
    "MIN_BACKTEST_FORECASTS",
    "too_short",
    "forecastable",
]

SEED: int = 20200913
"""Default seed for every random draw (election day, 13 September 2020)."""

METHODS: tuple[str, ...] = ("mean", "naive", "drift", "theta", "ets", "loglinear", "arima")
"""Forecast methods, ordered from simplest to most elaborate."""

MIN_POINTS: dict[str, int] = {
    "mean": 2,
    "naive": 2,
    "drift": 3,
    "theta": 4,
    "ets": 6,
    "loglinear": 3,
    "arima": 12,
}
"""Minimum number of observed points each method needs to be fitted.

ARIMA picks its order among three candidates by AICc, a choice that is unreliable on short series, so it
needs 12 points and the short series of most chapters never use it. Every method of a backtest starts from
the same origin (the largest minimum of the runnable methods), so on a long series ARIMA shortens the
backtest of all methods; that is the price of comparing them on the same forecasts.
"""

ETS_DAMPED_MIN: int = 8
"""Series shorter than this get ETS without trend instead of a damped trend."""

ARIMA_ORDERS: tuple[tuple[int, int, int], ...] = ((0, 1, 0), (1, 1, 0), (0, 1, 1))
"""Candidate ARIMA orders (each fitted with drift), simplest first; see :func:`arima_order`."""

TOO_THIN: int = 6
"""Series with fewer observed points than this are too thin to forecast."""

DEFAULT_MIN_TRAIN: int = 5
"""Smallest training window used by :func:`backtest` unless told otherwise."""

BACKTEST_LEVELS: tuple[int, int] = (80, 95)
"""Interval levels whose coverage :func:`backtest` reports."""

COMBINATION: str = "combination"
"""Equal-weight combination of every method that can run on a series (see :func:`select_method`)."""

MIN_BACKTEST_FORECASTS: int = 5
"""A backtest with fewer forecasts per method than this cannot tell the methods apart."""

_TIE_TOLERANCE = 1e-12


# ---------------------------------------------------------------------------
# Validation helpers
# ---------------------------------------------------------------------------


def _clean(series: pd.Series) -> pd.Series:
    """Return the observed part of ``series`` as floats indexed by int years.

    Raises ``ValueError`` if the index is not made of integer years in
    strictly ascending order.
    """
    if not isinstance(series, pd.Series):
        raise TypeError("series must be a pandas Series indexed by year")
    if not pd.api.types.is_integer_dtype(series.index.dtype):
        raise ValueError("series must be indexed by integer years")
    if not series.index.is_unique or not series.index.is_monotonic_increasing:
        raise ValueError("series years must be unique and ascending")
    observed = series.astype(float).dropna()
    observed.index = observed.index.astype(int)
    return observed


def _missing_years(series: pd.Series) -> list[int]:
    """Years absent between the first and last observed year."""
    if series.empty:
        return []
    years = series.index.to_numpy()
    full = np.arange(years[0], years[-1] + 1)
    return [int(y) for y in np.setdiff1d(full, years)]


def _check_method(method: str) -> None:
    if method not in METHODS:
        raise ValueError(f"unknown method {method!r}; choose one of {METHODS}")


def _check_length(series: pd.Series, method: str) -> None:
    need = MIN_POINTS[method]
    if len(series) < need:
        raise ValueError(
            f"method {method!r} needs at least {need} observed points, "
            f"got {len(series)}"
        )


def _check_gaps(series: pd.Series, method: str) -> None:
    missing = _missing_years(series)
    if missing and method != "loglinear":
        raise ValueError(
            f"method {method!r} needs consecutive years, but the series has a "
            f"gap (missing {missing}); only 'loglinear' accepts gaps"
        )


def _check_positive(series: pd.Series, method: str) -> None:
    if method == "loglinear" and (series <= 0).any():
        raise ValueError("method 'loglinear' needs strictly positive values")


def _check_horizon(horizon: int) -> None:
    if not isinstance(horizon, (int, np.integer)) or horizon < 1:
        raise ValueError(f"horizon must be a positive integer, got {horizon!r}")


def _validated(series: pd.Series, method: str) -> pd.Series:
    """Clean ``series`` and check that ``method`` can be fitted to it."""
    _check_method(method)
    clean = _clean(series)
    _check_length(clean, method)
    _check_gaps(clean, method)
    _check_positive(clean, method)
    return clean


def too_short(series: pd.Series, method: str) -> bool:
    """True if ``series`` has fewer observed points than ``method`` needs."""
    _check_method(method)
    return len(_clean(series)) < MIN_POINTS[method]


def forecastable(series: pd.Series) -> bool:
    """True unless ``series`` has fewer than :data:`TOO_THIN` observed points."""
    return len(_clean(series)) >= TOO_THIN


# ---------------------------------------------------------------------------
# Predictive distributions
# ---------------------------------------------------------------------------

IntervalFn = Callable[[float], tuple[np.ndarray, np.ndarray]]
SampleFn = Callable[[int, int], np.ndarray]


@dataclass(frozen=True)
class _Predictive:
    """Predictive distribution of one fitted method at some future years.

    ``interval(level)`` returns lower and upper bounds of the central
    ``level`` % prediction interval; ``sample(n_paths, seed)`` returns an
    array of shape ``(n_paths, len(years))`` of simulated future paths.
    """

    years: np.ndarray
    mean: np.ndarray
    interval: IntervalFn
    sample: SampleFn


@contextmanager
def _quiet() -> Iterator[None]:
    """Silence the warnings statsmodels emits while fitting small series."""
    with warnings.catch_warnings():
        for category in (
            ConvergenceWarning,
            HessianInversionWarning,
            ValueWarning,
            RuntimeWarning,
        ):
            warnings.simplefilter("ignore", category)
        warnings.filterwarnings("ignore", category=UserWarning, module="statsmodels")
        yield


def _check_level(level: float) -> float:
    if not 0 < level < 100:
        raise ValueError(f"interval level must be between 0 and 100, got {level!r}")
    return float(level)


def _z(level: float) -> float:
    """Standard normal quantile for a central ``level`` % interval."""
    return float(stats.norm.ppf(0.5 + _check_level(level) / 200.0))


def _alpha(level: float) -> float:
    return 1.0 - _check_level(level) / 100.0


def _normal_interval(mean: np.ndarray, sd: np.ndarray) -> IntervalFn:
    def interval(level: float) -> tuple[np.ndarray, np.ndarray]:
        half = _z(level) * sd
        return mean - half, mean + half

    return interval


def _steps(years: np.ndarray, future_years: np.ndarray) -> np.ndarray:
    """Forecast steps ``h = 1, 2, ...`` of ``future_years`` after the last year."""
    return (future_years - years[-1]).astype(float)


def _predict_mean(years: np.ndarray, y: np.ndarray, future: np.ndarray) -> _Predictive:
    """Historical mean; paths share one draw of the mean's estimation error."""
    t = len(y)
    centre, s = float(np.mean(y)), float(np.std(y, ddof=1))
    mean = np.full(len(future), centre)
    sd = np.full(len(future), s * np.sqrt(1.0 + 1.0 / t))

    def sample(n_paths: int, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        level_error = rng.normal(0.0, s / np.sqrt(t), size=(n_paths, 1))
        noise = rng.normal(0.0, s, size=(n_paths, len(future)))
        return centre + level_error + noise

    return _Predictive(future, mean, _normal_interval(mean, sd), sample)


def _predict_naive(years: np.ndarray, y: np.ndarray, future: np.ndarray) -> _Predictive:
    """Random walk from the last value; sigma from the one-step changes."""
    h = _steps(years, future)
    sigma = float(np.sqrt(np.mean(np.diff(y) ** 2)))
    mean = np.full(len(future), y[-1])
    sd = sigma * np.sqrt(h)

    def sample(n_paths: int, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        shocks = rng.normal(0.0, sigma, size=(n_paths, len(h)))
        return y[-1] + np.cumsum(shocks, axis=1)

    return _Predictive(future, mean, _normal_interval(mean, sd), sample)


def _predict_drift(years: np.ndarray, y: np.ndarray, future: np.ndarray) -> _Predictive:
    """Random walk with drift; paths add one draw of the slope's error."""
    h = _steps(years, future)
    t = len(y)
    changes = np.diff(y)
    slope = float(np.mean(changes))
    sigma = float(np.std(changes, ddof=1))
    mean = y[-1] + slope * h
    sd = sigma * np.sqrt(h * (1.0 + h / (t - 1)))

    def sample(n_paths: int, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        slope_error = rng.normal(0.0, sigma / np.sqrt(t - 1), size=(n_paths, 1))
        shocks = rng.normal(0.0, sigma, size=(n_paths, len(h)))
        return y[-1] + (slope + slope_error) * h + np.cumsum(shocks, axis=1)

    return _Predictive(future, mean, _normal_interval(mean, sd), sample)


def _walk_matching_sd(mean: np.ndarray, sd: np.ndarray) -> SampleFn:
    """Sampler of a random walk whose marginal sd at step ``h`` is ``sd[h]``."""
    increments = np.sqrt(np.maximum(np.diff(np.concatenate([[0.0], sd**2])), 0.0))

    def sample(n_paths: int, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        shocks = rng.normal(0.0, 1.0, size=(n_paths, len(mean))) * increments
        return mean + np.cumsum(shocks, axis=1)

    return sample


def _predict_theta(years: np.ndarray, y: np.ndarray, future: np.ndarray) -> _Predictive:
    steps = int(_steps(years, future)[-1])
    pick = (_steps(years, future) - 1).astype(int)
    with _quiet():
        result = ThetaModel(y, period=1, deseasonalize=False).fit()
        mean = np.asarray(result.forecast(steps), dtype=float)[pick]

    def interval(level: float) -> tuple[np.ndarray, np.ndarray]:
        with _quiet():
            frame = result.prediction_intervals(steps, alpha=_alpha(level))
        return (
            frame["lower"].to_numpy(dtype=float)[pick],
            frame["upper"].to_numpy(dtype=float)[pick],
        )

    lo, hi = interval(80)
    sd = (hi - lo) / (2.0 * _z(80))
    return _Predictive(future, mean, interval, _walk_matching_sd(mean, sd))


def _simulator(result, steps: int, pick: np.ndarray) -> SampleFn:
    """Sampler of paths from a fitted statsmodels state-space result (ETS, ARIMA), anchored at the data's end."""

    def sample(n_paths: int, seed: int) -> np.ndarray:
        with _quiet():
            sims = result.simulate(
                steps,
                anchor="end",
                repetitions=n_paths,
                rng=np.random.default_rng(seed),
            )
        return np.asarray(sims, dtype=float).reshape(steps, n_paths).T[:, pick]

    return sample


def _ets_model(y: np.ndarray) -> ETSModel:
    """Damped-trend ETS for long enough series, level-only ETS otherwise."""
    endog = pd.Series(y)
    if len(y) >= ETS_DAMPED_MIN:
        return ETSModel(endog, error="add", trend="add", damped_trend=True)
    return ETSModel(endog, error="add", trend=None)


def _predict_ets(years: np.ndarray, y: np.ndarray, future: np.ndarray) -> _Predictive:
    t = len(y)
    steps = int(_steps(years, future)[-1])
    pick = (_steps(years, future) - 1).astype(int)
    with _quiet():
        result = _ets_model(y).fit(disp=False)
        prediction = result.get_prediction(start=t, end=t + steps - 1)
        mean = np.asarray(prediction.predicted_mean, dtype=float)[pick]

    def interval(level: float) -> tuple[np.ndarray, np.ndarray]:
        with _quiet():
            frame = prediction.summary_frame(alpha=_alpha(level))
        return (
            frame["pi_lower"].to_numpy(dtype=float)[pick],
            frame["pi_upper"].to_numpy(dtype=float)[pick],
        )

    return _Predictive(future, mean, interval, _simulator(result, steps, pick))


def _predict_loglinear(
    years: np.ndarray, y: np.ndarray, future: np.ndarray
) -> _Predictive:
    """OLS of log(y) on the (centred) year; works for irregular years."""
    centre = float(np.mean(years))
    design = sm.add_constant(years.astype(float) - centre, has_constant="add")
    new = sm.add_constant(future.astype(float) - centre, has_constant="add")
    with _quiet():
        result = sm.OLS(np.log(y), design).fit()
        prediction = result.get_prediction(new)
        log_mean = np.asarray(prediction.predicted_mean, dtype=float)

    def interval(level: float) -> tuple[np.ndarray, np.ndarray]:
        frame = prediction.summary_frame(alpha=_alpha(level))
        return (
            np.exp(frame["obs_ci_lower"].to_numpy(dtype=float)),
            np.exp(frame["obs_ci_upper"].to_numpy(dtype=float)),
        )

    def sample(n_paths: int, seed: int) -> np.ndarray:
        rng = np.random.default_rng(seed)
        params = np.asarray(result.params, dtype=float)
        cov = np.asarray(result.cov_params(), dtype=float)
        coefficients = rng.multivariate_normal(params, cov, size=n_paths)
        noise = rng.normal(0.0, np.sqrt(result.scale), size=(n_paths, len(future)))
        return np.exp(coefficients @ new.T + noise)

    return _Predictive(future, np.exp(log_mean), interval, sample)


def _aicc(result) -> float:
    """Small-sample corrected AIC: ``AIC + 2k(k+1) / (n - k - 1)`` with ``k`` estimated parameters."""
    k = len(result.params)
    n = int(result.nobs)
    if n - k - 1 <= 0:
        return math.inf
    return float(result.aic) + 2.0 * k * (k + 1) / (n - k - 1)


def _fit_arima(y: np.ndarray):
    """Fit every order of :data:`ARIMA_ORDERS` with drift; return (order, result) with the lowest AICc."""
    best = None
    with _quiet():
        for order in ARIMA_ORDERS:
            result = ARIMA(y, order=order, trend="t").fit()
            score = _aicc(result)
            if best is None or score < best[0] - _TIE_TOLERANCE:
                best = (score, order, result)
    if best is None or not math.isfinite(best[0]):
        raise ValueError("no ARIMA order could be fitted")
    return best[1], best[2]


def arima_order(series: pd.Series) -> tuple[int, int, int]:
    """The ARIMA order the ``arima`` method chooses for ``series`` (lowest AICc among :data:`ARIMA_ORDERS`)."""
    clean = _validated(series, "arima")
    return _fit_arima(clean.to_numpy(dtype=float))[0]


def _predict_arima(years: np.ndarray, y: np.ndarray, future: np.ndarray) -> _Predictive:
    steps = int(_steps(years, future)[-1])
    pick = (_steps(years, future) - 1).astype(int)
    _, result = _fit_arima(y)
    with _quiet():
        prediction = result.get_forecast(steps)
        mean = np.asarray(prediction.predicted_mean, dtype=float)[pick]

    def interval(level: float) -> tuple[np.ndarray, np.ndarray]:
        with _quiet():
            bounds = np.asarray(prediction.conf_int(alpha=_alpha(level)), dtype=float)
        return bounds[pick, 0], bounds[pick, 1]

    return _Predictive(future, mean, interval, _simulator(result, steps, pick))


_PREDICTORS: dict[str, Callable[[np.ndarray, np.ndarray, np.ndarray], _Predictive]] = {
    "mean": _predict_mean,
    "naive": _predict_naive,
    "drift": _predict_drift,
    "theta": _predict_theta,
    "ets": _predict_ets,
    "loglinear": _predict_loglinear,
    "arima": _predict_arima,
}


def _fit(clean: pd.Series, method: str, future: np.ndarray) -> _Predictive:
    """Fit ``method`` to an already validated series for ``future`` years."""
    years = clean.index.to_numpy(dtype=int)
    return _PREDICTORS[method](years, clean.to_numpy(dtype=float), future)


def _future_years(clean: pd.Series, horizon: int) -> np.ndarray:
    _check_horizon(horizon)
    last = int(clean.index[-1])
    return np.arange(last + 1, last + horizon + 1)


# ---------------------------------------------------------------------------
# Public forecasting API
# ---------------------------------------------------------------------------


def _interval_columns(levels: Iterable[float]) -> list[tuple[float, str, str]]:
    return [(lv, f"lo{lv:g}", f"hi{lv:g}") for lv in map(_check_level, levels)]


def forecast(
    series: pd.Series,
    method: str,
    horizon: int,
    levels: Sequence[float] = (80, 95),
) -> pd.DataFrame:
    """Point forecasts and prediction intervals for the next ``horizon`` years.

    Returns a frame indexed by the forecast years (last observed year + 1 to
    last observed year + ``horizon``) with column ``mean`` and, for each
    level, ``lo<level>`` and ``hi<level>`` (e.g. ``lo80, hi80, lo95, hi95``).
    """
    if method == COMBINATION:
        return _combined_forecast(series, horizon, levels)
    clean = _validated(series, method)
    future = _future_years(clean, horizon)
    predictive = _fit(clean, method, future)
    frame = pd.DataFrame({"mean": predictive.mean}, index=pd.Index(future, name="year"))
    for level, lo_name, hi_name in _interval_columns(levels):
        lo, hi = predictive.interval(level)
        frame[lo_name], frame[hi_name] = lo, hi
    return frame


def simulate_paths(
    series: pd.Series,
    method: str,
    horizon: int,
    n_paths: int = 5000,
    seed: int = SEED,
) -> pd.DataFrame:
    """Simulated future paths drawn from the method's predictive distribution.

    Returns ``n_paths`` rows (index ``path``) and one column per forecast year.

    * ``mean``: the historical mean plus one draw of its estimation error per
      path plus iid normal noise, so every year's marginal sd is
      ``s * sqrt(1 + 1/T)`` as in :func:`forecast`.
    * ``naive``: Gaussian random walk from the last value.
    * ``drift``: Gaussian random walk with the mean change as slope, plus one
      draw of the slope's estimation error per path, which reproduces
      ``sd_h = sigma * sqrt(h * (1 + h / (T - 1)))``.
    * ``theta``: Gaussian random walk centred on the theta point forecast whose
      sd at each horizon equals the sd implied by theta's intervals.
    * ``ets``: ``ETSResults.simulate(anchor="end")`` with a generator seeded
      by ``seed``.
    * ``combination``: the paths of every method in :func:`runnable_methods`,
      ``n_paths`` each, pooled (so each method has equal weight).
    * ``loglinear``: coefficients drawn once per path from the OLS estimate
      and its covariance, plus normal noise with the residual sd on the log
      scale, then ``exp``.
    * ``arima``: ``ARIMAResults.simulate(anchor="end")`` of the order chosen
      by AICc, with a generator seeded by ``seed``.

    The same ``seed`` gives identical output.
    """
    if not isinstance(n_paths, (int, np.integer)) or n_paths < 1:
        raise ValueError(f"n_paths must be a positive integer, got {n_paths!r}")
    if method == COMBINATION:
        members = runnable_methods(series)
        pooled = pd.concat([simulate_paths(series, m, horizon, n_paths, seed) for m in members], ignore_index=True)
        pooled.index.name = "path"
        return pooled
    clean = _validated(series, method)
    future = _future_years(clean, horizon)
    values = _fit(clean, method, future).sample(int(n_paths), int(seed))
    return pd.DataFrame(
        values,
        index=pd.RangeIndex(n_paths, name="path"),
        columns=pd.Index(future, name="year"),
    )


# ---------------------------------------------------------------------------
# Rolling-origin backtest
# ---------------------------------------------------------------------------

SCORE_COLUMNS: tuple[str, ...] = (
    "mase",
    "smape",
    "cover80",
    "cover95",
    "n_forecasts",
    "note",
)


def _skip_reason(clean: pd.Series, method: str, missing: list[int]) -> str | None:
    """Why ``method`` cannot be backtested on ``clean``, or None if it can."""
    if missing and method != "loglinear":
        return f"skipped: years not consecutive (missing {missing})"
    need = MIN_POINTS[method]
    if len(clean) < need + 1:
        return (
            f"skipped: needs {need} training points plus one to evaluate, "
            f"series has {len(clean)}"
        )
    if method == "loglinear" and (clean <= 0).any():
        return "skipped: needs strictly positive values"
    return None


def _first_origin(runnable: list[str], min_train: int | None, n_points: int) -> int:
    """Shared first training-window length for all runnable methods."""
    floor = DEFAULT_MIN_TRAIN if min_train is None else int(min_train)
    first = max([floor] + [MIN_POINTS[m] for m in runnable])
    if first > n_points - 1:
        raise ValueError(
            f"backtest needs at least {first} training points plus one to "
            f"evaluate, series has {n_points}"
        )
    return first


def _forecast_errors(
    clean: pd.Series, method: str, first: int, horizon: int
) -> pd.DataFrame:
    """One row per (origin, step): absolute error, sMAPE term, scale, hits."""
    records: list[dict[str, float]] = []
    for origin in range(first, len(clean)):
        train = clean.iloc[:origin]
        actual = clean.iloc[origin : origin + horizon].to_numpy(dtype=float)
        future = clean.index[origin : origin + horizon].to_numpy(dtype=int)
        predictive = _fit(train, method, future)
        scale = float(np.mean(np.abs(np.diff(train.to_numpy(dtype=float)))))
        bounds = {level: predictive.interval(level) for level in BACKTEST_LEVELS}
        for i, (y, f) in enumerate(zip(actual, predictive.mean)):
            record = {
                "abs_error": abs(y - f),
                "smape": _smape_term(y, f),
                "scale": scale,
            }
            for level, (lo, hi) in bounds.items():
                record[f"cover{level}"] = float(lo[i] <= y <= hi[i])
            records.append(record)
    return pd.DataFrame.from_records(records)


def _smape_term(y: float, f: float) -> float:
    """M4 sMAPE term ``200 |y - f| / (|y| + |f|)``; 0 when both are 0."""
    denominator = abs(y) + abs(f)
    return 0.0 if denominator == 0 else 200.0 * abs(y - f) / denominator


def _scores(errors: pd.DataFrame) -> dict[str, float | int | str]:
    """Aggregate per-forecast errors into MASE, sMAPE and coverage.

    Forecasts made from a constant training window (naive scale 0) carry no
    MASE information and are left out of the MASE mean.
    """
    scale = errors["scale"].where(errors["scale"] > 0)
    scaled = errors["abs_error"] / scale
    return {
        "mase": float(scaled.mean()) if scaled.notna().any() else np.nan,
        "smape": float(errors["smape"].mean()),
        "cover80": float(errors["cover80"].mean()),
        "cover95": float(errors["cover95"].mean()),
        "n_forecasts": int(len(errors)),
        "note": "",
    }


def _skipped(note: str) -> dict[str, float | int | str]:
    return {
        "mase": np.nan,
        "smape": np.nan,
        "cover80": np.nan,
        "cover95": np.nan,
        "n_forecasts": 0,
        "note": note,
    }


def _check_methods(methods: Iterable[str] | None) -> list[str]:
    chosen = list(METHODS if methods is None else methods)
    for method in chosen:
        _check_method(method)
    if not chosen:
        raise ValueError("no methods given")
    return chosen


def backtest(
    series: pd.Series,
    methods: Iterable[str] | None = None,
    horizon: int = 1,
    min_train: int | None = None,
) -> pd.DataFrame:
    """Rolling-origin (expanding window) evaluation of forecast methods.

    For every origin, each method is fitted to the observed points up to the
    origin and forecasts the next ``horizon`` points; forecasts are scored
    against the actuals that exist.  All methods share the same origins: the
    first training window has ``max(min_train, MIN_POINTS of every runnable
    method)`` points, with ``min_train`` defaulting to
    :data:`DEFAULT_MIN_TRAIN`.

    Scores (one row per method, index = method name):

    * ``mase``: mean of ``|y - f| / q`` where ``q`` is the mean absolute
      one-step change within that origin's training window (Hyndman &
      Koehler 2006); windows with ``q = 0`` are left out.
    * ``smape``: mean of ``200 |y - f| / (|y| + |f|)`` in percent (M4).
    * ``cover80``, ``cover95``: share of actuals inside the 80 % / 95 %
      prediction intervals.
    * ``n_forecasts``: number of scored forecasts.
    * ``note``: empty for evaluated methods; otherwise why the method was
      skipped or failed (its scores are then NaN and ``n_forecasts`` 0).

    For series with gaps only ``loglinear`` runs; origins are the observed
    years and ``horizon`` counts observed points, not calendar years.
    Raises ``ValueError`` if no requested method can run.
    """
    _check_horizon(horizon)
    chosen = _check_methods(methods)
    clean = _clean(series)
    missing = _missing_years(clean)
    reasons = {m: _skip_reason(clean, m, missing) for m in chosen}
    runnable = [m for m in chosen if reasons[m] is None]
    if not runnable:
        details = "; ".join(f"{m}: {reasons[m]}" for m in chosen)
        raise ValueError(f"no method can be backtested on this series ({details})")
    first = _first_origin(runnable, min_train, len(clean))
    rows = {}
    for method in chosen:
        if reasons[method] is not None:
            rows[method] = _skipped(str(reasons[method]))
            continue
        try:
            rows[method] = _scores(_forecast_errors(clean, method, first, horizon))
        except (ValueError, np.linalg.LinAlgError) as error:
            rows[method] = _skipped(f"failed: {type(error).__name__}: {error}")
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=list(SCORE_COLUMNS))
    frame.index.name = "method"
    return frame.astype({"n_forecasts": int})


def choose_method(scores: pd.DataFrame) -> str:
    """Method with the lowest MASE; ties go to the simpler method.

    Simplicity follows the order of :data:`METHODS`; methods with NaN MASE are
    never chosen.  Raises ``ValueError`` if no method has a finite MASE.
    """
    mase = pd.to_numeric(scores["mase"], errors="coerce")
    mase = mase[np.isfinite(mase)]
    if mase.empty:
        raise ValueError("no method has a finite MASE")
    best = float(mase.min())
    tied = mase.index[mase <= best + _TIE_TOLERANCE * max(1.0, abs(best))]
    rank = {name: i for i, name in enumerate(METHODS)}
    return str(min(tied, key=lambda name: (rank.get(name, len(METHODS)), str(name))))


def runnable_methods(series: pd.Series) -> list[str]:
    """The methods of :data:`METHODS` that can be fitted to ``series`` (length, gaps, sign)."""
    clean = _clean(series)
    missing = _missing_years(clean)
    out = []
    for method in METHODS:
        if len(clean) < MIN_POINTS[method] or (missing and method != "loglinear"):
            continue
        if method == "loglinear" and (clean <= 0).any():
            continue
        out.append(method)
    if not out:
        raise ValueError(f"no method can be fitted to a series of {len(clean)} points")
    return out


def select_method(scores: pd.DataFrame) -> str:
    """The method to report: :func:`choose_method`, unless the backtest is too thin to choose.

    If no method has at least :data:`MIN_BACKTEST_FORECASTS` scored forecasts, the backtest cannot tell the
    methods apart, and the equal-weight :data:`COMBINATION` of all methods that can run is reported instead
    (combining is the standard remedy when selection is unreliable).
    """
    mase = pd.to_numeric(scores["mase"], errors="coerce")
    scored = scores.loc[np.isfinite(mase), "n_forecasts"]
    if scored.empty:
        raise ValueError("no method has a finite MASE")
    if int(scored.max()) < MIN_BACKTEST_FORECASTS:
        return COMBINATION
    return choose_method(scores)


def _combined_forecast(series: pd.Series, horizon: int, levels: Sequence[float]) -> pd.DataFrame:
    """Mean of the members' point forecasts; intervals from the quantiles of the pooled simulated paths."""
    members = runnable_methods(series)
    means = pd.concat([forecast(series, m, horizon, levels)["mean"] for m in members], axis=1)
    paths = simulate_paths(series, COMBINATION, horizon)
    frame = pd.DataFrame({"mean": means.mean(axis=1)})
    for level, lo_name, hi_name in _interval_columns(levels):
        tail = (1 - level / 100) / 2
        frame[lo_name] = paths.quantile(tail).to_numpy()
        frame[hi_name] = paths.quantile(1 - tail).to_numpy()
    return frame


def interval_hits(fan: pd.DataFrame, outcome: pd.Series, levels: Sequence[float] = (80, 95)) -> dict[str, int]:
    """How many observed outcomes fell inside each prediction interval of a forecast (years in both only).

    Returns ``{"n": years compared, "inside80": ..., "inside95": ...}``.
    """
    years = [y for y in outcome.dropna().index if y in fan.index]
    actual = outcome.loc[years]
    hits = {"n": len(years)}
    for level, lo_name, hi_name in _interval_columns(levels):
        inside = (actual >= fan.loc[years, lo_name]) & (actual <= fan.loc[years, hi_name])
        hits[f"inside{level:g}"] = int(inside.sum())
    return hits


# ---------------------------------------------------------------------------
# Nested rolling-origin protocol
# ---------------------------------------------------------------------------
#
# Every candidate method forecasts one year ahead from every origin once (expanding window). A *rule* then turns
# these forecasts into the reported forecast for each year using only forecasts whose year lies before that year:
# the choice of method, the combination weights and any interval widening never see the year they forecast.

PROTOCOL_MEMBERS: tuple[str, ...] = ("naive", "drift", "theta", "ets")
"""Candidates of the protocol: the benchmarks of the M4 competition's spirit; the historical mean is left out."""

PROTOCOL_RULES: tuple[str, ...] = (
    "select", "combination", "combination_widened", "select_widened", "combination_calibrated"
)
"""Rules the protocol can follow (see :func:`nested_backtest`)."""

PROTOCOL_RULE: str = "combination_calibrated"
"""The rule the book uses: the one that scored best nested over the dense series (see :func:`protocol_comparison`)."""

PROTOCOL_WARMUP: int = 5
"""Earlier scored forecasts a rule needs before it is scored itself (its choice or widening rests on them)."""

PROTOCOL_DENSE: int = 15
"""A series is *dense* if it has at least this many consecutive annual points."""

NESTED_COLUMNS: tuple[str, ...] = (
    "year", "choice", "forecast", "actual", "scale", "scaled_error", "naive_scaled_error", "smape",
    "inside80", "inside95", "widening",
)


def _check_rule(rule: str) -> None:
    if rule not in PROTOCOL_RULES:
        raise ValueError(f"unknown protocol rule {rule!r}; choose one of {PROTOCOL_RULES}")


def _one_step_forecasts(clean: pd.Series, members: tuple[str, ...], first: int) -> pd.DataFrame:
    """One row per (year, method): one-year-ahead mean and Gaussian sd from the window before that year."""
    key = (tuple(int(y) for y in clean.index), tuple(float(v) for v in clean.to_numpy()), members, int(first))
    cached = _ONE_STEP_CACHE.get(key)
    if cached is not None:
        return cached.copy()
    z80 = _z(80)
    records = []
    for origin in range(first, len(clean)):
        train = clean.iloc[:origin]
        year = int(clean.index[origin])
        scale = float(np.mean(np.abs(np.diff(train.to_numpy(dtype=float)))))
        for method in members:
            predictive = _fit(train, method, np.array([year]))
            lo, hi = predictive.interval(80)
            records.append({
                "year": year, "method": method, "mean": float(predictive.mean[0]),
                "sd": float((hi[0] - lo[0]) / (2.0 * z80)), "actual": float(clean.iloc[origin]), "scale": scale,
            })
    table = pd.DataFrame.from_records(records, columns=["year", "method", "mean", "sd", "actual", "scale"])
    _ONE_STEP_CACHE[key] = table
    return table.copy()


_ONE_STEP_CACHE: dict[tuple, pd.DataFrame] = {}
"""In-process cache of :func:`_one_step_forecasts` (never written to disk)."""


def mixture_interval(means: Sequence[float], sds: Sequence[float], level: float) -> tuple[float, float]:
    """Central ``level`` % interval of an equal-weight mixture of normal distributions (exact, by root finding)."""
    from scipy.optimize import brentq

    m, s = np.asarray(means, dtype=float), np.maximum(np.asarray(sds, dtype=float), 1e-12)
    if len(m) == 0 or len(m) != len(s):
        raise ValueError("means and sds must be non-empty and of equal length")
    tail = (1.0 - _check_level(level) / 100.0) / 2.0
    width = float(np.max(s)) * 10.0
    lo_end, hi_end = float(np.min(m)) - width, float(np.max(m)) + width

    def cdf(x: float) -> float:
        return float(np.mean(stats.norm.cdf((x - m) / s)))

    return (
        float(brentq(lambda x: cdf(x) - tail, lo_end, hi_end)),
        float(brentq(lambda x: cdf(x) - (1.0 - tail), lo_end, hi_end)),
    )


def widening_factor(standardized_errors: Sequence[float], level: float = 80) -> float:
    """Factor (at least 1) by which intervals must widen so that past errors would have met ``level`` % coverage.

    ``standardized_errors`` are ``(actual - forecast) / sd`` of earlier forecasts. The factor is the empirical
    ``level`` % quantile of their absolute values, with the finite-sample (conformal) rank
    ``ceil((n + 1) level / 100)``, divided by the normal quantile; below 1 it is 1 (intervals are never narrowed).
    With fewer errors than that rank needs, the largest absolute error is used.
    """
    z = np.sort(np.abs(np.asarray(standardized_errors, dtype=float)))
    z = z[np.isfinite(z)]
    if len(z) == 0:
        return 1.0
    rank = min(len(z), math.ceil((len(z) + 1) * _check_level(level) / 100.0))
    return max(1.0, float(z[rank - 1]) / _z(level))


def calibration_factor(standardized_errors: Sequence[float], level: float = 80) -> float:
    """Factor that scales a Gaussian interval so that it would have held ``level`` % of past errors.

    The empirical ``level`` % quantile of the absolute ``standardized_errors`` (``(actual - forecast) / sd``)
    divided by the normal quantile: above 1 widens, below 1 narrows. 1 if there are no errors.
    """
    z = np.abs(np.asarray(standardized_errors, dtype=float))
    z = z[np.isfinite(z)]
    if len(z) == 0:
        return 1.0
    return float(np.quantile(z, _check_level(level) / 100.0)) / _z(level)


def _member_table(one_step: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.Series, pd.Series]:
    means = one_step.pivot(index="year", columns="method", values="mean")
    sds = one_step.pivot(index="year", columns="method", values="sd")
    first = one_step.drop_duplicates("year").set_index("year")
    return means, sds, first["actual"], first["scale"]


def nested_backtest(
    series: pd.Series,
    rule: str = PROTOCOL_RULE,
    members: Sequence[str] = PROTOCOL_MEMBERS,
    warmup: int = PROTOCOL_WARMUP,
    min_train: int | None = None,
) -> pd.DataFrame:
    """Out-of-sample one-year-ahead scores of a protocol rule, every decision made on earlier years only.

    Each member forecasts every year from the window before it (shared origins as in :func:`backtest`). For the
    year ``t`` the rule uses only the member forecasts of years before ``t``; it is scored from the first year with
    at least ``warmup`` earlier forecasts. Rules (:data:`PROTOCOL_RULES`):

    * ``select``: the member with the lowest mean scaled error on the earlier years (ties: the simpler), with its
      own Gaussian intervals;
    * ``combination``: the equal-weight mean of the members, intervals of the equal-weight mixture of their
      predictive normals;
    * ``combination_widened``: the combination, its mixture spread multiplied by :func:`widening_factor` of its
      earlier standardized errors (never narrowed);
    * ``select_widened``: ``select`` with its intervals widened in the same way;
    * ``combination_calibrated``: the combination, its spread at each level multiplied by
      :func:`calibration_factor` of its earlier standardized errors (wider or narrower).

    Returns one row per scored year (:data:`NESTED_COLUMNS`): the choice, forecast and actual, the naive scale of
    that window, the scaled errors of the rule and of the naive forecast on the same year, the sMAPE term, whether
    the 80 % / 95 % intervals held the actual (1.0/0.0), and the widening factor used. Raises ``ValueError`` if a
    member cannot run or no year can be scored.
    """
    _check_rule(rule)
    members = tuple(members)
    for method in members:
        _check_method(method)
    if "naive" not in members:
        raise ValueError("the protocol needs 'naive' among its members (it is the yardstick)")
    clean = _clean(series)
    missing = _missing_years(clean)
    reasons = {m: _skip_reason(clean, m, missing) for m in members}
    if any(reasons.values()):
        details = "; ".join(f"{m}: {r}" for m, r in reasons.items() if r)
        raise ValueError(f"the protocol cannot run on this series ({details})")
    first = _first_origin(list(members), min_train, len(clean))
    means, sds, actual, scale = _member_table(_one_step_forecasts(clean, members, first))
    years = list(means.index)
    z80, z95 = _z(80), _z(95)
    safe_scale = scale.where(scale > 0)
    scaled = means.sub(actual, axis=0).abs().div(safe_scale, axis=0)
    combo_mean = means[list(members)].mean(axis=1)
    combo_sd = pd.Series(
        [mixture_interval(means.loc[y, list(members)], sds.loc[y, list(members)], 80)
         for y in years], index=years,
    ).map(lambda b: (b[1] - b[0]) / (2.0 * z80))
    rank = {name: i for i, name in enumerate(METHODS)}
    records = []
    history_choice: dict[int, tuple[float, float]] = {}  # year -> (forecast, sd) of the rule, for widening
    for i, year in enumerate(years):
        if i < warmup:
            chosen_name = None
        earlier = years[:i]
        if rule.startswith("select"):
            past = scaled.loc[earlier, list(members)].mean() if earlier else pd.Series(dtype=float)
            if len(earlier) and past.notna().any():
                best = float(past.min())
                tied = [m for m in members if past[m] <= best + _TIE_TOLERANCE * max(1.0, abs(best))]
                choice = min(tied, key=lambda m: rank[m])
            else:
                choice = "naive"
            f, sd = float(means.loc[year, choice]), float(sds.loc[year, choice])
            if rule == "select_widened":
                z_past = [(actual[y] - means.loc[y, choice]) / sds.loc[y, choice] for y in earlier]
            else:
                z_past = []
        else:
            choice = COMBINATION
            f = float(combo_mean[year])
            sd = None
            z_past = [(actual[y] - combo_mean[y]) / combo_sd[y] for y in earlier] if rule != COMBINATION else []
        if rule == "combination_calibrated":
            factors = {level: calibration_factor(z_past, level) for level in BACKTEST_LEVELS}
        else:
            factors = dict.fromkeys(BACKTEST_LEVELS, widening_factor(z_past, 80) if z_past else 1.0)
        factor = factors[80]
        history_choice[year] = (f, sd)
        if i < warmup:
            continue
        y = float(actual[year])
        hits = {}
        for level, z in ((80, z80), (95, z95)):
            factor = factors[level]
            if choice == COMBINATION:
                lo, hi = mixture_interval(means.loc[year, list(members)], sds.loc[year, list(members)], level)
                lo, hi = f - factor * (f - lo), f + factor * (hi - f)
            else:
                lo, hi = f - factor * z * sd, f + factor * z * sd
            hits[f"inside{level}"] = float(lo <= y <= hi)
        q = float(safe_scale[year]) if pd.notna(safe_scale[year]) else np.nan
        records.append({
            "year": int(year), "choice": choice, "forecast": f, "actual": y, "scale": float(scale[year]),
            "scaled_error": abs(y - f) / q if q == q else np.nan,
            "naive_scaled_error": float(scaled.loc[year, "naive"]),
            "smape": _smape_term(y, f), **hits, "widening": factors[80],
        })
    if not records:
        raise ValueError(
            f"the protocol needs more than {warmup} one-step forecasts before it can be scored; "
            f"this series gives {len(years)}"
        )
    return pd.DataFrame.from_records(records, columns=list(NESTED_COLUMNS))


def dense_series(minimum: int = PROTOCOL_DENSE) -> dict[str, pd.Series]:
    """Every series in ``data/`` with at least ``minimum`` consecutive annual primary values, by name.

    Names are ``indicator / geography / definition``; each value is the longest consecutive run of the series.
    Where all series of one indicator and geography cover the same years and their definitions are parts of a
    whole (the gases of the UBA inventory), their sum is added as ``... / sum``.
    """
    from . import data

    observations = data.load_observations()
    annual = observations[(observations["status"] == "primary") & (observations["period"].str.len() == 4)]
    out: dict[str, pd.Series] = {}
    for (indicator, geography, definition), group in annual.groupby(
        ["indicator_id", "geography", "definition"], sort=True
    ):
        values = group.set_index("year")["value"].astype(float).sort_index()
        values.index = values.index.astype(int)
        run = _longest_run(values)
        if len(run) >= minimum:
            out[f"{indicator} / {geography} / {definition}"] = run
    gases = [name for name in out if name.startswith("climate_ghg_by_gas_t / Germany / uba_glid_")]
    if gases and all(out[g].index.equals(out[gases[0]].index) for g in gases):
        out["climate_ghg_by_gas_t / Germany / sum"] = sum(out[g] for g in gases)
    return dict(sorted(out.items()))


def _longest_run(values: pd.Series) -> pd.Series:
    """The longest run of consecutive years (the latest if several are equally long)."""
    years = values.index.to_numpy()
    best = (0, 0)
    start = 0
    for i in range(1, len(years) + 1):
        if i == len(years) or years[i] != years[i - 1] + 1:
            if i - start >= best[1] - best[0]:
                best = (start, i)
            start = i
    return values.iloc[best[0]:best[1]]


def protocol_record(
    rule: str = PROTOCOL_RULE, warmup: int = PROTOCOL_WARMUP, series: dict[str, pd.Series] | None = None
) -> dict:
    """Pool :func:`nested_backtest` of ``rule`` over every :func:`dense_series` of ``data/`` (or over ``series``).

    Returns ``mase_ratio`` (pooled MASE of the rule over the pooled MASE of the naive forecast on the same years),
    ``mase``, ``naive_mase``, ``cover80``, ``cover95`` (pooled shares of actuals inside the intervals), ``series``
    and ``forecasts`` (counts), ``meets_goal`` per series counted as ``series_meeting`` (ratio at most
    :data:`PROTOCOL_GOAL_RATIO` and 80 % coverage within :data:`PROTOCOL_GOAL_COVER80`), ``median_ratio``, and
    ``table``: one row per series with the same figures.
    """
    _check_rule(rule)
    rows, pooled = [], []
    for name, values in (dense_series() if series is None else series).items():
        scores = nested_backtest(values, rule, warmup=warmup)
        pooled.append(scores)
        rows.append({"series": name, **_pooled_figures(scores)})
    table = pd.DataFrame(rows).set_index("series")
    table["meets_goal"] = (table["mase_ratio"] <= PROTOCOL_GOAL_RATIO) & table["cover80"].between(*PROTOCOL_GOAL_COVER80)
    figures = _pooled_figures(pd.concat(pooled, ignore_index=True))
    return {
        "rule": rule, **figures, "series": len(table), "median_ratio": float(table["mase_ratio"].median()),
        "series_meeting": int(table["meets_goal"].sum()), "table": table,
    }


PROTOCOL_GOAL_RATIO: float = 0.95
"""Goal for the pooled MASE ratio to naive of the protocol."""

PROTOCOL_GOAL_COVER80: tuple[float, float] = (0.75, 0.85)
"""Goal band for the pooled coverage of the 80 % intervals."""


def _pooled_figures(scores: pd.DataFrame) -> dict:
    ok = scores["scaled_error"].notna() & scores["naive_scaled_error"].notna()
    mase, naive = float(scores.loc[ok, "scaled_error"].mean()), float(scores.loc[ok, "naive_scaled_error"].mean())
    return {
        "mase_ratio": mase / naive if naive > 0 else np.nan, "mase": mase, "naive_mase": naive,
        "cover80": float(scores["inside80"].mean()), "cover95": float(scores["inside95"].mean()),
        "forecasts": int(len(scores)),
    }


def protocol_comparison(rules: Sequence[str] = PROTOCOL_RULES) -> pd.DataFrame:
    """:func:`protocol_record` of every rule, one row each (ratio, coverages, counts, series meeting the goal)."""
    keys = ["mase_ratio", "median_ratio", "cover80", "cover95", "series", "forecasts", "series_meeting"]
    records = {r: protocol_record(r) for r in rules}
    return pd.DataFrame([{"rule": r, **{k: records[r][k] for k in keys}} for r in rules]).set_index("rule")


def gaussian_forecast(series: pd.Series, method: str, horizon: int) -> tuple[np.ndarray, np.ndarray] | None:
    """Mean vector and covariance matrix of the paths of ``method`` over the next ``horizon`` years, if Gaussian.

    Exact for the samplers of :func:`simulate_paths`: ``naive`` (``sigma^2 min(a, b)``), ``drift``
    (``sigma^2 (min(a, b) + a b / (T - 1))``) and ``theta`` (``sd_min(a, b)^2``, a random walk matching theta's
    interval widths). Returns None for other methods (their probabilities are simulated).
    """
    if method not in ("naive", "drift", "theta"):
        return None
    clean = _validated(series, method)
    future = _future_years(clean, horizon)
    y = clean.to_numpy(dtype=float)
    h = np.arange(1, horizon + 1, dtype=float)
    low = np.minimum.outer(h, h)
    if method == "naive":
        sigma2 = float(np.mean(np.diff(y) ** 2))
        return np.full(horizon, y[-1]), sigma2 * low
    if method == "drift":
        changes = np.diff(y)
        sigma2 = float(np.var(changes, ddof=1))
        return y[-1] + float(np.mean(changes)) * h, sigma2 * (low + np.multiply.outer(h, h) / (len(y) - 1))
    predictive = _fit(clean, method, future)
    lo, hi = predictive.interval(80)
    sd = (hi - lo) / (2.0 * _z(80))
    increments = np.maximum(np.diff(np.concatenate([[0.0], sd**2])), 0.0)
    cumulative = np.cumsum(increments)
    index = (low - 1).astype(int)
    return np.asarray(predictive.mean, dtype=float), cumulative[index]
