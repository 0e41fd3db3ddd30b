"""Head-office database: engine and Alembic migrations (migrations/headoffice)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, Engine, create_engine, inspect, text

MIGRATIONS = Path(__file__).resolve().parents[2] / "migrations" / "headoffice"


def hq_engine(url: str) -> Engine:
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
    return create_engine(url, future=True, pool_pre_ping=True)


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
