"""Loan applications waiting in the demo branch, so its loan screens are not empty.

A newcomer opening Loans on the demo should find work at each step: an application to
recommend, one to sanction, one sanctioned and waiting for its Key Fact Statement and
disbursement. They are made through the real services (the officer applies, another
officer or the manager decides), so their rules, decisions, audit and outbox rows are
exactly what a branch would have.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.db.models import Group, Loan, Member, Staff
from app.db.uow import Actor
from app.demo.names import APPLICATION_PURPOSES as PURPOSES
from app.demo.names import RECOMMENDATION, SANCTION_NOTE
from app.errors import ShakhaError
from app.services.loan_application import ApplicationInput, apply_for_loan
from app.services.loan_sanction import recommend_loan, sanction_loan
from app.services.loans import product_choices

OPEN = ("applied", "recommended", "forwarded", "sanctioned", "disbursed")


def _actor(staff: Staff) -> Actor:
    return Actor(staff.id, staff.username, staff.role, staff.sanction_grade)


def _candidates(engine: Engine) -> list[tuple[int, Actor]]:
    """Active members with no open loan, with the field officer of their group."""
    with Session(engine) as s:
        busy = select(Loan.member_id).where(Loan.status.in_(OPEN))
        rows = s.execute(
            select(Member.id, Staff).join(Group, Group.id == Member.group_id)
            .join(Staff, Staff.id == Group.field_officer_id)
            .where(Member.status == "active", Member.id.not_in(busy))
            .order_by(Member.id).limit(40)).all()
        return [(member_id, _actor(staff)) for member_id, staff in rows]


def _manager(engine: Engine) -> Actor:
    with Session(engine) as s:
        return _actor(s.scalars(select(Staff).where(Staff.role == "branch_manager")
                                .order_by(Staff.id)).one())


def _apply(engine: Engine, officer: Actor, member_id: int, n: int) -> int | None:
    group_products = [p for p in product_choices(engine) if not p.individual]
    if not group_products:
        return None
    product = group_products[0]
    amount = max(product.min_amount_minor,
                 min(product.max_amount_minor, (15_000 + 5_000 * n) * 100))
    try:
        return apply_for_loan(engine, officer, ApplicationInput(
            member_id=member_id, product_code=product.code, amount_minor=amount,
            installments=product.default_installments, purpose=PURPOSES[n % len(PURPOSES)],
            household_income_minor=1_20_000_00, group_resolution=True,
            appraisal_note="Visited the household; the activity is running.")).loan_id
    except ShakhaError:
        return None  # this member does not qualify today: the demo asks the next one


def pending_applications(path: str | Path, wanted: int = 3) -> int:
    """One application left as applied, one recommended, one sanctioned; how many."""
    engine = open_engine(path)
    try:
        manager = _manager(engine)
        made: list[tuple[int, Actor]] = []
        for member_id, officer in _candidates(engine):
            if len(made) == wanted:
                break
            loan_id = _apply(engine, officer, member_id, len(made))
            if loan_id is not None:
                made.append((loan_id, officer))
        for step, (loan_id, officer) in enumerate(made):
            try:
                if step >= 1:
                    recommend_loan(engine, officer, loan_id, RECOMMENDATION)
                if step >= 2:
                    sanction_loan(engine, manager, loan_id, SANCTION_NOTE)
            except ShakhaError:
                continue  # left one step earlier: still work waiting on the Loans page
        return len(made)
    finally:
        engine.dispose()
