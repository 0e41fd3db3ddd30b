"""Which accounts a submission file carries as on each reference date: the full file at
every month-end (the 28th or 29th of February as the year has it), and otherwise what
was disbursed, changed or closed since the calendar's previous date — across month
ends, year ends and leap days. The branch book is built in memory (no database): the
position of each loan is derived from its schedule and journal rows as on the date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain.bureau_dates import FORTNIGHTLY, WEEKLY, ReferenceCalendar, is_month_end
from app.headoffice.bureau.book import BranchBook, LoanFile
from app.headoffice.bureau.selection import chosen
from app.headoffice.models import HqLoan, HqMember

MEMBER = HqMember(branch="BJS-001", id=1, code="M00001", group_id=1, name_en="Rina",
                  name_bn="রিনা", status="active", joining_date=date(2020, 1, 1))


def _loan(n: int, disbursed: date, weeks: int = 10, paid: tuple[date, ...] = (),
          closed: bool = False) -> LoanFile:
    """A weekly loan of 10,000 in `weeks` installments of 1,000 + 100 interest, first due
    a week after disbursement; `paid` the days installments were repaid (in order)."""
    file = LoanFile(HqLoan(branch="BJS-001", id=n, loan_no=f"BJS-001-L{n:06d}",
                           member_id=1, status="closed" if closed else "disbursed",
                           principal_minor=weeks * 1_000_00, disbursed_on=disbursed))
    file.schedule = [(disbursed + timedelta(weeks=i), 1_000_00, 100_00)
                     for i in range(1, weeks + 1)]
    file.ledger = [(on, "repayment", 1_000_00, 100_00, 1_100_00) for on in paid]
    return file


def _book(*loans: LoanFile) -> BranchBook:
    return BranchBook("BJS-001", {1: MEMBER}, {}, list(loans), {})


def _refs(book: BranchBook, as_of: date, calendar: ReferenceCalendar = WEEKLY) -> list[str]:
    return [r.loan.loan.loan_no[-2:] for r in chosen(book, as_of, calendar)]


def _weekly_paid(disbursed: date, count: int) -> tuple[date, ...]:
    return tuple(disbursed + timedelta(weeks=i) for i in range(1, count + 1))


# a loan repaid on time, each installment on its due date (Wednesdays from 2024-01-10)
ON_TIME = _loan(1, date(2024, 1, 3), paid=_weekly_paid(date(2024, 1, 3), 10))
# closed on the leap day: its last installment paid early on Thursday 29 February
CLOSED_LEAP_DAY = _loan(2, date(2023, 12, 28), weeks=9, closed=True,
                        paid=(*_weekly_paid(date(2023, 12, 28), 8), date(2024, 2, 29)))
# disbursed on the leap day
NEW_LEAP_DAY = _loan(3, date(2024, 2, 29), paid=_weekly_paid(date(2024, 2, 29), 2))
# nothing paid since its first installments: past due, one more day every day
LATE = _loan(4, date(2023, 11, 1), paid=_weekly_paid(date(2023, 11, 1), 3))
BOOK = _book(ON_TIME, CLOSED_LEAP_DAY, NEW_LEAP_DAY, LATE)


def test_the_leap_day_is_februarys_month_end_and_its_file_is_full():
    assert is_month_end(date(2024, 2, 29)) and not is_month_end(date(2024, 2, 28))
    assert _refs(BOOK, date(2024, 2, 29)) == ["01", "02", "03", "04"]


def test_a_loan_closed_on_the_leap_day_is_in_that_file_and_not_in_the_next():
    assert "02" not in _refs(BOOK, date(2024, 3, 9))
    assert "02" not in _refs(BOOK, date(2024, 3, 31))  # closed before March's period


def test_a_file_after_the_leap_day_carries_what_changed_since_it():
    # 1–9 March: ON_TIME repaid on the 6th, NEW_LEAP_DAY's first installment fell due
    # on 7 March and was paid, LATE one more week past due
    assert _refs(BOOK, date(2024, 3, 9)) == ["01", "03", "04"]


def test_the_28th_of_february_in_a_leap_year_is_no_reference_date_but_changes_count():
    # weekly dates in February 2024: 9, 16, 23, 29; a file asked for on the 28th holds
    # the changes since the 23rd (ON_TIME paid on the 28th, LATE one day later)
    assert WEEKLY.previous(date(2024, 2, 28)) == date(2024, 2, 23)
    assert _refs(BOOK, date(2024, 2, 28)) == ["01", "04"]


def test_in_a_common_year_the_28th_of_february_is_the_month_end_and_full():
    book = _book(_loan(5, date(2022, 12, 28), paid=_weekly_paid(date(2022, 12, 28), 9)),
                 _loan(6, date(2023, 1, 4), paid=_weekly_paid(date(2023, 1, 4), 1)))
    assert is_month_end(date(2023, 2, 28))
    assert _refs(book, date(2023, 2, 28)) == ["05", "06"]
    # 1–9 March 2023: 05 paid its 10th installment on 8 March, 06 one more day late
    assert _refs(book, date(2023, 3, 9)) == ["05", "06"]


def test_the_first_file_of_the_year_starts_from_the_last_day_of_december():
    current = _loan(7, date(2024, 12, 4), paid=_weekly_paid(date(2024, 12, 4), 4))
    paid_jan = _loan(8, date(2024, 11, 27), paid=_weekly_paid(date(2024, 11, 27), 6))
    closed_dec31 = _loan(9, date(2024, 11, 26), weeks=5, closed=True,
                         paid=(*_weekly_paid(date(2024, 11, 26), 4), date(2024, 12, 31)))
    book = _book(current, paid_jan, closed_dec31)
    assert WEEKLY.previous(date(2025, 1, 9)) == date(2024, 12, 31)
    assert _refs(book, date(2024, 12, 31)) == ["07", "08", "09"]
    # nothing happened to 07 from 1 to 9 January (its next installment is due on the
    # 8th, unpaid: one day late, a change); 08 paid on the 8th; 09 closed in December
    assert _refs(book, date(2025, 1, 9)) == ["07", "08"]


def test_the_fortnightly_file_of_the_15th_of_march_starts_from_the_leap_day():
    assert FORTNIGHTLY.previous(date(2024, 3, 15)) == date(2024, 2, 29)
    assert _refs(BOOK, date(2024, 3, 15), FORTNIGHTLY) == ["01", "03", "04"]


def test_an_account_unchanged_between_two_dates_is_left_out():
    # six installments paid in advance on 8 February: from the 9th to the 16th of March
    # nothing is paid, nothing falls due uncovered, no figure of it changes
    ahead = _loan(10, date(2024, 2, 1), paid=(date(2024, 2, 8),) * 6)
    assert _refs(_book(ahead), date(2024, 3, 16)) == []
    assert _refs(_book(ahead), date(2024, 3, 31)) == ["10"]  # …but the full file has it
    # disbursed on 10 March: in the file of the 16th as new, then unpaid on the 17th
    new = _loan(11, date(2024, 3, 10))
    assert _refs(_book(new), date(2024, 3, 16)) == ["11"]
    assert _refs(_book(new), date(2024, 3, 23)) == ["11"]


def test_a_loan_disbursed_after_the_date_is_not_in_the_file():
    assert "03" not in _refs(BOOK, date(2024, 2, 23))


@settings(max_examples=80, deadline=None)
@given(st.dates(date(2023, 1, 1), date(2025, 12, 31)),
       st.sampled_from([WEEKLY, FORTNIGHTLY]))
def test_the_month_end_file_holds_every_account_of_the_months_other_files(day, calendar):
    """Whatever a file as on a reference date of a month carries, the month-end file
    carries too: it is the whole book, the accounts closed during the month included."""
    book = _book(ON_TIME, CLOSED_LEAP_DAY, NEW_LEAP_DAY, LATE, _loan(
        12, day - timedelta(days=20), paid=_weekly_paid(day - timedelta(days=20), 2)))
    dates = calendar.in_month(day.year, day.month)
    full = set(_refs(book, dates[-1], calendar))
    for on in dates[:-1]:
        assert set(_refs(book, on, calendar)) <= full


@pytest.mark.parametrize("as_of", [date(2024, 2, 29), date(2024, 3, 31), date(2025, 2, 28)])
def test_every_open_loan_is_in_every_month_end_file(as_of):
    opened = [f for f in BOOK.loans if f.loan.disbursed_on <= as_of
              and (f.closed_on is None or f.closed_on > as_of.replace(day=1)
                   - timedelta(days=1))]
    assert sorted(_refs(BOOK, as_of)) == sorted(f.loan.loan_no[-2:] for f in opened)


@pytest.mark.parametrize(("as_of", "last_sent", "start"), [
    (date(2024, 3, 9), None, date(2024, 2, 29)),  # the calendar's previous date
    (date(2024, 3, 9), date(2024, 2, 29), date(2024, 2, 29)),
    (date(2024, 3, 16), date(2024, 2, 23), date(2024, 2, 23)),  # two dates skipped
    (date(2024, 3, 16), date(2024, 3, 20), date(2024, 3, 9)),  # a later file: no matter
    (date(2024, 3, 31), date(2024, 1, 31), date(2024, 2, 29)),  # full: the month's period
])
def test_a_file_reports_changes_since_the_older_of_the_previous_date_and_the_last_file(
        as_of, last_sent, start):
    from app.headoffice.bureau.selection import period_start

    assert period_start(as_of, WEEKLY, is_month_end(as_of), last_sent) == start


def test_a_skipped_date_loses_no_change():
    # the file of 9 March was never written: the file of the 16th reports the leap-day
    # loan's first repayment on 7 March, unchanged since
    book = _book(_loan(13, date(2024, 2, 29), paid=(date(2024, 3, 7),) * 2))
    assert _refs(book, date(2024, 3, 16)) == []
    assert [r.loan.loan.loan_no[-2:] for r in chosen(
        book, date(2024, 3, 16), WEEKLY, last_sent=date(2024, 2, 29))] == ["13"]


def _cancelled(n: int, paid_on: date, reversed_on: date) -> LoanFile:
    """A loan of 10,000 paid out at once on `paid_on` and its disbursement reversed on
    `reversed_on` (nothing repaid): back to sanctioned, no schedule."""
    file = LoanFile(HqLoan(branch="BJS-001", id=n, loan_no=f"BJS-001-L{n:06d}",
                           member_id=1, status="sanctioned", principal_minor=10_000_00,
                           disbursed_on=None))
    file.paid_out = [(paid_on, 10_000_00), (reversed_on, -10_000_00)]
    file.ledger = [(paid_on, "disbursement", 10_000_00, 0, 10_000_00),
                   (reversed_on, "disbursement", -10_000_00, 0, -10_000_00)]
    return file


def test_a_loan_whose_payout_was_reversed_stands_until_then_and_is_cancelled_after():
    loan = _cancelled(9, date(2024, 3, 6), date(2024, 3, 13))
    before, after = loan.position(date(2024, 3, 12)), loan.position(date(2024, 3, 13))
    assert (before.status, before.balance_minor, before.disbursed_minor) == (
        "active", 10_000_00, 10_000_00)
    assert (after.status, after.balance_minor, after.disbursed_minor, after.closed_on) == (
        "cancelled", 0, 0, date(2024, 3, 13))
    assert loan.disbursed_on == date(2024, 3, 6)


def test_a_cancelled_loan_goes_only_to_a_bureau_that_was_sent_it_in_the_period_after():
    book = _book(_cancelled(9, date(2024, 3, 6), date(2024, 3, 13)))
    assert [r.loan.loan.loan_no[-2:] for r in chosen(book, date(2024, 3, 13), WEEKLY)] == []
    told = [r.position.status for r in chosen(book, date(2024, 3, 13), WEEKLY,
                                              reported={"BJS-001-L000009"})]
    assert told == ["cancelled"]
    assert list(chosen(book, date(2024, 3, 20), WEEKLY, reported={"BJS-001-L000009"})) == []
