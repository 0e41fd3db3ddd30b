"""Helpers of the credit-bureau service tests: a checked household, head office's
answers arriving through the real reference-data path, acknowledgements recorded."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import OutboxEvent
from app.db.uow import Actor
from app.domain.bureau import BureauReport, ReportedAccount
from app.services.bureau import PersonInput, save_person
from app.sync.outbox import get_state, record_ack
from app.sync.reference import apply_page

SELF = PersonInput("self", "Rina Das", gender="F", date_of_birth=date(1990, 4, 2),
                   id_document_type="aadhaar", id_document_number="123456789012",
                   address_latin="Ward 4, Dinhata, Cooch Behar", postal_code="736135")
HUSBAND = PersonInput("husband", "Gopal Das", name_bn="গোপাল দাস", gender="M",
                      date_of_birth=date(1985, 1, 9), id_document_type="voter_id",
                      id_document_number="WB1234567", earning=True,
                      monthly_income_minor=9_000_00)


def checked_household(engine, actor: Actor, member_id: int, *others: PersonInput
                      ) -> list[int]:
    """The member and the given people saved (the officer checked their spellings)."""
    return [save_person(engine, actor, member_id, data) for data in (SELF, *others)]


def acknowledge_all(engine) -> None:
    """Head office acknowledges everything in the outbox (as a sync would record it)."""
    with Session(engine) as s:
        last = s.execute(select(OutboxEvent.seq, OutboxEvent.hash, OutboxEvent.epoch)
                         .order_by(OutboxEvent.seq.desc()).limit(1)).first()
    if last is not None:
        record_ack(engine, int(last[0]), str(last[1]), int(last[2]))


def hq_says(engine, request_id: str, report: BureauReport | None = None) -> None:
    """Head office's word on a request arrives with reference data (a pull page)."""
    with Session(engine) as s:
        cursor = int(get_state(s, "ref_cursor", "0"))
    payload: dict[str, Any] = {"request_id": request_id, "at": "2026-11-25T10:00",
                               "state": "answered" if report else "sent",
                               "report": report.to_dict() if report else None}
    apply_page(engine, {"changes": [{"version": cursor + 1, "kind": "bureau",
                                     "key": request_id, "payload": payload,
                                     "deleted": False}],
                        "next_cursor": cursor + 1, "has_more": False}, cursor)


def report(on: date, *accounts: ReportedAccount, outcome: str = "hit") -> BureauReport:
    return BureauReport(outcome, on, "CRIF", tuple(accounts), "R-1")


def other_loan(ref: str = "ASH-1", lender: str = "Asha Microfin", **kw: Any
               ) -> ReportedAccount:
    base: dict[str, Any] = dict(status="active", outstanding_minor=15_000_00,
                                installment_minor=400_00, frequency="weekly")
    base.update(kw)
    return ReportedAccount(lender, ref, **base)


def outbox_count(engine, event_type: str) -> int:
    with Session(engine) as s:
        return int(s.scalar(select(func.count()).select_from(OutboxEvent).where(
            OutboxEvent.type == event_type)) or 0)
