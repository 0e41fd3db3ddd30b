"""Head-office database: engine and Alembic migrations (migrations/headoffice)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, inspect, text
from sqlalchemy.orm import Session

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations" / "headoffice"


def hq_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, future=True, pool_pre_ping=True)


def execute_and_commit(session: Session, sql: str, params: Sequence[Any]) -> None:
    """`sql` and the session's commit sent in one round trip (a psycopg pipeline, on
    PostgreSQL): the session's own commit then finds the transaction done (psycopg
    sends nothing for it); a failure raises here and nothing is stored. For a last
    write that is all a transaction still waits for (the upload's cursor, a projector
    step's)."""
    raw: Any = session.connection().connection.driver_connection
    with raw.pipeline():
        raw.execute(sql, params)
        raw.commit()


def alembic_config(url: str) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def init_database(url: str, keys_path: Path | None = None) -> Path:
    """Create or upgrade the head-office schema, and make head office's key file if there
    is none (app.headoffice.keys); returns the key file's path."""
    from app.headoffice.keys import HqKeys, default_keys_path, register_public_keys

    path = keys_path or default_keys_path()
    keys = HqKeys.load(path) if path.exists() else None
    engine = hq_engine(url)
    try:
        with engine.begin() as conn:
            legacy = _legacy_bundle_key(conn)
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        if keys is None:
            keys = HqKeys.generate(path)
        if legacy:  # bundles sealed to it may still be on their way
            keys = keys.with_bundle_key(legacy)
        keys.save(path)
        register_public_keys(engine, keys)
    finally:
        engine.dispose()
    return path


def _legacy_bundle_key(conn: Connection) -> str | None:
    """The bundle private key an older head office kept in its database (migration
    hq0006b drops that table): moved into the key file."""
    if "hq_key_pair" not in inspect(conn).get_table_names():
        return None
    return conn.execute(text("SELECT private_key FROM hq_key_pair WHERE id = 1")).scalar()
