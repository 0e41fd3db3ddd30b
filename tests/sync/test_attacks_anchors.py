"""Issue #14's anchors, tried as an attacker would against a real `shakha hq serve` on
PostgreSQL and real (encrypted) branch files:

- a restored branch's new epoch is recomputed from head office's journal head as of the
  last event both hold alike, so a journal rewritten before the backup point is refused;
- a snapshot's announced outbox cursor must agree with the branch's event stream at
  head office;
- the snapshot's chunks are staged in head office's database: a restart of `hq serve`
  in the middle of the upload loses none of them, and the finish reads them one at a
  time.
"""

from __future__ import annotations

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.canonical import GENESIS_HASH
from app.db.engine import open_engine
from app.headoffice.epochs import confirm_epoch
from app.headoffice.models import HqBranch, HqSnapshotChunk, HqTask
from app.headoffice.models_trust import HqJournalTrail, HqSnapshotManifest, HqSnapshotStaged
from app.sync.client import SyncClient
from app.sync.device import device_key
from app.sync.outbox import RestoredFromBackup, SyncError, local_cursor
from app.sync.snapshot import snapshot_with_manifest
from app.sync.wire import encode
from tests import dbfiles
from tests.ports import free_port
from tests.sync.test_attacks import (
    CODE,
    SNAPSHOT,
    _alarms,
    _by_hand,
    _hq_state,
    _post,
    _recompute_journal,
    _sync,
    first_contact,  # noqa: F401 (a fixture)
    server,  # noqa: F401 (a fixture)
    synced,  # noqa: F401 (a fixture)
)
from tests.sync.test_usb_and_cli import _start_server
from tests.sync.world import (
    branch_journal_total,
    hq_ledger_total,
    outbox_count,
    post_fee,
)

# -- 1. a restored branch's new epoch is anchored ------------------------------------


def _backup(engine, db_path, tmp_path):  # type: ignore[no-untyped-def]
    """A copy of the branch file as it stands now (the app closed: WAL checkpointed)."""
    engine.dispose()
    return dbfiles.copy_db(db_path, tmp_path / "backup.db")


def _drop_checkpoints(path) -> None:  # type: ignore[no-untyped-def]
    """The attacker also removes the checkpoints head office signed, so the branch names
    no anchor head office could compare: only head office's own anchor is left."""
    con = dbfiles.connect(path)
    guards = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                         "tbl_name = 'sync_checkpoint'").fetchall()
    for name, _sql in guards:
        con.execute(f"DROP TRIGGER {name}")
    con.execute("DELETE FROM sync_checkpoint")
    for _name, sql in guards:
        con.execute(sql)
    con.commit()
    con.close()


def _restore_and_open_epoch(path, url: str, hq):  # type: ignore[no-untyped-def]
    """The restored copy posts a fee (4.00), is refused as restored, a person at head
    office confirms, and the branch opens the new epoch. Returns its engine."""
    old = open_engine(path)
    post_fee(old, 4_00)
    with pytest.raises(RestoredFromBackup):
        _sync(old, url)
    confirm_epoch(hq, CODE, "the regional manager")
    client = SyncClient(old, url, retries=0)
    try:
        client.new_epoch()
    finally:
        client.close()
    return old


@pytest.fixture
def restore_point(engine, hq, db_path, tmp_path, synced):  # noqa: F811
    """After the first sync, a fee of 6.00 waits unsent; the backup is taken then. The
    branch posts 9.00 and sends both in one batch: head office's cursor is past the
    backup, and the backup's last event (6.00) lies inside that batch."""
    post_fee(engine, 6_00)
    backup = _backup(engine, db_path, tmp_path)
    post_fee(engine, 9_00)
    _sync(engine, synced)
    return backup


