"""Head office asks a branch to correct something; the manager answers from the app."""

import pytest

from app.cli import main
from app.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from app.headoffice.admin import AdminError
from app.headoffice.requests import ask_branch, branch_requests
from app.services.hq_requests import answer_request, head_office_requests
from tests.sync.world import branch_with_meeting, outbox_count, register, register_code, sync


@pytest.fixture
def asked(engine, hq):
    world = branch_with_meeting(engine)
    key = register(hq, engine)
    register_code(hq, "BJS-002")
    request_id = ask_branch(hq, "BJS-001", "Meeting of 25 Nov: Rupa's 500 was entered "
                            "as 50. Reverse and enter again.", about="G0001", by="auditor")
    ask_branch(hq, "BJS-002", "Not for BJS-001", by="auditor")
    sync(engine, hq)
    return world, key, request_id


def test_a_request_reaches_only_its_branch_and_waits_for_the_manager(engine, asked):
    _world, _key, request_id = asked
    [request] = head_office_requests(engine)
    assert (request.request_id, request.about, request.asked_by, request.answer) == (
        request_id, "G0001", "auditor", None)
    assert "entered as 50" in request.text


def test_the_managers_answer_goes_back_to_head_office(engine, hq, asked, hq_url, capsys):
    world, key, request_id = asked
    answer_request(engine, world.manager, request_id, "Reversed and entered 500 again.")
    assert head_office_requests(engine) == []
    [done] = head_office_requests(engine, include_answered=True)
    assert done.answer == "Reversed and entered 500 again."
    assert [r.request_id for r in branch_requests(hq, "BJS-001")] == [request_id]  # not yet
    sync(engine, hq)
    assert branch_requests(hq, "BJS-001") == []
    [answered] = branch_requests(hq, "BJS-001", include_answered=True)
    assert answered.answer == "Reversed and entered 500 again."
    capsys.readouterr()
    assert main(["hq", "requests", "--all", "--db", hq_url]) == 0
    out = capsys.readouterr().out
    assert f"{request_id}\t" in out and "answered" in out and "Not for BJS-001" in out


@pytest.mark.parametrize("who, note, asked_for, refusal", [
    ("officer", "done", None, PermissionDenied),
    ("manager", "   ", None, ValidationError),
    ("manager", "done", "RNOPE", NotFound),
])
def test_an_answer_that_cannot_be_given_changes_nothing(engine, asked, who, note, asked_for,
                                                        refusal):
    world, _key, request_id = asked
    before = outbox_count(engine)
    with pytest.raises(refusal):
        answer_request(engine, getattr(world, who), asked_for or request_id, note)
    assert outbox_count(engine) == before and len(head_office_requests(engine)) == 1


def test_a_request_is_answered_once(engine, asked):
    world, _key, request_id = asked
    answer_request(engine, world.manager, request_id, "Done.")
    with pytest.raises(ConflictError):
        answer_request(engine, world.manager, request_id, "Done again.")


def test_asking_needs_a_known_branch_some_text_and_who_asks(hq, engine, hq_url, capsys):
    register(hq, engine)
    with pytest.raises(AdminError):
        ask_branch(hq, "BJS-404", "text", by="auditor")
    with pytest.raises(AdminError):
        ask_branch(hq, "BJS-001", "  ", by="auditor")
    assert main(["hq", "ask-branch", "BJS-001", "--text", "Check loan L7", "--by", "",
                 "--db", hq_url]) == 2
    assert main(["hq", "ask-branch", "BJS-001", "--text", "Check loan L7", "--by", "gm",
                 "--db", hq_url]) == 0
    assert capsys.readouterr().out.startswith("request R")


def test_a_request_head_office_withdraws_leaves_the_others_counted(engine, hq, asked):
    from app.headoffice.admin import publish
    from app.services.status import status_summary

    world, key, request_id = asked
    answer_request(engine, world.manager, request_id, "Done.")
    second = ask_branch(hq, "BJS-001", "Check the cash book of 24 Nov.", by="auditor")
    publish(hq, "request", request_id, {}, branch="BJS-001", deleted=True)  # withdrawn
    sync(engine, hq)
    assert [r.request_id for r in head_office_requests(engine)] == [second]
    assert status_summary(engine).open_requests == 1
