"""Submission files from what branches synced: full at month-end, the changes between
reference dates, nothing written while a field is wrong, rejections back to the branch."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.cli import main
from app.domain.bureau_dates import WEEKLY
from app.headoffice.bureau.adapters import adapter
from app.headoffice.bureau.checks import set_setting
from app.headoffice.bureau.corrections import corrections, import_rejections
from app.headoffice.bureau.enquiry import Rejection, write_rejections
from app.headoffice.bureau.mfi import BureauFileError
from app.headoffice.bureau.mfi_parse import parse_mfi
from app.headoffice.bureau.models import HqBureauFile
from app.headoffice.bureau.submission import submit
from app.headoffice.requests import branch_requests
from app.services.bureau import PersonInput, save_person
from app.services.loan_closure import prepay_loan, prepayment_quote
from app.services.loans import loan_detail
from tests.services.bureau_world import HUSBAND, SELF
from tests.services.loan_world import TODAY, disbursed_loan, loan_world
from tests.sync.world import register, sync

CRIF = adapter("CRIF")
MONTH_END = date(2026, 11, 30)


@pytest.fixture
def synced(engine, hq):
    """Two borrowers synced to head office: Rina (checked, her loan prepaid) and a
    second member whose details for the bureau the branch has not entered yet."""
    world = loan_world(engine)
    rina, other = world.members[:2]
    save_person(engine, world.officer, rina, SELF)
    save_person(engine, world.officer, rina, HUSBAND)
    first = disbursed_loan(engine, world, rina)
    prepay_loan(engine, world.officer, first, prepayment_quote(engine, first).amount_minor)
    second = disbursed_loan(engine, world, other)
    key = register(hq, engine)
    sync(engine, hq)
    set_setting(hq, "member_id:CRIF", "MFI0000123")
    set_setting(hq, "member_name:CRIF", "BEGHORIA JANAKALYAN SAMITY")
    set_setting(hq, "state:BJS-001", "WB")
    return world, key, first, second


def _ref(engine, member_id: int) -> str:
    """The member's id in the bureau files: branch code / member code."""
    from app.db.models import Member

    with Session(engine) as s:
        return f"BJS-001/{s.get(Member, member_id).code}"


def _complete(engine, world, hq, key) -> None:
    """The branch enters the second member's details; they reach head office."""
    save_person(engine, world.officer, world.members[1], PersonInput(
        "self", "Salma Khatun", gender="F", date_of_birth=date(1984, 11, 30),
        id_document_type="voter_id", id_document_number="WB1234568",
        address_latin="Ward 2, Dinhata", postal_code="736135"))
    sync(engine, hq)


def test_nothing_is_written_while_a_member_lacks_her_details(engine, hq, synced, tmp_path):
    world = synced[0]
    out = tmp_path / "out" / "crif.txt"
    out.parent.mkdir()
    with pytest.raises(BureauFileError) as raised:
        submit(hq, CRIF, MONTH_END, out, WEEKLY)
    where = {p.where.split(" / ")[0] for p in raised.value.problems}
    assert where == {_ref(engine, world.members[1])}  # every problem of hers, none of Rina's
    assert {"name1", "birth_date", "permanent_pin"} <= {p.field for p in raised.value.problems}
    assert list(out.parent.iterdir()) == []
    with Session(hq) as s:
        assert s.scalar(select(func.count()).select_from(HqBureauFile)) == 0


