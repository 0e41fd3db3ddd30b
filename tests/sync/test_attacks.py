"""Issue #14's attacks, tried as an attacker would: against a real `shakha hq serve`
process on PostgreSQL and real (encrypted) branch files.

Each attack is refused with a reason, head office raises an alarm where it is involved,
and nothing changes: head office's events and ledger (count and money) and the branch's
journal are compared before and after.
"""

from __future__ import annotations

import json
import time

import httpx
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.db.check import check_database
from app.db.ledger import HASHED_FIELDS
from app.db.models import ChainHead, JournalEntry
from app.headoffice.models import HqAlarm, HqBranch, HqLoan
from app.headoffice.models_trust import HqSnapshotManifest, HqSnapshotStaged
from app.sync.client import SyncClient
from app.sync.device import device_key
from app.sync.outbox import SyncError
from app.sync.signing import signed_headers
from app.sync.snapshot import snapshot_chunks, snapshot_with_manifest
from app.sync.snapshot_manifest import table_digests
from app.sync.wire import encode
from tests import dbfiles
from tests.ports import free_port
from tests.sync.test_usb_and_cli import _start_server
from tests.sync.world import (
    branch_journal_total,
    branch_with_meeting,
    hq_events,
    hq_ledger_total,
    post_fee,
    register,
)

CODE = "BJS-001"


@pytest.fixture
def server(hq, hq_url):
    """`shakha hq serve` in its own process, on loopback (plain HTTP allowed there)."""
    port = free_port()
    proc = _start_server(hq_url, port)
    yield f"http://127.0.0.1:{port}"
    proc.kill()
    proc.wait()


def _sync(engine, url: str) -> None:
    client = SyncClient(engine, url, retries=0)
    try:
        client.run()
    finally:
        client.close()


def _alarms(hq, kind: str) -> list[str]:
    with Session(hq) as s:
        return list(s.scalars(select(HqAlarm.detail).where(HqAlarm.branch == CODE,
                                                           HqAlarm.kind == kind)))


def _hq_state(hq) -> tuple:
    """Everything an attack might change at head office, money included."""
    with Session(hq) as s:
        loans = sorted(s.execute(select(HqLoan.id, HqLoan.status,
                                        HqLoan.principal_minor)
                                 .where(HqLoan.branch == CODE)).all())
        branch = s.get(HqBranch, CODE)
        cursor = (branch.epoch, branch.acked_seq, branch.acked_hash, branch.journal_id)
    return hq_events(hq), hq_ledger_total(hq), loans, cursor


def _post(url: str, key, path: str, body: bytes) -> httpx.Response:  # type: ignore[no-untyped-def]
    """A request signed with `key`, as the attacker holding it would send."""
    headers = signed_headers(key, "POST", path, "", body, int(time.time()))
    return httpx.post(url + path, content=body, headers=headers, timeout=10)


@pytest.fixture
def synced(engine, hq, server):
    """A branch with a meeting and fees, enrolled, its first sync (snapshot included)
    finished with head office."""
    branch_with_meeting(engine)
    register(hq, engine)
    post_fee(engine, 5_00)
    _sync(engine, server)
    assert hq_ledger_total(hq) == branch_journal_total(engine)
    return server


def test_snapshot_chunks_after_the_first_sync_are_refused_with_an_alarm(engine, hq, synced):
    """With the branch's own key, a chunk adding a 12,34,567.89 repayment and closing a
    loan at 0.01 is refused: the first sync's snapshot is finished."""
    before = _hq_state(hq)
    key = device_key(engine)
    rows = next(rows for _name, table, rows in snapshot_chunks(engine)
                if table == "journal_entry")
    forged_row = {**rows[-1], "id": rows[-1]["id"] + 1000, "kind": "repayment",
                  "amount_minor": 1_234_567_89, "principal_minor": 1_234_567_89}
    loans = next(rows for _name, table, rows in snapshot_chunks(engine) if table == "loan")
    closed_loan = {**loans[0], "status": "closed", "principal_minor": 1}
    for table, row in (("journal_entry", forged_row), ("loan", closed_loan)):
        body = encode({"snapshot_id": "attacker", "chunk": f"{table}:{row['id']}",
                       "table": table, "rows": [row]})
        answer = _post(synced, key, f"/v1/branches/{CODE}/snapshot", body)
        assert answer.status_code == 409 and "first sync finished" in answer.text
    finish = _post(synced, key, f"/v1/branches/{CODE}/snapshot",
                   encode({"snapshot_id": "attacker", "finish": True}))
    assert finish.status_code == 409
    assert len(_alarms(hq, "snapshot")) == 3
    assert _hq_state(hq) == before


