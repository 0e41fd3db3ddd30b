"""hq_installment keeps a fifth of each page free (fillfactor 80)

Every repayment sends the image of the installment it paid, which replaces the row
head office holds: with room left on its page, PostgreSQL updates it in place (a HOT
update: no new index entry, less to vacuum). Measured with the projector, every image
replacing a held row (as in a burst of repayments): a tenth less database work. Pages
written before this keep what they hold until rewritten. PostgreSQL only; the
one-machine SQLite trial has no such setting.

Revision ID: hq0024
Revises: hq0023
"""
from __future__ import annotations

from alembic import op

revision = 'hq0024'
down_revision = 'hq0023'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE hq_installment SET (fillfactor = 80)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE hq_installment RESET (fillfactor)")
