"""Starting the app on a database of another version, through the real start-up windows
offscreen: an older one is backed up, upgraded, and the first window (the login dialog,
then the main window's status bar) says so and names the copy; a newer one is refused
with a clear message in the user's language and left as it was."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from alembic import command
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from app.db.migrate import alembic_config, head_revision
from tests import dbfiles
from ui.login_dialog import LoginDialog


def _start(db: Path, lang: str, monkeypatch, on_window) -> int:  # type: ignore[no-untyped-def]
    from ui.app_main import run_gui

    for name in ("SHAKHA_AUTOLOGIN", "SHAKHA_SCREENSHOT", "SHAKHA_EXIT_WHEN_SHOWN"):
        monkeypatch.delenv(name, raising=False)

    def look() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()  # shown, its branch open
                   if isinstance(w, LoginDialog) and w.isVisible() and w.engine is not None]
        if dialogs:
            on_window(dialogs[0])
            dialogs[0].reject()  # the user closes it: the app ends
        else:
            QTimer.singleShot(20, look)

    QTimer.singleShot(20, look)
    stuck = QTimer()
    stuck.setSingleShot(True)
    stuck.timeout.connect(lambda: QApplication.instance().exit(99))
    stuck.start(20_000)
    try:
        return run_gui(argparse.Namespace(db=str(db), lang=lang))
    finally:
        stuck.stop()
        from ui.i18n import install_language
        install_language("en")


def _older(tmp_path: Path) -> Path:
    """A branch database as an early Shakha left it (schema 0002, its branch row)."""
    db = tmp_path / "branch.db"
    command.upgrade(alembic_config(db), "0002")
    con = dbfiles.connect(db)
    con.execute("INSERT INTO branch (code, name_en, name_bn, institution, currency, "
                "policy_profile, address, grievance_contact, business_date) VALUES "
                "('JB-CHD', 'Chandina', 'চান্দিনা', 'Janata Bank', 'BDT', "
                "'bangladesh_mra', '', '', '2026-11-25')")
    con.commit()
    con.close()
    return db


def test_an_older_database_is_backed_up_upgraded_and_the_first_window_says_so(
        tmp_path, qapp, monkeypatch):
    db = _older(tmp_path)
    seen: list[str] = []
    code = _start(db, "en", monkeypatch, lambda d: seen.append(d.message.text()))
    assert code == 0 and len(seen) == 1, seen
    said = re.fullmatch(r"Shakha was updated: the database was upgraded to this version\. "
                        r"The copy from before is kept at (.+)\.", seen[0])
    assert said is not None, seen[0]
    backup = Path(said.group(1))
    assert backup.is_file() and backup.parent.name == "backups"
    con = dbfiles.connect(db)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            head_revision()
    finally:
        con.close()
    again: list[str] = []  # current now: nothing to do, nothing said
    assert _start(db, "en", monkeypatch, lambda d: again.append(d.message.text())) == 0
    assert "was updated" not in again[0]


def test_the_upgrade_is_told_in_bengali_too(tmp_path, qapp, monkeypatch):
    db = _older(tmp_path)
    seen: list[str] = []
    assert _start(db, "bn", monkeypatch, lambda d: seen.append(d.message.text())) == 0
    assert re.search("[\u0980-\u09ff]", seen[0]) and "backups" in seen[0], seen


def test_a_newer_database_is_refused_in_bengali_and_left_as_it_was(tmp_path, qapp,
                                                                   monkeypatch):
    from tests.ui.keys import read_next_message

    db = _older(tmp_path)
    command.upgrade(alembic_config(db), "head")
    con = dbfiles.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    seen: list[str] = []
    read_next_message(seen)
    code = _start(db, "bn", monkeypatch, lambda d: None)
    assert code == 1 and db.read_bytes() == before and len(seen) == 1
    assert "9999_future" in seen[0] and re.search("[\u0980-\u09ff]", seen[0]), seen
    assert not list(tmp_path.glob("backups/*"))  # nothing backed up, nothing changed