def _recompute_journal(db_path, row_id: int, amount: int) -> None:
    """Drop the guards, change an amount, redo every hash and the chain head, put the
    guards back: the file's own chain is perfect again."""
    con = dbfiles.connect(db_path)
    guards = con.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND "
                         "tbl_name = 'journal_entry'").fetchall()
    for name, _sql in guards:
        con.execute(f"DROP TRIGGER {name}")
    con.execute("UPDATE journal_entry SET amount_minor = ? WHERE id = ?", (amount, row_id))
    con.commit()
    con.close()
    from app.db.engine import open_engine

    engine = open_engine(db_path)
    with Session(engine) as s, s.begin():
        prev = GENESIS_HASH
        for entry in s.scalars(select(JournalEntry).order_by(JournalEntry.id)):
            entry.hash = prev = chain_hash(prev, {f: getattr(entry, f) for f in HASHED_FIELDS})
        head = s.get(ChainHead, "journal")
        head.last_hash = prev
    engine.dispose()
    con = dbfiles.connect(db_path)
    for _name, sql in guards:
        con.execute(sql)
    con.commit()
    con.close()


def test_a_journal_recomputed_after_acknowledgement_is_caught_by_check_and_head_office(
        engine, hq, db_path, synced):
    before_hq = _hq_state(hq)
    with Session(engine) as s:
        first = s.scalar(select(func.min(JournalEntry.id)))
    engine.dispose()
    _recompute_journal(db_path, first, 1_00)
    report = check_database(db_path)
    # the file alone tells: named at each signed checkpoint the rewritten chain misses
    assert {p.code for p in report.problems} == {"journal_rewritten"}
    post_fee(engine, 3_00)  # the branch goes on working, then syncs
    with pytest.raises(SyncError, match="rewritten"):
        _sync(engine, synced)
    assert _alarms(hq, "journal")
    assert _hq_state(hq) == before_hq


def test_unsent_events_cut_by_editing_acked_seq_are_caught_by_check(engine, hq, db_path,
                                                                     synced):
    post_fee(engine, 7_00)
    post_fee(engine, 8_00)
    engine.dispose()
    con = dbfiles.connect(db_path)
    (last, digest), = con.execute("SELECT seq, lower(hex(hash)) FROM outbox_event "
                                  "ORDER BY seq DESC LIMIT 1")
    con.execute("UPDATE sync_state SET value = ? WHERE key = 'acked_seq'", (str(last),))
    con.execute("UPDATE sync_state SET value = ? WHERE key = 'acked_hash'", (digest,))
    con.execute("DELETE FROM outbox_event")  # the trigger now believes they were acked
    con.commit()
    con.close()
    codes = {p.code for p in check_database(db_path).problems}
    assert "ack_edited" in codes
    before = _hq_state(hq)
    with pytest.raises(SyncError, match="changed by hand"):  # not blamed on head office
        _sync(engine, synced)
    assert _hq_state(hq) == before


def test_another_branchs_key_is_refused_with_an_alarm(engine, hq, tmp_path, synced,
                                                      _migrated_template):
    from tests.sync.world import other_branch_device

    before = _hq_state(hq)
    stranger = other_branch_device(hq, tmp_path, _migrated_template)
    answer = _post(synced, stranger, f"/v1/branches/{CODE}/events", b"{}")
    assert answer.status_code == 401
    assert _hq_state(hq) == before


def test_a_replayed_request_is_refused(engine, hq, synced):
    key = device_key(engine)
    path = f"/v1/branches/{CODE}/report"
    body = b'{"kind":"restored","detail":"x"}'
    headers = signed_headers(key, "POST", path, "", body, int(time.time()))
    httpx.post(synced + path, content=body, headers=headers, timeout=10)
    again = httpx.post(synced + path, content=body, headers=headers, timeout=10)
    assert again.status_code == 409 and "replay" in again.text.lower()


