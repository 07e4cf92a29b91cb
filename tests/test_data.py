"""The loader returns clean series from the real data and refuses bad input, naming file, row and problem."""

import csv
from pathlib import Path

import pandas as pd
import pytest

from analysis.data import DataError, alternatives, load_observations, load_series, read_indicators, series_loader

TOPIC = "observations/housing_population.csv"


def rewrite(path: Path, change) -> None:
    """Apply ``change(rows)`` to the CSV's rows (header first) and write it back."""
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    change(rows)
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)


def col(name: str) -> int:
    from analysis.data import OBSERVATION_COLUMNS

    return OBSERVATION_COLUMNS.index(name)


# --- the real data -----------------------------------------------------------------------------------------------


def test_real_data_loads_every_row_of_every_file():
    from analysis.data import observation_files

    obs = load_observations()
    for path in observation_files():
        with path.open(encoding="utf-8", newline="") as handle:
            lines = len(list(csv.reader(handle)))
        rows = obs[obs["file"] == f"data/observations/{path.name}"]["row"]
        assert sorted(rows) == list(range(2, lines + 1)), f"{path.name}: rows dropped or invented by the loader"
    assert obs["value"].dtype == "float64" and obs["year"].dtype == "int64"


def test_every_declared_indicator_is_used():
    obs = load_observations()
    unused = set(read_indicators().index) - set(obs["indicator_id"])
    assert not unused, f"indicators declared but without observations: {sorted(unused)}"


def test_load_series_is_typed_sorted_and_carries_sources():
    s = load_series("housing_completions_dwellings", "Dortmund", "incl_conversions")
    assert s.values.dtype == "float64"
    assert s.values.index.is_monotonic_increasing and s.values.index.is_unique
    assert s.values.loc[2022] == 2121.0
    assert s.unit == "dwellings"
    assert len(s.rows) == len(s.values)
    assert s.source_line().startswith("Source: ")
    assert s.as_of.startswith("2023")


def test_series_of_different_definitions_are_never_mixed():
    with pytest.raises(DataError, match="several definitions"):
        load_series("population_official_itnrw", "Dortmund")
    old = load_series("population_official_itnrw", "Dortmund", "itnrw_census2011_basis")
    assert old.values.index.min() >= 2011


def test_alternative_values_are_kept_apart_from_the_series():
    s = load_series("housing_completions_dwellings", "Dortmund", "incl_conversions")
    alt = alternatives("housing_completions_dwellings", "Dortmund")
    assert not alt.empty
    # the series holds the primary value, the alternative table the other source's value
    assert set(alt["value"]) - set(s.values.values)
    assert (alt["value_primary"] == s.values.loc[pd.to_numeric(alt["period"].str[:4])].to_numpy()).all()
    everything = alternatives()
    assert len(everything) > len(alt) and set(everything["indicator_id"]) > {"housing_completions_dwellings"}


def test_gaps_stay_gaps():
    s = load_series("housing_completions_dwellings", "Dortmund", "incl_conversions")
    assert 2010 not in s.values.index  # no source for 2010: not filled
    assert not s.consecutive()


# --- bad input ---------------------------------------------------------------------------------------------------


def test_unknown_indicator_names_file_and_row(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[1].__setitem__(col("indicator_id"), "housing_completions_dwelling"))
    with pytest.raises(DataError, match=r"housing_population\.csv, row 2: unknown indicator .*did you mean"):
        load_observations(data_copy)


def test_unknown_indicator_requested():
    with pytest.raises(DataError, match="unknown indicator 'no_such_thing'"):
        load_series("no_such_thing")


def test_duplicate_period(data_copy):
    def duplicate(rows):
        first = next(r for r in rows[1:] if r[col("status")] == "primary")
        rows.append(list(first))

    rewrite(data_copy / TOPIC, duplicate)
    with pytest.raises(DataError, match="duplicate period: .* two primary values"):
        load_observations(data_copy)


