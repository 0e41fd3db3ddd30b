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
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from app.domain.bureau_dates import ReferenceCalendar, is_month_end
from app.headoffice.admin import AdminError
from app.headoffice.bureau.book import BranchBook
from app.headoffice.bureau.fields import Problem, Segment, code, day, ddmmyyyy, number, text
from app.headoffice.bureau.mfi import BureauFileError, rupees
from app.headoffice.bureau.selection import chosen, frequency_of, identities, key_person, owed

PERIODICITY = {"weekly": "W", "fortnightly": "F", "monthly": "M", "bimonthly": "B",
               "quarterly": "Q", "half_yearly": "H", "yearly": "Y", "bullet": "S",
               "other": "O"}
CLASSES = ("STD", "WCH", "SS", "DF", "BL")
NID = r"[0-9]{10}|[0-9]{13}|[0-9]{17}"

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


def classification(dpd: int) -> str:
    for limit, name in ((0, "STD"), (30, "WCH"), (180, "SS"), (365, "DF")):
        if dpd <= limit:
            return name
    return "BL"


def _contract_rules(values: dict[str, str]) -> list[tuple[str, str, str]]:
    out = []
    closed = values["phase"] == "TERMINATED"
    if closed and (values["outstanding"] != "0" or values["overdue"] != "0"):
        out.append(("outstanding", "closed_zero", "a terminated contract owes nothing"))
    if closed != bool(values["closed_on"]):
        out.append(("closed_on", "closed_date", "a terminated contract, and only one, has "
                                                "a closing date"))
    if bool(values["written_off"]) != bool(values["written_off_on"]):
        out.append(("written_off", "write_off", "a write-off has an amount and a date"))
    return out


def render_cib(books: Sequence[BranchBook], as_of: date, calendar: ReferenceCalendar,
               member_id: str, bureau: str) -> list[tuple[str, bytes]]:
    """The three files' (suffix, bytes), always full (monthly); BureauFileError listing
    every problem."""
    if not is_month_end(as_of):
        raise AdminError("Bangladesh's CIB files are monthly, as on a month's last day")
    subjects: dict[str, dict[str, str]] = {}
    contracts: list[dict[str, str]] = []
    links: list[dict[str, str]] = []
    problems: list[Problem] = []
    for book in books:
        for r in chosen(book, as_of, calendar, True):
            people = book.people.get(r.member.id, {})
            me = people.get("self", {})
            ref = f"{book.branch}/{r.member.code}"
            if ref not in subjects:
                name, relation = key_person(people)
                ids = dict(identities(me))
                nid = ids.pop("nid", "")
                other = next(iter(ids.items()), ("", ""))
                subjects[ref] = {
                    "subject_ref": ref, "name": str(me.get("name_latin", "")),
                    "key_person": name,
                    "key_relation": {"husband": "H", "father": "F"}.get(relation, "O"),
                    "gender": str(me.get("gender", "")),
                    "birth_date": ddmmyyyy(date.fromisoformat(me["date_of_birth"]))
                    if isinstance(me.get("date_of_birth"), str) else "",
                    "nid": nid, "other_id_type": other[0].upper(), "other_id": other[1],
                    "address": str(me.get("address_latin", "")),
                    "postal_code": str(me.get("postal_code", ""))}
                problems += SUBJECT.problems(subjects[ref], book.branch, ref)
            p, loan = r.position, r.loan
            closed = p.closed_on is not None
            values = {
                "contract_ref": loan.loan.loan_no, "subject_ref": ref, "branch": book.branch,
                "type": "MICRO", "phase": "TERMINATED" if closed else "LIVING",
                "classification": classification(p.dpd),
                "disbursed_on": ddmmyyyy(loan.loan.disbursed_on),
                "sanctioned": rupees(loan.loan.principal_minor),
                "disbursed": rupees(loan.loan.principal_minor),
                "installments": str(loan.applied.get("installments", "")),
                "periodicity": PERIODICITY.get(frequency_of(loan.applied) or "", ""),
                "installment": rupees(loan.installment_minor or 0),
                "outstanding": rupees(owed(p.balance_minor)),
                "overdue": rupees(owed(p.overdue_minor)), "dpd": str(p.dpd),
                "written_off": rupees(p.written_off_minor) if p.written_off_minor else "",
                "written_off_on": ddmmyyyy(p.written_off_on),
                "closed_on": ddmmyyyy(p.closed_on)}
            where = f"{ref} / {loan.loan.loan_no}"
            problems += CONTRACT.problems(values, book.branch, where)
            problems += [Problem(book.branch, where, "C", f, rule, msg, values.get(f, ""))
                         for f, rule, msg in _contract_rules(values)]
            contracts.append(values)
            links.append({"subject_ref": ref, "contract_ref": loan.loan.loan_no,
                          "role": "B"})
    if problems:
        raise BureauFileError(problems)
    head = f"{bureau}|{member_id}|{ddmmyyyy(as_of)}"
    return [(suffix, _file(f"H|{magic}|1|{head}", segment, rows)) for suffix, magic, segment,
            rows in ((".subject.txt", "SHKCIBS", SUBJECT, list(subjects.values())),
                     (".contract.txt", "SHKCIBC", CONTRACT, contracts),
                     (".link.txt", "SHKCIBL", LINK, links))]


def _file(header: str, segment: Segment, rows: list[dict[str, str]]) -> bytes:
    lines = [header, *(segment.encode(r) for r in rows), f"T|{len(rows)}"]
    return ("\r\n".join(lines) + "\r\n").encode("latin-1")
