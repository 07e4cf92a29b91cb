"""A second, independent reading of the programme and its agreement with the pledge catalogue.

The second reading (``data/coding/second_reading.csv``) records every sentence of the programme text with a code:
``pledge`` (a commitment to an action or an outcome whose fulfilment can be determined), ``claim`` (a statement
about the past or present that can be checked) or ``none``. :func:`programme_sentences` is the sentence division
that reading used, so that anyone can reproduce the list of sentences from the programme's text.
"""

from __future__ import annotations

import re
from pathlib import Path

CODES: tuple[str, ...] = ("pledge", "claim", "none")
"""The codes of the second reading."""

ABBREVIATIONS: tuple[str, ...] = ("z. B.", "bzw.", "Mio.", "Nr.", "ca.", "usw.", "u. a.", "d. h.")
"""Abbreviations whose full stop does not end a sentence."""

_CHAPTER = re.compile(r"^#+\s*(\d{1,2})\.\s+\S")
_HEADING = re.compile(r"^#+\s")
_END = re.compile(r"(?<=[.!?])([“”\")]*)\s+(?=[„\"A-ZÄÖÜ0-9])")
_SENTENCE_END = re.compile(r"[.!?][“”\")]*$")


def clean(text: str) -> str:
    """The programme's markdown as plain text: escaped stars unescaped, subscripts written inline, spaces single."""
    text = text.replace("\\*", "*")
    text = re.sub(r"<sub>(.*?)</sub>", r"\1", text)
    return re.sub(r"\s+", " ", text).strip()


def split_sentences(paragraph: str) -> list[str]:
    """Divide one paragraph of plain text into sentences: a sentence ends at ``.``, ``!`` or ``?`` (with any closing
    quote) followed by a space and a capital letter, a digit or an opening quote; the full stops of
    :data:`ABBREVIATIONS` do not end a sentence."""
    protected = paragraph
    for index, abbreviation in enumerate(ABBREVIATIONS):
        protected = protected.replace(abbreviation, f"\x00{index}\x00")
    parts = []
    start = 0
    for match in _END.finditer(protected):
        parts.append(protected[start : match.start() + len(match.group(1))])
        start = match.end()
    parts.append(protected[start:])
    sentences = []
    for part in parts:
        for index, abbreviation in enumerate(ABBREVIATIONS):
            part = part.replace(f"\x00{index}\x00", abbreviation)
        if part.strip():
            sentences.append(part.strip())
    return sentences


def programme_sentences(text: str) -> list[dict]:
    """Every sentence of the programme's chapters as ``{"chapter", "sentence", "text"}`` (sentence numbered from 1
    within its chapter). Headings are not sentences; text before the first chapter heading (the title page) and
    bold-only lines (the closing slogan) and contact lines after the last chapter are left out. A paragraph that
    does not end a sentence (a page break in the source) is joined with the next one."""
    chapter = None
    paragraphs: list[tuple[int, str]] = []
    pending = ""
    for raw in text.split("\n\n"):
        block = raw.strip()
        if not block:
            continue
        first = block.splitlines()[0]
        found = _CHAPTER.match(first)
        if found:
            chapter = int(found.group(1))
            continue
        if _HEADING.match(first) or chapter is None:
            continue
        if block.startswith("**") or "@" in block or block.startswith("+") or block.startswith("["):
            continue
        paragraph = clean(block)
        if pending:
            paragraph = pending + " " + paragraph
            pending = ""
        if not _SENTENCE_END.search(paragraph):
            pending = paragraph
            continue
        paragraphs.append((chapter, paragraph))
    if pending:
        raise ValueError(f"programme text ends inside a sentence: {pending[-60:]!r}")
    rows = []
    counter: dict[int, int] = {}
    for chapter, paragraph in paragraphs:
        for sentence in split_sentences(paragraph):
            counter[chapter] = counter.get(chapter, 0) + 1
            rows.append({"chapter": chapter, "sentence": counter[chapter], "text": sentence})
    return rows


def read_programme(path: Path) -> list[dict]:
    """:func:`programme_sentences` of the programme file at ``path``."""
    return programme_sentences(Path(path).read_text(encoding="utf-8"))


