"""smaller storage: dates as day numbers in the big tables, no second copy of the
installments, attendance keyed by (meeting, member)

Measured on the 5,000-member, 5-year demo (dbstat on a decrypted copy, #19): 558 MB of
data, 574 MB encrypted, against a target of 450 MB. What goes:

- `ix_installment_loan_dues` (47 MB) held every column of `installment` but its id: a
  second copy of the table in loan order. A schedule is written at once, so a loan's
  installments already lie side by side in the table; they are read through the
  `(loan_id, number)` key. The DCB reads a period's installments in date order
  (`ix_installment_due_loan`), the portfolio the per-loan caches (0016).
- `ix_journal_repayment_loan` (33 MB) held the same repayment rows as
  `ix_journal_repayment_date` in loan order; a loan's own repayments are found through
  `ix_journal_entry_loan_id`, a period's through the date-ordered index.
- `attendance` is WITHOUT ROWID, keyed by (meeting_id, member_id): the table is its own
  unique index (its row id, which nothing referred to, and the 14 MB copy of the pair go).
- `journal_entry.business_date`, `installment.due_on` and `paid_on` (and the caches
  computed from them: `loan_position.oldest_unpaid_on`, `loan_demand_month.month`) are
  day numbers since 1970 (app.db.base.DayNumber: 2 bytes, not 10 characters, in the
  tables and in every index on them); the models still read and write `date` objects,
  and the journal hash still covers the ISO text, so the chain verifies as before.

Tables are rebuilt by copying their rows aside, dropping and re-creating them, then
copying the rows back: rows of other tables that refer to journal rows (write-offs,
settlements, cash differences, reversals) find their journal row again before the
transaction ends (foreign keys deferred), which a drop after the copy would not give.
Their other indexes and triggers come back as they were; the position-cache triggers on
`installment` from app.db.positions, and the caches are filled again from the
installments. `app.db.migrate` compacts the file after the upgrade.

Revision ID: 0017_smaller_storage
Revises: 0016_positions
Create Date: 2026-12-07 09:30:00
"""
from __future__ import annotations

from collections.abc import Callable

from alembic import op

revision = '0017_smaller_storage'
down_revision = '0016_positions'
branch_labels = None
depends_on = None

# ISO text 'YYYY-MM-DD' <-> days since 1970-01-01 (julianday of a midnight is n + .5:
# the difference is exact)
TO_DAY = "CAST(julianday({col}) - 2440587.5 AS INTEGER)"
TO_ISO = "date({col} * 86400, 'unixepoch')"

INSTALLMENT = (
    "CREATE TABLE installment (id INTEGER NOT NULL, loan_id INTEGER NOT NULL, "
    "number INTEGER NOT NULL, due_on {date} NOT NULL, principal_minor INTEGER NOT NULL, "
    "interest_minor INTEGER NOT NULL, paid_principal_minor INTEGER NOT NULL, "
    "paid_interest_minor INTEGER NOT NULL, paid_on {date}, "
    "CONSTRAINT pk_installment PRIMARY KEY (id), "
    "CONSTRAINT fk_installment_loan_id_loan FOREIGN KEY(loan_id) REFERENCES loan (id), "
    "CONSTRAINT uq_installment_loan_id UNIQUE (loan_id, number))")
INSTALLMENT_COLUMNS = ("id", "loan_id", "number", "due_on", "principal_minor",
                       "interest_minor", "paid_principal_minor", "paid_interest_minor",
                       "paid_on")
LOAN_DUES = ("CREATE INDEX ix_installment_loan_dues ON installment (loan_id, due_on, "
             "principal_minor, interest_minor, paid_principal_minor, paid_interest_minor, "
             "number, paid_on)")

JOURNAL = (
    "CREATE TABLE journal_entry (id INTEGER NOT NULL, business_date {date} NOT NULL, "
    "posted_at INTEGER NOT NULL, staff_id INTEGER NOT NULL, kind VARCHAR(24) NOT NULL, "
    "member_id INTEGER, loan_id INTEGER, savings_account_id INTEGER, meeting_id INTEGER, "
    "amount_minor INTEGER NOT NULL, principal_minor INTEGER NOT NULL, "
    "interest_minor INTEGER NOT NULL, fee_minor INTEGER NOT NULL, "
    "penalty_minor INTEGER NOT NULL, channel VARCHAR(10) NOT NULL, reverses_id INTEGER, "
    "reason TEXT NOT NULL, hash BLOB NOT NULL, "
    "CONSTRAINT pk_journal_entry PRIMARY KEY (id), "
    "CONSTRAINT fk_journal_entry_loan_id_loan FOREIGN KEY(loan_id) REFERENCES loan (id), "
    "CONSTRAINT fk_journal_entry_meeting_id_meeting FOREIGN KEY(meeting_id) "
    "REFERENCES meeting (id), "
    "CONSTRAINT fk_journal_entry_member_id_member FOREIGN KEY(member_id) REFERENCES member (id), "
    "CONSTRAINT fk_journal_entry_reverses_id_journal_entry FOREIGN KEY(reverses_id) "
    "REFERENCES journal_entry (id), "
    "CONSTRAINT fk_journal_entry_savings_account_id_savings_account "
    "FOREIGN KEY(savings_account_id) REFERENCES savings_account (id), "
    "CONSTRAINT fk_journal_entry_staff_id_staff FOREIGN KEY(staff_id) REFERENCES staff (id))")
