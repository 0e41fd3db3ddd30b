"""Credit-bureau checks on the branch: the household's people, consent, "ask for a check".

The branch has no bureau credentials and never talks to a bureau: asking for a check
records her consent and a `bureau.check_requested` outbox event (its request id is the
idempotency key head office stores it under), which travels by sync or USB like every
event. Head office asks the bureau and sends back what happened — sent, the report's
summary, no record, an error — with reference data (`hq_decision` "bureau:<id>").

The people of a household are `bureau_person` rows: the member herself ("self") and
the people whose income or debts count (her husband, an earning son…). Each carries
the Roman-letter spelling of the name that the officer checked (CIC files are Latin-1;
`suggest_latin_name` offers a transliteration of the Bengali to start from), and the
identity a bureau matches on. Saving a person emits `bureau.person_saved`: head office
reads the member's and her key person's identity from it for the CIC files.
"""

from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.models import Loan, Member, OutboxEvent
from app.db.models_bureau import BureauConsent, BureauPerson, BureauRequest
from app.db.models_sync import HqDecision
from app.db.uow import Actor, UnitOfWork
from app.domain.bureau import GENDERS, RELATIONS, BureauReport, ReportError
from app.domain.calendar import full_years
from app.domain.transliterate import bengali_to_latin, latin1_problems
from app.errors import QT_TR_NOOP, NotFound, RuleViolation, ValidationError
from app.services import roles
from app.services.common import branch_row, read_session, require_open_day
from app.services.roles import require
from app.sync.outbox import get_state

ASK_ROLES = ("field_officer", "branch_manager")
CONSENT_METHODS = ("signature", "thumb")
CONSENT_WORDING = "bureau-consent-1"  # the consent text the officer reads out
ID_TYPES = ("aadhaar", "voter_id", "ration_card", "pan", "nid", "passport")
PENDING_LOANS = ("applied", "recommended", "forwarded", "sanctioned")
DECISION_PREFIX = "bureau:"
REQUESTED = "bureau.check_requested"
LATIN_NAME = re.compile(r"^[A-Za-z][A-Za-z .'-]{0,98}[A-Za-z.]$")
ID_NUMBER = re.compile(r"^[A-Za-z0-9]{4,30}$")
POSTAL_CODE = re.compile(r"^[0-9]{4,6}$")
MAX_INCOME_MINOR = 10**12


@dataclass(frozen=True)
class PersonInput:
    """One person of the household as the officer entered her or him."""

    relation: str
    name_latin: str
    name_bn: str = ""
    gender: str = "F"
    date_of_birth: date | None = None
    id_document_type: str = ""
    id_document_number: str = ""
    earning: bool = False
    monthly_income_minor: int = 0
    address_latin: str = ""  # the household's, on "self"
    postal_code: str = ""


@dataclass(frozen=True)
class Person:
    id: int | None  # None: the member herself, not saved yet (her details are proposed)
    member_id: int
    relation: str
    name_bn: str
    name_latin: str  # the checked spelling, or a suggestion while `checked` is False
    checked: bool
    gender: str
    date_of_birth: date | None
    id_document_type: str
    id_document_number: str
    earning: bool
    monthly_income_minor: int
    address_latin: str
    postal_code: str


def suggest_latin_name(text: str) -> str:
    """A first Roman-letter spelling of a Bengali name or address, for the officer to check."""
    return bengali_to_latin(text)


def _member(s: Session, member_id: int) -> Member:
    member = s.get(Member, member_id)
    if member is None:
        raise NotFound(QT_TR_NOOP("No such member."))
    return member


