"""head office as an event store: a projector cursor per branch; snapshot chunks kept

The upload transaction now stores events and advances the branch's cursor only; a
projector derives the consolidated tables afterwards, with its own cursor per branch
(hq_projector). Snapshot chunks are kept with their rows and the projector position
they were applied at, so `shakha hq project --rebuild` can derive every consolidated
table again from what head office stored.

Revision ID: hq0009
Revises: hq0008
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0009'
down_revision = 'hq0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'hq_projector',
        sa.Column('branch', sa.String(length=20), nullable=False),
        sa.Column('epoch', sa.Integer(), nullable=False),
        sa.Column('seq', sa.BigInteger(), nullable=False),
        sa.Column('projected_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('branch', name=op.f('pk_hq_projector')))
    # every branch already here was projected in its upload transaction: up to date
    op.execute("INSERT INTO hq_projector (branch, epoch, seq) "
               "SELECT code, epoch, acked_seq FROM hq_branch")
    with op.batch_alter_table('hq_snapshot_chunk') as batch:
        batch.add_column(sa.Column('body', sa.Text(), nullable=True))
        batch.add_column(sa.Column('after_epoch', sa.Integer(), nullable=True))
        batch.add_column(sa.Column('after_seq', sa.BigInteger(), nullable=True))
        batch.add_column(sa.Column('number', sa.BigInteger(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('hq_snapshot_chunk') as batch:
        batch.drop_column('number')
        batch.drop_column('after_seq')
        batch.drop_column('after_epoch')
        batch.drop_column('body')
    op.drop_table('hq_projector')
