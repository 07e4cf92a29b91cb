"""Checks of built HTML pages in a real browser (headless Chromium driven by selenium).

Each check takes a driver that has just loaded a page (see `load`) and returns a list of problems, one short
string each; an empty list means the page passes. The same functions run on the built book (test_pages.py) and
on small synthetic pages that show each check can fail and can pass (test_checks.py).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import http.server
import json
import os
import re
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import yaml

INSTALL_HINT = "sudo apt-get install chromium chromium-driver"
WIDTHS = (1400, 390)
HEIGHT = 900
LOCAL_HOSTS = {"127.0.0.1", "localhost"}
INLINE_SCHEMES = {"data", "blob"}
AXE_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
# Python packages that ship axe-core's axe.min.js, newest axe-core first: axe-core-python 0.1.0 has axe-core
# 4.4 (knows every tag in AXE_TAGS); axe-selenium-python 2.1.6 has axe-core 3.1, which has no "wcag21a" tag.
AXE_PACKAGES = (("axe_core_python", "axe.min.js"), ("axe_selenium_python", "node_modules/axe-core/axe.min.js"))
# Pages Sphinx writes besides the book's own: the search page is tested on its own, the index and the
# redirect from index.html to the root page have no content of the book.
NOT_BOOK_PAGES = {"search.html", "genindex.html", "index.html"}


# --- locating the browser ----------------------------------------------------------------------------------


def find_browser() -> tuple[str, str] | None:
    """(chromium, chromedriver) executables on PATH, or None if either is missing."""
    chromium = next(
        (p for name in ("chromium", "chromium-browser", "google-chrome") if (p := shutil.which(name))), None
    )
    driver = shutil.which("chromedriver")
    return (chromium, driver) if chromium and driver else None


def running_in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in {"true", "1", "yes"}


def make_driver(width: int, height: int = HEIGHT):
    """A headless Chromium session with browser and performance logs, its viewport exactly `width` px wide."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    found = find_browser()
    if found is None:
        raise RuntimeError(f"Chromium or chromedriver not found on PATH; install with: {INSTALL_HINT}")
    chromium, chromedriver = found
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--hide-scrollbars", "--no-first-run", "--disable-extensions", "--lang=en-GB",
                f"--window-size={width},{height}"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=chromedriver))
    driver.set_script_timeout(120)
    driver.set_page_load_timeout(60)
    set_width(driver, width, height)
    return driver