JOURNAL_COLUMNS = ("id", "business_date", "posted_at", "staff_id", "kind", "member_id",
                   "loan_id", "savings_account_id", "meeting_id", "amount_minor",
                   "principal_minor", "interest_minor", "fee_minor", "penalty_minor",
                   "channel", "reverses_id", "reason", "hash")
REPAYMENT_LOAN = ("CREATE INDEX ix_journal_repayment_loan ON journal_entry (loan_id, "
                  "business_date, principal_minor, interest_minor, reverses_id, channel) "
                  "WHERE kind = 'repayment'")

ATTENDANCE_KEYED = (
    "CREATE TABLE attendance (meeting_id INTEGER NOT NULL, member_id INTEGER NOT NULL, "
    "status VARCHAR(12) NOT NULL, "
    "CONSTRAINT pk_attendance PRIMARY KEY (meeting_id, member_id), "
    "CONSTRAINT fk_attendance_meeting_id_meeting FOREIGN KEY(meeting_id) "
    "REFERENCES meeting (id), "
    "CONSTRAINT fk_attendance_member_id_member FOREIGN KEY(member_id) REFERENCES member (id)"
    ") WITHOUT ROWID")
ATTENDANCE_ROWID = (
    "CREATE TABLE attendance (id INTEGER NOT NULL, meeting_id INTEGER NOT NULL, "
    "member_id INTEGER NOT NULL, status VARCHAR(12) NOT NULL, "
    "CONSTRAINT pk_attendance PRIMARY KEY (id), "
    "CONSTRAINT fk_attendance_meeting_id_meeting FOREIGN KEY(meeting_id) "
    "REFERENCES meeting (id), "
    "CONSTRAINT fk_attendance_member_id_member FOREIGN KEY(member_id) REFERENCES member (id), "
    "CONSTRAINT uq_attendance_meeting_id UNIQUE (meeting_id, member_id))")

POSITION = (
    "CREATE TABLE loan_position (loan_id INTEGER NOT NULL, installments INTEGER NOT NULL, "
    "principal_minor INTEGER NOT NULL, interest_minor INTEGER NOT NULL, "
    "paid_principal_minor INTEGER NOT NULL, paid_interest_minor INTEGER NOT NULL, "
    "oldest_unpaid_on {date}, CONSTRAINT pk_loan_position PRIMARY KEY (loan_id), "
    "CONSTRAINT fk_loan_position_loan_id_loan FOREIGN KEY(loan_id) REFERENCES loan (id))")
DEMAND_MONTH = (
    "CREATE TABLE loan_demand_month (loan_id INTEGER NOT NULL, month {date} NOT NULL, "
    "principal_minor INTEGER NOT NULL, interest_minor INTEGER NOT NULL, "
    "CONSTRAINT pk_loan_demand_month PRIMARY KEY (loan_id, month), "
    "CONSTRAINT fk_loan_demand_month_loan_id_loan FOREIGN KEY(loan_id) REFERENCES loan (id)"
    ") WITHOUT ROWID")


def _sql(statement: str) -> None:
    """One statement as it is (no bound parameters: trigger bodies hold ':' and '%')."""
    op.get_bind().exec_driver_sql(statement)


