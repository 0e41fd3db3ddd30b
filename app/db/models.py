"""The branch database: people, groups, loans, the ledger, meetings, audit and outbox.

Money columns end in `_minor` (integer paisa/poisha). Dates are ISO dates, but in the
biggest tables (journal, installments, their caches) day numbers since 1970 read as
dates (app.db.base.DayNumber); times are device UTC. Ledger (`journal_entry`) and `outbox_event` rows are append-only: triggers
created by the migrations refuse UPDATE and DELETE (outbox rows may be deleted only
once head office has acknowledged them).
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base, DayNumber, Hash32, UtcMicros, utcnow


class Branch(Base):
    __tablename__ = "branch"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_bn: Mapped[str] = mapped_column(String(120))
    institution: Mapped[str] = mapped_column(String(120))
    currency: Mapped[str] = mapped_column(String(3))  # INR | BDT
    policy_profile: Mapped[str] = mapped_column(String(30))  # india_rbi | bangladesh_mra
    address: Mapped[str] = mapped_column(Text, default="")
    grievance_contact: Mapped[str] = mapped_column(Text, default="")
    business_date: Mapped[date] = mapped_column(Date)  # the open working day


class Staff(Base):
    __tablename__ = "staff"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    full_name_en: Mapped[str] = mapped_column(String(120))
    full_name_bn: Mapped[str] = mapped_column(String(120))
    # field_officer | accountant | branch_manager | auditor | admin
    role: Mapped[str] = mapped_column(String(20))
    sanction_grade: Mapped[str | None] = mapped_column(String(20))
    password_hash: Mapped[str] = mapped_column(String(200))
    phone: Mapped[str] = mapped_column(String(20), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    preferred_language: Mapped[str] = mapped_column(String(2), default="bn")
    # wrong passwords in a row, and until when she is locked out (app.services.session)
    failed_logins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)


class Village(Base):
    __tablename__ = "village"
    id: Mapped[int] = mapped_column(primary_key=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_bn: Mapped[str] = mapped_column(String(120))
    block: Mapped[str] = mapped_column(String(120), default="")  # block / upazila
    district: Mapped[str] = mapped_column(String(120), default="")


class Group(Base):
    __tablename__ = "member_group"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_bn: Mapped[str] = mapped_column(String(120))
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"))
    meeting_weekday: Mapped[int] = mapped_column(Integer)  # 0 = Monday … 6 = Sunday
    meeting_time: Mapped[str] = mapped_column(String(5))  # "10:30"
    meeting_place: Mapped[str] = mapped_column(String(200), default="")
    field_officer_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    formation_date: Mapped[date] = mapped_column(Date)
    max_members: Mapped[int] = mapped_column(Integer, default=20)
    status: Mapped[str] = mapped_column(String(12), default="active")  # active | closed
    __table_args__ = (Index("ix_group_officer_weekday", "field_officer_id", "meeting_weekday"),)


class Member(Base):
    __tablename__ = "member"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("member_group.id"), index=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_bn: Mapped[str] = mapped_column(String(120))
    guardian_name_en: Mapped[str] = mapped_column(String(120), default="")
    guardian_name_bn: Mapped[str] = mapped_column(String(120), default="")
    guardian_relation: Mapped[str] = mapped_column(String(10), default="husband")
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    id_document_type: Mapped[str] = mapped_column(String(20), default="")
    id_document_number: Mapped[str] = mapped_column(String(40), default="", index=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"))
    household_income_minor: Mapped[int] = mapped_column(Integer, default=0)  # per year
    joining_date: Mapped[date] = mapped_column(Date)
    # active | dropped | dead | transferred
    status: Mapped[str] = mapped_column(String(12), default="active")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    passbook_no: Mapped[str] = mapped_column(String(20), default="")


class MemberEvent(Base):
    """History of a member's life in the branch: joined, transferred, dropped, died…"""

    __tablename__ = "member_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    on_date: Mapped[date] = mapped_column(Date)
    from_group_id: Mapped[int | None] = mapped_column(ForeignKey("member_group.id"))
    to_group_id: Mapped[int | None] = mapped_column(ForeignKey("member_group.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))


class LoanProduct(Base):
    """A product as head office defines it; `definition` is the domain LoanProduct dict."""

    __tablename__ = "loan_product"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_bn: Mapped[str] = mapped_column(String(120))
    definition: Mapped[dict] = mapped_column(JSON)
    version: Mapped[int] = mapped_column(Integer, default=1)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SavingsAccount(Base):
    __tablename__ = "savings_account"
    id: Mapped[int] = mapped_column(primary_key=True)
    account_no: Mapped[str] = mapped_column(String(24), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # compulsory | voluntary
    annual_rate_bp: Mapped[int] = mapped_column(Integer, default=0)  # basis points
    opened_on: Mapped[date] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default="open")
    balance_minor: Mapped[int] = mapped_column(Integer, default=0)  # cache of the ledger


class Loan(Base):
    __tablename__ = "loan"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_no: Mapped[str] = mapped_column(String(24), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("loan_product.id"))
    # applied | recommended | forwarded | sanctioned | rejected | disbursed | closed
    # | written_off
    status: Mapped[str] = mapped_column(String(12), index=True)
    principal_minor: Mapped[int] = mapped_column(Integer)
    annual_rate_bp: Mapped[int] = mapped_column(Integer)
    installments_count: Mapped[int] = mapped_column(Integer)
    frequency: Mapped[str] = mapped_column(String(12))
    interest_method: Mapped[str] = mapped_column(String(10))
    purpose: Mapped[str] = mapped_column(Text, default="")
    terms: Mapped[dict] = mapped_column(JSON, default=dict)  # snapshot used for schedule
    applied_on: Mapped[date] = mapped_column(Date)
    applied_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    sanctioned_on: Mapped[date | None] = mapped_column(Date)
    sanctioned_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    kfs_accepted_on: Mapped[date | None] = mapped_column(Date)
    disbursed_on: Mapped[date | None] = mapped_column(Date)
    closed_on: Mapped[date | None] = mapped_column(Date, index=True)
    cycle: Mapped[int] = mapped_column(Integer, default=1)


class Installment(Base):
    """One scheduled installment; `paid_*` are a cache of the ledger (db check proves it).

    A loan's installments are read through the `(loan_id, number)` key: a schedule is
    written at once, so its rows lie side by side in the table (migration 0017 dropped
    the covering copy of the whole table that `ix_installment_loan_dues` was). Dates are
    day numbers (app.db.base.DayNumber)."""

    __tablename__ = "installment"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"))
    number: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(DayNumber)  # read by loan, or by date (0016)
    principal_minor: Mapped[int] = mapped_column(Integer)
    interest_minor: Mapped[int] = mapped_column(Integer)
    paid_principal_minor: Mapped[int] = mapped_column(Integer, default=0)
    paid_interest_minor: Mapped[int] = mapped_column(Integer, default=0)
    paid_on: Mapped[date | None] = mapped_column(DayNumber)  # date it became fully paid
    __table_args__ = (UniqueConstraint("loan_id", "number"),)


class Meeting(Base):
    __tablename__ = "meeting"
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("member_group.id"))
    scheduled_on: Mapped[date] = mapped_column(Date, index=True)
    # scheduled | draft | posted | not_held | reversed
    status: Mapped[str] = mapped_column(String(10), default="scheduled")
    draft: Mapped[dict | None] = mapped_column(JSON)
    cash_counted_minor: Mapped[int | None] = mapped_column(Integer)
    rescheduled_from: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")
    posted_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    posted_at: Mapped[datetime | None] = mapped_column(DateTime)
    # the entry as last posted (ticks included), shown read-only and offered again after
    # a reversal; its money is the journal's (posted in the same transaction)
    posted_entry: Mapped[dict | None] = mapped_column(JSON)
    __table_args__ = (UniqueConstraint("group_id", "scheduled_on"),)


class Attendance(Base):
    """A member's mark at a meeting, stored in (meeting, member) order: the key is the
    table (WITHOUT ROWID, migration 0017), no row id and no second copy of the pair."""

    __tablename__ = "attendance"
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), primary_key=True,
                                           index=True)
    # present | absent | absent_paid | leave
    status: Mapped[str] = mapped_column(String(12))
    __table_args__ = {"sqlite_with_rowid": False}


