"""a first-sync snapshot is announced with a manifest and staged until its finish

Before any chunk, the branch announces a manifest (per-table row counts and digests,
journal head, outbox cursor): one row per branch and snapshot. Chunks are staged, not
applied; at the finish head office checks them against the manifest and applies them
all in one transaction, or none.

Revision ID: hq0022
Revises: hq0021
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0022'
down_revision = 'hq0021'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'hq_snapshot_manifest',
        sa.Column('branch', sa.String(length=20), primary_key=True),
        sa.Column('snapshot_id', sa.String(length=40), primary_key=True),
        sa.Column('manifest', sa.Text(), nullable=False),
        sa.Column('state', sa.String(length=10), nullable=False),
        sa.Column('announced_at', sa.DateTime(), nullable=False),
        sa.Column('closed_at', sa.DateTime(), nullable=True),
    )
    op.create_table(
        'hq_snapshot_staged',
        sa.Column('branch', sa.String(length=20), primary_key=True),
        sa.Column('snapshot_id', sa.String(length=40), primary_key=True),
        sa.Column('chunk', sa.String(length=60), primary_key=True),
        sa.Column('rows', sa.Integer(), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('received_at', sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('hq_snapshot_staged')
    op.drop_table('hq_snapshot_manifest')
