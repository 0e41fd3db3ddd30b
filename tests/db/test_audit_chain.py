"""The audit trail is chained like the journal: `db check` finds a row altered, removed
(in the middle or at the end) or added by hand, and the upgrade chains the rows already
there."""

from datetime import date

from alembic import command

from app.db import migrate
from app.db.check import check_database
from app.db.uow import Actor, UnitOfWork
from tests import dbfiles
from tests.builders import small_branch

ON = date(2026, 11, 25)


def _trail(engine, rows=4):
    ids = small_branch(engine)
    actor = Actor(ids["manager"], "manager", "branch_manager")
    for k in range(rows):
        with UnitOfWork(engine, actor) as uow:
            uow.audit("staff.unlocked", "staff", ids["officer"], ON, {"n": k, "mm": 1.5})
    engine.dispose()
    return ids


def _tamper(db_path, *statements):
    con = dbfiles.connect(db_path)
    con.execute("DROP TRIGGER audit_event_no_update")  # as someone with sqlite3 would
    con.execute("DROP TRIGGER audit_event_no_delete")
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


def _codes(db_path):
    return {p.code for p in check_database(db_path).problems}


def test_audit_rows_are_numbered_and_chained_as_their_units_commit(engine, db_path):
    _trail(engine)
    con = dbfiles.connect(db_path)
    rows = con.execute("SELECT id, hash FROM audit_event ORDER BY id").fetchall()
    head = con.execute("SELECT last_seq FROM chain_head WHERE chain='audit'").fetchone()
    assert [r[0] for r in rows] == [1, 2, 3, 4] and all(len(r[1]) == 32 for r in rows)
    assert head[0] == 4 and check_database(db_path).ok


def test_an_altered_audit_row_is_named(engine, db_path):
    _trail(engine)
    _tamper(db_path, "UPDATE audit_event SET staff_id = NULL WHERE id = 2")
    assert [p.text for p in check_database(db_path).problems] == ["audit row 2 was altered"]


def test_an_audit_row_removed_in_the_middle_is_found(engine, db_path):
    _trail(engine)
    _tamper(db_path, "DELETE FROM audit_event WHERE id = 2")
    assert _codes(db_path) == {"audit_chain"}


def test_audit_rows_removed_from_the_end_are_found(engine, db_path):
    _trail(engine)
    _tamper(db_path, "DELETE FROM audit_event WHERE id >= 3")
    assert _codes(db_path) == {"audit_chain"}


def test_the_app_refuses_to_change_or_remove_an_audit_row(engine, db_path):
    import pytest

    _trail(engine)
    con = dbfiles.connect(db_path)
    for statement in ("UPDATE audit_event SET action = 'x' WHERE id = 1",
                      "DELETE FROM audit_event WHERE id = 1"):
        with pytest.raises(Exception, match="audit rows are immutable"):
            con.execute(statement)
    con.close()


def test_the_upgrade_chains_the_audit_rows_already_there(engine, db_path):
    _trail(engine)
    cfg = migrate.alembic_config(db_path)
    command.downgrade(cfg, "0004_hashes")  # a branch as it was before the chain
    migrate.upgrade_database(db_path)
    assert check_database(db_path).ok
    con = dbfiles.connect(db_path)
    assert con.execute("SELECT count(*) FROM audit_event WHERE hash IS NULL").fetchone()[0] == 0
