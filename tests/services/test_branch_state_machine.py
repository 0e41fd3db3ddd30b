"""A branch's week as a state machine: the real services on a real migrated SQLite file.

Three groups meet on Wednesday, Thursday and Friday; some women have loans from before,
others apply, are sanctioned and paid out. Random steps do what a branch does: post a
group's meeting (each woman paying her due, part of it, nothing, in advance, closing her
loans, saving, withdrawing), by way of a draft or not; reverse a posted meeting; mark a
meeting not held or move it; repay, deposit and withdraw at the counter; apply,
recommend, sanction and disburse; prepay; reschedule and reverse it; record a death and
settle her loans; cash in and out and reverse it; close the day (which opens the next).
Also: write off a loan (the manager, with a reason; anyone else is refused), recover it
at the counter, reverse either; credit savings interest to a period end; forward an
application above the manager's sanction power and let head office's decision arrive by
sync; holidays arrive by sync, often on a day groups meet, and the officer moves those
meetings off them. Bad inputs (zero, negative, too much, a second posting, a withdrawal
above the balance or under the lien, a wrong cash count, a field officer's write-off or
interest posting) are tried too, and so is input no form can produce (True or 2**62 as an
amount, a NUL or zero-width name, a 5,000-digit or Devanagari phone, a birth in 1800).

The machine runs once per policy profile: india_rbi (Sunday closed, no lien) and
bangladesh_mra (Friday closed, compulsory savings held while a loan is open, the first
installment at least 15 days after disbursement, an installment on a holiday collected
with the next one).

Each step says beforehand whether the service must accept or refuse; a refusal must
leave every table exactly as it was. An accepted step must leave, in its own
transaction, one audit row per outbox event and every journal row it posted inside
its events. A model kept beside the database (cash in the safe, each woman's savings
and repayments) must equal what the ledger says after every step, so a lost or doubled
payment, or a reversal that does not restore a balance exactly, is seen at once.

After every step: `shakha db check` finds nothing; every loan's installments equal its
ledger, none paid beyond its due, outstanding = principal − principal repaid ≥ 0;
savings equal the ledger and are never negative; the cash book's closing = opening +
receipts − payments = the ledger's cash ≥ 0; the outbox is dense and carries every
journal row once; a written-off loan's outstanding is its standing write-off (in that
book, not in the portfolio report), recoveries never exceed it, and a loan closed by
recovery recovered all of it; each account's interest is credited to ever later period
ends (once per period). After a day close the business date is the next working day of
the profile that is not a holiday, or an earlier day a meeting waits on; a loan paid
out keeps the profile's first-installment gap and no installment falls on a holiday.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import json
from collections import Counter, defaultdict
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.stateful import (
    RuleBasedStateMachine,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from app.clock import CLOCK
from app.db.check import check_database
from app.db.engine import open_engine
from app.db.ledger import CASH_SIGN
from app.db.models import (
    AuditEvent,
    Branch,
    BusinessDay,
    Group,
    Holiday,
    Installment,
    JournalEntry,
    Loan,
    Meeting,
    Member,
    OutboxEvent,
    SavingsAccount,
    Staff,
)
from app.db.models_cash import CashDifference
from app.db.models_loans import LoanReschedule, LoanSettlement, LoanWriteOff
from app.db.uow import Actor
from app.domain.products import PROFILES
from app.errors import ShakhaError
from app.services.bureau import PersonInput, ask_for_bureau_check, household, save_person
from app.services.bureau_checks import bureau_panel
from app.services.cash import cash_book, close_day
from app.services.cash_differences import reverse_difference, settle_difference
from app.services.cash_transfers import record_cash_transfer, reverse_cash_transfer
from app.services.loan_application import apply_for_loan
from app.services.loan_closure import (
    counter_repayment,
    prepay_loan,
    prepayment_quote,
    recover_written_off,
    settle_death_case,
    write_off_loan,
)
from app.services.loan_disbursement import accept_kfs, disburse_loan, kfs
from app.services.loan_reschedule import (
    approve_reschedule,
    request_reschedule,
    reverse_reschedule,
)
from app.services.loan_reversal import reverse_loan_entry
from app.services.loan_sanction import (
    apply_hq_decisions,
    forward_loan,
    recommend_loan,
    sanction_loan,
)
from app.services.meetings import (
    ATTENDANCE,
    MeetingEntry,
    MeetingRow,
    ensure_meetings,
    mark_not_held,
    meeting_sheet,
    post_meeting,
    reschedule_meeting,
    reverse_meeting,
    save_draft,
)
from app.services.members import record_death
from app.services.reports import portfolio_report
from app.services.savings import (
    counter_deposit,
    counter_withdrawal,
    open_account,
    post_savings_interest,
)
from app.sync.reference import apply_page
from tests import dbfiles
from tests.builders import make_group, make_loan, make_member
from tests.hypothesis_profiles import budget
from tests.services.loan_world import TODAY, application, loan_world

pytestmark = pytest.mark.slow  # about half a minute; the slow mark still runs in CI

REFUSED = object()
MONEY_COLUMN = {"repayment": 0, "savings_deposit": 1, "savings_withdrawal": 2}
BUREAU_PENDING = ("applied", "recommended", "forwarded", "sanctioned")
FUND = 10_00_000_00
# per profile: products (amount range, installments) applied for, the product of the loans
# from before, the weekday of the third group, the currency
PROFILE_WORLD = {
    "india_rbi": ({"BJS-GL": (5_000_00, 50_000_00, 24, 52),
                   "BJS-IL": (30_000_00, 80_000_00, 12, 24)}, "BJS-GL", 4, "INR"),
    # Friday is the rest day: the third group meets on Saturday
    "bangladesh_mra": ({"JB-SWN": (5_000_00, 40_000_00, 52, 52),
                        "JB-VWE": (10_000_00, 50_000_00, 12, 36)}, "JB-SWN", 5, "BDT"),
}
# a branch manager's sanction power without collateral (tests/services/loan_world.POWERS)
POWER = {"BM-1": 50_000_00, "BM-2": 30_000_00}


def fingerprint(path: Path) -> str:
    """Every row of every table: a refused step must leave this unchanged."""
    con = dbfiles.connect(path)
    try:
        digest = hashlib.sha256()
        for (table,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                    "ORDER BY name"):
            rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"'))
            digest.update(f"{table}:{len(rows)}:{'|'.join(rows)}".encode())
        return digest.hexdigest()
    finally:
        con.close()


def count(what: str) -> None:
    """--hypothesis-show-statistics counts accepted and refused steps (nothing when a
    regression test below drives the machine by hand)."""
    with contextlib.suppress(InvalidArgument):
        event(what)


def unpaid(inst: Installment) -> int:
    return (inst.principal_minor + inst.interest_minor - inst.paid_principal_minor
            - inst.paid_interest_minor)


def small_amounts(low: int, high: int):  # type: ignore[no-untyped-def]
    """Amounts between low and high, the edges often."""
    if high <= low:
        return st.just(low)
    return st.one_of(st.sampled_from([low, high]), st.integers(low, high))


class BranchWeek(RuleBasedStateMachine):
    """See the module docstring. `base` and `template` are set by the test."""

    base: Path
    template: Path
    profile = "india_rbi"
    examples = itertools.count(1)

    def __init__(self) -> None:
        super().__init__()
        self.path = self.base / f"branch-{next(self.examples)}.db"
        dbfiles.copy_db(self.template, self.path)
        self.engine = open_engine(self.path, background_checkpoints=False)
        self.products, self.old_product, self.third_weekday, currency = \
            PROFILE_WORLD[self.profile]
        self.rules = PROFILES[self.profile]
        self.world = w = loan_world(self.engine, fund_minor=FUND, profile=self.profile,
                                    currency=currency, products=tuple(self.products))
        self.build_groups()
        ensure_meetings(self.engine, w.manager, TODAY, TODAY + timedelta(days=13))
        self.cash = FUND
        self.saved: dict[int, int] = defaultdict(int)  # member -> savings (all accounts)
        self.repaid: dict[int, int] = defaultdict(int)  # member -> repayments (net)
        self.meetings: dict[int, tuple[int, dict[int, tuple[int, int]]]] = {}
        self.transfers: dict[int, tuple[str, int]] = {}  # journal id -> (direction, amount)
        self.reversed_transfers: set[int] = set()
        self.forwarded: set[int] = set()  # loans ever forwarded to head office
        self.ref_cursor = 0  # head office's reference data applied so far
        self.interest_to: dict[int, date] = {}  # account -> period interest was credited to
        self.bureau_asked: dict[str, int] = {}  # credit-bureau request -> loan
        for member in self.members[:2]:
            open_account(self.engine, w.officer, member, "voluntary")

    def build_groups(self) -> None:
        """Two more groups (Thursday, Friday) and loans from October, some in arrears."""
        with Session(self.engine) as s, s.begin():
            staff = s.get(Staff, self.world.officer.staff_id)
            assert staff is not None
            members = [s.get(Member, m) for m in self.world.members]
            for weekday, disbursed in ((3, date(2026, 10, 8)),
                                       (self.third_weekday, date(2026, 10, 9))):
                other = make_group(s, officer=staff, weekday=weekday)
                members += [make_member(s, group=other) for _ in range(3)]
                make_loan(s, member=members[-1], officer_id=staff.id, weekday=weekday,
                          disbursed_on=disbursed, principal="8000", code=self.old_product)
            for member in members[:2]:
                assert member is not None
                make_loan(s, member=member, officer_id=staff.id, weekday=2,
                          disbursed_on=date(2026, 10, 7), installments=12,
                          code=self.old_product)
            self.members = [m.id for m in members if m is not None]

    def teardown(self) -> None:
        self.engine.dispose()

    # ---- reading the database ----------------------------------------------------------

    def business_date(self) -> date:
        with Session(self.engine) as s:
            return s.scalars(select(Branch.business_date)).one()

    def meetings_where(self, *statuses: str, today_only: bool = True) -> list[int]:
        on = self.business_date()
        query = select(Meeting.id).where(Meeting.status.in_(statuses))
        query = query.where(Meeting.scheduled_on == on) if today_only else \
            query.where(Meeting.scheduled_on >= on)
        with Session(self.engine) as s:
            return list(s.scalars(query.order_by(Meeting.id)))

    def pending(self) -> list[int]:
        """Meetings to enter today: today's not yet posted, and any reversed one (on any
        day up to today) waiting to be entered again — the day does not close over them."""
        on = self.business_date()
        with Session(self.engine) as s:
            return list(s.scalars(select(Meeting.id).where(or_(
                and_(Meeting.status.in_(("scheduled", "draft")), Meeting.scheduled_on == on),
                and_(Meeting.status.in_(("reversed", "draft")), Meeting.posted_at.is_not(None),
                     Meeting.scheduled_on <= on))).order_by(Meeting.id)))

    def never_posted(self, meeting_id: int) -> bool:
        with Session(self.engine) as s:
            return s.get(Meeting, meeting_id).posted_at is None  # type: ignore[union-attr]

    def loans_where(self, *statuses: str) -> list[int]:
        with Session(self.engine) as s:
            return list(s.scalars(select(Loan.id).where(Loan.status.in_(statuses))
                                  .order_by(Loan.id)))

    def owed(self, s: Session, member_id: int, loan_id: int | None = None) -> int:
        """Everything still unpaid on her open loans (or on one of them)."""
        query = (select(Installment).join(Loan, Loan.id == Installment.loan_id)
                 .where(Loan.member_id == member_id, Loan.status == "disbursed"))
        if loan_id is not None:
            query = query.where(Loan.id == loan_id)
        return sum(unpaid(i) for i in s.scalars(query))

    def compulsory(self, s: Session, member_id: int) -> int:
        return sum(s.scalars(select(SavingsAccount.balance_minor).where(
            SavingsAccount.member_id == member_id, SavingsAccount.kind == "compulsory")))

    def settled(self) -> set[int]:
        """Loans closed by a death settlement or written off, either still standing."""
        with Session(self.engine) as s:
            return set(s.scalars(select(LoanSettlement.loan_id))) | set(s.scalars(
                select(LoanWriteOff.loan_id).where(LoanWriteOff.reversed.is_(False))))

    def holidays(self) -> set[date]:
        with Session(self.engine) as s:
            return set(s.scalars(select(Holiday.on_date)))

    def liened(self, s: Session, member_id: int) -> bool:
        """Her compulsory savings are held (the profile's lien) while she owes on a loan:
        paid out and not repaid, or written off and not yet recovered."""
        return self.rules.savings_lien and bool(s.scalar(select(Loan.id).where(
            Loan.member_id == member_id,
            Loan.status.in_(("disbursed", "written_off"))).limit(1)))

    def alive(self, member_id: int) -> bool:
        with Session(self.engine) as s:
            return s.get(Member, member_id).status == "active"  # type: ignore[union-attr]

    def member_of(self, loan_id: int) -> int:
        with Session(self.engine) as s:
            loan = s.get(Loan, loan_id)
            assert loan is not None
            return loan.member_id

    def active_members(self) -> list[int]:
        with Session(self.engine) as s:
            return list(s.scalars(select(Member.id).where(Member.status == "active")
                                  .order_by(Member.id)))

    def marks(self) -> tuple[int, int, int]:
        with Session(self.engine) as s:
            return (s.scalar(select(OutboxEvent.seq).order_by(OutboxEvent.seq.desc())) or 0,
                    s.scalar(select(AuditEvent.id).order_by(AuditEvent.id.desc())) or 0,
                    s.scalar(select(JournalEntry.id).order_by(JournalEntry.id.desc())) or 0)

    # ---- calling a service -------------------------------------------------------------

    def attempt(self, ok: bool | None, fn, *args, audit_only: bool = False):  # type: ignore[no-untyped-def]
        """Call a service that must accept (ok), refuse (not ok) or may do either."""
        before, marks = fingerprint(self.path), self.marks()
        try:
            result = fn(self.engine, *args)
        except ShakhaError as exc:
            assert ok is not True, f"{fn.__name__}{args[1:]} was refused: {exc}"
            assert fingerprint(self.path) == before, f"refused {fn.__name__} changed data"
            count(f"{fn.__name__} refused")
            return REFUSED
        count(f"{fn.__name__} accepted")
        assert ok is not False, f"{fn.__name__}{args[1:]} was accepted"
        self.wrote_its_events(marks, audit_only)
        return result

    def wrote_its_events(self, marks: tuple[int, int, int], audit_only: bool) -> None:
        seq, audit_id, journal_id = marks
        with Session(self.engine) as s:
            events = list(s.scalars(select(OutboxEvent).where(OutboxEvent.seq > seq)
                                    .order_by(OutboxEvent.seq)))
            actions = list(s.scalars(select(AuditEvent.action).where(AuditEvent.id > audit_id)))
            posted = list(s.scalars(select(JournalEntry.id).where(JournalEntry.id > journal_id)
                                    .order_by(JournalEntry.id)))
        carried = [row[0] for e in events for row in json.loads(e.payload).get("journal", [])]
        assert carried == posted, "the step's journal rows are not all in its events"
        if audit_only:
            assert not events and len(actions) == 1
        else:
            assert events, "an accepted step wrote no outbox event"
            assert Counter(actions) == Counter(e.type for e in events), \
                "audit rows and outbox events differ"

    # ---- meetings ----------------------------------------------------------------------

    def draw_entry(self, data, meeting_id: int):  # type: ignore[no-untyped-def]
        """A meeting's entry, whether posting it must succeed, and its effect per member."""
        sheet = meeting_sheet(self.engine, meeting_id)
        spoil = None  # one woman's row in five meetings is wrong
        if sheet.members and data.draw(st.integers(0, 4), label="spoilt") == 0:
            spoil = data.draw(st.sampled_from([m.member_id for m in sheet.members]))
        rows, effect, ok = [], {}, True
        with Session(self.engine) as s:
            for m in sheet.members:
                row, good = self.draw_row(data, s, m, bad=m.member_id == spoil)
                ok = ok and good
                rows.append(row)
                effect[m.member_id] = (row.repayment_minor,
                                       row.savings_deposit_minor - row.savings_withdrawal_minor)
        entry = MeetingEntry(meeting_id, 0, tuple(rows))
        entry = replace(entry, cash_counted_minor=entry.net_cash_minor)
        if spoil is not None and data.draw(st.booleans(), label="miscounted"):
            entry, ok = replace(entry, cash_counted_minor=entry.net_cash_minor + 1), False
        return entry, ok, effect

    def draw_row(self, data, s: Session, m, bad: bool) -> tuple[MeetingRow, bool]:  # type: ignore[no-untyped-def]
        due, owed = m.due_minor + m.arrears_minor, self.owed(s, m.member_id)
        ways = ["nothing"] + (["exact", "exact"] if due else []) \
            + (["partial"] if due > 1 else []) + (["advance"] if owed > due else []) \
            + (["close"] if owed else [])
        how = data.draw(st.sampled_from(ways), label="pays")
        pay = {"nothing": 0, "exact": due, "close": m.closing_minor}.get(how)
        if how == "partial":
            pay = data.draw(small_amounts(1, due - 1), label="partial")
        elif how == "advance":
            pay = data.draw(small_amounts(due + 1, owed), label="advance")
        deposit = data.draw(st.one_of(st.just(0), small_amounts(1, 2_000_00)), label="saves")
        free = self.free_to_withdraw(s, m, closes=how == "close", pay=pay or 0,
                                     deposit=deposit)
        withdraw = data.draw(st.one_of(st.just(0), small_amounts(0, free)), label="takes")
        row = MeetingRow(m.member_id, data.draw(st.sampled_from(ATTENDANCE)), pay or 0,
                         deposit, withdraw, closes_loans=how == "close",
                         paid_by_group=data.draw(st.booleans()))
        if not bad:
            return row, True
        wrong = data.draw(st.sampled_from(["too_much", "negative", "withdraw", "close"]),
                          label="bad input")
        if wrong == "too_much":
            row = replace(row, repayment_minor=owed + data.draw(small_amounts(1, 10**12)),
                          closes_loans=False)
        elif wrong == "negative":
            row = replace(row, savings_deposit_minor=-data.draw(small_amounts(1, 100_00)))
        elif wrong == "withdraw":
            row = replace(row, savings_withdrawal_minor=free + data.draw(small_amounts(1, 10**9)))
        else:
            row = replace(row, closes_loans=True, repayment_minor=m.closing_minor
                          + data.draw(st.sampled_from([-1, 1, 100])))
        return row, False

    def free_to_withdraw(self, s: Session, m, closes: bool, pay: int, deposit: int) -> int:  # type: ignore[no-untyped-def]
        """What she may take out at a meeting where she pays `pay` and saves `deposit`.
        Under the lien (Janata Bank: "lien of group savings" secures the loan) her
        compulsory savings stay held while she still owes after paying: on an open loan
        not closed today, or on a written-off loan not yet recovered (a write-off is the
        branch's book-keeping; it forgives her nothing)."""
        if not self.liened(s, m.member_id):
            return m.withdrawable_minor + deposit
        still_owes = self.written_off_unrecovered(s, m.member_id) or (
            not closes and self.owed(s, m.member_id) - pay > 0)
        return 0 if still_owes else self.compulsory(s, m.member_id) + deposit

    def written_off_unrecovered(self, s: Session, member_id: int) -> bool:
        return bool(s.scalar(select(Loan.id).where(Loan.member_id == member_id,
                                                   Loan.status == "written_off").limit(1)))

    @precondition(lambda self: self.pending())
    @rule(data=st.data())
    def post_a_meeting(self, data) -> None:  # type: ignore[no-untyped-def]
        meeting_id = data.draw(st.sampled_from(self.pending()), label="meeting")
        entry, ok, effect = self.draw_entry(data, meeting_id)
        if data.draw(st.booleans(), label="through a draft") and self.attempt(
                True if ok else None, save_draft, self.world.officer, entry,
                audit_only=True) is not REFUSED:  # a draft never holds a negative or absurd amount
            draft = meeting_sheet(self.engine, meeting_id).draft
            assert draft == entry, "the draft read back is not what was saved"
            entry = draft
        if self.attempt(ok, post_meeting, self.world.officer, entry) is REFUSED:
            return
        for member, (paid, saved) in effect.items():
            self.repaid[member] += paid
            self.saved[member] += saved
        self.cash += entry.net_cash_minor
        self.meetings[meeting_id] = (entry.net_cash_minor, effect)

    @precondition(lambda self: self.meetings)
    @rule(data=st.data())
    def post_a_meeting_again(self, data) -> None:  # type: ignore[no-untyped-def]
        meeting_id = data.draw(st.sampled_from(sorted(self.meetings)))
        member = next(iter(self.meetings[meeting_id][1]))
        entry = MeetingEntry(meeting_id, 0, (MeetingRow(member),))
        self.attempt(False, post_meeting, self.world.officer, entry)

    @precondition(lambda self: any(self.meetings))
    @rule(data=st.data())
    def reverse_a_meeting(self, data) -> None:  # type: ignore[no-untyped-def]
        meeting_id = data.draw(st.sampled_from(sorted(self.meetings)))
        reason = data.draw(st.sampled_from(["", "  "] + ["wrong member's column"] * 4))
        net, effect = self.meetings[meeting_id]
        with Session(self.engine) as s:  # her deposits are still there to take back
            kept = all(saved <= self.compulsory(s, member)
                       for member, (_paid, saved) in effect.items() if saved > 0)
            undone = set(s.scalars(select(JournalEntry.reverses_id).where(
                JournalEntry.meeting_id == meeting_id)))
            loans = {e.loan_id for e in s.scalars(select(JournalEntry).where(
                JournalEntry.meeting_id == meeting_id, JournalEntry.loan_id.is_not(None),
                JournalEntry.reverses_id.is_(None))) if e.id not in undone}
        ok = bool(reason.strip()) and net <= self.cash and kept and not loans & self.settled()
        if self.attempt(ok, reverse_meeting, self.world.manager, meeting_id,
                        reason) is REFUSED:
            return
        del self.meetings[meeting_id]
        for member, (paid, saved) in effect.items():
            self.repaid[member] -= paid
            self.saved[member] -= saved
        self.cash -= net

    @precondition(lambda self: self.pending())
    @rule(data=st.data())
    def meeting_not_held(self, data) -> None:  # type: ignore[no-untyped-def]
        meeting_id = data.draw(st.sampled_from(self.pending()))
        self.attempt(True, mark_not_held, self.world.officer, meeting_id, "Flooded road")

    @precondition(lambda self: self.meetings_where("scheduled", "draft", today_only=False))
    @rule(data=st.data(), days=st.integers(-1, 6))
    def move_a_meeting(self, data, days: int) -> None:  # type: ignore[no-untyped-def]
        meeting_id = data.draw(st.sampled_from(
            self.meetings_where("scheduled", "draft", today_only=False)))
        to = self.business_date() + timedelta(days=days)
        with Session(self.engine) as s:
            group = s.get(Meeting, meeting_id).group_id  # type: ignore[union-attr]
            taken = s.scalar(select(Meeting.id).where(Meeting.group_id == group,
                                                      Meeting.scheduled_on == to))
        self.attempt(days >= 0 and taken is None and to not in self.holidays()
                     and self.never_posted(meeting_id),
                     reschedule_meeting, self.world.officer, meeting_id, to, "Market day")

    @rule(data=st.data(), ahead=st.integers(0, 9))
    def a_holiday_arrives(self, data, ahead: int) -> None:  # type: ignore[no-untyped-def]
        """Head office declares a holiday, often on a day groups already meet."""
        on = self.business_date()
        with Session(self.engine) as s:
            meeting_days = sorted(set(s.scalars(select(Meeting.scheduled_on).where(
                Meeting.scheduled_on > on, Meeting.status.in_(("scheduled", "draft"))))))
        day = data.draw(st.sampled_from(meeting_days)) if meeting_days and \
            data.draw(st.booleans(), label="on a meeting day") else on + timedelta(days=ahead)
        if day in self.holidays():
            return
        self.head_office_sends("holiday", day.isoformat(),
                               {"name_en": "Holiday", "name_bn": "ছুটি"})

    def on_holidays(self) -> list[int]:
        holidays, on = self.holidays(), self.business_date()
        with Session(self.engine) as s:
            return [m.id for m in s.scalars(select(Meeting).where(
                Meeting.status.in_(("scheduled", "draft")), Meeting.posted_at.is_(None))
                .order_by(Meeting.id)) if m.scheduled_on in holidays and m.scheduled_on >= on]

    @precondition(lambda self: self.on_holidays())
    @rule(data=st.data())
    def move_a_meeting_off_a_holiday(self, data) -> None:  # type: ignore[no-untyped-def]
        """The officer moves a meeting off the holiday: to the next free working day."""
        meeting_id = data.draw(st.sampled_from(self.on_holidays()))
        holidays = self.holidays()
        with Session(self.engine) as s:
            meeting = s.get(Meeting, meeting_id)
            assert meeting is not None
            taken = set(s.scalars(select(Meeting.scheduled_on).where(
                Meeting.group_id == meeting.group_id)))
            to = meeting.scheduled_on + timedelta(days=1)
        while to in holidays or to in taken or to.weekday() not in self.rules.working_weekdays:
            to += timedelta(days=1)
        self.attempt(True, reschedule_meeting, self.world.officer, meeting_id, to, "Holiday")

    # ---- the counter -------------------------------------------------------------------

    @precondition(lambda self: self.loans_where("disbursed"))
    @rule(data=st.data())
    def repay_at_the_counter(self, data) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("disbursed", "closed")))
        member = self.member_of(loan_id)
        with Session(self.engine) as s:
            owed = self.owed(s, member, loan_id)
        amount = data.draw(st.one_of(small_amounts(1, max(owed, 1)),
                                     st.sampled_from([0, -100, owed + 1, 10**12])))
        ok = 0 < amount <= owed
        if self.attempt(ok, counter_repayment, self.world.accountant, loan_id,
                        amount) is not REFUSED:
            self.repaid[member] += amount
            self.cash += amount

    def accounts(self) -> list[tuple[int, int, int]]:
        with Session(self.engine) as s:
            return [(a.id, a.member_id, a.balance_minor) for a in s.scalars(
                select(SavingsAccount).where(SavingsAccount.status == "open")
                .order_by(SavingsAccount.id))]

    @precondition(lambda self: self.accounts())
    @rule(data=st.data(), withdraw=st.booleans())
    def savings_at_the_counter(self, data, withdraw: bool) -> None:  # type: ignore[no-untyped-def]
        account, member, balance = data.draw(st.sampled_from(self.accounts()))
        if withdraw:
            amount = data.draw(st.one_of(small_amounts(1, max(balance, 1)),
                                         st.sampled_from([0, -1, balance + 1, 10**12])))
            with Session(self.engine) as s:
                kind = s.get(SavingsAccount, account).kind  # type: ignore[union-attr]
                held = kind == "compulsory" and self.liened(s, member)
            ok = 0 < amount <= min(balance, self.cash) and not held
            fn = counter_withdrawal
        else:
            amount = data.draw(st.one_of(small_amounts(1, 5_000_00), st.sampled_from([0, -1])))
            ok, fn = amount > 0, counter_deposit
        if self.attempt(ok, fn, self.world.accountant, account, amount) is not REFUSED:
            sign = -1 if withdraw else 1
            self.saved[member] += sign * amount
            self.cash += sign * amount

    # ---- loans -------------------------------------------------------------------------

    @rule(data=st.data())
    def apply_for_a_loan(self, data) -> None:  # type: ignore[no-untyped-def]
        alive = self.active_members()  # now and then one who died
        with Session(self.engine) as s:  # often one of the first group with no loan yet
            free = [m for m in alive[:5] if not s.scalar(select(Loan.id).where(
                Loan.member_id == m, Loan.status != "rejected").limit(1))]
        anyone = data.draw(st.integers(0, 5), label="anyone") == 5
        member = data.draw(st.sampled_from(self.members) if anyone or not alive else
                           st.sampled_from(free) if free and data.draw(
                               st.booleans(), label="no loan yet") else st.sampled_from(alive))
        product = data.draw(st.sampled_from(sorted(self.products)))
        low, high, few, many = self.products[product]
        if data.draw(st.booleans(), label="above a junior manager's power"):
            low = min(max(low, POWER["BM-2"] + 100_00), high)
        amount = data.draw(small_amounts(low // 100, high // 100)) * 100
        count = data.draw(st.integers(few, many))
        with Session(self.engine) as s:
            alive = s.get(Member, member).status == "active"  # type: ignore[union-attr]
        self.attempt(None if alive else False, apply_for_loan, self.world.officer,
                     application(member, amount, count, product))

    @precondition(lambda self: self.loans_where("applied"))
    @rule(data=st.data())
    def recommend_a_loan(self, data) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("applied")))
        self.attempt(True, recommend_loan, self.world.officer, loan_id, "Good record")

    @precondition(lambda self: self.loans_where("applied", "recommended"))
    @rule(data=st.data())
    def sanction_a_loan(self, data) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("applied", "recommended")))
        self.attempt(None, sanction_loan, self.world.manager, loan_id, "")

    @precondition(lambda self: self.loans_where("sanctioned"))
    @rule(data=st.data())
    def disburse_a_loan(self, data) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("sanctioned")))
        alive = self.alive(self.member_of(loan_id))  # she may have died since the sanction
        self.attempt(True if alive else None, accept_kfs, self.world.officer, loan_id, "bn")
        statement = kfs(self.engine, loan_id)
        paid = self.attempt(alive and statement.cash_paid_minor <= self.cash, disburse_loan,
                            self.world.manager, loan_id)
        if paid is REFUSED:
            return
        assert paid.cash_paid_minor == statement.cash_paid_minor
        self.cash -= paid.cash_paid_minor
        self.saved[self.member_of(loan_id)] += statement.savings_deducted_minor
        self.schedule_keeps_the_calendar(loan_id)

    def schedule_keeps_the_calendar(self, loan_id: int) -> None:
        """A loan paid out today: the profile's first-installment gap (MRA: 15 days), no
        installment on a holiday known today, weekly ones on the group's meeting day,
        monthly ones off the profile's rest days (Friday in Bangladesh)."""
        on, holidays = self.business_date(), self.holidays()
        with Session(self.engine) as s:
            loan = s.get(Loan, loan_id)
            assert loan is not None and loan.disbursed_on == on
            weekday = s.scalar(select(Group.meeting_weekday).join(
                Member, Member.group_id == Group.id).where(Member.id == loan.member_id))
            dues = list(s.scalars(select(Installment.due_on).where(
                Installment.loan_id == loan_id).order_by(Installment.number)))
        assert dues[0] >= on + timedelta(days=self.rules.min_first_gap_days), loan.loan_no
        assert dues == sorted(dues) and not set(dues) & holidays, loan.loan_no
        if loan.frequency == "weekly":
            assert {d.weekday() for d in dues} == {weekday}, loan.loan_no
        else:
            assert {d.weekday() for d in dues} <= set(self.rules.working_weekdays)

    @precondition(lambda self: self.loans_where("disbursed"))
    @rule(data=st.data(), off_by=st.sampled_from([0, 0, 0, -1, 1]))
    def prepay_a_loan(self, data, off_by: int) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("disbursed")))
        quote = prepayment_quote(self.engine, loan_id).amount_minor
        if self.attempt(off_by == 0, prepay_loan, self.world.accountant, loan_id,
                        quote + off_by) is not REFUSED:
            self.repaid[self.member_of(loan_id)] += quote
            self.cash += quote

    @precondition(lambda self: self.loans_where("disbursed"))
    @rule(data=st.data(), installments=st.integers(1, 30))
    def reschedule_a_loan(self, data, installments: int) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("disbursed")))
        with Session(self.engine) as s:  # a payment reversed after a prepayment can leave
            left = sum(i.principal_minor - i.paid_principal_minor  # only interest owed
                       for i in s.scalars(select(Installment).where(
                           Installment.loan_id == loan_id)))
        request = self.attempt(left > 0, request_reschedule, self.world.officer, loan_id,
                               installments, "Flood destroyed the crop")
        if request is not REFUSED:
            self.attempt(True, approve_reschedule, self.world.manager, request)

    def rescheduled(self) -> list[int]:
        with Session(self.engine) as s:
            latest: dict[int, str] = {}
            for r in s.scalars(select(LoanReschedule).where(
                    LoanReschedule.status == "approved").order_by(LoanReschedule.id)):
                latest[r.loan_id] = r.kind
        open_loans = set(self.loans_where("disbursed"))
        return sorted(k for k, kind in latest.items() if kind == "reschedule" and k in open_loans)

    @precondition(lambda self: self.rescheduled())
    @rule(data=st.data())
    def reverse_a_reschedule(self, data) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.rescheduled()))
        with Session(self.engine) as s:  # what was repaid since must fit the old schedule
            old = s.scalars(select(LoanReschedule).where(
                LoanReschedule.loan_id == loan_id, LoanReschedule.status == "approved")
                .order_by(LoanReschedule.id.desc())).first()
            assert old is not None
            paid = Ledger(list(s.scalars(select(JournalEntry).where(
                JournalEntry.loan_id == loan_id)))).paid[loan_id]
        charged = [sum(row[2] for row in old.old_schedule),
                   sum(row[3] for row in old.old_schedule)]
        self.attempt(paid[0] <= charged[0] and paid[1] <= charged[1], reverse_reschedule,
                     self.world.manager2, loan_id, "Approved in error")

    @precondition(lambda self: len(self.active_members()) == len(self.members))
    @rule(data=st.data())
    def a_member_dies(self, data) -> None:  # type: ignore[no-untyped-def]
        if data.draw(st.integers(0, 3), label="not today"):  # rarer than other steps
            return
        borrowers = {self.member_of(loan) for loan in self.loans_where("disbursed")}
        member = data.draw(st.sampled_from(sorted(borrowers) or self.active_members()))
        self.attempt(True, record_death, self.world.officer, member, self.business_date(),
                     "Snake bite")

    def deceased_loans(self) -> list[int]:
        with Session(self.engine) as s:
            return list(s.scalars(select(Loan.id).join(Member, Member.id == Loan.member_id)
                                  .where(Member.status == "dead", Loan.status == "disbursed")
                                  .order_by(Loan.id)))

    @precondition(lambda self: self.deceased_loans())
    @rule(data=st.data())
    def settle_a_death(self, data) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.deceased_loans()))
        self.attempt(True, settle_death_case, self.world.manager, loan_id, "LIC claim 77")

    def loan_entries(self) -> list[tuple[int, str, int, int, int, str]]:
        """Counter repayments, death settlements, write-offs and recoveries not yet
        reversed."""
        with Session(self.engine) as s:
            undone = set(s.scalars(select(JournalEntry.reverses_id)
                                   .where(JournalEntry.reverses_id.is_not(None))))
            return [(e.id, e.kind, e.amount_minor, e.member_id or 0, e.loan_id or 0, e.reason)
                    for e in s.scalars(select(JournalEntry).where(
                        JournalEntry.kind.in_(("repayment", "insurance_claim", "write_off",
                                               "recovery")),
                        JournalEntry.meeting_id.is_(None),
                        JournalEntry.reverses_id.is_(None)).order_by(JournalEntry.id))
                    if e.id not in undone]

    @precondition(lambda self: self.loan_entries())
    @rule(data=st.data())
    def reverse_a_loan_entry(self, data) -> None:  # type: ignore[no-untyped-def]
        entry, kind, amount, member, loan, why = data.draw(
            st.sampled_from(self.loan_entries()))
        # a prepayment only while it is still the loan's latest change of schedule
        ok = None if why == "prepayment" else {
            "repayment": amount <= self.cash and loan not in self.settled(),
            "recovery": amount <= self.cash,  # its cash leaves the safe again
            "write_off": not self.recovered(loan),  # its recoveries are reversed first
        }.get(kind, True)
        if self.attempt(ok, reverse_loan_entry, self.world.manager, entry,
                        "Receipt entered twice") is REFUSED:
            return
        if kind == "repayment":
            self.repaid[member] -= amount
        if kind in ("repayment", "recovery"):
            self.cash -= amount

    def recovered(self, loan_id: int) -> int:
        with Session(self.engine) as s:
            return sum(e.amount_minor * (-1 if e.reverses_id else 1) for e in s.scalars(
                select(JournalEntry).where(JournalEntry.loan_id == loan_id,
                                           JournalEntry.kind == "recovery")))

    # ---- write-off and recovery ----------------------------------------------------------

    @precondition(lambda self: self.loans_where("disbursed"))
    @rule(data=st.data(), who=st.sampled_from(["manager", "manager", "officer", "accountant"]),
          reason=st.sampled_from(["Family left the district", "Family left the district",
                                  " "]))
    def write_off_a_loan(self, data, who: str, reason: str) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("disbursed")))
        on = self.business_date()
        with Session(self.engine) as s:  # what is left: all principal, interest fallen due
            insts = list(s.scalars(select(Installment).where(Installment.loan_id == loan_id)))
        principal = sum(i.principal_minor - i.paid_principal_minor for i in insts)
        interest = sum(i.interest_minor - i.paid_interest_minor for i in insts
                       if i.due_on <= on)
        amount = self.attempt(who == "manager" and bool(reason.strip()), write_off_loan,
                              getattr(self.world, who), loan_id, reason)
        if amount is not REFUSED:
            assert amount == principal + interest

    @precondition(lambda self: self.loans_where("written_off"))
    @rule(data=st.data(), who=st.sampled_from(["accountant", "officer", "manager"]))
    def recover_a_written_off_loan(self, data, who: str) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("written_off")))
        with Session(self.engine) as s:
            wo = s.scalars(select(LoanWriteOff).where(LoanWriteOff.loan_id == loan_id,
                                                      LoanWriteOff.reversed.is_(False))).one()
        left = wo.principal_minor + wo.interest_minor - self.recovered(loan_id)
        amount = data.draw(st.one_of(small_amounts(1, max(left, 1)),
                                     st.sampled_from([0, -1, left + 1])))
        if self.attempt(0 < amount <= left, recover_written_off, getattr(self.world, who),
                        loan_id, amount) is not REFUSED:
            self.cash += amount

    # ---- forwarding and head office's decisions ----------------------------------------

    @precondition(lambda self: self.loans_where("applied", "recommended"))
    @rule(data=st.data(), who=st.sampled_from(["manager", "junior"]))
    def forward_a_loan(self, data, who: str) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(self.loans_where("applied", "recommended")))
        actor = getattr(self.world, who)
        with Session(self.engine) as s:
            amount = s.get(Loan, loan_id).principal_minor  # type: ignore[union-attr]
        if self.attempt(amount > POWER[actor.sanction_grade], forward_loan, actor, loan_id,
                        "Sound business, above my power") is not REFUSED:
            self.forwarded.add(loan_id)

    def head_office_sends(self, kind: str, key: str, payload: dict) -> None:
        """Reference data arriving by sync, applied as the pull applies a page."""
        version = self.ref_cursor + 1
        page = {"changes": [{"kind": kind, "key": key, "payload": payload,
                             "version": version, "deleted": False}],
                "next_cursor": version}
        assert apply_page(self.engine, page, self.ref_cursor) == 1
        self.ref_cursor = version

    @precondition(lambda self: self.forwarded)
    @rule(data=st.data(), decision=st.sampled_from(["approved", "sanctioned", "rejected"]))
    def head_office_decides(self, data, decision: str) -> None:  # type: ignore[no-untyped-def]
        loan_id = data.draw(st.sampled_from(sorted(self.forwarded)))
        waiting = set(self.loans_where("forwarded"))
        self.head_office_sends("decision", f"loan-{loan_id}", {
            "loan_id": loan_id, "decision": decision, "authority": "AGM",
            "reason": "Over-indebted" if decision == "rejected" else ""})
        decided = {k for k in waiting if k == loan_id or self.hq_decision(k)}
        if not decided:  # a decision on a loan decided before changes nothing
            before = fingerprint(self.path)
            result = apply_hq_decisions(self.engine, Actor.system())
            assert (result.sanctioned, result.rejected) == ((), ())
            assert fingerprint(self.path) == before
            return
        result = self.attempt(True, apply_hq_decisions, Actor.system())
        assert set(result.sanctioned) | set(result.rejected) == decided
        for loan in decided:
            status = "rejected" if self.hq_decision(loan) == "rejected" else "sanctioned"
            assert loan in (result.rejected if status == "rejected" else result.sanctioned)
            with Session(self.engine) as s:
                assert s.get(Loan, loan).status == status  # type: ignore[union-attr]

    def hq_decision(self, loan_id: int) -> str | None:
        from app.db.models_sync import HqDecision

        with Session(self.engine) as s:
            row = s.get(HqDecision, f"decision:loan-{loan_id}")
        return json.loads(row.payload)["decision"] if row else None

    # ---- credit bureau -------------------------------------------------------------------

    @precondition(lambda self: self.loans_where(*BUREAU_PENDING))
    @rule(data=st.data(), method=st.sampled_from(["thumb", "signature", "verbal"]))
    def ask_for_a_bureau_check(self, data, method: str) -> None:  # type: ignore[no-untyped-def]
        """The applicant's check, her spelling checked first; asking again while it
        travels records and sends nothing more."""
        loan_id = data.draw(st.sampled_from(self.loans_where(*BUREAU_PENDING)))
        member = self.member_of(loan_id)
        if household(self.engine, member)[0].id is None:
            self.attempt(True, save_person, self.world.officer, member, PersonInput(
                "self", "Member Das", date_of_birth=date(1990, 1, 1),
                id_document_type="voter_id", id_document_number=f"WB{member:07d}"))
        me = household(self.engine, member)[0]
        with Session(self.engine) as s:
            day = s.get(BusinessDay, self.business_date())
            open_day = day is None or day.status == "open"
        before = fingerprint(self.path)
        asked = set(self.bureau_asked)
        found = bureau_panel(self.engine, loan_id).lines[0]
        travelling = found.state in ("waiting_to_send", "at_head_office", "sent") and \
            found.request_id is not None and self.bureau_asked.get(found.request_id) == loan_id
        if travelling and method != "verbal":
            assert ask_for_bureau_check(self.engine, self.world.officer, loan_id, me.id,
                                        method) == found.request_id
            assert fingerprint(self.path) == before, "asking twice recorded something"
            return
        request = self.attempt(method != "verbal" and open_day, ask_for_bureau_check,
                               self.world.officer, loan_id, me.id, method)
        if request is not REFUSED:
            assert request not in asked
            self.bureau_asked[request] = loan_id

    @precondition(lambda self: self.bureau_asked)
    @rule(data=st.data(), outcome=st.sampled_from(["hit", "hit", "no_hit", "multiple"]),
          dpd=st.sampled_from([0, 0, 12, 75]))
    def a_bureau_report_arrives(self, data, outcome: str, dpd: int) -> None:  # type: ignore[no-untyped-def]
        from app.domain.bureau import BureauReport, ReportedAccount

        request = data.draw(st.sampled_from(sorted(self.bureau_asked)))
        accounts = (ReportedAccount("Asha Microfin", "AS-1", "active", dpd=dpd,
                                    outstanding_minor=9_000_00, overdue_minor=dpd * 10_00,
                                    installment_minor=300_00, frequency="weekly"),) \
            if outcome == "hit" else ()
        report = BureauReport(outcome, self.business_date(), "CRIF", accounts)
        self.head_office_sends("bureau", request, {"request_id": request, "state": "answered",
                                                   "at": "10:00", "report": report.to_dict()})
        loan_id = self.bureau_asked[request]
        line = bureau_panel(self.engine, loan_id).lines[0]
        if line.request_id == request:
            assert line.state == {"hit": "received", "no_hit": "no_record"}.get(outcome,
                                                                               "error")
        if outcome == "hit" and dpd > 60 and self.profile == "india_rbi" and \
                loan_id in self.loans_where("applied", "recommended"):
            self.attempt(False, sanction_loan, self.world.manager, loan_id, "")

    @invariant()
    def every_check_has_its_own_consent(self) -> None:
        from app.db.models_bureau import BureauConsent, BureauRequest

        with Session(self.engine) as s:
            pairs = s.execute(select(BureauRequest.person_id, BureauConsent.person_id).join(
                BureauConsent, BureauConsent.id == BureauRequest.consent_id)).all()
            consents = s.scalar(select(func.count()).select_from(BureauConsent))
        assert len(pairs) == consents == len(self.bureau_asked)
        assert all(a == b for a, b in pairs)

    # ---- savings interest ----------------------------------------------------------------

    @rule(back=st.sampled_from([0, 0, 3, 30, 400, -1]),
          who=st.sampled_from(["accountant", "manager", "officer"]))
    def post_interest(self, back: int, who: str) -> None:
        """Interest to a period end (today, earlier, or the future: refused), on each
        open account's balance for the days since it was last credited (365-day year,
        half up to the paisa); a period already credited gives nothing more."""
        period_end = self.business_date() - timedelta(days=back)
        with Session(self.engine) as s:
            accounts = [(a.id, a.member_id, a.balance_minor, a.annual_rate_bp, a.opened_on)
                        for a in s.scalars(select(SavingsAccount).where(
                            SavingsAccount.status == "open"))]
        expected = {}
        for account, member, balance, rate, opened in accounts:
            days = (period_end - self.interest_to.get(account, opened)).days
            amount = (2 * balance * rate * days + 10000 * 365) // (2 * 10000 * 365) \
                if balance > 0 and days > 0 and rate > 0 else 0
            if amount > 0:
                expected[account] = (member, amount)
        result = self.attempt(who != "officer" and back >= 0, post_savings_interest,
                              getattr(self.world, who), period_end)
        if result is REFUSED:
            return
        assert (result.accounts, result.total_minor) == (
            len(expected), sum(a for _m, a in expected.values()))
        for account, (member, amount) in expected.items():
            self.saved[member] += amount
            self.interest_to[account] = period_end

    # ---- cash and the day ---------------------------------------------------------------

    @rule(data=st.data(), direction=st.sampled_from(["in", "out", "expense"]))
    def move_cash(self, data, direction: str) -> None:  # type: ignore[no-untyped-def]
        amount = data.draw(st.one_of(small_amounts(1, max(self.cash, 1)),
                                     st.sampled_from([0, -5, self.cash + 1])))
        ok = amount > 0 and (direction == "in" or amount <= self.cash)
        entry = self.attempt(ok, record_cash_transfer, self.world.accountant, direction,
                             amount, "Advice 42")
        if entry is not REFUSED:
            self.transfers[entry] = (direction, amount)
            self.cash += amount if direction == "in" else -amount

    @precondition(lambda self: self.transfers)
    @rule(data=st.data())
    def reverse_cash(self, data) -> None:  # type: ignore[no-untyped-def]
        entry = data.draw(st.sampled_from(sorted(self.transfers)))
        direction, amount = self.transfers[entry]
        ok = entry not in self.reversed_transfers and (direction != "in" or amount <= self.cash)
        if self.attempt(ok, reverse_cash_transfer, self.world.manager, entry,
                        "Wrong advice") is not REFUSED:
            self.reversed_transfers.add(entry)
            self.cash -= amount if direction == "in" else -amount

    @rule(off_by=st.sampled_from([0, 0, 0, 0, 1, -1, -250_00]),
          reason=st.sampled_from(["", "", "Counted again: the difference stands", " "]))
    def close_the_day(self, off_by: int, reason: str) -> None:
        """A count off the book closes the day only with a reason: the difference goes to
        its suspense head (an open task) and the book then equals the count."""
        counted = self.cash + off_by
        ok = not self.pending() and counted >= 0 and (off_by == 0 or bool(reason.strip()))
        on, holidays = self.business_date(), self.holidays()
        with Session(self.engine) as s:
            last = s.scalar(select(Meeting.id).order_by(Meeting.id.desc()).limit(1)) or 0
        closed = self.attempt(ok, close_day, self.world.manager, counted, reason)
        if closed is REFUSED:
            return
        self.cash = counted
        if off_by:
            with Session(self.engine) as s:
                newest = s.scalars(select(CashDifference).order_by(
                    CashDifference.id.desc())).first()
            assert newest is not None and newest.on_date == on
            assert (newest.direction, newest.amount_minor, newest.status) == (
                "short" if off_by < 0 else "over", abs(off_by), "open")
        # the next morning comes: the computer's calendar reaches the new business day
        CLOCK.set_today(max(date.today(), closed.next_business_date))
        # the next working day (not a rest day, not a holiday), or an earlier day a
        # meeting still waits on
        working = on + timedelta(days=1)
        while working.weekday() not in self.rules.working_weekdays or working in holidays:
            working += timedelta(days=1)
        with Session(self.engine) as s:
            waiting = s.scalar(select(Meeting.scheduled_on).where(
                Meeting.status.in_(("scheduled", "draft")), Meeting.scheduled_on > on)
                .order_by(Meeting.scheduled_on).limit(1))
            new = s.scalars(select(Meeting.scheduled_on).where(Meeting.id > last)).all()
        expected = min(working, waiting) if waiting else working
        assert closed.next_business_date == self.business_date() == expected
        assert not set(new) & holidays, "a meeting was scheduled on a holiday"

    # ---- input no form can produce (a script's, an attacker's) ---------------------------

    @rule(data=st.data(), attack=st.sampled_from(
        ["deposit", "repay", "transfer", "close", "name", "phone", "birth", "group", "meeting"]))
    def bad_input_changes_nothing(self, data, attack: str) -> None:  # type: ignore[no-untyped-def]
        """True, 2**62, NUL or zero-width names, a 5,000-digit or Devanagari phone, a birth
        in 1800: each refused with a reason, every table as it was (see attempt)."""
        from app.services.groups import NewGroup, form_group
        from app.services.members import NewMember, register_member

        w = self.world
        amount = data.draw(st.sampled_from([True, False, 2**62, -1, 1.5, 10**13 + 1]),
                           label="odd amount")
        name = data.draw(st.sampled_from(["\x00", "Rina\x00Das", "\u200b\u200b", "R" * 200_000,
                                          "12345", "Rina\u202eDas", " "]), label="odd name")
        with Session(self.engine) as s:
            group = s.get(Group, w.group_id)
            assert group is not None
            village = group.village_id
        member = NewMember(w.group_id, "Rina Das", "রিনা দাস")
        if attack == "deposit" and self.accounts():
            account = data.draw(st.sampled_from(self.accounts()))[0]
            self.attempt(False, counter_deposit, w.accountant, account, amount)
        elif attack == "repay" and self.loans_where("disbursed"):
            loan = data.draw(st.sampled_from(self.loans_where("disbursed")))
            self.attempt(False, counter_repayment, w.accountant, loan, amount)
        elif attack == "transfer":
            self.attempt(False, record_cash_transfer, w.manager, "in", amount, "HO advice 7")
        elif attack == "close":
            self.attempt(False, close_day, w.manager, amount)
        elif attack == "name":
            self.attempt(False, register_member, w.officer, replace(member, name_en=name,
                                                                     name_bn=""))
        elif attack == "phone":
            phone = data.draw(st.sampled_from(["1" * 5000, "९८७६५४३२१०", "12345", "98765\x0043210"]))
            self.attempt(False, register_member, w.officer, replace(member, phone=phone))
        elif attack == "birth":
            born = data.draw(st.sampled_from([date(1800, 1, 1), date(1899, 12, 31),
                                              TODAY - timedelta(days=365 * 10)]))
            self.attempt(False, register_member, w.officer, replace(member, date_of_birth=born))
        elif attack == "group":
            self.attempt(False, form_group, w.officer, NewGroup(
                name, "", village, 2, "10:30", w.officer.staff_id or 0))
        elif attack == "meeting" and self.pending():
            meeting = data.draw(st.sampled_from(self.pending()))
            members = meeting_sheet(self.engine, meeting).members
            if not members:
                return
            row = MeetingRow(members[0].member_id, "present", amount)
            entry = MeetingEntry(meeting, amount if type(amount) is int else 0, (row,))
            self.attempt(False, data.draw(st.sampled_from([save_draft, post_meeting])),
                         w.officer, entry)

    def open_differences(self) -> list[tuple[int, str, int]]:
        with Session(self.engine) as s:
            return [(d.id, d.direction, d.amount_minor) for d in s.scalars(
                select(CashDifference).where(CashDifference.status == "open")
                .order_by(CashDifference.id))]

    @precondition(lambda self: self.open_differences())
    @rule(data=st.data(), how=st.sampled_from(["recovered", "written_off", "returned",
                                               "to_income", "reversed"]),
          who=st.sampled_from(["manager", "manager", "accountant"]))
    def settle_a_cash_difference(self, data, how: str, who: str) -> None:  # type: ignore[no-untyped-def]
        """The manager settles a difference in suspense: a shortage recovered (cash in) or
        written off, an excess returned (cash out) or taken to income, or the recording
        reversed (the count was wrong); the others are refused."""
        difference, direction, amount = data.draw(st.sampled_from(self.open_differences()))
        fits = {"recovered": "short", "written_off": "short", "returned": "over",
                "to_income": "over"}.get(how, direction) == direction
        pays_out = (how == "returned") or (how == "reversed" and direction == "over")
        ok = who == "manager" and fits and (not pays_out or amount <= self.cash)
        if how == "reversed":
            done = self.attempt(ok, reverse_difference, getattr(self.world, who), difference,
                                "Found in the drawer")
        else:
            done = self.attempt(ok, settle_difference, getattr(self.world, who), difference,
                                how, "Settled, voucher 7")
        if done is REFUSED:
            return
        comes_in = how == "recovered" or (how == "reversed" and direction == "short")
        self.cash += amount if comes_in else -amount if pays_out else 0

    # ---- after every step --------------------------------------------------------------

    @invariant()
    def suspense_heads_equal_their_open_differences(self) -> None:
        """What the journal holds in the shortage and excess suspense heads is exactly the
        open differences: recorded, less settled, less reversed."""
        into = {"cash_shortage": ("short", 1), "shortage_recovered": ("short", -1),
                "shortage_written_off": ("short", -1), "cash_excess": ("over", 1),
                "excess_returned": ("over", -1), "excess_to_income": ("over", -1)}
        held = {"short": 0, "over": 0}
        with Session(self.engine) as s:
            for e in s.scalars(select(JournalEntry).where(JournalEntry.kind.in_(into))):
                head, sign = into[e.kind]
                held[head] += sign * (-1 if e.reverses_id else 1) * e.amount_minor
        expected = {"short": 0, "over": 0}
        for _id, direction, amount in self.open_differences():
            expected[direction] += amount
        assert held == expected, "suspense differs from its open differences"

    @invariant()
    def a_posted_meeting_shows_what_its_ledger_holds(self) -> None:
        """The entry kept on a posted meeting (its read-only view, offered again after a
        reversal) is what its journal rows not yet reversed say, member by member."""
        with Session(self.engine) as s:
            for meeting in s.scalars(select(Meeting).where(Meeting.status == "posted")):
                undone = set(s.scalars(select(JournalEntry.reverses_id).where(
                    JournalEntry.meeting_id == meeting.id)))
                money: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
                for e in s.scalars(select(JournalEntry).where(
                        JournalEntry.meeting_id == meeting.id,
                        JournalEntry.reverses_id.is_(None))):
                    if e.id not in undone and e.kind in MONEY_COLUMN:
                        money[e.member_id][MONEY_COLUMN[e.kind]] += e.amount_minor  # type: ignore[index]
                assert meeting.posted_entry is not None
                shown = {r["member_id"]: [r["repayment_minor"], r["savings_deposit_minor"],
                                          r["savings_withdrawal_minor"]]
                         for r in meeting.posted_entry["rows"]}
                assert {m: v for m, v in shown.items() if any(v)} == dict(money), meeting.id

    @invariant()
    def db_check_finds_nothing(self) -> None:
        report = check_database(self.path)
        assert report.ok, [p.text for p in report.problems]

    @invariant()
    def the_books_equal_the_ledger_and_the_model(self) -> None:
        with Session(self.engine) as s:
            journal = list(s.scalars(select(JournalEntry).order_by(JournalEntry.id)))
            loans = list(s.scalars(select(Loan)))
            insts: dict[int, list[Installment]] = defaultdict(list)
            for inst in s.scalars(select(Installment).order_by(Installment.number)):
                insts[inst.loan_id].append(inst)
            accounts = list(s.scalars(select(SavingsAccount)))
            events = list(s.scalars(select(OutboxEvent).order_by(OutboxEvent.seq)))
            on = s.scalars(select(Branch.business_date)).one()
        ledger = Ledger(journal)
        assert ledger.cash == self.cash >= 0
        book = cash_book(self.engine, on)
        assert book.closing_minor == book.opening_minor + book.receipts_minor \
            - book.payments_minor == ledger.cash
        assert {m: v for m, v in ledger.repaid.items() if v} == \
            {m: v for m, v in self.repaid.items() if v}, "repayments lost or doubled"
        held: dict[int, int] = defaultdict(int)
        for account in accounts:
            assert account.balance_minor == ledger.savings[account.id] >= 0
            held[account.member_id] += account.balance_minor
        assert {m: v for m, v in held.items() if v} == \
            {m: v for m, v in self.saved.items() if v}, "savings lost or doubled"
        for loan in loans:
            ledger.check_loan(loan, insts[loan.id])
        self.written_off_is_its_own_book(ledger, loans, insts, on)
        ledger.check_interest()
        assert [e.seq for e in events] == list(range(1, len(events) + 1))
        carried = [row[0] for e in events for row in json.loads(e.payload).get("journal", [])]
        assert carried == [e.id for e in journal], "a journal row is not in the outbox once"


    def written_off_is_its_own_book(self, ledger: Ledger, loans: list[Loan],
                                    insts: dict[int, list[Installment]], on: date) -> None:
        """A written-off loan's outstanding is in the written-off book (its standing
        write-off, less what was recovered), not in the portfolio."""
        with Session(self.engine) as s:
            standing = {w.loan_id: w for w in s.scalars(select(LoanWriteOff).where(
                LoanWriteOff.reversed.is_(False)))}
        for loan_id, wo in standing.items():
            assert (wo.principal_minor, wo.interest_minor) == tuple(ledger.written[loan_id])
        assert {k for k, v in ledger.written.items() if any(v)} <= set(standing)
        portfolio = portfolio_report(self.engine, on)
        open_loans = [loan for loan in loans if loan.status == "disbursed"]
        assert portfolio.active_loans == len(open_loans)
        assert portfolio.outstanding_minor == sum(
            i.principal_minor - i.paid_principal_minor for loan in open_loans
            for i in insts[loan.id]), "the portfolio is not the open loans' outstanding"


