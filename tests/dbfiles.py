"""Reading branch databases and backups in tests as an administrator's tools would.

The files are encrypted (app.db.raw): a test opens them with this machine's key, as
every `shakha` command does, never with the plain sqlite3 module (which cannot).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import apsw
import sqlcipher3

from app.db import backupfile, machine_key
from app.db.raw import connect as _connect

DatabaseError = sqlcipher3.DatabaseError  # what a refused statement raises on these files


def connect(path, **kwargs):  # type: ignore[no-untyped-def]
    """A DB-API connection to a branch database file, keyed (plain ones too)."""
    return _connect(path, **kwargs)


def copy_db(source: Path, target: Path) -> Path:
    """A copy of a database file with its key file (the same key opens both)."""
    shutil.copy(source, target)
    keys = Path(f"{source}.keys")
    if keys.exists():
        shutil.copy(keys, f"{target}.keys")
    return target


def backup_count(path: Path, table: str) -> int:
    """Rows of `table` in a backup file (decrypted in memory with this machine's key)."""
    header = backupfile.read_header(path)
    key = machine_key.load(header.db_id)
    assert key is not None
    con = apsw.Connection(":memory:")
    try:
        con.deserialize("main", backupfile.read_image(path, key))
        return int(con.execute(f'SELECT count(*) FROM "{table}"').fetchall()[0][0])
    finally:
        con.close()
