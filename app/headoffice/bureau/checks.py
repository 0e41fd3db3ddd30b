"""Bureau checks at head office: requests in, enquiry files out, responses back.

A branch's `bureau.check_requested` event becomes one request here, keyed on (branch,
request id): the same event arriving by sync and again by USB, or imported twice,
changes nothing. An enquiry file carries every request not yet sent for the bureaus
of that country; each request's branch is told "sent" with its next sync. A response
file is stored as it came (bytes and digest; the same file imported again changes
nothing) beside the summary and accounts parsed from it, and each summary is published
to its branch, where it reaches the application with the next sync or USB receipt.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.domain.bureau import BureauReport
from app.headoffice.admin import AdminError, publish
from app.headoffice.bureau.adapters import BureauAdapter
from app.headoffice.bureau.enquiry import EnquiryLine, ExchangeError
from app.headoffice.bureau.models import (
    HqBureauAccount,
    HqBureauFile,
    HqBureauReport,
    HqBureauRequest,
    HqBureauSetting,
)
from app.headoffice.ingest import now
from app.headoffice.models import HqBranch, HqEvent, HqReference
from app.sync.canonical import json_object

REQUESTED = "bureau.check_requested"
COUNTRY_OF_PROFILE = {"india_rbi": "IN", "bangladesh_mra": "BD"}


def setting(session: Session, key: str) -> str | None:
    row = session.get(HqBureauSetting, key)
    return None if row is None else row.value


def set_setting(engine: Engine, key: str, value: str) -> None:
    with Session(engine) as session, session.begin():
        row = session.get(HqBureauSetting, key)
        if row is None:
            session.add(HqBureauSetting(key=key, value=value))
        else:
            row.value = value


@dataclass
class Taken:
    new: int = 0
    problems: list[str] = field(default_factory=list)


def _request(event: HqEvent) -> HqBureauRequest:
    body = json_object(event.payload)
    person, consent = body.get("person"), body.get("consent")
    request_id = str(body.get("request_id", ""))
    if request_id != event.aggregate_id or not isinstance(person, dict) \
            or not isinstance(consent, dict):
        raise ValueError("the request names no person or consent")
    country = COUNTRY_OF_PROFILE.get(str(body.get("profile")), "")
    return HqBureauRequest(
        branch=event.branch, request_id=request_id[:36], event_id=event.event_id,
        bureau=country, loan_no=str(body.get("loan_no", ""))[:24],
        member_code=str(person.get("member_code", ""))[:20],
        person=json.dumps({**person, "address_latin": body.get("address_latin", ""),
                           "postal_code": body.get("postal_code", ""),
                           "amount_minor": body.get("amount_minor", 0)}, sort_keys=True),
        consent=json.dumps(consent, sort_keys=True),
        requested_on=date.fromisoformat(event.business_date), received_at=now())


def take_requests(engine: Engine) -> Taken:
    """Every check request the branches sent that head office does not hold yet; once
    each (see the module docstring). `bureau` holds the country until an enquiry
    assigns the bureau."""
    taken = Taken()
    with Session(engine) as session, session.begin():
        held = {(b, r) for b, r in session.execute(select(HqBureauRequest.branch,
                                                          HqBureauRequest.request_id))}
        branches = session.scalars(select(HqBranch.code).order_by(HqBranch.code)).all()
        # one branch at a time: hq_event is partitioned by branch (every query names it)
        for event in sorted((e for code in branches for e in session.scalars(
                select(HqEvent).where(HqEvent.branch == code, HqEvent.type == REQUESTED))),
                key=lambda e: (e.received_at, e.branch, e.epoch, e.seq)):  # as they came
            if (event.branch, event.aggregate_id) in held:
                continue
            try:
                row = _request(event)
            except (ValueError, TypeError) as exc:
                taken.problems.append(f"{event.branch} event {event.seq}: {exc}")
                continue
            session.add(row)
            held.add((row.branch, row.request_id))
            taken.new += 1
    return taken


def store_file(session: Session, bureau: str, kind: str, name: str, content: bytes,
               as_of: date | None = None, records: int = 0) -> HqBureauFile:
    digest = hashlib.sha256(content).hexdigest()
    same = session.scalars(select(HqBureauFile).where(HqBureauFile.sha256 == digest)).first()
    if same is not None:  # the same bytes again (a file written twice): kept once
        return same
    row = HqBureauFile(bureau=bureau, kind=kind, name=name[-255:], sha256=digest,
                       content=content, as_of=as_of, records=records, at=now())
    session.add(row)
    session.flush()
    return row


def write_temporary(path: Path, content: bytes) -> Path:
    """The file's content beside it under a temporary name, flushed to the disk; it
    becomes `path` (rename) only once the database has recorded it."""
    import os

    temporary = path.with_name(f".{path.name}.part")
    with temporary.open("wb") as out:
        out.write(content)
        out.flush()
        os.fsync(out.fileno())
    return temporary


def write_atomically(path: Path, content: bytes) -> None:
    """The whole file or none: a temporary file, flushed, then renamed."""
    write_temporary(path, content).replace(path)


def enquire(engine: Engine, adapter: BureauAdapter, out: Path, created: date) -> int:
    """Write the enquiry file of every request of the adapter's country not yet sent;
    returns how many. Nothing is marked sent unless the file is written."""
    take_requests(engine)
    temporary: Path | None = None
    try:
        sent = _mark_sent(engine, adapter, out, created)
        temporary = out.with_name(f".{out.name}.part")
        if sent:
            temporary.replace(out)  # recorded in the database: now the file is there
    finally:
        if temporary is not None and temporary.exists():
            temporary.unlink()
    for branch, request_id in sent:
        publish(engine, "bureau", request_id, {"request_id": request_id, "state": "sent",
                                               "at": now().isoformat(timespec="minutes"),
                                               "report": None}, branch=branch)
    return len(sent)


def _mark_sent(engine: Engine, adapter: BureauAdapter, out: Path, created: date
               ) -> list[tuple[str, str]]:
    with Session(engine) as session, session.begin():
        member_id = setting(session, f"member_id:{adapter.code}")
        if not member_id:
            raise AdminError(f"head office's member id with {adapter.code} is not set: "
                             f"shakha hq bureau configure --bureau {adapter.code} "
                             "--member-id ID --member-name NAME")
        rows = list(session.scalars(select(HqBureauRequest).where(
            HqBureauRequest.enquiry_file_id.is_(None),
            HqBureauRequest.bureau.in_((adapter.country, adapter.code)))
            .order_by(HqBureauRequest.id)))
        if not rows:
            return []
        lines = [_line(session, row) for row in rows]
        content = adapter.write_enquiry(member_id, created, lines)
        stored = store_file(session, adapter.code, "enquiry", out.name, content,
                            records=len(rows))
        for row in rows:
            row.enquiry_file_id, row.bureau = stored.id, adapter.code
        write_temporary(out, content)  # on the disk before the commit, renamed after it
        return [(row.branch, row.request_id) for row in rows]


def _line(session: Session, row: HqBureauRequest) -> EnquiryLine:
    person: dict[str, Any] = json.loads(row.person)
    return EnquiryLine(row.request_id, row.branch, f"{row.branch}/{row.member_code}", person,
                       str(person.get("address_latin", "")),
                       str(person.get("postal_code", "")),
                       setting(session, f"state:{row.branch}") or "",
                       int(person.get("amount_minor") or 0), json.loads(row.consent))


@dataclass
class Imported:
    reports: int = 0
    already: bool = False
    unknown: list[str] = field(default_factory=list)


def import_response(engine: Engine, adapter: BureauAdapter, content: bytes, name: str
                    ) -> Imported:
    """Store a response file as it came, parse it, keep each report with its history
    and publish it to the request's branch. Importing the same file again stores
    nothing and publishes only what did not reach the branches' queue before."""
    return _keep_answer(engine, adapter, content, name, adapter.read_response(content))


