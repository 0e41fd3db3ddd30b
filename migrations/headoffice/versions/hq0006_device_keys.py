"""trust: head office's public keys, branch device keys, enrolments, request nonces,
snapshots announced with a manifest, epoch requests waiting for a person

Head office keeps public keys only (its private keys are in its key file, a branch's
never leave the branch) and the SHA-256 of each enrolment token: a reader of this
database can forge nothing.

Revision ID: hq0006
Revises: hq0005
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0006'
down_revision = 'hq0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'hq_public_key',
        sa.Column('key_id', sa.String(length=16), nullable=False),
        sa.Column('kind', sa.String(length=10), nullable=False),
        sa.Column('public_key', sa.String(length=44), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key_id', name=op.f('pk_hq_public_key')))
    op.create_table(
        'hq_device_key',
        sa.Column('key_id', sa.String(length=16), nullable=False),
        sa.Column('branch', sa.String(length=20), nullable=False),
        sa.Column('sign_public', sa.String(length=44), nullable=False),
        sa.Column('seal_public', sa.String(length=44), nullable=False),
        sa.Column('enrolled_at', sa.DateTime(), nullable=False),
        sa.Column('retired_at', sa.DateTime(), nullable=True),
        sa.Column('retired_why', sa.String(length=20), nullable=True),
        sa.Column('replaced_by', sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint('key_id', name=op.f('pk_hq_device_key')))
    op.create_index(op.f('ix_hq_device_key_branch'), 'hq_device_key', ['branch'])
    op.create_table(
        'hq_enrolment',
        sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column('branch', sa.String(length=20), nullable=False),
        sa.Column('token_digest', sa.String(length=64), nullable=False),
        sa.Column('profile', sa.String(length=30), nullable=True),
        sa.Column('hq_url', sa.Text(), nullable=True),
        sa.Column('issued_at', sa.DateTime(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
        sa.Column('used_at', sa.DateTime(), nullable=True),
        sa.Column('used_key', sa.String(length=16), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_hq_enrolment')),
        sa.UniqueConstraint('token_digest', name=op.f('uq_hq_enrolment_token_digest')))
    op.create_index(op.f('ix_hq_enrolment_branch'), 'hq_enrolment', ['branch'])
    op.create_table(
        'hq_nonce',
        sa.Column('key_id', sa.String(length=16), nullable=False),
        sa.Column('nonce', sa.String(length=32), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint('key_id', 'nonce', name=op.f('pk_hq_nonce')))
    op.create_index('ix_hq_nonce_key_id_at', 'hq_nonce', ['key_id', 'at'])
    op.create_table(
        'hq_snapshot',
        sa.Column('branch', sa.String(length=20), nullable=False),
        sa.Column('snapshot_id', sa.String(length=40), nullable=False),
        sa.Column('manifest', sa.Text(), nullable=False),
        sa.Column('progress', sa.Text(), nullable=False),
        sa.Column('opened_at', sa.DateTime(), nullable=False),
        sa.Column('finished_at', sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint('branch', 'snapshot_id', name=op.f('pk_hq_snapshot')))
    op.create_table(
        'hq_epoch_request',
        sa.Column('id', sa.BigInteger(), autoincrement=True, nullable=False),
        sa.Column('branch', sa.String(length=20), nullable=False),
        sa.Column('from_epoch', sa.Integer(), nullable=False),
        sa.Column('request', sa.Text(), nullable=False),
        sa.Column('asked_at', sa.DateTime(), nullable=False),
        sa.Column('confirmed_at', sa.DateTime(), nullable=True),
        sa.Column('confirmed_by', sa.String(length=60), nullable=True),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_hq_epoch_request')))
    op.create_index(op.f('ix_hq_epoch_request_branch'), 'hq_epoch_request', ['branch'])


def downgrade() -> None:
    for table in ('hq_epoch_request', 'hq_snapshot', 'hq_nonce', 'hq_enrolment',
                  'hq_device_key', 'hq_public_key'):
        op.drop_table(table)
