"""the business date only moves forward

The branch's business date is moved by day close, to the next working day. Nothing may
set it back (a date set back would reopen closed days and stamp new rows with a date
already accounted for): this trigger refuses it whoever writes, the app or a tool.

Revision ID: 0004_dates
Revises: 0007
Create Date: 2026-12-07 03:00:00
"""
from __future__ import annotations

from alembic import op

revision = '0004_dates'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("""CREATE TRIGGER branch_business_date_forward
                  BEFORE UPDATE OF business_date ON branch
                  WHEN NEW.business_date < OLD.business_date
                  BEGIN SELECT RAISE(ABORT, 'the business date cannot go back'); END""")


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS branch_business_date_forward")