class Ledger:
    """What the journal says, summed in Python (not by the services' queries)."""

    def __init__(self, journal: list[JournalEntry]) -> None:
        self.cash = 0
        self.repaid: dict[int, int] = defaultdict(int)
        self.savings: dict[int, int] = defaultdict(int)
        self.paid: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        self.claimed: dict[int, int] = defaultdict(int)
        self.written: dict[int, list[int]] = defaultdict(lambda: [0, 0])
        self.recovered: dict[int, int] = defaultdict(int)
        self.interest_to: dict[int, list[date]] = defaultdict(list)
        reversed_ids = {e.reverses_id for e in journal if e.reverses_id is not None}
        for e in journal:
            sign = -1 if e.reverses_id is not None else 1
            if e.channel != "bank":
                self.cash += sign * CASH_SIGN[e.kind] * e.amount_minor
            if e.kind == "repayment":
                self.repaid[e.member_id] += sign * e.amount_minor  # type: ignore[index]
                self.paid[e.loan_id][0] += sign * e.principal_minor  # type: ignore[index]
                self.paid[e.loan_id][1] += sign * e.interest_minor  # type: ignore[index]
            elif e.kind in ("savings_deposit", "savings_interest"):
                self.savings[e.savings_account_id] += sign * e.amount_minor  # type: ignore[index]
            elif e.kind == "savings_withdrawal":
                self.savings[e.savings_account_id] -= sign * e.amount_minor  # type: ignore[index]
            elif e.kind == "insurance_claim":
                self.claimed[e.loan_id] += sign * e.principal_minor  # type: ignore[index]
            elif e.kind == "write_off":
                self.written[e.loan_id][0] += sign * e.principal_minor  # type: ignore[index]
                self.written[e.loan_id][1] += sign * e.interest_minor  # type: ignore[index]
            elif e.kind == "recovery":
                self.recovered[e.loan_id] += sign * e.amount_minor  # type: ignore[index]
            if e.kind == "savings_interest" and e.id not in reversed_ids and sign > 0:
                self.interest_to[e.savings_account_id].append(  # type: ignore[index]
                    date.fromisoformat(e.reason.removeprefix("interest to ")))

    def check_interest(self) -> None:
        """Interest is credited once per period: each credit to a later period end."""
        for account, ends in self.interest_to.items():
            assert all(a < b for a, b in itertools.pairwise(ends)), (account, ends)

    def check_loan(self, loan: Loan, insts: list[Installment]) -> None:
        if loan.status in ("applied", "recommended", "forwarded", "sanctioned", "rejected"):
            assert not insts and not self.paid[loan.id][0]
            return
        paid_p, paid_i = self.paid[loan.id]
        assert [sum(i.paid_principal_minor for i in insts),
                sum(i.paid_interest_minor for i in insts)] == [paid_p, paid_i], loan.loan_no
        assert sum(i.principal_minor for i in insts) == loan.principal_minor, loan.loan_no
        for i in insts:
            assert 0 <= i.paid_principal_minor <= i.principal_minor, (loan.loan_no, i.number)
            assert 0 <= i.paid_interest_minor <= i.interest_minor, (loan.loan_no, i.number)
            assert (i.paid_on is not None) == (unpaid(i) == 0), (loan.loan_no, i.number)
        outstanding = loan.principal_minor - paid_p
        assert outstanding == sum(i.principal_minor - i.paid_principal_minor for i in insts)
        assert outstanding >= 0
        written_p, written_i = self.written[loan.id]
        recovered = self.recovered[loan.id]
        assert 0 <= recovered <= written_p + written_i, f"{loan.loan_no} recovered too much"
        if loan.status == "disbursed":
            assert any(unpaid(i) for i in insts), f"{loan.loan_no} is paid but open"
            assert (written_p, written_i, recovered) == (0, 0, 0), loan.loan_no
        elif loan.status == "written_off":
            assert outstanding == written_p, f"{loan.loan_no} written off short"
            assert recovered < written_p + written_i or not written_p + written_i
        elif loan.status == "closed":
            assert outstanding == self.claimed[loan.id] + written_p, \
                f"{loan.loan_no} closed owing"
            assert recovered == written_p + written_i, f"{loan.loan_no} closed unrecovered"


