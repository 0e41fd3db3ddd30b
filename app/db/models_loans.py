"""Loan tables beyond `loan`/`installment`: appraisal details, decisions, powers, history.

- `loan_application`: what the appraisal recorded (household income and repayments,
  guarantors, collateral, production plan, recommendation, KFS language).
- `loan_decision`: every step of maker–checker (recommended, forwarded, sanctioned,
  rejected, head-office decisions) with who, when and why; never updated.
- `sanction_power`: head office's delegation table, grade × with/without collateral →
  maximum amount (synced down; `rank` orders the authorities, lowest first).
- `loan_reschedule`: each change of a disbursed loan's schedule (reschedule, foreclosure)
  with the old installments kept as JSON.
- `loan_write_off`: write-offs (and their reversal) with authority and reason.
- `loan_settlement`: how a loan ended other than by repayment (death case).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import JSON, Boolean, Date, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class LoanApplication(Base):
    __tablename__ = "loan_application"
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    household_income_minor: Mapped[int] = mapped_column(Integer)  # per year
    # [{"lender": str, "monthly_minor": int}] — own and other lenders' loans
    household_repayments: Mapped[list] = mapped_column(JSON, default=list)
    guarantors: Mapped[list] = mapped_column(JSON, default=list)  # [str]
    group_resolution: Mapped[bool] = mapped_column(Boolean, default=False)
    collateral: Mapped[str] = mapped_column(Text, default="")
    collateral_value_minor: Mapped[int] = mapped_column(Integer, default=0)
    equity_minor: Mapped[int] = mapped_column(Integer, default=0)  # borrower's own margin
    appraisal_note: Mapped[str] = mapped_column(Text, default="")  # production plan
    recommendation: Mapped[str] = mapped_column(Text, default="")
    recommended_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    forwarded_to: Mapped[str] = mapped_column(String(20), default="")  # authority grade
    rejection_reason: Mapped[str] = mapped_column(Text, default="")
    kfs_language: Mapped[str] = mapped_column(String(2), default="bn")
    disbursement_channel: Mapped[str] = mapped_column(String(10), default="")  # cash|transfer


class LoanDecision(Base):
    __tablename__ = "loan_decision"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    # applied | recommended | forwarded | sanctioned | rejected | hq_sanctioned | hq_rejected
    action: Mapped[str] = mapped_column(String(16))
    on_date: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    authority: Mapped[str] = mapped_column(String(20), default="")  # grade that decided
    amount_minor: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")


class SanctionPower(Base):
    __tablename__ = "sanction_power"
    grade: Mapped[str] = mapped_column(String(20), primary_key=True)
    with_collateral: Mapped[bool] = mapped_column(Boolean, primary_key=True)
    max_minor: Mapped[int] = mapped_column(Integer)
    rank: Mapped[int] = mapped_column(Integer, default=0)


class LoanReschedule(Base):
    __tablename__ = "loan_reschedule"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))  # reschedule | prepayment
    on_date: Mapped[date] = mapped_column(Date)  # requested (reschedule) or paid (prepayment)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    approved_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # or rejected by
    # requested | approved | rejected | reversed
    status: Mapped[str] = mapped_column(String(10), default="approved")
    decided_on: Mapped[date | None] = mapped_column(Date)
    decision_note: Mapped[str] = mapped_column(Text, default="")  # why it was rejected
    # [[number, due, p, i, paid_p, paid_i, paid_on]] as it was when the change took effect
    old_schedule: Mapped[list] = mapped_column(JSON)
    new_terms: Mapped[dict] = mapped_column(JSON, default=dict)
    reversed_on: Mapped[date | None] = mapped_column(Date)
    reversed_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reversal_reason: Mapped[str] = mapped_column(Text, default="")


class LoanWriteOff(Base):
    __tablename__ = "loan_write_off"
    id: Mapped[int] = mapped_column(primary_key=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    on_date: Mapped[date] = mapped_column(Date)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    reason: Mapped[str] = mapped_column(Text)
    principal_minor: Mapped[int] = mapped_column(Integer)
    interest_minor: Mapped[int] = mapped_column(Integer, default=0)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"))
    reversed: Mapped[bool] = mapped_column(Boolean, default=False)


class LoanSettlement(Base):
    __tablename__ = "loan_settlement"
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(12))  # death
    on_date: Mapped[date] = mapped_column(Date)
    amount_minor: Mapped[int] = mapped_column(Integer)
    journal_id: Mapped[int] = mapped_column(ForeignKey("journal_entry.id"))
    reason: Mapped[str] = mapped_column(Text, default="")