@pytest.mark.parametrize("checkpoints", ["kept", "deleted"])
def test_a_restored_branch_whose_journal_was_rewritten_before_the_backup_is_refused(
        hq, tmp_path, synced, restore_point, checkpoints):  # noqa: F811
    """The backup's first journal row set to 1.00, every hash and the chain head redone
    (and, in the second case, the signed checkpoints deleted too): once the new epoch
    is open, its first batch is recomputed from head office's journal head as of the
    backup's last event, does not reach the branch's claim, and is refused with a
    "journal" alarm; nothing is stored."""
    con = dbfiles.connect(restore_point)
    (first,), = con.execute("SELECT min(id) FROM journal_entry")
    con.close()
    _recompute_journal(restore_point, first, 1_00)
    if checkpoints == "deleted":
        _drop_checkpoints(restore_point)
    old = _restore_and_open_epoch(restore_point, synced, hq)
    before = _hq_state(hq)
    assert before[3][0] == 2  # the new epoch is open, anchored
    with pytest.raises(SyncError, match="journal|rewritten"):
        _sync(old, synced)
    assert len(_alarms(hq, "journal")) == 1
    assert _hq_state(hq) == before
    assert outbox_count(old) == 1  # the 4.00 fee is still waiting: nothing was taken
    old.dispose()


def test_an_honest_restore_from_before_head_offices_cursor_syncs_in_the_new_epoch(
        hq, synced, restore_point):  # noqa: F811
    """The same restore without the rewrite: the 6.00 event matched, the new epoch's
    first batch recomputes from the 6.00 row's hash and is accepted. Both sides then
    hold the same money: head office keeps the lost copy's 9.00 (its journal row) and
    parks the restored copy's 4.00, posted under the same journal id, in suspense."""
    with Session(hq) as s:
        anchored = s.get(HqBranch, CODE)
        head_before = anchored.journal_id
    old = _restore_and_open_epoch(restore_point, synced, hq)
    with Session(hq) as s:
        branch = s.get(HqBranch, CODE)
        # the journal head as of the backup's last event: one row before the 9.00 one
        assert (branch.epoch, branch.journal_id) == (2, head_before - 1)
        from app.db.models import JournalEntry

        with Session(old) as b:
            assert branch.journal_hash == b.get(JournalEntry, head_before - 1).hash
    _sync(old, synced)
    assert local_cursor(old).epoch == 2 and outbox_count(old) == 0
    assert _alarms(hq, "journal") == []
    count, total = branch_journal_total(old)
    assert hq_ledger_total(hq) == (count, total - 4_00 + 9_00)
    with Session(hq) as s:
        parked = [t.suspense_minor for t in s.scalars(select(HqTask))
                  if t.kind == "suspense"]
    assert parked == [4_00]
    post_fee(old, 2_00)  # and it goes on syncing
    _sync(old, synced)
    assert hq_ledger_total(hq) == (count + 1, total - 4_00 + 9_00 + 2_00)
    old.dispose()


def test_an_honest_restore_newer_than_head_offices_cursor_syncs_with_or_without_epoch(
        engine, hq, db_path, tmp_path, synced):  # noqa: F811
    """A backup holding events head office never received (the disk died before the
    next sync): it just syncs on; and when the branch's manager opens a new epoch all
    the same, the unsent events are recomputed from head office's own journal head and
    accepted. Counts and money are the same on both sides."""
    post_fee(engine, 6_00)
    post_fee(engine, 7_00)
    backup = _backup(engine, db_path, tmp_path)
    old = open_engine(backup)
    post_fee(old, 8_00)
    confirm_epoch(hq, CODE, "the regional manager")
    client = SyncClient(old, synced, retries=0)
    try:
        assert client.new_epoch() == 3  # head office holds none of them
    finally:
        client.close()
    with Session(hq) as s:
        branch = s.get(HqBranch, CODE)
        assert branch.epoch == 2 and branch.journal_id is not None
    _sync(old, synced)
    assert _alarms(hq, "journal") == []
    assert hq_ledger_total(hq) == branch_journal_total(old)
    assert outbox_count(old) == 0
    old.dispose()


def test_a_backup_newer_than_the_cursor_syncs_on_in_the_same_epoch(
        engine, hq, db_path, tmp_path, synced):  # noqa: F811
    post_fee(engine, 6_00)
    post_fee(engine, 7_00)
    old = open_engine(_backup(engine, db_path, tmp_path))
    post_fee(old, 8_00)
    _sync(old, synced)
    assert local_cursor(old).epoch == 1
    assert hq_ledger_total(hq) == branch_journal_total(old)
    old.dispose()


