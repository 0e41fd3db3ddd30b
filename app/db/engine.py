"""Engine for the branch's SQLite file: WAL, FULL sync, foreign keys, busy timeout.

`synchronous=FULL` because in WAL mode NORMAL may lose committed transactions on power
loss, and a meeting the officer saw "posted" must survive a power cut. Every
transaction starts with BEGIN IMMEDIATE so the writer lock is taken up front (no
upgrade deadlocks, and the hash chains read their last row under the lock).
Checkpoints run in a background thread, not inside a user's commit (app.db.checkpoint).
Each open connection holds the branch's shared maintenance lock (app.db.lock), so a
restore or upgrade cannot replace the file under it. The file is encrypted (SQLCipher
through SQLAlchemy's `sqlite+pysqlcipher` dialect) with the key app.db.raw finds for it.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from platformdirs import user_data_dir

from app.db.checkpoint import CHECKPOINTER, SAFETY_NET_PAGES
from app.db.lock import hold_shared, release_shared, tidy

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


def _locked(path: Path):  # type: ignore[no-untyped-def]
    """Pool events: each DBAPI connection holds the shared lock while it is open (taken
    before the connection touches the file, given back if configuring it fails)."""
    detached: dict[int, Path] = {}

    def connected(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        key = hold_shared(path)
        try:
            _configure(dbapi_connection, record)
        except BaseException:
            release_shared(key)
            raise
        record.info["shakha_lock"] = key

    def closed(_dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        key = record.info.pop("shakha_lock", None)
        if key is not None:
            release_shared(key)

    def detach(dbapi_connection, record) -> None:  # type: ignore[no-untyped-def]
        key = record.info.pop("shakha_lock", None)
        if key is not None:
            detached[id(dbapi_connection)] = key

    def closed_detached(dbapi_connection) -> None:  # type: ignore[no-untyped-def]
        key = detached.pop(id(dbapi_connection), None)
        if key is not None:
            release_shared(key)

    return {"connect": connected, "close": closed, "detach": detach,
            "close_detached": closed_detached}


def open_engine(path: str | os.PathLike[str], *, background_checkpoints: bool = True,
                maintenance: bool = False, key: bytes | None | bool = True) -> Engine:
    """Engine for an existing or new branch database file (schema not touched here).

    `background_checkpoints=False` for a file about to be renamed or removed (a copy
    being upgraded): the checkpoint thread must not open it by its old name.
    `maintenance=True` for a work copy (or a file under the exclusive lock): no shared
    lock of its own. `key`: True looks it up (app.db.raw.database_key); a work copy
    passes its database's key; None opens a plain (not yet converted) file."""
    from sqlalchemy import create_engine, event
    from sqlalchemy.engine import URL
    from sqlalchemy.pool import QueuePool

    from app.db.raw import database_key, key_text

    file = Path(path)
    if not maintenance:
        tidy(file)  # what a killed restore, upgrade or backup left, if nobody has it open
    the_key = database_key(file) if key is True else (key or None)
    if the_key is None:  # a plain file from before encryption (until `db upgrade`)
        import sqlcipher3

        engine = create_engine(f"sqlite:///{os.fspath(path)}", future=True,
                               module=sqlcipher3, poolclass=QueuePool)
    else:
        url = URL.create("sqlite+pysqlcipher", database=os.fspath(path),
                         password=key_text(the_key))
        engine = create_engine(url, future=True, poolclass=QueuePool)
    if maintenance:
        event.listen(engine, "connect", _configure)
    else:
        for name, listener in _locked(file).items():
            event.listen(engine, name, listener)
    event.listen(engine, "begin", _begin)
    if background_checkpoints:
        event.listen(engine, "commit", lambda _conn: CHECKPOINTER.committed(file))
    return engine
