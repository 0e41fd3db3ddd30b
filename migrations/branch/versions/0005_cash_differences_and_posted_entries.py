"""cash differences in suspense; the entry a meeting was posted with

- `cash_difference`: a shortage or excess found at day close, recorded to suspense with
  a reason by the manager and kept open until settled (app/db/models_cash.py).
- `meeting.posted_entry`: what was posted (ticks included), for the read-only view of a
  posted meeting and to be offered again when a reversed meeting is entered again.

Revision ID: 0005
Revises: 0006
Create Date: 2026-12-07 03:00:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cash_difference',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('on_date', sa.Date(), nullable=False),
    sa.Column('direction', sa.String(length=8), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('settlement', sa.String(length=12), nullable=True),
    sa.Column('settlement_note', sa.Text(), nullable=False),
    sa.Column('settlement_entry_id', sa.Integer(), nullable=True),
    sa.Column('settled_on', sa.Date(), nullable=True),
    sa.Column('settled_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'],
                            name=op.f('fk_cash_difference_entry_id_journal_entry')),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff.id'],
                            name=op.f('fk_cash_difference_recorded_by_staff')),
    sa.ForeignKeyConstraint(['settlement_entry_id'], ['journal_entry.id'],
                            name=op.f('fk_cash_difference_settlement_entry_id_journal_entry')),
    sa.ForeignKeyConstraint(['settled_by'], ['staff.id'],
                            name=op.f('fk_cash_difference_settled_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_difference'))
    )
    with op.batch_alter_table('cash_difference', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_difference_on_date'), ['on_date'],
                              unique=False)
    with op.batch_alter_table('meeting', schema=None) as batch_op:
        batch_op.add_column(sa.Column('posted_entry', sa.JSON(), nullable=True))


def downgrade() -> None:
    # natively (SQLite 3.35+): a batch copy of `meeting` would drop the table that
    # attendance and the journal point at
    op.execute("ALTER TABLE meeting DROP COLUMN posted_entry")
    with op.batch_alter_table('cash_difference', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_difference_on_date'))
    op.drop_table('cash_difference')