def _proposed_self(member: Member) -> Person:
    latin = member.name_en.strip()
    if not latin or latin1_problems(latin):
        latin = bengali_to_latin(member.name_bn)
    return Person(None, member.id, "self", member.name_bn, latin, False, "F",
                  member.date_of_birth, member.id_document_type, member.id_document_number,
                  True, member.household_income_minor // 12, "", "")


def _person(row: BureauPerson) -> Person:
    checked = row.latin_checked_by is not None
    latin = row.name_latin if checked or row.name_latin else bengali_to_latin(row.name_bn)
    return Person(row.id, row.member_id, row.relation, row.name_bn, latin, checked,
                  row.gender, row.date_of_birth, row.id_document_type,
                  row.id_document_number, row.earning, row.monthly_income_minor,
                  row.address_latin, row.postal_code)


def people_of(s: Session, member: Member) -> list[Person]:
    rows = list(s.scalars(select(BureauPerson).where(
        BureauPerson.member_id == member.id, BureauPerson.active.is_(True))
        .order_by(BureauPerson.relation != "self", BureauPerson.id)))
    people = [_person(r) for r in rows]
    if not rows or rows[0].relation != "self":
        people.insert(0, _proposed_self(member))
    return people


def household(engine: Engine, member_id: int) -> tuple[Person, ...]:
    """The member first (as proposed from her record until the officer saves her), then
    the people of her household."""
    with read_session(engine) as s:
        return tuple(people_of(s, _member(s, member_id)))


def _check_person(data: PersonInput, on: date) -> None:
    """Refuse, naming the field, anything a bureau file could not carry."""
    if data.relation not in RELATIONS or data.gender not in GENDERS:
        raise ValidationError(QT_TR_NOOP("Choose who the person is and whether a woman or "
                                         "a man."))
    name = data.name_latin.strip()
    if not LATIN_NAME.match(name) or latin1_problems(name):
        raise ValidationError(QT_TR_NOOP(
            "Write the name in Roman letters (A–Z, spaces, full stops, hyphens), as on "
            "the identity document: {name}"), name=name)
    if len(data.name_bn) > 120 or any(ord(c) < 32 or c == "\x7f" for c in data.name_bn):
        raise ValidationError(QT_TR_NOOP("The Bengali name is too long or has a character "
                                         "that cannot be saved."))
    if data.id_document_type and data.id_document_type not in ID_TYPES:
        raise ValidationError(QT_TR_NOOP("Choose the kind of identity document."))
    if data.id_document_number and not ID_NUMBER.match(data.id_document_number):
        raise ValidationError(QT_TR_NOOP("An identity document number is 4 to 30 letters "
                                         "and digits, without spaces."))
    if bool(data.id_document_type) != bool(data.id_document_number):
        raise ValidationError(QT_TR_NOOP("Give both the kind and the number of the "
                                         "identity document."))
    born = data.date_of_birth
    if born is not None and not 0 <= full_years(born, on) <= 120:
        raise ValidationError(QT_TR_NOOP("The date of birth is not possible."))
    if not 0 <= data.monthly_income_minor <= MAX_INCOME_MINOR:
        raise ValidationError(QT_TR_NOOP("Amounts cannot be negative."))
    address = data.address_latin.strip()
    if len(address) > 200 or latin1_problems(address):
        raise ValidationError(QT_TR_NOOP("Write the address in Roman letters, at most 200 "
                                         "characters, without | or ~."))
    if data.postal_code and not POSTAL_CODE.match(data.postal_code):
        raise ValidationError(QT_TR_NOOP("A postal code is 4 to 6 digits."))


def person_payload(row: BureauPerson, member: Member) -> dict[str, object]:
    """A person as head office receives her (the member herself also with the guardian
    on her record: the CIC files' key person when no husband or father is entered)."""
    guardian = {"guardian_name": member.guardian_name_en,
                "guardian_relation": member.guardian_relation} \
        if row.relation == "self" else {}
    return {**guardian, "person_id": row.id, "member_id": member.id, "member_code": member.code,
            "relation": row.relation, "name_latin": row.name_latin, "name_bn": row.name_bn,
            "gender": row.gender,
            "date_of_birth": row.date_of_birth.isoformat() if row.date_of_birth else None,
            "id_document_type": row.id_document_type,
            "id_document_number": row.id_document_number, "earning": row.earning,
            "monthly_income_minor": row.monthly_income_minor,
            "address_latin": row.address_latin, "postal_code": row.postal_code,
            "checked_on": row.latin_checked_on.isoformat() if row.latin_checked_on else None}


def save_person(engine: Engine, actor: Actor, member_id: int, data: PersonInput,
                person_id: int | None = None) -> int:
    """Save a person of the member's household; saving is the officer's check of the
    Roman-letter spelling (who, when). Returns the person's id."""
    require(actor, roles.BUREAU_CHECK)
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = branch_row(s).business_date
        member = _member(s, member_id)
        _check_person(data, on)
        row = s.get(BureauPerson, person_id) if person_id is not None else None
        if person_id is not None and (row is None or row.member_id != member_id):
            raise NotFound(QT_TR_NOOP("No such person in this household."))
        if data.relation == "self" or (row is not None and row.relation == "self"):
            same = s.scalars(select(BureauPerson).where(
                BureauPerson.member_id == member_id, BureauPerson.relation == "self")).first()
            if data.relation != "self" or (same is not None and same is not row):
                raise ValidationError(QT_TR_NOOP("The member herself is in her household "
                                                 "once, as herself."))
        if row is None:
            row = BureauPerson(member_id=member_id)
            s.add(row)
        row.relation, row.name_latin = data.relation, " ".join(data.name_latin.split())
        row.name_bn = data.name_bn.strip() or (member.name_bn if data.relation == "self"
                                               else "")
        row.gender, row.date_of_birth = data.gender, data.date_of_birth
        row.id_document_type = data.id_document_type
        row.id_document_number = data.id_document_number.upper()
        row.earning = data.earning or data.relation == "self"
        row.monthly_income_minor = data.monthly_income_minor
        row.address_latin = " ".join(data.address_latin.split())
        row.postal_code, row.active = data.postal_code, True
        row.latin_checked_by, row.latin_checked_on = actor.staff_id, on
        s.flush()
        uow.emit("bureau.person_saved", row.id, person_payload(row, member), on)
        return row.id


def ask_for_bureau_check(engine: Engine, actor: Actor, loan_id: int, person_id: int,
                         consent_method: str) -> str:
    """Record the person's consent and ask head office for a bureau check; returns the
    request id. Asking again while a request for the same person and application is on
    its way returns that request: nothing is recorded or sent twice."""
    require(actor, roles.BUREAU_CHECK)
    if consent_method not in CONSENT_METHODS:
        raise ValidationError(QT_TR_NOOP("Record how the person agreed: signature or "
                                         "thumb impression."))
    with UnitOfWork(engine, actor) as uow:
        s = uow.session
        on = branch_row(s).business_date
        require_open_day(s, on)
        loan = s.get(Loan, loan_id)
        if loan is None:
            raise NotFound(QT_TR_NOOP("No such loan."))
        if loan.status not in PENDING_LOANS:
            raise RuleViolation(QT_TR_NOOP("A bureau check is asked for on an application "
                                           "before it is paid out."))
        person = s.get(BureauPerson, person_id)
        if person is None or person.member_id != loan.member_id or not person.active:
            raise NotFound(QT_TR_NOOP("No such person in this household."))
        _ready_for_check(person)
        open_request = _open_request(s, loan_id, person_id)
        if open_request is not None:
            return open_request
        consent = BureauConsent(person_id=person.id, loan_id=loan.id, given_on=on,
                                given_at=utcnow(), method=consent_method,
                                recorded_by=actor.staff_id or 0, wording=CONSENT_WORDING)
        s.add(consent)
        s.flush()
        request_id = str(uuid.uuid4())
        s.add(BureauRequest(id=request_id, loan_id=loan.id, person_id=person.id,
                            consent_id=consent.id, requested_on=on,
                            requested_by=actor.staff_id or 0))
        member = _member(s, loan.member_id)
        branch = branch_row(s)
        home = s.scalars(select(BureauPerson).where(
            BureauPerson.member_id == member.id, BureauPerson.relation == "self")).first()
        uow.emit(REQUESTED, request_id, {
            "request_id": request_id, "loan_id": loan.id, "loan_no": loan.loan_no,
            "profile": branch.policy_profile,  # which country's bureaus head office asks
            "amount_minor": loan.principal_minor, "person": person_payload(person, member),
            "address_latin": home.address_latin if home else "",
            "postal_code": home.postal_code if home else "",
            "consent": {"method": consent_method, "given_on": on.isoformat(),
                        "given_at": consent.given_at.isoformat(timespec="seconds"),
                        "recorded_by": actor.staff_id, "wording": CONSENT_WORDING}}, on)
        return request_id


def _ready_for_check(person: BureauPerson) -> None:
    """What a bureau matches on: the checked Roman name, a birth date, an identity."""
    if person.latin_checked_by is None:
        raise RuleViolation(QT_TR_NOOP("Check the Roman-letter spelling of the name first."))
    if person.date_of_birth is None or not person.id_document_number:
        raise RuleViolation(QT_TR_NOOP("A bureau check needs the person's date of birth "
                                       "and an identity document number."))


def _open_request(s: Session, loan_id: int, person_id: int) -> str | None:
    """The newest request for this person on this application, unless head office has
    answered it (then a new check may be asked for: out of date, no record, an error)."""
    newest = s.scalars(select(BureauRequest).where(
        BureauRequest.loan_id == loan_id, BureauRequest.person_id == person_id)
        .order_by(BureauRequest.requested_on.desc(), BureauRequest.consent_id.desc())).first()
    if newest is None:
        return None
    answer = hq_answer(s, newest.id)
    return newest.id if answer is None or answer.report is None else None


@dataclass(frozen=True)
class HqAnswer:
    state: str  # sent | answered
    report: BureauReport | None
    at: str


def hq_answer(s: Session, request_id: str) -> HqAnswer | None:
    """What head office last said about a request (None: nothing yet). A summary that
    does not read is treated as an error report rather than trusted or crashed on."""
    row = s.get(HqDecision, DECISION_PREFIX + request_id)
    if row is None:
        return None
    payload = json.loads(row.payload)
    report = None
    if payload.get("report") is not None:
        try:
            report = BureauReport.from_dict(payload["report"])
        except ReportError as exc:
            report = BureauReport("error", row.received_at.date(), "?", note=str(exc))
    return HqAnswer(str(payload.get("state", "sent")), report, str(payload.get("at", "")))


def request_travelling(s: Session, request_id: str) -> bool:
    """Still in this branch's outbox, not yet acknowledged by head office."""
    seq = s.scalar(select(OutboxEvent.seq).where(OutboxEvent.type == REQUESTED,
                                                 OutboxEvent.aggregate_id == request_id))
    return seq is not None and seq > int(get_state(s, "acked_seq", "0"))
