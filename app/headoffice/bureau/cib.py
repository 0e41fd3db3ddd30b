"""Bangladesh's monthly credit-bureau files — subjects, contracts, and the links between
them — in *our* layout.

Bangladesh Bank's CIB (the banks, Janata Bank among them) and MRA's MF-CIB on the same
platform take a subject file (the borrowers), a contract file (the loans) and a link
file (who is what on which loan), monthly, as on the month's last day, by the 15th.
Their field-by-field specifications go to reporting institutions and are not public;
this is our layout in that shape, documented here, for a converter or the bureau's
desk to map — it pretends to be no one's official format.

Latin-1 text, CR LF, "|" between fields, dates DDMMYYYY, amounts in whole taka (owed
amounts rounded up). Classification is MRA's for microcredit by days past due:
STD regular, WCH 1–30 days (watchful), SS 31–180, DF 181–365, BL more than 365.

    H|SHKCIBS|1|<bureau>|<our code with the bureau>|<as on>
    S|<subject ref>|<name>|<key person>|<H husband, F father, O other>|<gender>|
      <birth date>|<NID>|<other id type>|<other id>|<address>|<postal code>
    T|<count>

    H|SHKCIBC|1|…   C|<contract ref>|<subject ref>|<branch>|MICRO|<LIVING or TERMINATED>|
      <classification>|<disbursed on>|<sanctioned>|<disbursed>|<installments>|
      <periodicity W F M B Q H Y S O>|<installment>|<outstanding>|<overdue>|<days past due>|
      <written off>|<written off on>|<closed on>     T|<count>

    H|SHKCIBL|1|…   L|<subject ref>|<contract ref>|B (borrower)     T|<count>

Every field is checked against its rule (fields.py), then the rules between a
contract's fields (`contract_rules`: a terminated contract owes nothing and is dated, a
write-off has its amount and date, dates in order, overdue within the outstanding,
days past due and overdue agreeing, the classification the days past due give, no more
disbursed than sanctioned), a subject's (`subject_rules`: an identity, born before the
date) and the files' together (`link_rules`: each contract's subject is in the subject
file and linked to it as borrower, nothing in twice). Every problem is listed at once
(BureauFileError) and no file is written while one remains. `parse_cib` reads the
three files back (generate → parse → compare).

A loan whose every payout was reversed, sent to the bureau before, is reported once more
as TERMINATED on the day it was cancelled, with nothing outstanding and nothing
disbursed: the layout has no other way to say a contract is no loan (selection.py).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.domain.bureau_dates import ReferenceCalendar, is_month_end
from app.headoffice.admin import AdminError
from app.headoffice.bureau.book import BranchBook
from app.headoffice.bureau.fields import (
    Problem,
    Segment,
    code,
    day,
    ddmmyyyy,
    number,
    parse_ddmmyyyy,
    text,
)
from app.headoffice.bureau.mfi import BureauFileError, rupees
from app.headoffice.bureau.selection import chosen, frequency_of, identities, key_person, owed

PERIODICITY = {"weekly": "W", "fortnightly": "F", "monthly": "M", "bimonthly": "B",
               "quarterly": "Q", "half_yearly": "H", "yearly": "Y", "bullet": "S",
               "other": "O"}
CLASSES = ("STD", "WCH", "SS", "DF", "BL")
NID = r"[0-9]{10}|[0-9]{13}|[0-9]{17}"
MAGIC = {"subject": "SHKCIBS", "contract": "SHKCIBC", "link": "SHKCIBL"}
SUFFIXES = {"subject": ".subject.txt", "contract": ".contract.txt", "link": ".link.txt"}

SUBJECT = Segment("S", (
    text("subject_ref", "Subject reference", 40, True), text("name", "Name", 100, True),
    text("key_person", "Father's or husband's name", 100, True),
    code("key_relation", "Key person is", ("H", "F", "O"), True),
    code("gender", "Gender", ("F", "M", "T"), True), day("birth_date", "Birth date", True),
    text("nid", "National ID", 17, pattern=NID), text("other_id_type", "Other ID type", 20),
    text("other_id", "Other ID", 30), text("address", "Address", 200, True),
    text("postal_code", "Postal code", 4, True, r"[0-9]{4}")))
CONTRACT = Segment("C", (
    text("contract_ref", "Contract reference", 40, True),
    text("subject_ref", "Subject reference", 40, True), text("branch", "Branch", 20, True),
    code("type", "Contract type", ("MICRO",), True),
    code("phase", "Phase", ("LIVING", "TERMINATED"), True),
    code("classification", "Classification", CLASSES, True),
    day("disbursed_on", "Disbursed on", True), number("sanctioned", "Sanctioned", 12, True),
    number("disbursed", "Disbursed", 12, True), number("installments", "Installments", 4),
    code("periodicity", "Periodicity", PERIODICITY.values(), True),
    number("installment", "Installment", 12), number("outstanding", "Outstanding", 12, True),
    number("overdue", "Overdue", 12, True), number("dpd", "Days past due", 5, True),
    number("written_off", "Written off", 12), day("written_off_on", "Written off on"),
    day("closed_on", "Closed on")))
LINK = Segment("L", (text("subject_ref", "Subject reference", 40, True),
                     text("contract_ref", "Contract reference", 40, True),
                     code("role", "Role", ("B",), True)))
SEGMENTS = {"subject": SUBJECT, "contract": CONTRACT, "link": LINK}
SUBJECT_DEFAULTS = {f.name: "" for f in SUBJECT.fields}
CONTRACT_DEFAULTS = {f.name: "" for f in CONTRACT.fields}


def classification(dpd: int) -> str:
    for limit, name in ((0, "STD"), (30, "WCH"), (180, "SS"), (365, "DF")):
        if dpd <= limit:
            return name
    return "BL"


@dataclass
class CibRecords:
    """The three files' records as text values (what is checked is what is written);
    `branch` names whose correction queue each subject's and contract's problems go to."""

    subjects: list[dict[str, str]] = field(default_factory=list)
    contracts: list[dict[str, str]] = field(default_factory=list)
    links: list[dict[str, str]] = field(default_factory=list)
    branch: dict[str, str] = field(default_factory=dict)  # subject or contract ref → branch


def _date(value: str) -> date | None:
    try:
        return parse_ddmmyyyy(value)
    except ValueError:
        return None  # the field's own rule names it


def _int(value: str) -> int | None:
    return int(value) if value.isdigit() else None


def contract_rules(values: Mapping[str, str], as_of: date
                   ) -> Iterable[tuple[str, str, str]]:
    """(field, rule, message) for each rule between a contract's fields it breaks."""
    closed = values["phase"] == "TERMINATED"
    outstanding, overdue = _int(values["outstanding"]), _int(values["overdue"])
    if closed and (values["outstanding"] != "0" or values["overdue"] != "0"):
        yield "outstanding", "closed_zero", "a terminated contract owes nothing"
    if closed != bool(values["closed_on"]):
        yield "closed_on", "closed_date", "a terminated contract, and only one, has a " \
                                          "closing date"
    if bool(values["written_off"]) != bool(values["written_off_on"]):
        yield "written_off", "write_off", "a write-off has an amount and a date"
    disbursed = _date(values["disbursed_on"])
    if disbursed is not None and disbursed > as_of:
        yield "disbursed_on", "date_order", "disbursed after the date of the file"
    for name in ("written_off_on", "closed_on"):
        later = _date(values[name])
        if later is not None and disbursed is not None and not disbursed <= later <= as_of:
            yield name, "date_order", f"{name} is not between disbursement and the date " \
                                      "of the file"
    if outstanding is not None and overdue is not None and overdue > outstanding:
        yield "overdue", "overdue_balance", "more overdue than outstanding"
    dpd = _int(values["dpd"])
    if dpd is not None and overdue is not None and (dpd > 0) != (overdue > 0):
        yield "dpd", "dpd_overdue", "days past due and the overdue amount disagree"
    if dpd is not None and values["classification"] in CLASSES \
            and values["classification"] != classification(dpd):
        yield "classification", "classification", "the classification is not the one " \
                                                   "the days past due give"
    sanctioned, lent = _int(values["sanctioned"]), _int(values["disbursed"])
    if sanctioned is not None and lent is not None and lent > sanctioned:
        yield "disbursed", "disbursed_sanctioned", "more disbursed than sanctioned"


