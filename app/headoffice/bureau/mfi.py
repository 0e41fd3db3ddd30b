"""India's uniform microfinance data file (the CICs' "MFI" format, CRIF High Mark's
"Microfinance Data File Format" v2.0), as data.

Layout: a fixed-width header (HDR, 171 characters), then one line per member — her
member segment (CNSCRD), address segment (ADRCRD) and one account segment (ACTCRD) per
loan, each pipe-separated with its tag first — then a fixed-width trailer (TRL); lines
end in CR LF; the file is Latin-1. Field order and widths follow the open
implementations we could read and test against: the crif-export project (its spec as
data and its golden file, whose header we reproduce byte for byte) and Mostfit's older
generator. Where they differ we say which we follow:

* Key person's relationship codes: Mostfit's table (K01 father, K02 husband, K03 mother,
  K04 son, K05 daughter, K06 wife, K07 brother, K08 mother-in-law, K09 father-in-law,
  K10 daughter-in-law, K11 sister-in-law, K12 son-in-law, K13 brother-in-law), which a
  second, Fineract-based exporter also writes (a man's wife K06), with "other" as K15
  as crif-export and that exporter have it (Mostfit's K14). crif-export's own table
  (K04 wife, K05 son, K08 sister …) is not what its golden file exercises (K01 only).
  Our key persons are husbands and fathers, the same code in every table; a sister has
  no code of her own and goes as K15. `RELATIONSHIP_CODES` is the one place to change.
* "Age as on": a date (DDMMYYYY, the reporting date), as Mostfit writes it.
* One line per member rather than crif-export's single physical line (its golden file
  glues the header to the first member): the RBI's data-sharing annex and the
  production PHP and Java exporters we read put a member per line. Within a line, as
  in crif-export's golden file, a segment's tag follows the previous segment's last
  field (the reserved one, always empty) with no separator between them.
* Amounts are whole rupees, rounded half up; dates DDMMYYYY.
* Account status codes as crif-export's table names them: S04 current, S05 delinquent,
  S06 written off, S07 closed, S12 closed after a write-off (what we write), and S15
  cancelled — for an account we reported whose every payout was then reversed (it was
  never a loan; selection.py). A cancelled account is dated and owes nothing, like a
  closed one, so S15 is among `CLOSED` here.

`validate` checks every field (mandatory, codes, numbers, dates, lengths, Latin-1, no
separator) and every rule between fields, and lists every problem; `write_mfi` writes
nothing while any remains.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.headoffice.bureau.fields import (
    Problem,
    Segment,
    code,
    day,
    ddmmyyyy,
    fixed,
    number,
    parse_ddmmyyyy,
    text,
)

LAYOUT_VERSION = "1.9"  # what the header carries (v2.0 only renamed a field)
FILE_NAME = "HMMFI"
GENDERS = ("F", "M", "T")
MARITAL = ("M01", "M02", "M03", "M04", "M05", "M06")
RELATIONSHIP_CODES = {
    "father": "K01", "husband": "K02", "mother": "K03", "son": "K04", "daughter": "K05",
    "wife": "K06", "brother": "K07", "mother_in_law": "K08", "father_in_law": "K09",
    "daughter_in_law": "K10", "sister_in_law": "K11", "son_in_law": "K12",
    "brother_in_law": "K13", "sister": "K15", "other": "K15",
}
CATEGORIES = ("T01", "T02", "T03")  # JLG group, JLG individual, individual
STATUSES = ("S01", "S02", "S03", "S04", "S05", "S06", "S07", "S08", "S09", "S10", "S11",
            "S12", "S15")
CLOSED = ("S07", "S09", "S10", "S11", "S12", "S15")
WRITTEN_OFF = ("S06", "S11", "S12")
FREQUENCIES = {"weekly": "F01", "fortnightly": "F02", "monthly": "F03", "bimonthly": "F04",
               "quarterly": "F05", "half_yearly": "F06", "yearly": "F07", "bullet": "F08",
               "other": "F10"}
STATES = ("AP", "AR", "AS", "BR", "CG", "GA", "GJ", "HR", "HP", "JK", "JH", "KA", "KL", "MP",
          "MH", "MN", "ML", "MZ", "NL", "OR", "PB", "RJ", "SK", "TN", "TS", "TR", "UK", "UP",
          "WB", "AN", "CH", "DN", "DD", "DL", "LD", "PY")
WEEKDAYS = ("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN")
AADHAAR, PAN, PIN = r"[0-9]{12}", r"[A-Z]{5}[0-9]{4}[A-Z]", r"[0-9]{6}"

HDR = Segment("HDR", (
    fixed("segment", "Segment identifier", 3, "HDR"),
    fixed("file_name", "Submission file name", 5, FILE_NAME),
    fixed("version", "Layout version", 3, mandatory=True),
    fixed("member_id", "Submitting MFI ID", 10, mandatory=True),
    fixed("member_name", "Submitting MFI name", 30, mandatory=True),
    fixed("branch_id", "Submitting branch ID", 10),
    fixed("reporting_date", "Reported date", 8, mandatory=True, kind="date"),
    fixed("creation_date", "File creation date", 8, mandatory=True, kind="date"),
    fixed("org_structure", "Org member structure indicator", 3),
    fixed("password", "Password", 30),
    fixed("vendor_id", "System vendor identifier", 30, mandatory=True),
    fixed("vendor_version", "Vendor system version", 30, mandatory=True),
    fixed("reserved", "Reserved", 1)), fixed=True)
TRL = Segment("TRL", (
    fixed("segment", "Segment identifier", 3, "TRL"),
    fixed("file_name", "Submission file name", 5, FILE_NAME),
    fixed("version", "Layout version", 3, mandatory=True),
    fixed("member_id", "Submitting MFI ID", 10, mandatory=True),
    fixed("reserved", "Reserved", 20)), fixed=True)

_RELATION_CODES = sorted(set(RELATIONSHIP_CODES.values()))
CNSCRD = Segment("CNSCRD", (
    text("member_id", "Member identifier", 35, True),
    text("branch_id", "Branch identifier", 30, True),
    text("kendra_id", "Kendra/centre identifier", 30, True),
    text("group_id", "Group identifier", 20),
    text("name1", "Member name 1", 100, True), text("name2", "Member name 2", 50),
    text("name3", "Member name 3", 50), text("alternate_name", "Alternate name", 30),
    day("birth_date", "Member birth date", True), number("age", "Member age", 3, True),
    day("age_as_on", "Member age as on date", True),
    code("gender", "Gender", GENDERS, True), code("marital", "Marital status", MARITAL),
    text("key_person_name", "Key person's name", 100, True),
    code("key_person_relation", "Key person's relationship", _RELATION_CODES, True),
    *(f for n in range(1, 5) for f in (
        text(f"relative{n}_name", f"Relationship name {n}", 100),
        code(f"relative{n}_relation", f"Relationship type {n}", _RELATION_CODES))),
    text("nominee_name", "Nominee name", 100),
    code("nominee_relation", "Nominee relationship", _RELATION_CODES),
    number("nominee_age", "Nominee age", 3),
    text("voter_id", "Voter ID", 20), text("uid", "UID (Aadhaar)", 12, pattern=AADHAAR),
    text("pan", "PAN", 10, pattern=PAN), text("ration_card", "Ration card", 20),
    *(f for n in range(1, 4) for f in (text(f"other_id{n}_type", f"Other ID {n} type", 20),
                                       text(f"other_id{n}", f"Other ID {n} value", 30))),
    *(f for n in range(1, 3) for f in (text(f"phone{n}_type", f"Telephone {n} type", 3),
                                       number(f"phone{n}", f"Telephone {n} number", 15))),
    text("poverty_index", "Poverty index", 20),
    text("asset_ownership", "Asset ownership indicator", 1),
    number("dependents", "Number of dependents", 2), text("bank_name", "Bank name", 50),
    text("bank_branch", "Bank branch", 50), text("bank_account", "Bank account", 35),
    text("occupation", "Occupation", 50),
    number("monthly_income", "Total monthly family income", 9, True),
    number("monthly_expenses", "Monthly family expenses", 9),
    text("religion", "Religion", 3), text("caste", "Caste", 30),
    text("group_leader", "Group leader indicator", 1),
    text("centre_leader", "Centre leader indicator", 1), text("email", "Email ID", 70),
    text("reserved", "Reserved", 30)))
ADRCRD = Segment("ADRCRD", (
    text("permanent_address", "Permanent address", 200, True),
    code("permanent_state", "Permanent state code", STATES, True),
    text("permanent_pin", "Permanent PIN code", 6, True, PIN),
    text("present_address", "Present address", 200, True),
    code("present_state", "Present state code", STATES, True),
    text("present_pin", "Present PIN code", 6, True, PIN),
    text("dummy", "Dummy", 30), text("reserved", "Reserved", 30)))
ACTCRD = Segment("ACTCRD", (
    text("account_ref", "Unique account reference number", 35, True),
    text("account_no", "Account number", 35, True),
    text("branch_id", "Branch identifier", 30, True),
    text("kendra_id", "Kendra/centre identifier", 30, True),
    text("loan_officer", "Loan officer", 30),
    day("info_date", "Date of account information", True),
    code("category", "Loan category", CATEGORIES, True),
    text("group_id", "Group identifier", 20), number("cycle", "Loan cycle ID", 3),
    text("purpose", "Loan purpose", 20, True),
    code("status", "Account status", STATUSES, True),
    day("applied_on", "Application date"), day("sanctioned_on", "Sanctioned date"),
    day("disbursed_on", "Date opened/disbursed", True), day("closed_on", "Date closed"),
    day("last_payment_on", "Date of last payment"),
    number("applied", "Applied-for amount"), number("sanctioned", "Loan amount sanctioned",
                                                    9, True),
    number("disbursed", "Total amount disbursed", 9, True),
    number("installments", "Number of installments", 3),
    code("frequency", "Repayment frequency", FREQUENCIES.values()),
    number("installment", "Installment amount"),
    number("balance", "Current balance", 9, True),
    number("overdue", "Amount overdue", 9, True), number("dpd", "Days past due", 3),
    number("written_off", "Write-off amount"), day("written_off_on", "Date written off"),
    text("write_off_reason", "Write-off reason", 20),
    number("meetings_held", "Meetings held", 3), number("meetings_missed", "Meetings missed", 3),
    text("insurance", "Insurance indicator", 1), text("insurance_type", "Type of insurance", 3),
    number("sum_assured", "Sum assured", 10), code("meeting_day", "Meeting day", WEEKDAYS),
    text("meeting_time", "Meeting time", 5), text("dummy", "Dummy", 30),
    text("reserved", "Reserved", 30)))
BODY = {s.tag: s for s in (CNSCRD, ADRCRD, ACTCRD)}


def rupees(minor: int) -> str:
    """Whole rupees (half up) for the file."""
    return str((Decimal(minor) / 100).quantize(Decimal(1), ROUND_HALF_UP))


@dataclass(frozen=True)
class MfiAccount:
    account_ref: str
    category: str
    purpose: str
    status: str
    disbursed_on: date
    sanctioned_minor: int
    disbursed_minor: int
    balance_minor: int
    overdue_minor: int
    dpd: int = 0
    cycle: int | None = None
    applied_on: date | None = None
    sanctioned_on: date | None = None
    closed_on: date | None = None
    last_payment_on: date | None = None
    applied_minor: int | None = None
    installments: int | None = None
    frequency: str | None = None  # weekly | fortnightly | monthly | … (FREQUENCIES)
    installment_minor: int | None = None
    written_off_minor: int = 0
    written_off_on: date | None = None
    write_off_reason: str = ""
    meeting_day: str = ""


@dataclass(frozen=True)
class MfiMember:
    branch: str  # our branch code: whose correction queue a problem goes to
    member_id: str
    kendra_id: str
    group_id: str
    name: str
    birth_date: date | None
    gender: str
    key_person_name: str
    key_person_relation: str  # husband | father | … (RELATIONSHIP_CODES)
    monthly_income_minor: int
    address: str
    state: str
    pin: str
    ids: tuple[tuple[str, str], ...] = ()  # (aadhaar | voter_id | pan | ration_card | …, no.)
    marital: str = ""
    accounts: tuple[MfiAccount, ...] = field(default=())


@dataclass(frozen=True)
class MfiHeader:
    member_id: str
    member_name: str
    reporting_date: date
    creation_date: date
    password: str = ""
    vendor_id: str = "SHAKHA"
    vendor_version: str = "1"
    version: str = LAYOUT_VERSION

    def values(self) -> dict[str, str]:
        return {"version": self.version, "member_id": self.member_id,
                "member_name": self.member_name,
                "reporting_date": ddmmyyyy(self.reporting_date),
                "creation_date": ddmmyyyy(self.creation_date), "password": self.password,
                "vendor_id": self.vendor_id, "vendor_version": self.vendor_version}


def _age(born: date | None, on: date) -> str:
    if born is None:
        return ""
    return str(on.year - born.year - ((on.month, on.day) < (born.month, born.day)))


_ID_FIELDS = {"aadhaar": "uid", "voter_id": "voter_id", "pan": "pan",
              "ration_card": "ration_card"}


def member_values(m: MfiMember, as_of: date) -> dict[str, str]:
    out = {"member_id": m.member_id, "branch_id": m.branch, "kendra_id": m.kendra_id,
           "group_id": m.group_id, "name1": m.name, "birth_date": ddmmyyyy(m.birth_date),
           "age": _age(m.birth_date, as_of), "age_as_on": ddmmyyyy(as_of),
           "gender": m.gender, "marital": m.marital, "key_person_name": m.key_person_name,
           "key_person_relation": RELATIONSHIP_CODES.get(m.key_person_relation,
                                                         m.key_person_relation),
           "monthly_income": rupees(m.monthly_income_minor)}
    others = 0
    for kind, value in m.ids:
        name = _ID_FIELDS.get(kind)
        if name is not None:
            out[name] = value
        elif others < 3:
            others += 1
            out[f"other_id{others}_type"], out[f"other_id{others}"] = kind.upper(), value
    return out


def address_values(m: MfiMember) -> dict[str, str]:
    return {"permanent_address": m.address, "permanent_state": m.state,
            "permanent_pin": m.pin, "present_address": m.address, "present_state": m.state,
            "present_pin": m.pin}


def _amount(minor: int | None) -> str:
    return "" if minor is None else rupees(minor)


def account_values(m: MfiMember, a: MfiAccount, as_of: date) -> dict[str, str]:
    return {
        "account_ref": a.account_ref, "account_no": a.account_ref, "branch_id": m.branch,
        "kendra_id": m.kendra_id, "info_date": ddmmyyyy(as_of), "category": a.category,
        "group_id": m.group_id, "cycle": "" if a.cycle is None else str(a.cycle),
        "purpose": a.purpose, "status": a.status, "applied_on": ddmmyyyy(a.applied_on),
        "sanctioned_on": ddmmyyyy(a.sanctioned_on), "disbursed_on": ddmmyyyy(a.disbursed_on),
        "closed_on": ddmmyyyy(a.closed_on), "last_payment_on": ddmmyyyy(a.last_payment_on),
        "applied": _amount(a.applied_minor), "sanctioned": rupees(a.sanctioned_minor),
        "disbursed": rupees(a.disbursed_minor),
        "installments": "" if a.installments is None else str(a.installments),
        "frequency": FREQUENCIES.get(a.frequency or "", a.frequency or ""),
        "installment": _amount(a.installment_minor), "balance": rupees(a.balance_minor),
        "overdue": rupees(a.overdue_minor), "dpd": str(a.dpd),
        "written_off": _amount(a.written_off_minor or None),
        "written_off_on": ddmmyyyy(a.written_off_on), "write_off_reason": a.write_off_reason,
        "meeting_day": a.meeting_day}


def _checked(members: Sequence[MfiMember], header: MfiHeader
             ) -> tuple[list[Problem], list[str]]:
    """(every problem, the lines to write): one pass builds, checks and encodes each
    segment from the same values, so what is checked is exactly what is written."""
    from app.headoffice.bureau.mfi_rules import account_rules, member_rules

    out = list(HDR.problems(header.values(), "", "header"))
    lines = [HDR.encode(header.values())]
    as_of = header.reporting_date
    seen: set[str] = set()
    for m in members:
        where = m.member_id
        mv, adr = CNSCRD.values(member_values(m, as_of)), ADRCRD.values(address_values(m))
        out.extend(CNSCRD.problems_of(mv, m.branch, where))
        out.extend(ADRCRD.problems_of(adr, m.branch, where))
        named = dict(zip(CNSCRD.names, mv, strict=True))
        out.extend(Problem(m.branch, where, "CNSCRD", f, r, msg, named.get(f, ""))
                   for f, r, msg in member_rules(m, named))
        if m.member_id in seen:
            out.append(Problem(m.branch, where, "CNSCRD", "member_id", "duplicate",
                               "the member is in the file twice", m.member_id))
        seen.add(m.member_id)
        parts = [CNSCRD.encode_values(mv), ADRCRD.encode_values(adr)]
        for a in m.accounts:
            given = account_values(m, a, as_of)
            av = ACTCRD.values(given)
            at = f"{where} / {a.account_ref}"
            out.extend(ACTCRD.problems_of(av, m.branch, at))
            out.extend(Problem(m.branch, at, "ACTCRD", f, r, msg, given.get(f, ""))
                       for f, r, msg in account_rules(m, a, given, as_of))
            parts.append(ACTCRD.encode_values(av))
        lines.append("".join(parts))  # a segment's tag follows its predecessor directly
    lines.append(TRL.encode({"version": header.version, "member_id": header.member_id}))
    return out, lines


def validate(members: Sequence[MfiMember], header: MfiHeader) -> list[Problem]:
    """Every problem of the file that would be written (empty: it may be written)."""
    return _checked(members, header)[0]


class BureauFileError(ValueError):
    """A file was not written: every problem is listed."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems = list(problems)
        super().__init__(f"{len(self.problems)} problem(s); no file was written")


def render_mfi(members: Sequence[MfiMember], header: MfiHeader) -> bytes:
    """The file's bytes; BureauFileError (and nothing written) while a problem remains."""
    problems, lines = _checked(members, header)
    if problems:
        raise BureauFileError(problems)
    return ("\r\n".join(lines) + "\r\n").encode("latin-1")


__all__ = ["MfiMember", "MfiAccount", "MfiHeader", "validate", "render_mfi",
           "BureauFileError", "parse_ddmmyyyy"]
