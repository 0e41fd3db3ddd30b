"""The branch database's key, and raw (DB-API) connections to the encrypted file.

The file is SQLCipher (AES-256, an HMAC per page): without its 32-byte key it is noise.
The key comes, in this order, from this process's keyring (unlocked earlier by a staff
password or head office's recovery), or from this machine's slot (app.db.machine_key).
A file with no key file beside it and SQLite's plain header is a database from before
encryption: it is read as it is until `db upgrade` converts it (app.db.migrate).

Raw connections (sqlcipher3, the DB-API module under SQLAlchemy's `sqlite+pysqlcipher`
dialect) are for bulk work the ORM would make slow: the demo generator, db check's
integrity pass, checkpoints, migrations' file steps. The raw key is given as
`x'…'`, so SQLCipher skips its password KDF: the key is already random.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path
from typing import Any

import sqlcipher3

from app.db import keyslots, machine_key
from app.errors import QT_TR_NOOP, ShakhaError

SQLITE_HEADER = b"SQLite format 3\x00"
# both libraries' errors: stdlib sqlite3 still reads plain files (old backups, tests)
DB_ERRORS: tuple[type[Exception], ...] = (sqlite3.Error, sqlcipher3.Error)
DatabaseError: tuple[type[Exception], ...] = (sqlite3.DatabaseError, sqlcipher3.DatabaseError)


class DatabaseLocked(ShakhaError):
    """The database is encrypted and its key is not available to this process."""


_KEYRING: dict[Path, bytes] = {}
_LOCK = threading.Lock()


def _norm(path: str | os.PathLike[str]) -> Path:
    return Path(os.path.abspath(os.fspath(path)))


def remember_key(path: str | os.PathLike[str], key: bytes) -> None:
    with _LOCK:
        _KEYRING[_norm(path)] = key


def forget_key(path: str | os.PathLike[str]) -> None:
    with _LOCK:
        _KEYRING.pop(_norm(path), None)


def header(path: str | os.PathLike[str]) -> bytes:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER))
    except OSError:
        return b""


def is_plaintext(path: str | os.PathLike[str]) -> bool:
    """An SQLite file from before encryption (or another program's)."""
    return header(path) == SQLITE_HEADER


def database_key(path: str | os.PathLike[str], *, must: bool = True) -> bytes | None:
    """The key of an encrypted database; None for a plain one (or, `must=False`, when
    it is not available). DatabaseLocked when it is encrypted and no key opens it here."""
    norm = _norm(path)
    if is_plaintext(norm):
        return None  # from before encryption (converted by `db upgrade`)
    with _LOCK:
        if norm in _KEYRING:
            return _KEYRING[norm]
    slots = keyslots.read_slots(norm)
    if slots is None:
        if not norm.exists() or is_plaintext(norm) or norm.stat().st_size == 0:
            return None
        if not must:
            return None
        raise DatabaseLocked(QT_TR_NOOP(
            "{path} has no key file beside it ({path}.keys), so it cannot be opened. Put "
            "the key file back, or restore a backup."), path=str(norm))
    key = machine_key.load(slots.db_id)
    if key is None:
        if not must:
            return None
        raise DatabaseLocked(QT_TR_NOOP(
            "The key of {path} is not kept on this computer: log in with a staff password "
            "('shakha keys enrol-machine'), or ask head office to recover it."),
            path=str(norm))
    remember_key(norm, key)
    return key


def key_text(key: bytes) -> str:
    """The value of PRAGMA key for a raw key (SQLCipher skips its KDF)."""
    return f"x'{key.hex()}'"


def apply_key(con: Any, key: bytes | None) -> None:
    if key is not None:
        con.execute(f"PRAGMA key = \"{key_text(key)}\"")


def connect(path: str | os.PathLike[str], *, readonly: bool = False,
            key: bytes | None | bool = True, **kwargs: Any) -> sqlcipher3.Connection:
    """A DB-API connection to the branch database, keyed (`key=True`: look it up)."""
    the_key = database_key(path) if key is True else (key or None)
    target = f"{_norm(path).as_uri()}?mode=ro" if readonly else os.fspath(path)
    con = sqlcipher3.connect(target, uri=readonly, **kwargs)
    try:
        apply_key(con, the_key)
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()  # wrong key: here
    except BaseException:
        con.close()
        raise
    return con


def new_database_key(path: str | os.PathLike[str], branch: str = "",
                     key: bytes | None = None,
                     slots: keyslots.KeySlots | None = None) -> bytes:
    """A fresh random key for a new (or converted) database: its key file beside it and
    this machine's slot outside the data directory."""
    key = key or keyslots.new_key()
    slots = slots or keyslots.new_slots(branch)
    machine_key.store(slots.db_id, key, _norm(path))
    keyslots.write_slots(path, slots)
    remember_key(path, key)
    return key
