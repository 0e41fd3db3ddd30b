"""Credit-bureau reports: the household's debts to every lender, ours and others.

A report (`BureauReport`) is what head office parsed from a bureau's answer about one
person: its outcome (a hit, no record found, several matching people, an error) and
her accounts with every lender. `household_credit` sums them per household member and
for the household — a joint account shows on each borrower's line but counts once in
the total, and our own loans come from our records, not the report's copy of them.

Monthly obligations: an installment × periods per year ÷ 12 (weekly × 52 ÷ 12,
fortnightly × 26 ÷ 12, monthly × 1, bimonthly × 6 ÷ 12, quarterly × 4 ÷ 12, half-yearly
× 2 ÷ 12, yearly ÷ 12), a bullet loan's single payment ÷ its term in months; rounded
half-up to the paisa per account. An active account whose installment, frequency or
(bullet) term the bureau does not give is *unknown*: it is counted, never guessed, and
the verdict refers the application to the manager (app.domain.bureau_verdict).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from app.domain.money import from_minor, round_paisa

OUTCOMES = ("hit", "no_hit", "multiple", "error")
ACCOUNT_STATES = ("active", "closed", "written_off")
PERIODS_PER_YEAR = {"weekly": 52, "fortnightly": 26, "monthly": 12, "bimonthly": 6,
                    "quarterly": 4, "half_yearly": 2, "yearly": 1}
FREQUENCIES = (*PERIODS_PER_YEAR, "bullet", "other")
# who a household's person is to the member (the CIC files' key-person relations)
RELATIONS = ("self", "husband", "father", "mother", "son", "daughter", "brother", "sister",
             "father_in_law", "mother_in_law", "son_in_law", "daughter_in_law",
             "brother_in_law", "sister_in_law", "other")
GENDERS = ("F", "M", "T")
MAX_MINOR = 10**15  # far above any microfinance amount; a bigger number is a bad file
MAX_ACCOUNTS = 500
ZERO = Decimal("0.00")


class ReportError(ValueError):
    """A report summary that is not well formed (from a file or head office)."""


def monthly_obligation(installment: Decimal | None, frequency: str | None,
                       term_months: int | None = None) -> Decimal | None:
    """An installment as a monthly amount (see the module docstring); None if unknown."""
    if installment is None or frequency is None:
        return None
    if frequency == "bullet":
        if not term_months or term_months <= 0:
            return None
        return round_paisa(installment / term_months, ROUND_HALF_UP)
    per_year = PERIODS_PER_YEAR.get(frequency)
    if per_year is None:
        return None
    return round_paisa(installment * per_year / 12, ROUND_HALF_UP)


OURS = "*"  # the lender key of our own institution, whatever name a bureau gives it


def lender_key(name: str) -> str:
    """Lenders compared by name, whatever the case and spacing the bureau used."""
    return " ".join(name.upper().split())


@dataclass(frozen=True)
class ReportedAccount:
    """One loan of the person with one lender, as the bureau (or our records) tell it."""

    lender: str
    account_ref: str  # the lender's account number; a joint account shares it
    status: str  # active | closed | written_off
    microfinance: bool = True
    ours: bool = False
    outstanding_minor: int = 0
    overdue_minor: int = 0
    dpd: int = 0
    written_off_minor: int = 0
    installment_minor: int | None = None
    frequency: str | None = None
    term_months: int | None = None
    opened_on: date | None = None
    closed_on: date | None = None

    @property
    def active(self) -> bool:
        return self.status == "active"

    def monthly(self) -> Decimal | None:
        installment = None if self.installment_minor is None \
            else from_minor(self.installment_minor)
        return monthly_obligation(installment, self.frequency, self.term_months)

    def lender_key(self) -> str:
        return OURS if self.ours else lender_key(self.lender)

    def key(self) -> tuple[str, str]:
        return self.lender_key(), self.account_ref.strip().upper()


@dataclass(frozen=True)
class BureauReport:
    """What a bureau said about one person on `report_date`."""

    outcome: str  # hit | no_hit | multiple | error
    report_date: date
    bureau: str
    accounts: tuple[ReportedAccount, ...] = ()
    reference: str = ""  # the bureau's own report number
    note: str = ""  # the bureau's words on an error or several matches

    def is_current(self, today: date, max_age_days: int) -> bool:
        """Fresh enough to decide on: not older than `max_age_days` on `today`."""
        return 0 <= (today - self.report_date).days <= max_age_days

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "report_date": self.report_date.isoformat(),
                "bureau": self.bureau, "reference": self.reference, "note": self.note,
                "accounts": [_account_dict(a) for a in self.accounts]}

    @classmethod
    def from_dict(cls, data: Any) -> BureauReport:
        """Read and check a summary (it crosses from head office); ReportError if bad."""
        if not isinstance(data, dict):
            raise ReportError("a report is a JSON object")
        outcome = _choice(data, "outcome", OUTCOMES)
        accounts = data.get("accounts", [])
        if not isinstance(accounts, list) or len(accounts) > MAX_ACCOUNTS:
            raise ReportError("accounts must be a list of at most 500")
        if outcome != "hit" and accounts:
            raise ReportError(f"a report with outcome {outcome} has no accounts")
        return cls(outcome, _date(data, "report_date"), _text(data, "bureau", 20),
                   tuple(_account(a) for a in accounts), _text(data, "reference", 60, ""),
                   _text(data, "note", 500, ""))


def _account_dict(a: ReportedAccount) -> dict[str, Any]:
    return {"lender": a.lender, "account_ref": a.account_ref, "status": a.status,
            "microfinance": a.microfinance, "ours": a.ours,
            "outstanding_minor": a.outstanding_minor, "overdue_minor": a.overdue_minor,
            "dpd": a.dpd, "written_off_minor": a.written_off_minor,
            "installment_minor": a.installment_minor, "frequency": a.frequency,
            "term_months": a.term_months,
            "opened_on": a.opened_on.isoformat() if a.opened_on else None,
            "closed_on": a.closed_on.isoformat() if a.closed_on else None}


def _account(data: Any) -> ReportedAccount:
    if not isinstance(data, dict):
        raise ReportError("an account is a JSON object")
    frequency = data.get("frequency")
    if frequency is not None and frequency not in FREQUENCIES:
        raise ReportError(f"unknown frequency {str(frequency)[:20]!r}")
    return ReportedAccount(
        _text(data, "lender", 100), _text(data, "account_ref", 60, ""),
        _choice(data, "status", ACCOUNT_STATES), _flag(data, "microfinance", True),
        _flag(data, "ours", False), _minor(data, "outstanding_minor"),
        _minor(data, "overdue_minor"), _count(data, "dpd", 0, 9999),
        _minor(data, "written_off_minor"), _minor(data, "installment_minor", None),
        frequency, _count(data, "term_months", None, 600),
        _date(data, "opened_on", None), _date(data, "closed_on", None))


def _choice(data: dict[str, Any], name: str, allowed: Sequence[str]) -> str:
    value = data.get(name)
    if value not in allowed:
        raise ReportError(f"{name} must be one of {', '.join(allowed)}")
    return str(value)


def _text(data: dict[str, Any], name: str, limit: int, default: str | None = None) -> str:
    value = data.get(name, default)
    if not isinstance(value, str) or len(value) > limit or "\x00" in value \
            or (default is None and not value.strip()):
        raise ReportError(f"{name} must be text of at most {limit} characters")
    return value


def _flag(data: dict[str, Any], name: str, default: bool) -> bool:
    value = data.get(name, default)
    if not isinstance(value, bool):
        raise ReportError(f"{name} must be true or false")
    return value


def _minor(data: dict[str, Any], name: str, default: int | None = 0) -> Any:
    value = data.get(name, default)
    if value is None and default is None:
        return None
    if type(value) is not int or not 0 <= value <= MAX_MINOR:
        raise ReportError(f"{name} must be a whole amount in minor units")
    return value


def _count(data: dict[str, Any], name: str, default: int | None, limit: int) -> Any:
    value = data.get(name, default)
    if value is None and default is None:
        return None
    if type(value) is not int or not 0 <= value <= limit:
        raise ReportError(f"{name} must be a number from 0 to {limit}")
    return value


def _date(data: dict[str, Any], name: str, default: Any = ...) -> Any:
    value = data.get(name)
    if value is None and default is None:
        return None
    try:
        if not isinstance(value, str):
            raise ValueError(name)
        return date.fromisoformat(value)
    except ValueError:
        raise ReportError(f"{name} must be a date (YYYY-MM-DD)") from None


# --- the household's view ------------------------------------------------------------

@dataclass(frozen=True)
class CreditSummary:
    """Active microfinance loans, and the monthly burden of every active loan (a
    housing or gold loan is repaid from the same income: RBI's 50 % cap counts the
    household's repayments on all its loans)."""

    lenders: tuple[str, ...] = ()  # lenders with an active microfinance loan (OURS: us)
    active_loans: int = 0
    outstanding: Decimal = ZERO
    overdue: Decimal = ZERO
    worst_dpd: int = 0
    written_off: Decimal = ZERO  # on written-off accounts, any time
    write_offs: int = 0
    monthly_obligations: Decimal = ZERO  # of the installments known, every active loan
    unknown_installments: int = 0  # active loans (of any kind) whose installment is not known
    other_lenders_monthly: Decimal = ZERO  # the part owed to lenders other than us


@dataclass(frozen=True)
class PersonCredit:
    """One person of the household for the verdict: her report (None if none has come
    back) and, for our borrower, her loans with us from our own records."""

    key: str
    name: str
    relation: str  # self | husband | son | …
    earning: bool
    report: BureauReport | None
    own_accounts: tuple[ReportedAccount, ...] = ()


@dataclass(frozen=True)
class PersonLine:
    person: PersonCredit
    accounts: tuple[ReportedAccount, ...]
    summary: CreditSummary


@dataclass(frozen=True)
class HouseholdCredit:
    people: tuple[PersonLine, ...]
    total: CreditSummary
    joint_accounts: int = 0  # accounts shown on several lines, counted once in total

    def line(self, key: str) -> PersonLine | None:
        return next((p for p in self.people if p.person.key == key), None)


def person_accounts(person: PersonCredit) -> tuple[ReportedAccount, ...]:
    """Her accounts: ours from our records, the rest from the report (a report's copy
    of a loan we hold on our records is left out: ours is the truth and newer)."""
    own = {a.key() for a in person.own_accounts}
    reported = () if person.report is None or person.report.outcome != "hit" \
        else tuple(a for a in person.report.accounts if not (a.ours and a.key() in own))
    return person.own_accounts + reported


def summarise(accounts: Iterable[ReportedAccount]) -> CreditSummary:
    lenders: set[str] = set()
    active = unknown = write_offs = worst = 0
    outstanding = overdue = written_off = monthly = others = ZERO
    for a in accounts:
        if a.status == "written_off" or a.written_off_minor:
            write_offs += 1
            written_off += from_minor(a.written_off_minor)
        if not a.active:
            continue
        # the household's repayments on every active loan count against its cap (RBI:
        # microfinance and other loans alike); the rest is about microfinance loans
        burden = a.monthly()
        if burden is None:
            unknown += 1
        else:
            monthly += burden
            others += ZERO if a.ours else burden
        if not a.microfinance:
            continue
        active += 1
        lenders.add(a.lender_key())
        outstanding += from_minor(a.outstanding_minor)
        overdue += from_minor(a.overdue_minor)
        worst = max(worst, a.dpd)
    return CreditSummary(tuple(sorted(lenders)), active, outstanding, overdue, worst,
                         written_off, write_offs, monthly, unknown, others)


def household_credit(people: Sequence[PersonCredit]) -> HouseholdCredit:
    """Per person and for the household, a joint account counted once in the total."""
    lines = []
    seen: dict[tuple[str, str], ReportedAccount] = {}
    shown = 0
    for person in people:
        accounts = person_accounts(person)
        lines.append(PersonLine(person, accounts, summarise(accounts)))
        for account in accounts:
            shown += 1
            key = account.key()
            if not key[1]:  # no account number: cannot be matched, counts on its own
                key = (key[0], f"#{person.key}:{shown}")
            seen.setdefault(key, account)
    return HouseholdCredit(tuple(lines), summarise(seen.values()),
                           joint_accounts=shown - len(seen))