def test_a_written_off_loan_keeps_her_compulsory_savings_held_at_a_meeting(
        tmp_path: Path, _migrated_template: Path) -> None:
    """Found by the machine on a fresh clone (bangladesh_mra): reschedule → write-off →
    meeting not held → prepayment → new application, then at a meeting she saved and took
    out a little. The model let her (she owed nothing on an *open* loan); the service
    refused. The service is right: Janata Bank's products are secured by "lien of group
    savings", and a write-off forgives her nothing, so the lien holds until the
    written-off loan is recovered."""
    BranchWeek.base, BranchWeek.template = tmp_path, _migrated_template
    BranchWeek.profile = "bangladesh_mra"
    week = BranchWeek()
    try:
        w, (first, second) = week.world, week.members[:2]
        with Session(week.engine) as s:
            loan, other = (s.scalars(select(Loan.id).where(Loan.member_id == m)).one()
                           for m in (first, second))
        request = week.attempt(True, request_reschedule, w.officer, loan, 20, "Flood")
        week.attempt(True, approve_reschedule, w.manager, request)
        week.attempt(True, write_off_loan, w.manager, loan, "Family left the district")
        week.attempt(True, recover_written_off, w.manager, loan, 90)
        week.cash += 90
        later = week.meetings_where("scheduled", today_only=False)[-1]
        week.attempt(True, mark_not_held, w.officer, later, "Flooded road")
        quote = prepayment_quote(week.engine, other).amount_minor
        week.attempt(True, prepay_loan, w.accountant, other, quote)
        week.repaid[second] += quote
        week.cash += quote
        week.attempt(None, apply_for_loan, w.officer, application(first, 10_000_00, 52,
                                                                  "JB-SWN"))
        meeting = week.pending()[0]
        sheet = meeting_sheet(week.engine, meeting)
        her = next(m for m in sheet.members if m.member_id == first)
        with Session(week.engine) as s:
            assert week.free_to_withdraw(s, her, closes=False, pay=0, deposit=2) == 0
        rows = tuple(MeetingRow(m.member_id) for m in sheet.members if m.member_id != first)
        taking = MeetingEntry(meeting, 0, (*rows, MeetingRow(first, savings_deposit_minor=2,
                                                             savings_withdrawal_minor=2)))
        assert week.attempt(False, post_meeting, w.officer, taking) is REFUSED
        saving = MeetingEntry(meeting, 2, (*rows, MeetingRow(first, savings_deposit_minor=2)))
        week.attempt(True, post_meeting, w.officer, saving)
        week.saved[first] += 2
        week.cash += 2
        week.db_check_finds_nothing()
        week.the_books_equal_the_ledger_and_the_model()
    finally:
        week.teardown()


@pytest.mark.parametrize("profile", ["india_rbi", "bangladesh_mra"])
def test_any_week_of_branch_work_keeps_every_balance_equal_to_the_ledger(
        tmp_path: Path, _migrated_template: Path, profile: str) -> None:
    BranchWeek.base, BranchWeek.template = tmp_path, _migrated_template
    BranchWeek.profile = profile
    run_state_machine_as_test(BranchWeek, settings=settings(
        max_examples=budget(20), stateful_step_count=32, deadline=None,
        suppress_health_check=list(HealthCheck)))
