import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from app.db import migrate
from app.db.base import Base
from app.db.engine import open_engine
from app.db.registry import import_all_models
from app.gui_launch import head_revisions
from tests import dbfiles
from tests.db.test_check import _ledger


def test_models_and_migrations_agree(db_path):
    import_all_models()
    engine = open_engine(db_path)
    with engine.connect() as conn:
        diffs = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diffs == []


def test_migrations_go_down_and_up_again_on_a_populated_database(engine, db_path):
    _ledger(engine)
    cfg = migrate.alembic_config(db_path)
    command.downgrade(cfg, "base")
    command.upgrade(cfg, "head")
    assert migrate.current_revision(db_path) == migrate.head_revision()


def test_a_branch_updated_to_chain_heads_records_its_existing_last_rows(engine, db_path):
    from app.db.check import check_database

    _ledger(engine, units=2)
    cfg = migrate.alembic_config(db_path)
    command.downgrade(cfg, "0001")  # a branch as it was before migration 0002
    migrate.upgrade_database(db_path)  # what the app does on start after the update
    assert check_database(db_path).ok
    con = dbfiles.connect(db_path)
    heads = dict(con.execute("SELECT chain, last_seq FROM chain_head WHERE chain != 'audit'"))
    assert heads == {"journal": 3, "outbox": 2}
    con.execute("DROP TRIGGER journal_entry_no_delete")
    con.execute("DELETE FROM journal_entry WHERE id = 3")
    con.commit()
    con.close()
    # the row removed from the end, the guard dropped for it, and the copy its event
    # still carries to head office: each named
    assert [p.code for p in check_database(db_path).problems] == [
        "journal_gap", "guard_missing", "journal_copy"]


def test_a_populated_demo_branch_goes_down_to_base_and_up_to_head(tmp_path):
    """Dropping tables full of rows (triggers, foreign keys, indexes) and recreating them."""
    from datetime import date

    from app.demo import generate_demo
    path = tmp_path / "demo.db"
    generate_demo(path, members=20, years=1, seed=5, today=date(2026, 11, 25))
    cfg = migrate.alembic_config(path)
    command.downgrade(cfg, "base")
    con = dbfiles.connect(path)
    left = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    con.close()
    command.upgrade(cfg, "head")
    assert (left <= {"alembic_version"}, migrate.current_revision(path)) == (
        True, migrate.head_revision())


def test_a_failing_migration_leaves_the_previous_file_intact(engine, db_path, tmp_path,
                                                             monkeypatch):
    _ledger(engine)
    before = dbfiles.connect(db_path).execute("SELECT count(*) FROM journal_entry").fetchone()
    broken = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, broken)
    (head,) = head_revisions()  # the broken one comes after the real ones
    (broken / "versions" / "9999_broken.py").write_text(
        f"revision = '9999'\ndown_revision = '{head}'\nbranch_labels = None\n"
        "depends_on = None\n"
        "from alembic import op\n"
        "def upgrade():\n    op.execute('ALTER TABLE journal_entry ADD COLUMN x INTEGER')\n"
        "    op.execute('THIS IS NOT SQL')\n"
        "def downgrade():\n    pass\n")
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", broken)
    with pytest.raises(migrate.MigrationFailed, match="not changed"):
        migrate.upgrade_database(db_path)
    con = dbfiles.connect(db_path)
    columns = [row[1] for row in con.execute("PRAGMA table_info(journal_entry)")]
    assert ("x" not in columns, con.execute("SELECT count(*) FROM journal_entry").fetchone()) == (
        True, before)


def test_backup_and_restore_round_trip_through_the_cli(engine, db_path, tmp_path):
    _ledger(engine)
    backup = tmp_path / "copy.db"
    run = [sys.executable, "-m", "app.cli", "--db", str(db_path), "db"]
    assert subprocess.run(run + ["backup", "--out", str(backup)], timeout=60).returncode == 0
    con = dbfiles.connect(db_path)
    con.execute("DELETE FROM audit_event")
    con.commit()
    con.close()
    assert subprocess.run(run + ["restore", str(backup)], timeout=60,
                          capture_output=True).returncode == 0
    assert subprocess.run(run + ["check"], timeout=60, capture_output=True).returncode == 0


