"""USB bundles: signed by the branch's device key, encrypted to head office's bundle
key; receipts signed by head office and sealed to the device; imported once."""

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.headoffice.ingest import Refused
from app.headoffice.keys import HqKeys
from app.headoffice.models import HqAlarm, HqBranch
from app.headoffice.usb import import_bundle
from app.sync.bundle import MAGIC, RECEIPT, export_bundle, import_receipt, pack, signed_by
from app.sync.device import NotEnrolled, device_key
from app.sync.identity import BUNDLE
from app.sync.identity import RECEIPT as RECEIPT_LABEL
from app.sync.outbox import SyncError, get_state, set_state
from app.sync.seal import SEALED, seal
from app.sync.wire import WireError, decode
from tests import dbfiles
from tests.sync.world import (
    branch_with_meeting,
    hq_events,
    hq_keys,
    hq_ledger_total,
    outbox_count,
    register,
    sync,
)

HQ_DATABASES = ("postgresql", "sqlite")  # and the one-machine SQLite trial


@pytest.fixture
def exported(engine, hq, tmp_path):
    """A branch with one unacknowledged event, exported to a bundle file."""
    branch_with_meeting(engine)
    register(hq, engine)
    bundle = tmp_path / "b.shakha"
    assert export_bundle(engine, bundle) == 1
    return None, bundle


def _hq_state(hq):
    with Session(hq) as s:
        branch = s.get(HqBranch, "BJS-001")
        return hq_events(hq), hq_ledger_total(hq), branch.acked_seq, branch.acked_hash


def _refused(hq, bundle, receipt, reason):
    before = _hq_state(hq)
    with pytest.raises(Refused, match=reason):
        import_bundle(hq, hq_keys(), bundle, receipt)
    assert (_hq_state(hq), receipt.exists()) == (before, False)


def test_a_usb_bundle_and_its_receipt_do_what_a_sync_does(engine, hq, exported, tmp_path):
    key, bundle = exported
    receipt = tmp_path / "r.shakha"
    import_bundle(hq, hq_keys(), bundle, receipt)
    assert import_receipt(engine, receipt) == 1
    assert (len(hq_events(hq)), hq_ledger_total(hq), outbox_count(engine)) == \
        (1, (2, 150_00), 0)


def _holidays(engine) -> list[str]:
    from sqlalchemy import select

    from app.db.models import Holiday

    with Session(engine) as s:
        return [h.name_bn for h in s.scalars(select(Holiday).order_by(Holiday.on_date))]


@pytest.mark.parametrize("order", ["in order", "newer first"])
def test_a_branch_that_syncs_only_by_usb_gets_reference_data_with_its_receipts(
        engine, hq, exported, tmp_path, order):
    """Two bundles go out before either receipt comes back (a week's sticks); the
    receipts come back in either order: each change applied once, the newest kept."""
    from app.headoffice.admin import publish

    key, first_bundle = exported
    publish(hq, "holiday", "2026-12-25", {"name_en": "Christmas", "name_bn": "বড়দিন"})
    publish(hq, "staff", "officer9", {"full_name_en": "Rina Das", "full_name_bn": "রিনা দাস",
                                      "role": "field_officer",
                                      "password_hash": "$argon2id$secret-hash"})
    first = tmp_path / "r1.shakha"
    import_bundle(hq, hq_keys(), first_bundle, first)
    publish(hq, "holiday", "2026-12-25", {"name_en": "Christmas Day", "name_bn": "বড়দিন ২৫"})
    publish(hq, "holiday", "2027-01-26", {"name_en": "Republic Day",
                                          "name_bn": "প্রজাতন্ত্র দিবস"})
    second_bundle, second = tmp_path / "b2.shakha", tmp_path / "r2.shakha"
    export_bundle(engine, second_bundle)  # before the first receipt is back
    import_bundle(hq, hq_keys(), second_bundle, second)
    assert b"argon2id" not in first.read_bytes()  # sealed: a lost stick shows nothing
    for receipt in ([first, second] if order == "in order" else [second, first]):
        import_receipt(engine, receipt)
    assert _holidays(engine) == ["বড়দিন ২৫", "প্রজাতন্ত্র দিবস"]
    with Session(engine) as s:
        from app.db.models import Staff
        from app.sync.outbox import get_state

        assert get_state(s, "ref_cursor") == "4"
        assert s.query(Staff).filter_by(username="officer9").one().full_name_bn == "রিনা দাস"


