"""head office's signed checkpoints, kept by the branch

Every acknowledgement head office gives (an online answer or a USB receipt) is a
checkpoint it signed: (branch, epoch, acked seq and hash, journal head id and hash,
time). The branch keeps each one; `db check` verifies that the outbox and journal chains
still pass through every checkpoint's hashes, so a history recomputed by hand no longer
matches head office's signature (SYNC.md, Trust). Rows are never changed or removed.

Revision ID: 0010_checkpoints
Revises: 0004_hashes
Create Date: 2026-12-07 05:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0010_checkpoints'
down_revision = '0004_hashes'
branch_labels = None
depends_on = None

TRIGGERS = (
    """CREATE TRIGGER sync_checkpoint_no_update BEFORE UPDATE ON sync_checkpoint
       BEGIN SELECT RAISE(ABORT, 'checkpoints are head office''s signed word'); END""",
    """CREATE TRIGGER sync_checkpoint_no_delete BEFORE DELETE ON sync_checkpoint
       BEGIN SELECT RAISE(ABORT, 'checkpoints are head office''s signed word'); END""",
)


def upgrade() -> None:
    op.create_table(
        "sync_checkpoint",
        sa.Column("epoch", sa.Integer, primary_key=True),
        sa.Column("acked_seq", sa.BigInteger, primary_key=True),
        sa.Column("acked_hash", sa.String(64), nullable=False),
        sa.Column("journal_id", sa.BigInteger, nullable=True),
        sa.Column("journal_hash", sa.String(64), nullable=True),
        sa.Column("signed_at", sa.String(40), nullable=False),
        sa.Column("document", sa.Text, nullable=False),
    )
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS sync_checkpoint_no_update")
    op.execute("DROP TRIGGER IF EXISTS sync_checkpoint_no_delete")
    op.drop_table("sync_checkpoint")
