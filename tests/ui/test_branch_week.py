"""A whole branch week through the real widgets, at 1024 × 768, in Bengali and English.

A demo branch (its groups meet on every working day), and the people of the branch each
in their own main window, doing what the week brings: the field officer enters her
meeting from Today with the keyboard; the manager reverses it (a wrong row) and she
enters it again; the manager sanctions an application with a note, the borrower agrees
to the KFS and the loan is paid out with the amount to hand over said; the day is closed
with the cash 50 short, which goes to suspense with a reason and is settled the next day;
a meeting pays out more savings than it collects (posted as −N); the accountant prints a
passbook and stops at the first page turn; every day of the week is closed.

Every dialog the week opens is opened by the app itself (its own `exec`), shown on the
1024 × 768 screen, checked to fit (tests/ui/test_every_window_fits.fits) and saved as a
PNG (to $SHAKHA_SCREENSHOTS when set), and every page of each main window likewise.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QLineEdit, QMessageBox
from sqlalchemy.orm import Session

from app.clock import CLOCK
from app.db.engine import open_engine
from app.db.ledger import CASH_SIGN
from app.db.models import Group, Loan, Meeting, Member, Staff
from app.demo import generate_demo
from app.format import format_amount
from app.services.branch import branch_info
from app.services.cash import cash_book
from app.services.cash_differences import cash_differences
from app.services.meetings import meeting_sheet
from app.services.printing import passbook_state
from app.services.users import authenticate
from tests.ui.keys import key, type_text
from tests.ui.test_every_window_fits import fits, outside, screenshots
from ui.context import AppContext
from ui.i18n import install_language
from ui.main_window import PAGES, MainWindow
from ui.views.meeting_entry import DEPOSIT, RECEIVED, WITHDRAWAL

MONDAY = date(2026, 11, 23)
TODAY = date(2026, 11, 25)  # a Wednesday
WEEK = 6  # working days: Wednesday to the next Tuesday
# what the branch's people type, in their language
TYPED = {
    "en": {"reverse": "Typed in the wrong row", "sanction": "Two clean cycles; the group "
           "vouches for her", "short": "Counted twice at the counter",
           "settled": "Paid back by the cashier, voucher 12"},
    "bn": {"reverse": "ভুল সারিতে লেখা হয়েছিল", "sanction": "দুটি চক্র নিয়মিত; দল তাঁর "
           "হয়ে নিশ্চয়তা দেয়", "short": "কাউন্টারে দুবার গোনা হয়েছে",
           "settled": "ক্যাশিয়ার ফেরত দিয়েছেন, ভাউচার ১২"},
}


class Screen:
    """The app's dialogs as a user meets them: each one the app opens (`exec`) is shown,
    checked to fit, photographed, then handled by the next step of the script."""

    def __init__(self, qtbot: Any, folder: Path, lang: str) -> None:
        self.qtbot, self.folder, self.lang = qtbot, folder, lang
        self.tag = lang
        self.script: list[Callable[[Any], None]] = []
        self.seen: list[str] = []
        self.misfits: dict[str, object] = {}
        self.answers: list[tuple[str, bool]] = []  # QInputDialog's, in order
        self.asked: list[str] = []  # the labels it was asked with
        self.told: list[str] = []  # message boxes' texts

    def exec(self, dialog: QDialog) -> int:
        dialog.show()
        self.qtbot.waitExposed(dialog)
        dialog.activateWindow()
        self.qtbot.waitUntil(dialog.isActiveWindow)
        name = f"{len(self.seen) + 1:02d}-{type(dialog).__name__}"
        self.seen.append(type(dialog).__name__)
        problems = fits(dialog)
        if problems:
            self.misfits[name] = problems
        dialog.grab().save(str(self.folder / f"week-{name}-{self.tag}.png"))
        assert self.script, f"{name} opened with nothing left to do in it"
        self.script.pop(0)(dialog)
        if dialog.isVisible():
            dialog.done(dialog.result())
        return dialog.result()

    def get_text(self, *args: Any, **_kw: Any) -> tuple[str, bool]:
        self.asked.append(args[2])
        assert self.answers, f"asked {args[2]!r} with no answer ready"
        return self.answers.pop(0)

    def get_item(self, *args: Any, **_kw: Any) -> tuple[str, bool]:
        self.asked.append(args[2])
        return args[3][0], True  # the first choice (cash; recovered)

    def tell(self, *args: Any, **_kw: Any) -> Any:
        self.told.append(args[2])
        return QMessageBox.StandardButton.Ok


@pytest.fixture
def branch(tmp_path, qapp, request):
    CLOCK.set_today(date(2026, 12, 31))  # the computer's calendar is ahead of the week
    path = tmp_path / "branch.db"
    generate_demo(path, members=60, years=1, seed=11, today=TODAY,
                  profile=request.node.callspec.params["profile"])
    engine = open_engine(path, background_checkpoints=False)
    yield engine
    engine.dispose()


@pytest.fixture
def screen(qtbot, tmp_path, monkeypatch, request):
    lang = request.node.callspec.params["lang"]
    shown = Screen(qtbot, screenshots(tmp_path), lang)
    shown.tag = f"{lang}-{request.node.callspec.params['profile']}"
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.exec(dialog))
    monkeypatch.setattr(QInputDialog, "getText", shown.get_text)
    monkeypatch.setattr(QInputDialog, "getItem", shown.get_item)
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name, shown.tell)
    return shown


def _window(qtbot, engine, username: str, lang: str, screen: Screen) -> MainWindow:
    """The main window of one person of the branch, logged in with the demo password,
    on the whole 1024 × 768 screen; each page is looked at and must fit."""
    actor = authenticate(engine, username, "demo")
    install_language(lang)
    window = MainWindow(None, lang)
    window.attach(AppContext(engine, actor, lang))
    qtbot.addWidget(window)
    window.resize(1024, 728)
    window.show()
    qtbot.waitExposed(window)
    return window


def _look_at(window: MainWindow, name: str, screen: Screen) -> Any:
    window.nav.setCurrentRow(PAGES.index(name))
    page = window.page(name)
    page.refresh()
    cut = outside(window)
    if cut:
        screen.misfits[f"{window.ctx.actor.username}:{name}"] = cut
    window.grab().save(str(screen.folder / f"week-{window.ctx.actor.username}-{name}-"
                                           f"{screen.tag}.png"))
    return page


def _select(page: Any, wanted: Callable[[Any], bool]) -> Any:
    rows = list(page.model.rows)
    index = next(i for i, row in enumerate(rows) if wanted(row))
    page.table.selectRow(index)
    page.table.setCurrentIndex(page.model.index(index, 0))
    return rows[index]


def _digits(text: str, lang: str) -> str:
    return text.translate(str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")) if lang == "bn" else text


def _amount_typed(minor: int, lang: str) -> str:
    return _digits(f"{minor // 100}.{minor % 100:02d}", lang)


def _todays_meeting(engine, on: date) -> tuple[int, str]:
    """The meeting of `on` and the username of the officer whose group it is."""
    with Session(engine) as s:
        meeting, username = s.execute(
            Meeting.__table__.select().with_only_columns(Meeting.id, Staff.username)
            .join_from(Meeting, Group, Group.id == Meeting.group_id)
            .join(Staff, Staff.id == Group.field_officer_id)
            .where(Meeting.scheduled_on == on).order_by(Meeting.id)).first()
    return meeting, username


def _enter_by_keyboard(qtbot: Any, dialog: Any, lang: str) -> None:
    """Every member's dues typed in the Received column, Enter after each; then the cash
    counted, and Ctrl+Enter posts."""
    last = len(dialog.sheet.members) - 1
    for row, member in enumerate(dialog.sheet.members):  # the sheet's order, top down
        assert dialog.table.currentRow() == row
        for char in _amount_typed(member.due_minor + member.arrears_minor, lang):
            key(QApplication.focusWidget(), char)  # the first key opens the cell
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda r=row: dialog.table.currentRow() == r + 1 or (
            r == last and dialog.table.state() != dialog.table.State.EditingState))
        qtbot.waitUntil(lambda r=row: r == last
                        or isinstance(QApplication.focusWidget(), QLineEdit))
    entry = dialog.entry()
    counted = sum(r.repayment_minor + r.savings_deposit_minor - r.savings_withdrawal_minor
                  for r in entry.rows)
    dialog.cash.setFocus()
    type_text(dialog.cash, _amount_typed(counted, lang))
    qtbot.keyClick(dialog.cash, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.posted, dialog.totals.text()


def _post_as_due(dialog: Any) -> None:
    """A meeting where everyone paid what was due and her savings (typed straight into
    the cells)."""
    for row, member in enumerate(dialog.sheet.members):
        dialog.table.item(row, RECEIVED).setText(
            format_amount(member.due_minor + member.arrears_minor, "en"))
        dialog.table.item(row, DEPOSIT).setText(format_amount(member.savings_due_minor, "en"))
    entry = dialog.entry()
    dialog.cash.setText(format_amount(sum(r.repayment_minor + r.savings_deposit_minor
                                          for r in entry.rows), "en"))
    dialog.post()
    assert dialog.posted, dialog.totals.text()


def _pays_out_more_than_it_collects(dialog: Any) -> None:
    """Nobody repays today; one member takes out most of her savings: −N counted."""
    rows = dialog.sheet.members
    saver = max(range(len(rows)), key=lambda r: rows[r].withdrawable_minor)
    for row in range(len(rows)):
        dialog.table.item(row, RECEIVED).setText("0")
    out = rows[saver].withdrawable_minor // 2 // 100 * 100
    assert out > 0
    dialog.table.item(saver, WITHDRAWAL).setText(format_amount(out, "en"))
    entry = dialog.entry()
    net = sum(r.repayment_minor + r.savings_deposit_minor - r.savings_withdrawal_minor
              for r in entry.rows)
    assert net < 0
    dialog.cash.setText("−" + format_amount(-net, "en"))
    dialog.post()
    assert dialog.posted, dialog.totals.text()


def _close_day(window: MainWindow, screen: Screen, short_minor: int = 0,
               reason: str = "") -> date:
    engine = window.ctx.engine
    on = branch_info(engine).business_date
    closing = cash_book(engine, on).closing_minor
    screen.answers.append((_amount_typed(closing - short_minor, screen.lang), True))
    if short_minor:
        screen.answers.append((reason, True))
    _look_at(window, "cash", screen).close_the_day()
    after = branch_info(engine).business_date
    assert after > on, screen.told[-3:]
    return after


def _print_passbook_stopping_at_the_first_turn(tmp_path: Path) -> Callable[[Any], None]:
    def drive(preview: Any) -> None:
        printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "passbook.pdf"))
        answers = iter([True, False])  # page 1 in the printer; at the turn, stop
        preview._ask = lambda prompt: next(answers)
        assert preview.print_on(printer) == 1
        preview.reject()
    return drive


@pytest.mark.parametrize(("lang", "profile"), [
    ("bn", "india_rbi"), ("en", "india_rbi"), ("bn", "bangladesh_mra")])
def test_a_branch_week_on_screen(branch, screen, qtbot, tmp_path, lang, profile):
    """West Bengal's branch in Bengali and in English, and Bangladesh's in its own
    Bengali words."""
    engine = branch
    manager = _window(qtbot, engine, "manager", lang, screen)
    for name in PAGES:
        if name != "settings":
            _look_at(manager, name, screen)

    # Wednesday: the officer enters her meeting from Today, by the keyboard
    meeting_id, username = _todays_meeting(engine, TODAY)
    officer = _window(qtbot, engine, username, lang, screen)
    today = _look_at(officer, "today", screen)
    _select(today, lambda m: m.meeting_id == meeting_id)
    screen.script.append(lambda d: _enter_by_keyboard(qtbot, d, lang))
    today.open_meeting()
    assert meeting_sheet(engine, meeting_id).status == "posted"
    assert today.notice.isVisible() and today.notice.text()
    first_posted = meeting_sheet(engine, meeting_id).posted

    # the manager reverses it (a wrong row) — and the officer enters it again
    today_m = _look_at(manager, "today", screen)
    _select(today_m, lambda m: m.meeting_id == meeting_id)
    typed = TYPED[lang]
    screen.answers.append((typed["reverse"], True))
    assert today_m.reverse()
    assert meeting_sheet(engine, meeting_id).status == "reversed"

    def enter_again(dialog: Any) -> None:
        assert not dialog.read_only and typed["reverse"] in dialog.note.text()
        assert sorted(dialog.entry().rows, key=str) == sorted(first_posted.rows, key=str)
        dialog.cash.setText(format_amount(first_posted.cash_counted_minor, "en"))
        dialog.post()
        assert dialog.posted

    today = _look_at(officer, "today", screen)
    _select(today, lambda m: m.meeting_id == meeting_id)
    screen.script.append(enter_again)
    today.open_meeting()
    assert meeting_sheet(engine, meeting_id).status == "posted"

    # the manager sanctions an application with a note, the KFS is agreed, paid out
    loans = _look_at(manager, "loans", screen)
    application = _select(loans, lambda r: r.status == "applied")
    screen.answers.append((typed["sanction"], True))
    hand_over: list[str] = []

    def sanction_kfs_disburse(page: Any) -> None:
        assert page.sanction()
        screen.script.insert(0, agree_to_kfs)
        page.show_kfs()
        assert page.disburse()
        hand_over.append(screen.asked[-1])
        page.accept()

    def agree_to_kfs(kfs: Any) -> None:
        apr = next(value for label, value in kfs.fact_labels if "APR" in label.text())
        assert "%" in apr.text() and not apr.visibleRegion().isEmpty()
        kfs.record_acceptance()
        assert kfs.accepted

    screen.script.append(sanction_kfs_disburse)
    loans.open_loan()
    with Session(engine) as s:
        loan = s.get(Loan, application.loan_id)
        assert loan is not None and loan.status == "disbursed"
    assert _digits(format_amount(application.principal_minor, "en"), lang) in hand_over[0] \
        or format_amount(application.principal_minor, lang) in hand_over[0]

    # the day closes 50.00 short: to suspense, with the manager's reason
    day = _close_day(manager, screen, 50_00, typed["short"])
    [difference] = cash_differences(engine)
    assert (difference.amount_minor, difference.direction) == (50_00, "short")

    # the rest of the week: each day's meeting, the difference settled, a meeting paying
    # out, a passbook print stopped at the first page turn, every day closed
    for n in range(1, WEEK):
        meeting_id, username = _todays_meeting(engine, day)
        officer = _window(qtbot, engine, username, lang, screen)
        today = _look_at(officer, "today", screen)
        _select(today, lambda m, wanted=meeting_id: m.meeting_id == wanted)
        screen.script.append(_pays_out_more_than_it_collects if n == 1 else _post_as_due)
        today.open_meeting()
        assert meeting_sheet(engine, meeting_id).status == "posted"
        if n == 1:
            cash = _look_at(manager, "cash", screen)
            screen.answers.append((typed["settled"], True))
            screen.script.append(lambda d: (d.settle(), d.accept()))
            cash.show_differences()
            assert cash_differences(engine) == []
            cash.refresh()  # the settlement is in today's book, in words, not a code
            shown = {str(cash.model.index(r, c).data()) for r in range(cash.model.rowCount())
                     for c in range(cash.model.columnCount())}
            assert shown and not shown & set(CASH_SIGN)
        if n == 2:
            accountant = _window(qtbot, engine, "accountant", lang, screen)
            members = _look_at(accountant, "members", screen)
            with Session(engine) as s:
                member = s.get(Member, first_posted.rows[0].member_id)
                assert member is not None
            _select(members, lambda m, wanted=member.id: m.id == wanted)
            screen.script.append(_print_passbook_stopping_at_the_first_turn(tmp_path))
            members.print_passbook()
            state = passbook_state(engine, member.id)
            assert state.page == 1 and state.unprinted > 0  # the rest waits for page 2
        day = _close_day(manager, screen)

    assert day >= date(2026, 12, 2)
    assert {"MeetingEntryDialog", "LoanDialog", "KfsDialog", "CashDifferencesDialog",
            "PrintPreviewDialog"} <= set(screen.seen)
    assert screen.misfits == {}
    assert screen.script == [] and screen.answers == []
