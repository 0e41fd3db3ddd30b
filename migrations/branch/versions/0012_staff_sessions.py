"""staff sessions: failed logins and lock-out; the audit trail chained like the journal

- `staff.failed_logins` / `staff.locked_until`: five wrong passwords in a row lock the
  user for 15 minutes (or until the manager unlocks her; app.services.session);
- `audit_event.hash`: SHA-256 over the previous row's hash and the row's content
  (app.db.audit_chain), so `shakha db check` finds an audit row altered, inserted or
  removed; the `chain_head` row "audit" records the last one (rows removed from the end).
  Audit rows are immutable from here on (triggers), as journal rows are. The rows already
  there are chained now, in id order.

Revision ID: 0012_sessions
Revises: 0010_checkpoints
Create Date: 2026-12-07 05:30:00
"""
from __future__ import annotations

import json
from datetime import date, datetime

import sqlalchemy as sa
from alembic import op

revision = '0012_sessions'
down_revision = '0010_checkpoints'
branch_labels = None
depends_on = None

AUDIT_TRIGGERS = (
    """CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit rows are immutable'); END""",
    """CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
       BEGIN SELECT RAISE(ABORT, 'audit rows are immutable'); END""",
)


def _existing_chain(conn) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    from app.db.audit_chain import audit_content
    from app.db.canonical import GENESIS_HASH, chain_hash

    prev, last = GENESIS_HASH, 0
    rows = conn.execute(sa.text(
        "SELECT id, at, business_date, staff_id, action, entity, entity_id, details "
        "FROM audit_event ORDER BY id")).fetchall()
    for row in rows:
        at = datetime.fromisoformat(row.at) if isinstance(row.at, str) else row.at
        on = date.fromisoformat(row.business_date) if isinstance(row.business_date, str) \
            else row.business_date
        details = json.loads(row.details) if isinstance(row.details, str) else row.details
        prev = chain_hash(prev, audit_content(row.id, at, on, row.staff_id, row.action,
                                              row.entity, row.entity_id, details))
        conn.execute(sa.text("UPDATE audit_event SET hash = :h WHERE id = :id"),
                     {"h": bytes.fromhex(prev), "id": row.id})
        last = row.id
    return last, prev if last else ""


def upgrade() -> None:
    op.add_column('staff', sa.Column('failed_logins', sa.Integer(), nullable=False,
                                     server_default='0'))
    op.add_column('staff', sa.Column('locked_until', sa.DateTime(), nullable=True))
    op.add_column('audit_event', sa.Column('hash', sa.LargeBinary(length=32), nullable=True))
    last, last_hash = _existing_chain(op.get_bind())
    op.execute(sa.text("INSERT INTO chain_head (chain, epoch, last_seq, last_hash) "
                       "VALUES ('audit', 0, :last, :hash)").bindparams(last=last,
                                                                     hash=last_hash))
    for statement in AUDIT_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_update")
    op.execute("DROP TRIGGER IF EXISTS audit_event_no_delete")
    op.execute("DELETE FROM chain_head WHERE chain = 'audit'")
    # SQLite drops a column in place (a batch copy of staff would break its references)
    op.execute("ALTER TABLE audit_event DROP COLUMN hash")
    op.execute("ALTER TABLE staff DROP COLUMN locked_until")
    op.execute("ALTER TABLE staff DROP COLUMN failed_logins")
