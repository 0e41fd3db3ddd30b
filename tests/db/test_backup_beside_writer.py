"""Backups of a file this same process is writing: the backup's SQLite (apsw) reads the
live file in a process of its own, never beside the app's (sqlcipher3) in one process
(app.db.backupfile.write_backup)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_backups_while_the_same_process_commits_are_all_written_and_nothing_crashes(
        db_path):
    # Before, apsw opened the live file in the app's process: 3 runs in 4 of 30 backups
    # died of SIGBUS (the -shm reset under sqlcipher3) or failed "database is locked".
    done = subprocess.run([sys.executable, "-m", "tests.db.writer_and_backups",
                           str(db_path), "12"], cwd=ROOT, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("ok")
    assert len(list(db_path.parent.glob("backup-*.shakha-backup"))) == 12
    assert not list(db_path.parent.glob("*.part"))