def test_non_numeric_value(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[3].__setitem__(col("value"), "1.234,5"))
    with pytest.raises(DataError, match=r"row 4: value '1\.234,5' is not a number"):
        load_observations(data_copy)


def test_missing_source(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[5].__setitem__(col("source_url"), ""))
    with pytest.raises(DataError, match="row 6: missing source: source_url is empty"):
        load_observations(data_copy)


def test_source_url_must_be_a_web_address(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[5].__setitem__(col("source_url"), "see report"))
    with pytest.raises(DataError, match="row 6: missing source: source_url 'see report'"):
        load_observations(data_copy)


def test_mixed_units(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[2].__setitem__(col("unit"), "thousand persons"))
    with pytest.raises(DataError, match="row 3: mixed units: 'thousand persons'"):
        load_observations(data_copy)


def test_bad_period(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[2].__setitem__(col("period"), "end of 1980s"))
    with pytest.raises(DataError, match="row 3: period 'end of 1980s' is not YYYY or YYYY-MM-DD"):
        load_observations(data_copy)


def test_bad_status(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[2].__setitem__(col("status"), "preferred"))
    with pytest.raises(DataError, match=r"row 3: status 'preferred' is not one of \['primary', 'alternative'\]"):
        load_observations(data_copy)


def test_bad_confidence(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[4].__setitem__(col("confidence"), "certain"))
    with pytest.raises(DataError, match=r"row 5: confidence 'certain' is not one of \['high', 'medium', 'low'\]"):
        load_observations(data_copy)


def test_bad_header(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[0].__setitem__(col("locator"), "where"))
    with pytest.raises(DataError, match=r"row 1: bad header: missing \['locator'\]; unexpected \['where'\]"):
        load_observations(data_copy)


def test_short_row(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[4].pop())
    with pytest.raises(DataError, match="row 5: 16 fields, expected 17"):
        load_observations(data_copy)


def test_indicator_declared_twice(data_copy):
    rewrite(data_copy / "indicators.csv", lambda rows: rows.append(list(rows[1])))
    with pytest.raises(DataError, match="indicators.csv, row .*declared twice"):
        load_observations(data_copy)


def test_errors_are_value_errors_with_location():
    err = DataError("data/x.csv", 7, "value 'a' is not a number")
    assert isinstance(err, ValueError)
    assert str(err) == "data/x.csv, row 7: value 'a' is not a number"
    assert (err.path, err.row) == ("data/x.csv", 7)


def test_series_between_keeps_only_observed_years():
    s = load_series("housing_completions_dwellings", "Dortmund", "incl_conversions")
    window = s.between(2019, 2023)
    assert list(window.index) == [2019, 2020, 2021, 2022, 2023]
    assert window.loc[2022] == 2121.0
    assert list(s.between(2005, 2015).index) == [2005, 2006, 2015]  # no source for 2007-2013: not filled
    approx = load_series("housing_completions_dwellings", "Dortmund", "incl_conversions_approx")
    assert list(approx.values.index) == [2014]  # the approximate figure is a series of its own, never chained


def test_sources_line_of_several_series_is_short_and_counts_the_rest():
    a = load_series("housing_completions_dwellings", "Dortmund", "incl_conversions")
    b = load_series("housing_permits_dwellings", "Dortmund", "incl_conversions")
    from analysis.data import latest_period, sources_line

    line = sources_line(a, b, most=2)
    assert line.startswith("Source: ") and line.count(";") >= 2 and "more (sources of each value" in line
    assert "(" not in line.split(";")[0]  # parenthetical detail dropped
    assert latest_period(a, b) == max(a.as_of, b.as_of)


