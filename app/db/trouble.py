"""What the computer, not the user, got wrong: a busy, full, read-only or failing disk.

SQLite says so with an error code (and file writes with an OSError); without this they
reach the user as "something went wrong". Each becomes a ShakhaError that says what
happened — and, since every write is one transaction, that nothing was saved — in her
language. The UI (ui.ops) and the CLI ask `storage_trouble` before the generic words.
"""

from __future__ import annotations

import errno
import sqlite3

import sqlcipher3

from app.errors import QT_TR_NOOP, ShakhaError

_SQLITE_ERRORS = (sqlite3.Error, sqlcipher3.Error)  # plain files and SQLCipher ones

# SQLite primary result codes (sqlite3.h)
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = \
    5, 6, 8, 10, 11, 13, 14, 26

_BY_CODE = {
    _BUSY: QT_TR_NOOP("The branch database is busy: another copy of Shakha or another "
                      "program is writing to it. Nothing was saved; try again in a moment."),
    _FULL: QT_TR_NOOP("The disk is full: nothing was saved. Free some space on this "
                      "computer (old backups, downloads), then try again."),
    _READONLY: QT_TR_NOOP("The branch database cannot be written: the file or its folder "
                          "is read-only. Nothing was saved."),
    _IOERR: QT_TR_NOOP("The disk could not be read or written. Nothing was saved. Check "
                       "the disk, and make a backup on another disk as soon as you can."),
    _CANTOPEN: QT_TR_NOOP("The branch database file cannot be opened. Check that its disk "
                          "is connected."),
    _CORRUPT: QT_TR_NOOP("The branch database file is damaged. Nothing was saved. Run "
                         "'shakha db check' and restore the last good backup."),
}
_BY_CODE[_LOCKED] = _BY_CODE[_BUSY]
_BY_CODE[_NOTADB] = _BY_CODE[_CORRUPT]


class StorageTrouble(ShakhaError):
    """The disk or the database file failed; the user's input was not saved."""


def storage_trouble(error: BaseException) -> StorageTrouble | None:
    """The StorageTrouble behind `error` (SQLAlchemy wraps sqlite3's error in `.orig`;
    others chain it as the cause), or None when it is something else."""
    seen: set[int] = set()
    stack: list[BaseException | None] = [error]
    while stack:
        current = stack.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        if isinstance(current, _SQLITE_ERRORS):
            text = _BY_CODE.get(getattr(current, "sqlite_errorcode", -1) & 0xFF)
            if text is not None:
                return StorageTrouble(text)
        if isinstance(current, OSError) and current.errno == errno.ENOSPC:
            return StorageTrouble(_BY_CODE[_FULL])
        stack += [getattr(current, "orig", None), current.__cause__, current.__context__]
    return None
