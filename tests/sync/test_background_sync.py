"""The app syncs by itself when head office answers, quietly when it does not."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

import app.sync.service as service
from app.db.base import utcnow
from app.db.uow import Actor
from app.services.status import status_summary
from app.sync.outbox import get_state, set_state
from app.sync.service import background_sync, save_sync_settings
from tests.sync.world import branch_with_meeting, hq_events, outbox_count, post_fee, register
from ui.context import AppContext
from ui.main_window import MainWindow


def _set_up(engine, url: str, _enrolled, tmp_path) -> None:
    save_sync_settings(engine, Actor.system(), url)


def test_nothing_happens_until_sync_is_set_up(engine, hq):
    branch_with_meeting(engine)
    assert background_sync(engine) is None
    assert outbox_count(engine) == 1


def test_an_unreachable_head_office_is_a_quiet_skip_not_an_error(engine, hq, tmp_path):
    branch_with_meeting(engine)
    _set_up(engine, "http://127.0.0.1:9", register(hq, engine), tmp_path)
    assert background_sync(engine) is None
    status = status_summary(engine)
    assert status.pending_events == 1 and status.last_error_text is None


def test_pending_events_go_when_head_office_answers_then_only_news_is_fetched(
        engine, hq, live, tmp_path):
    branch_with_meeting(engine)
    _set_up(engine, f"http://127.0.0.1:{live.port}", register(hq, engine), tmp_path)
    result = background_sync(engine)
    assert result is not None and result.uploaded == 1
    assert len(hq_events(hq)) == 1 and outbox_count(engine) == 0
    assert background_sync(engine) is None  # nothing waits, news fetched a moment ago
    with Session(engine) as s, s.begin():
        set_state(s, "last_sync_time", (utcnow() - timedelta(minutes=16)).isoformat())
    assert background_sync(engine) is not None  # time to fetch head office's news
    post_fee(engine, 2_00)
    assert background_sync(engine).uploaded == 1


def test_a_background_sync_stands_aside_while_another_sync_runs(engine, hq, live,
                                                                   tmp_path):
    branch_with_meeting(engine)
    _set_up(engine, f"http://127.0.0.1:{live.port}", register(hq, engine), tmp_path)
    with service._ONE_AT_A_TIME:
        assert background_sync(engine) is None
    assert outbox_count(engine) == 1


def test_a_failure_once_connected_is_remembered_for_the_status_bar(engine, hq, live,
                                                                    tmp_path, qapp, qtbot):
    from app.headoffice.devices import revoke_branch

    branch_with_meeting(engine)
    register(hq, engine)
    revoke_branch(hq, "BJS-001")
    _set_up(engine, f"http://127.0.0.1:{live.port}", None, tmp_path)
    with pytest.raises(Exception, match="key"):
        background_sync(engine)
    assert "key" in status_summary(engine).last_error_text
    window = MainWindow(AppContext(engine, Actor.system(), "en"))
    qtbot.addWidget(window)
    assert window.sync_label.text() == "Sync failed · 1 event not yet at head office"
    assert "key" in window.sync_label.toolTip()


def test_the_main_window_syncs_in_the_background_and_updates_the_status_bar(
        engine, hq, live, tmp_path, qapp, qtbot):
    branch_with_meeting(engine)
    _set_up(engine, f"http://127.0.0.1:{live.port}", register(hq, engine), tmp_path)
    window = MainWindow(AppContext(engine, Actor.system(), "en"))
    qtbot.addWidget(window)
    assert window.sync_label.text() == "1 event not yet at head office"
    window.background_sync.check()
    qtbot.waitUntil(lambda: window.sync_label.text() == "Everything is at head office",
                    timeout=15000)
    assert len(hq_events(hq)) == 1
    with Session(engine) as s:
        assert get_state(s, "last_sync_time")
