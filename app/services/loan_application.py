"""Loan application and appraisal: the live preview and the application itself.

`preview_application` builds the schedule, the KFS figures (APR) and the eligibility
verdict from the same engine the loan will use, for the application screen to show as
fields change; `apply_for_loan` records the application with the appraisal (household
income, all household repayments, guarantors, collateral, production plan) and refuses
while any rule fails, naming every failed rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.models import Branch, Group, Installment, Loan, LoanProduct, Member
from app.db.models_loans import LoanApplication, LoanDecision
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.domain.apr import KeyFacts, key_facts
from app.domain.bureau_verdict import RepaymentBurden
from app.domain.calendar import full_years
from app.domain.money import from_minor, to_minor
from app.domain.products import PROFILES
from app.domain.products import LoanProduct as ProductRule
from app.errors import QT_TR_NOOP, NotFound, Phrase, Phrases, RuleViolation, ValidationError
from app.services import roles
from app.services.bureau_checks import household_credit_of
from app.services.common import branch_row, read_session, require_open_day
from app.services.loans import (
    ScheduleRow,
    loan_facts,
    loan_rule,
    next_loan_no,
    product_by_code,
    schedule_rows,
    terms_for,
)
from app.services.roles import require

APPLY_ROLES = ("field_officer", "branch_manager")


@dataclass(frozen=True)
class ApplicationInput:
    member_id: int
    product_code: str
    amount_minor: int
    installments: int
    purpose: str = ""
    household_income_minor: int = 0  # per year
    household_repayments: tuple[tuple[str, int], ...] = ()  # (lender, monthly minor)
    guarantors: tuple[str, ...] = ()
    group_resolution: bool = False
    collateral: str = ""
    collateral_value_minor: int = 0
    equity_minor: int = 0
    appraisal_note: str = ""
    kfs_language: str = "bn"
    repayment_mode: str = ""  # one of the product's modes ("" = its own frequency)
    # a product limited by salary (Credit for employees): her monthly basic salary and
    # whether it is paid through this branch; None: not given (required by such a product)
    monthly_basic_salary_minor: int | None = None
    salary_paid_here: bool = False


@dataclass(frozen=True)
class FailedRule:
    code: str
    text: str  # English source (QT_TR_NOOP-marked); translate, then .format(**params)
    params: dict[str, Any] = field(default_factory=dict)

    def message(self) -> str:
        try:
            return self.text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text


@dataclass(frozen=True)
class ApplicationPreview:
    installment_minor: int
    total_interest_minor: int
    total_fees_minor: int
    total_payable_minor: int
    net_disbursed_minor: int
    apr_percent: Decimal
    first_due: date
    last_due: date
    rows: tuple[ScheduleRow, ...]
    failures: tuple[FailedRule, ...]
    # what the credit-bureau reports leave to the manager (app.domain.bureau_verdict)
    referrals: tuple[FailedRule, ...] = ()

    @property
    def eligible(self) -> bool:
        """No rule fails (the application may be recorded)."""
        return not self.failures

    @property
    def verdict(self) -> str:
        """eligible | refer | not_eligible: "refer to the manager" is never "eligible"."""
        if self.failures:
            return "not_eligible"
        return "refer" if self.referrals else "eligible"


def _monthly(amount: Decimal, rule: ProductRule) -> Decimal:
    """An installment amount as a monthly burden (weekly × 52/12 …)."""
    return amount * Decimal(rule.frequency.base_periods_per_year) / rule.every / 12


def _age(born: date | None, on: date) -> int | None:
    return None if born is None else full_years(born, on)


def _open_loans(s: Session, member_id: int) -> list[tuple[Loan, ProductRule]]:
    rows = s.execute(select(Loan, LoanProduct).join(LoanProduct).where(
        Loan.member_id == member_id, Loan.status == "disbursed")).all()
    return [(loan, ProductRule.from_dict(p.definition)) for loan, p in rows]


PENDING_STATUSES = ("applied", "recommended", "forwarded", "sanctioned")


def applicant_facts(s: Session, member: Member, rule: ProductRule, data: ApplicationInput,
                    on: date, facts: KeyFacts, loan_id: int | None = None) -> dict[str, Any]:
    """Everything the eligibility rules look at, gathered from the branch's records.

    Her other applications still on their way to disbursement count as loans at a time
    and their installments as repayments (else two applications side by side would
    both be paid out past the limit or the cap); `loan_id` is the application being
    checked again, which does not count itself."""
    open_loans = _open_loans(s, member.id)
    pending = s.scalars(select(Loan).where(
        Loan.member_id == member.id, Loan.status.in_(PENDING_STATUSES),
        Loan.id != (loan_id or 0))).all()
    own_monthly = Decimal(0)
    for loan, product in open_loans:
        regular = s.scalar(select(func.max(Installment.principal_minor
                                           + Installment.interest_minor))
                           .where(Installment.loan_id == loan.id)) or 0
        own_monthly += _monthly(from_minor(int(regular)), product)
    for waiting in pending:  # what she will repay on them once paid out counts already
        rule_of = loan_rule(s, waiting)
        own_monthly += _monthly(loan_facts(s, waiting, rule_of, on).installment_amount, rule_of)
    overdue = s.scalar(select(func.count()).select_from(Installment).join(Loan).where(
        Loan.member_id == member.id, Loan.status == "disbursed", Installment.due_on < on,
        Installment.paid_on.is_(None))) or 0
    ever_bad = s.scalar(select(func.count()).select_from(Loan).where(
        Loan.member_id == member.id, Loan.status == "written_off")) or 0
    group = s.get(Group, member.group_id)
    group_size = s.scalar(select(func.count()).select_from(Member).where(
        Member.group_id == member.group_id, Member.status == "active")) or 0
    declared = sum((from_minor(m) for _lender, m in data.household_repayments), Decimal(0))
    credit = household_credit_of(s, member, on)
    # other lenders: what she declared, or what the bureau reports if that is more
    other = max(declared, credit.total.other_lenders_monthly)
    mine = credit.line("self")
    reported_bad = mine.summary.write_offs if mine is not None else 0
    return {
        "age": _age(member.date_of_birth, on),
        "household_income": from_minor(data.household_income_minor),
        "monthly_income": from_minor(data.household_income_minor) / 12,
        "existing_monthly_repayments": own_monthly + other,
        "new_monthly_repayment": _monthly(facts.installment_amount, rule),
        "declining_rate_percent": facts.declining_rate_percent,
        "open_loans": len(open_loans) + len(pending),
        "overdue_installments": int(overdue),
        # whole years by anniversary: "at least 3 years" is met on the third anniversary
        "membership_years": Decimal(full_years(member.joining_date, on)),
        "clean_record": not overdue and not ever_bad and not reported_bad,
        "group_size": int(group_size),
        "group_active": bool(group and group.status == "active"),
        "group_guarantee": data.group_resolution or bool(data.guarantors),
        "guarantors": len([g for g in data.guarantors if g.strip()]),
        "collateral_value": from_minor(data.collateral_value_minor),
        "equity": from_minor(data.equity_minor),
        "credit": credit,
        "monthly_basic_salary": (None if data.monthly_basic_salary_minor is None
                                 else from_minor(data.monthly_basic_salary_minor)),
        "salary_paid_here": data.salary_paid_here,
    }


def _checked(s: Session, branch: Branch, member: Member, rule: ProductRule,
             data: ApplicationInput, on: date, facts: KeyFacts,
             loan_id: int | None = None) -> tuple[tuple[FailedRule, ...],
                                                  tuple[FailedRule, ...]]:
    """(failed rules, reasons to refer it to the manager)."""
    from app.domain.eligibility import bureau_referrals
    from app.services.loan_rules import eligibility_failures

    profile = PROFILES.get(branch.policy_profile)
    gathered = applicant_facts(s, member, rule, data, on, facts, loan_id)
    found = eligibility_failures(rule, profile, gathered, from_minor(data.amount_minor),
                                 data.installments)
    failures = tuple(FailedRule(f.code, f.text, dict(f.params)) for f in found)
    if member.status != "active":  # died, dropped out or moved: no loan, not even applied
        failures = (FailedRule("member_inactive", QT_TR_NOOP(
            "The member is no longer active.")), *failures)
    referrals = tuple(FailedRule(f.code, f.text, dict(f.params)) for f in bureau_referrals(
        rule, profile, gathered["credit"], on))
    return failures, referrals


def checked_application(data: ApplicationInput) -> ApplicationInput:
    """The application's typed values checked and cleaned (app.domain.inputs): amounts
    and counts ints within bounds, names and notes without control characters."""
    if not isinstance(data.household_repayments, tuple | list) or not isinstance(
            data.guarantors, tuple | list):
        raise ValidationError(inputs.NOT_TEXT, field=Phrase(inputs.GUARANTORS))
    return replace(
        data, amount_minor=inputs.amount(data.amount_minor, inputs.LOAN_AMOUNT),
        installments=inputs.whole(data.installments, inputs.INSTALLMENTS, 0, 1000),
        purpose=inputs.text(data.purpose, inputs.PURPOSE, limit=200),
        household_income_minor=inputs.amount(data.household_income_minor,
                                             inputs.HOUSEHOLD_INCOME),
        household_repayments=tuple(
            (inputs.name(lender, inputs.HOUSEHOLD_REPAYMENTS, required=False),
             inputs.amount(monthly, inputs.HOUSEHOLD_REPAYMENTS))
            for lender, monthly in data.household_repayments),
        guarantors=tuple(inputs.name(g, inputs.GUARANTORS) for g in data.guarantors),
        group_resolution=inputs.yes_no(data.group_resolution, inputs.GROUP_GUARANTEE),
        collateral=inputs.text(data.collateral, inputs.COLLATERAL),
        collateral_value_minor=inputs.amount(data.collateral_value_minor,
                                             inputs.COLLATERAL_VALUE),
        equity_minor=inputs.amount(data.equity_minor, inputs.OWN_CONTRIBUTION),
        appraisal_note=inputs.text(data.appraisal_note, inputs.APPRAISAL, limit=2000,
                                   multiline=True),
        monthly_basic_salary_minor=None if data.monthly_basic_salary_minor is None else
        inputs.amount(data.monthly_basic_salary_minor, BASIC_SALARY),
        salary_paid_here=inputs.yes_no(data.salary_paid_here, SALARY_PAID_HERE))


BASIC_SALARY = QT_TR_NOOP("Monthly basic salary")
SALARY_PAID_HERE = QT_TR_NOOP("Salary paid through this branch")


def salary_limited(rule: ProductRule) -> bool:
    """Whether the product limits a loan by the borrower's basic salary (the form asks it)."""
    return bool(rule.salary_months_paid_here or rule.salary_months_elsewhere)


