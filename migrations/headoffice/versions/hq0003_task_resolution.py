"""who closed a head-office task, when, and what was done

Revision ID: hq0003
Revises: hq0002
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0003'
down_revision = 'hq0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column('hq_task', sa.Column('done_at', sa.DateTime(), nullable=True))
    op.add_column('hq_task', sa.Column('done_by', sa.String(length=60), nullable=True))
    op.add_column('hq_task', sa.Column('done_note', sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column('hq_task', 'done_note')
    op.drop_column('hq_task', 'done_by')
    op.drop_column('hq_task', 'done_at')
