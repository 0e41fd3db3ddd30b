"""Head office acknowledges first and projects after: stored events wait for the
projector (the lag `hq status` shows), `hq project` applies them once, and
`hq project --rebuild` derives every consolidated table again from the event store,
table by table the same as the incremental projection (real PostgreSQL)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.cli import main
from app.db.engine import open_engine
from app.headoffice.api import create_app
from app.headoffice.epochs import confirm_epoch
from app.headoffice.models import HqTask
from app.headoffice.projector import DERIVED, project_branch, status
from app.sync.client import SyncClient
from app.sync.outbox import SyncError
from tests import dbfiles
from tests.sync.world import (
    branch_journal_total,
    branch_with_meeting,
    client,
    hq_collected,
    hq_keys,
    hq_ledger_total,
    post_fee,
    register,
    sync,
)

ROOT = Path(__file__).resolve().parents[2]


def _derived(hq) -> dict[str, list[tuple]]:
    """Every consolidated table, in a fixed order (hq_collection's surrogate id and
    hq_suspense's time of parking left out: they say when and in which order rows were
    derived, not what), and the tasks the projection raised."""
    tables = {}
    with hq.connect() as conn:
        for model in DERIVED:
            table = model.__table__
            columns = [c for c in table.columns if c.name != "at" and not (
                c.name == "id" and table.name == "hq_collection")]
            rows = conn.execute(select(*columns)).all()
            tables[table.name] = sorted(tuple(map(repr, r)) for r in rows)
        tables["hq_task"] = sorted(conn.execute(text(
            "SELECT branch, epoch, event_seq, kind, detail, suspense_minor FROM hq_task"
            " WHERE kind IN ('suspense', 'unprojected')")).all())
    return tables


def test_acknowledged_events_wait_for_the_projector_and_status_shows_the_lag(
        engine, hq, hq_url, capsys):
    branch_with_meeting(engine)
    register(hq, engine)
    for amount in (1_00, 2_00, 3_00):
        post_fee(engine, amount)
    unprojected = TestClient(create_app(hq, hq_keys(), project=False))
    result = SyncClient(engine, "http://testserver", client=unprojected, retries=0).run()
    assert result.acked_seq == 4
    with hq.connect() as conn:  # acknowledged, not yet projected (the ledger came with
        # the first sync's snapshot; the meeting's collections come with its event)
        assert conn.execute(text("SELECT count(*) FROM hq_collection")).scalar() == 0
    [branch] = status(hq)
    assert (branch.acked_seq, branch.projected_seq, branch.lag) == (4, 0, 4)
    assert main(["hq", "status", "--db", hq_url]) == 0
    assert "acknowledged 1/4\tprojected 1/0 (lag 4)" in capsys.readouterr().out
    assert main(["hq", "project", "--db", hq_url]) == 0
    assert "BJS-001: 4 event(s) projected" in capsys.readouterr().out
    assert hq_ledger_total(hq) == branch_journal_total(engine)
    assert hq_collected(hq) == 150_00
    assert project_branch(hq, "BJS-001") == 0  # once only
    assert hq_collected(hq) == 150_00
    assert (status(hq)[0].projected_seq, status(hq)[0].lag) == (4, 0)


def _sync_unprojected(engine, hq) -> None:
    """The branch's events sent to a head office that does not project after answering."""
    SyncClient(engine, "http://testserver", retries=0, client=TestClient(
        create_app(hq, hq_keys(), project=False))).run()


def _enrolled_with_fees(engine, hq, amounts: tuple[int, ...]) -> None:
    """The meeting world's branch enrolled, a fee posted per amount, all synced and not
    yet projected."""
    branch_with_meeting(engine)
    register(hq, engine)
    for amount in amounts:
        post_fee(engine, amount)
    _sync_unprojected(engine, hq)


def test_a_second_projector_leaves_a_branch_to_the_one_at_work(engine, hq):
    _enrolled_with_fees(engine, hq, ())
    with Session(hq) as holder, holder.begin():
        holder.execute(text("SELECT 1 FROM hq_projector FOR UPDATE")).all()
        assert project_branch(hq, "BJS-001") == 0  # locked: not waited for
    assert project_branch(hq, "BJS-001") == 1


