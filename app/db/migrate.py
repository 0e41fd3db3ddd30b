"""Schema migrations of the branch database, with a backup before every upgrade.

An upgrade never touches the live file until it has succeeded: the database is copied
with SQLite's online backup API, the copy is upgraded, checked, and atomically renamed
over the original. A failed migration leaves the previous file exactly as it was. It runs
only under the exclusive maintenance lock (app.db.lock): a process still writing to the
file would write into the replaced one. A database from before encryption is converted
on the way (an encrypted backup first, then `sqlcipher_export` into a new file with a
random key, app.db.raw); a new database gets its key when it is created.
"""

from __future__ import annotations

import functools
import os
import shutil
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.db import keyslots
from app.db.backups import backup_database, check_backup_file, integrity_ok
from app.db.engine import open_engine
from app.db.files import fsync_dir, fsync_file, side
from app.db.lock import exclusive
from app.db.raw import (
    DB_ERRORS,
    DatabaseError,
    connect,
    database_key,
    is_plaintext,
    new_database_key,
)
from app.errors import QT_TR_NOOP, IntegrityFailure, ShakhaError, ValidationError
from app.faults import fault_point

__all__ = ["backup_database", "check_backup_file", "integrity_ok", "upgrade_database",
           "check_branch_file", "current_revision", "head_revision", "restore_database"]

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations" / "branch"


class MigrationFailed(ShakhaError):
    """The schema upgrade failed; the database file was left as it was."""


def alembic_config(db_path: str | os.PathLike[str]) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{os.fspath(db_path)}")
    return cfg


def _scripts() -> ScriptDirectory:
    """The migration scripts, read once a process (start-up asks more than once)."""
    return _scripts_in(MIGRATIONS_DIR)


@functools.cache
def _scripts_in(location: Path) -> ScriptDirectory:
    return ScriptDirectory(str(location))


def head_revision() -> str:
    head = _scripts().get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {r.revision for r in _scripts().walk_revisions()}


def _stored_schema(path: Path) -> tuple[set[str], str | None]:
    """(its tables, its revision) read without writing anything (read-only)."""
    con = connect(path, readonly=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master "
                                            "WHERE type = 'table'")}
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall() \
            if "alembic_version" in tables else []
    finally:
        con.close()
    return tables, (rows[0][0] if rows else None)


def newer(path: Path, revision: str) -> ValidationError:
    return ValidationError(QT_TR_NOOP(
        "{path} was made by a newer version of Shakha (schema {revision}); install "
        "that version to use it. Nothing was changed."), path=str(path), revision=revision)


def check_branch_file(db_path: str | os.PathLike[str], *, current: bool = True,
                      new_ok: bool = False) -> None:
    """Refuse, before anything opens it for writing, a file that is not a Shakha branch
    database (missing, a folder, another program's file) or whose schema this version
    cannot use: a newer one always; an older one when `current` (the caller reads and
    writes it as it is). `new_ok`: an empty file may become a new database. A damaged
    file passes: opening it says so (app.db.trouble), and `shakha db check` lists why.
    An encrypted file is one with its key file beside it (app.db.keyslots)."""
    path = Path(db_path)
    if path.is_dir():
        raise ValidationError(QT_TR_NOOP("{path} is a folder, not a database file."),
                              path=str(path))
    if not path.exists():
        raise ValidationError(QT_TR_NOOP("Database file not found: {path}"), path=str(path))
    if new_ok and path.stat().st_size == 0:
        return
    if not is_plaintext(path) and keyslots.read_slots(path) is None:
        raise ValidationError(QT_TR_NOOP("This file is not a Shakha database: {path}"),
                              path=str(path))
    database_key(path)  # an encrypted file this computer cannot open says so here
    try:
        tables, revision = _stored_schema(path)
    except DatabaseError:
        return
    if "alembic_version" not in tables and not (new_ok and not tables):
        raise ValidationError(QT_TR_NOOP("This file is not a Shakha database: {path}"),
                              path=str(path))
    if revision is not None and revision not in known_revisions():
        raise newer(path, revision)
    if current and (revision != head_revision() or is_plaintext(path)):
        raise ValidationError(QT_TR_NOOP(
            "{path} has an older schema: run `shakha db upgrade --db {path}` first."),
            path=str(path))


def current_revision(db_path: str | os.PathLike[str], key: bytes | None | bool = True
                     ) -> str | None:
    if not Path(db_path).exists():
        return None
    engine = open_engine(db_path, background_checkpoints=False, maintenance=True, key=key)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _checkpoint(path: Path, key: bytes | None | bool = True) -> None:
    con = connect(path, key=key)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def restore_database(backup: str | os.PathLike[str], db_path: str | os.PathLike[str],
                     other_branch: str | None = None) -> Path | None:
    """app.db.restore.restore_database; returns where the replaced file was kept."""
    from app.db.restore import restore_database as restore

    return restore(backup, db_path, other_branch).kept


