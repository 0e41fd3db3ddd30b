"""head office keeps, batch by batch, where its anchor of a branch's journal stood

One row per acknowledged batch of new events: the journal anchor it was recomputed
from and the chain columns it carried (posted_at, staff_id, reason), so that head
office can recompute the journal's head as of any seq it holds — the anchor from which
a restored branch's new epoch is recomputed — and one row per new epoch with the
anchor it started from. A branch whose finished snapshot announced an outbox cursor
head office's stream has not reached yet keeps it (hq_branch.snapshot_pending) until
the batch that reaches it is checked.

Revision ID: hq0025
Revises: hq0024
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0025'
down_revision = 'hq0024'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'hq_journal_trail',
        sa.Column('branch', sa.String(length=20), primary_key=True),
        sa.Column('epoch', sa.Integer(), primary_key=True),
        sa.Column('last_seq', sa.BigInteger(), primary_key=True),
        sa.Column('first_seq', sa.BigInteger(), nullable=False),
        sa.Column('start_id', sa.BigInteger(), nullable=True),
        sa.Column('start_hash', sa.String(length=64), nullable=True),
        sa.Column('chain', sa.Text(), nullable=True),
    )
    op.add_column('hq_branch', sa.Column('snapshot_pending', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    op.drop_column('hq_branch', 'snapshot_pending')
    op.drop_table('hq_journal_trail')
