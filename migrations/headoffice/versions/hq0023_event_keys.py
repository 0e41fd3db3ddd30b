"""hq_event keyed by (branch, epoch, seq): the surrogate id is gone

An event is named by its branch, epoch and sequence number; every query reads it so
(the projector's cursor is (epoch, seq), the checks name the branch). The id from one
sequence added a third b-tree entry to every stored event, and a sequence call, for
nothing: it becomes the primary key's place. The unique key (branch, event_id) that
refuses a reused event id stays.

Revision ID: hq0023
Revises: hq0022
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0023'
down_revision = 'hq0022'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        with op.batch_alter_table("hq_event", recreate="always") as batch:
            batch.drop_constraint("uq_hq_event_branch", type_="unique")
            batch.drop_column("id")
            batch.create_primary_key("pk_hq_event", ["branch", "epoch", "seq"])
        return
    # partitioned by branch (hq0021): each key here is made on every partition too
    op.execute("ALTER TABLE hq_event DROP CONSTRAINT pk_hq_event")
    op.execute("ALTER TABLE hq_event DROP CONSTRAINT uq_hq_event_branch")
    op.execute("ALTER TABLE hq_event ADD CONSTRAINT pk_hq_event "
               "PRIMARY KEY (branch, epoch, seq)")
    op.execute("ALTER TABLE hq_event DROP COLUMN id")  # and its sequence


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        with op.batch_alter_table("hq_event", recreate="always") as batch:
            batch.drop_constraint("pk_hq_event", type_="primary")
            batch.add_column(sa.Column("id", sa.Integer(), nullable=False,
                                       primary_key=True, autoincrement=True))
            batch.create_unique_constraint("uq_hq_event_branch", ["branch", "epoch", "seq"])
        return
    # ids numbered again in the order the events are stored
    op.execute("ALTER TABLE hq_event ADD COLUMN id BIGSERIAL")
    op.execute("ALTER TABLE hq_event DROP CONSTRAINT pk_hq_event")
    op.execute("ALTER TABLE hq_event ADD CONSTRAINT pk_hq_event PRIMARY KEY (branch, id)")
    op.execute("ALTER TABLE hq_event ADD CONSTRAINT uq_hq_event_branch "
               "UNIQUE (branch, epoch, seq)")
