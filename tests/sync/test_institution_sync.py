"""The institution's name, address and complaint contacts travel as head office's
reference data: published once per profile, pulled by the branch of that profile, and
printed on its documents in both languages."""

from dataclasses import asdict

import pytest

from app.demo.institution import DEMO_INSTITUTIONS
from app.headoffice.admin import publish
from app.printing.labels import label
from app.services.institution import institution
from app.services.printing import sheet_header
from tests.sync.world import branch_with_meeting, register, sync


def test_head_offices_institution_block_reaches_the_branchs_documents(engine, hq):
    branch_with_meeting(engine)  # an India branch
    register(hq, engine)
    publish(hq, "institution", "india_rbi", asdict(DEMO_INSTITUTIONS["india_rbi"]))
    publish(hq, "institution", "bangladesh_mra", asdict(DEMO_INSTITUTIONS["bangladesh_mra"]))
    assert sync(engine, hq).pulled == 2
    assert institution(engine).pick("grievance_officer", "bn").startswith("সঞ্জয় মিত্র")
    assert sheet_header(engine, "bn").institution == "বেঘোরিয়া জনকল্যাণ সমিতি"
    assert label("branch", "bn")  # the labels beside it are Bengali too


def test_head_office_refuses_an_institution_block_no_branch_could_use(hq):
    from app.errors import ValidationError

    with pytest.raises(ValidationError, match="needs name_bn"):
        publish(hq, "institution", "india_rbi", {"name_en": "BJS"})
