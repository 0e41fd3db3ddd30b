"""Programme rules of the Janata Bank seed that a plain schedule does not express.

Each is a product field (app.domain.products.LoanProduct), off by default:

* Per-group delegation (`sanction_per_group`, SFDP "Max. 0.80 lac per group"): the amount
  an authority's power is measured against is the group's total of this programme's
  open loans (applied, sanctioned or disbursed, outstanding principal) plus this one —
  `sanction_amount`.
* Salary-based limit (`salary_months_*`, `salary_cap_*`, Credit for employees: "12 months
  basic salary or maximum Tk 1,00,000 whichever is lower" when the salary is paid through
  this bank's branch, "6 months … or Tk 50,000" when it is not): `salary_limit` is
  min(months × monthly basic salary, cap), rounded down to the taka; none when the
  product has no such limit.
* Disbursement in tranches (`max_tranches`, "disbursement is made in cash by
  installments", vermicompost "০১ থেকে ০৩ কিস্তিতে"): `tranched_schedule` repays the whole
  loan on the product's schedule counted from the *last* tranche; until then each
  tranche earns simple interest at the annual rate for its days (actual/365, rounded
  half-even to the paisa), collected with the first installment. A single tranche is
  the plain schedule.
* Extension (`max_extension_months`, Seed development: "the branch may allow a grace
  period of maximum 3 months"): `extended_schedule` moves every installment from
  `from_number` on by N months and adds, to the first moved one, the interest of the
  extra months on the principal outstanding before it (principal × rate × N ÷ 12,
  rounded half-even to the paisa); principal parts are unchanged, so they still sum to
  the loan.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import cast

from app.domain.apr import Fee, KeyFacts, Payment, apr_percent, declining_rate_percent
from app.domain.calendar import add_months
from app.domain.money import PAISA
from app.domain.products import LoanProduct
from app.domain.schedule import LoanTerms, Schedule, ScheduledInstallment, build_schedule
from app.errors import QT_TR_NOOP, ValidationError

DAYS_A_YEAR = Decimal(365)


def sanction_amount(product: LoanProduct, amount: Decimal, group_open_total: Decimal
                    ) -> Decimal:
    """What an authority's power is measured against for a loan of `amount`."""
    return amount + group_open_total if product.sanction_per_group else amount


def salary_limit(product: LoanProduct, monthly_basic_salary: Decimal, paid_here: bool
                 ) -> Decimal | None:
    """The most a salaried borrower may have (see the module docstring); None: no limit."""
    months, cap = ((product.salary_months_paid_here, product.salary_cap_paid_here)
                   if paid_here else
                   (product.salary_months_elsewhere, product.salary_cap_elsewhere))
    if not months:
        return None
    by_salary = (monthly_basic_salary * months).quantize(Decimal(1), ROUND_FLOOR)
    return min(by_salary, cap) if cap is not None else by_salary


def check_tranches(product: LoanProduct, principal: Decimal,
                   tranches: Sequence[tuple[date, Decimal]]) -> None:
    """Refuse a tranche plan the product does not allow or that does not add up."""
    if not 1 <= len(tranches) <= product.max_tranches:
        raise ValidationError(QT_TR_NOOP("{product} is paid out in at most {most} "
                                         "tranche(s)."), product=product.code,
                              most=product.max_tranches)
    if any(amount <= 0 for _d, amount in tranches) or \
            sum((a for _d, a in tranches), Decimal(0)) != principal:
        raise ValidationError(QT_TR_NOOP("The tranches must be positive and add up to the "
                                         "loan, {amount}."), amount=str(principal))
    days = [d for d, _a in tranches]
    if days != sorted(days) or len(set(days)) != len(days):
        raise ValidationError(QT_TR_NOOP("Each tranche comes on a later day than the one "
                                         "before."))


def interest_before_last_tranche(rate_percent: Decimal,
                                 tranches: Sequence[tuple[date, Decimal]]) -> Decimal:
    """Simple interest of every tranche from its day to the last tranche's (actual/365)."""
    last = tranches[-1][0]
    total = Decimal(0)
    for day, amount in tranches:
        total += (amount * rate_percent / 100 * Decimal((last - day).days)
                  / DAYS_A_YEAR).quantize(PAISA, ROUND_HALF_EVEN)
    return total


def _with_extra_interest(rows: list[ScheduledInstallment], index: int, extra: Decimal
                         ) -> None:
    row = rows[index]
    rows[index] = row._replace(interest=row.interest + extra, total=row.total + extra)


def tranched_schedule(product: LoanProduct, terms: LoanTerms,
                      tranches: Sequence[tuple[date, Decimal]]) -> Schedule:
    """The schedule of a loan paid out in `tranches` (see the module docstring);
    `terms.principal` is the whole loan, `terms.disbursed_on` is ignored."""
    check_tranches(product, terms.principal, tranches)
    plain = build_schedule(terms.with_(disbursed_on=tranches[-1][0]))
    extra = interest_before_last_tranche(terms.annual_rate_percent, tranches)
    rows = list(plain.installments)
    _with_extra_interest(rows, 0, extra)
    return Schedule(tuple(rows), plain.total_interest + extra, plain.total_payable + extra)


