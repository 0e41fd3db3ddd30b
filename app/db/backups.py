"""Backups of the branch database: made, checked, and told apart from what is not one.

`backup_database` writes an encrypted, compressed backup file (app.db.backupfile) from
the live database and reads it back before it gets its name; a source that is itself
damaged is named as such (a backup that "could not be read back" would send the manager
to try another drive while the database is what is broken). Backups made before
encryption (plain SQLite files) can still be restored.
"""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import apsw

from app.db import backupfile, keyslots
from app.db.raw import DB_ERRORS, connect, database_key, is_plaintext
from app.errors import QT_TR_NOOP, IntegrityFailure, ValidationError
from app.faults import fault_point


def integrity_ok(db_path: Path, key: bytes | None | bool = True) -> bool:
    """SQLite's integrity check passes (an encrypted file is read with its key)."""
    try:
        con = connect(db_path, readonly=True, key=key)
        try:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except DB_ERRORS:
        return False


def default_name(db_path: Path, label: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    return db_path.parent / "backups" / f"{db_path.stem}-{label}-{stamp}.db"


def backup_database(db_path: str | os.PathLike[str], dest: str | os.PathLike[str] | None = None,
                    label: str = "backup", *, key: bytes | None = None,
                    slots: keyslots.KeySlots | None = None) -> Path:
    """An encrypted, compressed, checked backup of the database; returns its path.

    The caller holds the maintenance lock (shared or exclusive): this only reads the
    file. `key`/`slots` are the database's (looked up when not given; a plain database
    being converted passes the key it is about to get)."""
    src_path = Path(db_path)
    if not src_path.exists():
        raise ValidationError(QT_TR_NOOP("Database file not found: {path}"), path=str(src_path))
    dest_path = Path(dest) if dest is not None else default_name(src_path, label)
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    plain = is_plaintext(src_path)
    if key is None:
        key = database_key(src_path)
    if key is None or slots is None:
        slots = slots or keyslots.read_slots(src_path)
    if key is None or slots is None:
        raise ValidationError(QT_TR_NOOP("{path} is not encrypted yet: run `shakha db "
                                         "upgrade --db {path}` first."), path=str(src_path))
    tmp = dest_path.with_name(dest_path.name + ".part")
    if _damaged(src_path, None if plain else key):
        raise _damaged_error(src_path)
    try:
        tmp.open("wb").close()  # an unwritable place says so as an OSError, up front
        tmp.unlink()
        backupfile.write_backup(src_path, dest_path, key, slots,
                                source_key=None if plain else key)
    except (apsw.Error, IntegrityFailure) as exc:
        if not integrity_ok(src_path, key=None if plain else key):
            raise _damaged_error(src_path) from None
        if isinstance(exc, IntegrityFailure):
            raise
        raise IntegrityFailure(QT_TR_NOOP("The copy at {path} could not be read back, so it "
                                          "was removed. Try another drive."),
                               path=str(dest_path)) from None
    fault_point("backup.after_rename")
    return dest_path


def _damaged(path: Path, key: bytes | None) -> bool:
    """Every page of the file reads back as written: SQLCipher's page HMACs (an
    encrypted file), SQLite's quick check (a plain one). The backup itself copies only
    tables, so a damaged index page would otherwise pass unnoticed."""
    try:
        con = connect(path, readonly=True, key=key)
        try:
            if key is not None:
                return bool(con.execute("PRAGMA cipher_integrity_check").fetchall())
            return con.execute("PRAGMA quick_check").fetchone()[0] != "ok"
        finally:
            con.close()
    except DB_ERRORS:
        return True


def _damaged_error(path: Path) -> IntegrityFailure:
    return IntegrityFailure(QT_TR_NOOP(
        "The branch database {path} is damaged, so no backup was made of it (the "
        "earlier backups are kept). Run 'shakha db check', then restore the last "
        "good backup."), path=str(path))


def check_backup_file(path: Path) -> str | None:
    """Refuse what is not a readable Shakha backup this version can restore: a backup
    file, or a database file (a plain one from before encryption, or an encrypted one
    with its key file); returns its schema revision (None if unknown)."""
    from app.db.migrate import check_branch_file, known_revisions, newer

    if path.is_file() and backupfile.is_backup_file(path):
        header = backupfile.read_header(path)
        if header.revision is not None and header.revision not in known_revisions():
            raise newer(path, header.revision)
        return header.revision
    encrypted = path.is_file() and keyslots.read_slots(path) is not None \
        and not is_plaintext(path)
    if not path.is_file() or not (encrypted or is_plaintext(path) or not path.stat().st_size):
        raise backupfile.not_a_backup(path)
    if not integrity_ok(path, key=True if encrypted else None):
        raise backupfile.not_a_backup(path)
    check_branch_file(path, current=False)  # another program's file, a newer one
    return None
