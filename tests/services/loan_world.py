"""The world loan tests start in: a branch, two managers, an officer, an accountant, an
admin, a group of five women, the demo products and head office's sanction powers."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import JournalEntry, OutboxEvent
from app.db.models_loans import SanctionPower
from app.db.uow import RESERVED_KEYS, Actor
from app.services.cash_transfers import record_cash_transfer
from app.services.loan_application import ApplicationInput, apply_for_loan
from app.services.loan_disbursement import accept_kfs, disburse_loan
from app.services.loan_sanction import sanction_loan
from tests.builders import make_branch, make_group, make_member, make_product, make_staff

TODAY = date(2026, 11, 25)  # a Wednesday

# Janata-Bank-like delegation (minor units): grade, with collateral, max, rank
POWERS = (
    ("BM-2", False, 30_000_00, 1), ("BM-2", True, 50_000_00, 1),
    ("BM-1", False, 50_000_00, 2), ("BM-1", True, 1_00_000_00, 2),
    ("AGM", False, 1_00_000_00, 3), ("AGM", True, 2_00_000_00, 3),
    ("DGM", False, 3_00_000_00, 4), ("DGM", True, 4_00_000_00, 4),
    ("GM", False, 5_00_000_00, 5), ("GM", True, 5_00_000_00, 5),
)


@dataclass
class LoanWorld:
    officer: Actor
    manager: Actor
    manager2: Actor
    junior: Actor  # a branch manager of the lowest grade
    accountant: Actor
    admin: Actor
    group_id: int
    members: list[int]


def seed_powers(session: Session) -> None:
    for grade, collateral, max_minor, rank in POWERS:
        session.add(SanctionPower(grade=grade, with_collateral=collateral, max_minor=max_minor,
                                  rank=rank))


def loan_world(engine, *, profile: str = "india_rbi", currency: str = "INR",
               members: int = 5, products: tuple[str, ...] = ("BJS-GL", "BJS-IL"),
               joining: date = date(2022, 1, 5), fund_minor: int = 10_00_000_00,
               **product_changes: Any) -> LoanWorld:
    with Session(engine) as s, s.begin():
        make_branch(s, profile=profile, currency=currency, business_date=TODAY)
        manager = make_staff(s, role="branch_manager", grade="BM-1")
        manager2 = make_staff(s, role="branch_manager", grade="BM-1")
        junior = make_staff(s, role="branch_manager", grade="BM-2")
        officer = make_staff(s, role="field_officer")
        accountant = make_staff(s, role="accountant")
        admin = make_staff(s, role="admin")
        group = make_group(s, officer=officer, weekday=2)
        ids = [make_member(s, group=group, joining_date=joining).id for _ in range(members)]
        for code in products:
            make_product(s, code, **product_changes)
        seed_powers(s)

        def actor(st, grade=None):  # type: ignore[no-untyped-def]
            return Actor(st.id, st.username, st.role, grade)
        world = LoanWorld(actor(officer), actor(manager, "BM-1"), actor(manager2, "BM-1"),
                          actor(junior, "BM-2"), actor(accountant), actor(admin), group.id,
                          ids)
    if fund_minor:  # the safe holds head office's fund, as at a branch that pays out loans
        record_cash_transfer(engine, world.accountant, "in", fund_minor, "HO fund advice 1")
    return world


def application(member_id: int, amount_minor: int = 20_000_00, installments: int = 46,
                product: str = "BJS-GL", **changes: Any) -> ApplicationInput:
    base = ApplicationInput(member_id=member_id, product_code=product,
                            amount_minor=amount_minor, installments=installments,
                            purpose="Goat rearing", household_income_minor=1_80_000_00,
                            household_repayments=(("Bandhan", 1_000_00),),
                            guarantors=("Rina Das",), group_resolution=True,
                            appraisal_note="Two goats, fodder from own land")
    return replace(base, **changes)


def disbursed_loan(engine, world: LoanWorld, member_id: int | None = None,
                   **changes: Any) -> int:
    """An application applied by the officer, sanctioned, KFS accepted and paid out."""
    loan = apply_for_loan(engine, world.officer,
                          application(member_id or world.members[0], **changes))
    sanction_loan(engine, world.manager, loan.loan_id)
    accept_kfs(engine, world.officer, loan.loan_id, "bn")
    disburse_loan(engine, world.manager, loan.loan_id)
    return loan.loan_id


def set_business_date(engine, on: date) -> None:
    """Days pass: the computer's calendar reaches `on` and the branch works on it."""
    from app.clock import CLOCK
    from app.db.models import Branch

    CLOCK.set_today(max(on, date.today()))
    with Session(engine) as s, s.begin():
        branch = s.scalars(select(Branch)).one()
        branch.business_date = on


def events(engine, event_type: str) -> list[dict]:
    with Session(engine) as s:
        return [{k: v for k, v in json.loads(e.payload).items() if k not in RESERVED_KEYS}
                for e in s.scalars(select(OutboxEvent).where(OutboxEvent.type == event_type)
                                   .order_by(OutboxEvent.seq))]


def journal(engine, loan_id: int, kind: str | None = None) -> list[JournalEntry]:
    with Session(engine) as s:
        query = select(JournalEntry).where(JournalEntry.loan_id == loan_id)
        if kind:
            query = query.where(JournalEntry.kind == kind)
        return list(s.scalars(query.order_by(JournalEntry.id)))


def ledger_paid(engine, loan_id: int) -> tuple[int, int]:
    """(principal, interest) repaid according to the journal (reversals negative)."""
    total_p = total_i = 0
    for e in journal(engine, loan_id, "repayment"):
        sign = -1 if e.reverses_id is not None else 1
        total_p += sign * e.principal_minor
        total_i += sign * e.interest_minor
    return total_p, total_i


def cached_paid(engine, loan_id: int) -> tuple[int, int]:
    from app.db.models import Installment

    with Session(engine) as s:
        row = s.execute(select(func.sum(Installment.paid_principal_minor),
                               func.sum(Installment.paid_interest_minor))
                        .where(Installment.loan_id == loan_id)).one()
        return int(row[0] or 0), int(row[1] or 0)
