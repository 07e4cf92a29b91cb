import json
from datetime import date

import pandas as pd
import pytest

from analysis import DATA_DIR, pledges, plotting, timeline
from analysis.data import DataError

HEADER = ",".join(timeline.STEP_COLUMNS)
GOOD = "ch11-p05,decided,2020-12-17,Council decides,CDU-Fraktion,Motion,https://example.org/a,Begründung,2023-05-22,low"


def steps(*rows):
    return pd.DataFrame([dict(zip(("pledge_id", "step", "date"), r)) for r in rows],
                        columns=["pledge_id", "step", "date"])


def write(tmp_path, *lines):
    path = tmp_path / "steps.csv"
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def test_step_bounds_cover_the_period_a_date_may_mean():
    assert timeline.step_bounds("2021") == (date(2021, 1, 1), date(2021, 12, 31))
    assert timeline.step_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert timeline.step_bounds("2021-08-01") == (date(2021, 8, 1), date(2021, 8, 1))
    for bad in ("2021-13", "21", "2021-02-30", "Oct 2020"):
        with pytest.raises(ValueError):
            timeline.step_bounds(bad)


def test_step_dates_are_shown_as_precise_as_recorded():
    assert [timeline.format_step_date(d) for d in ("2021", "2020-10", "2020-12-17")] == [
        "2021", "Oct\u00a02020", "17\u00a0Dec\u00a02020"]
    with pytest.raises(ValueError):
        timeline.format_step_date("2020-00")


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ((("x", "proposed", "2020"), ("x", "decided", "2021"), ("x", "delivered", "2023-10")), "kept"),
        ((("x", "proposed", "2020"), ("x", "delivered in part", "2024-04-25")), "partly kept"),
        ((("x", "proposed", "2020"), ("x", "funded", "2022")), "in progress"),
        ((("x", "proposed", "2020"), ("x", "started", "2025-10-31")), "in progress"),
        ((("x", "proposed", "2020"),), "not started"),
        ((), "not assessable"),
        # a delivery after the end of the term does not count; the decision before it does
        ((("x", "decided", "2024-02"), ("x", "delivered", "2025-11-01")), "in progress"),
        # a date known only to the year counts only when the whole year lies in the term
        ((("x", "proposed", "2020"), ("x", "started", "2025")), "not started"),
        ((("x", "proposed", "2020"), ("x", "started", "2025-10")), "in progress"),
    ],
)
def test_status_follows_the_latest_step_reached_within_the_term(rows, expected):
    assert timeline.status_from_steps(steps(*rows)) == expected


def test_a_later_cut_off_date_counts_later_steps():
    trail = steps(("x", "decided", "2024-02"), ("x", "delivered", "2026-01"))
    assert timeline.status_from_steps(trail) == "in progress"
    assert timeline.status_from_steps(trail, by=date(2026, 12, 31)) == "kept"


def test_status_from_steps_refuses_several_pledges():
    with pytest.raises(ValueError, match="one pledge"):
        timeline.status_from_steps(steps(("a", "proposed", "2020"), ("b", "proposed", "2020")))


def test_check_statuses_names_the_pledge_that_disagrees():
    trail = steps(("ch01-p01", "delivered", "2021"), ("ch01-p02", "decided", "2021"))
    catalogue = pd.DataFrame({"pledge_id": ["ch01-p01", "ch01-p02"], "implementation_status": ["kept", "kept"]})
    with pytest.raises(AssertionError, match="ch01-p02: catalogue 'kept', steps give 'in progress'"):
        timeline.check_statuses(trail, catalogue)
    catalogue.loc[1, "implementation_status"] = "in progress"
    assert list(timeline.check_statuses(trail, catalogue)) == ["kept", "in progress"]


