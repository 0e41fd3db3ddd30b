"""What head office must always see (SYNC.md, "Always visible"): branches gone silent
for D days, and every gap, fork or tamper alarm.

A branch is seen whenever it authenticates for a sync (its cursor is asked) or one of
its batches or bundles is stored. A branch never seen counts from its registration.
Head office cannot know what waits in a silent branch's outbox; the estimate is the
branch's usual rate (events received in the 30 days before it went quiet) times the
days it has been quiet, and is left out when there is no history to go on.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func, select, update
from sqlalchemy.orm import Session

from app.headoffice.ingest import now
from app.headoffice.models import HqAlarm, HqBranch, HqEvent

RATE_WINDOW_DAYS = 30


@dataclass(frozen=True)
class SilentBranch:
    code: str
    last_seen: datetime | None  # None: never synced
    quiet_days: int
    pending_estimate: int | None  # None: no history to estimate from


def mark_seen(engine: Engine, code: str) -> None:
    with engine.begin() as conn:
        conn.execute(update(HqBranch).where(HqBranch.code == code)
                     .values(last_seen_at=now()))


def _estimate(session: Session, code: str, last_seen: datetime, quiet: timedelta
              ) -> int | None:
    received = session.scalar(select(func.count()).select_from(HqEvent).where(
        HqEvent.branch == code,
        HqEvent.received_at > last_seen - timedelta(days=RATE_WINDOW_DAYS),
        HqEvent.received_at <= last_seen)) or 0
    if not received:
        return None
    return round(received / RATE_WINDOW_DAYS * quiet.total_seconds() / 86400)


def silent_branches(engine: Engine, days: int, at: datetime | None = None
                    ) -> list[SilentBranch]:
    """Branches not seen for at least `days` days, the longest silent first."""
    at = at or now()
    cutoff = at - timedelta(days=days)
    found = []
    with Session(engine) as session:
        for branch in session.scalars(select(HqBranch).order_by(HqBranch.code)):
            since = branch.last_seen_at or branch.registered_at
            if since > cutoff:
                continue
            quiet = at - since
            estimate = None if branch.last_seen_at is None else \
                _estimate(session, branch.code, branch.last_seen_at, quiet)
            found.append(SilentBranch(branch.code, branch.last_seen_at, quiet.days,
                                      estimate))
    return sorted(found, key=lambda s: (-s.quiet_days, s.code))


def alarms(engine: Engine, branch: str | None = None) -> list[HqAlarm]:
    """Every refused batch that smelled of a gap, fork or tampering, newest first."""
    query = select(HqAlarm).order_by(HqAlarm.at.desc(), HqAlarm.id.desc())
    if branch:
        query = query.where(HqAlarm.branch == branch)
    with Session(engine, expire_on_commit=False) as session:
        return list(session.scalars(query))
