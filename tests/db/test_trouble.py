"""A full, busy or failing disk is told to the user in words, and nothing is saved."""

import errno
import sqlite3

import pytest
import sqlcipher3
from sqlalchemy import event

from app.db.engine import open_engine
from app.db.trouble import StorageTrouble, storage_trouble
from app.i18n import tr_error
from tests import dbfiles
from tests.db.test_check import _ledger


def _journal_rows(db_path) -> int:
    con = dbfiles.connect(db_path)
    try:
        return con.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
    finally:
        con.close()


def test_a_full_disk_says_so_and_the_posting_leaves_nothing(engine, db_path):
    _ledger(engine)
    before = _journal_rows(db_path)
    pages = dbfiles.connect(db_path).execute("PRAGMA page_count").fetchone()[0]
    full = open_engine(db_path, background_checkpoints=False)
    event.listen(full, "connect",  # the file may not grow: as a full disk does
                 lambda con, _record: con.execute(f"PRAGMA max_page_count = {pages}"))
    with pytest.raises(Exception) as failed:
        _ledger_more(full, rows=400)
    full.dispose()
    trouble = storage_trouble(failed.value)
    assert isinstance(trouble, StorageTrouble)
    assert tr_error(trouble, "en").startswith("The disk is full: nothing was saved.")
    assert tr_error(trouble, "bn").startswith("ডিস্ক ভরে গেছে")
    assert _journal_rows(db_path) == before


def _ledger_more(engine, rows: int) -> None:
    from datetime import date

    from sqlalchemy import select

    from app.db.models import Member, Staff
    from app.db.uow import Actor, UnitOfWork

    with UnitOfWork(engine, Actor.system()) as uow:
        staff = uow.session.scalars(select(Staff.id)).first()
        member = uow.session.scalars(select(Member.id)).first()
        for k in range(rows):
            uow.journal.post(business_date=date(2026, 11, 25), staff_id=staff, kind="fee",
                             amount_minor=100 + k, member_id=member,
                             reason="x" * 400)  # rows big enough to need new pages


def test_a_database_another_program_is_writing_to_is_called_busy(db_path):
    holder = dbfiles.connect(db_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    other = dbfiles.connect(db_path, timeout=0)
    try:
        with pytest.raises(sqlcipher3.OperationalError) as locked:
            other.execute("INSERT INTO setting (key, value) VALUES ('k', 'v')")
    finally:
        other.close()
        holder.execute("ROLLBACK")
        holder.close()
    assert "busy" in tr_error(storage_trouble(locked.value), "en")


def test_a_file_write_that_runs_out_of_space_is_a_full_disk():
    trouble = storage_trouble(OSError(errno.ENOSPC, "No space left on device"))
    assert trouble is not None and "disk is full" in str(trouble)


def test_other_errors_are_not_mistaken_for_disk_trouble():
    assert storage_trouble(ValueError("nope")) is None
    assert storage_trouble(OSError(errno.ENOENT, "missing")) is None
    assert storage_trouble(sqlite3.OperationalError("no such table: x")) is None
