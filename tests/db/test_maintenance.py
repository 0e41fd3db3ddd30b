"""Restore, upgrade and backup beside a live writer, killed at every step, on damaged files.

A writer process commits row after row and prints each key once its commit returned
("saved"); maintenance runs beside it, or is killed (SIGKILL) at its named fault points.
Whatever happens, every key the writer printed is in the database or in the copy the
restore kept byte for byte.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic import command

from app.db import migrate, restore
from app.db.engine import open_engine
from app.db.lock import BranchInUse, exclusive
from app.errors import IntegrityFailure, RuleViolation, ValidationError
from tests import dbfiles
from tests.builders import small_branch

WRITER = textwrap.dedent("""
    import sys
    from sqlalchemy import text
    from app.db.engine import open_engine
    engine = open_engine(sys.argv[1])
    n = 0
    while True:
        n += 1
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO setting (key, value) VALUES (:k, 'w')"),
                         {"k": f"writer-{n}"})
        print(f"writer-{n}", flush=True)
""")


def _cli(db: Path, *args: str, fault: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    env.pop("SHAKHA_FAULT", None)
    if fault:
        env["SHAKHA_FAULT"] = fault
    return subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db), "db", *args],
                          capture_output=True, text=True, timeout=120, env=env)


class Writer:
    def __init__(self, db: Path) -> None:
        self.proc = subprocess.Popen([sys.executable, "-c", WRITER, str(db)],
                                     stdout=subprocess.PIPE, text=True)
        self.saved: list[str] = []

    def wait_for(self, count: int) -> None:
        assert self.proc.stdout is not None
        target = len(self.saved) + count
        while len(self.saved) < target:
            line = self.proc.stdout.readline()
            assert line, "the writer stopped"
            self.saved.append(line.strip())

    def kill(self) -> list[str]:
        """SIGKILL (a power cut for this process); every key it printed was saved."""
        assert self.proc.stdout is not None
        self.proc.send_signal(signal.SIGKILL)
        self.saved += [line.strip() for line in self.proc.stdout if line.strip()]
        self.proc.wait(timeout=30)
        return self.saved


def _keys(db: Path) -> set[str]:
    if not db.exists():
        return set()
    con = dbfiles.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT key FROM setting WHERE value = 'w'")}
    finally:
        con.close()


def _branch(tmp_path: Path, name: str = "branch.db", code: str = "BJS-001") -> Path:
    path = tmp_path / name
    migrate.upgrade_database(path)
    engine = open_engine(path)
    small_branch(engine)
    engine.dispose()
    if code != "BJS-001":
        con = dbfiles.connect(path)
        con.execute("UPDATE branch SET code = ?", (code,))
        con.commit()
        con.close()
    return path


@pytest.fixture
def branch(tmp_path: Path) -> tuple[Path, Path]:
    """A branch database and a backup of it (taken before the writer starts)."""
    db = _branch(tmp_path)
    return db, migrate.backup_database(db, tmp_path / "usb" / "copy.db")


def _leftovers(db: Path) -> list[str]:
    names = [p.name for p in db.parent.iterdir()] + [
        p.name for p in (db.parent / "backups").glob("*")]
    return sorted(n for n in names if n.endswith((".restoring", ".upgrading", ".part",
                                                  ".restore-intent", "-oldwal")))


def test_restore_beside_a_running_writer_is_refused_and_nothing_it_saved_is_lost(branch):
    db, backup = branch
    writer = Writer(db)
    try:
        writer.wait_for(20)
        result = _cli(db, "restore", str(backup))
        writer.wait_for(20)  # still writing into the same file
    finally:
        saved = writer.kill()
    assert result.returncode == 1
    assert "Shakha is open on this file — close it first" in result.stderr
    assert set(saved) <= _keys(db)
    assert not restore.kept_copies(db)


def test_upgrade_beside_a_running_writer_is_refused_and_nothing_it_saved_is_lost(tmp_path):
    db = _branch(tmp_path)
    command.downgrade(migrate.alembic_config(db), "0001")  # as left by an older version
    writer = Writer(db)
    try:
        writer.wait_for(20)
        result = _cli(db, "upgrade")
        writer.wait_for(20)
    finally:
        saved = writer.kill()
    assert result.returncode == 1 and "close it first" in result.stderr
    assert migrate.current_revision(db) == "0001"
    # killed just before the upgraded copy takes the file's name, then started again
    assert _cli(db, "upgrade", fault="upgrade.before_replace").returncode == -9
    assert set(saved) <= _keys(db) and migrate.current_revision(db) == "0001"
    assert _cli(db, "upgrade").returncode == 0
    assert set(saved) <= _keys(db)
    assert migrate.current_revision(db) == migrate.head_revision()
    assert _leftovers(db) == []


@pytest.mark.parametrize("fault", ["restore.after_work_copy", "restore.after_intent",
                                   "restore.after_replace"])
def test_a_restore_killed_at_any_step_loses_nothing_the_writer_saved(branch, fault):
    db, backup = branch
    writer = Writer(db)
    writer.wait_for(30)
    saved = writer.kill()  # the office PC was switched off with Shakha open
    assert _cli(db, "restore", str(backup), fault=fault).returncode == -9
    open_engine(db).dispose()  # the next start finishes or removes what was left
    kept = restore.kept_copies(db)
    everywhere = _keys(db) | (_keys(kept[0]) if kept else set())
    assert set(saved) <= everywhere
    restored = fault != "restore.after_work_copy"  # past its intent, it is finished
    assert (_keys(db) == set()) == restored
    assert _leftovers(db) == []
    assert _cli(db, "check").returncode == 0


def test_a_truncated_database_is_restored_and_kept_byte_for_byte(branch):
    db, backup = branch
    damaged = db.read_bytes()[: db.stat().st_size // 2]
    db.write_bytes(damaged)
    result = _cli(db, "restore", str(backup))
    assert result.returncode == 0, result.stderr
    (kept,) = restore.kept_copies(db)
    assert kept.read_bytes() == damaged
    assert _cli(db, "check").returncode == 0


def test_another_branchs_backup_is_refused_unless_its_code_is_typed_again(tmp_path):
    db = _branch(tmp_path, code="BJS-002")
    other = migrate.backup_database(_branch(tmp_path, "other.db"), tmp_path / "other-copy.db")
    before = db.read_bytes()
    with pytest.raises(RuleViolation, match="backup is of branch BJS-001"):
        restore.restore_database(other, db)
    with pytest.raises(ValidationError, match=r"code typed \(BJS-003\)"):
        restore.restore_database(other, db, other_branch="BJS-003")
    assert db.read_bytes() == before and not restore.kept_copies(db)
    done = restore.restore_database(other, db, other_branch="BJS-001")
    assert (done.branch_code, done.other_branch) == ("BJS-001", True)
    assert restore.branch_code_of(db) == "BJS-001"


def test_copies_kept_by_restores_are_pruned_like_backups(branch, monkeypatch):
    db, backup = branch
    monkeypatch.setattr(restore, "KEEP_BEFORE_RESTORE", 2)
    for _ in range(3):
        restore.restore_database(backup, db)
    assert len(restore.kept_copies(db)) == 2


def test_leftovers_of_killed_maintenance_are_removed_at_the_next_start(branch):
    db, _backup = branch
    junk = [Path(f"{db}.restoring"), Path(f"{db}.upgrading"), Path(f"{db}.upgrading-wal"),
            db.parent / "backups" / f"{db.stem}-day-close-2026-11-25.db.part"]
    for path in junk:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"half written")
    engine = open_engine(db)
    with engine.connect():
        pass
    engine.dispose()
    assert [p for p in junk if p.exists()] == []


def test_maintenance_is_refused_while_this_process_still_has_the_file_open(branch):
    db, backup = branch
    engine = open_engine(db)
    try:
        with engine.connect():
            with pytest.raises(BranchInUse), exclusive(db):
                pass
            with pytest.raises(BranchInUse, match="close it first"):
                restore.restore_database(backup, db)
    finally:
        engine.dispose()
    restore.restore_database(backup, db)  # closed: now it may


def test_a_backup_of_a_damaged_database_says_the_database_is_damaged(branch, tmp_path):
    db, _backup = branch
    con = dbfiles.connect(db)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = con.execute("PRAGMA page_count").fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    page = len(raw) // pages
    raw[page * (pages - 2):page * (pages - 1)] = b"\xff" * page  # a page of garbage
    db.write_bytes(bytes(raw))
    with pytest.raises(IntegrityFailure, match="is damaged, so no backup was made"):
        migrate.backup_database(db)
    assert list((tmp_path / "backups").glob("*.db")) == []
    result = _cli(db, "backup")
    assert result.returncode == 1 and "is damaged" in result.stderr
