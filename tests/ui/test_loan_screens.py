"""Loan screens: application with live preview, the loan page's actions, the list."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem
from sqlalchemy.orm import Session

from app.db.models import Loan
from ui.context import AppContext
from ui.views.loan_actions import LoanDialog
from ui.views.loan_application import ApplicationDialog
from ui.views.loan_kfs import KfsDialog
from ui.views.loans_view import LoansView


@pytest.fixture
def world(engine, qapp):
    from tests.services.loan_world import loan_world

    return loan_world(engine)


def _ctx(engine, actor, lang: str = "en") -> AppContext:
    return AppContext(engine, actor, lang)


@pytest.fixture(autouse=True)
def _no_popups(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    return shown


def _status(engine, loan_id):
    with Session(engine) as s:
        return s.get(Loan, loan_id).status


def _fill(dialog: ApplicationDialog, amount: str = "20000") -> None:
    dialog.amount.setText(amount)
    dialog.purpose.setText("Goat rearing")
    dialog.income.setText("১,৮০,০০০")
    dialog.resolution.setChecked(True)
    dialog.update_preview()


def test_application_preview_updates_as_the_amount_changes(engine, world, qtbot):
    dialog = ApplicationDialog(_ctx(engine, world.officer))
    qtbot.addWidget(dialog)
    _fill(dialog)
    first = dialog.preview
    assert first is not None and first.eligible
    assert dialog.schedule.rowCount() == 46
    # every rule met, but no credit bureau report yet (India): never "eligible"
    assert "Refer to the manager" in dialog.verdict.text()
    dialog.amount.setText("30000")
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview is not first
                    and dialog.preview.installment_minor > first.installment_minor)


def test_application_preview_lists_every_failed_rule(engine, world, qtbot):
    dialog = ApplicationDialog(_ctx(engine, world.officer))
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog.income.setText("400000")
    dialog.resolution.setChecked(False)
    dialog.update_preview()
    texts = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert any("ceiling" in t for t in texts)
    assert any("guarantee" in t for t in texts)


def test_application_dialog_saves_with_other_lenders(engine, world, qtbot):
    dialog = ApplicationDialog(_ctx(engine, world.officer))
    qtbot.addWidget(dialog)
    _fill(dialog)
    dialog._add_repayment_row()
    dialog.repayments.setItem(0, 0, QTableWidgetItem("Bandhan"))
    dialog.repayments.setItem(0, 1, QTableWidgetItem("১০০০"))
    dialog.save()
    assert dialog.applied is not None
    assert _status(engine, dialog.applied.loan_id) == "applied"


def test_preview_in_bengali_shows_bengali_digits(engine, world, qtbot):
    dialog = ApplicationDialog(_ctx(engine, world.officer, "bn"))
    qtbot.addWidget(dialog)
    _fill(dialog)
    assert "৪৬" in dialog.summary.text()


def test_the_installments_box_counts_in_bengali_digits_and_takes_latin_ones_too(
        engine, world, qtbot):
    from ui.i18n import install_language

    install_language("bn")
    try:
        dialog = ApplicationDialog(_ctx(engine, world.officer, "bn"))
        qtbot.addWidget(dialog)
        spin = dialog.installments
        spin.setValue(46)
        assert spin.text() == "৪৬"
        spin.lineEdit().selectAll()
        qtbot.keyClicks(spin.lineEdit(), "30")
        spin.interpretText()
        assert (spin.value(), spin.text()) == (30, "৩০")
        install_language("en")  # the open dialog follows the switch
        assert spin.text() == "30"
    finally:
        install_language("en")


def _applied(engine, world) -> int:
    from app.services.loan_application import apply_for_loan
    from tests.services.loan_world import application

    return apply_for_loan(engine, world.officer, application(world.members[0])).loan_id


def test_loan_page_walks_from_sanction_to_closure(engine, world, qtbot):
    loan_id = _applied(engine, world)
    page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(page)
    assert page.buttons["sanction"].isVisibleTo(page)
    assert page.tabs.tabText(0) == "Schedule (projected)"  # not fixed before disbursement
    assert page.schedule.rowCount() == 46 and page.schedule.item(0, 4).text() == ""
    assert page.sanction("Two clean cycles; the group vouches for her") is True
    assert _status(engine, loan_id) == "sanctioned"
    decisions = [page.decisions.item(r, c).text() for r in range(page.decisions.rowCount())
                 for c in range(page.decisions.columnCount()) if page.decisions.item(r, c)]
    assert "Two clean cycles; the group vouches for her" in decisions
    kfs = KfsDialog(_ctx(engine, world.officer), loan_id)
    qtbot.addWidget(kfs)
    assert len(kfs.fact_labels) >= 8 and len(kfs.statement_labels) > 20
    kfs.record_acceptance()
    assert kfs.accepted
    assert page.disburse("cash") is True
    assert _status(engine, loan_id) == "disbursed"
    assert page.schedule.rowCount() == 46 and page.tabs.tabText(0) == "Schedule"
    assert page.repay(1_000_00)
    assert page.prepay(confirm=True)
    assert _status(engine, loan_id) == "closed"
    assert "Nothing more is due" in page.certificate()


def test_sanctioning_own_application_shows_the_refusal(engine, world, qtbot, _no_popups):
    from app.services.loan_application import apply_for_loan
    from tests.services.loan_world import application

    loan_id = apply_for_loan(engine, world.manager, application(world.members[0])).loan_id
    page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(page)
    assert page.sanction("") is False
    assert "entered this application" in _no_popups[-1]
    assert _status(engine, loan_id) == "applied"


def test_disbursing_without_kfs_is_refused_on_screen(engine, world, qtbot, _no_popups):
    loan_id = _applied(engine, world)
    page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(page)
    page.sanction("")
    assert page.disburse("cash") is False
    assert "Key Fact Statement" in _no_popups[-1]


def test_write_off_by_field_officer_is_refused_on_screen(engine, world, qtbot, _no_popups):
    from tests.services.loan_world import disbursed_loan

    loan_id = disbursed_loan(engine, world)
    page = LoanDialog(_ctx(engine, world.officer), loan_id)
    qtbot.addWidget(page)
    assert page.write_off("Migrated") is False
    manager_page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(manager_page)
    assert manager_page.write_off("Migrated") is True
    assert manager_page.buttons["recover"].isVisibleTo(manager_page)
    assert manager_page.recover(5_000_00)


def test_reversal_from_the_transactions_tab(engine, world, qtbot):
    from tests.services.loan_world import disbursed_loan

    loan_id = disbursed_loan(engine, world)
    page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(page)
    page.repay(500_00)
    entry = next(t for t in page.tx if t.kind == "repayment")
    assert page.reverse(entry.entry_id, "Entered twice")
    assert any(t.reverses_id == entry.entry_id for t in page.tx)


def test_reschedule_and_forward_from_the_page(engine, world, qtbot):
    from app.services.loan_application import apply_for_loan
    from tests.services.loan_world import application, disbursed_loan

    loan_id = disbursed_loan(engine, world)
    page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(page)
    assert page.reschedule(30, "Flood")
    assert page.buttons["approve_reschedule"].isVisibleTo(page)
    assert not page.buttons["reschedule"].isVisibleTo(page)
    assert not page.approve_reschedule(confirm=True)  # the manager asked: not his to approve
    other = LoanDialog(_ctx(engine, world.manager2), loan_id)
    qtbot.addWidget(other)
    assert other.approve_reschedule(confirm=True)
    assert other.schedule.rowCount() == 30
    assert other.buttons["reverse_reschedule"].isVisibleTo(other)
    assert other.reverse_reschedule("Approved in error")
    assert other.schedule.rowCount() == 46
    assert not other.buttons["reverse_reschedule"].isVisibleTo(other)
    big = apply_for_loan(engine, world.officer, application(world.members[1],
                                                            amount_minor=40_000_00)).loan_id
    junior = LoanDialog(_ctx(engine, world.junior), big)
    qtbot.addWidget(junior)
    assert junior.forward("Recommended")
    assert _status(engine, big) == "forwarded"


def test_the_loans_page_opens_on_the_work_waiting(engine, world, qtbot):
    quiet = LoansView(_ctx(engine, world.manager))
    qtbot.addWidget(quiet)
    assert quiet.filter.currentIndex() == 2  # nothing waits: the loans being repaid
    _applied(engine, world)
    busy = LoansView(_ctx(engine, world.manager))
    qtbot.addWidget(busy)
    assert busy.filter.currentIndex() == 0  # applications to decide


def test_loans_view_lists_by_status_and_searches(engine, world, qtbot):
    loan_id = _applied(engine, world)
    view = LoansView(_ctx(engine, world.manager))
    qtbot.addWidget(view)
    view.filter.setCurrentIndex(0)
    view.refresh()
    assert [r.loan_id for r in view.model.rows] == [loan_id]
    view.search.setText("no such member")
    assert view.model.rows == []


def test_loan_screens_switch_to_bengali(engine, world, qtbot):
    from ui.i18n import install_language

    loan_id = _applied(engine, world)
    ctx = _ctx(engine, world.manager, "bn")
    install_language("bn")
    try:
        page = LoanDialog(ctx, loan_id)
        qtbot.addWidget(page)
        assert page.buttons["sanction"].text() == "মঞ্জুর করুন"
        view = LoansView(ctx)
        qtbot.addWidget(view)
        assert view.buttons["open"].text() == "ঋণটি দেখুন"
    finally:
        install_language("en")


def test_failed_rules_show_amounts_in_bengali_digits(engine, world, qtbot):
    from ui.i18n import install_language

    install_language("bn")
    try:
        dialog = ApplicationDialog(_ctx(engine, world.officer, "bn"))
        qtbot.addWidget(dialog)
        _fill(dialog)
        dialog.income.setText("400000")
        dialog.update_preview()
        texts = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
        assert any("৩,০০,০০০.০০" in t and "সীমা" in t for t in texts)
    finally:
        install_language("en")


def test_loans_view_lists_reschedule_requests_waiting_for_approval(engine, world, qtbot):
    from app.services.loan_reschedule import request_reschedule
    from tests.services.loan_world import disbursed_loan

    waiting = disbursed_loan(engine, world)
    disbursed_loan(engine, world, member_id=world.members[1])
    request_reschedule(engine, world.officer, waiting, 30, "Flood")
    view = LoansView(_ctx(engine, world.manager))
    qtbot.addWidget(view)
    view.filter.setCurrentIndex(4)
    view.refresh()
    assert [r.loan_id for r in view.model.rows] == [waiting]
    view.filter.setCurrentIndex(2)
    view.refresh()
    assert len(view.model.rows) == 2


def test_an_amount_that_cannot_be_read_is_asked_again_with_what_was_typed(
        engine, world, qtbot, _no_popups, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    typed, offered = iter([("১,০০০.৫x", True), ("১,০০০.৫০", True)]), []

    def ask(_parent, _title, _label, text=""):
        offered.append(text)
        return next(typed)

    monkeypatch.setattr(QInputDialog, "getText", ask)
    page = LoanDialog(_ctx(engine, world.manager, "bn"), _applied(engine, world))
    qtbot.addWidget(page)
    assert page._ask_amount("Repayment at the counter", "Amount received") == 1_000_50
    assert len(_no_popups) == 1 and offered == ["", "১,০০০.৫x"]


def test_sanction_asks_for_a_note_and_disbursement_says_what_to_hand_over(
        engine, world, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    loan_id = _applied(engine, world)
    page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(page)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: asked.append(a[2]) or ("Known to the group", True))
    assert page.sanction() is True and "Note" in asked[-1]
    kfs = KfsDialog(_ctx(engine, world.officer), loan_id)
    qtbot.addWidget(kfs)
    kfs.record_acceptance()
    offered: list[str] = []
    monkeypatch.setattr(QInputDialog, "getItem",
                        lambda *a, **k: offered.append(a[2]) or (a[3][0], True))
    assert page.disburse() is True
    assert offered[0].startswith("Hand over 19,700.00: the loan 20,000.00 less fees 300.00")
    assert _status(engine, loan_id) == "disbursed"


@pytest.mark.parametrize(("profile", "lang"), [("india_rbi", "bn"), ("india_rbi", "en"),
                                               ("bangladesh_mra", "bn")])
def test_the_kfs_on_screen_reads_word_for_word_as_the_printed_one(engine, qtbot, profile,
                                                                    lang):
    """Every line of the screen's statement, and every key fact above it, is a line of
    the printed KFS (app.printing.kfs: one source of labels), in the branch's wording."""
    from app.services.loan_disbursement import kfs
    from app.services.loan_sanction import sanction_loan
    from tests.services.loan_world import loan_world
    from ui.i18n import install_language
    from ui.views.loan_kfs import kfs_lines

    world = loan_world(engine, profile=profile,
                       currency="BDT" if profile == "bangladesh_mra" else "INR")
    loan_id = _applied(engine, world)
    sanction_loan(engine, world.manager, loan_id)
    install_language(lang, "bn_BD" if profile == "bangladesh_mra" else "bn_IN")
    try:
        dialog = KfsDialog(_ctx(engine, world.officer, lang), loan_id)
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        paper = kfs_lines(kfs(engine, loan_id), lang)
        screen = [(label.text(), value.text()) for label, value in dialog.statement_labels]
        facts = [(label.text(), value.text()) for label, value in dialog.fact_labels[:-1]]
    finally:
        install_language("en", "bn_IN")
    assert screen == paper and set(facts) <= set(paper) and len(facts) >= 7


