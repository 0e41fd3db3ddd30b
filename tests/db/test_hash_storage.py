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
