"""Head office's models and its Alembic migrations describe the same schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import text

from app.headoffice.models import HqBase


def test_the_migrated_head_office_database_matches_the_models(hq):
    with hq.connect() as conn:
        # a branch's partition of hq_event / hq_ledger is part of its parent table
        partitions = set(conn.scalars(text(
            "SELECT relname FROM pg_class WHERE relispartition")))
        differences = compare_metadata(MigrationContext.configure(conn), HqBase.metadata)
    assert [d for d in differences
            if not (d[0] == "remove_table" and (d[1].name == "hq_alembic_version"
                                                or d[1].name in partitions))
            and not (d[0] == "remove_index" and d[1].table.name in partitions)] == []


def test_installments_keep_room_on_their_pages_for_updates_in_place(hq):
    """Each repayment's image replaces a held installment: every partition of
    hq_installment (hq0027; hq0024 before it) leaves a fifth of each page free, so
    PostgreSQL can update the row where it is (HOT)."""
    with hq.connect() as conn:
        options = conn.execute(text(
            "SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_inherits i "
            "ON i.inhrelid = c.oid WHERE i.inhparent = CAST('hq_installment' AS regclass)"
        )).all()
    assert options and all(o == ["fillfactor=80"] for _, o in options)
