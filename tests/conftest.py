"""Shared test set-up: Qt offscreen, real migrated SQLite files, data builders, and the
Hypothesis profile (tests/hypothesis_profiles.py: deterministic unless `make fuzz`)."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

# offscreen, on the screen of an old branch PC (1024 × 768): what every window must fit
SCREEN = Path(__file__).parent / "ui" / "screen_1024x768.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"
os.environ.setdefault("SHAKHA_NO_GUI_SINGLETON", "1")
# the machine's database keys (app.db.machine_key), outside every test's folder
os.environ.setdefault("SHAKHA_KEY_DIR", tempfile.mkdtemp(prefix="shakha-machine-keys-"))

from app.db.engine import open_engine  # noqa: E402
from app.db.migrate import upgrade_database  # noqa: E402
from tests import hypothesis_profiles  # noqa: E402

HYPOTHESIS_PROFILE = hypothesis_profiles.load()


def pytest_report_header() -> str:
    return f"hypothesis profile: {HYPOTHESIS_PROFILE}"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `make fuzz` every property test runs FUZZ_FACTOR times its examples."""
    for item in items:
        test = getattr(item, "obj", None)
        hypothesis_profiles.widen(getattr(test, "__func__", test))


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


@pytest.fixture(autouse=True)
def _west_bengal_wording_after_each_test():
    """A test that opened a Bangladesh branch (or chose its wording) leaves none behind:
    the wording is the process's, and the next test starts with the base wording."""
    yield
    from app.i18n import WORDINGS, current_wording, set_wording

    if current_wording() != WORDINGS[0]:
        import sys

        if "ui.i18n" in sys.modules:
            ui_i18n = sys.modules["ui.i18n"]
            ui_i18n.install_language(ui_i18n.current_language(), WORDINGS[0])
        set_wording(WORDINGS[0])
