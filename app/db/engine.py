"""Engine for the branch's SQLite file: WAL, FULL sync, foreign keys, busy timeout.

`synchronous=FULL` because in WAL mode NORMAL may lose committed transactions on power
loss, and a meeting the officer saw "posted" must survive a power cut. Every
transaction starts with BEGIN IMMEDIATE so the writer lock is taken up front (no
upgrade deadlocks, and the hash chains read their last row under the lock).
Checkpoints run in a background thread, not inside a user's commit (app.db.checkpoint).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from app.db.checkpoint import CHECKPOINTER, SAFETY_NET_PAGES

if TYPE_CHECKING:  # SQLAlchemy is imported by open_engine: the GUI asks for the path first
    from sqlalchemy import Engine

BUSY_TIMEOUT_MS = 10_000


def default_db_path() -> Path:
    """The branch database in the user's data directory (overridable by SHAKHA_DB)."""
    env = os.environ.get("SHAKHA_DB")
    if env:
        return Path(env)
    return Path(user_data_dir("shakha", appauthor=False)) / "branch.db"


def _configure(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute(f"PRAGMA wal_autocheckpoint={SAFETY_NET_PAGES}")
    cur.close()


def _begin(conn) -> None:  # type: ignore[no-untyped-def]
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def open_engine(path: str | os.PathLike[str], *, background_checkpoints: bool = True
                ) -> Engine:
    """Engine for an existing or new branch database file (schema not touched here).

    `background_checkpoints=False` for a file about to be renamed or removed (a copy
    being upgraded): the checkpoint thread must not open it by its old name."""
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{os.fspath(path)}", future=True)
    event.listen(engine, "connect", _configure)
    event.listen(engine, "begin", _begin)
    if background_checkpoints:
        file = Path(path)
        event.listen(engine, "commit", lambda _conn: CHECKPOINTER.committed(file))
    return engine