SAMPLE_SEED = 20200913
"""The seed of the rating sample (the election day, 13 September 2020)."""

SAMPLE_SIZE = 20
"""How many second-reading pledges are rated on the implementation scale."""


def rating_sample(reading, size: int = SAMPLE_SIZE, seed: int = SAMPLE_SEED):
    """The pledges of the second reading drawn for rating: ``size`` rows drawn without replacement with
    ``numpy.random.default_rng(seed)`` from the pledge rows in the order of the programme, returned in that order."""
    import numpy as np

    pledges = reading[reading["code"] == "pledge"].sort_values(["chapter", "sentence"]).reset_index(drop=True)
    if size > len(pledges):
        raise ValueError(f"sample of {size} asked from only {len(pledges)} pledges of the second reading")
    drawn = np.sort(np.random.default_rng(seed).choice(len(pledges), size=size, replace=False))
    return pledges.iloc[drawn].reset_index(drop=True)


# --- the readings as data ------------------------------------------------------------------------------------------

from . import DATA_DIR  # noqa: E402

READING_PATH = Path(DATA_DIR) / "coding" / "second_reading.csv"
RATINGS_PATH = Path(DATA_DIR) / "coding" / "second_ratings.csv"
RESOLUTIONS_PATH = Path(DATA_DIR) / "coding" / "resolutions.csv"

READING_COLUMNS = ("chapter", "sentence", "text", "code", "reason")
RATINGS_COLUMNS = ("chapter", "sentence", "rating", "evidence_url", "evidence_date", "evidence_note")
RESOLUTION_COLUMNS = ("disagreement", "chapter", "sentence", "pledge_id", "first_reading", "second_reading",
                      "stands", "why_not_catalogued", "note")
DISAGREEMENTS: tuple[str, ...] = ("not found by the second reading", "not in the catalogue", "kind", "rating")
"""The kinds of disagreement between the catalogue (first reading) and the second reading."""
STANDS: tuple[str, ...] = ("first reading", "second reading", "both readings")
"""Which reading stands after a disagreement is resolved ("both readings": each is defensible, the difference is
one of scope and is stated)."""
WHY_NOT: tuple[str, ...] = (
    "chapter not in the book",
    "measure without a number, not selected",
    "demand on the state or federal level",
    "part of a catalogued pledge",
)
"""Why a checkable sentence of the programme is not a row of the catalogue."""


class CodingError(ValueError):
    """A file of the second reading breaks a rule; the message names the file, the row and the problem."""


def _read(path: Path, columns: tuple[str, ...]):
    import pandas as pd

    path = Path(path)
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    if tuple(frame.columns) != columns:
        raise CodingError(f"{path.name}: columns {list(frame.columns)} differ from {list(columns)}")
    return frame


def _check_values(frame, path: Path, column: str, allowed) -> None:
    for index, value in frame[column].items():
        if value not in allowed:
            raise CodingError(f"{Path(path).name}: row {index + 2}: {column} {value!r} is not one of {list(allowed)}")


def _check_keys(frame, path: Path) -> None:
    for column in ("chapter", "sentence"):
        for index, value in frame[column].items():
            if not value.isdigit():
                raise CodingError(f"{Path(path).name}: row {index + 2}: {column} {value!r} is not a whole number")
    frame["chapter"] = frame["chapter"].astype(int)
    frame["sentence"] = frame["sentence"].astype(int)
    duplicated = frame.duplicated(["chapter", "sentence"], keep="first")
    if duplicated.any():
        index = int(duplicated.idxmax())
        raise CodingError(f"{Path(path).name}: row {index + 2}: sentence {frame.at[index, 'chapter']}."
                          f"{frame.at[index, 'sentence']} appears twice")


def load_reading(path: Path | None = None):
    """The second reading (one row per programme sentence), validated: known codes, whole-number keys without
    duplicates, a reason for every pledge and claim."""
    path = Path(path or READING_PATH)
    frame = _read(path, READING_COLUMNS)
    _check_keys(frame, path)
    _check_values(frame, path, "code", CODES)
    for index, row in frame.iterrows():
        if row["code"] != "none" and not row["reason"].strip():
            raise CodingError(f"{path.name}: row {index + 2}: a {row['code']} needs a reason")
    return frame


