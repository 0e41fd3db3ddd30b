"""WAL checkpoints off the user's path.

SQLite's automatic checkpoint runs inside the COMMIT that pushes the WAL past its
threshold: that one commit copies every page back into the database file and fsyncs it
(`synchronous=FULL`), so one meeting in ten took 100 ms instead of 15 here, and on an old
branch PC's disk it can take seconds. The commit itself is durable without it — the WAL
is fsynced — so checkpointing is moved to one background thread: a commit marks its file,
the thread waits until the file has been quiet for a moment (a checkpoint's fsync next to
a commit's fsync slows the commit down) and runs a PASSIVE checkpoint on its own
short-lived connection (PASSIVE never blocks readers or writers). A branch commits in
bursts (a meeting posted, then minutes of typing), so the quiet comes quickly; under a
stream of commits it checkpoints after MAX_DEFER_SECONDS anyway, and the automatic
checkpoint stays as a safety net at a much larger threshold, so the WAL stays bounded.
"""

from __future__ import annotations

import logging
import threading
import time
from pathlib import Path

SAFETY_NET_PAGES = 10_000  # PRAGMA wal_autocheckpoint: only if the thread falls behind
QUIET_SECONDS = 0.3  # no commit for this long: the burst is over
MAX_DEFER_SECONDS = 5.0  # under a steady stream of commits, checkpoint anyway

log = logging.getLogger(__name__)


class _Checkpointer:
    def __init__(self) -> None:
        self._dirty: set[Path] = set()
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    def committed(self, path: Path) -> None:
        with self._lock:
            self._dirty.add(path)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="wal-checkpoint",
                                                 daemon=True)
                self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            first = time.monotonic()
            self._wake.clear()
            while (self._wake.wait(QUIET_SECONDS)
                   and time.monotonic() - first < MAX_DEFER_SECONDS):
                self._wake.clear()  # another commit: wait for quiet again
            self._wake.clear()
            with self._lock:
                paths, self._dirty = self._dirty, set()
            for path in paths:
                checkpoint(path)


def checkpoint(path: Path) -> tuple[int, int, int] | None:
    """PASSIVE checkpoint of one database file: (busy, WAL pages, pages checkpointed),
    or None when the file is gone (never created again here: mode=rw) or no engine of
    this process has it open any more (its last connection checkpointed it on closing,
    and maintenance may be replacing it now)."""
    import sqlcipher3

    from app.db.lock import HOLDS
    from app.db.raw import apply_key, database_key

    if not HOLDS.held(path):
        return None
    try:
        con = sqlcipher3.connect(f"{path.resolve().as_uri()}?mode=rw", uri=True,
                                 timeout=1)
    except sqlcipher3.Error:
        return None
    try:
        apply_key(con, database_key(path, must=False))
        row = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(row[0]), int(row[1]), int(row[2])
    except Exception as exc:  # noqa: BLE001 - busy, vanished, locked: the next commit
        log.debug("checkpoint of %s skipped: %s", path, exc)
        return None
    finally:
        con.close()


CHECKPOINTER = _Checkpointer()