def test_the_month_end_file_is_full_and_reads_as_the_branch_sees_its_loans(engine, hq,
                                                                          synced, tmp_path):
    world, key, first, second = synced
    _complete(engine, world, hq, key)
    out = tmp_path / "crif.txt"
    done = submit(hq, CRIF, MONTH_END, out, WEEKLY)
    assert (done.records, done.accounts, done.full) == (2, 2, True)
    _h, records, _t = parse_mfi(out.read_bytes())
    accounts = {a["account_ref"]: a for r in records for a in r.accounts}
    closed, open_ = accounts[loan_detail(engine, first).loan_no], \
        accounts[loan_detail(engine, second).loan_no]
    assert (closed["status"], closed["balance"], closed["closed_on"]) == ("S07", "0", "25112026")
    outstanding = loan_detail(engine, second).outstanding_principal_minor
    assert (open_["status"], open_["balance"]) == ("S04", str(outstanding // 100))
    rina = next(r for r in records if r.member["member_id"] == _ref(engine, world.members[0]))
    assert (rina.member["name1"], rina.member["key_person_name"],
            rina.member["key_person_relation"], rina.member["uid"],
            rina.address["present_pin"]) == ("Rina Das", "Gopal Das", "K02", "123456789012",
                                             "736135")
    with Session(hq) as s:
        kept = s.scalars(select(HqBureauFile).where(HqBureauFile.kind == "submission")).one()
        assert bytes(kept.content) == out.read_bytes() and kept.as_of == MONTH_END


def test_a_weekly_file_carries_only_what_changed_since_the_previous_date(engine, hq, synced,
                                                                         tmp_path):
    world, key, first, second = synced
    _complete(engine, world, hq, key)
    out = tmp_path / "week.txt"
    done = submit(hq, CRIF, date(2026, 12, 9), out, WEEKLY)  # since 30 November
    _h, records, _t = parse_mfi(out.read_bytes())
    refs = [a["account_ref"] for r in records for a in r.accounts]
    assert not done.full
    assert refs == [loan_detail(engine, second).loan_no]  # the prepaid one closed before


def test_a_rejection_file_becomes_corrections_asked_of_the_branch(engine, hq, synced):
    world, _key, first, _second = synced
    loan_no = loan_detail(engine, first).loan_no
    data = write_rejections("CRIF", "crif.txt", TODAY, [
        Rejection(_ref(engine, world.members[0]), loan_no, "ACTCRD", "purpose", "E204", "purpose unclear"),
        Rejection("XYZ-9/M1", "XYZ-9-L1", "CNSCRD", "name1", "E100", "unknown member")])
    queued = import_rejections(hq, CRIF, data, "crif-rejections.txt")
    assert (queued.corrections, queued.branches, queued.unknown) == (1, ("BJS-001",),
                                                                     ("XYZ-9/M1",))
    (waiting,) = corrections(hq, "BJS-001")
    correction = waiting.row
    assert (correction.field, correction.code, waiting.state) == ("purpose", "E204", "asked")
    (asked,) = branch_requests(hq, "BJS-001")
    assert asked.request_id == correction.request_id and "purpose unclear" in asked.text
    assert import_rejections(hq, CRIF, data, "again.txt").already


def test_a_correction_leaves_the_queue_when_the_branch_answers_it(engine, hq, hq_url, synced,
                                                                  capsys):
    from app.services.hq_requests import answer_request

    world, _key, first, _second = synced
    import_rejections(hq, CRIF, write_rejections("CRIF", "crif.txt", TODAY, [Rejection(
        _ref(engine, world.members[0]), loan_detail(engine, first).loan_no, "ACTCRD",
        "purpose", "E204", "purpose unclear")]), "crif-rejections.txt")
    (waiting,) = corrections(hq, "BJS-001")
    sync(engine, hq)  # the request reaches the branch…
    answer_request(engine, world.manager, str(waiting.row.request_id),
                   "Purpose corrected to goat rearing")
    assert len(corrections(hq, "BJS-001")) == 1  # …the answer has not come up yet
    sync(engine, hq)
    assert corrections(hq, "BJS-001") == []
    (done,) = corrections(hq, "BJS-001", include_done=True)
    assert (done.state, done.answer) == ("answered", "Purpose corrected to goat rearing")
    assert main(["hq", "bureau", "corrections", "--db", hq_url]) == 0
    assert "no corrections waiting" in capsys.readouterr().out
    assert main(["hq", "bureau", "corrections", "--all", "--db", hq_url]) == 0
    assert "answered" in capsys.readouterr().out


def test_the_command_lists_every_problem_and_writes_no_file(engine, hq, hq_url, synced,
                                                            tmp_path, capsys):
    out = tmp_path / "crif.txt"
    code = main(["hq", "bureau", "submit", "--as-of", "2026-11-30", "--bureau", "CRIF",
                 "--out", str(out), "--calendar", "weekly", "--db", hq_url])
    printed, err = capsys.readouterr()
    assert code == 2 and not out.exists()
    assert _ref(engine, synced[0].members[1]) in printed and "no file was written" in err
    assert "Traceback" not in err


@pytest.mark.parametrize("args", [
    ["--as-of", "30-11-2026"], ["--as-of", "2099-01-01"], ["--bureau", "ACME"],
    ["--calendar", "9,x,end"], ["--out", "/no/such/folder/f.txt"],
])
def test_the_command_refuses_bad_words_before_anything(hq_url, tmp_path, capsys, args):
    base = {"--as-of": "2026-11-30", "--bureau": "CRIF", "--out": str(tmp_path / "f.txt"),
            "--calendar": "weekly"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    words = [w for pair in base.items() for w in pair]
    assert main(["hq", "bureau", "submit", *words, "--db", hq_url]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert not (tmp_path / "f.txt").exists()


def test_a_bangladesh_branch_gets_its_monthly_subject_contract_and_link_files(engine, hq,
                                                                             tmp_path):
    world = loan_world(engine, profile="bangladesh_mra", currency="BDT", members=7,
                       products=("JB-SFDP",))
    member = world.members[0]
    save_person(engine, world.officer, member, PersonInput(
        "self", "Rahima Begum", gender="F", date_of_birth=date(1988, 2, 3),
        id_document_type="nid", id_document_number="1234567890123",
        address_latin="Chandina, Cumilla", postal_code="3510"))
    save_person(engine, world.officer, member, HUSBAND)
    disbursed_loan(engine, world, member, product="JB-SFDP", amount_minor=30_000_00)
    register(hq, engine)
    sync(engine, hq)
    set_setting(hq, "member_id:BB-CIB", "JBL01")
    done = submit(hq, adapter("BB-CIB"), MONTH_END, tmp_path / "jbl-2026-11", WEEKLY)
    subject, contract, link = (p.read_bytes().decode("latin-1").split("\r\n")
                               for p in done.paths)
    assert [p.name for p in done.paths] == ["jbl-2026-11.subject.txt",
                                            "jbl-2026-11.contract.txt", "jbl-2026-11.link.txt"]
    ref = _ref(engine, member)
    assert subject[1].startswith(f"S|{ref}|Rahima Begum|Gopal Das|H|F|03021988|"
                                 "1234567890123|")
    assert contract[1].split("|")[4:6] == ["MICRO", "LIVING"]
    assert link[1] == f"L|{ref}|{contract[1].split('|')[1]}|B"
    with pytest.raises(Exception, match="monthly"):
        submit(hq, adapter("BB-CIB"), date(2026, 11, 23), tmp_path / "x", WEEKLY)


def test_a_file_after_a_skipped_date_carries_the_changes_since_the_last_file_written(
        engine, hq, synced, tmp_path):
    world, key, first, second = synced
    _complete(engine, world, hq, key)
    submit(hq, CRIF, date(2026, 11, 16), tmp_path / "16.txt", WEEKLY)  # before both loans
    # the 23rd and the month-end were skipped: the file as on 9 December reports what
    # happened since the 16th of November — the prepaid loan's closure too
    submit(hq, CRIF, date(2026, 12, 9), tmp_path / "9.txt", WEEKLY)
    _h, records, _t = parse_mfi((tmp_path / "9.txt").read_bytes())
    assert sorted(a["account_ref"] for r in records for a in r.accounts) == sorted(
        loan_detail(engine, loan).loan_no for loan in (first, second))


def test_the_command_refuses_a_date_that_is_not_a_reference_date(hq_url, tmp_path, capsys):
    out = tmp_path / "f.txt"
    assert main(["hq", "bureau", "submit", "--as-of", "2026-11-20", "--bureau", "CRIF",
                 "--out", str(out), "--calendar", "weekly", "--db", hq_url]) == 2
    assert "the one before it is 2026-11-16" in capsys.readouterr().err
    assert not out.exists()
