"""The second reading of the programme and its agreement with the catalogue (analysis.agreement)."""

import json
import os
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import DATA_DIR, ROOT, agreement
from analysis.feasibility import IMPLEMENTATION_SCALE

PROGRAMME = Path(os.environ.get("PROGRAMME_SOURCES", ROOT.parent / "shared" / "sources")) / "programme_spd_dortmund_2020.md"
"""The programme text: beside the checkout, or where ``PROGRAMME_SOURCES`` points (as for the quote test)."""

SYNTHETIC = """TITLE PAGE

# BESSER WERDEN. DORTMUND BLEIBEN.

Intro text before any chapter. It is left out.

# 1. ERSTES KAPITEL

Wir bauen 2.000 Wohnungen pro Jahr. Das ist z. B. ein Ziel bzw. ein Plan!

### Eine Überschrift

„Da gehe ich lieber nicht lang ...“ Diesen Gedanken kennen viele. Wir wollen die Bürger\\*innen fragen, was

nicht geht.

## 2. ZWEITES KAPITEL

Der CO<sub>2</sub>-Ausstoß sinkt um 55 Prozent. Mehr geht immer.

**DORTMUND IST AUF DEM RICHTIGEN WEG.**

 mail@example.org
"""


def test_split_sentences_keeps_abbreviations_and_quotes_together():
    assert agreement.split_sentences("Das ist z. B. ein Ziel bzw. ein Plan. Dann kommt Nr. 1. Ende!") == [
        "Das ist z. B. ein Ziel bzw. ein Plan.", "Dann kommt Nr. 1.", "Ende!"]
    assert agreement.split_sentences("„Lieber nicht ...“ Diesen Satz kennen viele.") == [
        "„Lieber nicht ...“", "Diesen Satz kennen viele."]
    assert agreement.split_sentences("Zahl 2.000 bleibt. und klein geht weiter.") == [
        "Zahl 2.000 bleibt. und klein geht weiter."]


def test_programme_sentences_numbers_sentences_within_chapters():
    rows = agreement.programme_sentences(SYNTHETIC)
    assert [(r["chapter"], r["sentence"]) for r in rows] == [(1, 1), (1, 2), (1, 3), (1, 4), (1, 5), (2, 1), (2, 2)]
    texts = [r["text"] for r in rows]
    assert texts[1] == "Das ist z. B. ein Ziel bzw. ein Plan!"
    assert texts[4] == "Wir wollen die Bürger*innen fragen, was nicht geht."  # joined across the page break
    assert texts[5] == "Der CO2-Ausstoß sinkt um 55 Prozent."
    assert not any("Intro" in t or "DORTMUND IST" in t or "Überschrift" in t for t in texts)


def test_programme_sentences_refuses_a_text_ending_inside_a_sentence():
    with pytest.raises(ValueError, match="ends inside a sentence"):
        agreement.programme_sentences("# 1. KAPITEL\n\nEin Satz ohne Ende")


def test_committed_reading_has_every_sentence_of_the_programme_verbatim():
    if not PROGRAMME.exists():
        reason = f"programme text not found ({PROGRAMME}); set PROGRAMME_SOURCES to its folder"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(reason)
        pytest.skip(reason)
    reading = agreement.load_reading()
    source = pd.DataFrame(agreement.read_programme(PROGRAMME))
    assert list(zip(reading["chapter"], reading["sentence"], reading["text"])) == list(
        zip(source["chapter"], source["sentence"], source["text"]))


def write(tmp_path, name, frame):
    path = tmp_path / name
    frame.to_csv(path, index=False, lineterminator="\n")
    return path


def reading_frame():
    return pd.DataFrame({"chapter": ["1", "1", "2"], "sentence": ["1", "2", "1"],
                         "text": ["Wir bauen ein Haus.", "Schön ist es.", "Wir pflanzen Bäume."],
                         "code": ["pledge", "none", "pledge"], "reason": ["built or not", "", "counted"]})