def test_reject_never_takes_the_place_where_sanction_was(engine, world, qtbot):
    """A second click where 'Sanction' was (the page reloads under the mouse) lands on the
    next step, never on 'Reject', which keeps the right end in every state."""
    from PySide6.QtCore import QPoint

    loan_id = _applied(engine, world)
    page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)

    def at(point: QPoint) -> str:
        return next(k for k, b in page.buttons.items() if b.isVisible()
                    and b.geometry().contains(point))

    where = page.buttons["sanction"].geometry().center()
    assert page.recommend("Known to the group") and at(where) != "reject"
    where = page.buttons["sanction"].geometry().center()
    reject_x = page.buttons["reject"].geometry().left()
    assert all(b.geometry().right() < reject_x for k, b in page.buttons.items()
               if b.isVisible() and k != "reject")
    assert page.sanction("") and at(where) in ("kfs", "disburse")
    assert page.buttons["reject"].geometry().left() == reject_x


def test_sanction_asks_a_note_showing_why_the_verdict_referred_it(engine, world, qtbot,
                                                                   monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from tests.services.loan_world import events

    loan_id = _applied(engine, world)  # no credit bureau report yet: referred to her
    page = LoanDialog(_ctx(engine, world.manager), loan_id)
    qtbot.addWidget(page)
    asked: list[str] = []
    answers = iter([("", False), ("পাসবই দেখেছি; Checked her passbook", True)])
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda _p, _t, label, *a, **k: (asked.append(label), next(answers))[1])
    assert page.sanction() is None  # cancelled: nothing sanctioned
    assert _status(engine, loan_id) == "applied"
    assert page.sanction() is True
    assert "referred this application to you" in asked[-1]
    assert "credit bureau" in asked[-1].lower() and "optional" in asked[-1]
    [event] = events(engine, "loan.sanctioned")
    assert event["note"] == "পাসবই দেখেছি; Checked her passbook"
    assert event["overridden_referrals"]


