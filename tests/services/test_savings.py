from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.models import JournalEntry, SavingsAccount
from app.errors import RuleViolation, ValidationError
from app.services.savings import (
    close_account,
    counter_deposit,
    counter_withdrawal,
    interest_for,
    member_accounts,
    open_account,
    post_savings_interest,
)
from tests.services.meeting_world import meeting_world


def _journal(engine):
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(JournalEntry))


def test_counter_deposit_and_withdrawal_keep_the_balance_equal_to_the_ledger(engine, db_path):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[0], "voluntary")
    counter_deposit(engine, world.officer, account, 500_00)
    moved = counter_withdrawal(engine, world.officer, account, 120_00)
    assert moved.balance_minor == 380_00
    assert check_database(db_path).ok


def test_withdrawing_beyond_the_balance_is_refused_and_nothing_changes(engine):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[4], "voluntary")
    counter_deposit(engine, world.officer, account, 100_00)
    before = _journal(engine)
    with pytest.raises(RuleViolation, match="only"):
        counter_withdrawal(engine, world.officer, account, 100_01)
    assert _journal(engine) == before


def test_compulsory_savings_are_held_while_a_loan_is_open_under_mra(engine):
    world = meeting_world(engine, profile="bangladesh_mra")
    account = open_account(engine, world.officer, world.members[0], "compulsory")
    counter_deposit(engine, world.officer, account, 100_00)
    with pytest.raises(RuleViolation, match="security"):
        counter_withdrawal(engine, world.officer, account, 10_00)
    assert member_accounts(engine, world.members[0])[0].withdrawable_minor == 0
    voluntary = open_account(engine, world.officer, world.members[0], "voluntary")
    counter_deposit(engine, world.officer, voluntary, 50_00)
    counter_withdrawal(engine, world.officer, voluntary, 50_00)


def test_compulsory_savings_can_be_withdrawn_under_india_rbi(engine):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[0], "compulsory")
    counter_deposit(engine, world.officer, account, 100_00)
    assert counter_withdrawal(engine, world.officer, account, 40_00).balance_minor == 60_00


@pytest.mark.parametrize("amount", [0, -5])
def test_amounts_must_be_positive(engine, amount):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[0], "voluntary")
    with pytest.raises(ValidationError):
        counter_deposit(engine, world.officer, account, amount)


def test_interest_is_decimal_and_rounded_half_up():
    assert interest_for(100_000_00, 400, 365) == 4_000_00
    assert interest_for(1_000_00, 400, 91) == 997  # 9.9726… → 9.97
    assert interest_for(12_34, 350, 30) == 4  # 3.55… → 4 paisa


def test_interest_is_posted_once_per_period_at_the_account_rate(engine, db_path):
    world = meeting_world(engine)
    account = open_account(engine, world.manager, world.members[0], "voluntary", 400)
    counter_deposit(engine, world.officer, account, 10_000_00)
    with Session(engine) as s, s.begin():
        s.get(SavingsAccount, account).opened_on = date(2026, 8, 27)
    first = post_savings_interest(engine, world.manager, date(2026, 11, 25))
    assert (first.accounts, first.total_minor) == (1, interest_for(10_000_00, 400, 90))
    again = post_savings_interest(engine, world.manager, date(2026, 11, 25))
    assert again.total_minor == 0
    assert check_database(db_path).ok
    with pytest.raises(Exception, match="role"):
        post_savings_interest(engine, world.officer, date(2026, 11, 25))


def test_closing_pays_out_the_balance(engine, db_path):
    world = meeting_world(engine)
    account = open_account(engine, world.officer, world.members[4], "voluntary")
    counter_deposit(engine, world.officer, account, 75_00)
    assert close_account(engine, world.officer, account) == 75_00
    with pytest.raises(RuleViolation, match="closed"):
        counter_deposit(engine, world.officer, account, 1_00)
    assert check_database(db_path).ok