def test_the_trail_keeps_one_row_per_batch_and_one_per_new_epoch(hq, synced,  # noqa: F811
                                                                 restore_point):
    old = _restore_and_open_epoch(restore_point, synced, hq)
    _sync(old, synced)
    with Session(hq) as s:
        rows = s.execute(select(HqJournalTrail.epoch, HqJournalTrail.first_seq,
                                HqJournalTrail.last_seq)
                         .where(HqJournalTrail.branch == CODE)
                         .order_by(HqJournalTrail.epoch, HqJournalTrail.last_seq)).all()
    epochs = [r.epoch for r in rows]
    assert epochs.count(2) == 2  # the new epoch's own row and its first batch
    opened = next(r for r in rows if r.epoch == 2 and r.first_seq > r.last_seq)
    assert opened.first_seq == opened.last_seq + 1
    old.dispose()


# -- 2. the snapshot's outbox cursor --------------------------------------------------

def _events_without_snapshot(engine, url: str) -> None:  # type: ignore[no-untyped-def]
    """The branch's events reach head office (as a USB bundle without its snapshot
    would bring them) before any snapshot."""
    client = SyncClient(engine, url, retries=0)
    try:
        client.upload()
    finally:
        client.close()


@pytest.mark.parametrize("cursor", ["behind", "another event"])
def test_a_manifest_whose_outbox_cursor_disagrees_with_head_offices_stream_is_refused(
        engine, hq, first_contact, cursor):  # noqa: F811
    """Head office holds the branch's events; a snapshot announcing an outbox cursor
    before them (an old snapshot, which would set head office's tables back) or at
    their end but with another event there is refused with a "snapshot" alarm; the
    honest snapshot then goes through."""
    _events_without_snapshot(engine, first_contact)
    before = _hq_state(hq)
    manifest, _chunks = snapshot_with_manifest(engine)
    held = before[3][1]
    assert manifest["outbox"]["seq"] == held > 0
    manifest["outbox"] = ({"seq": held - 1, "hash": before[0][-2][1]} if cursor == "behind"
                          else {"seq": held, "hash": GENESIS_HASH})
    answer = _post(first_contact, device_key(engine), SNAPSHOT, encode({
        "snapshot_id": "attacker", "manifest": manifest}))
    assert answer.status_code == 409 and "outbox cursor" in answer.text
    assert len(_alarms(hq, "snapshot")) == 1
    assert _hq_state(hq) == before
    with Session(hq) as s:
        assert s.scalar(select(func.count()).select_from(HqSnapshotManifest)) == 0
    _sync(engine, first_contact)  # the honest snapshot: its cursor is where they end
    assert hq_ledger_total(hq) == branch_journal_total(engine)


def test_a_finish_after_head_office_moved_past_the_cursor_is_refused(engine, hq,
                                                                     first_contact):  # noqa: F811
    """The manifest is announced while head office holds nothing; the branch's events
    arrive before the finish, then one more: the snapshot's cursor is now behind
    head office's stream, and the finish applies nothing."""
    manifest, chunks = snapshot_with_manifest(engine)
    key = device_key(engine)
    assert _post(first_contact, key, SNAPSHOT, encode({
        "snapshot_id": "late", "manifest": manifest})).status_code == 200
    for name, table, rows in chunks:
        assert _post(first_contact, key, SNAPSHOT, encode({
            "snapshot_id": "late", "chunk": name, "table": table,
            "rows": rows})).status_code == 200
    post_fee(engine, 3_00)
    _events_without_snapshot(engine, first_contact)
    before = _hq_state(hq)
    answer = _post(first_contact, key, SNAPSHOT, encode({"snapshot_id": "late",
                                                         "finish": True}))
    assert answer.status_code == 409 and "outbox cursor" in answer.text
    assert "nothing of it applied" in answer.text
    assert len(_alarms(hq, "snapshot")) == 1
    assert _hq_state(hq) == before
    with Session(hq) as s:
        assert s.scalar(select(func.count()).select_from(HqSnapshotStaged)) == 0
        assert s.scalar(select(func.count()).select_from(HqSnapshotChunk)) == 0


