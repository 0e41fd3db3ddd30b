"""opening import: the old system's ids of the book brought in at going live

Revision ID: 0007
Revises: 0009
Create Date: 2026-12-07 02:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'opening_import_ref',
        sa.Column('entity', sa.String(length=10), nullable=False),
        sa.Column('old_id', sa.String(length=40), nullable=False),
        sa.Column('new_id', sa.Integer(), nullable=False),
        sa.Column('batch', sa.String(length=36), nullable=False),
        sa.Column('imported_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('entity', 'old_id'),
    )


def downgrade() -> None:
    op.drop_table('opening_import_ref')
