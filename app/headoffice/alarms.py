"""Alarms head office raises when it refuses something that smells of an attack or a
fault (a forged or replayed request, another branch's key, a revoked device, a late
snapshot chunk, a chain that does not hold): one row each, shown by `shakha hq alarms`,
written in a transaction of its own so the refusal's rollback never takes it away."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.headoffice.ingest import Refused, now
from app.headoffice.models import HqAlarm

T = TypeVar("T")
DETAIL_MAX = 2000


def raise_alarm(engine: Engine, code: str, kind: str, detail: str) -> None:
    with Session(engine) as session, session.begin():
        session.add(HqAlarm(branch=code[:20], kind=kind[:20], detail=detail[:DETAIL_MAX],
                            at=now()))


def alarmed(engine: Engine, code: str, action: Callable[[], T]) -> T:
    """Run `action`; a Refused that names an alarm raises it before going on up."""
    try:
        return action()
    except Refused as refused:
        if refused.alarm:
            raise_alarm(engine, code, refused.alarm, refused.reason)
        raise
