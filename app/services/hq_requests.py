"""Head office's requests to correct something at this branch (SYNC.md, Authority).

Head office does not change the branch's facts; it asks (`shakha hq ask-branch`), and
the request arrives with the reference data (a `request:` row of hq_decision). The
manager makes the correction with the branch's own tools — a reversal, an edit, each
its own event — and answers the request with a note of what was done: the answer is
the event `hq_request.answered`, which takes the note back to head office. Its audit
row is what marks the request answered here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.canonical import json_object
from app.db.models import AuditEvent
from app.db.models_sync import HqDecision
from app.db.uow import Actor, UnitOfWork
from app.domain import inputs
from app.errors import QT_TR_NOOP, ConflictError, NotFound, ValidationError
from app.services import roles
from app.services.common import branch_row, read_session
from app.services.roles import require
from app.sync.reference import REQUEST_ANSWERED

PREFIX = "request:"
MAX_NOTE = 2000


@dataclass(frozen=True)
class HeadOfficeRequest:
    request_id: str
    about: str
    text: str
    asked_by: str
    received_at: datetime
    answer: str | None
    answered_on: date | None


def head_office_requests(engine: Engine, include_answered: bool = False
                         ) -> list[HeadOfficeRequest]:
    """Requests as received, oldest first; the answered ones only when asked for."""
    with read_session(engine) as s:
        answers = {a.entity_id: a for a in s.scalars(
            select(AuditEvent).where(AuditEvent.action == REQUEST_ANSWERED))}
        out = []
        for row in s.scalars(select(HqDecision).where(HqDecision.key.startswith(PREFIX))
                             .order_by(HqDecision.received_at, HqDecision.key)):
            request_id = row.key[len(PREFIX):]
            answer = answers.get(request_id)
            if answer is not None and not include_answered:
                continue
            body = json_object(row.payload)
            out.append(HeadOfficeRequest(
                request_id, str(body.get("about", "")), str(body.get("text", "")),
                str(body.get("asked_by", "")), row.received_at,
                str(answer.details.get("note", "")) if answer else None,
                answer.business_date if answer else None))
        return out


def open_request_count(session: Session) -> int:
    """How many requests wait for an answer (for the status bar)."""
    answered = select(AuditEvent.entity_id).where(AuditEvent.action == REQUEST_ANSWERED)
    return int(session.scalar(select(func.count()).select_from(HqDecision).where(
        HqDecision.key.startswith(PREFIX),
        func.substr(HqDecision.key, len(PREFIX) + 1).not_in(answered))) or 0)


def answer_request(engine: Engine, actor: Actor, request_id: str, note: str) -> str:
    """The manager's answer: what was done about it (or why nothing needed doing).
    Returns the request's id."""
    require(actor, roles.HQ_REQUEST_ANSWER)
    note = inputs.text(note, inputs.NOTE, limit=100 * MAX_NOTE, multiline=True)
    if not note:
        raise ValidationError(QT_TR_NOOP("Write what was done about the request."))
    if len(note) > MAX_NOTE:
        raise ValidationError(QT_TR_NOOP("The answer is too long (at most {n} "
                                         "characters)."), n=MAX_NOTE)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        if s.get(HqDecision, PREFIX + request_id) is None:
            raise NotFound(QT_TR_NOOP("There is no request {request} from head office."),
                           request=request_id)
        if s.scalar(select(AuditEvent.id).where(AuditEvent.action == REQUEST_ANSWERED,
                                                AuditEvent.entity_id == request_id)):
            raise ConflictError(QT_TR_NOOP("Request {request} was already answered."),
                                request=request_id)
        uow.emit(REQUEST_ANSWERED, request_id, {"request_id": request_id, "note": note},
                 branch_row(s).business_date)
    return request_id
