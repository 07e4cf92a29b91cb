"""Robustness of a rating across readings."""

import pandas as pd
import pytest

from analysis import robustness


def test_same_rating_under_every_reading_is_robust():
    result = robustness.assess({"from 2019": "missed", "from 2020": "missed"}, main="from 2019")
    assert result.label == "robust"
    assert result.note == ""
    assert result.differing == {}


def test_a_differing_reading_is_named_and_the_main_comes_first():
    result = robustness.assess({"from 2021": "met", "from 2019": "missed", "from 2020": "missed"}, main="from 2019")
    assert result.label == "depends on reading"
    assert result.rating == "missed"
    assert result.note == "from 2021: met"
    table = result.table()
    assert list(table["reading"]) == ["from 2019", "from 2021", "from 2020"]
    assert list(table["changes the rating"]) == [False, True, False]


def test_one_reading_is_not_a_robustness_check():
    with pytest.raises(ValueError, match="at least one alternative"):
        robustness.assess({"from 2019": "missed"}, main="from 2019")
    with pytest.raises(KeyError, match="main reading"):
        robustness.assess({"a": "met", "b": "met"}, main="c")


def catalogue(label, note=""):
    return pd.DataFrame([{"pledge_id": "ch02-p08", "verdict_robustness": label, "robustness_note": note}])


def test_check_agrees_or_fails_naming_the_pledge():
    result = robustness.assess({"from 2019": "missed", "from 2021": "met"}, main="from 2019")
    assert robustness.check("ch02-p08", result, catalogue("depends on reading", "from 2021: met")) is result
    with pytest.raises(AssertionError, match="'robust' for ch02-p08, the analysis derives 'depends on reading'"):
        robustness.check("ch02-p08", result, catalogue("robust"))
    with pytest.raises(AssertionError, match="does not name the reading"):
        robustness.check("ch02-p08", result, catalogue("depends on reading", "another base year"))
    with pytest.raises(KeyError):
        robustness.check("ch09-p01", result, catalogue("robust"))
