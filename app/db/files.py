"""File steps of maintenance that must survive a power cut or a SIGKILL at any point.

A rename is durable only once its directory is fsynced; a copy is on the disk only once
the file is. A restore replaces the database in several steps, so it first writes an
intent file: whoever next takes the maintenance lock finishes the restore (rolls it
forward) from wherever it stopped, and removes the work files a killed backup, restore
or upgrade left behind. A database is never left beside the WAL of another file: the
old WAL is moved away before the new file takes its name.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

# work files beside the database (app.db.migrate, app.db.restore)
WORK_SUFFIXES = (".restoring", ".upgrading", ".converting")
INTENT_SUFFIX = ".restore-intent"
OLD_WAL_SUFFIX = ".restoring-oldwal"
SIDE_FILES = ("-wal", "-shm")
KEYS = ".keys"  # the key slots beside an encrypted database (app.db.keyslots)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def fsync_dir(path: str | os.PathLike[str]) -> None:
    """Make renames into or out of this directory durable (no-op where unsupported)."""
    if os.name == "nt":
        return  # NTFS journals its directory entries; a directory cannot be opened
    fd = os.open(os.fspath(path), os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def side(path: Path, suffix: str) -> Path:
    return Path(os.fspath(path) + suffix)


def copy_exactly(source: Path, target: Path) -> None:
    """The file's bytes as they are (a damaged or truncated file too), on the disk."""
    tmp = side(target, ".part")
    try:
        shutil.copyfile(source, tmp)
        fsync_file(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def keep_aside(db: Path, aside: Path) -> Path:
    """Copy the database and its WAL byte for byte to `aside` (and `aside`-wal): the WAL
    holds commits not yet in the file, so the two together are the file as it stands;
    its key file goes with them (`aside`.keys), or the copy could not be opened."""
    aside.parent.mkdir(parents=True, exist_ok=True)
    copy_exactly(db, aside)
    for suffix in ("-wal", KEYS):
        companion = side(db, suffix)
        if companion.exists() and companion.stat().st_size:
            copy_exactly(companion, side(aside, suffix))
    fsync_dir(aside.parent)
    return aside


def write_intent(db: Path, aside: Path | None) -> None:
    intent = side(db, INTENT_SUFFIX)
    tmp = side(intent, ".part")
    tmp.write_text(json.dumps({"aside": os.fspath(aside) if aside else None}),
                   encoding="utf-8")
    fsync_file(tmp)
    os.replace(tmp, intent)
    fsync_dir(db.parent)


def put_in_place(db: Path, work: Path) -> None:
    """Rename the finished work copy over the database (intent already written): the old
    WAL goes aside first, so the new file never meets it; undone if the rename fails."""
    moved = []
    for suffix in SIDE_FILES:
        current = side(db, suffix)
        if current.exists():
            os.replace(current, side(db, OLD_WAL_SUFFIX + suffix))
            moved.append(suffix)
    try:
        os.replace(work, db)
    except OSError:
        for suffix in moved:
            os.replace(side(db, OLD_WAL_SUFFIX + suffix), side(db, suffix))
        raise
    _keys_in_place(db, work)
    fsync_dir(db.parent)
    finish_restore(db)


def _keys_in_place(db: Path, work: Path) -> None:
    """The restored file's key file (app.db.keyslots) follows it."""
    if side(work, KEYS).exists():
        os.replace(side(work, KEYS), side(db, KEYS))


def finish_restore(db: Path) -> None:
    for suffix in SIDE_FILES:
        side(db, OLD_WAL_SUFFIX + suffix).unlink(missing_ok=True)
    side(db, INTENT_SUFFIX).unlink(missing_ok=True)
    fsync_dir(db.parent)


def roll_forward(db: Path) -> bool:
    """Finish a restore that was killed after its intent was written. True if one was."""
    intent = side(db, INTENT_SUFFIX)
    if not intent.exists():
        return False
    work = side(db, ".restoring")
    if work.exists():
        put_in_place(db, work)
    else:
        _keys_in_place(db, work)
        finish_restore(db)
    return True


def clean_leftovers(db_path: str | os.PathLike[str]) -> list[Path]:
    """Finish an interrupted restore, then remove the work files of a backup, restore or
    upgrade that was killed. Only with the exclusive lock held (nobody else is writing
    them)."""
    db = Path(db_path)
    roll_forward(db)
    side(db, INTENT_SUFFIX + ".part").unlink(missing_ok=True)
    candidates = [side(db, suffix + tail) for suffix in WORK_SUFFIXES
                  for tail in ("", "-wal", "-shm", "-journal", ".part", KEYS)]
    candidates.append(side(db, ".part"))
    backups = db.parent / "backups"
    if backups.is_dir():
        candidates += sorted(backups.glob(f"{db.stem}-*.part"))
    gone = []
    for path in candidates:
        if path.is_file():
            path.unlink(missing_ok=True)
            gone.append(path)
    if gone and db.parent.is_dir():
        fsync_dir(db.parent)
    return gone