def set_width(driver, width: int, height: int = HEIGHT) -> None:
    """Fix the viewport (not the window) to width x height CSS pixels."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


# --- serving a folder --------------------------------------------------------------------------------------


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the signature is http.server's
        pass


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """Serve `directory` on 127.0.0.1 at a free port; yields the base URL (ending in '/')."""
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# --- loading a page ----------------------------------------------------------------------------------------


def load(driver, url: str) -> dict:
    """Load `url` and return what the load left in the logs: {'console': [...], 'network': [...]}.

    The logs are drained first, so that only this load is seen; the page then gets two animation frames and a
    short pause for deferred scripts to run.
    """
    driver.get_log("browser")
    driver.get_log("performance")
    driver.get(url)
    driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 150)));"
    )
    return {"console": driver.get_log("browser"), "network": driver.get_log("performance")}


# --- the checks --------------------------------------------------------------------------------------------


def console_errors(logs: dict) -> list[str]:
    """Every console message of level SEVERE (uncaught exceptions, failed loads, console.error)."""
    return [entry["message"] for entry in logs["console"] if entry.get("level") == "SEVERE"]


def request_problems(logs: dict) -> list[str]:
    """Requests that went anywhere but this machine, answered with status >= 400, or failed to load.

    Only requests the load itself started are judged (a request cancelled by leaving the previous page is
    not this page's).
    """
    requests: dict[str, str] = {}
    problems: list[str] = []
    for entry in logs["network"]:
        message = json.loads(entry["message"])["message"]
        method, params = message.get("method"), message.get("params", {})
        if method == "Network.requestWillBeSent":
            url = params["request"]["url"]
            requests[params["requestId"]] = url
            parts = urlsplit(url)
            if parts.scheme not in INLINE_SCHEMES and parts.hostname not in LOCAL_HOSTS:
                problems.append(f"non-local request: {url}")
        elif method == "Network.responseReceived":
            status = params["response"]["status"]
            if status >= 400:
                problems.append(f"HTTP {status}: {params['response']['url']}")
        elif method == "Network.loadingFailed" and params["requestId"] in requests:
            if not params.get("canceled"):
                problems.append(f"failed ({params.get('errorText', '?')}): {requests[params['requestId']]}")
    return list(dict.fromkeys(problems))


_OVERFLOW_JS = r"""
const vw = window.innerWidth;
const root = document.documentElement;
const short = (el) => {
  const parts = [];
  for (let e = el; e && e !== root && parts.length < 3; e = e.parentElement) {
    let s = e.tagName.toLowerCase();
    if (e.id) { parts.unshift(s + '#' + e.id); break; }
    const cls = Array.from(e.classList).slice(0, 2);
    if (cls.length) s += '.' + cls.join('.');
    parts.unshift(s);
  }
  return parts.join(' > ');
};
const pokesOut = (el) => {
  const r = el.getBoundingClientRect();
  if (r.width === 0 || r.height === 0) return false;
  if (getComputedStyle(el).visibility === 'hidden') return false;
  return r.right > vw + 1 || r.left < -1;
};
// Inside a container that itself fits and scrolls (overflow-x auto or scroll: the reader scrolls that box, not
// the page) or clips (hidden or clip: nothing shows beyond its edge).
const inFittingScroller = (el) => {
  for (let a = el.parentElement; a && a !== document.body && a !== root; a = a.parentElement) {
    if (getComputedStyle(a).overflowX !== 'visible') {
      const r = a.getBoundingClientRect();
      if (r.left >= -1 && r.right <= vw + 1) return true;
    }
  }
  return false;
};
const out = new Set(Array.from(document.body.querySelectorAll('*')).filter(pokesOut).filter(e => !inFittingScroller(e)));
const top = Array.from(out).filter(e => !out.has(e.parentElement));
return {viewport: vw, document: root.scrollWidth, offenders: top.slice(0, 12).map(short), count: top.length};
"""


def overflow(driver) -> list[str]:
    """Elements that stick out of the viewport, and a document wider than the viewport.

    An element inside a container that itself fits and scrolls horizontally (overflow-x auto or scroll) is fine,
    and so is one clipped by such a container (overflow-x hidden or clip: nothing of it shows beyond the edge).
    Only the outermost offending elements are named (their children stick out because they do).
    """
    result = driver.execute_script(_OVERFLOW_JS)
    problems = []
    if result["document"] > result["viewport"]:
        problems.append(f"document is {result['document']} px wide in a {result['viewport']} px viewport")
    if result["count"]:
        more = f" (and {result['count'] - len(result['offenders'])} more)" if result["count"] > 12 else ""
        problems.append("wider than the viewport: " + "; ".join(result["offenders"]) + more)
    return problems


_FILE_NAME = re.compile(r"\S*\.(png|jpe?g|gif|svg|webp|avif|bmp|pdf)", re.IGNORECASE)
_HASH = re.compile(r"[0-9a-f]{8,}|[0-9a-f-]{20,}", re.IGNORECASE)
DECORATIVE_ROLES = {"presentation", "none"}


def alt_problem(alt: str | None, role: str | None = None, aria_hidden: str | None = None) -> str | None:
    """Why an image's alt text is not meaningful, or None if it is.

    A decorative image passes only if it says so explicitly: alt="" together with role="presentation" (or
    "none") or aria-hidden="true". Otherwise the alt text must have at least three words and must not be a
    file name or a hash.
    """
    if alt is None:
        return "no alt attribute"
    text = alt.strip()
    if not text:
        if (role or "").strip().lower() in DECORATIVE_ROLES or (aria_hidden or "").strip().lower() == "true":
            return None
        return 'empty alt text without role="presentation"'
    if _FILE_NAME.fullmatch(text):
        return "alt text is a file name"
    if _HASH.fullmatch(text):
        return "alt text is a hash"
    if len(re.findall(r"[^\W_]+", text)) < 3:
        return "alt text has fewer than 3 words"
    return None


_IMAGES_JS = """
return Array.from(document.images).map(img => ({
  src: img.getAttribute('src'), alt: img.getAttribute('alt'),
  role: img.getAttribute('role'), hidden: img.getAttribute('aria-hidden')}));
"""


def bad_images(driver) -> list[str]:
    """Every <img> whose alt text is missing or not meaningful (see `alt_problem`)."""
    problems = []
    for img in driver.execute_script(_IMAGES_JS):
        reason = alt_problem(img["alt"], img["role"], img["hidden"])
        if reason:
            problems.append(f"{reason}: <img src={img['src']!r} alt={img['alt']!r}>")
    return problems


RAW_OUTPUT = re.compile(
    r"\bNaN\b|\bnan\b|<NA>|\bNaT\b|\bdtype: |\bName: \w+, dtype|object at 0x[0-9a-f]+|<class '|"
    r"\[\d+ rows x \d+ columns\]|\bTrue\b|\bFalse\b|\d\.\d{5,}"
)
"""What must never reach a reader: pandas gaps (NaN, <NA>, NaT), Series and frame reprs, object reprs, Python
booleans and numbers printed to many decimals."""


def raw_output(driver) -> list[str]:
    """Each piece of visible page text that looks like raw Python or pandas output (see :data:`RAW_OUTPUT`).

    Only what the reader sees counts (``innerText`` skips collapsed code and hidden blocks); code shown on purpose
    (``pre`` and ``code`` elements) is left out.
    """
    text = driver.execute_script(
        "const c = document.querySelector('main') || document.body; const copy = c.cloneNode(true);"
        "copy.querySelectorAll('pre, code, script, style, .cell_input, details:not([open]) > :not(summary)')"
        ".forEach(e => e.remove());"
        "document.body.appendChild(copy); const t = copy.innerText; copy.remove(); return t;"
    )
    problems = []
    for match in RAW_OUTPUT.finditer(text):
        start, end = max(0, match.start() - 40), min(len(text), match.end() + 40)
        problems.append(f"{match.group(0)!r} in …{' '.join(text[start:end].split())}…")
    return problems[:12]


def favicon_problems(driver) -> list[str]:
    """A page must name an icon (<link rel="icon">) that loads; otherwise the browser asks for /favicon.ico."""
    status = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "const link = document.querySelector('link[rel~=\"icon\"]');"
        "if (!link) { done(null); return; }"
        "fetch(link.href).then(r => done([link.href, r.status])).catch(e => done([link.href, String(e)]));"
    )
    if status is None:
        return ['no <link rel="icon">']
    href, code = status
    return [] if code == 200 else [f"icon {href} answered {code}"]


def missing_ids(driver, ids: list[str]) -> list[str]:
    """The ids in `ids` that no element on the page carries."""
    return driver.execute_script("return arguments[0].filter(id => !document.getElementById(id));", list(ids))


def axe_script() -> Path:
    """axe.min.js from the first installed package of AXE_PACKAGES."""
    import importlib.util

    for package, relative in AXE_PACKAGES:
        spec = importlib.util.find_spec(package)
        if spec and spec.origin and (script := Path(spec.origin).parent / relative).is_file():
            return script
    raise RuntimeError(f"no axe-core script: install one of {', '.join(p for p, _ in AXE_PACKAGES)}")


def inject_axe(driver) -> dict:
    """Load axe-core into the page; returns {'version': ..., 'unknown_tags': [tags of AXE_TAGS it lacks]}."""
    driver.execute_script(axe_script().read_text(encoding="utf8"))
    return driver.execute_script(
        "return {version: axe.version,"
        " unknown_tags: arguments[0].filter(t => axe.getRules([t]).length === 0)};",
        list(AXE_TAGS),
    )


WIDTH_INDEPENDENT_RULES = ("color-contrast",)
"""axe rules whose result depends on the colours, not on the viewport width; the page test runs them at the desktop
width only. color-contrast is also by far the slowest rule on long pages (13 of 17 s on the data page)."""


def axe_violations(driver, tags: tuple[str, ...] = AXE_TAGS, skip: tuple[str, ...] = ()) -> list[str]:
    """axe-core violations of the rules tagged `tags` (without the rules in `skip`): rule id, impact, count and the
    first three targets.

    Tags the loaded axe-core does not know are left out here (axe refuses to run with them); `inject_axe`
    names them and test_pages.py fails on them.
    """
    known = [t for t in tags if t not in inject_axe(driver)["unknown_tags"]]
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "const rules = Object.fromEntries(arguments[1].map(r => [r, {enabled: false}]));"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, rules, resultTypes: ['violations']})"
        ".then(r => done(r.violations)).catch(e => done({error: String(e)}));",
        known,
        list(skip),
    )
    if isinstance(result, dict):
        raise RuntimeError(f"axe-core failed on {driver.current_url}: {result['error']}")
    problems = []
    for violation in sorted(result, key=lambda v: v["id"]):
        targets = [" ".join(map(str, node["target"])) for node in violation["nodes"][:3]]
        problems.append(
            f"{violation['id']} ({violation.get('impact')}, {len(violation['nodes'])} nodes): " + " | ".join(targets)
        )
    return problems


def search_results(driver, search_url: str, query: str, timeout: float = 20) -> list[str]:
    """Paths (relative to the site root, no query or fragment) of the pages Sphinx's search lists for `query`."""
    from urllib.parse import quote

    from selenium.webdriver.support.ui import WebDriverWait

    base = search_url.rsplit("/", 1)[0] + "/"
    driver.get(f"{search_url}?q={quote(query)}")
    WebDriverWait(driver, timeout).until(
        lambda d: d.execute_script(
            "const h = document.querySelector('#search-results h2');"
            "return h !== null && h.textContent.startsWith('Search Results');"
        ),
        message=f"search for {query!r} on {search_url} did not finish within {timeout} s",
    )
    hrefs = driver.execute_script(
        "return Array.from(document.querySelectorAll('#search-results ul.search li a')).map(a => a.href);"
    )
    base_path = urlsplit(base).path
    return [urlsplit(h).path[len(base_path):] for h in hrefs if urlsplit(h).path.startswith(base_path)]


# --- what the book should contain --------------------------------------------------------------------------


def toc_pages(toc_path: Path) -> list[str]:
    """The HTML page (relative to the build root) of every file in a Jupyter Book _toc.yml, in toc order."""
    toc = yaml.safe_load(toc_path.read_text(encoding="utf8"))
    if not isinstance(toc, dict) or "root" not in toc:
        raise ValueError(f"{toc_path}: no 'root' entry")
    pages = [toc["root"]]

    def walk(entries, where):
        for n, entry in enumerate(entries or [], 1):
            if not isinstance(entry, dict):
                raise ValueError(f"{toc_path}: entry {n} of {where} is not a mapping: {entry!r}")
            if "file" in entry:
                pages.append(entry["file"])
            for key in ("parts", "chapters", "sections"):
                walk(entry.get(key), f"{where} > {key}")

    walk([toc], "the toc")
    return [re.sub(r"\.(ipynb|md|py|rst)$", "", p) + ".html" for p in pages]


def built_pages(html_dir: Path) -> list[str]:
    """The book pages Sphinx wrote into `html_dir` (without the search page, the index and the redirect)."""
    return sorted(
        p.relative_to(html_dir).as_posix()
        for p in html_dir.rglob("*.html")
        if not p.relative_to(html_dir).parts[0].startswith("_") and p.relative_to(html_dir).as_posix() not in NOT_BOOK_PAGES
    )


def pledge_anchors(pledges_csv: Path) -> dict[str, list[str]]:
    """{page: [pledge ids]} from the pledge catalogue: each pledge must be an element id on its notebook's page."""
    pages: dict[str, list[str]] = {}
    with pledges_csv.open(encoding="utf8", newline="") as f:
        reader = csv.DictReader(f)
        missing = {"pledge_id", "notebook"} - set(reader.fieldnames or [])
        if missing:
            raise ValueError(f"{pledges_csv}: missing column(s) {', '.join(sorted(missing))}")
        for row in reader:
            line = reader.line_num
            pledge, notebook = (row["pledge_id"] or "").strip(), (row["notebook"] or "").strip()
            if not pledge:
                raise ValueError(f"{pledges_csv}, row {line}: empty pledge_id")
            if not notebook.endswith(".ipynb"):
                raise ValueError(f"{pledges_csv}, row {line} ({pledge}): notebook {notebook!r} is not an .ipynb path")
            pages.setdefault(notebook[: -len(".ipynb")] + ".html", []).append(pledge)
    return pages