def test_restoring_a_file_that_is_not_a_backup_is_refused(db_path, tmp_path):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    result = subprocess.run([sys.executable, "-m", "app.cli", "--db", str(db_path), "db",
                             "restore", str(junk)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and "Not a readable Shakha backup" in result.stderr
    assert Path(db_path).exists()


def _fingerprint(*paths):
    """Each file's bytes and which files sit beside it (SQLite's -wal and -shm aside, which
    reading a WAL database makes): what "nothing changed" means."""
    return ({p: p.read_bytes() for p in paths},
            sorted(q.name for p in paths for q in p.parent.iterdir()
                   if not q.name.endswith(("-wal", "-shm"))))


def _another_programs_file(tmp_path):
    path = tmp_path / "accounts.sqlite"
    con = dbfiles.connect(path)
    con.execute("CREATE TABLE ledger (x)")
    con.commit()
    con.close()
    return path


def _newer_schema_copy(db_path, tmp_path):
    path = tmp_path / "from-the-future.db"
    dbfiles.copy_db(db_path, path)
    con = dbfiles.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999_later'")
    con.commit()
    con.close()
    return path


@pytest.mark.parametrize("kind", ["empty file", "another program's SQLite file"])
def test_restoring_a_file_that_is_no_shakha_database_keeps_the_branch_database(
        engine, db_path, tmp_path, capsys, kind):
    from app.cli import main

    _ledger(engine)
    if kind == "empty file":
        backup = tmp_path / "empty.db"
        backup.write_bytes(b"")
    else:
        backup = _another_programs_file(tmp_path)
    before = _fingerprint(db_path, backup)
    assert main(["--db", str(db_path), "db", "restore", str(backup)]) == 2
    assert "is not a Shakha database" in capsys.readouterr().err
    assert _fingerprint(db_path, backup) == before


def test_restoring_a_backup_of_a_newer_version_keeps_the_branch_database(
        engine, db_path, tmp_path, capsys):
    from app.cli import main

    _ledger(engine)
    backup = _newer_schema_copy(db_path, tmp_path)
    before = _fingerprint(db_path, backup)
    assert main(["--db", str(db_path), "db", "restore", str(backup)]) == 2
    assert "made by a newer version of Shakha" in capsys.readouterr().err
    assert _fingerprint(db_path, backup) == before


def test_upgrading_a_database_of_a_newer_version_is_refused_without_touching_it(
        db_path, tmp_path, capsys):
    from app.cli import main

    newer = _newer_schema_copy(db_path, tmp_path)
    before = _fingerprint(newer)
    assert main(["db", "upgrade", "--db", str(newer)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("shakha: error: ") and "newer version of Shakha (schema " \
        "9999_later)" in err
    assert _fingerprint(newer) == before  # and no backup made of it


def test_upgrading_another_programs_sqlite_file_does_not_turn_it_into_a_branch(
        tmp_path, capsys):
    from app.cli import main

    other = _another_programs_file(tmp_path)
    before = _fingerprint(other)
    assert main(["db", "upgrade", "--db", str(other)]) == 2
    assert "is not a Shakha database" in capsys.readouterr().err
    assert _fingerprint(other) == before


@pytest.mark.parametrize("where", ["the database itself", "a folder"])
def test_a_cli_backup_onto_the_database_or_a_folder_is_refused(engine, db_path, tmp_path,
                                                               capsys, where):
    from app.cli import main

    _ledger(engine)
    out = db_path if where == "the database itself" else tmp_path
    before = _fingerprint(db_path)
    assert main(["--db", str(db_path), "db", "backup", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("shakha: error: ") and "Traceback" not in err
    assert _fingerprint(db_path) == before  # no copy, no .part left beside it


def test_restoring_into_a_folder_is_refused_and_leaves_it_empty(db_path, tmp_path, capsys):
    from app.cli import main

    folder = tmp_path / "folder"
    folder.mkdir()
    assert main(["--db", str(folder), "db", "restore", str(db_path)]) == 2
    assert capsys.readouterr().err == (f"shakha: error: {folder} is a folder, not a "
                                       "database file.\n")
    assert list(folder.iterdir()) == [] and not (tmp_path / "backups").exists()


def test_a_restore_that_cannot_replace_the_file_leaves_it_and_nothing_beside_it(
        engine, db_path, tmp_path, capsys):
    from app.cli import main

    _ledger(engine)
    backup = tmp_path / "copy.db"
    migrate.backup_database(db_path, backup)
    if subprocess.run(["chattr", "+i", str(db_path)], capture_output=True).returncode:
        pytest.skip("an immutable file needs chattr (root on ext4)")
    try:
        before = db_path.read_bytes()
        assert main(["--db", str(db_path), "db", "restore", str(backup)]) == 2
        assert capsys.readouterr().err.startswith(f"shakha: error: Cannot write {db_path}: ")
        assert (db_path.read_bytes() == before,
                (tmp_path / "branch.db.restoring").exists()) == (True, False)
    finally:
        subprocess.run(["chattr", "-i", str(db_path)], check=True)