def subject_rules(values: Mapping[str, str], as_of: date) -> Iterable[tuple[str, str, str]]:
    if not values["nid"] and not values["other_id"]:
        yield "nid", "kyc", "no identity document (NID or another)"
    if bool(values["other_id_type"]) != bool(values["other_id"]):
        yield "other_id", "other_id", "another identity has its type and its number"
    born = _date(values["birth_date"])
    if born is not None and born >= as_of:
        yield "birth_date", "date_order", "born on or after the date of the file"


def link_rules(records: CibRecords) -> Iterable[tuple[str, str, str, str, str]]:
    """(segment, where, field, rule, message) for what breaks between the three files."""
    subjects = [s["subject_ref"] for s in records.subjects]
    contracts = [c["contract_ref"] for c in records.contracts]
    for segment, refs, name in (("S", subjects, "subject_ref"),
                                ("C", contracts, "contract_ref")):
        seen: set[str] = set()
        for ref in refs:
            if ref in seen:
                yield segment, ref, name, "duplicate", "in the file twice"
            seen.add(ref)
    borrowers = {(link["subject_ref"], link["contract_ref"]) for link in records.links}
    for c in records.contracts:
        where = f"{c['subject_ref']} / {c['contract_ref']}"
        if c["subject_ref"] not in subjects:
            yield "C", where, "subject_ref", "link_subject", "the subject is not in the " \
                                                             "subject file"
        if (c["subject_ref"], c["contract_ref"]) not in borrowers:
            yield "C", where, "contract_ref", "link_borrower", "no link names the " \
                                                               "contract's borrower"
    for link in records.links:
        if link["subject_ref"] not in subjects or link["contract_ref"] not in contracts:
            yield "L", f"{link['subject_ref']} / {link['contract_ref']}", "subject_ref", \
                "link_unknown", "a link to a subject or contract not in the files"


