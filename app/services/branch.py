"""What the status bar and every document header show about the branch."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select

from app.db.models import OutboxEvent, SyncState
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


@dataclass(frozen=True)
class SyncSummary:
    pending_events: int
    oldest_pending: datetime | None
    last_acknowledged: str | None


def branch_info(engine: Engine) -> BranchInfo:
    with read_session(engine) as session:
        b = branch_row(session)
        return BranchInfo(b.code, b.name_en, b.name_bn, b.institution, b.currency,
                          b.policy_profile, b.business_date, b.grievance_contact, b.address)


def sync_summary(engine: Engine) -> SyncSummary:
    """"N events not yet at head office, oldest from …, last acknowledged …"."""
    with read_session(engine) as session:
        acked_row = session.get(SyncState, "acked_seq")
        acked = int(acked_row.value) if acked_row else 0
        count, oldest = session.execute(
            select(func.count(), func.min(OutboxEvent.device_time))
            .where(OutboxEvent.seq > acked)).one()
        last = session.get(SyncState, "last_ack_time")
        return SyncSummary(int(count), oldest, last.value if last else None)
