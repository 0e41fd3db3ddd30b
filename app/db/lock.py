"""The maintenance lock: restore, upgrade and repair never run beside another process.

Every process that opens a branch database holds a *shared* OS lock on the branch's lock
file (`branch.db.lock`, beside it) for as long as it may touch the file; maintenance takes
the lock *exclusively* or refuses ("Shakha is open on this file — close it first").
Without it, `db restore` replaced the file under a running app, which went on writing
into the replaced file's WAL: commits it had been told were saved existed nowhere.

portalocker because it takes shared locks on both systems: `flock` on Linux (a lock per
open file, so two engines of one process are two holders, and the lock goes with the
process when it dies — a SIGKILL or a power cut leaves nothing stale) and `LockFileEx`
on Windows (through pywin32, which its `win32` extra brings there). The lock file is
never deleted: removing a lock file while another process waits on it splits the lock.

Whoever takes the lock exclusively first finishes or removes what a killed backup,
restore or upgrade left behind (app.db.files.clean_leftovers); `tidy` does that at every
start when nobody else has the file open.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import portalocker

from app.db.files import clean_leftovers
from app.errors import QT_TR_NOOP, ShakhaError

LOCK_SUFFIX = ".lock"
WAIT_SECONDS = 10.0  # a process starting while maintenance runs waits this long for it
_POLL_SECONDS = 0.05


class BranchInUse(ShakhaError):
    """Another process has the branch database open (or maintenance is running)."""


def lock_path(db_path: str | os.PathLike[str]) -> Path:
    return Path(os.fspath(db_path) + LOCK_SUFFIX)


def _open_lock_file(db_path: str | os.PathLike[str]) -> IO[bytes]:
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return open(path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime


def _try(handle: IO[bytes], flags: portalocker.LockFlags) -> bool:
    try:
        portalocker.lock(handle, flags | portalocker.LockFlags.NON_BLOCKING)
    except (portalocker.LockException, portalocker.AlreadyLocked):
        return False
    return True


class _Holds:
    """This process's shared holds, counted per lock file: one OS lock per file however
    many engines have it open (`flock` would count each open file as a holder)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._held: dict[Path, tuple[IO[bytes], int]] = {}

    def acquire(self, db_path: str | os.PathLike[str], wait: float) -> Path:
        key = lock_path(db_path).resolve()
        with self._lock:
            if key in self._held:
                handle, count = self._held[key]
                self._held[key] = (handle, count + 1)
                return key
        handle = _open_lock_file(db_path)
        deadline = time.monotonic() + wait
        while not _try(handle, portalocker.LockFlags.SHARED):
            if time.monotonic() >= deadline:
                handle.close()
                raise BranchInUse(QT_TR_NOOP(
                    "The branch database {path} is being restored or upgraded by another "
                    "process. Try again when it has finished."), path=os.fspath(db_path))
            time.sleep(_POLL_SECONDS)
        with self._lock:
            if key in self._held:  # another thread of ours got there first
                handle.close()
                held, count = self._held[key]
                self._held[key] = (held, count + 1)
            else:
                self._held[key] = (handle, 1)
        return key

    def release(self, key: Path) -> None:
        with self._lock:
            if key not in self._held:
                return
            handle, count = self._held[key]
            if count > 1:
                self._held[key] = (handle, count - 1)
                return
            del self._held[key]
        handle.close()  # closing the file releases its lock

    def held(self, db_path: str | os.PathLike[str]) -> bool:
        with self._lock:
            return lock_path(db_path).resolve() in self._held


HOLDS = _Holds()


def hold_shared(db_path: str | os.PathLike[str], wait: float = WAIT_SECONDS) -> Path:
    """Take (or count once more) this process's shared hold; returns the key to release.

    Waits up to `wait` seconds while maintenance holds the file, then refuses."""
    return HOLDS.acquire(db_path, wait)


def release_shared(key: Path) -> None:
    HOLDS.release(key)


@contextmanager
def shared(db_path: str | os.PathLike[str]) -> Iterator[None]:
    key = hold_shared(db_path)
    try:
        yield
    finally:
        release_shared(key)


@contextmanager
def exclusive(db_path: str | os.PathLike[str]) -> Iterator[None]:
    """Maintenance on the file: refused at once while any process (this one included,
    through an engine it still holds) has the file open."""
    in_use = BranchInUse(QT_TR_NOOP("Shakha is open on this file — close it first: {path}"),
                         path=os.fspath(db_path))
    if HOLDS.held(db_path):
        raise in_use
    handle = _open_lock_file(db_path)
    try:
        if not _try(handle, portalocker.LockFlags.EXCLUSIVE):
            raise in_use
        clean_leftovers(db_path)  # nobody else has it open: anything left is debris
        yield
    finally:
        handle.close()


def tidy(db_path: str | os.PathLike[str]) -> None:
    """At start: if nobody has the file open, finish an interrupted restore and remove
    what killed maintenance left (else whoever holds it did so when it started)."""
    if HOLDS.held(db_path) or not Path(db_path).parent.is_dir():
        return
    handle = _open_lock_file(db_path)
    try:
        if _try(handle, portalocker.LockFlags.EXCLUSIVE):
            clean_leftovers(db_path)
    finally:
        handle.close()