def _referring(table: str) -> list[tuple[str, str]]:
    """(table, column) of every foreign key that refers to `table`."""
    conn = op.get_bind()
    tables = [n for (n,) in conn.exec_driver_sql(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    return sorted({(t, row[3]) for t in tables
                   for row in conn.exec_driver_sql(f'PRAGMA foreign_key_list("{t}")')
                   if row[2] == table})


def _fk_indexes(referring: list[tuple[str, str]], *, create: bool) -> None:
    """Temporary indexes on referring columns, for the rebuild only."""
    for t, c in referring:
        name = f"tmp_0017_{t}_{c}"
        _sql(f"CREATE INDEX IF NOT EXISTS {name} ON {t} ({c}) WHERE {c} IS NOT NULL"
             if create else f"DROP INDEX IF EXISTS {name}")


def _rebuild(table: str, create: str, columns: tuple[str, ...], convert: dict[str, str],
             *, order: str = "rowid", skip_index: Callable[[str], bool] = lambda _n: False,
             skip_trigger: Callable[[str], bool] = lambda _n: False) -> None:
    """Copy `table`'s rows aside (`convert`: column -> SQL over the old row), drop it,
    create it as `create` says and copy the rows back in `order`; its indexes and
    triggers come back as they were, but those `skip_*` names."""
    conn = op.get_bind()
    indexes = [(n, sql) for n, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
        "AND sql IS NOT NULL", (table,))]
    triggers = [(n, sql) for n, sql in conn.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
        (table,))]
    aside = f"{table}_0017"
    picked = ", ".join(f"{convert[c].format(col=c)} AS {c}" if c in convert else c
                       for c in columns)
    _sql(f"CREATE TABLE {aside} AS SELECT {picked} FROM {table} ORDER BY {order}")
    # Dropping the table deletes its rows first, and each deleted or re-inserted row
    # looks for the rows that refer to it: without an index on each referring column
    # (a journal row's `reverses_id`) that is a scan of the referring table per row.
    # A table others refer to is emptied row by row before it is dropped, so its own
    # indexes go first (they are made again below, in one pass each).
    referring = _referring(table)
    _fk_indexes(referring, create=True)
    for name, _sql_text in indexes:
        _sql(f'DROP INDEX "{name}"')
    _sql(f"DROP TABLE {table}")
    _sql(create)
    _fk_indexes([(t, c) for t, c in referring if t == table], create=True)
    listed = ", ".join(columns)
    _sql(f"INSERT INTO {table} ({listed}) SELECT {listed} FROM {aside} ORDER BY rowid")
    _sql(f"DROP TABLE {aside}")
    _fk_indexes(referring, create=False)
    for name, sql in indexes:
        if not skip_index(name):
            _sql(sql)
    for name, sql in triggers:
        if not skip_trigger(name):
            _sql(sql)


def _positions(date_type: str, triggers: tuple[str, ...], fill: tuple[str, ...],
               drop_triggers: tuple[str, ...]) -> None:
    """The position caches re-created with `date_type` dates and filled again from the
    installments; the triggers on `installment` that keep them, replaced."""
    for name in drop_triggers:
        _sql(f"DROP TRIGGER IF EXISTS {name}")
    _sql("DROP TABLE loan_position")
    _sql("DROP TABLE loan_demand_month")
    _sql(POSITION.format(date=date_type))
    _sql(DEMAND_MONTH.format(date=date_type))
    for statement in fill:
        _sql(statement)
    for statement in triggers:
        _sql(statement)


def upgrade() -> None:
    from app.db.positions import DEMAND_SELECT, MONTH, POSITION_SELECT, TRIGGER_NAMES, TRIGGERS

    _sql("PRAGMA defer_foreign_keys = ON")  # rows referring to journal rows, below
    to_day = {"due_on": TO_DAY, "paid_on": TO_DAY}
    _rebuild("installment", INSTALLMENT.format(date="INTEGER"), INSTALLMENT_COLUMNS, to_day,
             skip_index=lambda name: name == "ix_installment_loan_dues",
             skip_trigger=lambda name: name in TRIGGER_NAMES)
    _rebuild("journal_entry", JOURNAL.format(date="INTEGER"), JOURNAL_COLUMNS,
             {"business_date": TO_DAY},
             skip_index=lambda name: name == "ix_journal_repayment_loan")
    _rebuild("attendance", ATTENDANCE_KEYED, ("meeting_id", "member_id", "status"), {},
             order="meeting_id, member_id")
    _positions("INTEGER", TRIGGERS, (
        f"INSERT INTO loan_position {POSITION_SELECT} GROUP BY loan_id",
        f"INSERT INTO loan_demand_month {DEMAND_SELECT} GROUP BY loan_id, {MONTH}"),
        TRIGGER_NAMES)


def downgrade() -> None:
    from app.db.positions_0016 import (
        ISO_DEMAND,
        ISO_MONTH,
        ISO_POSITION,
        ISO_TRIGGER_NAMES,
        ISO_TRIGGERS,
    )

    _sql("PRAGMA defer_foreign_keys = ON")
    to_iso = {"due_on": TO_ISO, "paid_on": TO_ISO}
    _rebuild("installment", INSTALLMENT.format(date="DATE"), INSTALLMENT_COLUMNS, to_iso,
             skip_trigger=lambda name: name in ISO_TRIGGER_NAMES)
    _sql(LOAN_DUES)
    _rebuild("journal_entry", JOURNAL.format(date="DATE"), JOURNAL_COLUMNS,
             {"business_date": TO_ISO})
    _sql(REPAYMENT_LOAN)
    _rebuild("attendance", ATTENDANCE_ROWID, ("meeting_id", "member_id", "status"), {},
             order="meeting_id, member_id")
    _positions("DATE", ISO_TRIGGERS, (
        f"INSERT INTO loan_position {ISO_POSITION} GROUP BY loan_id",
        f"INSERT INTO loan_demand_month {ISO_DEMAND} GROUP BY loan_id, {ISO_MONTH}"),
        ISO_TRIGGER_NAMES)
