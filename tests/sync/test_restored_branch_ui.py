"""A database restored from an old backup: the manager continues in a new epoch from the
Sync page, without the command line."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.db.models import Staff
from app.db.uow import Actor
from app.errors import PermissionDenied
from app.headoffice.ingest import verify_chain
from app.sync.outbox import RestoredFromBackup, local_cursor
from app.sync.service import (
    restored_from_backup,
    save_sync_settings,
    start_new_epoch,
    sync_with_head_office,
)
from tests.sync.netfaults import LiveHq
from tests.sync.world import branch_with_meeting, outbox_count, post_fee, register
from ui.context import AppContext
from ui.views.sync_view import View


@pytest.fixture
def restored(engine, hq, db_path, tmp_path):
    """A backup taken with event 1 unsent; the live database then synced events 1–2;
    the backup, restored, posted its own event 2 and tried to sync."""
    server = LiveHq(hq)
    world = branch_with_meeting(engine)
    key_file = tmp_path / "branch.key"
    key_file.write_text(register(hq))
    save_sync_settings(engine, f"http://127.0.0.1:{server.port}", str(key_file))
    engine.dispose()
    backup = tmp_path / "old.db"
    shutil.copy(db_path, backup)
    post_fee(engine, 9_00)
    sync_with_head_office(engine)
    old = open_engine(backup)
    post_fee(old, 4_00)
    with pytest.raises(RestoredFromBackup):
        sync_with_head_office(old)
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
