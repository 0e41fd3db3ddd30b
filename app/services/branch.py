"""What the status bar and every document header show about the branch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine

from app.services.common import branch_row, read_session


@dataclass(frozen=True)
class BranchInfo:
    code: str
    name_en: str
    name_bn: str
    institution: str
    currency: str
    policy_profile: str
    business_date: date
    grievance_contact: str
    address: str


def branch_wording(engine: Engine) -> str:
    """The Bengali wording this branch reads (bn_IN / bn_BD), from its policy profile."""
    from app.i18n import wording_for_profile

    with read_session(engine) as session:
        return wording_for_profile(branch_row(session).policy_profile)


def use_branch_wording(engine: Engine) -> str:
    """Make this process speak the branch's Bengali (screens, print, messages)."""
    from app.i18n import set_wording

    wording = branch_wording(engine)
    set_wording(wording)
    return wording


def branch_info(engine: Engine) -> BranchInfo:
    with read_session(engine) as session:
        b = branch_row(session)
        return BranchInfo(b.code, b.name_en, b.name_bn, b.institution, b.currency,
                          b.policy_profile, b.business_date, b.grievance_contact, b.address)
