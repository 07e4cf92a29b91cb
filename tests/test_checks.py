"""Rules for claims, thin direction pledges and annual-cut targets."""

import math

import pandas as pd
import pytest

from analysis import checks


def series(values, start=2014):
    return pd.Series(values, index=range(start, start + len(values)), dtype=float)


def test_moved_every_year_needs_every_step_the_stated_way():
    falling = series([10, 9, 8, 7])
    assert checks.moved_every_year(falling, 2014, 2017, "decrease")
    assert not checks.moved_every_year(falling, 2014, 2017, "increase")
    bump = series([10, 9, 9.5, 7])
    assert not checks.moved_every_year(bump, 2014, 2017, "decrease")
    flat = series([10, 10])
    assert not checks.moved_every_year(flat, 2014, 2015, "decrease")


def test_moved_every_year_refuses_gaps_and_bad_windows():
    gappy = pd.Series([10.0, 8.0], index=[2012, 2014])
    with pytest.raises(ValueError, match=r"no value for \[2013\]"):
        checks.moved_every_year(gappy, 2012, 2014, "decrease")
    with pytest.raises(ValueError, match="must come after"):
        checks.moved_every_year(series([1, 2]), 2015, 2014, "decrease")
    with pytest.raises(ValueError, match="direction"):
        checks.moved_every_year(series([1, 2]), 2014, 2015, "down")


def test_claim_rating_counts_the_parts_that_hold():
    assert checks.claim_rating({"a": True, "b": True}) == "holds"
    assert checks.claim_rating({"a": True, "b": False}) == "partly holds"
    assert checks.claim_rating({"a": False, "b": False}) == "does not hold"
    with pytest.raises(ValueError):
        checks.claim_rating({})


def test_direction_floor_never_claims_a_clear_miss():
    assert checks.direction_floor(187, 150, "decrease") == "met"
    assert checks.direction_floor(187, 295, "decrease") == "missed"
    assert checks.direction_floor(187, 187, "decrease") == "missed"
    assert checks.direction_floor(10, 12, "increase") == "met"


def test_annual_cut_readings_show_the_five_percent_contradiction():
    r = checks.annual_cut_readings(0.05, 10, 0.5)
    assert r["compound_left"] == pytest.approx(0.95**10)
    assert round(r["compound_left"], 3) == 0.599  # ten compound cuts leave about 60 %, not half
    assert r["linear_left"] == pytest.approx(0.5)  # ten cuts of 5 points of the start level halve it
    assert r["required_compound"] == pytest.approx(1 - 0.5 ** 0.1)
    assert round(r["required_compound"] * 100, 1) == 6.7
    assert r["required_linear"] == pytest.approx(0.05)
    assert checks.annual_cut_readings(0.2, 10, 0.5)["linear_left"] == 0.0
    for bad in ({"rate": 0}, {"cuts": 0}, {"target_share": 1}):
        args = {"rate": 0.05, "cuts": 10, "target_share": 0.5} | bad
        with pytest.raises(ValueError):
            checks.annual_cut_readings(**args)


def test_annual_cut_paths_start_at_100_and_end_where_the_readings_say():
    paths = checks.annual_cut_paths(0.05, 2020, 2030, 0.5)
    assert len(paths) == 3
    ends = [round(p.loc[2030], 6) for p in paths.values()]
    assert all(p.loc[2020] == 100 for p in paths.values())
    assert ends[0] == round(100 * 0.95**10, 6)
    assert ends[1] == 50
    assert math.isclose(ends[2], 50, rel_tol=1e-9)
    assert "6.7 %" in list(paths)[2]
