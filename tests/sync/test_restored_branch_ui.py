"""A database restored from an old backup: the manager continues in a new epoch from the
Sync page, without the command line."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.db.models import Staff
from app.db.uow import Actor
from app.errors import PermissionDenied
from app.headoffice.epochs import confirm_epoch
from app.headoffice.ingest import verify_chain
from app.sync.outbox import RestoredFromBackup, local_cursor
from app.sync.service import (
    restored_from_backup,
    save_sync_settings,
    start_new_epoch,
    sync_with_head_office,
)
from tests import dbfiles
from tests.sync.netfaults import LiveHq
from tests.sync.world import branch_with_meeting, hq_keys, outbox_count, post_fee, register
from ui.context import AppContext
from ui.views.sync_view import View


@pytest.fixture
def restored(engine, hq, db_path, tmp_path):
    """A backup taken with event 1 unsent; the live database then synced events 1–2;
    the backup, restored, posted its own event 2 and tried to sync."""
    server = LiveHq(hq, hq_keys())
    world = branch_with_meeting(engine)
    register(hq, engine)
    save_sync_settings(engine, Actor.system(), f"http://127.0.0.1:{server.port}")
    engine.dispose()
    backup = tmp_path / "old.db"
    dbfiles.copy_db(db_path, backup)
    post_fee(engine, 9_00)
    sync_with_head_office(engine)
    old = open_engine(backup)
    post_fee(old, 4_00)
    with pytest.raises(RestoredFromBackup):
        sync_with_head_office(old)
    confirm_epoch(hq, "BJS-001", "the regional manager")  # the branch called head office
    yield old, world
    old.dispose()
    server.stop()


def test_the_manager_continues_a_restored_database_in_a_new_epoch(restored, hq):
    old, world = restored
    assert restored_from_backup(old)
    with pytest.raises(PermissionDenied):
        start_new_epoch(old, world.officer)
    start_new_epoch(old, world.manager)
    assert not restored_from_backup(old)
    assert local_cursor(old).epoch == 2 and outbox_count(old) == 0
    assert verify_chain(hq, "BJS-001") == (3, None)


def test_the_sync_page_offers_the_new_epoch_only_after_a_restore(restored, hq, qapp, qtbot,
                                                                  monkeypatch):
    old, world = restored
    with Session(old) as s:
        officer = s.get(Staff, world.officer.staff_id)
    officer_view = View(AppContext(old, Actor(officer.id, officer.username, "field_officer"),
                                   "en"))
    qtbot.addWidget(officer_view)
    assert officer_view.epoch_button.isHidden()  # the manager decides
    view = View(AppContext(old, world.manager, "en"))
    qtbot.addWidget(view)
    assert not view.epoch_button.isHidden()
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.epoch_button.click()
    qtbot.waitUntil(lambda: view.epoch_button.isHidden() and view.error.text() == "",
                    timeout=15_000)
    assert local_cursor(old).epoch == 2


def test_without_a_network_the_new_epoch_goes_by_usb_from_the_sync_page(
        restored, hq, qapp, qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from app.headoffice.usb import import_bundle
    from app.sync.service import export_usb_bundle, import_usb_receipt

    old, world = restored
    request = tmp_path / "new-epoch.shakha"
    told = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(request), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    view = View(AppContext(old, world.manager, "en"))
    qtbot.addWidget(view)
    assert not view.epoch_usb_button.isHidden()
    view.epoch_usb_button.click()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    assert request.exists() and "Import the receipt" in told[0]
    import_bundle(hq, hq_keys(), request, tmp_path / "receipt-1.shakha")  # at head office
    import_usb_receipt(old, str(tmp_path / "receipt-1.shakha"))  # back at the branch
    assert local_cursor(old).epoch == 2 and not restored_from_backup(old)
    export_usb_bundle(old, str(tmp_path / "bundle.shakha"))
    import_bundle(hq, hq_keys(), tmp_path / "bundle.shakha", tmp_path / "receipt-2.shakha")
    import_usb_receipt(old, str(tmp_path / "receipt-2.shakha"))
    assert outbox_count(old) == 0 and verify_chain(hq, "BJS-001") == (3, None)
