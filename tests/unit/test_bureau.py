"""Credit-bureau reports: obligations, the household's view, the summary's own checks."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.bureau import (
    OURS,
    BureauReport,
    PersonCredit,
    ReportedAccount,
    ReportError,
    household_credit,
    monthly_obligation,
)

ON = date(2025, 3, 10)


def account(ref="A1", lender="Sahara MF", **kw) -> ReportedAccount:
    base = dict(status="active", outstanding_minor=10_000_00, overdue_minor=0,
                installment_minor=500_00, frequency="weekly")
    base.update(kw)
    return ReportedAccount(lender=lender, account_ref=ref, **base)  # type: ignore[arg-type]


def hit(*accounts: ReportedAccount, on: date = ON) -> BureauReport:
    return BureauReport("hit", on, "CRIF", tuple(accounts))


def person(key="self", report=None, relation="self", earning=True, own=()) -> PersonCredit:
    return PersonCredit(key, key.title(), relation, earning, report, tuple(own))


@pytest.mark.parametrize(("amount", "frequency", "term", "monthly"), [
    ("1000", "weekly", None, "4333.33"),  # × 52 ÷ 12
    ("1000", "fortnightly", None, "2166.67"),  # × 26 ÷ 12
    ("1000", "monthly", None, "1000.00"),
    ("1000", "bimonthly", None, "500.00"),
    ("1200", "quarterly", None, "400.00"),
    ("1200", "half_yearly", None, "200.00"),
    ("1200", "yearly", None, "100.00"),
    ("12000", "bullet", 12, "1000.00"),  # a bullet loan's payment over its term
])
def test_an_installment_becomes_a_monthly_obligation(amount, frequency, term, monthly):
    assert monthly_obligation(D(amount), frequency, term) == D(monthly)


@pytest.mark.parametrize(("amount", "frequency", "term"), [
    (None, "weekly", None), ("1000", None, None), ("1000", "other", None),
    ("12000", "bullet", None), ("12000", "bullet", 0),
])
def test_an_obligation_the_report_does_not_give_is_unknown_not_guessed(amount, frequency,
                                                                       term):
    assert monthly_obligation(None if amount is None else D(amount), frequency, term) is None


def test_a_joint_account_shows_on_both_lines_and_counts_once_in_the_total():
    joint = account("J-77", outstanding_minor=20_000_00, overdue_minor=1_000_00)
    wife = person("self", hit(joint, account("W-1", lender="Asha")))
    husband = person("husband", hit(replace(joint, lender="sahara  mf")), "husband")
    credit = household_credit([wife, husband])
    assert credit.line("self").summary.outstanding == D("30000.00")
    assert credit.line("husband").summary.outstanding == D("20000.00")
    assert credit.total.outstanding == D("30000.00")
    assert credit.total.overdue == D("1000.00")
    assert credit.joint_accounts == 1
    assert credit.total.lenders == ("ASHA", "SAHARA MF")


def test_our_own_loan_comes_from_our_records_not_the_reports_older_copy():
    ours_now = account("BJS-0001", lender="BJS", ours=True, outstanding_minor=5_000_00)
    reported = replace(ours_now, outstanding_minor=9_000_00, lender="Bandhan J S")
    credit = household_credit([person("self", hit(reported), own=[ours_now])])
    assert credit.total.outstanding == D("5000.00")
    assert credit.total.lenders == (OURS,)
    assert credit.total.other_lenders_monthly == D("0.00")


def test_obligations_to_other_lenders_are_kept_apart_from_ours():
    ours = account("BJS-1", lender="BJS", ours=True, installment_minor=300_00)
    other = account("X-1", installment_minor=600_00, frequency="monthly")
    credit = household_credit([person("self", hit(other), own=[ours])])
    assert credit.total.monthly_obligations == D("1300.00") + D("600.00")
    assert credit.total.other_lenders_monthly == D("600.00")


def test_closed_and_other_loans_are_not_active_microfinance_but_write_offs_count():
    credit = household_credit([person("self", hit(
        account("C", status="closed"), account("H", microfinance=False),
        account("W", status="written_off", written_off_minor=4_000_00,
                outstanding_minor=0)))])
    total = credit.total
    assert (total.active_loans, total.outstanding, total.write_offs, total.written_off) == (
        0, D("0.00"), 1, D("4000.00"))


def test_worst_days_past_due_and_unknown_installments_are_summed_up():
    credit = household_credit([person("self", hit(
        account("A", dpd=12), account("B", dpd=75, installment_minor=None),
        account("C", frequency="bullet")))])
    assert credit.total.worst_dpd == 75
    assert credit.total.unknown_installments == 2


def test_no_record_and_no_report_leave_a_line_of_nothing():
    credit = household_credit([person("self", BureauReport("no_hit", ON, "CRIF")),
                               person("son", None, "son")])
    assert [line.summary.active_loans for line in credit.people] == [0, 0]


# --- the summary as it travels from head office -----------------------------------------

accounts = st.builds(
    ReportedAccount, lender=st.text(min_size=1, max_size=30).filter(
        lambda t: t.strip() and "\x00" not in t),
    account_ref=st.text(max_size=20).filter(lambda t: "\x00" not in t),
    status=st.sampled_from(["active", "closed", "written_off"]),
    microfinance=st.booleans(), ours=st.booleans(),
    outstanding_minor=st.integers(0, 10**12), overdue_minor=st.integers(0, 10**12),
    dpd=st.integers(0, 9999), written_off_minor=st.integers(0, 10**12),
    installment_minor=st.none() | st.integers(0, 10**9),
    frequency=st.none() | st.sampled_from(["weekly", "monthly", "bullet", "other"]),
    term_months=st.none() | st.integers(1, 600),
    opened_on=st.none() | st.dates(), closed_on=st.none() | st.dates())


@given(st.lists(accounts, max_size=5), st.dates())
def test_a_summary_reads_back_as_it_was_written(found, on):
    report = BureauReport("hit", on, "CRIF", tuple(found), "R-1", "")
    assert BureauReport.from_dict(report.to_dict()) == report


@pytest.mark.parametrize("change", [
    {"outcome": "maybe"}, {"report_date": "10/03/2025"}, {"bureau": ""},
    {"accounts": "none"}, {"outcome": "no_hit"},  # no record, yet accounts
    {"accounts": [{"lender": "X", "status": "active", "outstanding_minor": -1}]},
    {"accounts": [{"lender": "X", "status": "active", "outstanding_minor": 1.5}]},
    {"accounts": [{"lender": "X", "status": "active", "outstanding_minor": 2**62}]},
    {"accounts": [{"lender": "X", "status": "active", "outstanding_minor": True}]},
    {"accounts": [{"lender": "X\x00", "status": "active"}]},
    {"accounts": [{"lender": "X", "status": "open"}]},
    {"accounts": [{"lender": "X", "status": "active", "frequency": "daily"}]},
    {"accounts": [{"lender": "X", "status": "active", "dpd": 10**6}]},
    {"accounts": [{"lender": "X", "status": "active"}] * 501},
    {"note": "x" * 501},
])
def test_a_bad_summary_is_refused_with_a_reason(change):
    good = hit(account()).to_dict()
    with pytest.raises(ReportError):
        BureauReport.from_dict({**good, **change})


def test_a_summary_that_is_not_an_object_is_refused():
    with pytest.raises(ReportError):
        BureauReport.from_dict(["hit"])


def test_a_report_is_current_up_to_its_age_limit():
    report = hit(on=date(2025, 3, 1))
    assert report.is_current(date(2025, 3, 31), 30)
    assert not report.is_current(date(2025, 4, 1), 30)
    assert not report.is_current(date(2025, 2, 28), 30)  # from the future: not usable


@given(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 5), st.integers(0, 10**8)),
                max_size=30))
def test_the_household_total_counts_each_loan_once_however_it_is_shared(shares):
    """(person, loan, outstanding): the same loan on several people's reports (a joint
    loan) adds to the total once; each person's line still shows it."""
    amounts: dict[int, int] = {}
    for _person, loan, amount in shares:
        amounts.setdefault(loan, amount)
    people = []
    for p in range(4):
        mine = {loan for person, loan, _a in shares if person == p}
        report = hit(*(account(f"L{loan}", outstanding_minor=amounts[loan]) for loan in
                       sorted(mine))) if mine else None
        people.append(person(f"p{p}", report, "self" if p == 0 else "son"))
    credit = household_credit(people)
    assert credit.total.outstanding * 100 == sum(amounts.values())
    assert credit.total.active_loans == len(amounts)
    assert sum(line.summary.active_loans for line in credit.people) == \
        credit.total.active_loans + credit.joint_accounts


def test_a_non_microfinance_loans_repayments_count_in_the_households_obligations():
    housing = account("HL-1", lender="State Bank", microfinance=False,
                      installment_minor=2_000_00, frequency="monthly",
                      outstanding_minor=3_00_000_00)
    total = household_credit([person("self", hit(account("MF-1"), housing))]).total
    assert (total.lenders, total.active_loans, total.outstanding) == (
        ("SAHARA MF",), 1, D("10000.00"))  # lenders and debt: microfinance only
    assert total.monthly_obligations == D("2166.67") + D("2000.00")  # cap: every loan
    assert total.other_lenders_monthly == total.monthly_obligations


def test_a_non_microfinance_loan_without_its_installment_is_unknown_too():
    gold = account("GL-1", lender="Muthoot", microfinance=False, installment_minor=None)
    assert household_credit([person("self", hit(gold))]).total.unknown_installments == 1
