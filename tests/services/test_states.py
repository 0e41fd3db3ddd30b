"""A refusal that depends on a loan's or a meeting's state reads as one whole sentence in
either language: no status word dropped into a sentence, no raw code such as not_held."""

from __future__ import annotations

import re

import pytest

from app.errors import ConflictError
from app.i18n import tr_error
from app.services.states import (
    LOAN_STATE_REFUSAL,
    MEETING_STATE_REFUSAL,
    loan_state_refused,
    meeting_state_refused,
)

LOAN_CODES = ["applied", "recommended", "forwarded", "sanctioned", "rejected", "disbursed",
              "closed", "written_off", "something_new"]
MEETING_CODES = ["posted", "not_held", "reversed", "something_new"]


@pytest.mark.parametrize("status", LOAN_CODES)
@pytest.mark.parametrize("lang", ["en", "bn_IN", "bn_BD"])
def test_a_loan_refused_for_its_state_says_so_without_the_code(status, lang):
    text = tr_error(loan_state_refused("BJS-001-L000042", status), lang)
    assert "BJS-001-L000042" in text and "_" not in text and "{" not in text
    if lang != "en":
        assert not re.search("[A-Za-z]{2,}", text.replace("BJS-001-L000042", ""))


@pytest.mark.parametrize("status", MEETING_CODES)
@pytest.mark.parametrize("lang", ["en", "bn_IN", "bn_BD"])
def test_a_meeting_refused_for_its_state_says_so_without_the_code(status, lang):
    text = tr_error(meeting_state_refused(status), lang)
    assert "_" not in text and text.strip()
    if lang != "en":
        assert not re.search("[A-Za-z]", text)


def test_each_state_has_its_own_sentence():
    assert len(set(LOAN_STATE_REFUSAL.values())) == len(LOAN_STATE_REFUSAL)
    assert len(set(MEETING_STATE_REFUSAL.values())) == len(MEETING_STATE_REFUSAL)


def test_moving_a_posted_meeting_is_refused_in_a_whole_bengali_sentence(engine):
    from datetime import date

    from app.services.meetings import MeetingEntry, MeetingRow, post_meeting, reschedule_meeting
    from tests.services.meeting_world import meeting_world

    world = meeting_world(engine)
    post_meeting(engine, world.officer, MeetingEntry(
        world.meeting_id, 0, tuple(MeetingRow(m, "present", 0) for m in world.members)))
    with pytest.raises(ConflictError) as refused:
        reschedule_meeting(engine, world.manager, world.meeting_id, date(2026, 11, 27), "flood")
    assert tr_error(refused.value, "bn") == "এই সভা আগেই পোস্ট করা হয়েছে।"


def test_a_role_is_named_in_the_reader_s_language(engine):
    from app.db.uow import Actor
    from app.errors import PermissionDenied
    from app.services.common import require_role

    with pytest.raises(PermissionDenied) as refused:
        require_role(Actor(1, "rina", "field_officer"), "branch_manager")
    assert tr_error(refused.value, "bn") == "আপনার পদে (মাঠকর্মী) এই কাজ করার অনুমতি নেই।"
    assert tr_error(refused.value, "en") == "Your role (field officer) may not do this."
