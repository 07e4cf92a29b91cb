"""Every page of the built book in headless Chromium, at a desktop and a phone width.

Run after the book build (make test builds into _build/.test/_build/html); `--book-html DIR` points at another build. Each
page is loaded once per width; the checks below read what that load recorded, so a failure names the check, the
width and the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_checks import (
    WIDTH_INDEPENDENT_RULES,
    WIDTHS,
    axe_violations,
    bad_images,
    built_pages,
    console_errors,
    favicon_problems,
    inject_axe,
    load,
    missing_ids,
    overflow,
    pledge_anchors,
    raw_output,
    request_problems,
    search_results,
    serve,
    toc_pages,
)

ROOT = Path(__file__).resolve().parents[2]
PAGES = toc_pages(ROOT / "_toc.yml")
ANCHORS = pledge_anchors(ROOT / "data" / "pledges.csv")
PLEDGES = sorted((pledge, page) for page, pledges in ANCHORS.items() for pledge in pledges)


def _name(page: str) -> str:
    return page.removeprefix("book/").removesuffix(".html")


def _fail(page: str, what: str, problems: list[str]) -> None:
    if problems:
        listed = "\n  ".join(problems)
        pytest.fail(f"{page}: {len(problems)} {what}:\n  {listed}", pytrace=False)


@pytest.fixture(scope="module")
def site(request):
    """(html folder, base URL) of the built book, served on 127.0.0.1 for the whole module."""
    html = Path(request.config.getoption("--book-html"))
    html = html if html.is_absolute() else ROOT / html
    if not (html / "search.html").is_file():
        pytest.fail(
            f"no built book in {html}: run make test, or jupyter-book build . --path-output _build/.test",
            pytrace=False,
        )
    with serve(html) as base:
        yield html, base


@pytest.fixture(scope="module", params=WIDTHS, ids=lambda width: f"{width}px")
def visit(request, site, driver_factory):
    """visit(page) -> what loading the page at this width showed; each page is loaded once per width."""
    driver = driver_factory(request.param)
    _, base = site
    seen: dict[str, dict[str, list[str]]] = {}

    def get(page: str) -> dict[str, list[str]]:
        if page not in seen:
            logs = load(driver, base + page)
            seen[page] = {
                "console": console_errors(logs),
                "requests": request_problems(logs),
                "overflow": overflow(driver),
                "images": bad_images(driver),
                "anchors": missing_ids(driver, ANCHORS.get(page, [])),
                "favicon": favicon_problems(driver),
                "raw": raw_output(driver),
                # rules that do not depend on the width run once, at the desktop width
                "axe": axe_violations(driver, skip=() if request.param == WIDTHS[0] else WIDTH_INDEPENDENT_RULES),
            }
        return seen[page]

    return get


def test_every_built_page_is_in_the_toc(site):
    html, _ = site
    assert built_pages(html) == sorted(PAGES)


def test_every_pledge_page_is_in_the_toc():
    assert sorted(set(ANCHORS) - set(PAGES)) == []


# check (a key of what `visit` records) -> what its problems are called in a failure message
CHECKS = {
    "console": "console error(s)",
    "requests": "request problem(s): failed, status >= 400 or not local",
    "overflow": "overflow problem(s)",
    "images": "image(s) without meaningful alt text",
    "favicon": "favicon problem(s)",
    "raw": "piece(s) of raw Python/pandas output (NaN, reprs, True/False, long decimals)",
    "axe": "axe-core WCAG 2.1 A/AA violation(s)",
}


@pytest.mark.parametrize("page", PAGES, ids=_name)
@pytest.mark.parametrize("check", CHECKS)
def test_page(visit, check, page):
    _fail(page, CHECKS[check], visit(page)[check])


@pytest.mark.parametrize("page", sorted(ANCHORS), ids=_name)
def test_pledge_anchors_resolve(visit, page):
    missing = visit(page)["anchors"]
    _fail(page, "pledge id(s) with no element of that id", [f"#{pledge}" for pledge in missing])


def test_axe_knows_every_wcag_tag(site, driver_factory):
    _, base = site
    driver = driver_factory(WIDTHS[0])
    driver.get(base + PAGES[0])
    axe = inject_axe(driver)
    assert axe["unknown_tags"] == [], (
        f"axe-core {axe['version']} has no rules tagged {axe['unknown_tags']}; install axe-core-python"
    )


@pytest.mark.parametrize(("pledge", "page"), PLEDGES, ids=[p for p, _ in PLEDGES])
def test_search_finds_pledge_on_its_page(site, driver_factory, pledge, page):
    _, base = site
    found = search_results(driver_factory(WIDTHS[0]), base + "search.html", pledge)
    assert page in found, f"searching {pledge!r} lists {found or 'no page'}, not {page}"
