from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services.meetings import meeting_sheet
from tests.services.meeting_world import meeting_world
from tests.ui.keys import active, key
from ui.context import AppContext
from ui.views.meeting_entry import ATTENDANCE, RECEIVED, MeetingEntryDialog


def _dialog(engine, qtbot, world):
    ctx = AppContext(engine, world.officer, "en")
    return active(qtbot, MeetingEntryDialog(ctx, world.meeting_id))


def _type(qtbot, dialog, text):
    """Type into the current cell and press Enter, as an officer does."""
    row = dialog.table.currentRow()
    for char in text:
        key(QApplication.focusWidget(), char)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    last = row + 1 == dialog.table.rowCount()
    qtbot.waitUntil(lambda: dialog.table.currentRow() == row + 1 or (
        last and dialog.table.state() != dialog.table.State.EditingState))
    qtbot.waitUntil(lambda: last or isinstance(QApplication.focusWidget(), QLineEdit))


def test_typing_amounts_with_enter_moves_down_and_totals_follow(engine, qtbot):
    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    _type(qtbot, dialog, "120")
    _type(qtbot, dialog, "৮০")  # Bengali digits
    assert (dialog.table.currentRow(), dialog.entry().rows[1].repayment_minor) == (2, 80_00)
    assert "cash to count 200.00" in dialog.totals.text()


def test_the_whole_meeting_is_entered_and_posted_from_the_keyboard(engine, qtbot):
    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    for text in ("১২০", "80", "50", "0", "0"):
        _type(qtbot, dialog, text)
    dialog.table.setCurrentCell(3, ATTENDANCE)
    dialog.table.setFocus()
    _type(qtbot, dialog, "A")
    dialog.cash.setFocus()
    for char in "২৫০":
        key(dialog.cash, char)
    qtbot.keyClick(dialog.cash, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.posted
    assert meeting_sheet(engine, world.meeting_id).status == "posted"


def test_post_is_refused_while_totals_differ_from_the_cash_counted(engine, qtbot, monkeypatch):
    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    messages = []
    monkeypatch.setattr("ui.views.meeting_entry.warn",
                        lambda _p, text: messages.append(text))
    _type(qtbot, dialog, "100")
    dialog.cash.setText("90")
    dialog.post()
    assert not dialog.posted and "cash counted" in messages[0]


def test_closing_keeps_what_was_typed_as_a_draft(engine, qtbot):
    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    _type(qtbot, dialog, "75")
    dialog.reject()
    reopened = _dialog(engine, qtbot, world)
    assert reopened.table.item(0, RECEIVED).text() == "75.00"


def test_space_ticks_closes_loan_which_fills_the_closing_amount_and_posts(engine, qtbot):
    from sqlalchemy.orm import Session

    from app.db.models import Loan
    from ui.views.meeting_entry import CLOSES, USE_CHECKED, WITHDRAWABLE

    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    closing = dialog.sheet.members[0].closing_minor
    assert dialog.table.item(0, WITHDRAWABLE).text() == "0.00"
    for column in (CLOSES, USE_CHECKED):
        dialog.table.setCurrentCell(0, column)
        dialog.table.setFocus()
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.table.item(0, RECEIVED).text() == f"{closing / 100:,.2f}"
    row = dialog.entry().rows[0]
    assert (row.closes_loans, row.utilisation_checked, row.paid_by_group,
            row.repayment_minor) == (True, True, False, closing)
    dialog.cash.setText(f"{closing / 100:.2f}")
    dialog.post()
    assert dialog.posted
    with Session(engine) as s:
        assert s.get(Loan, world.loans[0]).status == "closed"


def test_unticking_closes_loan_clears_the_amount_it_filled(engine, qtbot):
    from ui.views.meeting_entry import CLOSES

    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    dialog.table.setCurrentCell(0, CLOSES)
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.table.item(0, RECEIVED).text()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Space)
    assert dialog.table.item(0, RECEIVED).text() == ""
    assert not dialog.entry().rows[0].closes_loans


def test_a_member_without_a_loan_cannot_tick_closes_loan(engine, qtbot):
    from ui.views.meeting_entry import CLOSES

    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    index = next(i for i, m in enumerate(dialog.sheet.members) if m.loan_id is None)
    assert not dialog.table.item(index, CLOSES).flags() & Qt.ItemFlag.ItemIsEnabled


def test_attendance_shows_in_bengali_letters_and_reads_either_script(engine, qtbot):
    from ui.i18n import install_language

    world = meeting_world(engine)
    install_language("bn")
    try:
        dialog = MeetingEntryDialog(AppContext(engine, world.officer, "bn"), world.meeting_id)
        qtbot.addWidget(dialog)
        assert dialog.table.item(0, ATTENDANCE).text() == "উ"
        dialog.table.item(1, ATTENDANCE).setText("প")
        dialog.table.item(2, ATTENDANCE).setText("A")
        rows = dialog.entry().rows
    finally:
        install_language("en")
    assert [r.attendance for r in rows[:3]] == ["present", "absent_paid", "absent"]
