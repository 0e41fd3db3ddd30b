"""A bureau check from the branch to head office, to the bureau and back, over the real
sync and USB paths: each request once, the raw answer kept, the summary on the
application."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from app.domain.bureau import BureauReport, ReportedAccount
from app.headoffice.admin import AdminError
from app.headoffice.bureau.adapters import adapter
from app.headoffice.bureau.checks import (
    enquire,
    enquire_online,
    import_response,
    report_history,
    set_setting,
    take_requests,
)
from app.headoffice.bureau.enquiry import write_response
from app.headoffice.bureau.models import HqBureauFile, HqBureauRequest
from app.headoffice.usb import import_bundle
from app.services.bureau import ask_for_bureau_check
from app.services.bureau_checks import bureau_panel
from app.services.loan_application import apply_for_loan
from app.sync.bundle import export_bundle, import_receipt
from tests.services.bureau_world import HUSBAND, checked_household
from tests.services.loan_world import TODAY, application, loan_world
from tests.sync.world import hq_keys, register, sync

CRIF = adapter("CRIF")


@pytest.fixture
def asked(engine, hq):
    """A branch that asked for checks of an applicant and her husband, registered at
    head office, which knows its member id with CRIF."""
    world = loan_world(engine)
    loan_id = apply_for_loan(engine, world.officer, application(world.members[0])).loan_id
    me, husband = checked_household(engine, world.officer, world.members[0], HUSBAND)
    ids = [ask_for_bureau_check(engine, world.officer, loan_id, p, "thumb")
           for p in (me, husband)]
    set_setting(hq, "member_id:CRIF", "MFI0000123")
    set_setting(hq, "state:BJS-001", "WB")
    return world, loan_id, ids, register(hq, engine)


def _requests(hq) -> list[str]:
    with Session(hq) as s:
        return sorted(s.scalars(select(HqBureauRequest.request_id)))


def _states(engine, loan_id) -> list[str]:
    return [line.state for line in bureau_panel(engine, loan_id).lines]


def test_a_request_synced_twice_is_one_request_at_head_office(engine, hq, asked):
    _world, _loan, ids, _device = asked
    sync(engine, hq)
    sync(engine, hq)
    assert take_requests(hq).new == 2
    assert take_requests(hq).new == 0
    assert _requests(hq) == sorted(ids)


def test_a_request_carried_on_two_usb_sticks_is_one_request(engine, hq, asked, tmp_path):
    _world, _loan_id, ids, _device = asked
    sticks = [tmp_path / "monday.shakha", tmp_path / "tuesday.shakha"]
    for stick in sticks:  # the same events on both: no receipt came back in between
        export_bundle(engine, stick)
    for n, stick in enumerate(sticks + sticks):  # and each imported twice
        import_bundle(hq, hq_keys(), stick, tmp_path / f"receipt{n}.shakha")
    import_receipt(engine, tmp_path / "receipt0.shakha")
    assert take_requests(hq).new == 2
    sync(engine, hq)  # …then the network too
    assert take_requests(hq).new == 0
    assert _requests(hq) == sorted(ids)


def test_the_enquiry_carries_each_request_once_and_the_branch_hears_it_was_sent(
        engine, hq, asked, tmp_path):
    _world, loan_id, ids, _device = asked
    sync(engine, hq)
    out = tmp_path / "enquiry.txt"
    assert enquire(hq, CRIF, out, TODAY) == 2
    lines = out.read_bytes().decode("latin-1").split("\r\n")
    assert [line.split("|")[1] for line in lines if line.startswith("E|")] == ids
    assert "Rina Das" in lines[1] and "WB" in lines[1]
    assert enquire(hq, CRIF, tmp_path / "again.txt", TODAY) == 0
    assert not (tmp_path / "again.txt").exists()
    assert not list(tmp_path.glob(".*.part"))
    sync(engine, hq)
    assert _states(engine, loan_id) == ["sent", "sent"]


def test_no_enquiry_without_head_offices_member_id_with_the_bureau(engine, hq, asked,
                                                                   tmp_path):
    _world, _loan, _ids, _device = asked
    sync(engine, hq)
    with pytest.raises(AdminError, match="member id"):
        enquire(hq, adapter("EQUIFAX"), tmp_path / "e.txt", TODAY)
    assert not (tmp_path / "e.txt").exists()


def _answer(ids: list[str]) -> bytes:
    return write_response("CRIF", TODAY, {
        ids[0]: BureauReport("hit", TODAY, "CRIF", (
            ReportedAccount("Asha Microfin", "AS-77", "active", outstanding_minor=15_000_00,
                            installment_minor=400_00, frequency="weekly"),), "CR-1"),
        ids[1]: BureauReport("no_hit", TODAY, "CRIF")})


def test_the_bureaus_answer_reaches_the_application_with_the_next_sync(engine, hq, asked,
                                                                       tmp_path):
    _world, loan_id, ids, _device = asked
    sync(engine, hq)
    enquire(hq, CRIF, tmp_path / "enquiry.txt", TODAY)
    result = import_response(hq, CRIF, _answer(ids), "crif-response.txt")
    assert (result.reports, result.already, result.unknown) == (2, False, [])
    sync(engine, hq)
    panel = bureau_panel(engine, loan_id)
    assert [line.state for line in panel.lines] == ["received", "no_record"]
    assert panel.credit.total.lenders == ("ASHA MICROFIN",)
    assert panel.credit.total.outstanding == 15_000


def test_the_raw_answer_is_kept_as_it_came_and_cannot_be_altered(engine, hq, asked):
    _world, _loan, ids, _device = asked
    sync(engine, hq)
    take_requests(hq)
    content = _answer(ids)
    import_response(hq, CRIF, content, "crif-response.txt")
    with Session(hq) as s:
        stored = s.scalars(select(HqBureauFile).where(HqBureauFile.kind == "response")).one()
        assert bytes(stored.content) == content
    with hq.connect() as conn, pytest.raises(DBAPIError):
        conn.execute(text("UPDATE hq_bureau_file SET content = 'x'"))
    with hq.connect() as conn, pytest.raises(DBAPIError):
        conn.execute(text("DELETE FROM hq_bureau_report"))


def test_the_same_answer_imported_twice_is_kept_once_a_new_one_adds_history(engine, hq,
                                                                            asked):
    _world, _loan, ids, _device = asked
    sync(engine, hq)
    take_requests(hq)
    import_response(hq, CRIF, _answer(ids), "a.txt")
    assert import_response(hq, CRIF, _answer(ids), "a-again.txt").already
    later = write_response("CRIF", date(2026, 12, 20), {
        ids[0]: BureauReport("no_hit", date(2026, 12, 20), "CRIF")})
    import_response(hq, CRIF, later, "b.txt")
    history = report_history(hq, ids[0])
    assert [(r.outcome, f.name) for r, f in history] == [("hit", "a.txt"), ("no_hit", "b.txt")]
    with Session(hq) as s:
        request = s.scalars(select(HqBureauRequest).where(
            HqBureauRequest.request_id == ids[0])).one()
        assert json.loads(request.consent)["method"] == "thumb"  # linked to the consent


def test_an_answer_about_a_request_head_office_never_had_is_named(engine, hq, asked):
    answer = write_response("CRIF", TODAY, {"no-such-request": BureauReport(
        "no_hit", TODAY, "CRIF")})
    result = import_response(hq, CRIF, answer, "x.txt")
    assert (result.reports, result.unknown) == (0, ["no-such-request"])
    with Session(hq) as s:
        assert s.scalar(select(func.count()).select_from(HqBureauFile)) == 1


# --- API mode ---------------------------------------------------------------------------

class _BureauDesk:
    """The far side of an API client, for these tests: it answers each enquiry it is
    asked in our response layout (no real bureau's API is public), or fails."""

    def __init__(self, answers: dict[str, BureauReport], fail: bool = False) -> None:
        self.answers, self.fail, self.asked, self.raw = answers, fail, [], b""

    def ask(self, member_id, lines):  # type: ignore[no-untyped-def]
        self.asked.append([line.request_id for line in lines])
        if self.fail:
            raise ConnectionError("the bureau did not answer")
        self.raw = write_response("CRIF", TODAY, {
            line.request_id: self.answers[line.request_id] for line in lines
            if line.request_id in self.answers})
        return self.raw

    def read(self, raw):  # type: ignore[no-untyped-def]
        return CRIF.read_response(raw)


WHEN = datetime(2026, 11, 25, 10, 30)


def test_in_api_mode_the_answer_is_kept_as_it_came_and_reaches_the_branch(engine, hq,
                                                                         asked):
    _world, loan_id, ids, _device = asked
    sync(engine, hq)
    desk = _BureauDesk({ids[0]: BureauReport("no_hit", TODAY, "CRIF"),
                        ids[1]: BureauReport("hit", TODAY, "CRIF")})
    online = CRIF.with_api(desk)
    assert enquire_online(hq, online, WHEN).reports == 2
    raw = desk.raw
    assert enquire_online(hq, online, WHEN).reports == 0  # nothing left to ask
    assert desk.asked == [ids] and desk.raw == raw
    with Session(hq) as s:
        kept = s.scalars(select(HqBureauFile).where(HqBureauFile.kind == "response")).one()
        asked_file = s.scalars(select(HqBureauFile).where(
            HqBureauFile.kind == "enquiry")).one()
        assert bytes(kept.content) == desk.raw and kept.name.startswith("CRIF-api-")
        assert [r.enquiry_file_id for r in s.scalars(select(HqBureauRequest))] == [
            asked_file.id] * 2
    assert [r.outcome for r, _f in report_history(hq, ids[1])] == ["hit"]
    sync(engine, hq)
    assert _states(engine, loan_id) == ["no_record", "received"]


def test_in_api_mode_a_failed_call_marks_nothing_sent(engine, hq, asked, tmp_path):
    _world, _loan_id, ids, _device = asked
    sync(engine, hq)
    with pytest.raises(ConnectionError):
        enquire_online(hq, CRIF.with_api(_BureauDesk({}, fail=True)), WHEN)
    assert enquire(hq, CRIF, tmp_path / "enquiry.txt", TODAY) == 2  # still waiting


def test_a_request_the_bureau_did_not_answer_online_is_asked_again(engine, hq, asked):
    _world, _loan_id, ids, _device = asked
    sync(engine, hq)
    desk = _BureauDesk({ids[0]: BureauReport("no_hit", TODAY, "CRIF")})
    enquire_online(hq, CRIF.with_api(desk), WHEN)
    enquire_online(hq, CRIF.with_api(desk), WHEN)
    assert desk.asked == [ids, [ids[1]]]


def test_without_an_api_client_head_office_is_told_to_use_the_enquiry_file(hq):
    with pytest.raises(AdminError, match="enquire --bureau CRIF"):
        enquire_online(hq, CRIF, WHEN)