def load_ratings(path: Path | None = None, reading=None):
    """The second reading's implementation ratings of its sample, validated against the implementation scale and
    (if given) against the reading: every rated row must be a pledge of the reading."""
    from .feasibility import IMPLEMENTATION_SCALE

    path = Path(path or RATINGS_PATH)
    frame = _read(path, RATINGS_COLUMNS)
    _check_keys(frame, path)
    _check_values(frame, path, "rating", IMPLEMENTATION_SCALE)
    for index, row in frame.iterrows():
        if not row["evidence_url"].startswith(("http://", "https://")):
            raise CodingError(f"{path.name}: row {index + 2}: evidence_url {row['evidence_url']!r} is not a web address")
    if reading is not None:
        pledges = set(map(tuple, reading.loc[reading["code"] == "pledge", ["chapter", "sentence"]].to_numpy()))
        for index, row in frame.iterrows():
            if (row["chapter"], row["sentence"]) not in pledges:
                raise CodingError(f"{path.name}: row {index + 2}: sentence {row['chapter']}.{row['sentence']} "
                                  "is not a pledge of the second reading")
    return frame


# --- matching the catalogue ----------------------------------------------------------------------------------------


def normalise(text: str) -> str:
    """Text reduced for comparison: :func:`clean`, lower case, only letters and digits."""
    return re.sub(r"[^0-9a-zäöüß]", "", clean(str(text)).lower())


def match_catalogue(reading, catalogue):
    """Each programme row of the catalogue with the sentences of the second reading it quotes, matched by
    containment within the row's chapter: the quote is divided into sentences like the programme, and a sentence
    matches where a piece of the quote lies inside it (a partial quote) or it lies inside a piece. Columns ``pledge_id, kind, chapter, sentence`` (sentence ``<NA>`` where no sentence
    matches, e.g. a quoted heading)."""
    import pandas as pd

    rows = []
    texts = {key: normalise(text) for key, text in
             zip(zip(reading["chapter"], reading["sentence"]), reading["text"])}
    for _, entry in catalogue[catalogue["source_doc"] == "programme"].iterrows():
        pieces = [normalise(piece) for piece in split_sentences(clean(entry["quote_de"]))]
        pieces = [piece for piece in pieces if piece]
        if not pieces:
            raise CodingError(f"pledges.csv: {entry['pledge_id']}: empty quote")
        found = [key for key, text in texts.items()
                 if key[0] == int(entry["chapter"]) and any(piece in text or text in piece for piece in pieces)]
        for chapter, sentence in found or [(int(entry["chapter"]), None)]:
            rows.append({"pledge_id": entry["pledge_id"], "kind": entry["kind"], "chapter": chapter,
                         "sentence": sentence})
    frame = pd.DataFrame(rows, columns=["pledge_id", "kind", "chapter", "sentence"])
    frame["sentence"] = frame["sentence"].astype("Int64")
    return frame


def row_codes(reading, catalogue):
    """The second reading's code for each programme row of the catalogue: ``pledge`` if any quoted sentence is a
    pledge, else ``claim`` if any is a claim, else ``none``; ``no sentence`` where the quote matches none (a
    heading). Columns ``pledge_id, kind, second_code, sentences`` (the matched sentences as ``chapter.sentence``)."""
    import pandas as pd

    matched = match_catalogue(reading, catalogue)
    codes = {(c, s): code for c, s, code in zip(reading["chapter"], reading["sentence"], reading["code"])}
    rows = []
    for pledge_id, group in matched.groupby("pledge_id", sort=True):
        found = [codes[(c, int(s))] for c, s in zip(group["chapter"], group["sentence"]) if pd.notna(s)]
        code = ("no sentence" if not found else "pledge" if "pledge" in found else "claim" if "claim" in found
                else "none")
        sentences = ", ".join(f"{c}.{int(s)}" for c, s in zip(group["chapter"], group["sentence"]) if pd.notna(s))
        rows.append({"pledge_id": pledge_id, "kind": group["kind"].iloc[0], "second_code": code,
                     "sentences": sentences})
    return pd.DataFrame(rows)


