"""Upload exactly once, pull by cursor, refusals, restore from an old backup (real PG)."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.db.models import Holiday, LoanProduct, SyncState
from app.db.models_sync import HqDecision
from app.headoffice.admin import publish
from app.headoffice.devices import revoke_branch
from app.headoffice.epochs import confirm_epoch
from app.headoffice.ingest import Refused, ingest, verify_chain
from app.headoffice.models import HqAlarm, HqBranch, HqTask
from app.sync.client import SyncClient
from app.sync.outbox import (
    DeviceKeyRejected,
    RestoredFromBackup,
    SyncError,
    local_cursor,
    pending_events,
)
from app.sync.wire import pack_events
from tests import dbfiles
from tests.sync.world import (
    branch_with_meeting,
    client,
    hq_collected,
    hq_events,
    hq_ledger_total,
    outbox_count,
    post_fee,
    register,
    sync,
)

HQ_DATABASES = ("postgresql", "sqlite")  # and the one-machine SQLite trial


def _batch(engine, after=0, limit=100, code="BJS-001"):
    return pack_events(code, 1, pending_events(engine, after, limit))


def test_a_sync_delivers_every_event_once_and_prunes_the_outbox(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    result = sync(engine, hq)
    assert (result.uploaded, len(hq_events(hq)), outbox_count(engine)) == (1, 1, 0)
    assert hq_collected(hq) == 150_00
    assert local_cursor(engine).acked_seq == 1


def test_syncing_again_sends_nothing_and_changes_nothing(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    sync(engine, hq)
    again = sync(engine, hq)
    assert (again.uploaded, len(hq_events(hq))) == (0, 1)


def test_many_events_go_in_growing_batches_and_the_ledger_matches(engine, hq):
    branch_with_meeting(engine)
    for i in range(1, 301):
        post_fee(engine, 10_00 + i)
    register(hq, engine)
    result = sync(engine, hq, batch_size=10)
    assert result.uploaded == 301 and len(hq_events(hq)) == 301
    # the first sync also sent the snapshot: the meeting's two journal rows (150.00)
    assert hq_ledger_total(hq) == (302, 150_00 + sum(10_00 + i for i in range(1, 301)))
    assert verify_chain(hq, "BJS-001") == (301, None)


def test_a_lost_answer_is_resumed_from_head_offices_cursor_without_duplicates(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    ingest(hq, "BJS-001", _batch(engine))  # head office stored it; the answer was lost
    sync(engine, hq)
    assert (len(hq_events(hq)), outbox_count(engine), local_cursor(engine).acked_seq) == \
        (1, 0, 1)


def test_the_same_batch_twice_gets_the_same_answer(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    body = _batch(engine)
    first, second = ingest(hq, "BJS-001", body), ingest(hq, "BJS-001", body)
    assert (first.acked_seq, first.acked_hash) == (second.acked_seq, second.acked_hash)
    assert len(hq_events(hq)) == 1


def test_an_older_batch_arriving_after_a_newer_one_changes_nothing(engine, hq):
    branch_with_meeting(engine)
    for _i in range(4):
        post_fee(engine, 5_00)
    register(hq, engine)
    early, late = _batch(engine, 0, 2), _batch(engine, 2, 3)
    ingest(hq, "BJS-001", early)
    ack = ingest(hq, "BJS-001", late)
    assert ingest(hq, "BJS-001", early).acked_seq == ack.acked_seq == 5
    assert len(hq_events(hq)) == 5


def test_an_altered_event_is_refused_and_nothing_is_stored(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    body = _batch(engine)
    body["cols"]["payload"][0]["cash_counted_minor"] = 1
    with pytest.raises(Refused, match="altered"):
        ingest(hq, "BJS-001", body)
    assert hq_events(hq) == []


def test_a_gap_is_refused(engine, hq):
    branch_with_meeting(engine)
    post_fee(engine, 5_00)
    register(hq, engine)
    with pytest.raises(Refused, match="gap"):
        ingest(hq, "BJS-001", _batch(engine, 1))
    assert hq_events(hq) == []


def test_a_malformed_batch_is_refused_with_a_reason(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    body = _batch(engine)
    del body["cols"]["type"]
    with pytest.raises(Refused, match="malformed"):
        ingest(hq, "BJS-001", body)


def test_the_same_seq_with_different_content_is_a_fork_and_raises_an_alarm(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    body = _batch(engine)
    ingest(hq, "BJS-001", body)
    forged = _batch(engine)
    forged["cols"]["payload"][0] = {"x": 1}
    from app.sync.wire import unpack_events
    forged["last_hash"] = unpack_events(forged)[-1]["hash"]  # a consistent forgery
    with pytest.raises(Refused, match="fork"):
        ingest(hq, "BJS-001", forged)
    with Session(hq) as s:
        assert [a.kind for a in s.scalars(select(HqAlarm))] == ["fork"]


def test_a_batch_naming_another_branch_is_refused(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    with pytest.raises(Refused, match="own stream"):
        ingest(hq, "OTHER", _batch(engine))
    assert hq_events(hq, "OTHER") == []


def test_a_revoked_device_gets_a_clear_message(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    revoke_branch(hq, "BJS-001")
    with pytest.raises(DeviceKeyRejected, match="no longer accepts this computer's"):
        sync(engine, hq)
    assert hq_events(hq) == []


def test_reference_data_is_pulled_and_applied_with_its_cursor(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    publish(hq, "holiday", "2026-12-25", {"name_en": "Christmas", "name_bn": "বড়দিন"})
    publish(hq, "decision", "loan-7", {"loan_id": 7, "decision": "approved"})
    publish(hq, "decision", "loan-9", {"loan_id": 9}, branch="OTHER")  # not ours
    result = sync(engine, hq)
    with Session(engine) as s:
        assert [h.name_bn for h in s.scalars(select(Holiday))] == ["বড়দিন"]
        assert [d.key for d in s.scalars(select(HqDecision))] == ["decision:loan-7"]
        assert s.get(SyncState, "ref_cursor").value == "2"  # type: ignore[union-attr]
    assert result.pulled == 2
    publish(hq, "holiday", "2026-12-25", {}, deleted=True)
    assert sync(engine, hq).pulled == 1
    with Session(engine) as s:
        assert s.scalars(select(Holiday)).all() == []


def test_a_reference_cursor_head_office_never_reached_starts_again_from_the_beginning(
        engine, hq):
    """Head office's database restored from a backup, or replaced: the branch's cursor
    is beyond anything it holds, and would otherwise wait there for ever."""
    branch_with_meeting(engine)
    register(hq, engine)
    publish(hq, "holiday", "2026-12-25", {"name_en": "Christmas", "name_bn": "বড়দিন"})
    with Session(engine) as s, s.begin():
        s.merge(SyncState(key="ref_cursor", value="40"))  # from the head office before
    assert sync(engine, hq).pulled == 1
    with Session(engine) as s:
        assert [h.name_bn for h in s.scalars(select(Holiday))] == ["বড়দিন"]
        assert s.get(SyncState, "ref_cursor").value == "1"  # type: ignore[union-attr]


def test_a_product_published_at_head_office_reaches_the_branch(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    with Session(engine) as s:
        existing = s.scalars(select(LoanProduct)).first()
        assert existing is not None
        definition = dict(existing.definition)
    definition["name_en"] = "Renamed at head office"
    publish(hq, "product", existing.code, definition)
    sync(engine, hq)
    with Session(engine) as s:
        row = s.scalars(select(LoanProduct).where(LoanProduct.code == existing.code)).one()
        assert row.definition["name_en"] == "Renamed at head office"


def test_two_branches_sync_into_separate_streams(engine, hq, tmp_path, _migrated_template):
    branch_with_meeting(engine)
    other_path = tmp_path / "other.db"
    dbfiles.copy_db(_migrated_template, other_path)
    other = open_engine(other_path)
    from tests.builders import make_branch, make_staff
    with Session(other) as s, s.begin():
        make_branch(s, code="BJS-002")
        make_staff(s)
    for _i in range(3):
        post_fee(other, 7_00)
    register(hq, engine)
    register(hq, other, "BJS-002")
    sync(engine, hq)
    sync(other, hq)
    assert (len(hq_events(hq)), len(hq_events(hq, "BJS-002"))) == (1, 3)
    assert hq_ledger_total(hq, "BJS-002") == (3, 21_00)
    other.dispose()


def test_a_branch_restored_from_an_old_backup_starts_a_new_epoch_not_a_fork(
        engine, hq, db_path, tmp_path):
    branch_with_meeting(engine)
    register(hq, engine)
    backup = tmp_path / "old.db"
    engine.dispose()  # checkpoint the WAL into the file, as a closed app leaves it
    dbfiles.copy_db(db_path, backup)  # the outbox holds event 1, not yet sent
    post_fee(engine, 9_00)
    sync(engine, hq)  # head office now holds 1 and 2
    engine.dispose()
    old = open_engine(backup)
    post_fee(old, 4_00)  # work done on the restored copy: another 2
    with pytest.raises(RestoredFromBackup):
        sync(old, hq)
    with Session(hq) as s:
        assert s.get(HqBranch, "BJS-001").acked_seq == 2  # type: ignore[union-attr]
    with pytest.raises(SyncError, match="waits for head office to confirm"):
        SyncClient(old, "http://testserver", client=client(hq)).new_epoch()
    with Session(hq) as s:  # nothing opened yet, but the alarm is there at once
        assert s.get(HqBranch, "BJS-001").epoch == 1  # type: ignore[union-attr]
        assert "restored" in [a.kind for a in s.scalars(select(HqAlarm))]
    confirm_epoch(hq, "BJS-001", "the regional manager")
    carried = SyncClient(old, "http://testserver", client=client(hq)).new_epoch()
    assert carried == 1  # event 1 matched head office's; the restored copy's 2 did not
    sync(old, hq)
    assert local_cursor(old).epoch == 2 and outbox_count(old) == 0
    assert verify_chain(hq, "BJS-001") == (3, None)
    # Both copies posted journal row 3: head office keeps the one it had (9.00) and
    # parks the restored copy's (4.00) in suspense for a person; no money is dropped.
    assert hq_ledger_total(hq) == (3, 150_00 + 9_00)
    with Session(hq) as s:
        assert "restored" in [a.kind for a in s.scalars(select(HqAlarm))]
        parked = [t.suspense_minor for t in s.scalars(select(HqTask))
                  if t.kind == "suspense"]
    assert parked == [4_00]
    old.dispose()


def test_asking_for_a_new_epoch_opens_one_only_when_head_office_finds_a_restore(
        engine, hq, db_path, tmp_path):
    """A scheduled script may pass --new-epoch every time: a branch in step just syncs
    (no new epoch, no restore alarm); a restored copy continues in a new epoch."""
    branch_with_meeting(engine)
    register(hq, engine)
    backup = tmp_path / "old.db"
    engine.dispose()
    dbfiles.copy_db(db_path, backup)
    post_fee(engine, 9_00)
    in_step = SyncClient(engine, "http://testserver", client=client(hq))
    result, carried = in_step.run_in_new_epoch_if_restored()
    assert (carried, result.acked_seq, local_cursor(engine).epoch) == (None, 2, 1)
    assert in_step.run_in_new_epoch_if_restored()[1] is None  # again: still no new epoch
    with Session(hq) as s:
        assert "restored" not in [a.kind for a in s.scalars(select(HqAlarm))]
    engine.dispose()
    old = open_engine(backup)
    post_fee(old, 4_00)
    confirm_epoch(hq, "BJS-001", "the regional manager")
    restored = SyncClient(old, "http://testserver", client=client(hq))
    result, carried = restored.run_in_new_epoch_if_restored()
    assert (carried, local_cursor(old).epoch, outbox_count(old)) == (1, 2, 0)
    assert verify_chain(hq, "BJS-001") == (3, None)
    old.dispose()


def test_a_branch_with_history_but_no_outbox_sends_a_resumable_snapshot(engine, hq):
    from app.db.models import Installment, Loan, Member
    from app.headoffice.models import HqInstallment, HqLoan, HqMember, HqSnapshotChunk
    from app.headoffice.models_trust import HqSnapshotStaged
    from app.sync import snapshot as branch_snapshot
    branch_with_meeting(engine)
    with Session(engine) as s, s.begin():  # history from before the outbox existed
        s.execute(text("DROP TRIGGER IF EXISTS outbox_event_delete_only_acked"))
        s.execute(text("DELETE FROM outbox_event"))
    register(hq, engine)
    original = branch_snapshot.CHUNK_ROWS
    branch_snapshot.CHUNK_ROWS = 3  # many small chunks
    try:
        calls = {"n": 0}

        def cancel_after_two() -> bool:
            calls["n"] += 1
            return calls["n"] > 3

        from app.sync.client import SyncCancelled
        with pytest.raises(SyncCancelled):
            SyncClient(engine, "http://testserver", client=client(hq),
                       cancel=cancel_after_two).run()
        with Session(hq) as s:  # staged, nothing applied before the finish
            partial = s.scalar(select(func.count()).select_from(HqSnapshotStaged))
            applied = s.scalar(select(func.count()).select_from(HqSnapshotChunk))
            members = s.scalar(select(func.count()).select_from(HqMember))
        total = len(list(branch_snapshot.snapshot_chunks(engine)))
        result = sync(engine, hq)
    finally:
        branch_snapshot.CHUNK_ROWS = original
    assert partial and (applied, members) == (0, 0)
    assert result.snapshot_chunks == total - partial  # resumed, not sent again
    with Session(engine) as b, Session(hq) as h:
        for branch_model, hq_model in ((Member, HqMember), (Loan, HqLoan),
                                       (Installment, HqInstallment)):
            assert len(b.scalars(select(branch_model)).all()) == \
                len(h.scalars(select(hq_model)).all()) > 0
    assert hq_ledger_total(hq) == (2, 150_00)
    assert sync(engine, hq).snapshot_chunks == 0  # done once
