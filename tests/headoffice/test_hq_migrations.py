"""Head office's models and its Alembic migrations describe the same schema."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.headoffice.models import HqBase


def test_the_migrated_head_office_database_matches_the_models(hq):
    with hq.connect() as conn:
        differences = compare_metadata(MigrationContext.configure(conn), HqBase.metadata)
    assert [d for d in differences
            if not (d[0] == "remove_table" and d[1].name == "hq_alembic_version")] == []
