"""Shared test set-up: Qt offscreen, real migrated SQLite files, data builders."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SHAKHA_NO_GUI_SINGLETON", "1")
# the machine's database keys (app.db.machine_key), outside every test's folder
os.environ.setdefault("SHAKHA_KEY_DIR", tempfile.mkdtemp(prefix="shakha-machine-keys-"))

from app.db.engine import open_engine  # noqa: E402
from app.db.migrate import upgrade_database  # noqa: E402


@pytest.fixture(autouse=True)
def _computer_calendar():
    """The computer's date is the real one unless a test sets it (app.clock.CLOCK), and
    whatever a test set goes with it."""
    from app.clock import CLOCK

    yield
    CLOCK.set_today(None)


@pytest.fixture(scope="session")
def _migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One freshly migrated empty database per test session, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "empty.db"
    upgrade_database(path)
    return path


@pytest.fixture
def db_path(tmp_path: Path, _migrated_template: Path) -> Path:
    """A real, migrated, empty branch database file of this test's own."""
    path = tmp_path / "branch.db"
    shutil.copy(_migrated_template, path)
    shutil.copy(f"{_migrated_template}.keys", f"{path}.keys")  # its key slots (same key)
    return path


@pytest.fixture
def engine(db_path: Path):
    eng = open_engine(db_path)
    yield eng
    eng.dispose()
