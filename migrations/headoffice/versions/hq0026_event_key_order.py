"""hq_event's keys lead with their own columns, the branch last; event ids compare as bytes

Each partition holds one branch, so a key leading with the branch code (a text)
compared that equal text first at every step of every b-tree descent, and PostgreSQL
reaches a column after a text in an index entry the slow way (nocache_index_getattr:
a fifth of its time storing a batch, perf). Led by (epoch, seq) and by event_id, with
the branch last, the keys guard the same things — the primary key stores an event
once, the unique key refuses a reused event id within the branch — and a COPY into
hq_event costs PostgreSQL a tenth less (benchmarks/sync_ingest.py). An event id is a
UUID's text: compared byte by byte (COLLATE "C"), not by the database's locale. Every
query still names the branch: partition pruning finds it, and on Citus a unique key
must hold the distribution column, wherever it stands.

Revision ID: hq0026
Revises: hq0025
"""
from __future__ import annotations

from alembic import op

revision = 'hq0026'
down_revision = 'hq0025'
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        with op.batch_alter_table("hq_event", recreate="always") as batch:
            batch.drop_constraint("uq_hq_event_branch_event_id", type_="unique")
            batch.drop_constraint("pk_hq_event", type_="primary")
            batch.create_primary_key("pk_hq_event", ["epoch", "seq", "branch"])
            batch.create_unique_constraint("uq_hq_event_event_id", ["event_id", "branch"])
        return
    # partitioned by branch (hq0021): each key here is made on every partition too
    op.execute("ALTER TABLE hq_event DROP CONSTRAINT pk_hq_event")
    op.execute("ALTER TABLE hq_event DROP CONSTRAINT uq_hq_event_branch_event_id")
    op.execute('ALTER TABLE hq_event ALTER COLUMN event_id TYPE varchar(36) COLLATE "C"')
    op.execute("ALTER TABLE hq_event ADD CONSTRAINT pk_hq_event "
               "PRIMARY KEY (epoch, seq, branch)")
    op.execute("ALTER TABLE hq_event ADD CONSTRAINT uq_hq_event_event_id "
               "UNIQUE (event_id, branch)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        with op.batch_alter_table("hq_event", recreate="always") as batch:
            batch.drop_constraint("uq_hq_event_event_id", type_="unique")
            batch.drop_constraint("pk_hq_event", type_="primary")
            batch.create_primary_key("pk_hq_event", ["branch", "epoch", "seq"])
            batch.create_unique_constraint("uq_hq_event_branch_event_id",
                                           ["branch", "event_id"])
        return
    op.execute("ALTER TABLE hq_event DROP CONSTRAINT pk_hq_event")
    op.execute("ALTER TABLE hq_event DROP CONSTRAINT uq_hq_event_event_id")
    op.execute("ALTER TABLE hq_event ALTER COLUMN event_id TYPE varchar(36)")
    op.execute("ALTER TABLE hq_event ADD CONSTRAINT pk_hq_event "
               "PRIMARY KEY (branch, epoch, seq)")
    op.execute("ALTER TABLE hq_event ADD CONSTRAINT uq_hq_event_branch_event_id "
               "UNIQUE (branch, event_id)")