def _validate(data: ApplicationInput, rule: ProductRule) -> None:
    if data.amount_minor <= 0:
        raise ValidationError(QT_TR_NOOP("Enter the loan amount."))
    if not rule.min_installments <= data.installments <= rule.max_installments:
        raise ValidationError(QT_TR_NOOP("This product allows {low} to {high} installments."),
                              low=rule.min_installments, high=rule.max_installments)
    if data.kfs_language not in ("bn", "en"):
        raise ValidationError(QT_TR_NOOP("The KFS language must be Bengali or English."))
    if any(m < 0 for _l, m in data.household_repayments) or data.household_income_minor < 0:
        raise ValidationError(QT_TR_NOOP("Amounts cannot be negative."))


def _member(s: Session, member_id: int) -> Member:
    member = s.get(Member, member_id)
    if member is None:
        raise NotFound(QT_TR_NOOP("No such member."))
    return member


def _preview(s: Session, data: ApplicationInput) -> tuple[ApplicationPreview, ProductRule,
                                                          LoanProduct]:
    branch = branch_row(s)
    on = branch.business_date
    row, rule = product_by_code(s, data.product_code)
    rule = rule.for_mode(data.repayment_mode)  # the loan's own snapshot: one mode
    _validate(data, rule)
    if salary_limited(rule) and data.monthly_basic_salary_minor is None:
        data = replace(data, monthly_basic_salary_minor=0)  # refused: the salary is needed
    member = _member(s, data.member_id)
    terms = terms_for(s, member, rule, data.amount_minor, data.installments, on)
    facts = key_facts(terms, rule.fees_for(terms.principal))
    failures, referrals = _checked(s, branch, member, rule, data, on, facts)
    rows = schedule_rows(facts.schedule)
    return ApplicationPreview(
        to_minor(facts.installment_amount), to_minor(facts.total_interest),
        to_minor(facts.total_fees), to_minor(facts.total_payable),
        to_minor(facts.net_disbursed), facts.apr_percent, facts.first_due, facts.last_due,
        rows, failures, referrals), rule, row


