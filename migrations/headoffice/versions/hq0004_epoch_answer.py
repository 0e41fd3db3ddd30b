"""the answer that opened a branch's current epoch, given again to a repeated request

A USB stick can carry the same new-epoch request twice (or a network answer can be
lost); head office answers it the same way instead of opening another epoch.

Revision ID: hq0004
Revises: hq0003
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0004'
down_revision = 'hq0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('hq_branch', sa.Column('epoch_answer', sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column('hq_branch', 'epoch_answer')
