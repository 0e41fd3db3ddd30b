"""Development tool: regenerate hq0001 from app/headoffice/models.py (no HQ in the field yet).

`.venv/bin/python -m migrations.headoffice.regenerate` autogenerates against a scratch
PostgreSQL database on 127.0.0.1 (trust auth), then drops it.
"""

from __future__ import annotations

import os
import uuid

import psycopg
from alembic import command

from app.headoffice.db import MIGRATIONS as HERE
from app.headoffice.db import alembic_config, hq_engine


def main() -> None:
    admin = os.environ.get("SHAKHA_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/test")
    name = f"shakha_regen_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        for old in (HERE / "versions").glob("hq0001_*.py"):
            old.unlink()
        url = admin.rsplit("/", 1)[0] + "/" + name
        engine = hq_engine(url)
        with engine.begin() as conn:
            cfg = alembic_config(url)
            cfg.attributes["connection"] = conn
            command.revision(cfg, message="initial head office schema", autogenerate=True,
                             rev_id="hq0001")
        engine.dispose()
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}"')


if __name__ == "__main__":
    main()