def test_the_batch_reaching_the_snapshots_cursor_must_carry_that_event(engine, hq,
                                                                      first_contact):  # noqa: F811
    """The snapshot finished before head office held the branch's events: the batch
    that reaches its outbox cursor must have that very event there. An event at the
    cursor altered (its hash redone, the chain intact) is refused with a "snapshot"
    alarm, nothing stored; the honest events then pass and settle the cursor."""
    from app.sync.checkpoints import with_journal
    from app.sync.wire import event_hash, pack_events

    manifest, _chunks = snapshot_with_manifest(engine)
    assert _by_hand(first_contact, engine, snapshot_id="honest").status_code == 200
    with Session(hq) as s:
        assert s.get(HqBranch, CODE).snapshot_pending == manifest["outbox"]["seq"]
    local = local_cursor(engine)
    from app.sync.outbox import pending_events

    events = pending_events(engine, local.acked_seq, 1000)
    assert events[-1]["seq"] == manifest["outbox"]["seq"]
    events[-1]["device_time"] = "2026-11-25T23:59:59"
    events[-1]["hash"] = event_hash(events[-1])
    before = _hq_state(hq)
    body = encode(with_journal(engine, pack_events(CODE, local.epoch, events), events))
    answer = _post(first_contact, device_key(engine), f"/v1/branches/{CODE}/events", body)
    assert answer.status_code == 409 and "outbox cursor" in answer.text, answer.text
    assert len(_alarms(hq, "snapshot")) == 1
    assert _hq_state(hq) == before
    _sync(engine, first_contact)
    assert hq_ledger_total(hq) == branch_journal_total(engine)
    with Session(hq) as s:
        assert s.get(HqBranch, CODE).snapshot_pending is None


# -- 3. the snapshot's chunks are staged in head office's database ------------------

def test_a_restart_of_head_office_mid_snapshot_loses_no_chunk(engine, hq, hq_url,
                                                             first_contact, monkeypatch):  # noqa: F811
    """`hq serve` is killed after two chunks arrived; started again, the branch's next
    sync announces the same snapshot, hears which chunks are held, and sends only the
    others. Both sides then hold the same ledger."""
    import app.sync.snapshot as snapshot_module

    monkeypatch.setattr(snapshot_module, "CHUNK_ROWS", 2)  # a branch of many chunks
    port = free_port()
    first = _start_server(hq_url, port)
    url = f"http://127.0.0.1:{port}"
    posts: list[str] = []
    kill_after = [3]  # the manifest and two chunks

    def killing(response: httpx.Response) -> None:
        if response.request.method == "POST" and response.request.url.path == SNAPSHOT:
            posts.append(response.request.url.path)
            if len(posts) == kill_after[0]:
                first.kill()
                first.wait()

    total = len(list(snapshot_module.snapshot_chunks(engine)))
    assert total > 4
    try:
        http = httpx.Client(timeout=10, event_hooks={"response": [killing]})
        with pytest.raises(SyncError):
            SyncClient(engine, url, client=http, retries=0).run()
        with Session(hq) as s:
            assert s.scalar(select(func.count()).select_from(HqSnapshotStaged)) == 2
        second = _start_server(hq_url, port)
        posts.clear()
        kill_after[0] = 0
        http = httpx.Client(timeout=10, event_hooks={"response": [killing]})
        result = SyncClient(engine, url, client=http, retries=0).run()
        assert result.snapshot_chunks == total - 2
        assert len(posts) == 1 + (total - 2) + 1  # manifest, the missing chunks, finish
        assert hq_ledger_total(hq) == branch_journal_total(engine)
        with Session(hq) as s:
            assert s.scalar(select(func.count()).select_from(HqSnapshotChunk)) == total
            assert s.scalar(select(func.count()).select_from(HqSnapshotStaged)) == 0
    finally:
        first.kill()
        first.wait()
        if "second" in locals():
            second.kill()
            second.wait()


