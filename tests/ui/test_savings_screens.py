"""Savings from the screens: interest for every account, closing one account."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import SavingsAccount
from app.errors import RuleViolation
from app.services.cash_transfers import record_cash_transfer
from app.services.savings import counter_deposit, counter_withdrawal, open_account
from tests.services.meeting_world import meeting_world
from ui.context import AppContext
from ui.views.cash_view import CashView
from ui.views.members_view import MemberPageDialog


@pytest.fixture
def told(monkeypatch):
    said: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, **k: said.append(a[2]))
    return said


def _account_with(engine, world, amount: int) -> int:
    account = open_account(engine, world.officer, world.members[0], "voluntary")
    counter_deposit(engine, world.officer, account, amount)
    with Session(engine) as s, s.begin():  # opened long ago, so interest has accrued
        s.get(SavingsAccount, account).opened_on = date(2026, 1, 1)
    return account


def test_the_cash_page_credits_savings_interest_once_for_a_date(engine, qapp, qtbot, told):
    world = meeting_world(engine)
    account = _account_with(engine, world, 10_000_00)
    view = CashView(AppContext(engine, world.manager, "en"))
    qtbot.addWidget(view)
    view.post_interest("30/09/2026")
    assert told[-1].startswith("Interest up to 30 Sept 2026: ")
    assert told[-1].endswith(" credited to savings accounts (1).")
    with Session(engine) as s:
        credited = s.get(SavingsAccount, account).balance_minor - 10_000_00
    assert credited > 0
    view.post_interest("30/09/2026")  # again for the same date: nothing more
    assert told[-1] == "Interest up to 30 Sept 2026: 0.00 credited to savings accounts (0)."
    view.post_interest("31/02/2026")
    assert "Not a date" in told[-1]


def test_a_savings_account_is_closed_from_the_member_page(engine, qapp, qtbot, told):
    world = meeting_world(engine)
    account = _account_with(engine, world, 700_00)
    page = MemberPageDialog(AppContext(engine, world.officer, "en"), world.members[0])
    qtbot.addWidget(page)
    assert page.close_selected_account(confirm=True) is None  # nothing chosen yet
    assert told[-1] == "Choose the account on the Savings tab first."
    row = next(i for i, a in enumerate(page.page.savings) if a.account_id == account)
    page.savings.selectRow(row)
    assert page.close_selected_account(confirm=True) == 700_00
    closed = next(a for a in page.page.savings if a.account_id == account)
    assert closed.status == "closed" and closed.balance_minor == 0


def test_the_counter_pays_out_no_more_cash_than_the_safe_holds(engine):
    world = meeting_world(engine)
    account = _account_with(engine, world, 300_00)
    record_cash_transfer(engine, world.manager, "out", 300_00, "deposited, slip 7")
    with pytest.raises(RuleViolation, match="in the safe"):
        counter_withdrawal(engine, world.officer, account, 100_00)
    with Session(engine) as s:
        assert s.scalar(select(SavingsAccount.balance_minor)
                        .where(SavingsAccount.id == account)) == 300_00


def test_the_member_page_shows_the_actions_of_the_tab_it_shows(engine, qapp, qtbot):
    """Closing an account on the Savings tab, printing on the Passbook tab; on Loans or
    Attendance neither (a page's actions match its tab)."""
    world = meeting_world(engine)
    _account_with(engine, world, 100_00)
    page = MemberPageDialog(AppContext(engine, world.manager, "en"), world.members[0])
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    shown = {}
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        shown[page.tabs.tabText(index)] = {b.text() for b in (page.close_account,
                                                              page.passbook_button)
                                           if b.isVisible()}
    assert shown == {"Loans": set(), "Savings": {"Close the selected savings account…"},
                     "Passbook": {"Print passbook…"}, "Attendance": set()}
