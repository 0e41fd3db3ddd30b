from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services.meetings import meeting_sheet
from tests.services.meeting_world import meeting_world
from tests.ui.keys import active, key
from ui.context import AppContext
from ui.views.meeting_entry import ATTENDANCE, CLOSES, RECEIVED, MeetingEntryDialog


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


def test_a_letter_and_an_amount_typed_in_latin_show_in_bengali(engine, qtbot):
    """'A' stays 'A' and '120' stays '120' on a Bengali screen no more."""
    from ui.i18n import install_language

    world = meeting_world(engine)
    install_language("bn")
    dialog = _dialog_in(engine, qtbot, world, "bn")
    dialog.table.item(2, ATTENDANCE).setText("A")
    dialog.table.item(0, RECEIVED).setText("120")
    assert (dialog.table.item(2, ATTENDANCE).text(), dialog.table.item(0, RECEIVED).text()) \
        == ("অ", "১২০.০০")
    grey = dialog.table.item(2, 1).background().color().name()
    assert grey != dialog.table.item(1, 1).background().color().name()  # absent: greyed
    assert "উ উপস্থিত" in dialog.legend.text()


def _dialog_in(engine, qtbot, world, lang):
    ctx = AppContext(engine, world.officer, lang)
    dialog = MeetingEntryDialog(ctx, world.meeting_id)
    qtbot.addWidget(dialog)
    return dialog


def test_a_meeting_paying_out_more_than_it_collects_is_posted_with_a_minus(engine, qtbot):
    from app.services.cash_transfers import record_cash_transfer
    from app.services.savings import counter_deposit, open_account
    from ui.views.meeting_entry import WITHDRAWAL

    world = meeting_world(engine)
    saver = world.members[4]  # no loan: her savings are hers to take
    account = open_account(engine, world.manager, saver, kind="compulsory")
    counter_deposit(engine, world.manager, account, 500_00)
    record_cash_transfer(engine, world.manager, "in", 1_000_00, "HO advice")
    dialog = _dialog(engine, qtbot, world)
    row = next(i for i, m in enumerate(dialog.sheet.members) if m.member_id == saver)
    dialog.table.item(0, RECEIVED).setText("50")
    dialog.table.item(row, WITHDRAWAL).setText("200")
    assert "cash paid out 150.00" in dialog.totals.text()
    dialog.cash.setText("−150")
    dialog.post()
    assert dialog.posted and "150.00 paid out" in dialog.result_text
    assert meeting_sheet(engine, world.meeting_id).status == "posted"


def test_a_draft_that_cannot_be_saved_does_not_trap_the_user(engine, qtbot, monkeypatch):
    """A cash box that is no amount: closing offers to discard (Alt+D) or keep editing."""
    asked = []
    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    _type(qtbot, dialog, "75")
    dialog.cash.setText("7o")
    monkeypatch.setattr("ui.guarded_dialog.ask_discard",
                        lambda _p, _t, text: asked.append(text) or False)
    dialog.reject()
    assert dialog.isVisible() and "7o" in asked[0]  # kept: she mends it
    monkeypatch.setattr("ui.guarded_dialog.ask_discard", lambda *_a: True)
    dialog.reject()
    assert not dialog.isVisible()
    assert meeting_sheet(engine, world.meeting_id).draft is None


def test_the_counted_cash_box_keeps_its_size_when_an_amount_is_wrong(engine, qtbot):
    world = meeting_world(engine)
    dialog = _dialog(engine, qtbot, world)
    width = dialog.cash.width()
    dialog.table.item(0, RECEIVED).setText("12x")
    assert "red cells" in dialog.totals.text() and dialog.cash.width() == width


def test_a_posted_meeting_opens_read_only_and_a_reversed_one_to_enter_again(engine, qtbot):
    from app.services.meetings import MeetingEntry, MeetingRow, post_meeting, reverse_meeting

    world = meeting_world(engine)
    post_meeting(engine, world.officer, MeetingEntry(world.meeting_id, 100_00, (
        MeetingRow(world.members[0], repayment_minor=100_00),)))
    shown = _dialog(engine, qtbot, world)
    assert shown.read_only and not shown.post_button.isVisible()
    assert shown.table.item(0, RECEIVED).text() == "100.00"
    assert not shown.table.item(0, RECEIVED).flags() & Qt.ItemFlag.ItemIsEditable
    assert "read only" in shown.note.text()
    shown.reject()
    reverse_meeting(engine, world.manager, world.meeting_id, "typed in the wrong row")
    again = _dialog(engine, qtbot, world)
    assert not again.read_only and again.table.item(0, RECEIVED).text() == "100.00"
    assert "wrong row" in again.note.text()
    again.table.item(0, RECEIVED).setText("")
    again.table.item(1, RECEIVED).setText("100")
    again.cash.setText("100")
    again.post()
    assert again.posted
    rows = {r.member_id: r.repayment_minor for r in
            meeting_sheet(engine, world.meeting_id).posted.rows}
    assert (rows[world.members[0]], rows[world.members[1]]) == (0, 100_00)


def test_an_amount_that_would_close_her_loan_stays_when_the_meeting_opens_again(engine, qtbot):
    """Her last installment (or a draft) equal to what closes her loan, 'closes loan' not
    ticked: opening the meeting again (or switching the language) keeps the amount — it
    was cleared once, as if she had unticked the box."""
    from app.services.meetings import MeetingEntry, MeetingRow, save_draft
    from ui.i18n import set_language

    world = meeting_world(engine)
    closing = meeting_sheet(engine, world.meeting_id).members[0].closing_minor
    assert closing > 0
    save_draft(engine, world.officer, MeetingEntry(world.meeting_id, closing, (
        MeetingRow(world.members[0], repayment_minor=closing),)))
    dialog = _dialog(engine, qtbot, world)
    assert dialog.entry().rows[0].repayment_minor == closing
    set_language(dialog.ctx, "bn")
    set_language(dialog.ctx, "en")
    assert dialog.entry().rows[0].repayment_minor == closing
    assert not dialog.table.ticked(0, CLOSES)