def validate_cib(records: CibRecords, as_of: date) -> list[Problem]:
    """Every problem of the three files (empty: they may be written)."""
    out: list[Problem] = []
    for s in records.subjects:
        ref, branch = s["subject_ref"], records.branch.get(s["subject_ref"], "")
        out += SUBJECT.problems(s, branch, ref)
        out += [Problem(branch, ref, "S", f, rule, msg, s.get(f, ""))
                for f, rule, msg in subject_rules(SUBJECT_DEFAULTS | s, as_of)]
    for c in records.contracts:
        branch = records.branch.get(c["contract_ref"], c.get("branch", ""))
        where = f"{c['subject_ref']} / {c['contract_ref']}"
        out += CONTRACT.problems(c, branch, where)
        out += [Problem(branch, where, "C", f, rule, msg, c.get(f, ""))
                for f, rule, msg in contract_rules(CONTRACT_DEFAULTS | c, as_of)]
    for link in records.links:
        out += LINK.problems(link, records.branch.get(link["contract_ref"], ""),
                             f"{link['subject_ref']} / {link['contract_ref']}")
    for segment, where, name, rule, msg in link_rules(records):
        ref = where.split(" / ")[-1]
        out.append(Problem(records.branch.get(ref, ""), where, segment, name, rule, msg))
    return out



def render_cib_files(records: CibRecords, as_of: date, member_id: str, bureau: str
                     ) -> list[tuple[str, bytes]]:
    """The three files' (suffix, bytes); BureauFileError listing every problem, and no
    file, while any remains."""
    problems = validate_cib(records, as_of)
    if problems:
        raise BureauFileError(problems)
    head = f"{bureau}|{member_id}|{ddmmyyyy(as_of)}"
    rows = {"subject": records.subjects, "contract": records.contracts,
            "link": records.links}
    return [(SUFFIXES[kind], _file(f"H|{MAGIC[kind]}|1|{head}", SEGMENTS[kind], rows[kind]))
            for kind in ("subject", "contract", "link")]


def _file(header: str, segment: Segment, rows: list[dict[str, str]]) -> bytes:
    lines = [header, *(segment.encode(r) for r in rows), f"T|{len(rows)}"]
    return ("\r\n".join(lines) + "\r\n").encode("latin-1")


