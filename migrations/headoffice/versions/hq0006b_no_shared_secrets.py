"""trust: no shared secret in head office's database; the journal chain's anchor

A branch's key digest (hq_branch.key_digest) and head office's bundle private key
(hq_key_pair) let anyone who read this database forge a branch, a bundle or a receipt.
Branch devices are now known by their public keys (hq_device_key) and head office's
private keys live in its key file (`shakha hq init` moves an old bundle key there
before this runs). Branches registered before must be enrolled again.

hq_branch.journal_id / journal_hash: the last journal row of the branch head office
verified (the journal chain is recomputed from what events carry).

Revision ID: hq0006b
Revises: hq0006
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0006b'
down_revision = 'hq0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_column('hq_branch', 'key_digest')
    op.drop_table('hq_key_pair')
    op.add_column('hq_branch', sa.Column('journal_id', sa.BigInteger(), nullable=True))
    op.add_column('hq_branch', sa.Column('journal_hash', sa.String(length=64),
                                         nullable=True))


def downgrade() -> None:
    op.drop_column('hq_branch', 'journal_hash')
    op.drop_column('hq_branch', 'journal_id')
    op.create_table(
        'hq_key_pair',
        sa.Column('id', sa.Integer(), autoincrement=False, nullable=False),
        sa.Column('public_key', sa.String(length=64), nullable=False),
        sa.Column('private_key', sa.String(length=64), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_hq_key_pair')))
    op.add_column('hq_branch', sa.Column('key_digest', sa.String(length=64),
                                         nullable=False, server_default=''))
