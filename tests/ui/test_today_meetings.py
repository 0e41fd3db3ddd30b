"""Today as the meeting calendar: step through days, mark a meeting not held, move it,
and (the manager) reverse a posted one — all from the keyboard."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import Session

from app.db.models import Holiday, Meeting
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from tests.services.meeting_world import TODAY, meeting_world
from tests.ui.keys import active
from ui.context import AppContext
from ui.views.today_view import TodayView


@pytest.fixture(autouse=True)
def _no_popups(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    return shown


def _view(engine, qtbot, actor):
    view = active(qtbot, TodayView(AppContext(engine, actor, "en")))
    view.table.selectRow(0)
    return view


def _meeting(engine, meeting_id):
    with Session(engine) as s:
        return s.get(Meeting, meeting_id)


def test_alt_arrows_step_through_the_meeting_calendar(engine, qtbot):
    world = meeting_world(engine)
    view = _view(engine, qtbot, world.manager)
    assert [m.meeting_id for m in view.model.rows] == [world.meeting_id]
    for _ in range(7):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.day() == date(2026, 12, 2)
    assert [m.group_id for m in view.model.rows] == [world.group_id]  # next Wednesday
    assert "2026" in view.title.text()
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert view.day() == TODAY and view.title.text() == "Today's meetings"


def test_a_meeting_marked_not_held_keeps_its_reason(engine, qtbot):
    world = meeting_world(engine)
    view = _view(engine, qtbot, world.officer)
    assert view.not_held("Flood on the road")
    meeting = _meeting(engine, world.meeting_id)
    assert (meeting.status, meeting.reason) == ("not_held", "Flood on the road")
    assert view.model.rows[0].status == "not_held"


def test_a_meeting_is_moved_to_a_day_typed_day_first(engine, qtbot, _no_popups):
    world = meeting_world(engine)
    view = _view(engine, qtbot, world.officer)
    assert not view.move("31/11/2026", "Festival")
    assert "Not a date" in _no_popups[-1]
    assert view.move("২৭/১১/২০২৬", "Festival")
    meeting = _meeting(engine, world.meeting_id)
    assert (meeting.scheduled_on, meeting.rescheduled_from) == (date(2026, 11, 27), TODAY)
    assert view.model.rows == []


def test_the_manager_reverses_a_posted_meeting_from_today(engine, qtbot):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 100_00, (
        MeetingRow(world.members[0], "present", 100_00),)))
    officer_view = _view(engine, qtbot, world.officer)
    assert not officer_view.buttons["reverse"].isVisibleTo(officer_view)
    view = _view(engine, qtbot, world.manager)
    assert view.buttons["reverse"].isVisibleTo(view)
    assert view.reverse("Entered for the wrong group")
    assert _meeting(engine, world.meeting_id).status == "reversed"


def test_a_move_refused_opens_the_boxes_again_with_what_was_typed(engine, qtbot, _no_popups,
                                                                   monkeypatch):
    from ui.views import meeting_actions

    world = meeting_world(engine)
    with Session(engine) as s, s.begin():
        s.add(Holiday(on_date=date(2026, 11, 26), name_en="Holiday", name_bn="ছুটি"))
    typed = iter(["26/11/2026", "Festival", "27/11/2026", "Festival"])
    offered: list[str] = []

    def ask(_parent, _title, _label, text=""):
        offered.append(text)
        return next(typed)

    monkeypatch.setattr(meeting_actions, "_ask", ask)
    view = _view(engine, qtbot, world.officer)
    assert view.move()
    assert "is a holiday" in _no_popups[-1]
    assert offered[2:] == ["26/11/2026", "Festival"]  # the second time, what was typed
    assert _meeting(engine, world.meeting_id).scheduled_on == date(2026, 11, 27)


def test_totals_leave_out_a_meeting_not_held(engine, qtbot):
    world = meeting_world(engine)
    view = _view(engine, qtbot, world.officer)
    assert "Meetings: 1" in view.summary.text()
    view.not_held("Flood on the road")
    assert view.summary.text().startswith("Meetings: 0 · total due 0.00")
    assert "not held: 1" in view.summary.text()


def test_enter_on_a_posted_meeting_shows_it_read_only_and_posting_says_what(engine, qtbot,
                                                                           monkeypatch):
    from ui.views.meeting_entry import MeetingEntryDialog

    world = meeting_world(engine)
    view = _view(engine, qtbot, world.officer)
    opened = []

    def post_from_the_dialog(dialog):
        opened.append(dialog.read_only)
        if not dialog.read_only:
            dialog.table.item(0, 7).setText("100")
            dialog.cash.setText("100")
            dialog.post()
        return 1

    monkeypatch.setattr(MeetingEntryDialog, "exec", post_from_the_dialog)
    view.open_meeting()
    assert view.notice.isVisible() and "100.00 collected" in view.notice.text()
    view.table.selectRow(0)
    view.open_meeting()
    assert opened == [False, True]
