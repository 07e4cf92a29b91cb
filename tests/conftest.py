"""Shared fixtures: a scratch copy of data/ that a test may break on purpose.

The browser tests in tests/browser/ need the built book and Chromium; `pytest tests` leaves them out, and they
run only when named (`pytest tests/browser`, as `make test` does after the book build).
"""

import shutil
from pathlib import Path

import pytest

from analysis import DATA_DIR, ROOT


BROWSER_TESTS = (Path(__file__).parent / "browser").resolve()


def pytest_ignore_collect(collection_path: Path, config) -> bool | None:
    if collection_path == BROWSER_TESTS:
        named = [Path(arg.split("::")[0]).resolve() for arg in config.args]
        if not any(p == BROWSER_TESTS or BROWSER_TESTS in p.parents for p in named):
            return True
    return None


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the real data folder in a temporary directory."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