def identification(reading, catalogue) -> dict:
    """Agreement on which sentences carry a checkable pledge.

    ``catalogue_pledges``: programme rows of kind promise; ``found``: of those, how many the second reading codes as
    a pledge (``found_share`` the share); ``coded_claim``: how many it codes as a claim instead; ``claims`` and
    ``claims_found``: the same for the catalogue's claims. ``second_pledges``: pledges of the second reading;
    ``in_catalogue``: of those, how many sentences some catalogue row quotes (``in_catalogue_share``)."""
    codes = row_codes(reading, catalogue)
    promises = codes[codes["kind"] == "promise"]
    claims = codes[codes["kind"] == "claim"]
    quoted = catalogued_sentences(reading, catalogue)
    pledge_keys = set(zip(*reading.loc[reading["code"] == "pledge", ["chapter", "sentence"]].T.to_numpy()))
    in_catalogue = len(pledge_keys & quoted)
    return {
        "catalogue_pledges": len(promises),
        "found": int((promises["second_code"] == "pledge").sum()),
        "found_share": float((promises["second_code"] == "pledge").mean()),
        "coded_claim": int((promises["second_code"] == "claim").sum()),
        "claims": len(claims),
        "claims_found": int((claims["second_code"] == "claim").sum()),
        "second_pledges": len(pledge_keys),
        "in_catalogue": in_catalogue,
        "in_catalogue_share": in_catalogue / len(pledge_keys) if pledge_keys else float("nan"),
    }


def catalogued_sentences(reading, catalogue) -> set[tuple[int, int]]:
    """The programme sentences some catalogue row quotes, as ``(chapter, sentence)``."""
    matched = match_catalogue(reading, catalogue).dropna(subset=["sentence"])
    return {(int(c), int(s)) for c, s in zip(matched["chapter"], matched["sentence"])}


# --- agreement on ratings ------------------------------------------------------------------------------------------


def cohen_kappa(first, second) -> float:
    """Cohen's kappa of two equally long sequences of nominal labels: (observed agreement - chance agreement) /
    (1 - chance agreement), chance from each reader's own label shares. 1 when both readers use one and the same
    label throughout (no disagreement possible); refuses empty or unequal input."""
    from collections import Counter

    first, second = list(first), list(second)
    if len(first) != len(second):
        raise ValueError(f"kappa needs two equally long sequences, got {len(first)} and {len(second)}")
    if not first:
        raise ValueError("kappa needs at least one pair of ratings")
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    count_a, count_b = Counter(first), Counter(second)
    chance = sum(count_a[label] * count_b[label] for label in set(count_a) | set(count_b)) / n**2
    if chance == 1:
        return 1.0
    return (observed - chance) / (1 - chance)


def rating_pairs(ratings, reading, catalogue):
    """The sample's pledges with both ratings: the second reading's and the catalogue's implementation status of the
    row that quotes the sentence (sample pledges the catalogue does not quote are left out). Columns ``chapter,
    sentence, pledge_id, first_reading, second_reading``, in the order of the programme."""
    import pandas as pd

    matched = match_catalogue(reading, catalogue).dropna(subset=["sentence"])
    matched = matched[matched["kind"] == "promise"].astype({"sentence": int})
    status = catalogue.set_index("pledge_id")["implementation_status"]
    pairs = ratings.merge(matched[["chapter", "sentence", "pledge_id"]], on=["chapter", "sentence"], how="inner")
    pairs = pairs.drop_duplicates(["chapter", "sentence"], keep="first")
    pairs["first_reading"] = pairs["pledge_id"].map(status)
    pairs = pairs.rename(columns={"rating": "second_reading"})
    pairs = pairs.sort_values(["chapter", "sentence"]).reset_index(drop=True)
    return pd.DataFrame(pairs[["chapter", "sentence", "pledge_id", "first_reading", "second_reading"]])