class Holiday(Base):
    __tablename__ = "holiday"
    id: Mapped[int] = mapped_column(primary_key=True)
    on_date: Mapped[date] = mapped_column(Date, unique=True)
    name_en: Mapped[str] = mapped_column(String(120))
    name_bn: Mapped[str] = mapped_column(String(120))


class JournalEntry(Base):
    """One immutable money movement. Corrections are new rows with `reverses_id` set.

    `amount_minor` is the whole movement (always positive); the component columns split
    a repayment. Cash direction follows from `kind` (see app.db.ledger.CASH_SIGN).
    `hash` = SHA-256(previous row's hash ‖ canonical content), stored as 32 bytes; the
    previous hash is not stored again (it is the row before's), and db check re-derives
    the chain. Rows without a loan or a savings account are left out of those indexes.
    `business_date` is stored as a day number (app.db.base.DayNumber); the hash covers
    its ISO text, as before (migration 0017).
    """

    __tablename__ = "journal_entry"
    id: Mapped[int] = mapped_column(primary_key=True)  # dense, in posting order
    business_date: Mapped[date] = mapped_column(DayNumber, index=True)  # a day number
    posted_at: Mapped[datetime] = mapped_column(UtcMicros, default=utcnow)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(24))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("member.id"), index=True)
    loan_id: Mapped[int | None] = mapped_column(ForeignKey("loan.id"))
    savings_account_id: Mapped[int | None] = mapped_column(ForeignKey("savings_account.id"))
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    amount_minor: Mapped[int] = mapped_column(Integer)
    principal_minor: Mapped[int] = mapped_column(Integer, default=0)
    interest_minor: Mapped[int] = mapped_column(Integer, default=0)
    fee_minor: Mapped[int] = mapped_column(Integer, default=0)
    penalty_minor: Mapped[int] = mapped_column(Integer, default=0)
    channel: Mapped[str] = mapped_column(String(10), default="meeting")  # meeting|counter|bank
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("journal_entry.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
    hash: Mapped[str] = mapped_column(Hash32)
    __table_args__ = (
        Index("ix_journal_entry_loan_id", "loan_id",
              sqlite_where=text("loan_id IS NOT NULL")),
        Index("ix_journal_entry_savings_account_id", "savings_account_id",
              sqlite_where=text("savings_account_id IS NOT NULL")),
    )


class BusinessDay(Base):
    """A working day of the branch: open until the manager closes it, then locked."""

    __tablename__ = "business_day"
    on_date: Mapped[date] = mapped_column(Date, primary_key=True)
    status: Mapped[str] = mapped_column(String(8), default="open")  # open | closed
    cash_counted_minor: Mapped[int | None] = mapped_column(Integer)
    closed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)


