"""What a Key Fact Statement says beyond its figures: who lends (in both languages, with
its complaint contacts), the date of the statement and until when its terms hold, the
loan's purpose and group, and the rules of the profile that bind her (savings lien,
group guarantee, collateral-free limit, interest cap). The printed KFS and the one on
screen read the same (app.printing.kfs)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import Group, Holiday, Loan, Member
from app.domain.institution import Institution
from app.domain.money import to_minor
from app.domain.products import PROFILES
from app.domain.products import LoanProduct as ProductRule
from app.services.common import branch_row
from app.services.institution import institution_of


@dataclass(frozen=True)
class KfsPaper:
    profile: str
    lender: Institution
    statement_on: date
    valid_until: date
    purpose: str
    group_en: str
    group_bn: str
    branch_address: str
    grace_principal: int
    grace_interest: int
    every: int
    savings_per_installment_minor: int
    guarantee_fund_minor: int
    group_guarantee: bool
    savings_lien: bool
    collateral_free_limit_minor: int | None
    interest_cap_percent: Decimal | None


def working_days_after(session: Session, start: date, days: int,
                       working_weekdays: tuple[int, ...]) -> date:
    """The date `days` working days after `start` (the profile's rest days and the
    branch's holidays are not working days)."""
    holidays = set(session.scalars(select(Holiday.on_date).where(
        Holiday.on_date.between(start, start + timedelta(days=days * 3 + 14)))))
    day, left = start, days
    while left > 0:
        day += timedelta(days=1)
        if day.weekday() in working_weekdays and day not in holidays:
            left -= 1
    return day


def kfs_paper(session: Session, loan: Loan, rule: ProductRule, on: date) -> KfsPaper:
    branch = branch_row(session)
    member = session.get(Member, loan.member_id)
    group = session.get(Group, member.group_id) if member else None
    profile = PROFILES.get(branch.policy_profile)
    lender = institution_of(session)
    working = profile.working_weekdays if profile else (0, 1, 2, 3, 4, 5)
    limit = rule.collateral_free_limit
    return KfsPaper(
        branch.policy_profile, lender, on,
        working_days_after(session, on, lender.kfs_validity_days, working),
        loan.purpose or "", group.name_en if group else "", group.name_bn if group else "",
        branch.address or "", rule.grace_principal, rule.grace_interest, rule.every,
        to_minor(rule.savings_per_installment),
        int((Decimal(loan.principal_minor) * rule.guarantee_fund_percent / 100)
            .quantize(Decimal("1"))),
        rule.group_guarantee, bool(profile and profile.savings_lien),
        to_minor(limit) if limit is not None else None,
        profile.interest_cap_percent if profile else None)