def test_loader_keeps_disagreeing_sources_as_two_rows(tmp_path):
    other = GOOD.replace("2020-12-17", "2020-10").replace("https://example.org/a", "https://example.org/b")
    loaded = timeline.load_steps(write(tmp_path, GOOD, other))
    assert list(loaded["date"]) == ["2020-12-17", "2020-10"]
    assert list(loaded["row"]) == [2, 3]


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        (GOOD.replace("decided", "approved"), "step 'approved' is not one of"),
        (GOOD.replace("2020-12-17", "17.12.2020"), "date '17.12.2020' is not YYYY"),
        (GOOD.replace("https://example.org/a", "example.org"), "missing source"),
        (GOOD.replace(",low", ",certain"), "confidence 'certain'"),
        (GOOD.replace("ch11-p05", "ch11-5"), "not of the form chNN-pMM"),
        (GOOD.replace("Council decides", ""), "what is empty"),
        (GOOD.replace("2023-05-22", "May 2023"), "published 'May 2023'"),
        (GOOD + ",extra", "11 fields, expected 10"),
    ],
)
def test_loader_refuses_a_bad_row_naming_file_and_row(tmp_path, line, problem):
    with pytest.raises(DataError, match=problem) as error:
        timeline.load_steps(write(tmp_path, GOOD, line))
    assert error.value.row == 3
    assert error.value.path.endswith("steps.csv")


def test_loader_refuses_a_step_of_an_unknown_pledge(tmp_path):
    with pytest.raises(DataError, match="not in the pledge catalogue"):
        timeline.load_steps(write(tmp_path, GOOD), pledge_ids=["ch10-p01"])


def test_committed_steps_agree_with_the_catalogue():
    catalogue = pledges.load_pledges()
    trail = timeline.load_steps(pledge_ids=catalogue["pledge_id"])
    assert len(trail) > 0
    timeline.check_statuses(trail, catalogue)


def test_schema_vocabulary_is_the_python_one():
    fields = {f["name"]: f for f in json.loads((DATA_DIR / "schemas" / "steps.json").read_text())["fields"]}
    assert tuple(fields) == timeline.STEP_COLUMNS
    assert fields["step"]["constraints"]["enum"] == list(timeline.STEPS)


def test_status_rule_names_every_status_it_gives():
    for status in ("kept", "partly kept", "in progress", "not started", "not assessable"):
        assert status in timeline.STATUS_RULE
    assert "31 October 2025" in timeline.STATUS_RULE


def test_timeline_chart_is_legible_on_a_phone_and_shows_the_steps():
    plotting.apply_style()
    trail = steps(("a", "proposed", "2020"), ("a", "decided", "2020-10"), ("a", "decided", "2020-12-17"),
                  ("a", "delivered", "2021-08-01"), ("b", "proposed", "2020"), ("b", "started", "2026-01"))
    labels = {"a": "Night mayor", "b": "Youth theatre"}
    ax = timeline.timeline_chart(trail, title="One kept, one not started in the term", source="Test",
                                 as_of="2025", labels=labels)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Youth theatre", "Night mayor"]
    legend = [t.get_text() for t in ax.figure.legends[0].get_texts()]
    assert legend[:4] == ["proposed", "decided", "started", "delivered"] and "end of the council term" in legend
    plotting.check_legible(ax.figure)
    frame = timeline.timeline_frame(trail, labels)
    assert list(frame["exact_day"]) == [False, False, True, True, False, False]
    bundle = plotting.render(ax, alt="Two pledges: the night mayor delivered in 2021, the theatre not started",
                             data=frame)
    assert "Night%20mayor" in bundle["text/html"]


def test_timeline_chart_needs_steps():
    with pytest.raises(ValueError, match="at least one step"):
        timeline.timeline_chart(steps(), title="t", source="s", as_of="2025")


def test_steps_table_shows_dates_as_recorded_and_links_the_source():
    trail = steps(("a", "decided", "2020-10"), ("a", "delivered", "2021-08-01"))
    trail["what"] = ["Council decides", "Post filled"]
    trail["source_url"] = ["https://www.example.org/a", "https://www.example.org/b"]
    trail["confidence"] = ["low", "high"]
    table = timeline.steps_table(trail, {"a": "Night mayor"})
    assert "Oct\u00a02020" in table.text and "1\u00a0Aug\u00a02021" in table.text and "Night mayor" in table.text
    assert 'href="https://www.example.org/b"' in table.data


def test_chapter_steps_and_status_counts():
    steps = timeline.load_steps()
    ten = timeline.chapter_steps(steps, 10)
    assert len(ten) and ten["pledge_id"].str.startswith("ch10-").all()
    assert len(ten) + len(timeline.chapter_steps(steps, 11)) == len(steps)  # the trail covers chapters 10 and 11
    counts = timeline.status_counts(pd.Series({"a": "kept", "b": "kept", "c": "not started"}))
    assert counts["n_kept"] == 2 and counts["n_not_started"] == 1 and counts["n_partly_kept"] == 0
    assert counts["n_trail"] == 3