def test_sanction_note_without_a_referral_is_just_asked(engine, qtbot, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.services.loan_application import referral_reasons
    from tests.services.loan_world import events, loan_world

    w = loan_world(engine, profile="bangladesh_mra", currency="BDT")  # no bureau rule
    loan_id = _applied(engine, w)
    assert referral_reasons(engine, loan_id) == ()
    page = LoanDialog(_ctx(engine, w.manager), loan_id)
    qtbot.addWidget(page)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda _p, _t, label, *a, **k: (asked.append(label), ("", True))[1])
    assert page.sanction() is True
    assert asked == ["Note for the sanction (optional)"]
    assert events(engine, "loan.sanctioned")[0]["note"] == ""


def _salary_world(engine):
    from decimal import Decimal

    from tests.builders import make_product
    from tests.services.loan_world import loan_world

    w = loan_world(engine, products=("BJS-GL",))
    with Session(engine) as s, s.begin():
        make_product(s, "BJS-IL", salary_months_paid_here=12,
                     salary_cap_paid_here=Decimal(100_000), salary_months_elsewhere=6,
                     salary_cap_elsewhere=Decimal(50_000))
    return w


def test_the_form_asks_the_basic_salary_of_a_product_limited_by_it(engine, qtbot):
    w = _salary_world(engine)
    dialog = ApplicationDialog(_ctx(engine, w.officer))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.product.currentData() == "BJS-GL"
    assert not dialog.salary.isVisible() and not dialog.salary_here.isVisible()
    salary_label = dialog.form.labelForField(dialog.salary)
    assert not salary_label.isVisible()  # no label over an empty row either
    _fill(dialog)
    assert dialog.application().monthly_basic_salary_minor is None
    dialog.product.setCurrentIndex(dialog.product.findData("BJS-IL"))
    assert dialog.salary.isVisible() and dialog.salary_here.isVisible()
    assert salary_label.isVisible() and salary_label.text() == "Monthly basic salary"
    assert dialog.salary_here.text() == "Salary paid through this branch"
    _fill(dialog, "96001")
    codes = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert any("basic salary" in t for t in codes)  # not given yet: asked for
    dialog.salary.setText("৮,০০০")
    dialog.salary_here.setChecked(True)
    dialog.update_preview()
    texts = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert any("salary limit of 96,000.00" in t for t in texts)
    dialog.salary_here.setChecked(False)  # paid elsewhere: 6 months, at most 50,000
    dialog.amount.setText("48000")
    dialog.update_preview()
    texts = [dialog.failures.item(i).text() for i in range(dialog.failures.count())]
    assert not any("salary" in t for t in texts)
    assert dialog.application().monthly_basic_salary_minor == 8_000_00
    dialog.save()
    assert dialog.applied is not None
    with Session(engine) as s:
        assert s.get(Loan, dialog.applied.loan_id).terms["salary"] == {
            "monthly_basic_minor": 8_000_00, "paid_here": False}


