"""`shakha db restore`: a backup put in place of the branch database, safely.

Only under the exclusive maintenance lock (no other process may have the file open: one
that did went on writing into the replaced file, and its commits were lost). The file
it replaces is kept byte for byte in backups/ (with its WAL — a damaged or truncated file
too: a restore is what one does with a damaged file, so it must not need to read it), and
these copies are pruned like backups. Another branch's backup is refused unless the
administrator names that branch again (`--other-branch CODE`): restoring it silently
turned this branch into another one. The steps are made durable and a killed restore is
finished by the next start (app.db.files).

An encrypted backup (app.db.backupfile) opens with this machine's key when the backup is
of this computer's database; otherwise it needs a staff password or head office's
recovery (`unlock`, which the CLI fills from what the administrator typed). The restored
file keeps its own key and key file; this machine keeps its key from then on.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.db import backupfile, keyslots, machine_key
from app.db.backups import check_backup_file
from app.db.files import KEYS, fsync_dir, keep_aside, put_in_place, side, write_intent
from app.db.lock import exclusive
from app.db.raw import (
    DB_ERRORS,
    DatabaseLocked,
    connect,
    database_key,
    forget_key,
    remember_key,
)
from app.errors import QT_TR_NOOP, RuleViolation, ValidationError
from app.faults import fault_point
from app.os_reasons import os_reason

# the administrator's answer when the machine does not hold a backup's key
Unlock = Callable[[backupfile.BackupHeader], bytes]

KEEP_BEFORE_RESTORE = 14  # as many as day-close backups (app.services.backup)
BEFORE_RESTORE_LABEL = "before-restore"


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # the replaced file, byte for byte (None: there was none)
    branch_code: str
    other_branch: bool  # the backup was of another branch than the file it replaced


def branch_code_of(path: Path) -> str | None:
    """The branch code a database file holds, or None when it cannot be read (missing,
    damaged, truncated, not a branch, its key not here)."""
    if not path.is_file():
        return None
    try:
        con = connect(path, readonly=True, key=database_key(path, must=False) or None)
        try:
            row = con.execute("SELECT code FROM branch ORDER BY id LIMIT 1").fetchone()
        finally:
            con.close()
    except DB_ERRORS + (ValidationError,):
        return None
    return str(row[0]) if row else None


def backup_branch(path: Path) -> str | None:
    if backupfile.is_backup_file(path):
        return backupfile.read_header(path).branch or None
    return branch_code_of(path)


def _check_branch(current: str | None, backup: str | None, other_branch: str | None) -> bool:
    """True when the backup is another branch's (allowed: its code was typed again)."""
    if other_branch is not None and other_branch.strip() != (backup or ""):
        raise ValidationError(QT_TR_NOOP(
            "The branch code typed ({typed}) is not the backup's branch ({backup}). Nothing "
            "was changed."), typed=other_branch.strip(), backup=backup or "?")
    if current is None or backup is None or current == backup:
        return False
    if other_branch is None:
        raise RuleViolation(QT_TR_NOOP(
            "This backup is of branch {backup}, but the database is branch {current}. "
            "Nothing was changed. To replace this branch with the other one, type its code "
            "again: --other-branch {backup}"), backup=backup, current=current)
    return True


def kept_copies(db: Path) -> list[Path]:
    return sorted((db.parent / "backups").glob(f"{db.stem}-{BEFORE_RESTORE_LABEL}-*.db"))


def _prune(db: Path) -> None:
    for old in kept_copies(db)[:-KEEP_BEFORE_RESTORE]:
        for suffix in ("", "-wal", "-shm", KEYS):
            side(old, suffix).unlink(missing_ok=True)


def _backup_key(header: backupfile.BackupHeader, unlock: Unlock | None) -> bytes:
    key = machine_key.load(header.db_id)
    if key is None and unlock is not None:
        key = unlock(header)
    if key is None:
        raise DatabaseLocked(QT_TR_NOOP(
            "This backup's key is not kept on this computer: give a staff password "
            "(--user NAME) or head office's recovery answer (--recovery FILE)."))
    return key


def _prepare(backup: Path, target: Path, work: Path, unlock: Unlock | None
             ) -> tuple[bytes, keyslots.KeySlots]:
    """The restored database, encrypted, at `work` with its key file beside it."""
    current_slots = keyslots.read_slots(target) if target.is_file() else None
    if backupfile.is_backup_file(backup):
        header = backupfile.read_header(backup)
        key = _backup_key(header, unlock)
        backupfile.restore_to(backup, key, work)
        same = current_slots is not None and current_slots.db_id == header.db_id
        slots = current_slots if same and current_slots else header.slots
    else:  # a database file: plain (from before encryption) or with its key file
        source_key = database_key(backup)
        if source_key is not None:
            key, slots = source_key, keyslots.read_slots(backup) or keyslots.new_slots()
        else:
            key = (database_key(target, must=False) if current_slots else None) \
                or keyslots.new_key()
            slots = current_slots if current_slots and database_key(
                target, must=False) == key else keyslots.new_slots()
        con = connect(backup, key=source_key)
        try:
            con.execute(f"ATTACH DATABASE ? AS encrypted KEY \"x'{key.hex()}'\"",
                        (str(work),))
            con.execute("SELECT sqlcipher_export('encrypted')")
            con.execute("DETACH DATABASE encrypted")
        finally:
            con.close()
    keyslots.write_slots(work, slots)
    return key, slots


def restore_database(backup: str | os.PathLike[str], db_path: str | os.PathLike[str],
                     other_branch: str | None = None, unlock: Unlock | None = None
                     ) -> Restored:
    """Put a backup in place of the database (keeping the file it replaces)."""
    from app.db.migrate import upgrade_locked

    backup_path, target = Path(backup), Path(db_path)
    check_backup_file(backup_path)
    if target.is_dir():
        raise ValidationError(QT_TR_NOOP("{path} is a folder, not a database file."),
                              path=str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    with exclusive(target):
        backup_code = backup_branch(backup_path)
        other = _check_branch(branch_code_of(target), backup_code, other_branch)
        work = side(target, ".restoring")
        try:
            key, slots = _prepare(backup_path, target, work, unlock)
        except BaseException as exc:
            for suffix in ("", KEYS):
                side(work, suffix).unlink(missing_ok=True)
            if isinstance(exc, OSError):
                raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"),
                                      path=str(work), error=os_reason(exc)) from None
            raise
        machine_key.store(slots.db_id, key, target)  # before the intent: rolled forward,
        fault_point("restore.after_work_copy")   # the file must open on this machine
        kept = None
        if target.exists():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
            kept = keep_aside(target, target.parent / "backups" /
                              f"{target.stem}-{BEFORE_RESTORE_LABEL}-{stamp}.db")
        write_intent(target, kept)
        fault_point("restore.after_intent")
        try:
            put_in_place(target, work)
        except OSError as exc:  # the file cannot be replaced: it and its WAL stay as they were
            for suffix in ("", KEYS):
                side(work, suffix).unlink(missing_ok=True)
            side(target, ".restore-intent").unlink(missing_ok=True)
            if kept is not None:
                for suffix in ("", "-wal", KEYS):
                    side(kept, suffix).unlink(missing_ok=True)
            fsync_dir(target.parent)
            raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"),
                                  path=str(target), error=os_reason(exc)) from None
        fault_point("restore.after_replace")
        forget_key(target)
        remember_key(target, key)
        _prune(target)
        upgrade_locked(target)
    return Restored(kept, backup_code or "", other)
