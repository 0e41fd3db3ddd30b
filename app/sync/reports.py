"""What the branch tells head office about itself, signed (SYNC.md: "a branch that finds
a fork or a restore itself reports it, so the alarm is raised at once").

A report goes at once over the network when it can; otherwise it waits in sync_state
(`pending_reports`) and goes with the next sync or inside the next USB bundle. Head
office turns each into an alarm (app.headoffice.reports).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.errors import ShakhaError
from app.sync.outbox import get_state, local_cursor, set_state

MAX_PENDING = 20


def _pending(session: Session) -> list[dict[str, Any]]:
    try:
        listed = json.loads(get_state(session, "pending_reports") or "[]")
    except ValueError:
        return []
    return [r for r in listed if isinstance(r, dict)] if isinstance(listed, list) else []


def pending_reports(engine: Engine) -> list[dict[str, Any]]:
    with Session(engine) as session:
        return _pending(session)


def forget_reports(engine: Engine, delivered: list[dict[str, Any]]) -> None:
    with Session(engine) as session, session.begin():
        left = [r for r in _pending(session) if r not in delivered]
        set_state(session, "pending_reports", json.dumps(left))


def report_problem(engine: Engine, kind: str, error: ShakhaError,
                   send: Callable[[dict[str, Any]], None] | None = None) -> None:
    """Report `error` (what the branch found) as `kind`; kept for later if it cannot go
    now. Never raises: the branch's own error is what the user must see."""
    local = local_cursor(engine)
    report = {"kind": kind, "detail": error.message()[:900],
              "facts": {"epoch": local.epoch, "acked_seq": local.acked_seq,
                        "last_seq": local.last_seq}}
    if send is not None:
        try:
            send(report)
            return
        except Exception:  # noqa: BLE001 - unreachable now: it waits for the next contact
            pass
    with Session(engine) as session, session.begin():
        kept = [*_pending(session), report][-MAX_PENDING:]
        set_state(session, "pending_reports", json.dumps(kept))


def send_pending_reports(engine: Engine, send: Callable[[dict[str, Any]], None]) -> None:
    """Deliver what waits; stop at the first that does not go (it waits again)."""
    delivered = []
    for report in pending_reports(engine):
        try:
            send(report)
        except Exception:  # noqa: BLE001 - the sync itself will say what is wrong
            break
        delivered.append(report)
    if delivered:
        forget_reports(engine, delivered)
