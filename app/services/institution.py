"""The branch's institution block (name, address, complaint contacts in both languages).

The branch keeps head office's block for its own profile in its settings (`setting`
"institution", written by the reference-data pull, app.sync.reference) and every
document prints it in its language: a Bengali KFS names "বেঘোরিয়া জনকল্যাণ সমিতি"
and its grievance officer in Bengali. A branch that has not received it yet falls
back to its own single-language fields, with the profile's regulator to escalate to.
"""

from __future__ import annotations

import json
from contextlib import suppress
from dataclasses import replace

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.db.models import Branch, Setting
from app.domain.institution import ESCALATION, SETTING_KEY, Institution, check_institution
from app.errors import ValidationError
from app.services.common import branch_row, read_session


def _fallback(branch: Branch) -> Institution:
    return Institution(branch.institution, branch.institution, branch.address, "",
                       grievance_phone=branch.grievance_contact)


def institution_of(session: Session) -> Institution:
    """The branch's institution block (see the module docstring)."""
    branch = branch_row(session)
    row = session.get(Setting, SETTING_KEY)
    block = _fallback(branch)
    if row is not None:
        # a damaged setting: the branch's own fields, rather than nothing
        with suppress(ValueError, ValidationError):
            block = check_institution(json.loads(row.value))
    if not block.escalation_en:
        en, bn = ESCALATION.get(branch.policy_profile, ("", ""))
        block = replace(block, escalation_en=en, escalation_bn=block.escalation_bn or bn)
    return block


def institution(engine: Engine) -> Institution:
    with read_session(engine) as s:
        return institution_of(s)