class AuditEvent(Base):
    __tablename__ = "audit_event"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    business_date: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(30))
    entity_id: Mapped[str] = mapped_column(String(40))
    details: Mapped[dict] = mapped_column(JSON, default=dict)
    # SHA-256 over the previous row's hash and this row (app.db.audit_chain)
    hash: Mapped[str | None] = mapped_column(Hash32)


class OutboxEvent(Base):
    """A domain event waiting for head office (see SYNC.md, "Branch outbox")."""

    __tablename__ = "outbox_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    event_id: Mapped[str] = mapped_column(String(36), unique=True)
    epoch: Mapped[int] = mapped_column(Integer, default=1)
    type: Mapped[str] = mapped_column(String(40))
    schema_version: Mapped[int] = mapped_column(Integer, default=1)
    aggregate_id: Mapped[str] = mapped_column(String(40))
    business_date: Mapped[date] = mapped_column(Date)
    device_time: Mapped[datetime] = mapped_column(DateTime)
    staff_id: Mapped[int | None] = mapped_column(Integer)
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON
    prev_hash: Mapped[str] = mapped_column(Hash32)
    hash: Mapped[str] = mapped_column(Hash32)


class ChainHead(Base):
    """The last row of each hash chain ("journal": id; "outbox": epoch and seq), kept by
    triggers in the inserting transaction (migration 0002). The chain itself shows a row
    altered, inserted or removed in the middle; only this shows rows removed from the
    end, which leave a shorter chain that still verifies."""

    __tablename__ = "chain_head"
    chain: Mapped[str] = mapped_column(String(20), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))


class SyncState(Base):
    """Key/value state of the sync client: acked seq/hash, cursors, genesis, last error."""

    __tablename__ = "sync_state"
    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Setting(Base):
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