def _keep_answer(engine: Engine, adapter: BureauAdapter, content: bytes, name: str,
                 reports: dict[str, BureauReport], sent: list[int] | None = None,
                 enquiry: bytes = b"") -> Imported:
    """The answer's bytes kept as they came beside its reports (with their history),
    in one transaction with the `enquiry` that asked (our layout's record of it) and
    its `sent` requests marked sent; then each report published."""
    result = Imported()
    digest = hashlib.sha256(content).hexdigest()
    with Session(engine) as session, session.begin():
        requests = {r.request_id: r for r in session.scalars(select(HqBureauRequest).where(
            HqBureauRequest.request_id.in_(list(reports))))}
        result.unknown = sorted(set(reports) - set(requests))
        if session.scalars(select(HqBureauFile.id).where(
                HqBureauFile.sha256 == digest)).first() is not None:
            result.already = True
        else:
            stored = store_file(session, adapter.code, "response", name, content,
                                records=len(reports))
            for request_id, report in reports.items():
                if request_id in requests:
                    _keep_report(session, requests[request_id], stored.id, report)
                    result.reports += 1
            if sent:
                asked = store_file(session, adapter.code, "enquiry", f"{name}.enquiry",
                                   enquiry, records=len(sent))
                for row in session.scalars(select(HqBureauRequest).where(
                        HqBureauRequest.id.in_(sent))):
                    row.enquiry_file_id, row.bureau = asked.id, adapter.code
        to_publish = [(requests[i].branch, i, r) for i, r in reports.items() if i in requests
                      and not _published(session, requests[i].branch, i, r)]
    for branch, request_id, report in to_publish:
        publish(engine, "bureau", request_id, _answer(request_id, report), branch=branch)
    return result