def rating_agreement(ratings, reading, catalogue) -> dict:
    """Cohen's kappa of the implementation ratings on the sample (``kappa``), with the number of pairs both readings
    rated (``pairs``), the sample size (``sample``) and the share of identical ratings (``agreement``)."""
    pairs = rating_pairs(ratings, reading, catalogue)
    same = (pairs["first_reading"] == pairs["second_reading"]).mean()
    return {"kappa": cohen_kappa(pairs["first_reading"], pairs["second_reading"]), "pairs": len(pairs),
            "sample": len(ratings), "agreement": float(same)}


# --- disagreements, their resolutions, and coverage ----------------------------------------------------------------


def disagreements(reading, ratings, catalogue):
    """Every disagreement between the catalogue (first reading) and the second reading, one row each, in a stable
    order: catalogue pledges the second reading does not code as a checkable statement ("not found by the second
    reading"), catalogue pledges it codes as a claim ("kind"), its pledges that no catalogue row quotes ("not in the
    catalogue") and differing implementation ratings on the sample ("rating"). Columns ``disagreement, chapter,
    sentence, pledge_id, first_reading, second_reading`` (sentence 0 where a quote matches no sentence)."""
    import pandas as pd

    rows = []
    codes = row_codes(reading, catalogue)
    chapters = catalogue.set_index("pledge_id")["chapter"].astype(int)
    for _, row in codes.iterrows():
        first = row["sentences"].split(", ")[0] if row["sentences"] else ""
        sentence = int(first.split(".")[1]) if first else 0
        base = {"chapter": int(chapters[row["pledge_id"]]), "sentence": sentence, "pledge_id": row["pledge_id"]}
        if row["kind"] == "promise" and row["second_code"] in ("none", "no sentence"):
            rows.append({"disagreement": DISAGREEMENTS[0], **base, "first_reading": "pledge",
                         "second_reading": row["second_code"]})
        elif row["kind"] == "promise" and row["second_code"] == "claim":
            rows.append({"disagreement": DISAGREEMENTS[2], **base, "first_reading": "pledge",
                         "second_reading": "claim"})
        elif row["kind"] == "claim" and row["second_code"] != "claim":
            rows.append({"disagreement": DISAGREEMENTS[2], **base, "first_reading": "claim",
                         "second_reading": row["second_code"]})
    quoted = catalogued_sentences(reading, catalogue)
    for _, row in reading[reading["code"] == "pledge"].iterrows():
        if (row["chapter"], row["sentence"]) not in quoted:
            rows.append({"disagreement": DISAGREEMENTS[1], "chapter": row["chapter"], "sentence": row["sentence"],
                         "pledge_id": "", "first_reading": "not in the catalogue", "second_reading": "pledge"})
    for _, row in rating_pairs(ratings, reading, catalogue).iterrows():
        if row["first_reading"] != row["second_reading"]:
            rows.append({"disagreement": DISAGREEMENTS[3], "chapter": row["chapter"], "sentence": row["sentence"],
                         "pledge_id": row["pledge_id"], "first_reading": row["first_reading"],
                         "second_reading": row["second_reading"]})
    frame = pd.DataFrame(rows, columns=["disagreement", "chapter", "sentence", "pledge_id", "first_reading",
                                        "second_reading"])
    order = {name: i for i, name in enumerate(DISAGREEMENTS)}
    frame["_order"] = frame["disagreement"].map(order)
    return frame.sort_values(["_order", "chapter", "sentence", "pledge_id"]).drop(columns="_order").reset_index(drop=True)