def test_events_read_ahead_are_applied_once_even_when_another_projector_moves_on(
        engine, hq, monkeypatch):
    """Each step reads and gathers the next step's events before it commits; the next
    step uses them only if the cursor is still where this step left it. Here another
    projector applies the rest between two steps: the first finds the cursor moved on
    and stops, and every event is applied once (as one projector in one step does)."""
    import app.headoffice.projector as projector

    _enrolled_with_fees(engine, hq, (1_00, 2_00, 3_00, 4_00, 5_00))
    assert status(hq)[0].lag == 6
    locks, others = [], []
    real = projector._step_position

    def lock_after_another(session, code, wait):
        locks.append(code)
        if len(locks) == 3:  # between this projector's second and third step
            others.append(project_branch(hq, code, step=2))
        return real(session, code, wait)

    monkeypatch.setattr(projector, "_step_position", lock_after_another)
    applied = project_branch(hq, "BJS-001", step=1)
    assert (applied, others) == (2, [4])
    assert status(hq)[0].lag == 0
    assert hq_ledger_total(hq) == branch_journal_total(engine)
    assert hq_collected(hq) == 150_00
    monkeypatch.undo()
    incremental = _derived(hq)
    projector.rebuild(hq, "BJS-001")
    assert _derived(hq) == incremental


def _with_snapshot_and_events(engine, hq, _db_path, _tmp_path) -> None:
    """History sent as a snapshot in small chunks, then events on top of it."""
    from app.sync import snapshot as branch_snapshot

    branch_with_meeting(engine)
    with Session(engine) as s, s.begin():  # history from before the outbox existed
        s.execute(text("DROP TRIGGER IF EXISTS outbox_event_delete_only_acked"))
        s.execute(text("DELETE FROM outbox_event"))
    register(hq, engine)
    original = branch_snapshot.CHUNK_ROWS
    branch_snapshot.CHUNK_ROWS = 3
    try:
        sync(engine, hq)
    finally:
        branch_snapshot.CHUNK_ROWS = original
    for amount in (1_00, 2_00):
        post_fee(engine, amount)
    sync(engine, hq)
    assert hq_ledger_total(hq) == branch_journal_total(engine)


def _restored_with_suspense(engine, hq, db_path, tmp_path) -> None:
    """A branch restored from an old backup: a new epoch, a journal row in suspense."""
    branch_with_meeting(engine)
    register(hq, engine)
    backup = tmp_path / "old.db"
    engine.dispose()
    dbfiles.copy_db(db_path, backup)
    post_fee(engine, 9_00)
    sync(engine, hq)
    engine.dispose()
    old = open_engine(backup)
    post_fee(old, 4_00)
    with pytest.raises(SyncError, match="waits for head office to confirm"):
        SyncClient(old, "http://testserver", client=client(hq)).run_in_new_epoch_if_restored()
    confirm_epoch(hq, "BJS-001", "the regional manager")  # a person at head office
    SyncClient(old, "http://testserver", client=client(hq)).run_in_new_epoch_if_restored()
    old.dispose()
    with Session(hq) as s:
        assert [t.suspense_minor for t in s.scalars(select(HqTask))
                if t.kind == "suspense"] == [4_00]


@pytest.mark.parametrize("story", [_with_snapshot_and_events, _restored_with_suspense],
                         ids=["snapshot and events", "restored, with suspense"])
def test_a_rebuild_derives_every_table_as_the_incremental_projection_did(
        engine, hq, hq_url, db_path, tmp_path, story, capsys):
    story(engine, hq, db_path, tmp_path)
    incremental = _derived(hq)
    assert incremental["hq_ledger"] and incremental["hq_member"]
    with hq.begin() as conn:  # a projection bug spoilt the tables
        conn.execute(text("UPDATE hq_ledger SET amount_minor = amount_minor + 1"))
        conn.execute(text("DELETE FROM hq_member WHERE id IN "
                          "(SELECT min(id) FROM hq_member)"))
    assert _derived(hq) != incremental
    assert main(["hq", "project", "--rebuild", "--db", hq_url]) == 0
    assert "BJS-001: rebuilt from" in capsys.readouterr().out
    rebuilt = _derived(hq)
    for table, rows in incremental.items():
        assert rebuilt[table] == rows, table
    assert status(hq)[0].lag == 0


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
    return names


