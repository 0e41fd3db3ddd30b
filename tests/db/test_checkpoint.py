"""WAL checkpoints happen in the background once the file is quiet, not in a commit.

A page reaches the database file only when a checkpoint copies it there, so the file's
size shows whether one has run (the tests write far more than SQLite's default
1,000-page threshold, which would have checkpointed inside the commit)."""

from __future__ import annotations

import time

from sqlalchemy import text

from app.db import checkpoint as module
from app.db.checkpoint import SAFETY_NET_PAGES, checkpoint


def _write(engine, blobs: int) -> None:
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE IF NOT EXISTS filler (x BLOB)"))
        for _ in range(blobs):
            conn.execute(text("INSERT INTO filler VALUES (randomblob(3500))"))


def _grows(path, size: int, write=None, within: float = 30.0) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if path.stat().st_size > size:
            return True
        if write:
            write()
        time.sleep(0.05)
    return False


def test_commits_checkpoint_only_past_the_safety_net(engine):
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == SAFETY_NET_PAGES


def test_a_big_commit_is_not_checkpointed_in_the_commit_but_soon_after(
        engine, db_path, monkeypatch):
    monkeypatch.setattr(module, "QUIET_SECONDS", 2.0)
    before = db_path.stat().st_size
    _write(engine, 1500)  # ~1,500 pages
    assert db_path.stat().st_size == before  # still only in the WAL
    assert _grows(db_path, before)


def test_a_steady_stream_of_commits_is_checkpointed_all_the_same(engine, db_path,
                                                                  monkeypatch):
    monkeypatch.setattr(module, "QUIET_SECONDS", 5.0)
    monkeypatch.setattr(module, "MAX_DEFER_SECONDS", 1.0)
    _write(engine, 1)
    before = db_path.stat().st_size
    assert _grows(db_path, before, write=lambda: _write(engine, 20))


def test_a_checkpoint_of_a_removed_file_does_not_create_it(tmp_path):
    gone = tmp_path / "gone.db"
    assert checkpoint(gone) is None
    assert not gone.exists()