def test_the_finish_holds_one_chunk_at_a_time(engine, hq):
    """Eighty chunks of members staged; the finish's peak Python memory stays well below
    what the staged chunks take (it reads, checks and applies them one at a time)."""
    import tracemalloc

    from app.headoffice.models import HqMember
    from app.headoffice.snapshot import announce, finish_snapshot, receive_chunk
    from app.sync.snapshot_manifest import table_digests
    from tests.sync.world import branch_with_meeting, register

    branch_with_meeting(engine)
    register(hq, engine)
    post_fee(engine, 5_00)

    manifest, chunks = snapshot_with_manifest(engine)
    members = next(rows for _n, t, rows in chunks if t == "member")
    template, start = members[-1], members[-1]["id"]
    extra = [(f"member:{start + 1 + i * 300}", "member",
              [{**template, "id": start + 1 + i * 300 + j,
                "code": f"X{start + 1 + i * 300 + j:07d}"} for j in range(300)])
             for i in range(80)]
    at = next(i for i, c in enumerate(chunks) if c[1] == "member") + 1
    chunks[at:at] = extra
    manifest["tables"] = table_digests(chunks)
    announce(hq, CODE, {"snapshot_id": "big", "manifest": manifest})
    for name, table, rows in chunks:
        receive_chunk(hq, CODE, {"snapshot_id": "big", "chunk": name, "table": table,
                                 "rows": rows})
    with Session(hq) as s:
        staged = sum(len(b) for b in s.scalars(select(HqSnapshotStaged.body)))
    tracemalloc.start()
    try:
        finish_snapshot(hq, CODE, "big")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    print(f"finish peak {peak} bytes, staged {staged} bytes")
    assert peak < staged / 3, (peak, staged)
    with Session(hq) as s:
        assert s.scalar(select(func.count()).select_from(HqMember)
                        .where(HqMember.branch == CODE)) == len(members) + 80 * 300
    assert hq_ledger_total(hq) == branch_journal_total(engine)


def test_a_snapshot_chunk_of_more_rows_than_a_finish_may_hold_is_refused():
    from app.headoffice.ingest import Refused
    from app.headoffice.snapshot import MAX_CHUNK_ROWS, receive_chunk

    rows = [{"id": i} for i in range(1, MAX_CHUNK_ROWS + 2)]
    with pytest.raises(Refused, match="at most"):
        receive_chunk(None, CODE, {"snapshot_id": "big", "chunk": "member:1",  # type: ignore[arg-type]
                                   "table": "member", "rows": rows})


def test_a_batch_carrying_journal_rows_without_their_chain_fields_is_refused(
        engine, hq, synced):  # noqa: F811
    """Once head office anchors the journal, a batch that leaves out the fields it
    recomputes the chain with (so that its claim would be taken on its word) is refused
    with a "journal" alarm, nothing stored."""
    from app.sync.checkpoints import with_journal
    from app.sync.outbox import pending_events
    from app.sync.wire import pack_events

    post_fee(engine, 7_00)
    before = _hq_state(hq)
    local = local_cursor(engine)
    events = pending_events(engine, local.acked_seq, 100)
    body = with_journal(engine, pack_events(CODE, local.epoch, events), events)
    del body["journal"]["chain"]
    answer = _post(synced, device_key(engine), f"/v1/branches/{CODE}/events", encode(body))
    assert answer.status_code == 409 and "without the fields" in answer.text
    assert len(_alarms(hq, "journal")) == 1
    assert _hq_state(hq) == before
    _sync(engine, synced)
    assert hq_ledger_total(hq) == branch_journal_total(engine)


@pytest.mark.parametrize("journal", ["honest", "rewritten"])
def test_a_second_restore_is_anchored_in_the_epoch_it_closes(
        hq, tmp_path, synced, restore_point, journal):  # noqa: F811
    """The restored branch, now in epoch 2, is restored once more from a backup of that
    epoch (a fee of 3.00 unsent in it; the lost copy sent 3.00 and 11.00 together). The
    third epoch is anchored at epoch 2's journal head as of the 3.00 event: honest, it
    syncs on; with a journal row rewritten before that backup, refused."""
    old = _restore_and_open_epoch(restore_point, synced, hq)
    _sync(old, synced)
    post_fee(old, 3_00)
    old.dispose()
    second = dbfiles.copy_db(restore_point, tmp_path / "second.db")  # its backup
    post_fee(old, 11_00)
    _sync(old, synced)
    old.dispose()
    if journal == "rewritten":
        _recompute_journal(second, 1, 1_00)
        _drop_checkpoints(second)
    again = _restore_and_open_epoch(second, synced, hq)
    before = _hq_state(hq)
    assert before[3][0] == 3
    if journal == "rewritten":
        with pytest.raises(SyncError, match="journal"):
            _sync(again, synced)
        assert len(_alarms(hq, "journal")) == 1 and _hq_state(hq) == before
    else:
        _sync(again, synced)
        assert _alarms(hq, "journal") == []
        count, total = branch_journal_total(again)
        assert hq_ledger_total(hq) == (count, total - 4_00 + 9_00 - 4_00 + 11_00)
    again.dispose()
