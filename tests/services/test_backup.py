"""Backups are consistent, checked before they are reported, and day-close ones pruned."""

from __future__ import annotations

from datetime import date

import pytest

import app.services.backup as backup
from app.errors import IntegrityFailure, ValidationError
from app.services.backup import back_up_after_day_close, back_up_to
from tests import dbfiles
from tests.services.meeting_world import meeting_world


def _journal_rows(path) -> int:
    con = dbfiles.connect(path)
    try:
        return con.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
    finally:
        con.close()


def test_a_backup_is_a_checked_copy_holding_the_same_ledger(engine, db_path, tmp_path):
    meeting_world(engine)
    made = back_up_to(engine, str(tmp_path / "usb" / "shakha.db"))
    assert made.path.exists() and made.size_bytes == made.path.stat().st_size
    assert dbfiles.backup_count(made.path, "journal_entry") == _journal_rows(db_path)
    assert not list(made.path.parent.glob("*.part"))


@pytest.mark.parametrize("where", ["", "   ", "DIR", "SELF"])
def test_a_backup_needs_a_file_name_other_than_the_database(engine, db_path, tmp_path, where):
    destination = {"DIR": str(tmp_path), "SELF": str(db_path)}.get(where, where)
    with pytest.raises(ValidationError):
        back_up_to(engine, destination)


def test_an_unwritable_place_is_explained(engine, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(ValidationError, match="could not be written"):
        back_up_to(engine, str(blocker / "inside" / "shakha.db"))


def test_a_copy_that_does_not_read_back_is_removed_and_reported(engine, tmp_path,
                                                                   monkeypatch):
    import app.db.backupfile as backupfile

    def unreadable(path, _key):
        raise IntegrityFailure("The copy at {path} could not be read back, so it was "
                               "removed. Try another drive.", path=str(path))

    monkeypatch.setattr(backupfile, "read_back", unreadable)
    target = tmp_path / "shakha.db"
    with pytest.raises(IntegrityFailure):
        back_up_to(engine, str(target))
    assert not target.exists()


def test_day_close_backups_sit_beside_the_database_and_only_the_last_ones_stay(
        engine, db_path, monkeypatch):
    monkeypatch.setattr(backup, "KEEP_DAY_CLOSE", 2)
    made = [back_up_after_day_close(engine, date(2026, 11, day)) for day in (23, 24, 25)]
    assert made[0].path.parent == db_path.parent / "backups"
    left = sorted(p.name for p in made[0].path.parent.glob("*day-close*.db"))
    assert len(left) == 2 and "2026-11-23" not in " ".join(left)
