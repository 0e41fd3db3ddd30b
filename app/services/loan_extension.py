"""The extension a programme lets the branch allow (Seed development: "if any FSC for
genuine reasons is not able to repay the loan in time, the branch may allow a grace
period of maximum 3 months"): a branch manager moves every installment not yet paid
`months` later and adds the interest of those months on the principal outstanding to
the first of them (app.domain.programmes). At most the product's
`max_extension_months` in all over the loan's life; a product without it allows none.

The schedule as it was is kept in the loan's reschedule history (kind "reschedule"), so
`loan_reschedule.reverse_reschedule` undoes an extension as it undoes a reschedule; a
reversed extension no longer counts against the limit. The ledger is not touched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Engine, select

from app.db.models import Holiday, Installment
from app.db.models_loans import LoanReschedule
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.domain.calendar import add_months, shift_off_closed_days
from app.domain.money import from_minor, to_minor
from app.domain.programmes import extension_interest
from app.errors import QT_TR_NOOP, RuleViolation, ValidationError
from app.services import roles
from app.services.common import open_business_day
from app.services.loan_reschedule import keep_history
from app.services.loans import get_loan, loan_rule, require_status
from app.services.roles import require


@dataclass(frozen=True)
class Extended:
    loan_id: int
    months: int
    interest_minor: int
    first_due: date
    months_left: int


def extend_loan(engine: Engine, actor: Actor, loan_id: int, months: int, reason: str
                ) -> Extended:
    """Extend a disbursed loan by `months` (see the module docstring)."""
    require(actor, roles.LOAN_RESCHEDULE_DECIDE)  # an extension is a reschedule's kind
    reason = inputs.text(reason, inputs.REASON)
    if not reason.strip():
        raise ValidationError(QT_TR_NOOP("Give a reason."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = open_business_day(s)
        loan = get_loan(s, loan_id)
        require_status(loan, "disbursed")
        rule = loan_rule(s, loan)
        used = sum(int((r.new_terms or {}).get("extension_months", 0)) for r in s.scalars(
            select(LoanReschedule).where(LoanReschedule.loan_id == loan.id,
                                         LoanReschedule.status == "approved")))
        left = rule.max_extension_months - used
        if type(months) is not int or not 1 <= months <= left:
            raise ValidationError(QT_TR_NOOP("{product} allows an extension of at most "
                                             "{most} month(s)."), product=rule.code,
                                  most=max(left, 0))
        insts = list(s.scalars(select(Installment).where(Installment.loan_id == loan.id)
                               .order_by(Installment.number)))
        unpaid = [i for i in insts if i.paid_on is None]
        if not unpaid:
            raise RuleViolation(QT_TR_NOOP("Nothing is left to extend."))
        keep_history(uow, loan, insts, "reschedule", reason.strip(), on,
                     {"installments": len(insts), "extension_months": months})
        outstanding = sum(i.principal_minor - i.paid_principal_minor for i in unpaid)
        extra = to_minor(extension_interest(from_minor(outstanding),
                                            Decimal(loan.annual_rate_bp) / 100, months))
        holidays = frozenset(s.scalars(select(Holiday.on_date)))
        for inst in unpaid:
            inst.due_on = shift_off_closed_days(add_months(inst.due_on, months), holidays,
                                                rule.rest_weekdays)
        unpaid[0].interest_minor += extra
        uow.emit("loan.extended", loan.id, {
            "loan_id": loan.id, "months": months, "interest_minor": extra,
            "first_due": unpaid[0].due_on.isoformat(), "reason": reason.strip()}, on)
        return Extended(loan.id, months, extra, unpaid[0].due_on, left - months)