def test_load_reading_names_file_row_and_problem(tmp_path):
    bad = reading_frame()
    bad.loc[1, "code"] = "promise"
    with pytest.raises(agreement.CodingError, match=r"r\.csv: row 3: code 'promise'"):
        agreement.load_reading(write(tmp_path, "r.csv", bad))
    bad = reading_frame()
    bad.loc[2, "reason"] = ""
    with pytest.raises(agreement.CodingError, match="row 4: a pledge needs a reason"):
        agreement.load_reading(write(tmp_path, "r.csv", bad))
    bad = reading_frame()
    bad.loc[2, ["chapter", "sentence"]] = ["1", "2"]
    with pytest.raises(agreement.CodingError, match="row 4: sentence 1.2 appears twice"):
        agreement.load_reading(write(tmp_path, "r.csv", bad))
    bad = reading_frame()
    bad.loc[0, "sentence"] = "1a"
    with pytest.raises(agreement.CodingError, match="row 2: sentence '1a' is not a whole number"):
        agreement.load_reading(write(tmp_path, "r.csv", bad))


def test_load_ratings_checks_scale_address_and_that_rows_are_pledges(tmp_path):
    reading = agreement.load_reading(write(tmp_path, "r.csv", reading_frame()))
    good = pd.DataFrame({"chapter": ["1"], "sentence": ["1"], "rating": ["kept"],
                         "evidence_url": ["https://example.org/a"], "evidence_date": ["2022"],
                         "evidence_note": ["Built."]})
    assert len(agreement.load_ratings(write(tmp_path, "s.csv", good), reading)) == 1
    with pytest.raises(agreement.CodingError, match="row 2: rating 'done'"):
        agreement.load_ratings(write(tmp_path, "s.csv", good.assign(rating="done")), reading)
    with pytest.raises(agreement.CodingError, match="row 2: evidence_url 'example.org'"):
        agreement.load_ratings(write(tmp_path, "s.csv", good.assign(evidence_url="example.org")), reading)
    with pytest.raises(agreement.CodingError, match="sentence 1.2 is not a pledge"):
        agreement.load_ratings(write(tmp_path, "s.csv", good.assign(sentence="2")), reading)


def test_rating_sample_is_seeded_and_is_the_committed_sample():
    reading = agreement.load_reading()
    first = agreement.rating_sample(reading)
    assert first.equals(agreement.rating_sample(reading))
    assert len(first) == agreement.SAMPLE_SIZE and set(first["code"]) == {"pledge"}
    assert not first.equals(agreement.rating_sample(reading, seed=1))
    ratings = agreement.load_ratings(reading=reading)
    assert list(zip(ratings["chapter"], ratings["sentence"])) == list(zip(first["chapter"], first["sentence"]))
    with pytest.raises(ValueError, match="sample of 500"):
        agreement.rating_sample(reading, size=500)


def catalogue_frame():
    return pd.DataFrame({
        "pledge_id": ["ch01-p01", "ch01-p02", "ch02-p01", "ch02-p02"],
        "chapter": [1, 1, 2, 2], "source_doc": ["programme", "programme", "programme", "flyer"],
        "kind": ["promise", "promise", "promise", "promise"],
        "quote_de": ["bauen ein Haus", "Überschrift ohne Satz", "Wir pflanzen Bäume. Und mehr", "Flyer-Satz."],
        "implementation_status": ["kept", "not assessable", "in progress", "kept"]})


def test_match_by_containment_within_the_chapter():
    reading = reading_frame().astype({"chapter": int, "sentence": int})
    matched = agreement.match_catalogue(reading, catalogue_frame())
    assert matched["pledge_id"].tolist() == ["ch01-p01", "ch01-p02", "ch02-p01"]  # the flyer row is left out
    assert matched["sentence"].tolist()[0] == 1 and pd.isna(matched["sentence"].tolist()[1])
    assert matched["sentence"].tolist()[2] == 1
    codes = agreement.row_codes(reading, catalogue_frame()).set_index("pledge_id")["second_code"]
    assert codes.to_dict() == {"ch01-p01": "pledge", "ch01-p02": "no sentence", "ch02-p01": "pledge"}


def test_identification_counts_both_directions():
    reading = reading_frame().astype({"chapter": int, "sentence": int})
    extra = pd.DataFrame({"chapter": [2], "sentence": [2], "text": ["Wir bauen Brücken."], "code": ["pledge"],
                          "reason": ["built"]})
    reading = pd.concat([reading, extra], ignore_index=True)
    result = agreement.identification(reading, catalogue_frame())
    assert (result["catalogue_pledges"], result["found"]) == (3, 2)
    assert result["found_share"] == pytest.approx(2 / 3)
    assert (result["second_pledges"], result["in_catalogue"]) == (3, 2)


