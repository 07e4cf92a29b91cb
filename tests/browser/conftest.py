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


_NOT_RUN = pytest.StashKey[str]()


def pytest_collection_modifyitems(config, items):
    """Without a browser (and outside CI) leave out every test that needs one, and say so once."""
    if find_browser() is not None or running_in_ci():
        return
    needs = [item for item in items if "browser" in getattr(item, "fixturenames", ())]
    if needs:
        items[:] = [item for item in items if "browser" not in getattr(item, "fixturenames", ())]
        config.hook.pytest_deselected(items=needs)
        config.stash[_NOT_RUN] = (
            f"{len(needs)} browser tests not run: Chromium/chromedriver not found; install with: {INSTALL_HINT}"
        )


def pytest_terminal_summary(terminalreporter, config):
    if _NOT_RUN in config.stash:
        terminalreporter.write_line("SKIPPED " + config.stash[_NOT_RUN], yellow=True)


def pytest_sessionfinish(session, exitstatus):
    if exitstatus == pytest.ExitCode.NO_TESTS_COLLECTED and _NOT_RUN in session.config.stash:
        session.exitstatus = pytest.ExitCode.OK


@pytest.fixture(scope="session")
def browser() -> tuple[str, str]:
    """(chromium, chromedriver); under CI a missing browser fails every test that needs it."""
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
