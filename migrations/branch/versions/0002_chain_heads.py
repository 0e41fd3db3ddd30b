"""chain heads: the last journal row and outbox event, kept by triggers

A hash chain shows a row altered, inserted or removed anywhere but at its end: rows
removed from the end leave a shorter chain that still verifies. `chain_head` records
the last row of each chain in the same transaction as the insert, so `shakha db check`
finds those too.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-06 16:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

HEAD_TRIGGERS = (
    """CREATE TRIGGER journal_entry_head AFTER INSERT ON journal_entry
       BEGIN UPDATE chain_head SET epoch = 0, last_seq = NEW.id, last_hash = NEW.hash
             WHERE chain = 'journal'; END""",
    """CREATE TRIGGER outbox_event_head AFTER INSERT ON outbox_event
       BEGIN UPDATE chain_head SET epoch = NEW.epoch, last_seq = NEW.seq,
                                   last_hash = NEW.hash
             WHERE chain = 'outbox'; END""",
)


def upgrade() -> None:
    op.create_table('chain_head',
    sa.Column('chain', sa.String(length=20), nullable=False),
    sa.Column('epoch', sa.Integer(), nullable=False),
    sa.Column('last_seq', sa.Integer(), nullable=False),
    sa.Column('last_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('chain', name=op.f('pk_chain_head'))
    )
    # the heads of what is already there (a journal or outbox still empty: nothing yet)
    op.execute("""INSERT INTO chain_head (chain, epoch, last_seq, last_hash)
                  SELECT 'journal', 0, COALESCE(MAX(id), 0), COALESCE(
                      (SELECT hash FROM journal_entry ORDER BY id DESC LIMIT 1), '')
                  FROM journal_entry""")
    op.execute("""INSERT INTO chain_head (chain, epoch, last_seq, last_hash)
                  SELECT 'outbox', COALESCE((SELECT epoch FROM outbox_event
                                             ORDER BY seq DESC LIMIT 1), 0),
                         COALESCE(MAX(seq), 0), COALESCE(
                      (SELECT hash FROM outbox_event ORDER BY seq DESC LIMIT 1), '')
                  FROM outbox_event""")
    for statement in HEAD_TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS journal_entry_head")
    op.execute("DROP TRIGGER IF EXISTS outbox_event_head")
    op.drop_table('chain_head')
