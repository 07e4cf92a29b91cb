"""Publication dates, the election-day vintage, confidence shares and rating changes."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from analysis import data, pledges, provenance
from analysis.data import DataError, load_series


def frame(rows: list[dict]) -> pd.DataFrame:
    base = {"indicator_id": "x", "geography": "Dortmund", "definition": "d", "qualifier": "", "unit": "persons",
            "note": "", "source_publisher": "P", "source_title": "T", "source_url": "https://example.org/",
            "locator": "l", "retrieved": "2026-12-02", "undated_reason": "", "confidence": "high", "file": "f.csv"}
    out = []
    for i, row in enumerate(rows, start=2):
        rec = {**base, "row": i, **row}
        rec["period"] = str(rec["year"])
        out.append(rec)
    return pd.DataFrame(out)


def write_topic(data_dir: Path, rows: list[dict]) -> None:
    """Add an indicator ``vintage_test`` and its rows as a new topic file of a copied data folder."""
    with (data_dir / "indicators.csv").open("a", encoding="utf-8", newline="") as handle:
        handle.write("vintage_test,Vintage test,persons,A series for the tests of the election-day vintage.\n")
    path = data_dir / "observations" / "zz_test.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=data.OBSERVATION_COLUMNS, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            base = {"indicator_id": "vintage_test", "geography": "Dortmund", "definition": "d", "qualifier": "",
                    "unit": "persons", "note": "", "source_publisher": "P", "source_title": "T",
                    "source_url": "https://example.org/", "locator": "l", "retrieved": "2026-12-02",
                    "undated_reason": "", "confidence": "high", "status": "primary"}
            rec = {**base, **row}
            if not rec["published"]:
                rec["undated_reason"] = "no date on the page"
            writer.writerow(rec)


ROWS = [
    {"period": "2017", "value": "10", "published": "2018-01-15"},
    {"period": "2018", "value": "11", "published": "2019-01-15", "status": "alternative"},  # first release
    {"period": "2018", "value": "12", "published": "2021-03"},  # revised later: today's primary
    {"period": "2019", "value": "13", "published": "2020"},  # known only to the year: not by 13 Sep 2020
    {"period": "2016", "value": "9", "published": ""},  # undated: never in a vintage
    {"period": "2020", "value": "14", "published": "2021-01-10"},
]


def test_as_known_on_takes_first_releases_and_leaves_later_ones_out(data_copy):
    write_topic(data_copy, ROWS)
    today = load_series("vintage_test", data_dir=data_copy)
    then = load_series("vintage_test", data_dir=data_copy, as_known_on="2020-09-13")
    assert dict(today.values) == {2016: 9, 2017: 10, 2018: 12, 2019: 13, 2020: 14}
    assert dict(then.values) == {2017: 10, 2018: 11}
    assert then.known_on == "2020-09-13" and then.key.endswith("@2020-09-13")
    later = load_series("vintage_test", data_dir=data_copy, as_known_on="2021-12-31")
    assert dict(later.values) == {2017: 10, 2018: 12, 2019: 13, 2020: 14}
    table = data.revisions(today, then)
    assert list(table["year"]) == [2016, 2018]
    row = table.set_index("year").loc[2018]
    assert row["value_then"] == 11 and row["value_today"] == 12 and row["change"] == 1
    assert pd.isna(table.set_index("year").loc[2016, "value_then"])


def test_as_known_on_refuses_a_bad_day_and_an_empty_vintage(data_copy):
    write_topic(data_copy, ROWS)
    with pytest.raises(ValueError, match="as_known_on '13.09.2020' is not YYYY-MM-DD"):
        load_series("vintage_test", data_dir=data_copy, as_known_on="13.09.2020")
    with pytest.raises(DataError, match="no value was published by 2010-01-01"):
        load_series("vintage_test", data_dir=data_copy, as_known_on="2010-01-01")


def test_a_tie_on_the_publication_day_takes_the_primary_row(data_copy):
    write_topic(data_copy, [
        {"period": "2018", "value": "11", "published": "2019-01-15", "status": "alternative"},
        {"period": "2018", "value": "12", "published": "2019-01-15"},
    ])
    then = load_series("vintage_test", data_dir=data_copy, as_known_on="2020-09-13")
    assert dict(then.values) == {2018: 12}


def test_confidence_mix_in_words():
    assert data.confidence_mix(frame([{"year": 2019, "confidence": "high"}] * 3)) == "All 3 values official."
    assert data.confidence_mix(frame([{"year": 2019, "confidence": "medium"}])) == "Its one value is press-reported."
    mixed = frame([{"year": 2019, "confidence": c} for c in ("low", "high", "medium", "medium")])
    assert data.confidence_mix(mixed) == "Values: 1 of 4 official, 2 press-reported, 1 from secondary sites."


def test_source_line_names_the_mix_and_the_series():
    s = data.series_loader()("housing_completions_dwellings", definition="incl_conversions")
    line = s.source_line()
    assert line.endswith(s.confidence_mix()) and line.series == (s.key,)
    joined = line + "; permits: city"
    assert joined.series == (s.key,) and str(joined).endswith("; permits: city")


def test_confidence_table_and_high_share():
    figures = frame([{"year": 2019, "confidence": "high", "row": 2}, {"year": 2020, "confidence": "medium", "row": 3}])
    figures = pd.concat([figures.assign(chapter=1), figures.iloc[:1].assign(chapter=2)], ignore_index=True)
    table = provenance.confidence_table(figures).set_index("chapter")
    assert table.loc["1", "official"] == 50 and table.loc["2", "official"] == 100
    assert table.loc["All chapters", "figures"] == 2
    assert provenance.high_share(figures) == 0.5


def test_latest_publication_compares_by_last_day():
    obs = frame([{"year": 2019, "published": "2026"}, {"year": 2019, "published": "2026-03-02"}])
    assert provenance.latest_publication(obs) == "2026"
    assert provenance.latest_publication(obs, pd.Series(["2026-12-01"])) == "2026"
    obs = frame([{"year": 2019, "published": "2025-12"}, {"year": 2019, "published": "2025-11-30"}])
    assert provenance.latest_publication(obs) == "2025-12"
    with pytest.raises(ValueError, match="no publication date"):
        provenance.latest_publication(frame([{"year": 2019, "published": ""}]))


def test_rating_changes_are_checked_against_the_catalogue(tmp_path):
    catalogue = pledges.load_pledges()
    row = catalogue.iloc[0]
    path = tmp_path / "rating_changes.csv"
    good = f"{row.pledge_id},outcome,something else,{row.outcome},A new figure.\n"
    path.write_text(",".join(provenance.CHANGE_COLUMNS) + "\n" + good, encoding="utf-8")
    assert len(provenance.load_rating_changes(path, catalogue=catalogue)) == 1
    bad = f"{row.pledge_id},outcome,x,not the rating,A new figure.\n"
    path.write_text(",".join(provenance.CHANGE_COLUMNS) + "\n" + bad, encoding="utf-8")
    with pytest.raises(DataError, match="row 2: after 'not the rating' but data/pledges.csv rates"):
        provenance.load_rating_changes(path, catalogue=catalogue)
    path.write_text(",".join(provenance.CHANGE_COLUMNS) + "\n" + f"{row.pledge_id},mood,a,b,c\n", encoding="utf-8")
    with pytest.raises(DataError, match="rating 'mood' is not one of"):
        provenance.load_rating_changes(path, catalogue=catalogue)


def test_searches_must_name_a_real_series(tmp_path):
    path = tmp_path / "source_searches.csv"
    path.write_text(",".join(provenance.SEARCH_COLUMNS) + "\nno_such,Dortmund,x,site,none,\n", encoding="utf-8")
    with pytest.raises(DataError, match="row 2: no series no_such/Dortmund/x"):
        provenance.load_searches(path)


def test_the_committed_files_load():
    provenance.load_searches()
    provenance.load_rating_changes()


def test_publication_dates_do_not_fall_below_the_recorded_share():
    obs = data.load_observations()
    share = provenance.dated_share(obs)
    assert share >= provenance.DATED_FLOOR, f"only {share:.1%} of rows are dated (recorded: {provenance.DATED_FLOOR:.0%})"
    assert (obs.loc[obs["published"] == "", "undated_reason"].str.strip() != "").all()
    grouped = provenance.undated_by_source(obs)
    assert int(grouped["n"].sum()) == int((obs["published"] == "").sum())


def test_series_ends_say_why_a_series_stops_before_the_end_of_the_term():
    obs = frame([{"year": 2019, "status": "primary"}, {"year": 2023, "status": "primary"},
                 {"year": 2025, "status": "alternative"},
                 {"year": 2025, "status": "primary", "indicator_id": "y"}])
    catalogue = pd.DataFrame([{"indicator_id": "x", "geography": "", "definition": "d", "chapter": 3},
                              {"indicator_id": "y", "geography": "", "definition": "d", "chapter": 3}])
    empty = pd.DataFrame(columns=list(provenance.SEARCH_COLUMNS))
    ends = provenance.series_ends(catalogue, obs, empty, term_end=2025)
    mine = ends[ends["indicator_id"].isin(["x", "y"])]
    # y reaches 2025; x stops in 2023 (an alternative row for 2025 does not count) and nothing says why yet
    assert mine[["indicator_id", "latest", "reason"]].values.tolist() == [["x", 2023, ""]]
    searched = pd.DataFrame([{"indicator_id": "x", "geography": "Dortmund", "definition": "d", "searched": "s",
                              "result": "No official page.", "later": ""}])
    assert provenance.series_ends(catalogue, obs, searched, term_end=2025).set_index("indicator_id").at["x", "reason"] \
        == "No official page."
    searched["later"] = "No figure after 2023 was found."
    ends = provenance.series_ends(catalogue, obs, searched, term_end=2025)
    assert ends.set_index("indicator_id").at["x", "reason"] == "No figure after 2023 was found."
    assert provenance.series_ends(catalogue, obs, searched, term_end=2023).query("indicator_id == 'x'").empty


def test_every_verdict_series_that_stops_early_says_why():
    ends = provenance.series_ends(pledges.load_pledges())
    missing = ends[ends["reason"].str.strip() == ""]
    assert missing.empty, "no reason recorded in data/source_searches.csv for: " + ", ".join(
        f"{r.indicator_id}/{r.geography}/{r.definition} (latest {r.latest})" for r in missing.itertuples())