def _run_upgrade(path: Path, key: bytes | None) -> None:
    engine = open_engine(path, background_checkpoints=False, maintenance=True, key=key)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(path)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
    _checkpoint(path, key)


def upgrade_database(db_path: str | os.PathLike[str]) -> Path | None:
    """Bring the database to the newest schema (encrypting it if it is not yet);
    returns the pre-upgrade backup, if any.

    Refused (BranchInUse) while another process, or an engine of this one, has it open."""
    path = Path(db_path)
    if path.exists() or path.is_dir():  # another program's file is not "upgraded"
        check_branch_file(path, current=False, new_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and path.stat().st_size and not is_plaintext(path) and \
            current_revision(path) == head_revision():
        return None
    with exclusive(path):
        return upgrade_locked(path)


def _create(path: Path) -> None:
    key = new_database_key(path)
    try:
        _run_upgrade(path, key)
    except Exception as exc:
        for leftover in (path, side(path, keyslots.SUFFIX)):
            leftover.unlink(missing_ok=True)
        reason = str(getattr(exc, "orig", None) or exc).strip()
        raise MigrationFailed(QT_TR_NOOP("Could not create the database: {error}"),
                              error=(reason.splitlines() or [""])[0]) from exc


def upgrade_locked(path: Path) -> Path | None:
    """upgrade_database with the exclusive lock already held (a restore holds it)."""
    if not path.exists() or path.stat().st_size == 0:
        path.unlink(missing_ok=True)
        _create(path)
        return None
    backup = _convert(path) if is_plaintext(path) else None
    if current_revision(path) == head_revision():
        return backup
    key = database_key(path)
    backup = backup or backup_database(path, label="pre-upgrade")
    work = side(path, ".upgrading")
    _checkpoint(path)  # nobody else has it open: the WAL is emptied into the file
    shutil.copyfile(path, work)  # the encrypted file as it is: same key
    try:
        _run_upgrade(work, key)
        _compact(work, key)
        if not integrity_ok(work, key=key):
            raise IntegrityFailure(QT_TR_NOOP("upgraded copy failed the integrity check"))
    except Exception as exc:
        for suffix in ("", "-wal", "-shm"):
            side(work, suffix).unlink(missing_ok=True)
        raise MigrationFailed(
            QT_TR_NOOP("The database upgrade failed ({error}). Your data was not changed; "
                       "a backup is at {backup}."), error=str(exc), backup=str(backup)) from exc
    fsync_file(work)
    fault_point("upgrade.before_replace")
    _replace(path, work)
    return backup


def _compact(path: Path, key: bytes | None) -> None:
    """A migration that rebuilt a big table or dropped an index leaves the old pages
    free: give them back (VACUUM) when they are a quarter of the file or 16 MB or more."""
    con = connect(path, key=key, isolation_level=None)
    try:
        free = con.execute("PRAGMA freelist_count").fetchone()[0]
        size = int(con.execute("PRAGMA page_size").fetchone()[0])
        if free * 4 >= con.execute("PRAGMA page_count").fetchone()[0] \
                or free * size >= 16_000_000:
            con.execute("VACUUM")
    finally:
        con.close()


def _replace(path: Path, work: Path) -> None:
    """The finished work copy takes the database's name (the database's WAL is empty:
    checkpointed under the exclusive lock)."""
    for suffix in ("-wal", "-shm"):
        side(path, suffix).unlink(missing_ok=True)
    os.replace(work, path)
    for suffix in ("-wal", "-shm"):  # the work copy's, left by its last connection
        side(work, suffix).unlink(missing_ok=True)
    fsync_dir(path.parent)


def _convert(path: Path) -> Path:
    """A database from before encryption: an encrypted backup of it first, then
    `sqlcipher_export` into a new file under a random key, which takes its name."""
    _checkpoint(path, key=None)
    slots = keyslots.read_slots(path) or keyslots.new_slots()
    key = keyslots.new_key()
    backup = backup_database(path, label="pre-upgrade", key=key, slots=slots)
    work = side(path, ".converting")
    work.unlink(missing_ok=True)
    con = connect(path, key=None)
    try:
        con.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"", (str(work),))
        con.execute("SELECT sqlcipher_export('encrypted')")
        con.execute("DETACH DATABASE encrypted")
    except DB_ERRORS as exc:
        con.close()
        work.unlink(missing_ok=True)
        raise MigrationFailed(
            QT_TR_NOOP("The database upgrade failed ({error}). Your data was not changed; "
                       "a backup is at {backup}."), error=str(exc), backup=str(backup)) from exc
    con.close()
    fsync_file(work)
    new_database_key(path, key=key, slots=slots)  # plain files are read as plain meanwhile
    fault_point("convert.before_replace")
    _replace(path, work)
    return backup
