"""Starting a newer Shakha on an older database: backed up first, upgraded, and the
backup's place is returned for the start-up to say; a newer database is refused."""

from __future__ import annotations

import sqlite3

import pytest
from alembic import command

from app.db.migrate import alembic_config, head_revision
from app.errors import ValidationError
from app.gui_launch import prepare_database


def test_an_older_database_is_backed_up_then_upgraded_and_the_backup_named(tmp_path):
    db = tmp_path / "branch.db"
    command.upgrade(alembic_config(db), "0002")
    backup = prepare_database(db)
    assert backup is not None and backup.is_file() and backup.parent.name == "backups"
    con = sqlite3.connect(db)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
        head_revision()
    con.close()
    assert prepare_database(db) is None  # current: nothing to do, nothing to say


def test_a_database_of_a_newer_shakha_is_refused_untouched(tmp_path):
    db = tmp_path / "branch.db"
    command.upgrade(alembic_config(db), "head")
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999_future'")
    con.commit()
    con.close()
    before = db.read_bytes()
    with pytest.raises(ValidationError, match="newer version of Shakha"):
        prepare_database(db)
    assert db.read_bytes() == before
