"""Closing the day on the Cash page: meetings first, then the count; a difference is
recorded to suspense with a reason and settled from Cash differences…"""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.services.cash_differences import cash_differences
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from tests.services.meeting_world import meeting_world
from ui.context import AppContext
from ui.i18n import set_language
from ui.views.cash_view import CashView
from ui.views.day_close import CashDifferencesDialog


def _page(engine, qtbot, actor, lang="en"):
    view = CashView(AppContext(engine, actor, lang))
    qtbot.addWidget(view)
    view.refresh()
    return view


def test_unposted_meetings_are_named_before_any_cash_is_counted(engine, qtbot, monkeypatch):
    world = meeting_world(engine)
    told, asked = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: asked.append(a) or ("", False))
    _page(engine, qtbot, world.manager).close_the_day()
    assert asked == [] and "not posted" in told[0]


def test_a_shortage_is_closed_into_suspense_with_a_reason_and_settled(engine, qtbot,
                                                                     monkeypatch):
    world = meeting_world(engine)
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 100_00, (
        MeetingRow(world.members[0], repayment_minor=100_00),)))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    answers = iter([("90", True), ("Counted twice: 10 missing", True)])
    labels = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: labels.append(a[2]) or next(answers))
    view = _page(engine, qtbot, world.manager)
    view.close_the_day()
    assert "10.00 short" in labels[1]
    [difference] = cash_differences(engine)
    assert (difference.amount_minor, difference.reason) == (10_00, "Counted twice: 10 missing")
    view.refresh()
    assert "In suspense until settled: short 10.00" in view.summary.text()
    dialog = CashDifferencesDialog(view.ctx, view)
    qtbot.addWidget(dialog)
    assert dialog.settle("recovered", "Paid back by the cashier, receipt 9")
    assert cash_differences(engine) == []
    view.refresh()
    assert "In suspense" not in view.summary.text()


def test_the_footer_follows_a_switch_of_language(engine, qtbot):
    world = meeting_world(engine)
    view = _page(engine, qtbot, world.manager, "bn")
    set_language(view.ctx, "bn")
    assert "প্রারম্ভিক" in view.summary.text() or "০.০০" in view.summary.text()
    set_language(view.ctx, "en")
    assert view.summary.text().startswith("Opening 0.00")
