"""Builders for test data: the smallest valid branch, staff, village, group, member.

Builders insert through the ORM directly (they make the world a test starts in); the
behaviour under test always goes through services.
"""

from __future__ import annotations

from datetime import date
from itertools import count

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.db.models import Branch, Group, Member, Staff, Village

_seq = count(1)

TEST_PASSWORD = "secret-pass-1"


def _hash(password: str) -> str:
    from argon2 import PasswordHasher

    return PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(password)


def make_branch(session: Session, *, profile: str = "india_rbi", currency: str = "INR",
                business_date: date = date(2026, 11, 25), code: str = "BJS-001") -> Branch:
    branch = Branch(code=code, name_en="Saheberhat", name_bn="সাহেবেরহাট",
                    institution="Beghoria Janakalyan Samity", currency=currency,
                    policy_profile=profile, business_date=business_date,
                    address="Saheberhat, Cooch Behar", grievance_contact="1800-000-000")
    session.add(branch)
    session.flush()
    return branch


def make_staff(session: Session, *, role: str = "field_officer", grade: str | None = None,
               username: str | None = None, password: str = TEST_PASSWORD) -> Staff:
    n = next(_seq)
    staff = Staff(username=username or f"user{n}", full_name_en=f"Officer {n}",
                  full_name_bn=f"কর্মী {n}", role=role, sanction_grade=grade,
                  password_hash=_hash(password))
    session.add(staff)
    session.flush()
    return staff


def make_village(session: Session) -> Village:
    n = next(_seq)
    village = Village(name_en=f"Village {n}", name_bn=f"গ্রাম {n}", block="Tufanganj",
                      district="Cooch Behar")
    session.add(village)
    session.flush()
    return village


def make_group(session: Session, *, officer: Staff, village: Village | None = None,
               weekday: int = 2, formation_date: date = date(2022, 1, 5)) -> Group:
    n = next(_seq)
    village = village or make_village(session)
    group = Group(code=f"G{n:04d}", name_en=f"Group {n}", name_bn=f"দল {n}",
                  village_id=village.id, meeting_weekday=weekday, meeting_time="10:00",
                  meeting_place="Anganwadi", field_officer_id=officer.id,
                  formation_date=formation_date)
    session.add(group)
    session.flush()
    return group


def make_member(session: Session, *, group: Group, joining_date: date = date(2022, 1, 5),
                income_minor: int = 120_000_00) -> Member:
    n = next(_seq)
    member = Member(code=f"M{n:05d}", group_id=group.id, name_en=f"Member {n}",
                    name_bn=f"সদস্য {n}", guardian_name_en="Husband", guardian_name_bn="স্বামী",
                    date_of_birth=date(1985, 3, 1), id_document_type="aadhaar",
                    id_document_number=f"{n:012d}", village_id=group.village_id,
                    household_income_minor=income_minor, joining_date=joining_date)
    session.add(member)
    session.flush()
    return member


def small_branch(engine: Engine, members: int = 5) -> dict[str, int]:
    """Branch + manager + officer + one group with `members` members; returns their ids."""
    with Session(engine) as session, session.begin():
        branch = make_branch(session)
        manager = make_staff(session, role="branch_manager", grade="BM-1", username="manager")
        officer = make_staff(session, role="field_officer", username="officer")
        group = make_group(session, officer=officer)
        ids = [make_member(session, group=group).id for _ in range(members)]
        return {"branch": branch.id, "manager": manager.id, "officer": officer.id,
                "group": group.id, "first_member": ids[0] if ids else 0}


def make_product(session: Session, code: str = "BJS-GL", **changes):  # type: ignore[no-untyped-def]
    """A loan_product row from the demo products (optionally changed)."""
    from dataclasses import replace

    from app.db.models import LoanProduct
    from app.domain.products import DEMO_PRODUCTS

    product = replace(next(p for p in DEMO_PRODUCTS if p.code == code), **changes)
    row = session.query(LoanProduct).filter_by(code=product.code).first()
    if row is None:
        row = LoanProduct(code=product.code, name_en=product.name_en, name_bn=product.name_bn,
                          definition=product.to_dict())
        session.add(row)
        session.flush()
    return row, product


def make_loan(session: Session, *, member: Member, officer_id: int, principal: str = "10000",
              disbursed_on: date = date(2026, 10, 7), weekday: int = 2, installments: int = 10,
              code: str = "BJS-GL", **product_changes):  # type: ignore[no-untyped-def]
    """A disbursed loan with its real schedule (no repayments yet)."""
    from decimal import Decimal

    from app.db.models import Installment, Loan
    from app.domain.money import to_minor
    from app.domain.schedule import LoanTerms, build_schedule

    row, product = make_product(session, code, **product_changes)
    terms = LoanTerms.from_product(product, Decimal(principal), installments, disbursed_on,
                                   weekday)
    loan = Loan(loan_no=f"L{next(_seq):06d}", member_id=member.id, product_id=row.id,
                status="disbursed", principal_minor=to_minor(principal),
                annual_rate_bp=int(product.annual_rate_percent * 100),
                installments_count=installments, frequency=product.frequency.value,
                interest_method=product.interest_method.value, applied_on=disbursed_on,
                applied_by=officer_id, disbursed_on=disbursed_on)
    session.add(loan)
    session.flush()
    for inst in build_schedule(terms).installments:
        session.add(Installment(loan_id=loan.id, number=inst.number, due_on=inst.due_on,
                                principal_minor=to_minor(inst.principal),
                                interest_minor=to_minor(inst.interest)))
    session.flush()
    return loan