def test_a_loan_paid_in_tranches_is_paid_tranche_by_tranche_from_its_page(engine, qtbot,
                                                                         monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from app.services.loan_disbursement import accept_kfs, tranches_of
    from app.services.loan_sanction import sanction_loan
    from tests.services.loan_world import TODAY, loan_world, set_business_date

    w = loan_world(engine, products=("BJS-GL",), max_tranches=3)
    loan_id = _applied(engine, w)
    sanction_loan(engine, w.manager, loan_id)
    accept_kfs(engine, w.officer, loan_id, "bn")
    page = LoanDialog(_ctx(engine, w.accountant), loan_id)
    qtbot.addWidget(page)
    asked: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", lambda _p, _t, label, *a, **k: (
        asked.append(label), ("৮,০০০", True))[1])
    assert page.disburse("cash") is True  # the amount asked, typed in Bengali digits
    assert "Tranche 1 of at most 3" in asked[-1] and "20,000.00" in asked[-1]
    assert tranches_of(engine, loan_id) == ((TODAY, 8_000_00),)
    assert _status(engine, loan_id) == "sanctioned"
    assert page.buttons["close_tranches"].isVisibleTo(page)
    assert page.buttons["reverse"].isVisibleTo(page)
    assert not page.buttons["reject"].isVisibleTo(page)
    assert page.buttons["close_tranches"].text() == "Close the tranches"
    from datetime import timedelta

    set_business_date(engine, TODAY + timedelta(days=14))
    manager = LoanDialog(_ctx(engine, w.manager), loan_id)
    qtbot.addWidget(manager)
    assert manager.close_tranches("Enough for the shed") is True
    assert _status(engine, loan_id) == "disbursed"
    assert manager.schedule.rowCount() == 46
    assert sum(i.principal_minor for i in manager.detail.installments) == 8_000_00
