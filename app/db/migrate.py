"""Schema migrations of the branch database, with a backup before every upgrade.

An upgrade never touches the live file until it has succeeded: the database is copied
with SQLite's online backup API, the copy is upgraded, checked, and atomically renamed
over the original. A failed migration leaves the previous file exactly as it was.
"""

from __future__ import annotations

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


class MigrationFailed(ShakhaError):
    """The schema upgrade failed; the database file was left as it was."""


def alembic_config(db_path: str | os.PathLike[str]) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.set_main_option("sqlalchemy.url", f"sqlite:///{os.fspath(db_path)}")
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config(":memory:")).get_current_head()
    assert head is not None
    return head


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
    if not backup_path.exists() or not integrity_ok(backup_path):
        raise ValidationError(QT_TR_NOOP("Not a readable Shakha backup: {path}"),
                              path=str(backup_path))
    saved = backup_database(target, label="before-restore") if target.exists() else target
    work = target.with_name(target.name + ".restoring")
    backup_database(backup_path, work)
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    os.replace(work, target)
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
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        try:
            _run_upgrade(path)
        except Exception as exc:
            path.unlink(missing_ok=True)
            raise MigrationFailed(QT_TR_NOOP("Could not create the database: {error}"),
                                  error=str(exc)) from exc
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
    return backup