def load_resolutions(path: Path | None = None):
    """The resolution of each disagreement (``data/coding/resolutions.csv``), validated: known kinds, a known
    reading that stands, a reason why a pledge is not catalogued exactly where the disagreement is "not in the
    catalogue", and a note on every row."""
    path = Path(path or RESOLUTIONS_PATH)
    frame = _read(path, RESOLUTION_COLUMNS)
    for column in ("chapter", "sentence"):
        for index, value in frame[column].items():
            if not value.isdigit():
                raise CodingError(f"{path.name}: row {index + 2}: {column} {value!r} is not a whole number")
        frame[column] = frame[column].astype(int)
    _check_values(frame, path, "disagreement", DISAGREEMENTS)
    _check_values(frame, path, "stands", STANDS)
    for index, row in frame.iterrows():
        needs_reason = row["disagreement"] == DISAGREEMENTS[1]
        if needs_reason and row["why_not_catalogued"] not in WHY_NOT:
            raise CodingError(f"{path.name}: row {index + 2}: why_not_catalogued {row['why_not_catalogued']!r} "
                              f"is not one of {list(WHY_NOT)}")
        if not needs_reason and row["why_not_catalogued"]:
            raise CodingError(f"{path.name}: row {index + 2}: why_not_catalogued is only for pledges not in the "
                              "catalogue")
        if not row["note"].strip():
            raise CodingError(f"{path.name}: row {index + 2}: the resolution needs a note")
    return frame


KEY = ["disagreement", "chapter", "sentence", "pledge_id", "first_reading", "second_reading"]


def check_resolutions(found, resolutions) -> None:
    """Raise :class:`CodingError` unless every disagreement has exactly one resolution and every resolution answers
    a disagreement (matched on kind, place, pledge and both readings)."""
    have = [tuple(row) for row in resolutions[KEY].itertuples(index=False)]
    want = [tuple(row) for row in found[KEY].itertuples(index=False)]
    missing = [key for key in want if key not in have]
    extra = [key for key in have if key not in want]
    twice = sorted({key for key in have if have.count(key) > 1})
    problems = [f"no resolution for {key}" for key in missing] + [f"resolution without a disagreement: {key}"
                                                                  for key in extra]
    problems += [f"two resolutions for {key}" for key in twice]
    if problems:
        raise CodingError("resolutions.csv: " + "; ".join(problems))


def coverage(reading, catalogue, resolutions) -> dict:
    """How much of the programme the catalogue covers: ``sentences`` (all programme sentences), ``pledge_sentences``
    and ``claim_sentences`` (as the second reading codes them), ``catalogued`` (pledge sentences some catalogue row
    quotes), ``quoted`` (all sentences the catalogue quotes, whatever their code) and ``why_not`` (the pledge sentences
    not catalogued, counted by reason, in the order of :data:`WHY_NOT`)."""
    quoted = catalogued_sentences(reading, catalogue)
    pledges = reading[reading["code"] == "pledge"]
    catalogued = sum((c, s) in quoted for c, s in zip(pledges["chapter"], pledges["sentence"]))
    missing = resolutions[resolutions["disagreement"] == DISAGREEMENTS[1]]
    why = {reason: int((missing["why_not_catalogued"] == reason).sum()) for reason in WHY_NOT}
    return {"sentences": len(reading), "pledge_sentences": len(pledges),
            "claim_sentences": int((reading["code"] == "claim").sum()), "catalogued": int(catalogued),
            "quoted": len(quoted), "why_not": why}


# --- the programme at a glance -------------------------------------------------------------------------------------

TERM_START = 2020
"""The year the pledges of a yearly cut are counted from (the first year of the council term)."""


def annual_cut(rate: float, start_year: int, end_year: int, share_left: float = 0.5) -> dict[str, float]:
    """A cut of ``rate`` a year (0.05 = 5 %) compounded from ``start_year`` to ``end_year``: the percent of the start
    level left (``left_pct``), the compound cut a year that would leave ``share_left`` (``needed_pct``) and the
    number of cuts (``cuts``)."""
    from .feasibility import required_annual_rate, target_path

    path = target_path(100.0, start_year, end_year, -rate, kind="compound")
    cuts = end_year - start_year
    return {"left_pct": float(path.iloc[-1]), "cuts": cuts,
            "needed_pct": -100 * required_annual_rate(100.0, 100 * share_left, cuts, kind="compound")}


def _number(pattern: str, text: str, what: str) -> float:
    found = re.search(pattern, clean(text))
    if not found:
        raise CodingError(f"pledges.csv: {what}: the quote does not state the number ({pattern!r})")
    return float(found.group(1).replace(".", "").replace(",", "."))


