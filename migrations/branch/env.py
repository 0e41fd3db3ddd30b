"""Alembic environment of the branch database (driven by app.db.migrate)."""

from __future__ import annotations

from alembic import context

from app.db.base import Base
from app.db.registry import import_all_models

import_all_models()
config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from app.db.engine import open_engine

        url = config.get_main_option("sqlalchemy.url") or ""
        engine = open_engine(url.removeprefix("sqlite:///"))
        try:
            with engine.connect() as conn:
                _run(conn)
        finally:
            engine.dispose()  # its connection held the file's shared maintenance lock
        return
    _run(connection)


def _run(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations_online()
