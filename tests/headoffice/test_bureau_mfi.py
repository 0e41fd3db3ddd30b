"""India's MFI submission file: golden file, every field rule passing and failing, every
rule between fields, generate → parse → compare, and any valid portfolio validates."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings

from app.headoffice.bureau import mfi
from app.headoffice.bureau.fields import Segment, field_problems
from app.headoffice.bureau.mfi import (
    ACTCRD,
    ADRCRD,
    CNSCRD,
    HDR,
    BureauFileError,
    MfiHeader,
    account_values,
    address_values,
    member_values,
    parse_mfi,
    render_mfi,
    validate,
)
from tests.headoffice.mfi_world import (
    ACTIVE,
    AS_OF,
    CLOSED,
    HEADER,
    LATE,
    PORTFOLIO,
    RINA,
    WRITTEN_OFF,
    portfolios,
)

GOLDEN = Path(__file__).parent / "golden" / "mfi_two_members.txt"


def test_the_file_is_byte_for_byte_the_golden_file():
    assert render_mfi(PORTFOLIO, HEADER) == GOLDEN.read_bytes()


def test_the_header_and_trailer_are_byte_for_byte_crif_exports_golden_ones():
    """crif-export's test/fixtures/mfi/golden.CDF, its header and trailer records."""
    header = MfiHeader("MFI0000XXX", "ABC", date(2024, 4, 30), date(2024, 4, 30),
                       "PASSWORD1", "INHOUSE", "INHOUSE")
    assert HDR.encode(header.values()) == (
        "HDRHMMFI1.9MFI0000XXXABC" + " " * 37 + "3004202430042024   PASSWORD1" + " " * 21
        + "INHOUSE" + " " * 23 + "INHOUSE" + " " * 24)
    assert mfi.TRL.encode({"version": "1.9", "member_id": "MFI0000XXX"}) == \
        "TRLHMMFI1.9MFI0000XXX" + " " * 20


def test_a_member_line_of_crif_exports_golden_file_reads_field_by_field():
    line = ("CNSCRD|123|METTUPALAY|THIRUPATTU||ABC  ||||09091983|38|40|F|M01|RAJ|K01||||||||||"
            "||CDB206XXXX||||||||||||||||||||||||||||ADRCRD|196 PATTANVATTAM|TN|635851|196 "
            "PATTANVATTAM|TN|635851||ACTCRD|456|456|METTUPALAY|THIRUPATTU||30042024|T02|1||"
            "Loans to Individual |S04|21092021|21092021|21092021|||35000|35000|35000|24|F03|"
            "1886|1845|0|0||||||||||||")
    record = mfi._record(line)
    assert (record.member["voter_id"], record.member["key_person_relation"],
            record.address["present_pin"], record.accounts[0]["balance"],
            record.accounts[0]["installment"]) == ("CDB206XXXX", "K01", "635851", "1845",
                                                   "1886")


def test_generate_then_parse_gives_back_every_value():
    header, records, trailer = parse_mfi(render_mfi(PORTFOLIO, HEADER))
    assert header["member_id"] == "MFI0000123" and trailer["member_id"] == "MFI0000123"
    for member, record in zip(PORTFOLIO, records, strict=True):
        assert record.member == CNSCRD.decode(CNSCRD.values(member_values(member, AS_OF)))
        assert record.address == ADRCRD.decode(ADRCRD.values(address_values(member)))
        assert list(record.accounts) == [
            ACTCRD.decode(ACTCRD.values(account_values(member, a, AS_OF)))
            for a in member.accounts]


@settings(max_examples=60, deadline=None)
@given(portfolios())
def test_any_valid_portfolio_validates_and_reads_back(members):
    assert validate(members, HEADER) == []
    _h, records, _t = parse_mfi(render_mfi(members, HEADER))
    assert [r.member["member_id"] for r in records] == [m.member_id for m in members]


def test_no_file_while_a_problem_remains_and_every_problem_is_listed():
    broken = [replace(RINA, name="রিনা দাস", pin="7361"),
              replace(RINA, member_id="BJS-001/M00009", gender="X")]
    with pytest.raises(BureauFileError) as raised:
        render_mfi(broken, HEADER)
    assert sorted((p.field, p.rule) for p in raised.value.problems) == [
        ("gender", "code"), ("name1", "latin1"), ("permanent_pin", "format"),
        ("present_pin", "format")]


# --- one passing and one failing example per field rule ---------------------------------

def _values(segment: Segment) -> dict[str, str]:
    if segment is CNSCRD:
        return member_values(RINA, AS_OF)
    if segment is ADRCRD:
        return address_values(RINA)
    if segment is ACTCRD:
        return account_values(RINA, WRITTEN_OFF, AS_OF)
    return HEADER.values()


