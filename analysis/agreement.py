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
