"""A branch restored from an old backup continues in a new epoch by USB stick alone.

The branch writes its epoch request into a sealed, signed bundle; head office answers it
(start_epoch, as over the network) in a signed receipt; the branch applies the answer
once and its next bundle carries the new epoch's events (real PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.engine import open_engine
from app.db.models import OutboxEvent
from app.headoffice.epochs import confirm_epoch
from app.headoffice.ingest import Refused, start_epoch, verify_chain
from app.headoffice.keys import HqKeys
from app.headoffice.models import HqAlarm, HqBranch, HqTask
from app.headoffice.usb import import_bundle
from app.sync.bundle import (
    MAGIC,
    RECEIPT,
    body_of,
    export_bundle,
    export_epoch_request,
    import_receipt,
    pack,
    read_receipt,
    signed_by,
    split,
)
from app.sync.client import SyncClient
from app.sync.device import device_key
from app.sync.identity import BUNDLE
from app.sync.identity import RECEIPT as RECEIPT_LABEL
from app.sync.outbox import RestoredFromBackup, SyncError, epoch_request, local_cursor
from app.sync.seal import seal
from app.sync.wire import decode
from tests import dbfiles
from tests.sync.world import (
    branch_with_meeting,
    client,
    hq_keys,
    hq_ledger_total,
    other_branch_device,
    outbox_count,
    post_fee,
    register,
    sync,
)


def _by_usb(engine, hq, key, tmp_path, name):
    """One round trip by stick: export, import at head office, receipt back."""
    bundle, receipt = tmp_path / f"{name}.bundle", tmp_path / f"{name}.receipt"
    export_bundle(engine, bundle)
    import_bundle(hq, hq_keys(), bundle, receipt)
    return import_receipt(engine, receipt)


@pytest.fixture
def restored(restored_unconfirmed, hq):
    """The restored branch after a person at head office, called by the branch,
    confirmed its new epoch (`shakha hq confirm-epoch BJS-001`)."""
    confirm_epoch(hq, "BJS-001", "the regional manager")
    return restored_unconfirmed


@pytest.fixture
def restored_unconfirmed(engine, hq, db_path, tmp_path):
    """Head office holds events 1 and 2; an old backup holding only event 1 was
    restored and posted another event 2 (4.00). Returns (old engine, key)."""
    branch_with_meeting(engine)
    key = register(hq, engine)
    engine.dispose()  # checkpoint the WAL into the file, as a closed app leaves it
    dbfiles.copy_db(db_path, tmp_path / "old.db")  # the outbox holds event 1, not yet sent
    post_fee(engine, 9_00)
    assert _by_usb(engine, hq, key, tmp_path, "before") == 2
    engine.dispose()
    old = open_engine(tmp_path / "old.db")
    post_fee(old, 4_00)
    yield old, key
    old.dispose()


def _ask(old, hq, key, tmp_path, name="epoch"):
    """The restored branch's request by stick; returns head office's receipt file."""
    request, receipt = tmp_path / f"{name}.bundle", tmp_path / f"{name}.receipt"
    assert export_epoch_request(old, request) == 2
    import_bundle(hq, hq_keys(), request, receipt)
    return receipt


def _hq_state(hq):
    with Session(hq) as s:
        branch = s.get(HqBranch, "BJS-001")
        alarms = sorted(a.kind for a in s.scalars(select(HqAlarm)))
        return (branch.epoch, branch.acked_seq, branch.acked_hash, alarms,  # type: ignore[union-attr]
                verify_chain(hq, "BJS-001"), hq_ledger_total(hq))


def _branch_state(engine):
    with Session(engine) as s:
        rows = [(e.seq, e.epoch, e.hash) for e in s.scalars(select(OutboxEvent))]
    return local_cursor(engine), rows


def _parked(hq):
    with Session(hq) as s:
        return [t.suspense_minor for t in s.scalars(select(HqTask)) if t.kind == "suspense"]


def test_the_restored_branchs_bundle_is_refused_as_a_fork(restored, hq, tmp_path):
    old, key = restored
    export_bundle(old, tmp_path / "fork.bundle")
    with pytest.raises(Refused, match="fork") as refused:
        import_bundle(hq, hq_keys(), tmp_path / "fork.bundle", tmp_path / "fork.receipt")
    assert refused.value.code == "fork" and not (tmp_path / "fork.receipt").exists()


@pytest.mark.parametrize("path", ["network", "usb"])
def test_network_or_usb_alone_bring_head_office_to_the_same_new_epoch(restored, hq,
                                                                      tmp_path, path):
    old, key = restored
    if path == "network":
        carried = SyncClient(old, "http://testserver", client=client(hq)).new_epoch()
        sync(old, hq)
    else:
        import_receipt(old, _ask(old, hq, key, tmp_path))
        carried = local_cursor(old).last_seq - local_cursor(old).acked_seq
        assert _by_usb(old, hq, key, tmp_path, "after") == 3
    cursor = local_cursor(old)
    assert (carried, cursor.epoch, cursor.acked_seq, outbox_count(old)) == (1, 2, 3, 0)
    # event 1 matched, the restored copy's event 2 went into epoch 2 as event 3; both
    # copies posted journal row 3: head office keeps its 9.00, parks the 4.00
    assert verify_chain(hq, "BJS-001") == (3, None)
    assert (hq_ledger_total(hq), _parked(hq)) == ((3, 150_00 + 9_00), [4_00])
    assert check_database(old.url.database).ok  # the new epoch's chain and its head


def test_work_done_between_the_request_and_the_receipt_goes_into_the_new_epoch(
        restored, hq, tmp_path):
    old, key = restored
    receipt = _ask(old, hq, key, tmp_path)
    post_fee(old, 3_00)  # the stick takes days to come back; the branch keeps working
    import_receipt(old, receipt)
    assert _by_usb(old, hq, key, tmp_path, "after") == 4
    assert (verify_chain(hq, "BJS-001"), outbox_count(old)) == ((4, None), 0)
    assert (hq_ledger_total(hq), _parked(hq)) == ((4, 150_00 + 9_00 + 3_00), [4_00])


def test_importing_the_same_request_twice_opens_one_epoch_and_answers_the_same(
        restored, hq, tmp_path):
    old, key = restored
    first = _ask(old, hq, key, tmp_path)
    state = _hq_state(hq)
    second = tmp_path / "again.receipt"
    import_bundle(hq, hq_keys(), tmp_path / "epoch.bundle", second)
    answers = [read_receipt(old, r.read_bytes())["new_epoch"] for r in (first, second)]
    assert (answers[0], _hq_state(hq)) == (answers[1], state)
    assert state[0] == 2 and state[3].count("restored") == 1


def test_the_request_imported_again_after_the_new_epoch_moved_on_changes_nothing(
        restored, hq, tmp_path):
    old, key = restored
    import_receipt(old, _ask(old, hq, key, tmp_path))
    _by_usb(old, hq, key, tmp_path, "after")
    hq_before, branch_before = _hq_state(hq), _branch_state(old)
    late = tmp_path / "late.receipt"
    import_bundle(hq, hq_keys(), tmp_path / "epoch.bundle", late)  # the old stick, found again
    import_receipt(old, late)
    assert (_hq_state(hq), _branch_state(old)) == (hq_before, branch_before)


def test_asking_again_over_the_network_after_a_lost_answer_gets_the_same_answer(
        restored, hq):
    old, _key = restored
    request = epoch_request(old)
    first = start_epoch(hq, "BJS-001", request)
    assert start_epoch(hq, "BJS-001", request) == first and first["epoch"] == 2


def test_importing_the_receipt_twice_at_the_branch_changes_nothing(restored, hq,
                                                                    tmp_path):
    old, key = restored
    receipt = _ask(old, hq, key, tmp_path)
    import_receipt(old, receipt)
    state = _branch_state(old)
    assert import_receipt(old, receipt) == 2
    assert _branch_state(old) == state and state[0].epoch == 2


def test_another_copys_request_from_the_closed_epoch_is_refused_as_stale(
        engine, restored, hq, tmp_path):
    old, key = restored
    import_receipt(old, _ask(old, hq, key, tmp_path))
    state = _hq_state(hq)
    export_epoch_request(engine, tmp_path / "other.bundle")  # the copy HQ followed
    with pytest.raises(Refused, match="stale epoch request") as refused:
        import_bundle(hq, hq_keys(), tmp_path / "other.bundle", tmp_path / "other.receipt")
    assert refused.value.code == "stale"
    assert (_hq_state(hq), (tmp_path / "other.receipt").exists()) == (state, False)


def _forge(old, bundle, *, sign_with=None, sealed=True, flip=None):
    keys = hq_keys()
    body = decode(split(MAGIC, keys.open_sealed(bundle.read_bytes()))[1])
    blob = pack(MAGIC, signed_by(sign_with or device_key(old), BUNDLE), body)
    data = bytearray(seal(keys.bundle_public, blob) if sealed else blob)
    if flip is not None:
        data[flip] ^= 0xFF
    bundle.write_bytes(bytes(data))


@pytest.mark.parametrize(("how", "reason"), [
    ({"sign_with": "OTHER"}, "OTHER's device key"),  # signed with another branch's key
    ({"flip": -5}, "altered"),
    ({"sealed": False}, "not encrypted"),
])
def test_a_forged_or_tampered_epoch_request_is_refused_and_changes_nothing(
        restored, hq, tmp_path, how, reason, _migrated_template):
    old, key = restored
    if how.get("sign_with"):
        how = {"sign_with": other_branch_device(hq, tmp_path, _migrated_template)}
    bundle = tmp_path / "epoch.bundle"
    export_epoch_request(old, bundle)
    assert "epoch_request" in body_of(MAGIC, hq_keys().open_sealed(bundle.read_bytes()))
    _forge(old, bundle, **how)
    state = _hq_state(hq)
    with pytest.raises(Refused, match=reason):
        import_bundle(hq, hq_keys(), bundle, tmp_path / "r")
    after = _hq_state(hq)
    assert (after[:3] + after[4:], (tmp_path / "r").exists()) == (state[:3] + state[4:], False)
    assert after[3] == (["foreign"] if how.get("sign_with") else [])  # another's key: alarm


@pytest.mark.parametrize("forgery", ["other key", "other branch", "tampered"])
def test_a_forged_or_tampered_epoch_receipt_is_refused_and_changes_nothing(
        restored, hq, tmp_path, forgery):
    old, key = restored
    receipt = _ask(old, hq, key, tmp_path)
    body = read_receipt(old, receipt.read_bytes())
    keys = hq_keys() if forgery != "other key" else HqKeys.generate()
    if forgery == "other branch":
        body = {**body, "branch": "OTHER"}
    data = bytearray(pack(RECEIPT, lambda d: keys.sign(RECEIPT_LABEL, d), body))
    if forgery == "tampered":
        data[-3] ^= 0xFF
    receipt.write_bytes(seal(device_key(old).public()["seal_public"], bytes(data)))
    state = _branch_state(old)
    with pytest.raises(SyncError):
        import_receipt(old, receipt)
    assert _branch_state(old) == state and state[0].epoch == 1


def test_the_current_copys_old_receipt_does_not_count_for_the_restored_one(restored, hq,
                                                                          tmp_path):
    old, key = restored
    with pytest.raises(RestoredFromBackup):  # head office holds 2, this copy's 2 differs
        import_receipt(old, tmp_path / "before.receipt")


def _shakha(*args):
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "SHAKHA_FAULT"}
    return subprocess.run([sys.executable, "-m", "app.cli", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=60)


def test_the_commands_carry_a_new_epoch_by_stick(restored, hq, hq_url, tmp_path):
    old, key = restored
    db = tmp_path / "old.db"
    old.dispose()
    bundle, receipt = tmp_path / "b", tmp_path / "r"
    branch = ("--db", db)
    assert _shakha("sync", "export", "--out", bundle, *branch).returncode == 0
    refused = _shakha("hq", "import-bundle", bundle, "--receipt", receipt, "--db", hq_url)
    assert refused.returncode != 0 and "export --new-epoch" in refused.stderr
    asked = _shakha("sync", "export", "--new-epoch", "--out", bundle, *branch)
    assert asked.returncode == 0 and "new-epoch request" in asked.stderr, asked.stderr
    answered = _shakha("hq", "import-bundle", bundle, "--receipt", receipt, "--db", hq_url)
    assert answered.returncode == 0 and "new epoch 2" in answered.stdout, answered.stderr
    applied = _shakha("sync", "import-receipt", receipt, *branch)
    assert applied.returncode == 0 and "new epoch 2 confirmed" in applied.stdout
    assert "1 events to send" in applied.stdout
    for step in (("sync", "export", "--out", bundle, *branch),
                 ("hq", "import-bundle", bundle, "--receipt", receipt, "--db", hq_url),
                 ("sync", "import-receipt", receipt, *branch)):
        done = _shakha(*step)
        assert done.returncode == 0, done.stderr
    assert "acknowledged up to 3" in done.stdout
    assert verify_chain(hq, "BJS-001") == (3, None)


def test_a_receipt_showing_a_restore_tells_how_to_continue_by_stick(restored, tmp_path):
    old, key = restored
    old.dispose()
    result = _shakha("sync", "import-receipt", tmp_path / "before.receipt",
                     "--db", tmp_path / "old.db")
    assert result.returncode != 0 and "sync export --new-epoch" in result.stderr


def test_a_new_epoch_waits_for_a_person_at_head_office_and_the_alarm_comes_at_once(
        restored_unconfirmed, hq, hq_url, tmp_path):
    """Asked by stick before anyone confirmed it: refused with the reason and the
    command to run, head office's "restored" alarm raised the first time, nothing
    opened; after `shakha hq confirm-epoch`, the same request opens the epoch."""
    import subprocess
    import sys

    old, key = restored_unconfirmed
    request, receipt = tmp_path / "ask.bundle", tmp_path / "ask.receipt"
    export_epoch_request(old, request)
    for _attempt in range(2):
        with pytest.raises(Refused, match="waits for head office to confirm") as refused:
            import_bundle(hq, hq_keys(), request, receipt)
        assert refused.value.code == "unconfirmed" and not receipt.exists()
    with Session(hq) as s:
        branch = s.get(HqBranch, "BJS-001")
        assert (branch.epoch, branch.acked_seq) == (1, 2)
        alarms = [a.kind for a in s.scalars(select(HqAlarm))]
    assert alarms.count("restored") == 1  # at once, and once
    done = subprocess.run([sys.executable, "-m", "app.cli", "hq", "confirm-epoch", "BJS-001",
                           "--db", hq_url, "--by", "regional manager"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    import_bundle(hq, hq_keys(), request, receipt)
    assert import_receipt(old, receipt) == 2 and local_cursor(old).epoch == 2
    unknown = subprocess.run([sys.executable, "-m", "app.cli", "hq", "confirm-epoch", "NOPE-9",
                              "--db", hq_url], capture_output=True, text=True)
    assert unknown.returncode == 2 and "not registered" in unknown.stderr