def preview_application(engine: Engine, data: ApplicationInput) -> ApplicationPreview:
    """Schedule, APR and eligibility verdict of an application, without saving anything."""
    data = checked_application(data)
    with read_session(engine) as s:
        return _preview(s, data)[0]


@dataclass(frozen=True)
class AppliedLoan:
    loan_id: int
    loan_no: str
    cycle: int


def apply_for_loan(engine: Engine, actor: Actor, data: ApplicationInput) -> AppliedLoan:
    """Record an application with its appraisal; refused while any rule fails."""
    require(actor, roles.LOAN_APPLY)
    data = checked_application(data)
    if not data.purpose.strip():
        raise ValidationError(QT_TR_NOOP("Write the purpose of the loan (the income-"
                                         "generating activity)."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        branch = branch_row(s)
        on = branch.business_date
        require_open_day(s, on)
        preview, rule, product = _preview(s, data)
        if preview.failures:
            raise RuleViolation(QT_TR_NOOP("The application does not meet these rules: "
                                           "{rules}"),
                                rules=Phrases(Phrase(f.text, **f.params)
                                              for f in preview.failures))
        cycle = 1 + (s.scalar(select(func.count()).select_from(Loan).where(
            Loan.member_id == data.member_id,
            Loan.status.in_(("disbursed", "closed", "written_off")))) or 0)
        loan = Loan(loan_no=next_loan_no(s, branch.code), member_id=data.member_id,
                    product_id=product.id, status="applied", principal_minor=data.amount_minor,
                    annual_rate_bp=int(rule.annual_rate_percent * 100),
                    installments_count=data.installments, frequency=rule.frequency.value,
                    interest_method=rule.interest_method.value, purpose=data.purpose.strip(),
                    terms={"product": rule.to_dict(), "product_version": product.version,
                           **_salary_terms(data)},
                    applied_on=on, applied_by=actor.staff_id or 0, cycle=cycle)
        s.add(loan)
        s.flush()
        s.add(LoanApplication(
            loan_id=loan.id, household_income_minor=data.household_income_minor,
            household_repayments=[{"lender": lender, "monthly_minor": m}
                                  for lender, m in data.household_repayments],
            guarantors=list(data.guarantors), group_resolution=data.group_resolution,
            collateral=data.collateral.strip(),
            collateral_value_minor=data.collateral_value_minor,
            equity_minor=data.equity_minor, appraisal_note=data.appraisal_note.strip(),
            kfs_language=data.kfs_language))
        s.add(LoanDecision(loan_id=loan.id, action="applied", on_date=on,
                           staff_id=actor.staff_id, amount_minor=data.amount_minor))
        uow.emit("loan.applied", loan.id, {
            "loan_id": loan.id, "loan_no": loan.loan_no, "member_id": data.member_id,
            "product": rule.code, "principal_minor": data.amount_minor,
            "installments": data.installments, "purpose": loan.purpose, "cycle": cycle,
            "household_income_minor": data.household_income_minor,
            **_salary_terms(data),
            "with_collateral": data.collateral_value_minor > 0,
            "apr_percent": str(preview.apr_percent),
            # what the credit-bureau files report (head office reads them from here)
            "frequency": rule.frequency.value, "every": rule.every,
            "individual": rule.individual}, on)
        return AppliedLoan(loan.id, loan.loan_no, cycle)


def _salary_terms(data: ApplicationInput) -> dict[str, Any]:
    if data.monthly_basic_salary_minor is None:
        return {}
    return {"salary": {"monthly_basic_minor": data.monthly_basic_salary_minor,
                       "paid_here": data.salary_paid_here}}


def eligibility_now(s: Session, loan: Loan) -> tuple[FailedRule, ...]:
    """The application's rules checked again on today's records (at sanction: the member
    may have fallen overdue or taken another loan since she applied)."""
    return verdict_now(s, loan)[0]


def verdict_now(s: Session, loan: Loan) -> tuple[tuple[FailedRule, ...],
                                                 tuple[FailedRule, ...]]:
    """(failed rules, reasons to refer it to the manager) of an application today."""
    branch, member, rule, data, on, facts = _as_applied(s, loan)
    failures, referrals = _checked(s, branch, member, rule, data, on, facts, loan.id)
    if rule.bureau_report_required:  # the product's rule: a fresh report before sanction
        from app.domain.bureau_verdict import reports_missing

        failures += tuple(FailedRule(f.code, f.text, dict(f.params)) for f in
                          reports_missing(household_credit_of(s, member, on), on,
                                          rule.bureau_max_age_days))
    return failures, referrals


def referral_reasons(engine: Engine, loan_id: int) -> tuple[FailedRule, ...]:
    """Why the verdict refers an application waiting for sanction to the manager (none
    once it is past sanction)."""
    with read_session(engine) as s:
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise NotFound(QT_TR_NOOP("No such loan."))
        if loan.status not in ("applied", "recommended", "forwarded"):
            return ()
        return verdict_now(s, loan)[1]


def repayment_burden_now(s: Session, loan: Loan) -> RepaymentBurden:
    """The household's monthly repayments with this loan against its cap, today (the
    figures the repayment-to-income rule of the verdict weighs)."""
    branch, member, rule, data, on, facts = _as_applied(s, loan)
    gathered = applicant_facts(s, member, rule, data, on, facts, loan.id)
    profile = PROFILES.get(branch.policy_profile)
    cap = rule.repayment_to_income_cap
    if cap is None and profile is not None:
        cap = profile.repayment_to_income_cap
    return RepaymentBurden(
        gathered["existing_monthly_repayments"], gathered["new_monthly_repayment"],
        gathered["monthly_income"], cap,
        profile.cap_includes_existing_loans if profile else True)


def _as_applied(s: Session, loan: Loan) -> tuple[Branch, Member, ProductRule,
                                                  ApplicationInput, date, KeyFacts]:
    """An application as it was made, with its terms on today's records."""
    app = s.get(LoanApplication, loan.id)
    member = _member(s, loan.member_id)
    rule = loan_rule(s, loan)
    data = ApplicationInput(
        loan.member_id, rule.code, loan.principal_minor, loan.installments_count,
        loan.purpose, app.household_income_minor if app else 0,
        tuple((str(r["lender"]), int(r["monthly_minor"]))
              for r in (app.household_repayments if app else [])),
        tuple(app.guarantors if app else ()), bool(app and app.group_resolution),
        app.collateral if app else "", app.collateral_value_minor if app else 0,
        app.equity_minor if app else 0)
    salary = (loan.terms or {}).get("salary")
    if salary:  # as she declared it (an application made before the form asked: none)
        data = replace(data, monthly_basic_salary_minor=int(salary["monthly_basic_minor"]),
                       salary_paid_here=bool(salary["paid_here"]))
    branch = branch_row(s)
    on = branch.business_date
    terms = terms_for(s, member, rule, data.amount_minor, data.installments, on)
    return branch, member, rule, data, on, key_facts(terms, rule.fees_for(terms.principal))
