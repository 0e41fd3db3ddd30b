"""The audit trail, read: who did what and when, filtered, and written out as CSV or xlsx.

Audit rows are written by the unit of work beside the change they record (app.db.uow);
here they are only read. Filters: staff, business dates (from/to, inclusive), a member or a
loan (rows about it: its own entity rows, and rows whose details name it). Seeing the
trail is an action of the role table (AUDIT_VIEW).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine, select

from app.db.models import AuditEvent, Staff
from app.db.uow import Actor
from app.errors import QT_TR_NOOP, NotFound, ValidationError
from app.services import roles
from app.services.common import read_session
from app.services.roles import require

LIMIT = 5000
MEMBER_CODE, LOAN_NO = QT_TR_NOOP("Member code"), QT_TR_NOOP("Loan number")  # rows shown at once; narrower filters find older ones


@dataclass(frozen=True)
class AuditFilter:
    staff_id: int | None = None
    date_from: date | None = None
    date_to: date | None = None
    member_id: int | None = None
    loan_id: int | None = None
    member_code: str = ""  # as a screen has it: resolved to member_id
    loan_no: str = ""  # resolved to loan_id


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime  # UTC
    business_date: date
    username: str  # "system" for the software acting for head office
    action: str
    entity: str
    entity_id: str
    details: str  # the event's details as compact JSON


def _about(row: AuditEvent, key: str, entities: tuple[str, ...], wanted: int) -> bool:
    if row.entity in entities and row.entity_id == str(wanted):
        return True
    details = row.details if isinstance(row.details, dict) else {}
    return details.get(key) == wanted


def audit_trail(engine: Engine, actor: Actor, where: AuditFilter | None = None,
                limit: int = LIMIT) -> list[AuditRow]:
    """The rows that match, newest first."""
    require(actor, roles.AUDIT_VIEW)
    where = where or AuditFilter()
    if where.date_from and where.date_to and where.date_from > where.date_to:
        raise ValidationError(QT_TR_NOOP("The end date is before the start date."))
    where = _resolved(engine, where)
    query = select(AuditEvent, Staff.username).outerjoin(Staff, Staff.id == AuditEvent.staff_id)
    if where.staff_id is not None:
        query = query.where(AuditEvent.staff_id == where.staff_id)
    if where.date_from is not None:
        query = query.where(AuditEvent.business_date >= where.date_from)
    if where.date_to is not None:
        query = query.where(AuditEvent.business_date <= where.date_to)
    query = query.order_by(AuditEvent.id.desc())
    rows: list[AuditRow] = []
    with read_session(engine) as s:
        for event, username in s.execute(query):
            if where.member_id is not None and not _about(
                    event, "member_id", ("member",), where.member_id):
                continue
            if where.loan_id is not None and not _about(
                    event, "loan_id", ("loan",), where.loan_id):
                continue
            rows.append(AuditRow(event.id, event.at, event.business_date,
                                 username or "system", event.action, event.entity,
                                 event.entity_id, json.dumps(event.details or {},
                                                             ensure_ascii=False,
                                                             sort_keys=True)))
            if len(rows) >= limit:
                break
    return rows


def _resolved(engine: Engine, where: AuditFilter) -> AuditFilter:
    """Member code and loan number (as typed) to their ids; NotFound if there is none."""
    from dataclasses import replace

    from app.db.models import Loan, Member
    from app.domain import inputs
    from app.format import to_latin_digits

    code = to_latin_digits(inputs.text(where.member_code, MEMBER_CODE, limit=40))
    loan_no = to_latin_digits(inputs.text(where.loan_no, LOAN_NO, limit=40))
    with read_session(engine) as s:
        if code:
            member = s.scalar(select(Member.id).where(Member.code == code.strip()))
            if member is None:
                raise NotFound(QT_TR_NOOP("No member has the code {code}."), code=code)
            where = replace(where, member_id=member)
        if loan_no:
            loan = s.scalar(select(Loan.id).where(Loan.loan_no == loan_no.strip()))
            if loan is None:
                raise NotFound(QT_TR_NOOP("No loan has the number {number}."), number=loan_no)
            where = replace(where, loan_id=loan)
    return where


HEADINGS = ("id", "at_utc", "business_date", "user", "action", "entity", "entity_id",
            "details")


def _cells(row: AuditRow) -> list[object]:
    return [row.id, row.at.isoformat(sep=" ", timespec="seconds"),
            row.business_date.isoformat(), row.username, row.action, row.entity,
            row.entity_id, row.details]


def export_audit(rows: list[AuditRow], path: str | Path) -> Path:
    """Write the rows to `path`: .xlsx (openpyxl) or else CSV (UTF-8 with BOM, so a
    spreadsheet program opens the Bengali right)."""
    out = Path(path)
    if out.suffix.lower() == ".xlsx":
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("audit")
        sheet.append(list(HEADINGS))
        for row in rows:
            sheet.append(_cells(row))
        book.save(out)
        return out
    with out.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADINGS)
        writer.writerows(_cells(r) for r in rows)
    return out
