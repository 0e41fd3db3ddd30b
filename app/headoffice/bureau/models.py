"""Head office's credit-bureau tables (migration hq0008).

- `hq_bureau_request`: a branch's request, once per (branch, request id) — the branch's
  idempotency key — with the person and consent as the branch sent them.
- `hq_bureau_file`: every file exchanged with a bureau, kept as it was (bytes and
  SHA-256, never changed; a trigger refuses UPDATE and DELETE): enquiries written,
  responses and rejection files imported, submission files written.
- `hq_bureau_report`: the summary parsed from a response for one request (several
  over time: history), linked to the response file; `hq_bureau_account` its accounts.
  Both are never changed either (triggers).
- `hq_bureau_correction`: a rejected field of a submission, for the branch to correct.
- `hq_bureau_setting`: a bureau's member id and name with us, a branch's state code.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.headoffice.models import HqBase


class HqBureauRequest(HqBase):
    __tablename__ = "hq_bureau_request"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(String(20))
    request_id: Mapped[str] = mapped_column(String(36))
    event_id: Mapped[str] = mapped_column(String(36))  # the branch event it came in
    bureau: Mapped[str] = mapped_column(String(20))
    loan_no: Mapped[str] = mapped_column(String(24))
    member_code: Mapped[str] = mapped_column(String(20))
    person: Mapped[str] = mapped_column(Text)  # JSON, as the branch sent it
    consent: Mapped[str] = mapped_column(Text)  # JSON: who, when, how
    requested_on: Mapped[date] = mapped_column(Date)
    received_at: Mapped[datetime] = mapped_column(DateTime)
    enquiry_file_id: Mapped[int | None] = mapped_column(ForeignKey("hq_bureau_file.id"))
    __table_args__ = (UniqueConstraint("branch", "request_id"),)


class HqBureauFile(HqBase):
    __tablename__ = "hq_bureau_file"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    bureau: Mapped[str] = mapped_column(String(20))
    kind: Mapped[str] = mapped_column(String(12))  # enquiry | response | rejection | submission
    name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    as_of: Mapped[date | None] = mapped_column(Date)  # a submission's reference date
    records: Mapped[int] = mapped_column(Integer, default=0)
    at: Mapped[datetime] = mapped_column(DateTime)


class HqBureauReport(HqBase):
    __tablename__ = "hq_bureau_report"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    request: Mapped[int] = mapped_column(ForeignKey("hq_bureau_request.id"), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("hq_bureau_file.id"))
    outcome: Mapped[str] = mapped_column(String(10))
    report_date: Mapped[date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(60))
    summary: Mapped[str] = mapped_column(Text)  # JSON: app.domain.bureau.BureauReport
    at: Mapped[datetime] = mapped_column(DateTime)


class HqBureauAccount(HqBase):
    __tablename__ = "hq_bureau_account"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    report: Mapped[int] = mapped_column(ForeignKey("hq_bureau_report.id"), index=True)
    lender: Mapped[str] = mapped_column(String(100))
    account_ref: Mapped[str] = mapped_column(String(60))
    status: Mapped[str] = mapped_column(String(12))
    microfinance: Mapped[bool] = mapped_column(Boolean)
    ours: Mapped[bool] = mapped_column(Boolean)
    outstanding_minor: Mapped[int] = mapped_column(BigInteger)
    overdue_minor: Mapped[int] = mapped_column(BigInteger)
    dpd: Mapped[int] = mapped_column(Integer)
    written_off_minor: Mapped[int] = mapped_column(BigInteger)
    installment_minor: Mapped[int | None] = mapped_column(BigInteger)
    frequency: Mapped[str | None] = mapped_column(String(12))


class HqBureauCorrection(HqBase):
    __tablename__ = "hq_bureau_correction"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    file_id: Mapped[int] = mapped_column(ForeignKey("hq_bureau_file.id"))
    member_ref: Mapped[str] = mapped_column(String(40))
    account_ref: Mapped[str] = mapped_column(String(40))
    field: Mapped[str] = mapped_column(String(40))
    code: Mapped[str] = mapped_column(String(20))
    message: Mapped[str] = mapped_column(Text)
    request_id: Mapped[str | None] = mapped_column(String(20))  # asked of the branch
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(DateTime)


class HqBureauSetting(HqBase):
    __tablename__ = "hq_bureau_setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