def closed_tranches_schedule(terms: LoanTerms, tranches: Sequence[tuple[date, Decimal]],
                             on: date) -> Schedule:
    """The schedule when the manager stops the tranches on `on` with fewer paid than
    sanctioned: the loan is what was paid (`terms.principal` is ignored), repaid on the
    product's schedule counted from `on`, each tranche's interest to `on` with the first
    installment — as if `on` were the last tranche's day."""
    if not tranches or any(day > on for day, _a in tranches):
        raise ValidationError(QT_TR_NOOP("Tranches can be closed only after one is paid."))
    paid = sum((a for _d, a in tranches), Decimal(0))
    plain = build_schedule(terms.with_(principal=paid, disbursed_on=on))
    extra = interest_before_last_tranche(terms.annual_rate_percent,
                                         (*tranches, (on, Decimal(0))))
    rows = list(plain.installments)
    _with_extra_interest(rows, 0, extra)
    return Schedule(tuple(rows), plain.total_interest + extra, plain.total_payable + extra)


def tranched_key_facts(product: LoanProduct, terms: LoanTerms,
                       tranches: Sequence[tuple[date, Decimal]], fees: Sequence[Fee] = (),
                       closed_on: date | None = None) -> KeyFacts:
    """The Key Fact Statement's figures for a loan paid out in `tranches` (the schedule
    of `tranched_schedule`, or of `closed_tranches_schedule` when closed on `closed_on`).

    The APR is reckoned as for a loan paid at once (app.domain.apr.key_facts: the
    installments at their periods counted from the schedule's start), with each tranche
    at its own time before that start (actual days × periods a year ÷ 365) and every fee
    paid on the first tranche's day — so a later tranche is not counted as if it had been
    hers from the first day, and a plan of one tranche gives key_facts' APR."""
    schedule = (closed_tranches_schedule(terms, tranches, closed_on) if closed_on else
                tranched_schedule(product, terms, tranches))
    principal = sum((a for _d, a in tranches), Decimal(0))
    deducted = sum((f.amount for f in fees if f.deducted), Decimal("0.00"))
    all_fees = sum((f.amount for f in fees), Decimal("0.00"))
    first_day, first_amount = tranches[0]
    ppy = Decimal(terms.periods_per_year)

    def since_first(day: date) -> Decimal:  # periods from the first tranche
        return Decimal((day - first_day).days) * ppy / DAYS_A_YEAR

    start = since_first(closed_on or tranches[-1][0])
    flows: list[tuple[Decimal, Decimal]] = [(Decimal(0), all_fees)] if all_fees else []
    flows += [(since_first(day), -amount) for day, amount in tranches[1:]]
    flows += [(start + i.number, i.total) for i in schedule.installments]
    rows = schedule.installments
    return KeyFacts(
        principal=principal, net_disbursed=principal - deducted,
        installment_amount=schedule.installment_amount, installments=len(rows),
        total_interest=schedule.total_interest, total_fees=all_fees,
        total_payable=schedule.total_payable + all_fees,
        apr_percent=apr_percent(first_amount, cast(list[Payment], flows), ppy),
        first_due=rows[0].due_on, last_due=rows[-1].due_on, schedule=schedule,
        declining_rate_percent=declining_rate_percent(terms.with_(principal=principal),
                                                      schedule))


def extension_interest(outstanding: Decimal, rate_percent: Decimal, months: int) -> Decimal:
    """The interest of `months` more on the principal outstanding (to the paisa)."""
    return (outstanding * rate_percent / 100 * months / 12).quantize(PAISA, ROUND_HALF_EVEN)


def extended_schedule(product: LoanProduct, schedule: Schedule, rate_percent: Decimal,
                      months: int, from_number: int = 1) -> Schedule:
    """`schedule` with installments `from_number`… moved `months` later (see the module
    docstring); refused beyond the product's `max_extension_months`."""
    if not 1 <= months <= product.max_extension_months:
        raise ValidationError(QT_TR_NOOP("{product} allows an extension of at most {most} "
                                         "month(s)."), product=product.code,
                              most=product.max_extension_months)
    rows = list(schedule.installments)
    if not 1 <= from_number <= len(rows):
        raise ValidationError(QT_TR_NOOP("No installment {number} to extend."),
                              number=from_number)
    index = from_number - 1
    extra = extension_interest(rows[index].balance + rows[index].principal, rate_percent,
                               months)
    for i in range(index, len(rows)):
        rows[i] = rows[i]._replace(due_on=add_months(rows[i].due_on, months))
    _with_extra_interest(rows, index, extra)
    return Schedule(tuple(rows), schedule.total_interest + extra,
                    schedule.total_payable + extra)
