"""head office's key pair for sealing USB bundles

Revision ID: hq0002
Revises: hq0001
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0002'
down_revision = 'hq0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hq_key_pair',
    sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('public_key', sa.String(length=64), nullable=False),
    sa.Column('private_key', sa.String(length=64), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hq_key_pair'))
    )


def downgrade() -> None:
    op.drop_table('hq_key_pair')
