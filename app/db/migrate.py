"""Schema migrations of the branch database, with a backup before every upgrade.

An upgrade never touches the live file until it has succeeded: the database is copied
with SQLite's online backup API, the copy is upgraded, checked, and atomically renamed
over the original. A failed migration leaves the previous file exactly as it was.
"""

from __future__ import annotations

import functools
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from app.db.engine import open_engine
from app.errors import QT_TR_NOOP, IntegrityFailure, ShakhaError, ValidationError

MIGRATIONS_DIR = Path(__file__).resolve().parents[2] / "migrations" / "branch"
SQLITE_HEADER = b"SQLite format 3\x00"


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
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master "
                                            "WHERE type = 'table'")}
        rows = con.execute("SELECT version_num FROM alembic_version").fetchall() \
            if "alembic_version" in tables else []
    finally:
        con.close()
    return tables, (rows[0][0] if rows else None)


def check_branch_file(db_path: str | os.PathLike[str], *, current: bool = True,
                      new_ok: bool = False) -> None:
    """Refuse, before anything opens it for writing, a file that is not a Shakha branch
    database (missing, a folder, another program's file) or whose schema this version
    cannot use: a newer one always; an older one when `current` (the caller reads and
    writes it as it is). `new_ok`: an empty file may become a new database. A damaged
    file passes: opening it says so (app.db.trouble), and `shakha db check` lists why."""
    path = Path(db_path)
    if path.is_dir():
        raise ValidationError(QT_TR_NOOP("{path} is a folder, not a database file."),
                              path=str(path))
    if not path.exists():
        raise ValidationError(QT_TR_NOOP("Database file not found: {path}"), path=str(path))
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if new_ok and not header:
        return
    if header != SQLITE_HEADER:
        raise ValidationError(QT_TR_NOOP("This file is not a Shakha database: {path}"),
                              path=str(path))
    try:
        tables, revision = _stored_schema(path)
    except sqlite3.DatabaseError:
        return
    if "alembic_version" not in tables and not (new_ok and not tables):
        raise ValidationError(QT_TR_NOOP("This file is not a Shakha database: {path}"),
                              path=str(path))
    if revision is not None and revision not in known_revisions():
        raise ValidationError(QT_TR_NOOP(
            "{path} was made by a newer version of Shakha (schema {revision}); install "
            "that version to use it. Nothing was changed."), path=str(path),
            revision=revision)
    if current and revision != head_revision():
        raise ValidationError(QT_TR_NOOP(
            "{path} has an older schema: run `shakha db upgrade --db {path}` first."),
            path=str(path))


def current_revision(db_path: str | os.PathLike[str]) -> str | None:
    if not Path(db_path).exists():
        return None
    engine = open_engine(db_path)
    try:
        with engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    finally:
        engine.dispose()


def _checkpoint(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        con.close()


def backup_database(db_path: str | os.PathLike[str], dest: str | os.PathLike[str] | None = None,
                    label: str = "backup") -> Path:
    """Consistent copy of a live database (SQLite online backup API); returns its path."""
    src_path = Path(db_path)
    if not src_path.exists():
        raise ValidationError(QT_TR_NOOP("Database file not found: {path}"), path=str(src_path))
    if dest is None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        dest_path = src_path.parent / "backups" / f"{src_path.stem}-{label}-{stamp}.db"
    else:
        dest_path = Path(dest)
    dest_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest_path.with_name(dest_path.name + ".part")
    try:
        tmp.open("wb").close()  # an unwritable place says so as an OSError, up front
        src = sqlite3.connect(src_path)
        try:
            out = sqlite3.connect(tmp)
            try:
                src.backup(out)
                out.execute("PRAGMA journal_mode=DELETE")
            finally:
                out.close()
        finally:
            src.close()
        with open(tmp, "rb") as written:  # on the disk (or stick) before it has its name
            os.fsync(written.fileno())
        os.replace(tmp, dest_path)
    except BaseException:
        tmp.unlink(missing_ok=True)  # no half copy left behind
        raise
    return dest_path


def integrity_ok(db_path: Path) -> bool:
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return False


def restore_database(backup: str | os.PathLike[str], db_path: str | os.PathLike[str]) -> Path:
    """Put a backup in place of the database (after backing up the current file)."""
    backup_path, target = Path(backup), Path(db_path)
    if not backup_path.is_file() or not integrity_ok(backup_path):
        raise ValidationError(QT_TR_NOOP("Not a readable Shakha backup: {path}"),
                              path=str(backup_path))
    check_branch_file(backup_path, current=False)  # another program's file, a newer one
    if target.is_dir():
        raise ValidationError(QT_TR_NOOP("{path} is a folder, not a database file."),
                              path=str(target))
    saved = backup_database(target, label="before-restore") if target.exists() else target
    work = target.with_name(target.name + ".restoring")
    backup_database(backup_path, work)
    try:
        os.replace(work, target)
    except OSError as exc:  # the file cannot be replaced: it and its WAL stay as they were
        work.unlink(missing_ok=True)
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"), path=str(target),
                              error=exc.strerror or str(exc)) from None
    for suffix in ("-wal", "-shm"):  # the replaced file's: they must not meet the backup
        Path(str(target) + suffix).unlink(missing_ok=True)
    return saved


def _run_upgrade(path: Path) -> None:
    engine = open_engine(path, background_checkpoints=False)
    try:
        with engine.begin() as conn:
            cfg = alembic_config(path)
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    finally:
        engine.dispose()
    _checkpoint(path)


def upgrade_database(db_path: str | os.PathLike[str]) -> Path | None:
    """Bring the database to the newest schema; returns the pre-upgrade backup, if any."""
    path = Path(db_path)
    if path.exists() or path.is_dir():  # another program's file is not "upgraded"
        check_branch_file(path, current=False, new_ok=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        try:
            _run_upgrade(path)
        except Exception as exc:
            path.unlink(missing_ok=True)
            reason = str(getattr(exc, "orig", None) or exc).strip()
            raise MigrationFailed(QT_TR_NOOP("Could not create the database: {error}"),
                                  error=(reason.splitlines() or [""])[0]) from exc
        return None
    if current_revision(path) == head_revision():
        return None
    backup = backup_database(path, label="pre-upgrade")
    work = path.with_name(path.name + ".upgrading")
    backup_database(backup, work)
    try:
        _run_upgrade(work)
        if not integrity_ok(work):
            raise IntegrityFailure(QT_TR_NOOP("upgraded copy failed the integrity check"))
    except Exception as exc:
        work.unlink(missing_ok=True)
        raise MigrationFailed(
            QT_TR_NOOP("The database upgrade failed ({error}). Your data was not changed; "
                    "a backup is at {backup}."), error=str(exc), backup=str(backup)) from exc
    _checkpoint(path)
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(work, path)
    for suffix in ("-wal", "-shm"):  # the upgraded copy's, left by its last connection
        Path(str(work) + suffix).unlink(missing_ok=True)
    return backup
