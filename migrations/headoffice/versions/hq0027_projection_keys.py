"""hq_installment is partitioned by branch like hq_ledger; both keys lead with the id

The projector's database work is mostly the installment upsert (each repayment's image
looked up by its key, inserted or replaced) and the journal rows' COPY into hq_ledger.
Their keys led with the branch code, a text compared at every step of every b-tree
descent before the id, and PostgreSQL reaches a column after a text in an index entry
the slow way (as hq_event's, hq0026). Keyed (journal_id, branch) and (id, branch),
they guard the same rows with about a sixth less of the database's time for a step
(benchmarks/hq_project.py). hq_installment becomes partitioned by branch (a partition
per branch, made at enrolment, and a DEFAULT one, app.headoffice.partitions), so a
query of one branch's installments still reads only that branch's rows; each
partition keeps a fifth of its pages free (hq0024: a partitioned table holds no
storage setting of its own). SQLite (the one-machine trial) keeps plain tables, keyed
alike.

Revision ID: hq0027
Revises: hq0026
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from app.headoffice.partitions import default_name, ensure_branch_partitions

revision = 'hq0027'
down_revision = 'hq0026'
branch_labels = None
depends_on = None

ASIDE = "hq_installment_unpartitioned"


def _rekey(table: str, columns: list[str]) -> None:
    if op.get_bind().dialect.name != "postgresql":
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.drop_constraint(f"pk_{table}", type_="primary")
            batch.create_primary_key(f"pk_{table}", columns)
        return
    op.execute(f"ALTER TABLE {table} DROP CONSTRAINT pk_{table}")
    op.execute(f"ALTER TABLE {table} ADD CONSTRAINT pk_{table} PRIMARY KEY "
               f"({', '.join(columns)})")


def _set_aside() -> None:
    """hq_installment renamed, its key and indexes too (the new table takes the names)."""
    conn = op.get_bind()
    op.execute(f"ALTER TABLE hq_installment RENAME TO {ASIDE}")
    op.execute(f"ALTER TABLE {ASIDE} RENAME CONSTRAINT pk_hq_installment "
               "TO pk_hq_installment_old")
    for name in conn.execute(sa.text(
            "SELECT indexname FROM pg_indexes WHERE tablename = :t "
            "AND schemaname = current_schema()"), {"t": ASIDE}).scalars().all():
        if not name.endswith("_old"):
            op.execute(f'ALTER INDEX "{name}" RENAME TO "{name}_old"')


def upgrade() -> None:
    _rekey("hq_ledger", ["journal_id", "branch"])
    conn = op.get_bind()
    if conn.dialect.name != "postgresql":
        _rekey("hq_installment", ["id", "branch"])
        return
    _set_aside()
    op.execute(f"CREATE TABLE hq_installment (LIKE {ASIDE} INCLUDING DEFAULTS) "
               "PARTITION BY LIST (branch)")
    op.execute("ALTER TABLE hq_installment ADD CONSTRAINT pk_hq_installment "
               "PRIMARY KEY (id, branch)")
    op.execute(f"CREATE TABLE {default_name('hq_installment')} PARTITION OF "
               "hq_installment DEFAULT WITH (fillfactor = 80)")
    codes = set(conn.execute(sa.text("SELECT code FROM hq_branch")).scalars())
    codes |= set(conn.execute(sa.text(f"SELECT DISTINCT branch FROM {ASIDE}")).scalars())
    for code in sorted(codes):  # before the rows move, so none lands in DEFAULT
        ensure_branch_partitions(conn, code)
    op.execute(f"INSERT INTO hq_installment SELECT * FROM {ASIDE}")
    op.execute(f"DROP TABLE {ASIDE}")


def downgrade() -> None:
    _rekey("hq_ledger", ["branch", "journal_id"])
    if op.get_bind().dialect.name != "postgresql":
        _rekey("hq_installment", ["branch", "id"])
        return
    _set_aside()
    op.execute(f"CREATE TABLE hq_installment (LIKE {ASIDE} INCLUDING DEFAULTS) "
               "WITH (fillfactor = 80)")
    op.execute("ALTER TABLE hq_installment ADD CONSTRAINT pk_hq_installment "
               "PRIMARY KEY (branch, id)")
    op.execute(f"INSERT INTO hq_installment SELECT * FROM {ASIDE}")
    op.execute(f"DROP TABLE {ASIDE}")