def test_cohen_kappa_against_a_worked_example_and_statsmodels():
    first = ["a"] * 20 + ["b"] * 5 + ["a"] * 10 + ["b"] * 15
    second = ["a"] * 20 + ["a"] * 5 + ["b"] * 10 + ["b"] * 15
    # observed 0.7, chance 0.5 * 0.6 + 0.5 * 0.4 = 0.5, kappa = 0.4
    assert agreement.cohen_kappa(first, second) == pytest.approx(0.4)
    assert agreement.cohen_kappa(["x", "y"], ["x", "y"]) == 1.0
    assert agreement.cohen_kappa(["x", "x"], ["x", "x"]) == 1.0
    with pytest.raises(ValueError, match="equally long"):
        agreement.cohen_kappa(["x"], ["x", "y"])
    inter_rater = pytest.importorskip("statsmodels.stats.inter_rater")
    labels = sorted(set(first) | set(second))
    table = np.array([[sum(1 for a, b in zip(first, second) if (a, b) == (x, y)) for y in labels] for x in labels])
    assert agreement.cohen_kappa(first, second) == pytest.approx(inter_rater.cohens_kappa(table).kappa)


@pytest.fixture(scope="module")
def committed():
    reading = agreement.load_reading()
    catalogue = pd.read_csv(DATA_DIR / "pledges.csv", dtype={"pledge_id": str})
    ratings = agreement.load_ratings(reading=reading)
    return reading, catalogue, ratings, agreement.load_resolutions()


def test_every_disagreement_is_resolved_exactly_once(committed):
    reading, catalogue, ratings, resolutions = committed
    found = agreement.disagreements(reading, ratings, catalogue)
    agreement.check_resolutions(found, resolutions)
    with pytest.raises(agreement.CodingError, match="no resolution for"):
        agreement.check_resolutions(found, resolutions.iloc[1:])
    with pytest.raises(agreement.CodingError, match="two resolutions"):
        agreement.check_resolutions(found, pd.concat([resolutions, resolutions.iloc[:1]]))


def test_resolutions_refuse_a_missing_reason_and_a_stray_one(tmp_path, committed):
    resolutions = pd.read_csv(agreement.RESOLUTIONS_PATH, dtype=str, keep_default_na=False)
    row = resolutions.index[resolutions["disagreement"] == "not in the catalogue"][0]
    bad = resolutions.copy()
    bad.loc[row, "why_not_catalogued"] = ""
    with pytest.raises(agreement.CodingError, match=f"row {row + 2}: why_not_catalogued ''"):
        agreement.load_resolutions(write(tmp_path, "res.csv", bad))
    other = resolutions.index[resolutions["disagreement"] == "rating"][0]
    bad = resolutions.copy()
    bad.loc[other, "why_not_catalogued"] = agreement.WHY_NOT[0]
    with pytest.raises(agreement.CodingError, match=f"row {other + 2}: why_not_catalogued is only"):
        agreement.load_resolutions(write(tmp_path, "res.csv", bad))


def test_coverage_adds_up(committed):
    reading, catalogue, ratings, resolutions = committed
    result = agreement.coverage(reading, catalogue, resolutions)
    assert result["sentences"] == len(reading)
    assert result["catalogued"] + sum(result["why_not"].values()) == result["pledge_sentences"]
    assert result["catalogued"] == agreement.identification(reading, catalogue)["in_catalogue"]


def test_rating_pairs_only_where_both_readings_rated(committed):
    reading, catalogue, ratings, _ = committed
    pairs = agreement.rating_pairs(ratings, reading, catalogue)
    assert 0 < len(pairs) <= len(ratings)
    assert set(pairs["first_reading"]) <= set(IMPLEMENTATION_SCALE)
    result = agreement.rating_agreement(ratings, reading, catalogue)
    assert result["pairs"] == len(pairs) and -1 <= result["kappa"] <= 1


def schema_enum(name, field):
    fields = json.loads((DATA_DIR / "schemas" / name).read_text(encoding="utf-8"))["fields"]
    return tuple(next(f for f in fields if f["name"] == field)["constraints"]["enum"])


