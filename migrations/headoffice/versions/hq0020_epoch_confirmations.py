"""a restored branch's new epoch waits for a person at head office

A branch restored from an old backup asks for a new epoch (`/epoch`, or a USB epoch
request). Head office records the request and raises its alarm at once, but opens the
epoch only after a person confirms it (`shakha hq confirm-epoch CODE`): one row per
branch and epoch to be closed.

Revision ID: hq0020
Revises: hq0010
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0020'
down_revision = 'hq0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'hq_epoch_confirmation',
        sa.Column('branch', sa.String(length=20), primary_key=True),
        sa.Column('epoch', sa.Integer(), primary_key=True),
        sa.Column('requested_at', sa.DateTime(), nullable=True),
        sa.Column('confirmed_at', sa.DateTime(), nullable=True),
        sa.Column('confirmed_by', sa.String(length=60), nullable=True),
    )


def downgrade() -> None:
    op.drop_table('hq_epoch_confirmation')
