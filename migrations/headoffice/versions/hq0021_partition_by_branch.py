"""hq_event and hq_ledger partitioned by branch (PostgreSQL LIST partitioning)

Each table becomes a partitioned table with one partition per branch (every branch
registered, and every branch code found in its rows) and a DEFAULT partition as a
safety net; from now on a branch's partitions are made when it is enrolled
(app.headoffice.partitions). Every row is moved; the id sequence of hq_event is kept.
A partitioned table's unique keys must hold the partition key, so an event id is now
unique within its branch (uq_hq_event_branch_event_id), which is what ingest checks.

SQLite (the one-machine trial) keeps plain tables; only the event id's uniqueness
becomes per branch there too, so both databases refuse the same events.

Revision ID: hq0021
Revises: hq0020
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.headoffice.partitions import default_name, ensure_branch_partitions

revision = 'hq0021'
down_revision = 'hq0020'
branch_labels = None
depends_on = None

OLD = "{}_unpartitioned"

# (table, primary key, unique keys, partial indexes) as after this revision
KEYS = {
    "hq_event": ("(branch, id)",
                 {"uq_hq_event_branch": "(branch, epoch, seq)",
                  "uq_hq_event_branch_event_id": "(branch, event_id)"},
                 {"ix_hq_event_request_answers":
                  "(branch) WHERE type = 'hq_request.answered'"}),
    "hq_ledger": ("(branch, journal_id)", {}, {}),
}
# as before it (downgrade)
KEYS_BEFORE = {
    "hq_event": ("(id)", {"uq_hq_event_branch": "(branch, epoch, seq)",
                          "uq_hq_event_event_id": "(event_id)"},
                 KEYS["hq_event"][2]),
    "hq_ledger": KEYS["hq_ledger"],
}


def _set_aside(table: str) -> tuple[str, str | None]:
    """Rename `table` (and its keys, whose names the new table takes); returns the old
    table's name and the sequence of its id, released from it so it survives the drop."""
    conn = op.get_bind()
    old = OLD.format(table)
    op.execute(f"ALTER TABLE {table} RENAME TO {old}")
    for name in conn.execute(sa.text(
            "SELECT conname FROM pg_constraint WHERE conrelid = CAST(:t AS regclass)"),
            {"t": old}).scalars().all():
        op.execute(f'ALTER TABLE {old} RENAME CONSTRAINT "{name}" TO "{name}_old"')
    for name in conn.execute(sa.text(
            "SELECT indexname FROM pg_indexes WHERE tablename = :t "
            "AND schemaname = current_schema()"), {"t": old}).scalars().all():
        if not name.endswith("_old"):
            op.execute(f'ALTER INDEX "{name}" RENAME TO "{name}_old"')
    sequence = conn.scalar(sa.text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": old}) \
        if table == "hq_event" else None
    if sequence:
        op.execute(f"ALTER SEQUENCE {sequence} OWNED BY NONE")
    return old, sequence


def _keys(table: str, keys: tuple[str, dict[str, str], dict[str, str]]) -> None:
    primary, uniques, partial = keys
    op.execute(f"ALTER TABLE {table} ADD CONSTRAINT pk_{table} PRIMARY KEY {primary}")
    for name, columns in uniques.items():
        op.execute(f"ALTER TABLE {table} ADD CONSTRAINT {name} UNIQUE {columns}")
    for name, spec in partial.items():
        op.execute(f"CREATE INDEX {name} ON {table} {spec}")


def _finish(table: str, old: str, sequence: str | None) -> None:
    op.execute(f"INSERT INTO {table} SELECT * FROM {old}")
    if sequence:
        op.execute(f"ALTER SEQUENCE {sequence} OWNED BY {table}.id")
    op.execute(f"DROP TABLE {old}")


def upgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        with op.batch_alter_table("hq_event", recreate="always") as batch:
            batch.drop_constraint("uq_hq_event_event_id", type_="unique")
            batch.create_unique_constraint("uq_hq_event_branch_event_id",
                                           ["branch", "event_id"])
        return
    codes: set[str] = set(conn.execute(sa.text("SELECT code FROM hq_branch")).scalars())
    aside = {}
    for table, keys in KEYS.items():
        old, sequence = aside[table] = _set_aside(table)
        codes |= set(conn.execute(sa.text(f"SELECT DISTINCT branch FROM {old}")).scalars())
        op.execute(f"CREATE TABLE {table} (LIKE {old} INCLUDING DEFAULTS) "
                   "PARTITION BY LIST (branch)")
        _keys(table, keys)
        op.execute(f"CREATE TABLE {default_name(table)} PARTITION OF {table} DEFAULT")
    for code in sorted(codes):  # before the rows move, so none lands in DEFAULT
        ensure_branch_partitions(conn, code)
    for table, (old, sequence) in aside.items():
        _finish(table, old, sequence)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        with op.batch_alter_table("hq_event", recreate="always") as batch:
            batch.drop_constraint("uq_hq_event_branch_event_id", type_="unique")
            batch.create_unique_constraint("uq_hq_event_event_id", ["event_id"])
        return
    for table, keys in KEYS_BEFORE.items():
        old, sequence = _set_aside(table)
        op.execute(f"CREATE TABLE {table} (LIKE {old} INCLUDING DEFAULTS)")
        _keys(table, keys)
        _finish(table, old, sequence)

