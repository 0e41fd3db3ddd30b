"""a small index to find the branches' answers to head office's requests

`shakha hq requests` reads the events `hq_request.answered` out of hq_event, which
holds every event of every branch; a partial index keeps that read quick without
adding work to the ingest of any other event.

Revision ID: hq0005
Revises: hq0004
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0005'
down_revision = 'hq0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_hq_event_request_answers', 'hq_event', ['branch'],
                    postgresql_where=sa.text("type = 'hq_request.answered'"))


def downgrade() -> None:
    op.drop_index('ix_hq_event_request_answers', table_name='hq_event')
