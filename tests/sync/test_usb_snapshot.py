"""First sync by USB: a branch with history sends it beside its first bundle."""

from datetime import date

import pytest
from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.demo import generate_demo
from app.headoffice.ingest import Refused
from app.headoffice.models import HqBranch
from app.headoffice.usb import import_bundle
from app.sync.bundle import import_receipt
from app.sync.usb_snapshot import export_with_snapshot, snapshot_path
from tests.sync.world import branch_journal_total, hq_keys, hq_ledger_total, register


@pytest.fixture
def usb_branch(tmp_path, hq):
    """A demo branch with a year of history that has never synced over the network."""
    path = tmp_path / "branch.db"
    generate_demo(path, members=20, years=1, seed=3, branch_code="BJS-001",
                  today=date(2026, 11, 25))
    engine = open_engine(path)
    key = register(hq, engine)
    yield engine, key
    engine.dispose()


def _finished(hq) -> str | None:
    with Session(hq) as s:
        return s.get(HqBranch, "BJS-001").snapshot_id


def test_the_history_goes_beside_the_first_bundle_and_head_office_then_equals_the_branch(
        usb_branch, hq, tmp_path):
    engine, key = usb_branch
    bundle, receipt = tmp_path / "b.shakha", tmp_path / "r.shakha"
    events, chunks = export_with_snapshot(engine, bundle)
    assert chunks and chunks > 1 and snapshot_path(bundle).exists()
    for _ in range(2):  # the same stick imported twice changes nothing
        import_bundle(hq, hq_keys(), bundle, receipt)
        assert hq_ledger_total(hq) == branch_journal_total(engine)
    import_receipt(engine, receipt)
    assert _finished(hq) is not None
    assert export_with_snapshot(engine, bundle) == (0, None)
    assert not snapshot_path(bundle).exists()  # the confirmed history is not sent again


@pytest.mark.parametrize("damage", ["flipped byte", "cut short"])
def test_a_damaged_snapshot_is_refused_left_unfinished_and_answers_no_receipt(
        usb_branch, hq, tmp_path, damage):
    engine, key = usb_branch
    bundle, receipt = tmp_path / "b.shakha", tmp_path / "r.shakha"
    export_with_snapshot(engine, bundle)
    data = bytearray(snapshot_path(bundle).read_bytes())
    if damage == "flipped byte":
        data[len(data) // 2] ^= 0x01
    else:
        del data[len(data) - 100:]
    snapshot_path(bundle).write_bytes(bytes(data))
    with pytest.raises(Refused, match="snapshot rejected"):
        import_bundle(hq, hq_keys(), bundle, receipt)
    assert _finished(hq) is None and not receipt.exists()


def test_a_snapshot_carried_late_after_it_was_finished_changes_nothing(usb_branch, hq,
                                                                     tmp_path):
    engine, key = usb_branch
    first, receipt = tmp_path / "b1.shakha", tmp_path / "r.shakha"
    export_with_snapshot(engine, first)
    kept = tmp_path / "old.shakha"
    kept.write_bytes(first.read_bytes())
    snapshot_path(kept).write_bytes(snapshot_path(first).read_bytes())
    import_bundle(hq, hq_keys(), first, receipt)
    held = hq_ledger_total(hq)
    import_bundle(hq, hq_keys(), kept, tmp_path / "r-old.shakha")
    assert hq_ledger_total(hq) == held


def _alarms(hq, kind: str) -> list[str]:
    from sqlalchemy import select

    from app.headoffice.models import HqAlarm

    with Session(hq) as s:
        return list(s.scalars(select(HqAlarm.detail).where(HqAlarm.kind == kind)))


def test_the_snapshot_file_announces_its_manifest_first_and_head_office_checks_it(
        usb_branch, hq, tmp_path, monkeypatch):
    """A snapshot file whose loan image differs from what its own manifest announced
    (a stick written by a tampered exporter) is refused with an alarm, nothing applied;
    the honest file then goes through."""
    import app.sync.usb_snapshot as usb_snapshot
    from app.headoffice.models import HqLoan
    from app.sync.snapshot import snapshot_with_manifest

    engine, key = usb_branch
    bundle, receipt = tmp_path / "b.shakha", tmp_path / "r.shakha"

    def altered(engine_):  # type: ignore[no-untyped-def]
        manifest, chunks = snapshot_with_manifest(engine_)
        name, table, rows = next(c for c in chunks if c[1] == "loan")
        rows[0] = {**rows[0], "status": "closed", "principal_minor": 1}
        return manifest, chunks

    monkeypatch.setattr(usb_snapshot, "snapshot_with_manifest", altered)
    export_with_snapshot(engine, bundle)
    with pytest.raises(Refused, match="loan rows received differ from the manifest"):
        import_bundle(hq, hq_keys(), bundle, receipt)
    assert _finished(hq) is None and not receipt.exists()
    assert len(_alarms(hq, "snapshot")) == 1
    with Session(hq) as s:
        assert s.query(HqLoan).count() == 0 and hq_ledger_total(hq)[0] == 0

    monkeypatch.undo()
    export_with_snapshot(engine, bundle)
    import_bundle(hq, hq_keys(), bundle, receipt)
    assert _finished(hq) is not None
    assert hq_ledger_total(hq) == branch_journal_total(engine)