def enquire_online(engine: Engine, adapter: BureauAdapter, when: datetime) -> Imported:
    """API mode: ask the bureau about every request of its country not yet sent, keep
    its answer as it came and its reports, publish them. Nothing is marked sent unless
    the answer is kept; the bureau is never called inside a database transaction."""
    if adapter.api is None:
        raise AdminError(f"{adapter.code} has no API client configured at head office; "
                         f"use the enquiry file: shakha hq bureau enquire --bureau "
                         f"{adapter.code}")
    take_requests(engine)
    with Session(engine) as session:
        member_id = setting(session, f"member_id:{adapter.code}")
        if not member_id:
            raise AdminError(f"head office's member id with {adapter.code} is not set")
        rows = list(session.scalars(select(HqBureauRequest).where(
            HqBureauRequest.enquiry_file_id.is_(None),
            HqBureauRequest.bureau.in_((adapter.country, adapter.code)))
            .order_by(HqBureauRequest.id)))
        lines = [_line(session, row) for row in rows]
    if not rows:
        return Imported()
    raw = adapter.api.ask(member_id, lines)
    try:
        reports = adapter.api.read(raw)
    except ValueError as exc:
        raise ExchangeError(f"{adapter.code}'s answer cannot be read: {exc}") from None
    asked = {row.request_id for row in rows}
    if not set(reports) <= asked:
        raise ExchangeError(f"{adapter.code} answered about requests not asked")
    name = f"{adapter.code}-api-{when:%Y%m%dT%H%M%S}.answer"
    answered = [row for row in rows if row.request_id in reports]
    return _keep_answer(engine, adapter, raw, name, reports, [row.id for row in answered],
                        adapter.write_enquiry(member_id, when.date(), [
                            line for line in lines if line.request_id in reports]))


def _answer(request_id: str, report: BureauReport) -> dict[str, Any]:
    return {"request_id": request_id, "state": "answered", "report": report.to_dict(),
            "at": now().isoformat(timespec="minutes")}


def _published(session: Session, branch: str, request_id: str, report: BureauReport) -> bool:
    latest = session.scalars(select(HqReference).where(
        HqReference.kind == "bureau", HqReference.key == request_id,
        HqReference.branch == branch).order_by(HqReference.version.desc())).first()
    return latest is not None and json_object(latest.payload).get("report") == \
        report.to_dict()


def _keep_report(session: Session, request: HqBureauRequest, file_id: int,
                 report: BureauReport) -> None:
    row = HqBureauReport(request=request.id, file_id=file_id, outcome=report.outcome,
                         report_date=report.report_date, reference=report.reference,
                         summary=json.dumps(report.to_dict(), sort_keys=True), at=now())
    session.add(row)
    session.flush()
    session.add_all(HqBureauAccount(
        report=row.id, lender=a.lender, account_ref=a.account_ref, status=a.status,
        microfinance=a.microfinance, ours=a.ours, outstanding_minor=a.outstanding_minor,
        overdue_minor=a.overdue_minor, dpd=a.dpd, written_off_minor=a.written_off_minor,
        installment_minor=a.installment_minor, frequency=a.frequency)
        for a in report.accounts)


def report_history(engine: Engine, request_id: str) -> list[tuple[HqBureauReport,
                                                                  HqBureauFile]]:
    """Every report kept for a request, oldest first, with the file it came in."""
    with Session(engine, expire_on_commit=False) as session:
        return [(r, f) for r, f in session.execute(
            select(HqBureauReport, HqBureauFile)
            .join(HqBureauFile, HqBureauFile.id == HqBureauReport.file_id)
            .join(HqBureauRequest, HqBureauRequest.id == HqBureauReport.request)
            .where(HqBureauRequest.request_id == request_id)
            .order_by(HqBureauReport.id))]


__all__ = ["take_requests", "enquire", "enquire_online", "import_response", "report_history", "Taken",
           "Imported", "ExchangeError", "set_setting"]