def test_a_receipt_opens_only_with_the_device_it_was_sealed_to(engine, hq, exported,
                                                                tmp_path):
    key, bundle = exported
    receipt = tmp_path / "r.shakha"
    import_bundle(hq, hq_keys(), bundle, receipt)
    register(hq, engine)  # a new enrolment: another device key, which cannot open it
    with pytest.raises(SyncError, match="cannot be used"):
        import_receipt(engine, receipt)
    data = bytearray(receipt.read_bytes())
    data[-5] ^= 0x01
    receipt.write_bytes(bytes(data))
    with pytest.raises(SyncError, match="cannot be used"):
        import_receipt(engine, receipt)
    assert outbox_count(engine) == 1  # nothing acknowledged, nothing pruned


def test_a_bundle_opens_only_with_head_offices_private_key(hq, exported):
    _key, bundle = exported
    blob = bundle.read_bytes()
    assert blob.startswith(SEALED) and MAGIC not in blob
    assert hq_keys().open_sealed(blob).startswith(MAGIC)
    with pytest.raises(WireError, match="another head-office key"):
        HqKeys.generate().open_sealed(blob)


def test_importing_the_same_bundle_twice_changes_nothing(hq, exported, tmp_path):
    _key, bundle = exported
    first = import_bundle(hq, hq_keys(), bundle, tmp_path / "r1")
    state = _hq_state(hq)
    second = import_bundle(hq, hq_keys(), bundle, tmp_path / "r2")
    assert (second.acked_seq, _hq_state(hq)) == (first.acked_seq, state)


@pytest.mark.parametrize("where", [-5, 40, 60])  # tag, ephemeral key, nonce
def test_a_tampered_bundle_is_refused_and_changes_nothing(hq, exported, tmp_path, where):
    _key, bundle = exported
    data = bytearray(bundle.read_bytes())
    data[where] ^= 0xFF
    bundle.write_bytes(bytes(data))
    _refused(hq, bundle, tmp_path / "r", "altered")


@pytest.mark.parametrize("keep", [0.5, 0.99])
def test_a_truncated_bundle_is_refused_and_changes_nothing(hq, exported, tmp_path, keep):
    _key, bundle = exported
    data = bundle.read_bytes()
    bundle.write_bytes(data[:int(len(data) * keep)])
    _refused(hq, bundle, tmp_path / "r", "altered or is truncated")


def test_a_bundle_cut_inside_its_header_is_refused(hq, exported, tmp_path):
    _key, bundle = exported
    bundle.write_bytes(bundle.read_bytes()[:30])
    _refused(hq, bundle, tmp_path / "r", "truncated")


def test_a_bundle_encrypted_to_another_head_office_is_refused(engine, hq, tmp_path):
    branch_with_meeting(engine)
    register(hq, engine)
    with Session(engine) as s, s.begin():
        set_state(s, "hq_bundle_key", HqKeys.generate().bundle_public)
    bundle = tmp_path / "b.shakha"
    export_bundle(engine, bundle)
    _refused(hq, bundle, tmp_path / "r", "another head-office key")


def test_an_unencrypted_bundle_is_refused(engine, hq, exported, tmp_path):
    key, bundle = exported
    bundle.write_bytes(hq_keys().open_sealed(bundle.read_bytes()))
    _refused(hq, bundle, tmp_path / "r", "not encrypted")


