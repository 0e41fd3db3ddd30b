"""SYNC.md, Clocks: warn past five minutes; refuse to post before head office's date."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

import app.headoffice.ingest as hq_ingest
from app.db.models import JournalEntry, OutboxEvent
from app.errors import RuleViolation
from app.i18n import tr_error
from app.services.status import status_summary
from tests.sync.world import branch_with_meeting, post_fee, register, sync


def _head_office_clock(monkeypatch, ahead: timedelta) -> None:
    real = hq_ingest.now
    monkeypatch.setattr(hq_ingest, "now", lambda: real() + ahead)


def _rows(engine) -> tuple[int, int]:
    with Session(engine) as s:
        return (s.scalar(select(func.count()).select_from(JournalEntry)),
                s.scalar(select(func.count()).select_from(OutboxEvent)))


def test_clocks_that_agree_give_no_warning(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    result = sync(engine, hq)
    status = status_summary(engine)
    assert not result.clock_warning and not status.clock_warning
    assert status.clock_skew_seconds is not None and abs(status.clock_skew_seconds) < 60


def test_a_clock_ten_minutes_behind_head_office_is_warned_about(engine, hq, monkeypatch):
    branch_with_meeting(engine)
    _head_office_clock(monkeypatch, timedelta(minutes=10))
    register(hq, engine)
    result = sync(engine, hq)
    status = status_summary(engine)
    assert result.clock_warning and status.clock_warning
    assert -610 < status.clock_skew_seconds < -590
    post_fee(engine, 1_00)  # the same day: posting goes on, with the warning


def test_posting_is_refused_while_the_computer_is_a_day_behind_head_office(
        engine, hq, monkeypatch):
    branch_with_meeting(engine)
    _head_office_clock(monkeypatch, timedelta(days=2))
    register(hq, engine)
    sync(engine, hq)
    before = _rows(engine)
    with pytest.raises(RuleViolation) as refused:
        post_fee(engine, 1_00)
    assert _rows(engine) == before
    message = tr_error(refused.value, "en")
    assert message.startswith("This computer's date (") and "Set the correct date" in message
    assert "২০" in tr_error(refused.value, "bn")  # dates in Bengali digits


def test_a_computer_ahead_of_head_office_posts_as_usual(engine, hq, monkeypatch):
    branch_with_meeting(engine)
    _head_office_clock(monkeypatch, -timedelta(days=2))
    register(hq, engine)
    sync(engine, hq)
    before = _rows(engine)
    post_fee(engine, 1_00)
    assert _rows(engine)[0] == before[0] + 1
    assert status_summary(engine).clock_warning
