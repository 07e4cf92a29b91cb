"""Shared fixtures: a scratch copy of data/ that a test may break on purpose."""

import shutil
from pathlib import Path

import pytest

from analysis import DATA_DIR, ROOT


@pytest.fixture
def data_copy(tmp_path: Path) -> Path:
    """A copy of the real data folder in a temporary directory."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT
