"""Credit-bureau checks on the branch: the people checked, their consent, the requests.

- `bureau_person`: the applicant ("self") and the people of her household a check may
  be asked for, with the Roman-letter spelling of the name the officer checked (CIC
  files are Latin-1) and the identity a bureau matches on.
- `bureau_consent`: who agreed to the check, when, and how (signature or thumb
  impression), recorded by which officer; never updated.
- `bureau_request`: one "ask for a bureau check" for one person on one application; its
  id is the request's idempotency key at head office. What head office answers (sent
  to the bureau, the report summary, no record, an error) arrives with reference data
  in `hq_decision` under "bureau:<request id>" (app.sync.reference).

The branch holds no bureau credentials: only head office talks to a bureau.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, text
from sqlalchemy.orm import Mapped, mapped_column

from app.db.base import Base


class BureauPerson(Base):
    __tablename__ = "bureau_person"
    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("member.id"), index=True)
    # self | husband | father | mother | son | daughter | … (app.domain.bureau_people)
    relation: Mapped[str] = mapped_column(String(16))
    name_bn: Mapped[str] = mapped_column(String(120), default="")
    name_latin: Mapped[str] = mapped_column(String(120), default="")
    latin_checked_by: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    latin_checked_on: Mapped[date | None] = mapped_column(Date)
    gender: Mapped[str] = mapped_column(String(1), default="F")  # F | M | T
    date_of_birth: Mapped[date | None] = mapped_column(Date)
    id_document_type: Mapped[str] = mapped_column(String(20), default="")
    id_document_number: Mapped[str] = mapped_column(String(40), default="")
    earning: Mapped[bool] = mapped_column(Boolean, default=False)
    monthly_income_minor: Mapped[int] = mapped_column(Integer, default=0)
    # the household's address in Roman letters and its postal code (kept on "self")
    address_latin: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(10), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    __table_args__ = (
        Index("uq_bureau_person_self", "member_id", unique=True,
              sqlite_where=text("relation = 'self'")),
    )


class BureauConsent(Base):
    __tablename__ = "bureau_consent"
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("bureau_person.id"), index=True)
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"))
    given_on: Mapped[date] = mapped_column(Date)  # the business date
    given_at: Mapped[datetime] = mapped_column(DateTime)  # device UTC
    method: Mapped[str] = mapped_column(String(10))  # signature | thumb
    recorded_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    wording: Mapped[str] = mapped_column(String(20))  # the consent text's version, as read


class BureauRequest(Base):
    __tablename__ = "bureau_request"
    id: Mapped[str] = mapped_column(String(36), primary_key=True)  # UUID, idempotency key
    loan_id: Mapped[int] = mapped_column(ForeignKey("loan.id"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("bureau_person.id"), index=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("bureau_consent.id"))
    requested_on: Mapped[date] = mapped_column(Date)
    requested_by: Mapped[int] = mapped_column(ForeignKey("staff.id"))
