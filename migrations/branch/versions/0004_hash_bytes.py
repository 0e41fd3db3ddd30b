"""hashes as 32-byte values; what the journal chain does not need, gone

A 5,000-member, 5-year branch was 827 MB: every journal row held its hash and the
previous row's hash as 64-character hex text, and a unique index on that text (146 MB)
served nothing — the chain is re-derived in id order, never looked up by hash. Now:

- `journal_entry.hash` is the 32-byte SHA-256 (BLOB); `prev_hash` is gone (it is the
  previous row's hash: `db check` re-derives it), and so is the unique index;
- `journal_entry.posted_at` is microseconds since 1970 (UTC) as an integer: the same
  instant, 8 bytes instead of 26 characters, read back to the same datetime, so the
  hash (over its ISO text) is unchanged;
- the loan and savings-account indexes leave out the rows without one (half the journal
  is repayments, half savings deposits);
- `outbox_event.hash` and `prev_hash` are 32-byte values too (the wire still carries hex).

The hash computation (SHA-256 over the previous hash's hex text and the canonical
content) is unchanged: head office verifies exactly what it verified before. The table
is rebuilt in id order; `app.db.migrate` compacts the file after an upgrade that leaves
much of it free.

Revision ID: 0004_hashes
Revises: 0004_dates
Create Date: 2026-12-07 04:00:00
"""
from __future__ import annotations

from alembic import op

revision = '0004_hashes'
down_revision = '0004_dates'
branch_labels = None
depends_on = None

JOURNAL_TRIGGERS = (
    """CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry
       BEGIN SELECT RAISE(ABORT, 'journal rows are immutable; post a reversal'); END""",
    """CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry
       BEGIN SELECT RAISE(ABORT, 'journal rows are immutable; post a reversal'); END""",
)
OUTBOX_TRIGGERS = (
    """CREATE TRIGGER outbox_event_no_update BEFORE UPDATE ON outbox_event
       BEGIN SELECT RAISE(ABORT, 'outbox events are immutable'); END""",
    """CREATE TRIGGER outbox_event_delete_only_acked BEFORE DELETE ON outbox_event
       WHEN OLD.seq > COALESCE((SELECT CAST(value AS INTEGER) FROM sync_state
                                WHERE key = 'acked_seq'), 0)
       BEGIN SELECT RAISE(ABORT, 'outbox event not yet acknowledged by head office'); END""",
)


def _head_triggers(hash_expr: str) -> tuple[str, str]:
    return (
        f"""CREATE TRIGGER journal_entry_head AFTER INSERT ON journal_entry
           BEGIN UPDATE chain_head SET epoch = 0, last_seq = NEW.id,
                                       last_hash = {hash_expr.format(col='NEW.hash')}
                 WHERE chain = 'journal'; END""",
        f"""CREATE TRIGGER outbox_event_head AFTER INSERT ON outbox_event
           BEGIN UPDATE chain_head SET epoch = NEW.epoch, last_seq = NEW.seq,
                                       last_hash = {hash_expr.format(col='NEW.hash')}
                 WHERE chain = 'outbox'; END""",
    )


JOURNAL_COLUMNS = (
    "id INTEGER NOT NULL, business_date DATE NOT NULL, posted_at {posted} NOT NULL, "
    "staff_id INTEGER NOT NULL, kind VARCHAR(24) NOT NULL, member_id INTEGER, "
    "loan_id INTEGER, savings_account_id INTEGER, meeting_id INTEGER, "
    "amount_minor INTEGER NOT NULL, principal_minor INTEGER NOT NULL, "
    "interest_minor INTEGER NOT NULL, fee_minor INTEGER NOT NULL, "
    "penalty_minor INTEGER NOT NULL, channel VARCHAR(10) NOT NULL, reverses_id INTEGER, "
    "reason TEXT NOT NULL, {hashes}, "
    "CONSTRAINT pk_journal_entry PRIMARY KEY (id), "
    "CONSTRAINT fk_journal_entry_loan_id_loan FOREIGN KEY(loan_id) REFERENCES loan (id), "
    "CONSTRAINT fk_journal_entry_meeting_id_meeting FOREIGN KEY(meeting_id) "
    "REFERENCES meeting (id), "
    "CONSTRAINT fk_journal_entry_member_id_member FOREIGN KEY(member_id) REFERENCES member (id), "
    "CONSTRAINT fk_journal_entry_reverses_id_journal_entry FOREIGN KEY(reverses_id) "
    "REFERENCES journal_entry (id), "
    "CONSTRAINT fk_journal_entry_savings_account_id_savings_account "
    "FOREIGN KEY(savings_account_id) REFERENCES savings_account (id), "
    "CONSTRAINT fk_journal_entry_staff_id_staff FOREIGN KEY(staff_id) REFERENCES staff (id)"
    "{unique}"
)
COMMON = ("id, business_date, {posted_at}, staff_id, kind, member_id, loan_id, "
          "savings_account_id, meeting_id, amount_minor, principal_minor, interest_minor, "
          "fee_minor, penalty_minor, channel, reverses_id, reason")
# ISO text 'YYYY-MM-DD HH:MM:SS[.ffffff]' <-> microseconds since 1970, exactly (julianday's
# double would lose microseconds)
TO_MICROS = ("(CAST(strftime('%s', substr(posted_at, 1, 19)) AS INTEGER) * 1000000 + "
             "CASE WHEN length(posted_at) > 20 THEN CAST(substr(posted_at || '000000', 21, 6) "
             "AS INTEGER) ELSE 0 END)")
FROM_MICROS = ("(strftime('%Y-%m-%d %H:%M:%S', posted_at / 1000000, 'unixepoch') || '.' || "
               "substr('000000' || (posted_at % 1000000), -6, 6))")