def test_an_epoch_request_opens_nothing_unconfirmed_and_never_moves_the_cursor_beyond_held(
        engine, hq, synced):
    key = device_key(engine)
    held = _hq_state(hq)[3]
    body = b'{"base":1000000,"epoch":1,"events":[]}'
    answer = _post(synced, key, f"/v1/branches/{CODE}/epoch", body)
    with Session(hq) as s:
        branch = s.get(HqBranch, CODE)
        assert branch.acked_seq <= held[1]  # never the 1,000,000 asked for
    assert answer.status_code == 409 and "waits for head office to confirm" in answer.text
    assert _alarms(hq, "restored")  # a restore is always an alarm at once
    assert _hq_state(hq)[3] == held  # no epoch opened, no cursor moved


def test_a_usb_bundle_forged_from_everything_head_offices_database_holds_is_refused(
        engine, hq, synced, tmp_path):
    """An attacker reads every row of head office's database (device public keys, head
    office's public keys, every event) and builds a bundle adding a 12,34,567.89 event
    to the branch's stream: signed with keys derived from what the database holds, in
    the real device's name, sealed to head office's bundle key. Refused as forged, with
    an alarm; head office unchanged; the real branch still syncs."""
    import hashlib

    from app.headoffice.models_trust import HqDeviceKey, HqPublicKey
    from app.headoffice.usb import import_bundle
    from app.sync.bundle import MAGIC, pack
    from app.sync.identity import BUNDLE, SigningKey, b64
    from app.sync.seal import seal
    from app.sync.wire import event_hash, pack_events
    from tests.sync.world import hq_keys

    before = _hq_state(hq)
    with Session(hq) as s:
        device = s.scalars(select(HqDeviceKey).where(HqDeviceKey.branch == CODE,
                                                     HqDeviceKey.retired_at.is_(None))).one()
        bundle_public = s.scalars(select(HqPublicKey.public_key)
                                  .where(HqPublicKey.kind == "bundle")).first()
        branch = s.get(HqBranch, CODE)
        seq, prev, epoch = branch.acked_seq, branch.acked_hash, branch.epoch
    event = {"seq": seq + 1, "event_id": "0190aaaa-0000-7000-8000-000000000001",
             "epoch": epoch, "type": "loan.repaid", "schema_version": 2,
             "aggregate_id": "1", "business_date": "2026-11-25",
             "device_time": "2026-11-25T10:00:00", "staff_id": 1,
             "payload": '{"amount_minor":123456789,"journal":[[900001,"2026-11-25",'
                        '"repayment",123456789,123456789,0,0,0,1,1,null,null,null,'
                        '"counter"]]}', "prev_hash": prev}
    event["hash"] = event_hash(event)  # the chain is public arithmetic: it verifies
    body = {"manifest": {"branch": CODE, "epoch": epoch, "from_seq": seq + 1,
                         "to_seq": seq + 1, "first_prev": prev, "last_hash": event["hash"],
                         "count": 1},
            "batch": pack_events(CODE, epoch, [event]), "ref_cursor": None}
    for secret in (device.sign_public, device.seal_public, device.key_id):
        derived = SigningKey(b64(hashlib.sha256(secret.encode()).digest()))
        forged = tmp_path / f"forged-{derived.id}.shakha"
        forged.write_bytes(seal(bundle_public, pack(
            MAGIC, lambda data, k=derived: {"key": device.key_id, "value": k.sign(BUNDLE, data)},
            body)))
        with pytest.raises(Exception, match="forged or altered"):
            import_bundle(hq, hq_keys(), forged, tmp_path / "receipt")
        assert not (tmp_path / "receipt").exists()
    assert len(_alarms(hq, "forged")) == 3
    assert _hq_state(hq) == before
    post_fee(engine, 2_00)
    _sync(engine, synced)  # the real branch is not locked out
    assert hq_ledger_total(hq) == branch_journal_total(engine)


