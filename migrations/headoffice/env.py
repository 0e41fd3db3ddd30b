"""Alembic environment of the head-office database (driven by app.headoffice.db)."""

from __future__ import annotations

from alembic import context

from app.headoffice.models import HqBase

config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from app.headoffice.db import hq_engine

        engine = hq_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as conn:
            _configure(conn)
        return
    _configure(connection)


def _configure(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(connection=connection, target_metadata=HqBase.metadata,
                      compare_type=True, version_table="hq_alembic_version")
    with context.begin_transaction():
        context.run_migrations()


run()
