"""Each check of browser_checks on small synthetic pages, served and loaded the way the book's pages are: every
check must fail on a page built to break it and pass on a clean one."""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_checks import (
    WIDTH_INDEPENDENT_RULES,
    alt_problem,
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
    set_width,
    toc_pages,
)

CHART_ALT = "Line chart of dwellings completed per year in Dortmund"
HEAD = '<meta charset="utf-8"><title>Test page</title><link rel="icon" href="favicon.svg">'
PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=="


def page(body: str, head: str = HEAD, lang: str = ' lang="en"') -> str:
    return f"<!DOCTYPE html><html{lang}><head>{head}</head><body><main>{body}</main></body></html>"


PAGES = {
    "favicon.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>',
    "clean.html": page(
        f'<h1 id="ch99-p01">A clean page</h1><p>Some text.</p><img src="{PIXEL}" alt="{CHART_ALT}">'
        '<img src="favicon.svg" alt="" role="presentation">'
        '<div style="overflow-x: auto" tabindex="0"><table><tr><td style="min-width: 3000px">wide cell</td></tr></table></div>'
        '<div style="overflow: hidden; width: 100px"><span style="display: inline-block; width: 3000px">cut</span></div>'
    ),
    "console.html": page("<h1>Twice declared</h1><script>const X = 1;</script><script>const X = 2;</script>"),
    "missing.html": page(f'<h1>Missing image</h1><img src="no-such-chart.png" alt="{CHART_ALT}">'),
    "external.html": page(
        "<h1>External style sheet</h1>",
        head=HEAD + '<link rel="stylesheet" href="https://cdn.example.invalid/theme.css">',
    ),
    "wide.html": page('<h1>Wide</h1><div id="wide" style="width: 2000px">too wide</div>'),
    "images.html": page(
        f'<h1>Images</h1><img src="{PIXEL}" alt=""><img src="{PIXEL}" alt="abc123.png">'
        f'<img src="{PIXEL}" alt="Chart"><img src="{PIXEL}">'
    ),
    "raw.html": page(
        "<h1>Raw</h1><p>Completions 2015: NaN</p><p>value 0.1932456 and True</p>"
        "<pre>df.dropna() # NaN in code is fine</pre><details><summary>more</summary><p>hidden nan</p></details>"
    ),
    "no-icon.html": page("<h1>No icon</h1>", head='<meta charset="utf-8"><title>Test page</title>'),
    "inaccessible.html": page(f'<h1>No language</h1><img src="{PIXEL}">', lang=""),
    "low-contrast.html": page('<h1>Low contrast</h1><p style="color:#ccc;background:#fff">Pale grey text</p>'),
    # Sphinx's search page reduced to what search_results reads: a title that ends with "Search Results" and
    # a list of links, here to clean.html for the query "ch99-p01" and to nothing otherwise.
    "search.html": page(
        '<div id="search-results"></div><script>'
        "const q = new URLSearchParams(location.search).get('q');"
        "setTimeout(() => { const out = document.getElementById('search-results');"
        "out.innerHTML = '<h2>Search Results</h2><ul class=\"search\">' +"
        " (q === 'ch99-p01' ? '<li><a href=\"clean.html?highlight=ch99\">Clean</a></li>' : '') + '</ul>'; }, 50);"
        "</script>"
    ),
}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("site")
    for name, text in PAGES.items():
        (folder / name).write_text(text, encoding="utf8")
    with serve(folder) as url:
        yield url


@pytest.fixture(scope="module")
def driver(driver_factory):
    return driver_factory(1400)


def test_clean_page_passes_every_check(driver, base):
    logs = load(driver, base + "clean.html")
    assert console_errors(logs) == []
    assert request_problems(logs) == []
    assert overflow(driver) == []
    assert bad_images(driver) == []
    assert missing_ids(driver, ["ch99-p01"]) == []
    assert favicon_problems(driver) == []
    assert raw_output(driver) == []
    assert axe_violations(driver) == []


def test_raw_output_is_caught_in_visible_text_only(driver, base):
    load(driver, base + "raw.html")
    found = raw_output(driver)
    assert [f.split(" in ")[0] for f in found] == ["'NaN'", "'0.1932456'", "'True'"]


def test_console_error_is_caught(driver, base):
    errors = console_errors(load(driver, base + "console.html"))
    assert len(errors) == 1 and "Identifier 'X' has already been declared" in errors[0]


def test_missing_file_is_caught(driver, base):
    problems = request_problems(load(driver, base + "missing.html"))
    assert any(p.startswith("HTTP 404") and p.endswith("no-such-chart.png") for p in problems), problems


def test_external_request_is_caught(driver, base):
    problems = request_problems(load(driver, base + "external.html"))
    assert "non-local request: https://cdn.example.invalid/theme.css" in problems


def test_wide_element_is_caught_and_named(driver, base):
    load(driver, base + "wide.html")
    problems = overflow(driver)
    # 2000 px of div plus the body's default 8 px margin.
    assert problems == ["document is 2008 px wide in a 1400 px viewport", "wider than the viewport: div#wide"]