BAD_BY_KIND = {"code": "ZZZ", "number": "12a", "date": "31022025"}


def _cases():
    for segment in (HDR, CNSCRD, ADRCRD, ACTCRD):
        for f in segment.fields:
            if f.mandatory:
                yield segment, f.name, "", "mandatory"
            if f.kind in BAD_BY_KIND:
                yield segment, f.name, BAD_BY_KIND[f.kind], f.kind
            if f.pattern:
                yield segment, f.name, "AB12", "format"
            if f.kind == "text" and f.constant is None:
                yield segment, f.name, "x" * ((f.width or f.max_len) + 1), "length"
                yield segment, f.name, "Rina|Das", "separator"
                yield segment, f.name, "রিনা", "latin1"
                yield segment, f.name, "Rina\x00", "separator"


CASES = list(_cases())


@pytest.mark.parametrize(("segment", "name", "bad", "rule"), CASES,
                         ids=[f"{s.tag}.{n}-{r}" for s, n, _b, r in CASES])
def test_each_field_rule_fails_on_a_bad_value_and_passes_on_the_good_one(segment, name, bad,
                                                                          rule):
    field = next(f for f in segment.fields if f.name == name)
    good = dict(_values(segment))
    assert [p for p in segment.problems(good, "B", "w") if p.field == name] == []
    assert rule in [r for r, _m in field_problems(field, bad)]


def test_every_field_of_every_segment_is_covered_by_a_case():
    named = {(s.tag, f.name) for s in (HDR, CNSCRD, ADRCRD, ACTCRD) for f in s.fields
             if f.mandatory or f.kind != "text" or f.constant is None}
    assert named <= {(s.tag, n) for s, n, _b, _r in CASES}


# --- one passing and one failing example per rule between fields -------------------------

RULE_CASES = {
    "date_order": [replace(ACTIVE, sanctioned_on=date(2024, 6, 10)),
                   replace(ACTIVE, disbursed_on=date(2025, 4, 1))],
    "closed_zero": [replace(CLOSED, balance_minor=100_00)],
    "closed_date": [replace(CLOSED, closed_on=None), replace(ACTIVE, closed_on=AS_OF)],
    "write_off": [replace(WRITTEN_OFF, written_off_on=None),
                  replace(ACTIVE, written_off_minor=100_00)],
    "overdue_balance": [replace(LATE, overdue_minor=LATE.balance_minor + 100_00)],
    "dpd_overdue": [replace(LATE, dpd=0, status="S04")],
    "delinquent": [replace(ACTIVE, status="S05")],
    "disbursed_sanctioned": [replace(ACTIVE, disbursed_minor=ACTIVE.sanctioned_minor + 1)],
}
MEMBER_CASES = {
    "kyc": replace(RINA, ids=()),
    "age": replace(RINA, birth_date=date(2010, 1, 1)),
    "accounts": replace(RINA, accounts=()),
}


@pytest.mark.parametrize(("rule", "account"), [
    (rule, a) for rule, accounts in RULE_CASES.items() for a in accounts])
def test_each_rule_between_an_accounts_fields_fails_when_broken(rule, account):
    found = validate([replace(RINA, accounts=(account,))], HEADER)
    assert rule in [p.rule for p in found]


@pytest.mark.parametrize("account", [ACTIVE, LATE, CLOSED, WRITTEN_OFF])
def test_each_kind_of_account_passes_every_rule_when_it_is_right(account):
    assert validate([replace(RINA, accounts=(account,))], HEADER) == []


@pytest.mark.parametrize(("rule", "member"), list(MEMBER_CASES.items()))
def test_each_rule_of_a_member_fails_when_broken(rule, member):
    assert rule in [p.rule for p in validate([member], HEADER)]


def test_a_member_twice_in_one_file_is_a_problem():
    assert "duplicate" in [p.rule for p in validate([RINA, RINA], HEADER)]


def test_every_rule_between_fields_has_its_failing_example():
    source = Path(mfi.__file__).read_text(encoding="utf-8")
    rules = set(re.findall(r'yield "\w+", "(\w+)"', source))
    assert rules == set(RULE_CASES) | set(MEMBER_CASES)


def test_a_written_off_loan_closed_after_recovery_keeps_its_write_off():
    recovered = replace(WRITTEN_OFF, status="S12", balance_minor=0, overdue_minor=0, dpd=0,
                        closed_on=AS_OF)
    assert validate([replace(RINA, accounts=(recovered,))], HEADER) == []


def test_a_file_that_is_not_an_mfi_file_is_refused_on_reading():
    with pytest.raises(ValueError):
        parse_mfi(b"H|SHKRSP|1|CRIF|01012025\r\nT|0|0\r\n")
