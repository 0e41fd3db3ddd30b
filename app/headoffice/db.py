"""Head-office database: engine and Alembic migrations (migrations/headoffice)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine

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
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
        if keys is None:
            keys = HqKeys.generate(path)
            keys.save(path)
        register_public_keys(engine, keys)
        from app.headoffice.keys import key_pair

        key_pair(engine)  # the USB bundle key pair, made once (until bundles use the file)
    finally:
        engine.dispose()
    return path
