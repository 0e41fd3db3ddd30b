"""The simulated years of a demo branch, written in bulk.

Behaviour (a real branch's tail, not a healthy average): most members pay every
installment at the meeting it falls due; some miss an installment now and then and pay
it with a later one, or pay only part of what is due (split by the domain's allocation
rules, as a posted meeting would); chronic late payers skip often and catch up seldom,
so weeks of arrears build up (PAR30, a few PAR90); a few stop paying at some day of the
branch's history — still open when that was recently (PAR90), written off once more than
180 days past due, and about half of those written off later pay something back at the
counter (a recovery; all of it closes the loan). Installment caches are built from the
same splits, so they equal the ledger. Everything follows the seed.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import random
from bisect import bisect_right
from collections.abc import Callable, Iterable
from datetime import date, datetime, time, timedelta
from decimal import Decimal

import sqlcipher3

from app.db.base import day_number, micros
from app.db.canonical import GENESIS_HASH
from app.db.ledger import _JOURNAL_TEMPLATE, CASH_SIGN
from app.demo import names
from app.domain.allocation import InstallmentDue, allocate
from app.domain.calendar import meeting_dates
from app.domain.money import from_minor, to_minor
from app.domain.products import PROFILES, LoanProduct
from app.domain.schedule import LoanTerms, build_schedule
from app.format import to_bengali_digits

SAFE_LIMIT = 50_000_00  # more cash than this goes to the bank at the end of the day
SAFE_FLOAT = 20_000_00  # what stays in the safe (and the margin a fund leaves)
FUND_UNIT = 10_000_00  # head office sends funds in multiples of this
TODAY_FUND = 5_00_000_00  # cash in the safe this morning, for the day's disbursements
BANK_UNIT = 1_000_00
ATTENDANCE = (("present", 90), ("absent_paid", 4), ("absent", 4), ("leave", 2))
# journal kinds in the order they happen within a day for one member
KIND_ORDER = {"disbursement": 0, "fee": 1, "insurance": 2, "repayment": 3,
              "savings_deposit": 4, "write_off": 5, "recovery": 6}
# how members repay (weights per 100 members): see the module's docstring
BEHAVIOURS = (("good", 80), ("late", 9), ("chronic", 7), ("default", 4))
CHRONIC_SKIP, CHRONIC_CATCH_UP = 0.35, 0.05  # a chronic payer's weekly chances


def _iso(d: date) -> str:
    return d.isoformat()


class Simulation:
    def __init__(self, con: sqlcipher3.Connection, rng: random.Random, profile: str,
                 start: date, today: date, holidays: set[date], officers: list[int],
                 products: list[tuple[int, LoanProduct]], branch_code: str,
                 report: Callable[[int, str], None]) -> None:
        self.con, self.rng, self.profile = con, rng, profile
        self.start, self.today, self.holidays = start, today, holidays
        self.frozen_holidays = frozenset(holidays)
        self.officers, self.branch_code, self.report = officers, branch_code, report
        weekly = [(pid, p) for pid, p in products if p.frequency.value == "weekly"]
        self.product_id, self.product = weekly[-1] if profile != "india_rbi" else weekly[0]
        self.journal: list[tuple] = []
        self.installments: list[tuple] = []
        self.attendance: list[tuple] = []
        self.savings_balance: dict[int, int] = {}
        self.member_count = self.group_count = self.loan_count = self.journal_count = 0
        self.meeting_ids: dict[tuple[int, date], int] = {}
        self.next_loan_no = 1
        self.written_off: tuple[int, date, int] | None = None  # the loan _repay wrote off
        self.defaulters = self.write_offs = 0
        working = set(PROFILES[profile].working_weekdays) | {today.weekday()}
        self.weekdays = sorted(working)

    # --- structure ------------------------------------------------------------------
    def _villages(self) -> list[int]:
        pool = names.VILLAGES_IN if self.profile == "india_rbi" else names.VILLAGES_BD
        ids = []
        for en, bn in pool:
            cur = self.con.execute(
                "INSERT INTO village (name_en, name_bn, block, district) VALUES (?,?,?,?)",
                (en, bn, pool[0][0], "Cooch Behar" if self.profile == "india_rbi"
                 else "Cumilla"))
            ids.append(int(cur.lastrowid or 0))
        return ids

    def _place(self, group_no: int) -> str:
        places = names.MEETING_PLACES[self.profile]
        return places[(group_no - 1) % len(places)]

    def _group_sizes(self, members: int) -> list[int]:
        """Group sizes within the product's limits, at least one group per meeting day."""
        low, high = (5, 20) if self.profile == "india_rbi" else (5, 10)
        high = min(high, self.product.max_group_size)
        low = min(max(low, self.product.min_group_size), high)
        typical = (low + 2 * high) // 3
        count = max(-(-members // high), min(members // low,
                                             max(len(self.weekdays), members // typical)))
        sizes = [low] * count
        open_groups = list(range(count))
        for _ in range(members - low * count):
            k = self.rng.randrange(len(open_groups))
            sizes[open_groups[k]] += 1
            if sizes[open_groups[k]] == high:
                open_groups.pop(k)
        return sizes

    def run(self, members: int) -> None:
        villages = self._villages()
        sizes = self._group_sizes(members)
        member_no = 0
        # group 1 meets today and belongs to officer1, the documented demo login
        first = self.weekdays.index(self.today.weekday())
        for g, size in enumerate(sizes, 1):
            weekday = self.weekdays[(first + g - 1) % len(self.weekdays)]
            officer = self.officers[(g - 1) % len(self.officers)]
            village = villages[(g - 1) % len(villages)]
            span = max(1, (self.today - self.start).days // 2)
            formed = self.start + timedelta(days=self.rng.randrange(span) if g > 3 else 0)
            en, bn = names.GROUP_NAMES[(g - 1) % len(names.GROUP_NAMES)]
            cur = self.con.execute(
                "INSERT INTO member_group (code, name_en, name_bn, village_id, meeting_weekday,"
                " meeting_time, meeting_place, field_officer_id, formation_date, max_members,"
                " status) VALUES (?,?,?,?,?,?,?,?,?,?,'active')",
                (f"G{g:04d}", f"{en} {g}", f"{bn} {to_bengali_digits(str(g))}", village, weekday,
                 f"{9 + (g % 4)}:{'00' if g % 2 else '30'}", self._place(g), officer,
                 _iso(formed), 20 if self.profile == "india_rbi" else 10))
            group_id = int(cur.lastrowid or 0)
            dates = list(meeting_dates(weekday, formed + timedelta(days=1), self.today,
                                       self.holidays))
            self._meetings(group_id, dates, officer)
            for _ in range(size):
                member_no += 1
                self._member(member_no, group_id, village, formed, dates, officer)
            self.group_count += 1
            if g % 10 == 0:
                self.report(5 + int(60 * member_no / members), "members and loans")
        self._flush()

    def _meetings(self, group_id: int, dates: list[date], officer: int) -> None:
        rows = []
        for d in dates:
            posted = d < self.today
            rows.append((group_id, _iso(d), "posted" if posted else "scheduled",
                         officer if posted else None,
                         f"{_iso(d)} 12:00:00.000000" if posted else None))
        self.con.executemany(
            "INSERT INTO meeting (group_id, scheduled_on, status, reason, posted_by, posted_at)"
            " VALUES (?,?,?,'',?,?)", rows)
        for mid, d in self.con.execute(
                "SELECT id, scheduled_on FROM meeting WHERE group_id = ?", (group_id,)):
            self.meeting_ids[(group_id, date.fromisoformat(d))] = mid

    def _member(self, n: int, group_id: int, village: int, formed: date,
                dates: list[date], officer: int) -> None:
        rng = self.rng
        (first, first_bn), (last, last_bn), (husband, husband_bn), (family, family_bn) = (
            names.person(rng, self.profile))
        joined = formed
        cur = self.con.execute(
            "INSERT INTO member (code, group_id, name_en, name_bn, guardian_name_en,"
            " guardian_name_bn, guardian_relation, date_of_birth, id_document_type,"
            " id_document_number, phone, address, village_id, household_income_minor,"
            " joining_date, status, passbook_no) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (f"M{n:05d}", group_id, f"{first} {last}", f"{first_bn} {last_bn}",
             f"{husband} {family}", f"{husband_bn} {family_bn}", "husband",
             _iso(date(rng.randint(1965, 2002), rng.randint(1, 12), rng.randint(1, 28))),
             "aadhaar" if self.profile == "india_rbi" else "nid",
             f"{rng.randrange(10**11, 10**12)}", f"9{rng.randrange(10**8, 10**9)}",
             "", village, rng.randrange(60_000, 240_000) * 100, _iso(joined), "active",
             f"PB{n:05d}"))
        member_id = int(cur.lastrowid or 0)
        cur = self.con.execute(
            "INSERT INTO savings_account (account_no, member_id, kind, annual_rate_bp,"
            " opened_on, status, balance_minor) VALUES (?,?,?,?,?,'open',0)",
            (f"S{n:06d}", member_id, "compulsory", 400, _iso(joined)))
        account = int(cur.lastrowid or 0)
        self.savings_balance[account] = 0
        self.member_count += 1
        behaviour = rng.choices([b for b, _ in BEHAVIOURS], [w for _, w in BEHAVIOURS])[0]
        self._loans(member_id, account, group_id, dates, officer, behaviour)
        self._attend(group_id, member_id, dates)

    def _attend(self, group_id: int, member_id: int, dates: list[date]) -> None:
        statuses = [s for s, _ in ATTENDANCE]
        weights = [w for _, w in ATTENDANCE]
        past = [d for d in dates if d < self.today]
        marks = self.rng.choices(statuses, weights, k=len(past))
        ids = self.meeting_ids
        self.attendance.extend((ids[(group_id, d)], member_id, mark)
                               for d, mark in zip(past, marks, strict=True))

    # --- loans ------------------------------------------------------------------------
    def _loans(self, member_id: int, account: int, group_id: int, dates: list[date],
               officer: int, behaviour: str) -> None:
        rng = self.rng
        index = rng.randint(2, 8)
        cycle = 1
        stop_on = self._stop_on(dates[index]) if behaviour == "default" and \
            index < len(dates) else None
        while index < len(dates) and dates[index] < self.today - timedelta(days=7):
            disbursed = dates[index]
            amount = min(self.product.max_amount,
                         self.product.min_amount + Decimal(rng.randint(0, 4) * 1000 + 5000
                                                           * (cycle - 1)))
            closed = self._one_loan(member_id, account, group_id, disbursed, amount, cycle,
                                    officer, behaviour, stop_on)
            if closed is None:
                self._recovery(member_id, dates, officer)
                return
            index = bisect_right(dates, closed) + rng.randint(0, 3)
            cycle += 1

    def _stop_on(self, first_loan: date) -> date | None:
        """The day a defaulter stops paying. Every third one stopped three to six months
        ago (open, over 90 days late), the next one to three months ago (over 30), the
        third long enough ago to be written off by now: so even a small demo has its
        PAR90 and its write-offs."""
        self.defaulters += 1
        kind = self.defaulters % 3
        span = (self.today - first_loan).days - 10
        if span <= 0:
            return None
        back = {1: (95, 175), 2: (35, 90)}.get(kind)
        if back is not None and span > back[1]:
            return self.today - timedelta(days=self.rng.randint(*back))
        if span > 190 + 35:  # long enough ago to be written off
            return first_loan + timedelta(days=self.rng.randint(35, span - 190))
        return first_loan + timedelta(days=self.rng.randint(min(35, span), span))

    def _one_loan(self, member_id: int, account: int, group_id: int, disbursed: date,
                  amount: Decimal, cycle: int, officer: int, behaviour: str,
                  stop_on: date | None) -> date | None:
        """Simulate one loan; returns the date it closed, or None if it is still open."""
        product = self.product
        terms = LoanTerms.from_product(product, amount, product.default_installments,
                                       disbursed, disbursed.weekday(), self.frozen_holidays)
        schedule = build_schedule(terms)
        loan_no = f"{self.branch_code}-L{self.next_loan_no:06d}"
        self.next_loan_no += 1
        cur = self.con.execute(
            "INSERT INTO loan (loan_no, member_id, product_id, status, principal_minor,"
            " annual_rate_bp, installments_count, frequency, interest_method, purpose, terms,"
            " applied_on, applied_by, sanctioned_on, sanctioned_by, kfs_accepted_on,"
            " disbursed_on, cycle) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (loan_no, member_id, self.product_id, "disbursed", to_minor(amount),
             int(product.annual_rate_percent * 100), terms.installments,
             product.frequency.value, product.interest_method.value,
             self.rng.choice(names.LOAN_PURPOSES),
             json.dumps({"product": product.code}), _iso(disbursed - timedelta(days=14)),
             officer, _iso(disbursed - timedelta(days=7)), officer, _iso(disbursed),
             _iso(disbursed), cycle))
        loan_id = int(cur.lastrowid or 0)
        self.loan_count += 1
        self._post(disbursed, "disbursement", member_id, loan_id, None, None, to_minor(amount),
                   officer, channel="counter")
        for fee in product.fees_for(amount):
            self._post(disbursed, "insurance" if fee.kind == "insurance" else "fee", member_id,
                       loan_id, None, None, to_minor(fee.amount), officer, channel="counter",
                       fee=to_minor(fee.amount))
        return self._repay(member_id, account, group_id, loan_id, schedule.installments,
                           officer, behaviour, stop_on)

    def _repay(self, member_id, account, group_id, loan_id, installments, officer,  # type: ignore[no-untyped-def]
               behaviour, stop_on) -> date | None:
        """Weekly collection for one loan.

        Good payers pay each installment in full at its meeting. Late payers now and
        then miss one (arrears, paid with the next) or pay only part of what is due; a
        part payment is split by the domain's allocation rules (overdue first, oldest
        first, interest before principal), exactly as a posted meeting would split it.
        Chronic late payers skip a meeting often and pay one installment's worth when
        they come (the oldest first), catching up in full only now and then; a
        defaulter pays nothing from `stop_on` on. The last installment clears all.
        """
        rng, today = self.rng, self.today
        stop_at = next((i.number for i in installments if i.due_on >= stop_on), None) \
            if stop_on is not None else None
        self.written_off = None
        owed: dict[int, list[int]] = {}  # number -> [principal, interest] still unpaid
        paid_on: dict[int, date] = {}
        saving = to_minor(self.product.savings_per_installment or Decimal("10"))
        order = tuple(self.product.allocation_order)
        minor = {i.number: (to_minor(i.principal), to_minor(i.interest)) for i in installments}
        for inst in installments:
            if inst.due_on >= today or (stop_at is not None and inst.number >= stop_at):
                break
            owed[inst.number] = list(minor[inst.number])
            last = inst.number == len(installments)
            late = behaviour == "late" and not last
            chronic = behaviour == "chronic" and not last
            latest = installments[inst.number].due_on >= today if not last else True
            if late and rng.random() < 0.15:
                continue  # missed: paid with a later one
            if chronic and rng.random() < CHRONIC_SKIP:
                continue  # not at the meeting, or came without money
            meeting = self.meeting_ids.get((group_id, inst.due_on))
            total = sum(p + i for p, i in owed.values())
            if chronic and rng.random() >= CHRONIC_CATCH_UP:
                principal, interest = self._allocate(owed, installments, sum(minor[inst.number]),
                                                     inst.due_on, order)
            elif late and rng.random() < (0.5 if latest else 0.12):
                # a part payment: a round sum, about half of what is due
                pay = (total // 2) // 1000 * 1000 or total // 2
                principal, interest = self._allocate(owed, installments, pay, inst.due_on,
                                                     order)
            else:
                principal = sum(p for p, _ in owed.values())
                interest = sum(i for _, i in owed.values())
                for number in owed:
                    owed[number] = [0, 0]
            self._post(inst.due_on, "repayment", member_id, loan_id, None, meeting,
                       principal + interest, officer, principal=principal, interest=interest)
            self._post(inst.due_on, "savings_deposit", member_id, None, account, meeting,
                       saving, officer)
            self.savings_balance[account] += saving
            for number, (p, i) in list(owed.items()):
                if p == 0 and i == 0:
                    paid_on[number] = inst.due_on
                    del owed[number]
        for inst in installments:
            p_due, i_due = minor[inst.number]
            left_p, left_i = owed.get(inst.number, [p_due, i_due])
            done = inst.number in paid_on
            self.installments.append((
                loan_id, inst.number, day_number(inst.due_on), p_due, i_due,
                p_due if done else p_due - left_p, i_due if done else i_due - left_i,
                day_number(paid_on[inst.number]) if done else None))
        if len(paid_on) == len(installments):
            closed = paid_on[len(installments)]
            self.con.execute("UPDATE loan SET status='closed', closed_on=? WHERE id=?",
                             (_iso(closed), loan_id))
            return closed
        unpaid = [i for i in installments if i.number not in paid_on]
        if stop_at is not None and (today - unpaid[0].due_on).days > 180:
            written = unpaid[0].due_on + timedelta(days=181)
            outstanding = sum(owed.get(i.number, minor[i.number])[0] for i in unpaid)
            self._post(written, "write_off", member_id, loan_id, None, None, outstanding,
                       officer, principal=outstanding, channel="counter",
                       reason=names.WRITE_OFF_REASON)
            self.con.execute("UPDATE loan SET status='written_off', closed_on=? WHERE id=?",
                             (_iso(written), loan_id))
            self.written_off = (loan_id, written, outstanding)
        return None

    def _recovery(self, member_id: int, dates: list[date], officer: int) -> None:
        """Every other written-off loan gets something back, at the counter on a
        meeting day one to six months later: part of it, or now and then all of it
        (which closes the loan)."""
        if self.written_off is None:
            return
        loan_id, written, outstanding = self.written_off
        self.written_off = None
        rng = self.rng
        self.write_offs += 1
        if self.write_offs % 2 == 0:  # every other one: nothing came back
            return
        later = [d for d in dates if written + timedelta(days=30) <= d
                 <= written + timedelta(days=180) and d < self.today]
        if not later:
            return
        on = rng.choice(later)
        whole = rng.random() < 0.2
        amount = outstanding if whole else max(100_00, outstanding * rng.randint(10, 60)
                                               // 100 // 100_00 * 100_00)
        amount = min(amount, outstanding)
        self._post(on, "recovery", member_id, loan_id, None, None, amount, officer,
                   channel="counter")
        if amount == outstanding:
            self.con.execute("UPDATE loan SET status='closed', closed_on=? WHERE id=?",
                             (_iso(on), loan_id))

    @staticmethod
    def _allocate(owed: dict[int, list[int]], installments, pay: int, on: date,  # type: ignore[no-untyped-def]
                  order: tuple[str, ...]) -> tuple[int, int]:
        """Split a part payment over the unpaid installments; updates `owed`."""
        due_on = {i.number: i.due_on for i in installments}
        dues = [InstallmentDue(n, due_on[n], from_minor(p), from_minor(i))
                for n, (p, i) in owed.items() if p or i]
        result = allocate(from_minor(pay), dues, on, order, apply_advance=False)
        principal = interest = 0
        for line in result.lines:
            lp, li = to_minor(line.principal), to_minor(line.interest)
            owed[line.number][0] -= lp
            owed[line.number][1] -= li
            principal += lp
            interest += li
        return principal, interest

    def _post(self, day: date, kind: str, member_id: int, loan_id: int | None,
              account: int | None, meeting: int | None, amount: int, staff: int, *,
              principal: int = 0, interest: int = 0, fee: int = 0, channel: str = "meeting",
              reason: str = "") -> None:
        self.journal.append((day, KIND_ORDER[kind], member_id, kind, loan_id, account, meeting,
                             amount, principal, interest, fee, channel, reason, staff))

    # --- bulk write -------------------------------------------------------------------
    def _flush(self) -> None:
        self.report(70, "ledger")
        # secondary indexes are built once after the bulk insert (much faster than
        # maintaining them row by row), from their own stored definitions
        indexes = [sql for (sql,) in self.con.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
            "tbl_name IN ('journal_entry', 'installment', 'attendance')")]
        for (name,) in self.con.execute(
                "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND "
                "tbl_name IN ('journal_entry', 'installment', 'attendance')").fetchall():
            self.con.execute(f'DROP INDEX "{name}"')
        self._bulk_insert()
        self.report(90, "indexes")
        for sql in indexes:
            self.con.execute(sql)
        self.report(95, "checking")

    def _bulk_insert(self) -> None:
        self.con.executemany(
            "INSERT INTO installment (loan_id, number, due_on, principal_minor, interest_minor,"
            " paid_principal_minor, paid_interest_minor, paid_on) VALUES (?,?,?,?,?,?,?,?)",
            self.installments)
        self.con.executemany(
            "INSERT INTO attendance (meeting_id, member_id, status) VALUES (?,?,?)",
            self.attendance)
        self.journal.sort(key=lambda r: (r[0], r[2], r[1]))
        closing = self._with_cash_transfers()
        self.con.executemany("INSERT INTO journal_entry VALUES "
                             "(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self._journal_rows())
        # each write-off as the services record it: its reason and journal row, so a
        # recovery at the counter finds it
        self.con.execute(
            "INSERT INTO loan_write_off (loan_id, on_date, staff_id, reason, principal_minor,"
            " interest_minor, journal_id, reversed) SELECT loan_id,"
            " date(business_date * 86400, 'unixepoch'), staff_id,"
            " reason, principal_minor, interest_minor, id, 0 FROM journal_entry"
            " WHERE kind = 'write_off' ORDER BY id")
        self.con.executemany("UPDATE savings_account SET balance_minor=? WHERE id=?",
                             [(b, a) for a, b in self.savings_balance.items()])
        self.con.executemany(
            "INSERT INTO business_day (on_date, status, closed_at, cash_counted_minor) "
            "VALUES (?, 'closed', ?, ?)",
            [(_iso(d), f"{_iso(d)} 18:00:00.000000", cash) for d, cash in closing.items()
             if d < self.today])

    def _with_cash_transfers(self) -> dict[date, int]:
        """A branch's safe never holds negative cash: head office sends funds in the
        morning of a day whose payments need them (and this morning, enough for a day
        of disbursements), and cash above SAFE_LIMIT goes to the bank in the evening
        (as the manager does with the counter's transfers).
        Returns each day's closing cash (what was counted at day close)."""
        manager = int(self.con.execute(
            "SELECT id FROM staff WHERE role = 'branch_manager' ORDER BY id").fetchone()[0])
        rows, cash, closing = [], 0, {}
        days: Iterable[tuple[date, Iterable[tuple]]] = itertools.groupby(
            self.journal, key=lambda r: r[0])
        if not self.journal or self.journal[-1][0] < self.today:
            days = itertools.chain(days, [(self.today, ())])
        for day, group in days:
            day_rows = list(group)
            paid_out = sum(r[7] for r in day_rows if CASH_SIGN[r[3]] < 0)
            need = paid_out - cash + SAFE_FLOAT if paid_out > cash else 0
            if day == self.today:  # this morning's fund: today's loans can be paid out
                need = max(need, TODAY_FUND - cash)
            if need > 0:
                fund = -(-need // FUND_UNIT) * FUND_UNIT
                rows.append(self._transfer(day, "cash_transfer_in", fund, manager,
                                           "Fund received from head office"))
                cash += fund
            rows += day_rows
            cash += sum(r[7] * CASH_SIGN[r[3]] for r in day_rows)
            if day < self.today and cash > SAFE_LIMIT:
                banked = (cash - SAFE_FLOAT) // BANK_UNIT * BANK_UNIT
                rows.append(self._transfer(day, "cash_transfer_out", banked, manager,
                                           "Deposited in the bank"))
                cash -= banked
            closing[day] = cash
        self.journal = rows
        return closing

    @staticmethod
    def _transfer(day: date, kind: str, amount: int, staff: int, reason: str) -> tuple:
        return (day, 0, None, kind, None, None, None, amount, 0, 0, 0, "counter", reason,
                staff)

    def _journal_rows(self):  # type: ignore[no-untyped-def]
        """Rows with the services' hash chain (same canonical content as JournalWriter;
        `shakha db check` re-derives every hash from the stored row to prove it)."""
        prev = GENESIS_HASH
        sha = hashlib.sha256
        template = _JOURNAL_TEMPLATE
        day_iso: dict[date, str] = {}
        day_micros: dict[date, int] = {}
        for entry_id, row in enumerate(self.journal, 1):
            (day, _o, member_id, kind, loan_id, account, meeting, amount, principal, interest,
             fee, channel, reason, staff) = row
            iso = day_iso.get(day) or day_iso.setdefault(day, day.isoformat())
            micro = f"12:00:00.{entry_id % 1_000_000 or 1:06d}"
            content = template % (
                amount, iso, channel, fee, entry_id, interest, kind,
                "null" if loan_id is None else loan_id,
                "null" if meeting is None else meeting,
                "null" if member_id is None else member_id, 0, f"{iso}T{micro}",
                principal, reason, "null", "null" if account is None else account, staff)
            digest = sha((prev + content).encode())
            self.journal_count += 1
            noon = day_micros.get(day) or day_micros.setdefault(
                day, micros(datetime.combine(day, time(12))))
            yield (entry_id, day_number(day), noon + (entry_id % 1_000_000 or 1), staff, kind,
                   member_id, loan_id, account, meeting, amount, principal, interest, fee, 0,
                   channel, None, reason, digest.digest())
            prev = digest.hexdigest()