def test_a_revoked_or_rotated_away_key_is_refused_by_the_real_server(engine, hq, hq_url,
                                                                     synced):
    import subprocess
    import sys

    from app.sync.rotation import rotate_device_key

    old_key = device_key(engine)
    rotate_device_key(engine, synced)
    assert device_key(engine).id != old_key.id
    path = f"/v1/branches/{CODE}/report"
    answer = _post(synced, old_key, path, b'{"kind":"restored","detail":"x"}')
    assert answer.status_code == 401  # the rotated-away key
    post_fee(engine, 2_00)
    _sync(engine, synced)  # the new key works
    done = subprocess.run([sys.executable, "-m", "app.cli", "hq", "revoke-branch", CODE,
                           "--db", hq_url], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    before = _hq_state(hq)
    post_fee(engine, 3_00)
    with pytest.raises(SyncError):
        _sync(engine, synced)
    assert _hq_state(hq) == before


# -- the first sync's snapshot: only announced by a manifest, checked at its finish ----

SNAPSHOT = f"/v1/branches/{CODE}/snapshot"


@pytest.fixture
def first_contact(engine, hq, server):
    """A branch with a meeting and fees, enrolled, its first sync not yet made."""
    branch_with_meeting(engine)
    register(hq, engine)
    post_fee(engine, 5_00)
    return server


def _by_hand(url: str, engine, alter=None, digests_of_altered: bool = False,  # type: ignore[no-untyped-def]
             snapshot_id: str = "attacker") -> httpx.Response:
    """The first sync's snapshot sent with the branch's key as an attacker would: the
    honest manifest announced, the chunks changed by `alter`, then the finish. With
    `digests_of_altered` the manifest's counts and digests describe the changed rows
    (only the journal chain can tell)."""
    key = device_key(engine)
    manifest, chunks = snapshot_with_manifest(engine)
    if alter is not None:
        chunks = alter(chunks)
    if digests_of_altered:
        manifest["tables"] = table_digests(chunks)
    answer = _post(url, key, SNAPSHOT, encode({"snapshot_id": snapshot_id,
                                               "manifest": manifest}))
    assert answer.status_code == 200, answer.text
    for name, table, rows in chunks:
        answer = _post(url, key, SNAPSHOT, encode({"snapshot_id": snapshot_id, "chunk": name,
                                                   "table": table, "rows": rows}))
        assert answer.status_code == 200, answer.text
    return _post(url, key, SNAPSHOT, encode({"snapshot_id": snapshot_id, "finish": True}))


def _table(chunks, table: str) -> list[dict]:  # type: ignore[no-untyped-def]
    return next(rows for _name, t, rows in chunks if t == table)


def _extra_repayment(chunks):  # type: ignore[no-untyped-def]
    rows = _table(chunks, "journal_entry")
    rows.append({**rows[-1], "id": rows[-1]["id"] + 1, "kind": "repayment",
                 "amount_minor": 1_234_567_89, "principal_minor": 1_234_567_89})
    return chunks


def _closed_loan(chunks):  # type: ignore[no-untyped-def]
    rows = _table(chunks, "loan")
    rows[0] = {**rows[0], "status": "closed", "principal_minor": 1}
    return chunks


def _altered_journal_row(chunks):  # type: ignore[no-untyped-def]
    rows = _table(chunks, "journal_entry")
    rows[0] = {**rows[0], "amount_minor": rows[0]["amount_minor"] + 1_000_00}
    return chunks


def _honest_first_sync_still_works(engine, hq, url: str) -> None:  # type: ignore[no-untyped-def]
    """Nothing of the refused snapshot stayed: the branch's own first sync then gives
    head office exactly the branch's ledger."""
    _sync(engine, url)
    assert hq_ledger_total(hq) == branch_journal_total(engine)
    with Session(hq) as s:
        assert s.scalar(select(func.count()).select_from(HqSnapshotStaged)) == 0


def test_a_snapshot_chunk_without_a_manifest_is_refused_with_an_alarm(engine, hq,
                                                                      first_contact):
    before = _hq_state(hq)
    name, table, rows = next(c for c in snapshot_chunks(engine) if c[1] == "journal_entry")
    answer = _post(first_contact, device_key(engine), SNAPSHOT, encode({
        "snapshot_id": "attacker", "chunk": name, "table": table, "rows": rows}))
    assert answer.status_code == 409 and "announced no manifest" in answer.text
    assert len(_alarms(hq, "snapshot")) == 1
    assert _hq_state(hq) == before
    _honest_first_sync_still_works(engine, hq, first_contact)


def test_a_chunk_of_another_snapshot_than_the_open_one_is_refused_with_an_alarm(
        engine, hq, first_contact):
    key = device_key(engine)
    manifest, chunks = snapshot_with_manifest(engine)
    assert _post(first_contact, key, SNAPSHOT, encode({
        "snapshot_id": "announced", "manifest": manifest})).status_code == 200
    before = _hq_state(hq)
    name, table, rows = _extra_repayment(chunks)[-1]
    answer = _post(first_contact, key, SNAPSHOT, encode({
        "snapshot_id": "another", "chunk": name, "table": table, "rows": rows}))
    assert answer.status_code == 409 and "not to the open snapshot" in answer.text
    assert len(_alarms(hq, "snapshot")) == 1
    assert _hq_state(hq) == before


@pytest.mark.parametrize(("alter", "digests_of_altered", "reason"), [
    (_extra_repayment, False, "journal_entry rows received, the manifest announced"),
    (_closed_loan, False, "loan rows received differ from the manifest"),
    (_altered_journal_row, True, "does not follow the chain"),
], ids=["extra 12,34,567.89 repayment", "changed loan image", "journal chain broken"])
def test_a_snapshot_that_does_not_match_its_manifest_is_refused_whole_with_an_alarm(
        engine, hq, first_contact, alter, digests_of_altered, reason):
    """Every chunk is accepted for staging; the finish finds the difference and applies
    nothing of the snapshot: head office's events, ledger (count and money) and loans
    are as before."""
    before = _hq_state(hq)
    answer = _by_hand(first_contact, engine, alter, digests_of_altered)
    assert answer.status_code == 409 and reason in answer.text
    assert "nothing of it applied" in answer.text
    assert len(_alarms(hq, "snapshot")) == 1
    assert _hq_state(hq) == before
    with Session(hq) as s:
        assert s.scalar(select(func.count()).select_from(HqSnapshotStaged)) == 0
    _honest_first_sync_still_works(engine, hq, first_contact)


def test_a_journal_head_the_chain_does_not_reach_is_refused_with_an_alarm(engine, hq,
                                                                         first_contact):
    """Rows cut from the end of the journal, with counts and digests made to match: the
    chain received ends before the announced head."""
    def cut(chunks):  # type: ignore[no-untyped-def]
        _table(chunks, "journal_entry").pop()
        return chunks

    before = _hq_state(hq)
    answer = _by_hand(first_contact, engine, cut, digests_of_altered=True)
    assert answer.status_code == 409 and "not at the announced head" in answer.text
    assert len(_alarms(hq, "snapshot")) == 1 and _hq_state(hq) == before


def test_an_honest_manifested_snapshot_is_applied_at_its_finish(engine, hq, first_contact):
    answer = _by_hand(first_contact, engine, snapshot_id="honest")
    assert answer.status_code == 200, answer.text
    assert hq_ledger_total(hq) == branch_journal_total(engine)
    with Session(hq) as s:
        assert s.get(HqSnapshotManifest, (CODE, "honest")).state == "finished"
        assert s.get(HqBranch, CODE).snapshot_id == "honest"


def test_a_second_manifest_after_the_finish_is_refused_with_an_alarm(engine, hq, synced):
    before = _hq_state(hq)
    manifest, _chunks = snapshot_with_manifest(engine)
    answer = _post(synced, device_key(engine), SNAPSHOT, encode({
        "snapshot_id": "second", "manifest": manifest}))
    assert answer.status_code == 409 and "first sync finished" in answer.text
    assert len(_alarms(hq, "snapshot")) == 1
    assert _hq_state(hq) == before


def test_head_office_recomputes_the_journal_hash_over_the_fields_the_branch_hashes():
    """Head office imports nothing from app.db: its copy of the hashed fields must stay
    the branch's, or an honest snapshot would be refused."""
    from app.sync.events import JOURNAL_FIELDS
    from app.sync.snapshot_manifest import JOURNAL_CHAIN_FIELDS, JOURNAL_HASHED_FIELDS

    assert JOURNAL_HASHED_FIELDS == HASHED_FIELDS
    assert set(HASHED_FIELDS) <= set(JOURNAL_FIELDS) | set(JOURNAL_CHAIN_FIELDS)


# -- head office recomputes each branch's journal chain ------------------------------

def test_an_event_whose_journal_row_was_changed_with_the_outbox_chain_redone_is_refused(
        engine, hq, synced):
    """With the branch's key, an unsent fee's journal row made a 12,34,567.89 repayment
    in the event that carries it, every event hash redone: the outbox chain is perfect,
    but head office recomputes the journal chain and it does not reach the hash the
    branch claims — refused with a "journal" alarm, nothing stored."""
    from app.sync.checkpoints import with_journal
    from app.sync.outbox import local_cursor, pending_events
    from app.sync.wire import event_hash, pack_events

    post_fee(engine, 7_00)
    before = _hq_state(hq)
    local = local_cursor(engine)
    events = pending_events(engine, local.acked_seq, 100)
    prev = events[0]["prev_hash"]
    altered = False
    for event in events:
        payload = json.loads(event["payload"])
        for row in payload.get("journal") or []:
            row[3] = row[6] = 1_234_567_89  # amount_minor, fee_minor
            altered = True
        event["payload"] = canonical_json(payload)
        event["prev_hash"] = prev
        event["hash"] = prev = event_hash(event)
    assert altered
    body = encode(with_journal(engine, pack_events(CODE, local.epoch, events), events))
    answer = _post(synced, device_key(engine), f"/v1/branches/{CODE}/events", body)
    assert answer.status_code == 409 and "recomputed the branch's journal chain" in answer.text
    assert len(_alarms(hq, "journal")) == 1
    assert _hq_state(hq) == before
    _sync(engine, synced)  # the honest events still go through
    assert hq_ledger_total(hq) == branch_journal_total(engine)


def test_the_finished_snapshot_announced_again_is_answered_finished_without_an_alarm(
        engine, hq, synced):
    """The finish's answer lost on the way back: the branch announces its snapshot again
    and hears that it is finished — no alarm, nothing changed."""
    before = _hq_state(hq)
    with Session(hq) as s:
        finished = s.get(HqBranch, CODE).snapshot_id
    manifest, _chunks = snapshot_with_manifest(engine)
    answer = _post(synced, device_key(engine), SNAPSHOT, encode({
        "snapshot_id": finished, "manifest": manifest}))
    assert answer.status_code == 200 and answer.json()["finished"] is True
    assert _alarms(hq, "snapshot") == [] and _hq_state(hq) == before


def test_the_first_batch_after_the_snapshot_is_recomputed_from_its_verified_head(
        engine, hq, first_contact):
    """Right after the first sync's snapshot, head office's journal anchor is the head the
    snapshot's chain was recomputed to: an unsent fee's row turned into a 12,34,567.89
    repayment in the very next batch (outbox hashes redone) is refused, nothing stored."""
    from app.sync.checkpoints import with_journal
    from app.sync.outbox import local_cursor, pending_events
    from app.sync.wire import event_hash, pack_events

    manifest, _chunks = snapshot_with_manifest(engine)
    answer = _by_hand(first_contact, engine, snapshot_id="honest")
    assert answer.status_code == 200, answer.text
    with Session(hq) as s:
        branch = s.get(HqBranch, CODE)
        assert (branch.journal_id, branch.journal_hash) == (
            manifest["journal_head"]["id"], manifest["journal_head"]["hash"])
    post_fee(engine, 7_00)
    before = _hq_state(hq)
    local = local_cursor(engine)
    events = pending_events(engine, local.acked_seq, 100)
    prev = events[0]["prev_hash"]
    for event in events:
        payload = json.loads(event["payload"])
        for row in payload.get("journal") or []:
            if row[0] > manifest["journal_head"]["id"]:
                row[3] = row[6] = 1_234_567_89  # amount_minor, fee_minor
        event["payload"] = canonical_json(payload)
        event["prev_hash"] = prev
        event["hash"] = prev = event_hash(event)
    body = encode(with_journal(engine, pack_events(CODE, local.epoch, events), events))
    answer = _post(first_contact, device_key(engine), f"/v1/branches/{CODE}/events", body)
    assert answer.status_code == 409, answer.text
    assert len(_alarms(hq, "journal")) == 1
    assert _hq_state(hq) == before
