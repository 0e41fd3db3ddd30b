"""Our enquiry, response and rejection layouts: what a bureau's answer can say, and what
a malformed file gets (a refusal naming the line, nothing half read)."""

from __future__ import annotations

from datetime import date

import pytest

from app.domain.bureau import BureauReport, ReportedAccount
from app.headoffice.bureau.adapters import ADAPTERS, adapter, which_bureau
from app.headoffice.bureau.enquiry import (
    EnquiryLine,
    ExchangeError,
    Rejection,
    read_rejections,
    read_response,
    write_enquiry,
    write_rejections,
    write_response,
)

ON = date(2025, 3, 10)
HEADER = "H|SHKRSP|1|CRIF|10032025"


def response(*lines: str, trailer: str | None = None) -> bytes:
    reports = sum(1 for line in lines if line.startswith("R|"))
    accounts = sum(1 for line in lines if line.startswith("A|"))
    tail = trailer or f"T|{reports}|{accounts}"
    return ("\r\n".join([HEADER, *lines, tail]) + "\r\n").encode("latin-1")


ACCOUNT = "A|r1|Asha Microfin|AS-77|ACTIVE|Y|N|15000|500|12|0|400|F01||01012025|"


def test_a_hit_reads_every_account_field():
    _bureau, reports = read_response(response("R|r1|HIT|10032025|CR-1|", ACCOUNT))
    (account,) = reports["r1"].accounts
    assert (account.lender, account.account_ref, account.status, account.outstanding_minor,
            account.overdue_minor, account.dpd, account.installment_minor,
            account.frequency, account.opened_on) == (
        "Asha Microfin", "AS-77", "active", 15_000_00, 500_00, 12, 400_00, "weekly",
        date(2025, 1, 1))


def test_no_hit_is_a_report_with_no_accounts():
    _b, reports = read_response(response("R|r1|NOHIT|10032025||"))
    assert (reports["r1"].outcome, reports["r1"].accounts) == ("no_hit", ())


def test_several_matching_people_is_its_own_outcome_with_the_bureaus_note():
    _b, reports = read_response(response("R|r1|MULTI|10032025||3 people match"))
    assert (reports["r1"].outcome, reports["r1"].note) == ("multiple", "3 people match")


def test_a_missing_installment_is_unknown_not_zero():
    line = ACCOUNT.replace("|400|F01|", "|||")
    _b, reports = read_response(response("R|r1|HIT|10032025||", line))
    (account,) = reports["r1"].accounts
    assert (account.installment_minor, account.frequency, account.monthly()) == (
        None, None, None)


def test_a_bullet_loan_carries_its_term_and_is_spread_over_it():
    line = ACCOUNT.replace("|400|F01||", "|12000.00|F08|12|")
    _b, reports = read_response(response("R|r1|HIT|10032025||", line))
    (account,) = reports["r1"].accounts
    assert (account.frequency, account.term_months, str(account.monthly())) == (
        "bullet", 12, "1000.00")


def test_what_we_write_a_bureau_desk_can_return_and_we_read_the_same():
    reports = {"r1": BureauReport("hit", ON, "CRIF", (
        ReportedAccount("Asha", "A-1", "active", outstanding_minor=12_345_67,
                        installment_minor=None, frequency=None),
        ReportedAccount("Jana", "J-2", "written_off", written_off_minor=5_000_00,
                        closed_on=date(2024, 1, 2)))), "r2": BureauReport("no_hit", ON, "CRIF")}
    assert read_response(write_response("CRIF", ON, reports)) == ("CRIF", reports)


