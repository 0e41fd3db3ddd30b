"""Head office asking a branch to correct something (SYNC.md, Authority).

Head office never edits a branch's facts: a wrong posting it finds (an auditor's
finding, a suspense task) becomes a request sent down with the reference data; the
branch's manager does the correction there (a reversal, an edit — each its own branch
event) and answers the request, and the answer comes back up as the branch's event
`hq_request.answered`. This module publishes requests and reads their state off those
events; nothing here writes branch data.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.headoffice.admin import AdminError, publish
from app.headoffice.ingest import now
from app.headoffice.models import HqBranch, HqEvent, HqReference
from app.sync.canonical import json_object
from app.sync.reference import REQUEST_ANSWERED


@dataclass(frozen=True)
class BranchRequest:
    request_id: str
    branch: str
    about: str
    text: str
    asked_by: str
    asked_at: str
    answer: str | None  # the branch manager's note, once answered
    answered_on: str | None


def ask_branch(engine: Engine, code: str, text: str, about: str = "", by: str = "") -> str:
    """Send a request to one branch; returns its id (short, to be read over a phone)."""
    text, about, by = text.strip(), about.strip(), by.strip()
    if not text or not by:
        raise AdminError("a request needs --text (what to correct) and --by (who asks)")
    with Session(engine) as session:
        if session.get(HqBranch, code) is None:
            raise AdminError(f"unknown branch {code}")
    request_id = "R" + secrets.token_hex(3).upper()
    publish(engine, "request", request_id, {
        "text": text[:2000], "about": about[:200], "asked_by": by[:60],
        "asked_at": now().isoformat(timespec="minutes")}, branch=code)
    return request_id


def branch_requests(engine: Engine, code: str | None = None, include_answered: bool = False
                    ) -> list[BranchRequest]:
    """Requests sent (to one branch or all), oldest first, with the branch's answers."""
    with Session(engine) as session:
        query = select(HqReference).where(HqReference.kind == "request",
                                          HqReference.deleted.is_(False))
        if code:
            query = query.where(HqReference.branch == code)
        latest = {row.key: row for row in session.scalars(query.order_by(HqReference.version))}
        sent = sorted(latest.values(), key=lambda row: row.version)
        answers: dict[tuple[str, str], tuple[str, str]] = {}
        # one branch at a time (hq_event is partitioned by branch): only the branches
        # asked something are read
        for branch in sorted({str(row.branch) for row in sent}):
            events = select(HqEvent.payload, HqEvent.business_date).where(
                HqEvent.branch == branch, HqEvent.type == REQUEST_ANSWERED)
            for payload, day in session.execute(events):
                body = json_object(payload)
                answers[(branch, str(body.get("request_id")))] = (
                    str(body.get("note", "")), day)
    out = []
    for row in sent:
        body = json_object(row.payload)
        answer = answers.get((str(row.branch), row.key))
        if answer is not None and not include_answered:
            continue
        out.append(BranchRequest(row.key, str(row.branch), str(body.get("about", "")),
                                 str(body.get("text", "")), str(body.get("asked_by", "")),
                                 str(body.get("asked_at", "")),
                                 answer[0] if answer else None, answer[1] if answer else None))
    return out