def test_head_office_imports_nothing_from_the_branch_database_layer():
    offenders = {str(p.relative_to(ROOT)): sorted(m for m in _imports(p)
                                                  if m == "app.db" or m.startswith("app.db."))
                 for p in (ROOT / "app" / "headoffice").rglob("*.py")}
    assert {p: m for p, m in offenders.items() if m} == {}


def test_gathering_and_writing_the_projection_import_one_way_only():
    assert "app.headoffice.projection_write" not in _imports(
        ROOT / "app" / "headoffice" / "projection.py")
    assert "app.headoffice.projection" in _imports(
        ROOT / "app" / "headoffice" / "projection_write.py")


def test_a_step_commits_without_waiting_for_the_wal_and_leaves_the_pool_as_it_was(
        engine, hq, monkeypatch):
    """A step's derived rows commit asynchronously (set with the step's lock, in one
    round trip); the setting ends with the step's transaction, so the connection goes
    back to the pool committing synchronously, as an upload's transaction must."""
    import app.headoffice.projector as projector

    _enrolled_with_fees(engine, hq, (1_00,))
    seen = []
    real = projector._write

    def write_and_look(session, code, runs, *rest):
        seen.append(session.connection().exec_driver_sql(
            "SHOW synchronous_commit").scalar())
        return real(session, code, runs, *rest)

    monkeypatch.setattr(projector, "_write", write_and_look)
    assert project_branch(hq, "BJS-001") >= 1
    assert seen and set(seen) == {"off"}
    with hq.connect() as conn:
        assert conn.exec_driver_sql("SHOW synchronous_commit").scalar() == "on"
    assert status(hq)[0].lag == 0


def test_a_step_writes_into_the_branchs_own_partitions_or_through_the_table_without(
        engine, hq, monkeypatch):
    """New journal rows and installments go straight into the branch's partitions when
    it has them (looked up with the step's lock), else through the partitioned table
    into DEFAULT; the tables hold the same either way (rebuild, which always writes
    through the partitioned table, gives what the steps gave)."""
    import app.headoffice.projection_write as projection_write
    from app.headoffice.partitions import default_name, partition_name

    _enrolled_with_fees(engine, hq, (1_00, 2_00))
    targets = []
    real = projection_write._copy_new_ledger
    monkeypatch.setattr(projection_write, "_copy_new_ledger", lambda cur, code, rows, table:
                        (targets.append(table), real(cur, code, rows, table))[1])
    with hq.begin() as conn:  # as if BJS-001 had no ledger partition of its own
        part = partition_name("hq_ledger", "BJS-001")
        conn.execute(text(f'ALTER TABLE hq_ledger DETACH PARTITION "{part}"'))
        conn.execute(text(f'DROP TABLE "{part}"'))
    assert project_branch(hq, "BJS-001") >= 2
    assert targets and set(targets) == {"hq_ledger"}
    with hq.connect() as conn:
        assert conn.scalar(text(f"SELECT count(*) FROM {default_name('hq_ledger')} "
                                "WHERE branch = 'BJS-001'")) >= 2
    assert hq_ledger_total(hq) == branch_journal_total(engine)
    with hq.begin() as conn:
        from app.headoffice.partitions import ensure_branch_partitions

        ensure_branch_partitions(conn, "BJS-001")  # the rows move back into it
    post_fee(engine, 3_00)
    _sync_unprojected(engine, hq)
    assert project_branch(hq, "BJS-001") >= 1
    assert targets[-1] == f'"{partition_name("hq_ledger", "BJS-001")}"'
    assert hq_ledger_total(hq) == branch_journal_total(engine)
    incremental = _derived(hq)
    import app.headoffice.projector as projector

    projector.rebuild(hq, "BJS-001")
    assert _derived(hq) == incremental


def test_a_rebuild_of_many_steps_in_one_transaction_equals_the_steps_taken_one_by_one(
        engine, hq, monkeypatch):
    """rebuild applies every step in one transaction: each step's staged images are
    emptied before the next (the same installment repaid in two steps would otherwise
    be upserted twice by one statement, which PostgreSQL refuses)."""
    import app.headoffice.projector as projector

    _enrolled_with_fees(engine, hq, (1_00, 2_00, 3_00))
    assert project_branch(hq, "BJS-001", step=1) >= 4
    incremental = _derived(hq)
    monkeypatch.setattr(projector, "STEP", 1)
    assert projector.rebuild(hq, "BJS-001") >= 4
    assert _derived(hq) == incremental
