"""Book structure: notebooks and their text pairs agree, all are executed and in the table of contents,
numbers in prose are glued, and the data page offers every resource for download."""

import json
import re
from pathlib import Path

import jupytext
import pytest
import yaml

from analysis import ROOT
from analysis.catalogue import load_package

NOTEBOOKS = sorted((ROOT / "book").glob("*.ipynb"))
TYPED_NUMBER = re.compile(r"(?<![\w.#/-])(\d{1,3}(?:[.,]\d{3})+|\d+[.,]\d+|\d{4,})(?![\w-])")
YEAR = re.compile(r"(19|20)\d\d")


def ids(paths):
    return [p.name for p in paths]


def toc_files():
    toc = yaml.safe_load((ROOT / "_toc.yml").read_text(encoding="utf-8"))
    files = [toc["root"]]
    for part in toc.get("parts", []):
        files += [c["file"] for c in part.get("chapters", [])]
    return files


def test_the_tested_notebooks_are_the_book_notebooks():
    # the parametrised tests below run over NOTEBOOKS; an empty or partial list would pass them vacuously
    in_toc = {entry for entry in toc_files() if (ROOT / f"{entry}.ipynb").exists()}
    assert in_toc and {f"book/{p.stem}" for p in NOTEBOOKS} == in_toc


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_notebook_and_text_pair_agree(path: Path):
    pair = path.with_suffix(".py")
    assert pair.exists(), f"{path.name} has no paired {pair.name}"
    nb = jupytext.read(path)
    assert nb.metadata.get("jupytext", {}).get("formats") == "ipynb,py:percent"
    text = jupytext.read(pair)
    as_cells = lambda n: [(c.cell_type, c.source.strip()) for c in n.cells]  # noqa: E731
    assert as_cells(nb) == as_cells(text), f"{path.name} and {pair.name} differ: run `make sync`"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_notebook_was_executed_top_to_bottom_without_errors(path: Path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code" and "".join(c["source"]).strip()]
    counts = [c["execution_count"] for c in code]
    assert counts == list(range(1, len(code) + 1)), f"{path.name}: execution counts {counts}; run `make execute`"
    errors = [o for c in code for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert not errors, f"{path.name} stores an error output"
    timed = [c for c in nb["cells"] if "execution" in c.get("metadata", {})]
    assert not timed, f"{path.name} stores execution timestamps; execute with `make execute`"
    streams = [o for c in code for o in c.get("outputs", []) if o.get("name") == "stderr"]
    assert not streams, f"{path.name} stores stderr output (warnings): {streams[0]['text'][:200]}"


def typed_numbers(markdown: str) -> set[str]:
    """Numbers written into prose: not glued, not in inline code, links or citations, and not a year."""
    text = re.sub(r"\{glue[^}]*\}`[^`]*`|`[^`]*`|\(https?://[^)]*\)|\{cite\}`[^`]*`", "", markdown)
    return {m for m in TYPED_NUMBER.findall(text) if not YEAR.fullmatch(m)}


def test_typed_numbers_are_found_and_glued_ones_are_not():
    prose = ("Completions reached 2,000 in 2022, a rise of 15.2 % to 12345 dwellings; glued: {glue:text}`n:,.0f` "
             "and `code 3.5`, [link](https://example.org/2.0/1234), {cite}`ref2020`, ch02-p01 and step 3.")
    assert typed_numbers(prose) == {"2,000", "15.2", "12345"}


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_no_number_is_typed_into_prose(path: Path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    typed = set()
    for cell in nb["cells"]:
        if cell["cell_type"] == "markdown":
            typed |= typed_numbers("".join(cell["source"]))
    assert not typed, f"{path.name}: numbers typed into prose, glue them: {sorted(typed)}"


def test_every_notebook_is_in_the_table_of_contents_and_back():
    listed = toc_files()
    for path in NOTEBOOKS:
        assert f"book/{path.stem}" in listed, f"{path.name} is not in _toc.yml"
    for entry in listed:
        assert any((ROOT / f"{entry}{suffix}").exists() for suffix in (".ipynb", ".md")), f"{entry} has no file"


def test_data_page_offers_every_resource_for_download():
    page = jupytext.read(ROOT / "book" / "data.ipynb")
    text = "\n".join(c.source for c in page.cells if c.cell_type == "markdown")
    for resource in load_package()["resources"]:
        assert f"{{download}}`../data/{resource['path']}`" in text, f"data page lacks a download link for {resource['path']}"


def plumbing_problem(cell: dict) -> str | None:
    """Why a code cell may not have its code removed from the page, or None: ``remove-input`` is for plumbing only
    (imports, set-up); a cell that shows or glues anything a reader sees keeps its code openable (``hide-input``)."""
    tags = cell.get("metadata", {}).get("tags", [])
    if "remove-input" not in tags:
        return None
    if cell.get("outputs"):
        return "shows output"
    if re.search(r"\bglue\(", "".join(cell["source"])):
        return "glues a value into the prose"
    return None


def test_plumbing_rule_tells_set_up_from_reader_visible_cells():
    setup = {"metadata": {"tags": ["remove-input"]}, "source": ["import pandas as pd\n"], "outputs": []}
    glued = {"metadata": {"tags": ["remove-input"]}, "source": ["glue('x', 1, display=False)\n"], "outputs": []}
    shown = {"metadata": {"tags": ["remove-input"]}, "source": ["table\n"], "outputs": [{"output_type": "display_data"}]}
    openable = {"metadata": {"tags": ["hide-input"]}, "source": ["glue('x', 1, display=False)\n"], "outputs": []}
    assert [plumbing_problem(c) for c in (setup, glued, shown, openable)] == [
        None, "glues a value into the prose", "shows output", None]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_code_behind_every_reader_visible_number_can_be_opened(path: Path):
    nb = json.loads(path.read_text(encoding="utf-8"))
    bad = [(i, plumbing_problem(c)) for i, c in enumerate(nb["cells"]) if c["cell_type"] == "code" and plumbing_problem(c)]
    assert not bad, f"{path.name}: remove-input on cells that a reader sees the result of (use hide-input): {bad}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=ids(NOTEBOOKS))
def test_every_chart_goes_through_the_compared_chart_output(path: Path):
    """nbval skips image/png outputs; a chart stored as one would escape the regression test (plotting.show emits
    the chart as compared HTML instead)."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    images = [i for i, c in enumerate(nb["cells"]) for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert not images, f"{path.name}: cells {images} store a PNG chart; show it with analysis.plotting.show"


def test_method_page_prints_every_rule_the_ratings_use():
    """The cards link to the method page for their rules: each rule set the analysis applies must be printed there."""
    method = (ROOT / "book" / "method.py").read_text(encoding="utf-8")
    for rule in ("feasibility.VERDICT_RULES", "feasibility.DIRECTION_RULE", "timeline.STATUS_RULE",
                 "forecast.protocol_record", "agreement."):
        assert rule in method, f"the method page does not show {rule}"