def _referring_columns() -> list[tuple[str, str]]:
    """(table, column) of every foreign key that refers to journal_entry."""
    conn = op.get_bind()
    tables = [n for (n,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return sorted({(t, row[3]) for t in tables
                   for row in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{t}")')
                   if row[2] == "journal_entry"})


def _rebuild_journal(posted: str, hashes: str, unique: str, select: str,
                     partial: bool) -> None:
    """Rebuild journal_entry in id order; its indexes come back as they were (another
    migration's too), the loan and savings-account ones partial or not.

    The rows are copied aside, the table dropped and made again, and the rows copied
    back: rows of other tables that refer to journal rows (write-offs, settlements,
    cash differences, reversals) find them again before the commit. (Renaming a rebuilt
    copy over the dropped table left those references counted as broken: a branch with
    a write-off could not upgrade.) Temporary indexes on the referring columns keep the
    drop from scanning a referring table once per journal row."""
    op.execute("PRAGMA defer_foreign_keys = ON")  # rows referring to it while it is rebuilt
    indexes = [(name, sql) for name, sql in op.get_bind().exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND "
        "tbl_name = 'journal_entry' AND sql IS NOT NULL")]
    for name in ("journal_entry_no_update", "journal_entry_no_delete", "journal_entry_head"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute(f"CREATE TABLE journal_entry_aside AS {select} ORDER BY id")
    referring = _referring_columns()
    for table, col in referring:
        op.execute(f"CREATE INDEX IF NOT EXISTS tmp_0004_{table}_{col} ON {table} ({col}) "
                   f"WHERE {col} IS NOT NULL")
    for name, _sql in indexes:
        op.execute(f'DROP INDEX "{name}"')
    op.execute("DROP TABLE journal_entry")
    op.execute("CREATE TABLE journal_entry (" + JOURNAL_COLUMNS.format(
        posted=posted, hashes=hashes, unique=unique) + ")")
    op.execute("CREATE INDEX tmp_0004_journal_entry_reverses_id ON journal_entry "
               "(reverses_id) WHERE reverses_id IS NOT NULL")
    op.execute("INSERT INTO journal_entry SELECT * FROM journal_entry_aside ORDER BY id")
    op.execute("DROP TABLE journal_entry_aside")
    op.execute("DROP INDEX tmp_0004_journal_entry_reverses_id")
    for table, col in referring:
        op.execute(f"DROP INDEX IF EXISTS tmp_0004_{table}_{col}")
    where = " WHERE {col} IS NOT NULL" if partial else ""
    for col in ("loan_id", "savings_account_id"):
        op.execute(f"CREATE INDEX ix_journal_entry_{col} ON journal_entry ({col})"
                   + where.format(col=col))
    for name, sql in indexes:
        if name not in ("ix_journal_entry_loan_id", "ix_journal_entry_savings_account_id"):
            op.execute(sql)
    for statement in JOURNAL_TRIGGERS:
        op.execute(statement)


OUTBOX_COLUMNS = (
    "seq INTEGER NOT NULL, event_id VARCHAR(36) NOT NULL, epoch INTEGER NOT NULL, "
    "type VARCHAR(40) NOT NULL, schema_version INTEGER NOT NULL, "
    "aggregate_id VARCHAR(40) NOT NULL, business_date DATE NOT NULL, "
    "device_time DATETIME NOT NULL, staff_id INTEGER, payload TEXT NOT NULL, "
    "prev_hash {kind} NOT NULL, hash {kind} NOT NULL, "
    "CONSTRAINT pk_outbox_event PRIMARY KEY (seq), "
    "CONSTRAINT uq_outbox_event_event_id UNIQUE (event_id)"
)
OUTBOX_COMMON = ("seq, event_id, epoch, type, schema_version, aggregate_id, business_date, "
                 "device_time, staff_id, payload")


def _rebuild_outbox(kind: str, convert: str) -> None:
    for name in ("outbox_event_no_update", "outbox_event_delete_only_acked",
                 "outbox_event_head"):
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("CREATE TABLE outbox_event_rebuilt (" + OUTBOX_COLUMNS.format(kind=kind) + ")")
    op.execute(f"INSERT INTO outbox_event_rebuilt SELECT {OUTBOX_COMMON}, "
               f"{convert.format(col='prev_hash')}, {convert.format(col='hash')} "
               "FROM outbox_event ORDER BY seq")
    op.execute("DROP TABLE outbox_event")
    op.execute("ALTER TABLE outbox_event_rebuilt RENAME TO outbox_event")
    for statement in OUTBOX_TRIGGERS:
        op.execute(statement)


def upgrade() -> None:
    _rebuild_journal("INTEGER", "hash BLOB NOT NULL", "",
                     f"SELECT {COMMON.format(posted_at=TO_MICROS)}, unhex(hash) "
                     "FROM journal_entry", partial=True)
    _rebuild_outbox("BLOB", "unhex({col})")
    for statement in _head_triggers("lower(hex({col}))"):
        op.execute(statement)


def downgrade() -> None:
    _rebuild_journal(
        "DATETIME", "prev_hash VARCHAR(64) NOT NULL, hash VARCHAR(64) NOT NULL",
        ", CONSTRAINT uq_journal_entry_hash UNIQUE (hash)",
        f"SELECT {COMMON.format(posted_at=FROM_MICROS)}, coalesce(lower(hex((SELECT p.hash "
        "FROM journal_entry p WHERE p.id = journal_entry.id - 1))), '" + "0" * 64 + "'), "
        "lower(hex(hash)) FROM journal_entry", partial=False)
    _rebuild_outbox("VARCHAR(64)", "lower(hex({col}))")
    for statement in _head_triggers("{col}"):
        op.execute(statement)
