"""Credit-bureau files of a loan paid out in tranches (issue #18): sanctioned and paid
out so far while it waits for its next tranche; after the manager closes the tranches
early, the amount sanctioned and the smaller amount paid out."""

from __future__ import annotations

from datetime import date, timedelta

from app.domain.bureau_dates import WEEKLY
from app.headoffice.bureau.adapters import adapter
from app.headoffice.bureau.checks import set_setting
from app.headoffice.bureau.mfi_parse import parse_mfi
from app.headoffice.bureau.submission import submit
from app.services.bureau import PersonInput, save_person
from app.services.loan_disbursement import accept_kfs, close_tranches, pay_tranche
from app.services.loans import loan_detail
from tests.services.bureau_world import HUSBAND, SELF
from tests.services.loan_world import TODAY, loan_world, set_business_date
from tests.services.test_loan_disbursement import _sanctioned
from tests.sync.world import register, sync

NOV, DEC = date(2026, 11, 30), date(2026, 12, 31)
SANCTIONED, FIRST, SECOND = 30_000_00, 10_000_00, 5_000_00


def _bangladesh(engine, hq):
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
    pay_tranche(engine, w.accountant, loan_id, FIRST)
    register(hq, engine)
    sync(engine, hq)
    set_setting(hq, "member_id:BB-CIB", "JBL01")
    return w, loan_id


def _contract(hq, as_of, tmp_path) -> list[str]:
    done = submit(hq, adapter("BB-CIB"), as_of, tmp_path / f"jbl-{as_of}", WEEKLY)
    contract = done.paths[1].read_bytes().decode("latin-1").split("\r\n")
    [line] = [row for row in contract if row.startswith("C|")]
    return line.split("|")


def test_a_loan_mid_tranches_reports_sanctioned_and_paid_out_so_far(engine, hq, tmp_path):
    w, loan_id = _bangladesh(engine, hq)
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
    w, loan_id = _bangladesh(engine, hq)
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


def test_the_mfi_file_reports_a_loan_mid_tranches_too(engine, hq, tmp_path):
    w = loan_world(engine, products=("BJS-GL",), max_tranches=3)
    rina = w.members[0]
    save_person(engine, w.officer, rina, SELF)
    save_person(engine, w.officer, rina, HUSBAND)
    loan_id = _sanctioned(engine, w, amount_minor=SANCTIONED)
    accept_kfs(engine, w.officer, loan_id, "bn")
    pay_tranche(engine, w.accountant, loan_id, FIRST)
    register(hq, engine)
    sync(engine, hq)
    set_setting(hq, "member_id:CRIF", "MFI0000123")
    set_setting(hq, "member_name:CRIF", "BEGHORIA JANAKALYAN SAMITY")
    set_setting(hq, "state:BJS-001", "WB")
    out = tmp_path / "crif.txt"
    submit(hq, adapter("CRIF"), NOV, out, WEEKLY)
    _h, records, _t = parse_mfi(out.read_bytes())
    [account] = [a for r in records for a in r.accounts]
    assert (account["sanctioned"], account["disbursed"], account["balance"],
            account["disbursed_on"]) == ("30000", "10000", "10000", TODAY.strftime("%d%m%Y"))