def test_a_bundle_signed_with_another_branchs_key_is_refused_with_an_alarm(
        engine, hq, exported, tmp_path, _migrated_template):
    _key, bundle = exported
    from app.db.engine import open_engine
    from app.sync.bundle import split
    from tests.builders import make_branch

    other_path = tmp_path / "other.db"
    dbfiles.copy_db(_migrated_template, other_path)
    other = open_engine(other_path)
    with Session(other) as s, s.begin():
        make_branch(s, code="OTHER")
    register(hq, other, "OTHER")
    stolen = device_key(other)  # another branch's device signs BJS-001's bundle
    other.dispose()
    body = decode(split(MAGIC, hq_keys().open_sealed(bundle.read_bytes()))[1])
    bundle.write_bytes(seal(hq_keys().bundle_public,
                            pack(MAGIC, signed_by(stolen, BUNDLE), body)))
    _refused(hq, bundle, tmp_path / "r", "OTHER's device key")
    with Session(hq) as s:
        assert "foreign" in s.scalars(select(HqAlarm.kind)).all()


def test_exporting_before_the_branch_is_enrolled_is_refused_clearly(engine, tmp_path):
    branch_with_meeting(engine)
    with pytest.raises(NotEnrolled, match="not enrolled"):
        export_bundle(engine, tmp_path / "b.shakha")
    assert not (tmp_path / "b.shakha").exists()


def _two_receipts(engine, hq, tmp_path):
    from tests.sync.world import post_fee

    branch_with_meeting(engine)
    key = register(hq, engine)
    sync(engine, hq)
    receipts = []
    for n, amount in enumerate((1_00, 2_00)):
        post_fee(engine, amount)
        export_bundle(engine, tmp_path / f"b{n}")
        import_bundle(hq, hq_keys(), tmp_path / f"b{n}", tmp_path / f"r{n}")
        receipts.append(tmp_path / f"r{n}")
    return key, receipts


def test_an_older_receipt_carried_back_late_changes_nothing(engine, hq, tmp_path):
    key, (older, newer) = _two_receipts(engine, hq, tmp_path)
    assert import_receipt(engine, newer) == 3
    assert import_receipt(engine, older) == 3  # late, not an alarm
    assert import_receipt(engine, newer) == 3 and outbox_count(engine) == 0


def test_a_receipt_acknowledging_less_is_late_whatever_time_it_carries(engine, hq, tmp_path):
    """Receipts are ordered by what they acknowledge, never by head office's clock: one
    written while that clock was days ahead is still the older one, and changes nothing
    (neither the acknowledgement nor the date guard)."""
    key, (_older, newer) = _two_receipts(engine, hq, tmp_path)
    import_receipt(engine, newer)
    with Session(engine) as s:
        told = get_state(s, "server_time")
    late = tmp_path / "late.shakha"
    keys = hq_keys()
    late.write_bytes(seal(device_key(engine).public()["seal_public"], pack(
        RECEIPT, lambda data: keys.sign(RECEIPT_LABEL, data), {
            "branch": "BJS-001", "acked_seq": 2, "acked_hash": "0" * 64, "epoch": 1,
            "server_time": "2999-01-01T00:00:00"})))
    assert import_receipt(engine, late) == 3
    with Session(engine) as s:
        assert get_state(s, "server_time") == told
        assert get_state(s, "acked_seq") == "3"


def test_a_fresh_answer_acknowledging_less_is_still_an_alarm(engine, hq, tmp_path):
    """Head office losing events is seen in an answer bound to the branch's own request
    (online): record_ack refuses it and says so."""
    from app.sync.outbox import record_ack

    key, (_older, newer) = _two_receipts(engine, hq, tmp_path)
    import_receipt(engine, newer)
    with pytest.raises(SyncError, match="fewer events"):
        record_ack(engine, 1, "0" * 64, 1, "2026-01-01T00:00:00")
