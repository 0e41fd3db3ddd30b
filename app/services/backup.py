"""Copies of the branch database a branch can rely on after a dead disk or a stolen PC.

A backup is written from the database (consistent while the app runs), compressed and
encrypted (app.db.backupfile: a stolen stick or a copied backups/ folder reads as noise),
then proven restorable by reading it back before it is reported as made: a backup nobody
checked is a hope. The manager closes each day with one automatically (beside the
database, the last KEEP_DAY_CLOSE kept), and anyone may make one to a USB stick from
Settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine

from app.db.backups import backup_database
from app.errors import QT_TR_NOOP, ValidationError
from app.os_reasons import os_reason

KEEP_DAY_CLOSE = 14
DAY_CLOSE_LABEL = "day-close"


@dataclass(frozen=True)
class Backup:
    path: Path
    size_bytes: int


def database_file(engine: Engine) -> Path:
    name = engine.url.database
    if not name or name == ":memory:":
        raise ValidationError(QT_TR_NOOP("This database is not a file and cannot be backed "
                                         "up."))
    return Path(name)


def _checked(path: Path) -> Backup:
    """A backup app.db.backups made: already read back and checked before it was named."""
    return Backup(path, path.stat().st_size)


def back_up_to(engine: Engine, destination: str) -> Backup:
    """A checked copy at `destination` (e.g. on a USB stick)."""
    target = Path(destination.strip()).expanduser()
    if not destination.strip() or target.is_dir():
        raise ValidationError(QT_TR_NOOP("Choose a file name for the backup."))
    if target.resolve() == database_file(engine).resolve():
        raise ValidationError(QT_TR_NOOP("A backup cannot replace the database itself."))
    try:
        return _checked(backup_database(database_file(engine), target))
    except OSError as exc:
        raise ValidationError(QT_TR_NOOP("The backup could not be written: {reason}"),
                              reason=os_reason(exc)) from None


def back_up_after_day_close(engine: Engine, closed: date) -> Backup:
    """The day's checked copy in backups/ beside the database; older ones pruned."""
    source = database_file(engine)
    made = _checked(backup_database(source, label=f"{DAY_CLOSE_LABEL}-{closed.isoformat()}"))
    kept = sorted(made.path.parent.glob(f"{source.stem}-{DAY_CLOSE_LABEL}-*.db"))
    for old in kept[:-KEEP_DAY_CLOSE]:
        old.unlink(missing_ok=True)
    return made