@pytest.mark.parametrize(("content", "reason"), [
    (b"", "header"), (b"H|SHKENQ|1|CRIF|10032025\r\nT|0\r\n", "header"),
    (response("R|r1|HIT|10032025||", trailer="T|2|0"), "counts"),
    (response("R|r1|MAYBE|10032025||"), "report line"),
    (response("R|r1|HIT|31022025||"), "date"),
    (response("R|r1|HIT|||"), "no date"),
    (response(ACCOUNT), "before its report"),
    (response("R|r1|HIT|10032025||", "R|r1|HIT|10032025||"), "twice"),
    (response("R|r1|HIT|10032025||", ACCOUNT.replace("15000", "-15000")), "amount"),
    (response("R|r1|HIT|10032025||", ACCOUNT.replace("15000", "1" * 20)), "amount"),
    (response("R|r1|HIT|10032025||", ACCOUNT.replace("ACTIVE", "OPEN")), "status"),
    (response("R|r1|HIT|10032025||", ACCOUNT.replace("F01", "F99")), "frequency"),
    (response("R|r1|HIT|10032025||", ACCOUNT + "|extra"), "16 fields"),
    (response("R|r1|HIT|10032025||", ACCOUNT.replace("|12|", "|99999|")), "number"),
    (response("R|r1|NOHIT|10032025||", ACCOUNT), "no accounts"),
    (response("X|r1"), "R or A"),
    (response("R|r1|HIT|10032025||nul\x00"), "NUL"),
])
def test_a_malformed_response_is_refused_naming_what_is_wrong(content, reason):
    with pytest.raises(ExchangeError, match=reason):
        read_response(content)


def test_a_file_of_more_than_fifty_megabytes_is_refused_before_it_is_read():
    with pytest.raises(ExchangeError, match="50 MB"):
        read_response(b"H|SHKRSP|1|CRIF|10032025\r\n" + b" " * 50_000_001)


def test_an_enquiry_carries_the_checked_identity_and_the_consent():
    line = EnquiryLine("r1", "BJS-001", "BJS-001/M00001", {
        "name_latin": "Rina Das", "gender": "F", "date_of_birth": "1990-04-02",
        "id_document_type": "aadhaar", "id_document_number": "123456789012",
        "relation": "self"}, "Ward 4, Dinhata", "736135", "WB", 20_000_00,
        {"given_on": "2025-03-10", "method": "thumb"})
    text = write_enquiry("CRIF", "MFI0000123", ON, [line]).decode("latin-1")
    assert text.split("\r\n")[1] == ("E|r1|BJS-001|BJS-001/M00001|Rina Das|F|02041990|aadhaar|"
                                     "123456789012|self|Ward 4, Dinhata|736135|WB|20000|"
                                     "10032025|THUMB")
    assert text.endswith("T|1\r\n")


def test_a_separator_in_a_value_never_breaks_the_enquirys_columns():
    line = EnquiryLine("r1", "B", "B/M", {"name_latin": "Rina|Das"}, "a~b", "", "", 0, {})
    row = write_enquiry("CRIF", "M", ON, [line]).decode("latin-1").split("\r\n")[1]
    assert row.count("|") == 15 and "~" not in row


def test_a_rejection_file_reads_back_what_the_bureau_rejected():
    rejected = [Rejection("BJS-001/M00001", "BJS-001-L000001", "ACTCRD", "balance",
                          "E101", "closed account with a balance")]
    data = write_rejections("CRIF", "MFI_20250331.txt", ON, rejected)
    assert read_rejections(data) == ("CRIF", "MFI_20250331.txt", rejected)
    assert which_bureau(data) == ("rejection", "CRIF")


def test_every_bureau_of_both_countries_has_an_adapter_in_batch_mode():
    assert sorted(ADAPTERS) == ["BB-CIB", "CIBIL", "CRIF", "EQUIFAX", "EXPERIAN",
                                "MRA-MFCIB"]
    assert {a.submission for a in ADAPTERS.values() if a.country == "IN"} == {"mfi"}
    assert all(a.api is None for a in ADAPTERS.values())  # no API client configured


def test_one_bureaus_answer_is_not_read_as_anothers():
    data = write_response("EQUIFAX", ON, {})
    with pytest.raises(ExchangeError, match="EQUIFAX"):
        adapter("crif").read_response(data)


def test_a_file_that_is_no_exchange_file_is_named_so():
    with pytest.raises(ExchangeError):
        which_bureau(b"%PDF-1.4")