def parse_cib(files: Mapping[str, bytes]) -> tuple[dict[str, str], CibRecords]:
    """(header: bureau, member id, as on; records) of the three files, keyed subject,
    contract and link; ValueError naming the file and line if one is not in the layout
    or the three do not belong together."""
    header: dict[str, str] | None = None
    rows: dict[str, list[dict[str, str]]] = {}
    for kind in ("subject", "contract", "link"):
        lines = files[kind].decode("latin-1").split("\r\n")
        if lines and lines[-1] == "":
            lines.pop()
        first = lines[0].split("|") if lines else []
        if len(first) != 6 or first[:3] != ["H", MAGIC[kind], "1"]:
            raise ValueError(f"{kind} file: line 1 is not H|{MAGIC[kind]}|1|…")
        this = {"bureau": first[3], "member_id": first[4], "as_of": first[5]}
        if header is not None and this != header:
            raise ValueError(f"{kind} file: its header is another file's")
        header = this
        if len(lines) < 2 or lines[-1] != f"T|{len(lines) - 2}":
            raise ValueError(f"{kind} file: the trailer does not count its records")
        segment = SEGMENTS[kind]
        rows[kind] = []
        for n, line in enumerate(lines[1:-1], start=2):
            tokens = line.split("|")
            if tokens[0] != segment.tag:
                raise ValueError(f"{kind} file: line {n} does not start with "
                                 f"{segment.tag}|")
            try:
                rows[kind].append(segment.decode(tokens[1:]))
            except ValueError as exc:
                raise ValueError(f"{kind} file: line {n}: {exc}") from None
    assert header is not None
    return header, CibRecords(rows["subject"], rows["contract"], rows["link"])


# --- from the branches' books -----------------------------------------------------------

def _subject(ref: str, people: dict[str, dict[str, Any]]) -> dict[str, str]:
    me = people.get("self", {})
    name, relation = key_person(people)
    ids = dict(identities(me))
    nid = ids.pop("nid", "")
    other = next(iter(ids.items()), ("", ""))
    born = me.get("date_of_birth")
    return {"subject_ref": ref, "name": str(me.get("name_latin", "")), "key_person": name,
            "key_relation": {"husband": "H", "father": "F"}.get(relation, "O"),
            "gender": str(me.get("gender", "")),
            "birth_date": ddmmyyyy(date.fromisoformat(born)) if isinstance(born, str) else "",
            "nid": nid, "other_id_type": other[0].upper(), "other_id": other[1],
            "address": str(me.get("address_latin", "")),
            "postal_code": str(me.get("postal_code", ""))}


def cib_records(books: Sequence[BranchBook], as_of: date, calendar: ReferenceCalendar,
                reported: Container[str] = frozenset()) -> CibRecords:
    """Every account of the branches as on the month's last day, as the three files'
    records (always full: the files are monthly; a cancelled loan only if `reported`
    names it, selection.chosen)."""
    out = CibRecords()
    for book in books:
        for r in chosen(book, as_of, calendar, True, reported=reported):
            ref = f"{book.branch}/{r.member.code}"
            if ref not in out.branch:
                out.subjects.append(_subject(ref, book.people.get(r.member.id, {})))
                out.branch[ref] = book.branch
            p, loan = r.position, r.loan
            out.branch[loan.loan.loan_no] = book.branch
            out.contracts.append({
                "contract_ref": loan.loan.loan_no, "subject_ref": ref, "branch": book.branch,
                "type": "MICRO", "phase": "TERMINATED" if p.closed_on else "LIVING",
                "classification": classification(p.dpd),
                "disbursed_on": ddmmyyyy(loan.disbursed_on),
                "sanctioned": rupees(loan.sanctioned_minor),
                "disbursed": rupees(p.disbursed_minor),
                "installments": str(loan.applied.get("installments", "")),
                "periodicity": PERIODICITY.get(frequency_of(loan.applied) or "", ""),
                "installment": "" if loan.installment_minor is None
                else rupees(loan.installment_minor),
                "outstanding": rupees(owed(p.balance_minor)),
                "overdue": rupees(owed(p.overdue_minor)), "dpd": str(p.dpd),
                "written_off": rupees(p.written_off_minor) if p.written_off_minor else "",
                "written_off_on": ddmmyyyy(p.written_off_on),
                "closed_on": ddmmyyyy(p.closed_on)})
            out.links.append({"subject_ref": ref, "contract_ref": loan.loan.loan_no,
                              "role": "B"})
    return out


def render_cib(books: Sequence[BranchBook], as_of: date, calendar: ReferenceCalendar,
               member_id: str, bureau: str, reported: Container[str] = frozenset()
               ) -> list[tuple[str, bytes]]:
    """The three monthly files of the branches as on a month's last day (`reported`:
    the cancelled loans the bureau was sent before)."""
    if not is_month_end(as_of):
        raise AdminError("Bangladesh's CIB files are monthly, as on a month's last day")
    return render_cib_files(cib_records(books, as_of, calendar, reported), as_of,
                            member_id, bureau)
