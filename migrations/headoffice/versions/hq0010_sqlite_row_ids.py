"""one-machine SQLite trial: row ids that number themselves

On SQLite only a column declared exactly INTEGER PRIMARY KEY takes the next number by
itself; the BIGINT ids of the first migrations did not, so the first alarm, event or
enrolment of a SQLite head office failed. Those tables are rebuilt with INTEGER ids
(the same 64-bit values on SQLite). PostgreSQL is not touched. The credit bureau's
tables keep their own (their rows are protected by triggers a rebuild would drop).

Revision ID: hq0010
Revises: hq0009
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = 'hq0010'
down_revision = 'hq0009'
branch_labels = None
depends_on = None

TABLES = ("hq_event", "hq_collection", "hq_alarm", "hq_task", "hq_enrolment",
          "hq_epoch_request")


def _retype(type_: sa.types.TypeEngine) -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    present = set(sa.inspect(op.get_bind()).get_table_names())
    for table in TABLES:
        if table in present:
            with op.batch_alter_table(table, recreate="always") as batch:
                batch.alter_column("id", existing_type=sa.BigInteger(), type_=type_,
                                   existing_nullable=False, autoincrement=True)


def upgrade() -> None:
    _retype(sa.Integer())


def downgrade() -> None:
    _retype(sa.BigInteger())