def test_schema_vocabularies_are_the_python_constants():
    assert schema_enum("second_reading.json", "code") == agreement.CODES
    assert schema_enum("second_ratings.json", "rating") == IMPLEMENTATION_SCALE
    assert schema_enum("resolutions.json", "disagreement") == agreement.DISAGREEMENTS
    assert schema_enum("resolutions.json", "stands") == agreement.STANDS
    assert schema_enum("resolutions.json", "why_not_catalogued") == agreement.WHY_NOT


def test_annual_cut_compounds_and_finds_the_rate_that_halves():
    cut = agreement.annual_cut(0.05, 2020, 2030)
    assert cut["cuts"] == 10
    assert cut["left_pct"] == pytest.approx(100 * 0.95**10)
    assert cut["needed_pct"] == pytest.approx(100 * (1 - 0.5 ** (1 / 10)))
    assert agreement.annual_cut(cut["needed_pct"] / 100, 2020, 2030)["left_pct"] == pytest.approx(50)


class FakeSeries:
    def __init__(self, values):
        self.values = pd.Series(values)


def fake_series(indicator, geography="Dortmund", definition=None):
    return FakeSeries({"climate_car_co2_total_mt": {2015: 100.0, 2017: 110.0},
                       "climate_car_stock_million": {2015: 40.0, 2017: 44.0, 2018: 45.0},
                       "lab_unemployed": {2005: 50000.0, 2019: 30000.0}}[indicator])


def contradiction_catalogue():
    rows = {
        "ch06-p04": ("jedes Jahr mindestens 5 Prozent weniger Dreck", 5.0, None, None, None),
        "ch06-p05": ("Bis 2030 wollen wir so mindestens die Hälfte beseitigt haben.", 50.0, 2030, None, None),
        "ch04-p01": ("jedes Jahr kontinuierlich um 5 Prozent reduzieren. 2030 soll die Belastung mindestens halbiert "
                     "sein", 50.0, 2030, None, None),
        "ch03-p05": ("spart rund 45.000 Tonnen CO<sub>2</sub> pro Jahr ein – das entspricht rund 3.000 PKW.", 45000.0,
                     2023, None, None),
        "ch05-p01": ("die Arbeitslosigkeit halbieren", 25000.0, None, 2005, "does not hold"),
    }
    return pd.DataFrame([{"pledge_id": k, "quote_de": q, "target_value": v, "target_year": y, "baseline_year": b,
                          "claim_check": c, "indicator_id": "lab_unemployed", "definition": "ba_annual_average"}
                         for k, (q, v, y, b, c) in rows.items()])


def test_contradictions_take_every_number_from_the_data():
    found = agreement.contradictions(contradiction_catalogue(), fake_series)
    assert found["litter"]["left_pct"] == pytest.approx(100 * 0.95**10)
    assert found["heavy_goods"]["goal_left_pct"] == pytest.approx(50)
    cars = found["co2_cars"]
    assert (cars["t_per_car_stated"], cars["year"]) == (15.0, 2017)  # the latest year both series have
    assert cars["t_per_car"] == pytest.approx(2.5) and cars["cars_computed"] == pytest.approx(18000)
    assert found["unemployment"]["fall_pct"] == pytest.approx(40)
    broken = contradiction_catalogue()
    broken.loc[broken["pledge_id"] == "ch03-p05", "quote_de"] = "spart CO2 ein"
    with pytest.raises(agreement.CodingError, match="ch03-p05: the quote does not state the number"):
        agreement.contradictions(broken, fake_series)


def test_concrete_promises_and_checked_share():
    catalogue = pd.DataFrame({
        "pledge_id": ["a", "b", "c", "d"], "chapter": [1, 1, 2, 2], "gloss_en": ["x"] * 4,
        "kind": ["promise", "promise", "promise", "claim"], "target_value": [5.0, None, 7.0, 1.0],
        "target_unit": ["t", None, "t", "t"], "target_year": [2025, None, 2030, None],
        "implementation_status": ["kept", "not assessable", "not assessable", None],
        "outcome": ["met", "not assessable", "not assessable", None], "feasibility": ["not assessable"] * 3 + [None],
        "claim_check": [None, None, None, "holds"]})
    assert agreement.concrete_promises(catalogue)["pledge_id"].tolist() == ["a", "c"]
    share = agreement.checked_share(catalogue)
    assert (share["promises"], share["rated"], share["measured"], share["claims_checked"]) == (3, 1, 1, 1)
    assert share["rated_share"] == pytest.approx(1 / 3)