def test_wide_table_in_scroll_box_fits_at_phone_width(driver, base):
    set_width(driver, 390)
    try:
        load(driver, base + "clean.html")
        assert overflow(driver) == []
        load(driver, base + "wide.html")
        assert overflow(driver) == ["document is 2008 px wide in a 390 px viewport", "wider than the viewport: div#wide"]
    finally:
        set_width(driver, 1400)


def test_bad_alt_texts_are_caught(driver, base):
    load(driver, base + "images.html")
    reasons = [p.split(":")[0] for p in bad_images(driver)]
    assert reasons == [
        'empty alt text without role="presentation"',
        "alt text is a file name",
        "alt text has fewer than 3 words",
        "no alt attribute",
    ]


def test_missing_anchor_is_caught(driver, base):
    load(driver, base + "clean.html")
    assert missing_ids(driver, ["ch99-p01", "ch99-p02"]) == ["ch99-p02"]


def test_missing_favicon_is_caught(driver, base):
    load(driver, base + "no-icon.html")
    assert favicon_problems(driver) == ['no <link rel="icon">']


def test_axe_knows_the_wcag_21_tags(driver, base):
    load(driver, base + "clean.html")
    assert inject_axe(driver)["unknown_tags"] == []


def test_axe_violations_are_caught(driver, base):
    load(driver, base + "inaccessible.html")
    rules = [v.split(" ")[0] for v in axe_violations(driver)]
    assert rules == ["html-has-lang", "image-alt"]


def test_low_contrast_is_caught_unless_the_rule_is_skipped(driver, base):
    load(driver, base + "low-contrast.html")
    assert [v.split(" ")[0] for v in axe_violations(driver)] == ["color-contrast"]
    assert axe_violations(driver, skip=WIDTH_INDEPENDENT_RULES) == []


def test_search_results_are_read(driver, base):
    assert search_results(driver, base + "search.html", "ch99-p01") == ["clean.html"]
    assert search_results(driver, base + "search.html", "ch99-p02") == []


# --- checks that need no browser ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("alt", "role", "hidden", "reason"),
    [
        (CHART_ALT, None, None, None),
        ("", "presentation", None, None),
        ("", "none", None, None),
        ("", None, "true", None),
        (None, None, None, "no alt attribute"),
        ("  ", None, None, 'empty alt text without role="presentation"'),
        ("abc123.png", None, None, "alt text is a file name"),
        ("../_images/06fd1c33f3d2.png", None, None, "alt text is a file name"),
        ("06fd1c33f3d2fddab333", None, None, "alt text is a hash"),
        ("Housing chart", None, None, "alt text has fewer than 3 words"),
        ("Chart - -", None, None, "alt text has fewer than 3 words"),
    ],
)
def test_alt_problem(alt, role, hidden, reason):
    assert alt_problem(alt, role, hidden) == reason


def test_toc_pages_in_toc_order(tmp_path):
    toc = tmp_path / "_toc.yml"
    toc.write_text(
        "format: jb-book\nroot: book/intro\nparts:\n  - caption: A\n    chapters:\n      - file: book/a\n"
        "        sections:\n          - file: book/a1.md\n  - caption: B\n    chapters:\n      - file: book/b\n",
        encoding="utf8",
    )
    assert toc_pages(toc) == ["book/intro.html", "book/a.html", "book/a1.html", "book/b.html"]


def test_toc_without_root_is_refused(tmp_path):
    toc = tmp_path / "_toc.yml"
    toc.write_text("format: jb-book\n", encoding="utf8")
    with pytest.raises(ValueError, match=r"_toc.yml: no 'root' entry"):
        toc_pages(toc)


def test_built_pages_leave_out_search_index_and_static(tmp_path):
    for name in ("index.html", "search.html", "genindex.html", "book/a.html", "_static/x.html", "_sources/y.html"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("<html></html>", encoding="utf8")
    assert built_pages(tmp_path) == ["book/a.html"]


def _pledges(tmp_path: Path, rows: str) -> Path:
    path = tmp_path / "pledges.csv"
    path.write_text("pledge_id,chapter,notebook\n" + rows, encoding="utf8")
    return path


def test_pledge_anchors_by_page(tmp_path):
    path = _pledges(tmp_path, "ch02-p01,2,book/ch02_wohnen.ipynb\nch02-p02,2,book/ch02_wohnen.ipynb\n"
                              "ch03-p01,3,book/ch03_umwelt_klima.ipynb\n")
    assert pledge_anchors(path) == {
        "book/ch02_wohnen.html": ["ch02-p01", "ch02-p02"],
        "book/ch03_umwelt_klima.html": ["ch03-p01"],
    }


def test_pledge_without_notebook_names_file_and_row(tmp_path):
    path = _pledges(tmp_path, "ch02-p01,2,book/ch02_wohnen.ipynb\nch02-p02,2,\n")
    with pytest.raises(ValueError, match=r"pledges.csv, row 3 \(ch02-p02\): notebook '' is not an .ipynb path"):
        pledge_anchors(path)


def test_pledge_catalogue_without_notebook_column_is_refused(tmp_path):
    path = tmp_path / "pledges.csv"
    path.write_text("pledge_id,chapter\nch02-p01,2\n", encoding="utf8")
    with pytest.raises(ValueError, match="missing column"):
        pledge_anchors(path)
