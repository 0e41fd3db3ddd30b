"""`db_size`: the 5,000-member, 5-year demo branch on disk, and one backup of it (#19).

Targets: database ≤ 450 MB, each backup ≤ 120 MB (it was 827 MB and 258 MB: hashes as
64-character hex text twice per row and a 146 MB unique index on them). The database is
the encrypted file as the app leaves it (WAL checkpointed, key file included); the
backup is the day-close kind (app.db.backups: compressed, encrypted, read back). Baseline,
same run: the same rows as a plain SQLite file (sqlcipher_export without a key, then
VACUUM) — what encryption adds on top of the data itself. Also timed: writing the backup
(read-back check included) and restoring it into a new file.

History (this demo; database / backup, with the machine's load average):
- 827 MB / 258 MB: hashes as 64-character hex text twice per row, a 146 MB unique index
  on them (before migration 0004_hashes);
- 504.5 MB / 116 MB after 0004_hashes (32-byte hashes, posted_at as an integer);
- 574.4 MB / 116.1 MB at 0016_positions (load 1.6): the report caches' date-ordered
  covering indexes added ~60 MB. Plain data 558 MB, of which journal_entry 194,
  installment 47 + ix_installment_loan_dues 47 (every column again, in loan order),
  ix_journal_entry_business_date 34, ix_journal_repayment_date 33 and
  ix_journal_repayment_loan 33 (the same rows in two orders), ix_installment_due_loan
  29, attendance 22 + its (meeting, member) key 14 + member index 11;
- 406.1 MB / 107.4 MB at 0017_smaller_storage (load 5.4; the 0016 file upgraded): dates
  as day numbers in the journal and the installments (journal_entry 179, date index
  20, repayment index 26, installment 32, ix_installment_due_loan 21), the loan-ordered
  copies of the installments and of the repayments dropped, attendance keyed by
  (meeting, member) without a row id (18 + member index 10). Plain data 398 MB. The
  same demo generated afresh at 0017: 411.1 MB / 107.4 MB (load 5); the upgrade of the
  0016 file took 198 s (73 s CPU, load 5), the pre-upgrade backup and VACUUM included.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

from app.db import backupfile, keyslots
from app.db.backups import backup_database
from app.db.lock import shared
from app.db.raw import connect, database_key
from benchmarks.common import result
from benchmarks.startup import bench_db

MB = 1_000_000


def _plain_size(db: Path, folder: Path) -> int:
    plain = folder / "plain.db"
    con = connect(db)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(plain),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()
    con = connect(plain, key=None, isolation_level=None)
    con.execute("VACUUM")
    con.close()
    return plain.stat().st_size


def run() -> dict:
    db = bench_db()
    con = connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    journal_rows = con.execute("SELECT count(*) FROM journal_entry").fetchone()[0]
    con.close()
    size = db.stat().st_size + keyslots.slot_path(db).stat().st_size
    with tempfile.TemporaryDirectory(prefix="shakha-size-", dir=db.parent) as name:
        folder = Path(name)
        started = time.perf_counter()
        with shared(db):
            backup = backup_database(db, folder / "backup.db")
        backup_s = time.perf_counter() - started
        backup_size = backup.stat().st_size
        key = database_key(db)
        assert key is not None
        started = time.perf_counter()
        backupfile.restore_to(backup, key, folder / "restored.db")
        restore_s = time.perf_counter() - started
        baseline = _plain_size(db, folder)
    return result("db_size", size / MB, baseline / MB, "db <= 450 MB, backup <= 120 MB",
                  "MB", db_mb=round(size / MB, 1), target_db_mb=450,
                  backup_mb=round(backup_size / MB, 1), target_backup_mb=120,
                  met=size <= 450 * MB and backup_size <= 120 * MB,
                  backup_s=round(backup_s, 1), restore_s=round(restore_s, 1),
                  journal_rows=journal_rows, members=5000, years=5,
                  before_db_mb=827, before_backup_mb=258, cpus=os.cpu_count())


if __name__ == "__main__":
    import json

    print(json.dumps(run()))