def contradictions(catalogue, series) -> dict[str, dict]:
    """The programme's internal contradictions that the chapters found, with their arithmetic, from the catalogue and
    the observations (``series`` as returned by :func:`analysis.data.series_loader`):

    - ``litter`` and ``heavy_goods``: a cut of 5 % a year from :data:`TERM_START` against "at least halved by 2030";
    - ``co2_cars``: 45,000 t of CO2 "equal to about 3,000 cars" against a car's CO2 from the Destatis fleet total;
    - ``unemployment``: "unemployment halved" against the registered unemployed of the peak year and of 2019.

    Each entry holds the pledge ids and the numbers (all computed, none typed)."""
    rows = catalogue.set_index("pledge_id")
    out = {}
    for key, (rate_id, goal_id) in {"litter": ("ch06-p04", "ch06-p05"), "heavy_goods": ("ch04-p01", "ch04-p01")}.items():
        rate = _number(r"(\d+) Prozent", rows.at[rate_id, "quote_de"], rate_id) / 100
        end = int(rows.at[goal_id, "target_year"])
        share = 1 - float(rows.at[goal_id, "target_value"]) / 100 if key == "litter" else \
            float(rows.at[goal_id, "target_value"]) / 100
        out[key] = {"pledges": sorted({rate_id, goal_id}), "rate_pct": rate * 100, "start": TERM_START, "end": end,
                    "goal_left_pct": share * 100, **annual_cut(rate, TERM_START, end, share)}
    saving = float(rows.at["ch03-p05", "target_value"])
    cars = _number(r"rund ([\d.]+) PKW", rows.at["ch03-p05", "quote_de"], "ch03-p05")
    co2 = series("climate_car_co2_total_mt", "Germany", "destatis").values
    stock = series("climate_car_stock_million", "Germany", "destatis").values
    year = int(sorted(set(co2.dropna().index) & set(stock.dropna().index))[-1])
    per_car = float(co2[year]) / float(stock[year])
    out["co2_cars"] = {"pledges": ["ch03-p05"], "saving_t": saving, "cars_stated": cars,
                       "t_per_car_stated": saving / cars, "t_per_car": per_car, "year": year,
                       "cars_computed": saving / per_car, "factor": (saving / cars) / per_car}
    claim = rows.loc["ch05-p01"]
    unemployed = series(claim["indicator_id"], definition=claim["definition"]).values
    peak_year = int(claim["baseline_year"])
    peak, last = float(unemployed[peak_year]), float(unemployed[2019])
    out["unemployment"] = {"pledges": ["ch05-p01"], "peak_year": peak_year, "peak": peak, "year": 2019,
                           "value": last, "half": peak / 2, "fall_pct": 100 * (1 - last / peak),
                           "verdict": claim["claim_check"]}
    return out


def concrete_promises(catalogue):
    """The promises that carry a number (``target_value`` set), in catalogue order, with what they promise and their
    ratings: columns ``pledge_id, chapter, gloss_en, target_value, target_unit, target_year,
    implementation_status, outcome, feasibility``."""
    promises = catalogue[(catalogue["kind"] == "promise") & catalogue["target_value"].notna()]
    columns = ["pledge_id", "chapter", "gloss_en", "target_value", "target_unit", "target_year",
               "implementation_status", "outcome", "feasibility"]
    return promises[columns].reset_index(drop=True)


def checked_share(catalogue) -> dict[str, float]:
    """How much of the catalogue could be rated at all: promises with an implementation or outcome rating other than
    not assessable, claims with a check other than not verifiable, and their shares."""
    promises = catalogue[catalogue["kind"] == "promise"]
    rated = promises[(promises["implementation_status"] != "not assessable")
                     | (promises["outcome"] != "not assessable")]
    measured = promises[promises["outcome"] != "not assessable"]
    claims = catalogue[catalogue["kind"] == "claim"]
    checked_claims = claims[claims["claim_check"] != "not verifiable"]
    return {"promises": len(promises), "rated": len(rated), "rated_share": len(rated) / len(promises),
            "measured": len(measured), "measured_share": len(measured) / len(promises),
            "claims": len(claims), "claims_checked": len(checked_claims)}
