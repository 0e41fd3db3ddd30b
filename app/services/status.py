"""What the main window's status bar shows: branch, business date and the sync state.

One read, cheap enough to call every half minute: "N events not yet at head office"
counts the outbox rows above head office's last acknowledgement.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.clock import server_time_unreadable
from app.db.models import OutboxEvent, Setting
from app.services.common import branch_row, read_session
from app.services.hq_requests import open_request_count
from app.sync.outbox import clock_is_off, get_state, last_sync_error

DEMO_SETTING = "demo_branch"


@dataclass(frozen=True)
class StatusSummary:
    branch_name_en: str
    branch_name_bn: str
    business_date: date
    pending_events: int  # outbox events head office has not acknowledged yet
    oldest_pending: datetime | None  # device time of the oldest of them
    last_ack_time: datetime | None  # when head office last acknowledged (UTC)
    branch_code: str = ""
    currency: str = "INR"
    clock_skew_seconds: int | None = None  # this computer minus head office, last sync
    last_error_text: str | None = None  # the last sync's failure (English source text)
    last_error_params: dict | None = None
    open_requests: int = 0  # head office's requests the manager has not answered
    clock_unknown: bool = False  # head office's last time could not be read (app.clock)

    @property
    def clock_warning(self) -> bool:
        return clock_is_off(self.clock_skew_seconds)


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        return None


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text else None
    except ValueError:
        return None


def status_summary(engine: Engine) -> StatusSummary:
    with read_session(engine) as session:
        branch = branch_row(session)
        acked = int(get_state(session, "acked_seq") or 0)
        count, oldest = session.execute(
            select(func.count(), func.min(OutboxEvent.device_time))
            .where(OutboxEvent.seq > acked)).one()
        error = last_sync_error(session)
        return StatusSummary(branch.name_en, branch.name_bn, branch.business_date,
                             int(count), oldest, _parse_time(get_state(session, "last_ack_time")),
                             branch.code, branch.currency,
                             _int(get_state(session, "clock_skew_seconds")),
                             error.text if error else None, error.params if error else None,
                             open_request_count(session), server_time_unreadable(session))


def is_demo_branch(engine: Engine) -> bool:
    """True for a database made by the demo generator on first start (login hint)."""
    with read_session(engine) as session:
        row = session.get(Setting, DEMO_SETTING)
        return row is not None and row.value == "1"


def mark_demo_branch(engine: Engine) -> None:
    """Remember that this database is a demo (a local setting, not a business fact)."""
    with Session(engine) as session, session.begin():
        session.merge(Setting(key=DEMO_SETTING, value="1"))