def test_series_loader_binds_one_table_and_keeps_the_loader_checks() -> None:
    obs = load_observations()
    series = series_loader(obs)
    direct = load_series("housing_completions_dwellings", "Dortmund", "incl_conversions", observations=obs)
    bound = series("housing_completions_dwellings", definition="incl_conversions")
    pd.testing.assert_series_equal(bound.values, direct.values)
    assert bound.geography == "Dortmund"
    few = obs[obs["indicator_id"] != "housing_completions_dwellings"]
    with pytest.raises(DataError, match="no 'housing_completions_dwellings' values"):
        series_loader(few)("housing_completions_dwellings", definition="incl_conversions")


def test_bad_qualifier_and_published_date(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[2].__setitem__(col("qualifier"), "über"))
    with pytest.raises(DataError, match=r"row 3: qualifier 'über' is not one of \['over', 'at least', 'under', 'at most'\]"):
        load_observations(data_copy)
    rewrite(data_copy / TOPIC, lambda rows: rows[2].__setitem__(col("qualifier"), ""))
    rewrite(data_copy / TOPIC, lambda rows: rows[3].__setitem__(col("published"), "2021-13"))
    with pytest.raises(DataError, match="row 4: published '2021-13' is not YYYY, YYYY-MM or YYYY-MM-DD"):
        load_observations(data_copy)


def test_a_published_bound_stays_a_bound(data_copy):
    """A value published as "über ..." is returned as a bound, never as the figure of its year."""
    series = load_series("housing_completions_dwellings", definition="incl_conversions", data_dir=data_copy)
    year = int(series.values.index[-1])
    line = int(series.rows.loc[series.rows["year"] == year, "row"].iloc[0])
    rewrite(data_copy / TOPIC, lambda rows: rows[line - 1].__setitem__(col("qualifier"), "over"))
    bounded = load_series("housing_completions_dwellings", definition="incl_conversions", data_dir=data_copy)
    assert year not in bounded.values.index
    assert list(bounded.bounds["year"]) == [year]
    assert bounded.bound_text(year).startswith("over ")
    assert "\u202f" in bounded.bound_text(year)
    with pytest.raises(KeyError, match="no published bound"):
        bounded.bound_text(year - 1)


def test_published_later_than_retrieved_is_refused(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: (rows[3].__setitem__(col("published"), "2030-01"),
                                             rows[3].__setitem__(col("undated_reason"), "")))
    with pytest.raises(DataError, match="row 4: published '2030-01' is later than retrieved"):
        load_observations(data_copy)


def test_retrieved_must_be_a_day(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: rows[3].__setitem__(col("retrieved"), "2026-12"))
    with pytest.raises(DataError, match="row 4: retrieved '2026-12' is not YYYY-MM-DD"):
        load_observations(data_copy)


def test_an_undated_row_must_say_why(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: (rows[3].__setitem__(col("published"), ""),
                                             rows[3].__setitem__(col("undated_reason"), "")))
    with pytest.raises(DataError, match="row 4: published is empty and undated_reason does not say why"):
        load_observations(data_copy)


def test_a_dated_row_has_no_undated_reason(data_copy):
    rewrite(data_copy / TOPIC, lambda rows: (rows[3].__setitem__(col("published"), "2020"),
                                             rows[3].__setitem__(col("undated_reason"), "no date")))
    with pytest.raises(DataError, match="row 4: undated_reason is set although published is given"):
        load_observations(data_copy)


def test_published_range_and_known_by():
    from analysis.data import known_by, published_range

    assert published_range("2020") == ("2020-01-01", "2020-12-31")
    assert published_range("2020-02") == ("2020-02-01", "2020-02-29")
    assert published_range("2019-12-17") == ("2019-12-17", "2019-12-17")
    assert known_by("2020-09-13", "2020-09-13") and known_by("2020-08", "2020-09-13")
    assert not known_by("2020-09", "2020-09-13") and not known_by("2020", "2020-09-13") and not known_by("", "2020-09-13")
    with pytest.raises(ValueError, match="is not YYYY"):
        published_range("13.09.2020")
