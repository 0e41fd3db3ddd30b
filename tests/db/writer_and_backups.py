"""`python -m tests.db.writer_and_backups DB N`: N backups of DB while a thread of the
same process commits to it without pause and reopens its connections — as the app does
when the day-close backup runs and an officer logs in. Prints "ok" if every backup was
written and checked. Run in its own process by test_backup_beside_writer, so that a
crash (SIGBUS) fails that test instead of killing the test run."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from sqlalchemy import text

from app.db.backups import backup_database
from app.db.engine import open_engine


def main(path: Path, count: int) -> None:
    engine = open_engine(path)
    with engine.begin() as c:
        c.execute(text("CREATE TABLE scratch_writes (n INTEGER)"))
    stop = threading.Event()

    def write() -> None:
        n = 0
        while not stop.is_set():
            with engine.begin() as c:
                c.execute(text("INSERT INTO scratch_writes VALUES (:n)"), {"n": n})
            n += 1
            if n % 50 == 0:
                engine.dispose()  # the pool's connections closed and opened again

    writer = threading.Thread(target=write)
    writer.start()
    try:
        for i in range(count):
            backup_database(path, path.parent / f"backup-{i}.shakha-backup")
    finally:
        stop.set()
        writer.join()
        engine.dispose()
    print("ok")


if __name__ == "__main__":
    main(Path(sys.argv[1]), int(sys.argv[2]))
