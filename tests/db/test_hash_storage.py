"""Hashes stored as 32 bytes (migration 0004_hashes) keep every chain exactly as it was."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import migrate
from app.db.check import check_database
from app.db.engine import open_engine
from app.db.ledger import entry_content
from app.db.models import JournalEntry, OutboxEvent
from tests import dbfiles
from tests.db.test_check import _ledger


def _chains(path):
    engine = open_engine(path)
    try:
        with Session(engine) as s:
            journal = [(e.hash, entry_content(e)) for e in
                       s.scalars(select(JournalEntry).order_by(JournalEntry.id))]
            outbox = [(e.seq, e.prev_hash, e.hash) for e in
                      s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq))]
    finally:
        engine.dispose()
    return journal, outbox


def test_a_database_from_before_keeps_its_chains_when_hashes_become_bytes(engine, db_path):
    _ledger(engine, units=2)
    before = _chains(db_path)
    command.downgrade(migrate.alembic_config(db_path), "0004_dates")  # hex text, twice
    with dbfiles.connect(db_path) as con:
        assert con.execute("SELECT typeof(hash), length(hash), typeof(posted_at) FROM "
                           "journal_entry LIMIT 1").fetchone() == ("text", 64, "text")
        assert con.execute("SELECT count(*) FROM pragma_table_info('journal_entry') "
                           "WHERE name = 'prev_hash'").fetchone() == (1,)
    migrate.upgrade_database(db_path)  # what the app does on its next start
    assert _chains(db_path) == before
    with dbfiles.connect(db_path) as con:
        assert con.execute("SELECT DISTINCT typeof(hash), length(hash), typeof(posted_at) "
                           "FROM journal_entry").fetchall() == [("blob", 32, "integer")]
        indexes = {r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE tbl_name = 'journal_entry' "
            "AND type = 'index'")}
    assert "uq_journal_entry_hash" not in indexes and not any(
        i.startswith("sqlite_autoindex_journal_entry") for i in indexes)
    assert check_database(db_path).ok


def test_a_branch_with_write_offs_and_reversals_upgrades_through_0004_hashes(tmp_path):
    """Rows of other tables refer to journal rows (a write-off's journal row, a
    reversal's reversed row): rebuilding the journal must leave them pointing at it."""
    from datetime import date

    from app.demo import generate_demo

    path = tmp_path / "demo.db"
    generate_demo(path, members=20, years=1, seed=5, today=date(2026, 11, 25))
    with dbfiles.connect(path) as con:
        con.execute("INSERT INTO loan_write_off (loan_id, on_date, staff_id, reason, "
                    "principal_minor, interest_minor, journal_id, reversed) SELECT loan_id, "
                    "date(business_date * 86400, 'unixepoch'), staff_id, 'test', 0, 0, id, 0 "
                    "FROM journal_entry WHERE kind = 'disbursement' ORDER BY id DESC LIMIT 1")
        reversals = con.execute("SELECT count(*) FROM journal_entry "
                                "WHERE reverses_id IS NOT NULL").fetchone()[0]
    before = _chains(path)
    command.downgrade(migrate.alembic_config(path), "0004_dates")
    migrate.upgrade_database(path)

    assert _chains(path) == before
    with dbfiles.connect(path) as con:
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM loan_write_off w JOIN journal_entry j "
                           "ON j.id = w.journal_id").fetchone() == (1,)
        assert con.execute("SELECT count(*) FROM journal_entry "
                           "WHERE reverses_id IS NOT NULL").fetchone() == (reversals,)
        assert not con.execute("SELECT name FROM sqlite_master WHERE name LIKE 'tmp_%' "
                               "OR name LIKE '%_aside'").fetchall()
    assert check_database(path).ok
