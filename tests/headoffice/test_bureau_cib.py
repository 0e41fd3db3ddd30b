"""Bangladesh's monthly CIB files (subject, contract, link; our documented layout): golden
files, one passing and one failing example per field rule and per rule between fields
and between the files, every problem listed with no file written, generate → parse →
compare, and any valid portfolio validates."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.headoffice.bureau import cib
from app.headoffice.bureau.cib import (
    CONTRACT,
    LINK,
    SUBJECT,
    CibRecords,
    classification,
    parse_cib,
    render_cib_files,
    validate_cib,
)
from app.headoffice.bureau.fields import field_problems
from app.headoffice.bureau.mfi import BureauFileError

AS_OF = date(2025, 3, 31)
GOLDEN = Path(__file__).parent / "golden"
RAHIMA = {"subject_ref": "JBL-0101/M00001", "name": "Rahima Begum",
          "key_person": "Abdul Karim", "key_relation": "H", "gender": "F",
          "birth_date": "03021988", "nid": "1234567890123", "other_id_type": "",
          "other_id": "", "address": "Vill Madhaiya, Chandina, Cumilla",
          "postal_code": "3510"}
NASIMA = {**RAHIMA, "subject_ref": "JBL-0101/M00002", "name": "Nasima Akter",
          "key_person": "Jamal Uddin", "key_relation": "F", "birth_date": "30111984",
          "nid": "", "other_id_type": "BIRTH_REG", "other_id": "19842612345678901"}
LIVING = {"contract_ref": "JBL-0101-L000001", "subject_ref": "JBL-0101/M00001",
          "branch": "JBL-0101", "type": "MICRO", "phase": "LIVING",
          "classification": "STD", "disbursed_on": "05062024", "sanctioned": "30000",
          "disbursed": "30000", "installments": "46", "periodicity": "W",
          "installment": "731", "outstanding": "14620", "overdue": "0", "dpd": "0",
          "written_off": "", "written_off_on": "", "closed_on": ""}
WATCH = {**LIVING, "contract_ref": "JBL-0101-L000002", "classification": "WCH",
         "outstanding": "9000", "overdue": "1462", "dpd": "12"}
TERMINATED = {**LIVING, "contract_ref": "JBL-0101-L000003", "phase": "TERMINATED",
              "outstanding": "0", "closed_on": "12032025"}
WRITTEN_OFF = {**LIVING, "contract_ref": "JBL-0101-L000004",
               "subject_ref": "JBL-0101/M00002", "classification": "DF",
               "outstanding": "6000", "overdue": "6000", "dpd": "200",
               "written_off": "6000", "written_off_on": "15012025"}


def _records(subjects, contracts) -> CibRecords:  # type: ignore[no-untyped-def]
    return CibRecords(
        [dict(s) for s in subjects], [dict(c) for c in contracts],
        [{"subject_ref": c["subject_ref"], "contract_ref": c["contract_ref"], "role": "B"}
         for c in contracts],
        {**{s["subject_ref"]: "JBL-0101" for s in subjects},
         **{c["contract_ref"]: "JBL-0101" for c in contracts}})


def _portfolio() -> CibRecords:
    return _records([RAHIMA, NASIMA], [LIVING, WATCH, TERMINATED, WRITTEN_OFF])


def _files(records: CibRecords) -> dict[str, bytes]:
    out = render_cib_files(records, AS_OF, "JBL01", "MRA-MFCIB")
    return {suffix.split(".")[1]: content for suffix, content in out}


@pytest.mark.parametrize("kind", ["subject", "contract", "link"])
def test_each_file_is_byte_for_byte_its_golden_file(kind):
    assert _files(_portfolio())[kind] == (GOLDEN / f"cib_two_members.{kind}.txt").read_bytes()


def test_generate_then_parse_gives_back_every_value():
    records = _portfolio()
    header, back = parse_cib(_files(records))
    assert header == {"bureau": "MRA-MFCIB", "member_id": "JBL01", "as_of": "31032025"}
    assert (back.subjects, back.contracts, back.links) == (
        records.subjects, records.contracts, records.links)


def test_a_file_that_is_not_in_the_layout_is_refused_naming_it():
    files = _files(_portfolio())
    with pytest.raises(ValueError, match="contract file: the trailer"):
        parse_cib({**files, "contract": files["contract"].replace(b"T|4", b"T|5")})
    with pytest.raises(ValueError, match="link file: its header"):
        parse_cib({**files, "link": files["link"].replace(b"31032025", b"28022025")})


def test_no_file_while_a_problem_remains_and_every_problem_is_listed():
    broken = _records([{**RAHIMA, "name": "রহিমা বেগম", "postal_code": "35100"}],
                      [{**LIVING, "phase": "TERMINATED"}])
    with pytest.raises(BureauFileError) as raised:
        render_cib_files(broken, AS_OF, "JBL01", "MRA-MFCIB")
    assert sorted((p.segment, p.field, p.rule) for p in raised.value.problems) == [
        ("C", "closed_on", "closed_date"), ("C", "outstanding", "closed_zero"),
        ("S", "name", "latin1"), ("S", "postal_code", "format"),
        ("S", "postal_code", "length")]
    assert {p.branch for p in raised.value.problems} == {"JBL-0101"}


# --- one passing and one failing example per field rule ---------------------------------

GOOD = {"S": RAHIMA, "C": WRITTEN_OFF, "L": {"subject_ref": "JBL-0101/M00001",
                                             "contract_ref": "JBL-0101-L000001",
                                             "role": "B"}}
BAD_BY_KIND = {"code": "ZZZ", "number": "12a", "date": "31022025"}


def _cases():
    for segment in (SUBJECT, CONTRACT, LINK):
        for f in segment.fields:
            if f.mandatory:
                yield segment, f.name, "", "mandatory"
            if f.kind in BAD_BY_KIND:
                yield segment, f.name, BAD_BY_KIND[f.kind], f.kind
            if f.pattern:
                yield segment, f.name, "AB12", "format"
            if f.kind == "text":
                yield segment, f.name, "x" * (f.max_len + 1), "length"
                yield segment, f.name, "Rahima|Begum", "separator"
                yield segment, f.name, "রহিমা", "latin1"
                yield segment, f.name, "Rahima\x00", "separator"


CASES = list(_cases())


@pytest.mark.parametrize(("segment", "name", "bad", "rule"), CASES,
                         ids=[f"{s.tag}.{n}-{r}" for s, n, _b, r in CASES])
def test_each_field_rule_fails_on_a_bad_value_and_passes_on_the_good_one(segment, name, bad,
                                                                          rule):
    field = next(f for f in segment.fields if f.name == name)
    good = GOOD[segment.tag]
    assert [p for p in segment.problems(good, "B", "w") if p.field == name] == []
    assert rule in [r for r, _m in field_problems(field, bad)]
    assert rule in [p.rule for p in segment.problems({**good, name: bad}, "B", "w")
                    if p.field == name]


def test_every_field_of_every_file_is_covered_by_a_case():
    named = {(s.tag, f.name) for s in (SUBJECT, CONTRACT, LINK) for f in s.fields}
    assert named <= {(s.tag, n) for s, n, _b, _r in CASES}


# --- one passing and one failing example per rule between fields and between files -----

CONTRACT_CASES = {
    "closed_zero": {**TERMINATED, "outstanding": "10"},
    "closed_date": {**LIVING, "closed_on": "12032025"},
    "write_off": {**WRITTEN_OFF, "written_off_on": ""},
    "date_order": {**LIVING, "disbursed_on": "01042025"},
    "overdue_balance": {**WATCH, "overdue": "9001"},
    "dpd_overdue": {**WATCH, "dpd": "0", "classification": "STD"},
    "classification": {**WATCH, "classification": "STD"},
    "disbursed_sanctioned": {**LIVING, "disbursed": "30001"},
}
SUBJECT_CASES = {
    "kyc": {**RAHIMA, "nid": ""},
    "other_id": {**RAHIMA, "other_id_type": "PASSPORT"},
    "date_order": {**RAHIMA, "birth_date": "01042025"},
}


@pytest.mark.parametrize(("rule", "contract"), list(CONTRACT_CASES.items()))
def test_each_rule_between_a_contracts_fields_fails_when_broken(rule, contract):
    found = validate_cib(_records([RAHIMA, NASIMA], [contract]), AS_OF)
    assert rule in [p.rule for p in found]


@pytest.mark.parametrize("contract", [LIVING, WATCH, TERMINATED, WRITTEN_OFF])
def test_each_kind_of_contract_passes_every_rule_when_it_is_right(contract):
    assert validate_cib(_records([RAHIMA, NASIMA], [contract]), AS_OF) == []


@pytest.mark.parametrize(("rule", "subject"), list(SUBJECT_CASES.items()))
def test_each_rule_of_a_subject_fails_when_broken(rule, subject):
    assert rule in [p.rule for p in validate_cib(_records([subject], [LIVING]), AS_OF)]


@pytest.mark.parametrize("subject", [RAHIMA, NASIMA])
def test_a_subject_with_an_nid_or_another_identity_passes(subject):
    contract = {**LIVING, "subject_ref": subject["subject_ref"]}
    assert validate_cib(_records([subject], [contract]), AS_OF) == []


def test_a_contract_whose_subject_is_not_in_the_subject_file_is_a_problem():
    rules = [p.rule for p in validate_cib(_records([NASIMA], [LIVING]), AS_OF)]
    assert "link_subject" in rules and "link_unknown" in rules


def test_a_contract_without_its_borrowers_link_is_a_problem():
    records = _portfolio()
    records.links.pop(0)
    assert [p.rule for p in validate_cib(records, AS_OF)] == ["link_borrower"]


def test_a_subject_or_contract_twice_is_a_problem():
    found = validate_cib(_records([RAHIMA, RAHIMA, NASIMA], [LIVING, LIVING]), AS_OF)
    assert sorted((p.segment, p.rule) for p in found) == [("C", "duplicate"),
                                                          ("S", "duplicate")]


def test_every_rule_between_fields_and_files_has_its_failing_example():
    source = Path(cib.__file__).read_text(encoding="utf-8")
    # each yield names its rule just before its message (a string with spaces)
    rules = {re.search(r'''"(\w+)", \\?\s*f?"[a-z{][^"']* ''', chunk[:200]).group(1)  # type: ignore[union-attr]
             for chunk in source.split("yield ")[1:]}
    covered = set(CONTRACT_CASES) | set(SUBJECT_CASES) | {
        "link_subject", "link_borrower", "link_unknown", "duplicate"}
    assert rules == covered


@pytest.mark.parametrize(("dpd", "name"), [(0, "STD"), (1, "WCH"), (30, "WCH"), (31, "SS"),
                                           (180, "SS"), (181, "DF"), (365, "DF"),
                                           (366, "BL")])
def test_the_classification_follows_mras_days_past_due_bands(dpd, name):
    assert classification(dpd) == name


# --- any valid portfolio validates and reads back ------------------------------------------

names = st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghij"),
                min_size=2, max_size=30).map(str.strip).filter(lambda t: len(t) >= 2)


def _d(day: date) -> str:
    return f"{day.day:02d}{day.month:02d}{day.year:04d}"


@st.composite
def contracts(draw, n: int, subject: str):  # type: ignore[no-untyped-def]
    disbursed = draw(st.dates(date(2015, 1, 1), AS_OF))
    amount = draw(st.integers(1_000, 5_00_000))
    kind = draw(st.sampled_from(["living", "late", "terminated", "written_off"]))
    base = {**LIVING, "contract_ref": f"JBL-0101-L{n:06d}", "subject_ref": subject,
            "disbursed_on": _d(disbursed), "sanctioned": str(amount),
            "disbursed": str(draw(st.integers(1, amount))),
            "installments": str(draw(st.integers(1, 104))),
            "periodicity": draw(st.sampled_from(sorted(cib.PERIODICITY.values()))),
            "installment": str(draw(st.integers(1, amount))), "outstanding": str(amount)}
    if kind == "terminated":
        return {**base, "phase": "TERMINATED", "outstanding": "0",
                "closed_on": _d(draw(st.dates(disbursed, AS_OF)))}
    balance = draw(st.integers(1, amount))
    if kind == "living":
        return {**base, "outstanding": str(balance)}
    overdue, dpd = draw(st.integers(1, balance)), draw(st.integers(1, 2000))
    late = {**base, "outstanding": str(balance), "overdue": str(overdue), "dpd": str(dpd),
            "classification": classification(dpd)}
    if kind == "late":
        return late
    return {**late, "written_off": str(balance),
            "written_off_on": _d(draw(st.dates(disbursed, AS_OF)))}


@st.composite
def portfolios(draw) -> CibRecords:  # type: ignore[no-untyped-def]
    subjects, loans, n = [], [], 0
    for m in range(draw(st.integers(1, 6))):
        ref = f"JBL-0101/M{m:05d}"
        subjects.append({**RAHIMA, "subject_ref": ref, "name": draw(names),
                         "key_person": draw(names), "birth_date": _d(draw(st.dates(
                             date(1940, 1, 1), AS_OF - timedelta(days=18 * 366))))})
        for _ in range(draw(st.integers(1, 3))):
            n += 1
            loans.append(draw(contracts(n, ref)))
    return _records(subjects, loans)


@settings(max_examples=60, deadline=None)
@given(portfolios())
def test_any_valid_portfolio_validates_and_reads_back(records):
    assert validate_cib(records, AS_OF) == []
    _header, back = parse_cib(_files(records))
    assert (back.subjects, back.contracts, back.links) == (
        records.subjects, records.contracts, records.links)
