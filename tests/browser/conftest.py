"""Fixtures of the browser tests: the browser (skipped where it is missing, failing under CI), one session per
viewport width for a whole module, and a local HTTP server for a folder of HTML."""

from __future__ import annotations

import pytest
from browser_checks import INSTALL_HINT, find_browser, make_driver, running_in_ci


def pytest_addoption(parser):
    parser.addoption(
        "--book-html",
        default="_build/.test/_build/html",
        help="built HTML book the browser tests load (default: _build/.test/_build/html, where make test builds it)",
    )


@pytest.fixture(scope="session")
def browser() -> tuple[str, str]:
    """(chromium, chromedriver); all browser tests skip together, with one reason, where they are missing."""
    found = find_browser()
    if found is None:
        message = f"Chromium/chromedriver not found, browser tests not run; install with: {INSTALL_HINT}"
        if running_in_ci():
            pytest.fail(message + " (CI=true: the browser is required)", pytrace=False)
        pytest.skip(message)
    return found


@pytest.fixture(scope="module")
def driver_factory(browser):
    """make(width) -> a driver, one per width per module, all quit when the module is done."""
    drivers = {}

    def make(width: int):
        if width not in drivers:
            drivers[width] = make_driver(width)
        return drivers[width]

    yield make
    for driver in drivers.values():
        driver.quit()
