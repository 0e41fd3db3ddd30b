"""Credit-bureau files of a loan paid out in tranches (issue #18): sanctioned and paid
out so far while it waits for its next tranche; after the manager closes the tranches
early, the amount sanctioned and the smaller amount paid out; when every tranche is
reversed, a bureau that was sent the loan is told it is cancelled (nothing owed, nothing
paid out), and one that never was hears nothing."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.bureau_dates import WEEKLY
from app.headoffice.bureau.adapters import adapter
from app.headoffice.bureau.checks import set_setting
from app.headoffice.bureau.mfi_parse import parse_mfi
from app.headoffice.bureau.submission import submit
from app.services.bureau import PersonInput, save_person
from app.services.loan_disbursement import accept_kfs, close_tranches, pay_tranche
from app.services.loan_reversal import reverse_loan_entry
from app.services.loan_sanction import reject_loan
from app.services.loans import loan_detail
from tests.services.bureau_world import HUSBAND, SELF
from tests.services.loan_world import TODAY, loan_world, set_business_date
from tests.services.test_loan_disbursement import _sanctioned
from tests.sync.world import register, sync

NOV, DEC = date(2026, 11, 30), date(2026, 12, 31)
SANCTIONED, FIRST, SECOND = 30_000_00, 10_000_00, 5_000_00


def _bangladesh(engine, hq, reversed_on=None):
    """A Janata Bank SFDP loan of 30,000 paid in up to 3 tranches, its first paid."""
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", members=7,
                   products=("JB-SFDP",), max_tranches=3)
    member = w.members[0]
    save_person(engine, w.officer, member, PersonInput(
        "self", "Rahima Begum", gender="F", date_of_birth=date(1988, 2, 3),
        id_document_type="nid", id_document_number="1234567890123",
        address_latin="Chandina, Cumilla", postal_code="3510"))
    save_person(engine, w.officer, member, HUSBAND)
    loan_id = _sanctioned(engine, w, product="JB-SFDP", amount_minor=SANCTIONED)
    accept_kfs(engine, w.officer, loan_id, "bn")
    paid = pay_tranche(engine, w.accountant, loan_id, FIRST)
    if reversed_on is not None:  # before head office hears of it
        _reverse(engine, w, paid, reversed_on)
    register(hq, engine)
    sync(engine, hq)
    set_setting(hq, "member_id:BB-CIB", "JBL01")
    return w, loan_id, paid


def _reverse(engine, w, paid, on):
    set_business_date(engine, on)
    reverse_loan_entry(engine, w.manager, paid.journal_ids[0], "Paid to the wrong member")


def _contracts(hq, as_of, tmp_path) -> list[list[str]]:
    done = submit(hq, adapter("BB-CIB"), as_of, tmp_path / f"jbl-{as_of}", WEEKLY)
    contract = done.paths[1].read_bytes().decode("latin-1").split("\r\n")
    return [row.split("|") for row in contract if row.startswith("C|")]


def _contract(hq, as_of, tmp_path) -> list[str]:
    [line] = _contracts(hq, as_of, tmp_path)
    return line


def test_a_loan_mid_tranches_reports_sanctioned_and_paid_out_so_far(engine, hq, tmp_path):
    w, loan_id, _paid = _bangladesh(engine, hq)
    c = _contract(hq, NOV, tmp_path)
    # disbursed on the first tranche's day; sanctioned 30,000, paid out 10,000, owed 10,000
    assert c[5:10] == ["LIVING", c[6], TODAY.strftime("%d%m%Y"), "30000", "10000"]
    assert (c[13], c[14], c[15]) == ("10000", "0", "0")  # nothing due before the last
    set_business_date(engine, TODAY + timedelta(days=28))
    pay_tranche(engine, w.accountant, loan_id, SECOND)
    sync(engine, hq)
    c = _contract(hq, DEC, tmp_path)
    assert (c[7], c[8], c[9], c[13]) == (TODAY.strftime("%d%m%Y"), "30000", "15000", "15000")


def test_after_an_early_close_sanctioned_and_disbursed_differ(engine, hq, tmp_path):
    w, loan_id, _paid = _bangladesh(engine, hq)
    set_business_date(engine, TODAY + timedelta(days=28))
    pay_tranche(engine, w.accountant, loan_id, SECOND)
    set_business_date(engine, TODAY + timedelta(days=30))
    close_tranches(engine, w.manager, loan_id, "The shed is built")
    sync(engine, hq)
    c = _contract(hq, DEC, tmp_path)
    owed = loan_detail(engine, loan_id).outstanding_principal_minor
    assert owed == FIRST + SECOND  # the loan became what was paid out, none repaid yet
    assert (c[7], c[8], c[9]) == (TODAY.strftime("%d%m%Y"), "30000", "15000")
    assert c[13] == str(owed // 100) and c[12] != ""  # now it has its installments


def _india(engine, hq, reversed_on=None):
    """A BJS loan of 30,000 in up to 3 tranches, its first paid (and reversed on
    `reversed_on` before head office hears of it)."""
    w = loan_world(engine, products=("BJS-GL",), max_tranches=3)
    rina = w.members[0]
    save_person(engine, w.officer, rina, SELF)
    save_person(engine, w.officer, rina, HUSBAND)
    loan_id = _sanctioned(engine, w, amount_minor=SANCTIONED)
    accept_kfs(engine, w.officer, loan_id, "bn")
    paid = pay_tranche(engine, w.accountant, loan_id, FIRST)
    if reversed_on is not None:
        _reverse(engine, w, paid, reversed_on)
    register(hq, engine)
    sync(engine, hq)
    set_setting(hq, "member_id:CRIF", "MFI0000123")
    set_setting(hq, "member_name:CRIF", "BEGHORIA JANAKALYAN SAMITY")
    set_setting(hq, "state:BJS-001", "WB")
    return w, paid


def _mfi_accounts(hq, as_of, tmp_path) -> list[dict[str, str]]:
    out = tmp_path / f"crif-{as_of}.txt"
    submit(hq, adapter("CRIF"), as_of, out, WEEKLY)
    _h, records, _t = parse_mfi(out.read_bytes())
    return [a for r in records for a in r.accounts]


def test_the_mfi_file_reports_a_loan_mid_tranches_too(engine, hq, tmp_path):
    _india(engine, hq)
    [account] = _mfi_accounts(hq, NOV, tmp_path)
    assert (account["sanctioned"], account["disbursed"], account["balance"],
            account["disbursed_on"]) == ("30000", "10000", "10000", TODAY.strftime("%d%m%Y"))


REVERSED_ON = date(2026, 12, 2)


def test_a_reported_loan_whose_tranches_were_all_reversed_is_cancelled_in_the_mfi_file(
        engine, hq, tmp_path):
    w, paid = _india(engine, hq)
    [before] = _mfi_accounts(hq, NOV, tmp_path)
    assert before["status"] == "S04"
    _reverse(engine, w, paid, REVERSED_ON)
    sync(engine, hq)
    [after] = _mfi_accounts(hq, DEC, tmp_path)
    assert (after["account_ref"], after["status"], after["closed_on"], after["disbursed_on"],
            after["sanctioned"], after["disbursed"], after["balance"], after["overdue"]) == (
        before["account_ref"], "S15", "02122026", TODAY.strftime("%d%m%Y"), "30000", "0",
        "0", "0")


def test_a_cancelled_loan_is_told_once_and_then_left_out(engine, hq, tmp_path):
    w, paid = _india(engine, hq)
    _mfi_accounts(hq, NOV, tmp_path)
    _reverse(engine, w, paid, REVERSED_ON)
    reject_loan(engine, w.manager2, paid.loan_id, "She moved away")  # no longer sanctioned
    sync(engine, hq)
    assert [a["status"] for a in _mfi_accounts(hq, DEC, tmp_path)] == ["S15"]
    assert _mfi_accounts(hq, date(2027, 1, 31), tmp_path) == []


def test_a_loan_whose_tranches_were_all_reversed_before_any_file_is_never_reported(
        engine, hq, tmp_path):
    _india(engine, hq, reversed_on=TODAY + timedelta(days=1))
    assert _mfi_accounts(hq, NOV, tmp_path) == []


def test_another_bureau_never_sent_the_loan_does_not_hear_of_its_cancellation(
        engine, hq, tmp_path):
    w, paid = _india(engine, hq)
    _mfi_accounts(hq, NOV, tmp_path)  # CRIF was sent it; Equifax was not
    _reverse(engine, w, paid, REVERSED_ON)
    sync(engine, hq)
    set_setting(hq, "member_id:EQUIFAX", "MFI0000456")
    set_setting(hq, "member_name:EQUIFAX", "BEGHORIA JANAKALYAN SAMITY")
    out = tmp_path / "equifax.txt"
    submit(hq, adapter("EQUIFAX"), DEC, out, WEEKLY)
    assert [a for r in parse_mfi(out.read_bytes())[1] for a in r.accounts] == []


def test_a_reported_contract_whose_tranches_were_all_reversed_is_terminated_owing_nothing(
        engine, hq, tmp_path):
    w, loan_id, paid = _bangladesh(engine, hq)
    assert _contract(hq, NOV, tmp_path)[5] == "LIVING"
    _reverse(engine, w, paid, REVERSED_ON)
    sync(engine, hq)
    c = _contract(hq, DEC, tmp_path)
    assert (c[5], c[7], c[8], c[9], c[13], c[14], c[15], c[18]) == (
        "TERMINATED", TODAY.strftime("%d%m%Y"), "30000", "0", "0", "0", "0", "02122026")
    assert _contracts(hq, date(2027, 1, 31), tmp_path) == []


def test_a_contract_cancelled_before_any_file_is_never_reported(engine, hq, tmp_path):
    _bangladesh(engine, hq, reversed_on=TODAY + timedelta(days=1))
    assert _contracts(hq, NOV, tmp_path) == []
