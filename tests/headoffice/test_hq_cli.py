"""`shakha hq …` words stay stable: init, enrol, accept-enrolment, verify, publish,
import-bundle (and `shakha enrol` on the branch)."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from app.cli import main
from app.sync.bundle import export_bundle
from tests.sync.world import branch_with_meeting, hq_events, outbox_count, sync


def _enrol(hq_url, db_path, tmp_path, code="BJS-001"):
    """Enrol the branch database through the commands, by USB reply."""
    enrolment, reply = tmp_path / f"{code}.enrol", tmp_path / f"{code}.reply"
    assert main(["hq", "enrol", code, "--db", hq_url, "--out", str(enrolment)]) == 0
    assert main(["enrol", str(enrolment), "--db", str(db_path), "--out", str(reply)]) == 0
    assert main(["hq", "accept-enrolment", str(reply), "--db", hq_url]) == 0


def test_init_and_enrol_take_db_before_or_after_the_command(hq, hq_url, tmp_path, capsys):
    assert main(["hq", "init", "--db", hq_url]) == 0
    assert main(["--db", hq_url, "hq", "init"]) == 0
    first, second = tmp_path / "1.enrol", tmp_path / "2.enrol"
    assert main(["hq", "enrol", "BJS-001", "--db", hq_url, "--out", str(first)]) == 0
    assert main(["--db", hq_url, "hq", "enrol", "BJS-002", "--out", str(second)]) == 0
    assert json.loads(first.read_text())["branch"] == "BJS-001"
    assert json.loads(second.read_text())["branch"] == "BJS-002"
    assert "valid once" in capsys.readouterr().out


@pytest.mark.parametrize("words", [["add-branch", "BJS-001"], ["public-key"]])
def test_the_words_of_shared_keys_are_gone(hq_url, capsys, words):
    assert main(["hq", *words, "--db", hq_url]) == 2
    assert "invalid choice" in capsys.readouterr().err


@pytest.mark.parametrize("code", ["BJS 001", "bjs-001", "BJS.001", "X", "BJS-0001-0001-0001-01"])
def test_enrol_refuses_what_is_not_a_branch_code_and_writes_nothing(hq, hq_url, capsys,
                                                                    tmp_path, code):
    out = tmp_path / "e.enrol"
    assert main(["hq", "enrol", code, "--db", hq_url, "--out", str(out)]) == 2
    printed, err = capsys.readouterr()
    assert printed == "" and "is not a branch code" in err and "Traceback" not in err
    assert not out.exists()


def test_verify_prints_the_count_and_chain_ok_or_the_first_bad_event(engine, hq, hq_url,
                                                                      db_path, tmp_path,
                                                                      capsys):
    branch_with_meeting(engine)
    _enrol(hq_url, db_path, tmp_path)
    capsys.readouterr()
    sync(engine, hq)
    assert main(["hq", "verify", "--db", hq_url, "--branch", "BJS-001"]) == 0
    assert capsys.readouterr().out.splitlines() == ["1 events", "chain ok"]
    with hq.begin() as conn:
        conn.execute(text("UPDATE hq_event SET payload = '{}' WHERE seq = 1"))
    assert main(["hq", "verify", "--db", hq_url, "--branch", "BJS-001"]) == 1
    assert "event 1" in capsys.readouterr().out


def test_publish_makes_reference_data_the_branch_pulls(engine, hq, hq_url, db_path,
                                                       tmp_path, capsys):
    branch_with_meeting(engine)
    _enrol(hq_url, db_path, tmp_path)
    capsys.readouterr()
    assert main(["hq", "publish", "holiday", "2026-12-25", '{"name_en": "Christmas", '
                 '"name_bn": "বড়দিন"}', "--db", hq_url]) == 0
    assert capsys.readouterr().out.strip() == "1"
    assert main(["hq", "publish", "holiday", "x", "not json", "--db", hq_url]) == 2
    assert sync(engine, hq).pulled == 1


def test_usb_round_trip_through_the_commands_and_twice_changes_nothing(
        engine, hq, hq_url, db_path, tmp_path, capsys):
    branch_with_meeting(engine)
    _enrol(hq_url, db_path, tmp_path)
    assert main(["hq", "publish", "holiday", "2026-12-25",
                 '{"name_en": "Christmas", "name_bn": "বড়দিন"}', "--db", hq_url]) == 0
    bundle, receipt = tmp_path / "b.shakha", tmp_path / "r.shakha"
    assert main(["sync", "export", "--out", str(bundle), "--db", str(db_path)]) == 0
    for _ in range(2):
        assert main(["hq", "import-bundle", str(bundle), "--receipt", str(receipt),
                     "--db", hq_url]) == 0
    assert len(hq_events(hq)) == 1 and outbox_count(engine) == 1
    capsys.readouterr()
    assert main(["--db", str(db_path), "sync", "import-receipt", str(receipt)]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "acknowledged up to 1", "reference data from head office applied up to version 1"]
    assert outbox_count(engine) == 0
    assert export_bundle(engine, bundle) == 0


@pytest.mark.parametrize("argv", [["hq", "init"], ["hq", "verify", "--branch", "X"]])
def test_hq_commands_without_a_database_url_explain_themselves(argv, capsys):
    assert main(argv) == 2
    assert "--db URL" in capsys.readouterr().err


def test_an_unreachable_or_missing_database_is_explained_without_a_traceback(capsys):
    url = "postgresql://postgres@127.0.0.1:5432/shakha_no_such_database"
    assert main(["hq", "verify", "--branch", "X", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("shakha: error: Cannot use the head-office database: ")
    assert "Traceback" not in err


@pytest.fixture
def empty_pg_url(hq_url):
    """A PostgreSQL database of its own that `hq init` has not set up (dropped after)."""
    import uuid

    from tests.sync.pgfixtures import _admin

    name = f"shakha_empty_{uuid.uuid4().hex[:8]}"
    admin_url, admin = _admin()
    admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
        admin.close()


def test_a_database_hq_init_has_not_set_up_says_to_run_it(empty_pg_url, tmp_path, capsys):
    assert main(["hq", "enrol", "BJS-001", "--db", empty_pg_url, "--out",
                 str(tmp_path / "e")]) == 2
    assert "run shakha hq init" in capsys.readouterr().err


def test_verify_of_a_branch_head_office_does_not_know_is_refused_not_called_broken(
        hq, hq_url, capsys):
    assert main(["hq", "verify", "--branch", "BJS-404", "--db", hq_url]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "BJS-404 is not registered" in err


def _references(hq) -> int:
    with hq.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM hq_reference")).scalar_one()


@pytest.mark.parametrize("kind, key, payload", [
    ("holiday", "2026-12-25", "[1]"),
    ("holiday", "Christmas", '{"name_en": "Christmas", "name_bn": "বড়দিন"}'),
    ("holiday", "2026-12-25", "{}"),
    ("staff", "officer9", '{"role": "field_officer"}'),
    ("product", "P-1", '{"name_en": "Half a product"}')])
def test_publish_refuses_a_change_no_branch_could_apply_and_stores_nothing(
        engine, hq, hq_url, db_path, tmp_path, capsys, kind, key, payload):
    branch_with_meeting(engine)
    _enrol(hq_url, db_path, tmp_path)
    capsys.readouterr()
    assert main(["hq", "publish", kind, key, payload, "--db", hq_url]) == 2
    assert capsys.readouterr().err.startswith("shakha: error: ")
    assert _references(hq) == 0
    assert sync(engine, hq).pulled == 0  # the branches' pull is not blocked


def test_publish_for_a_branch_head_office_does_not_know_is_refused(hq, hq_url, capsys):
    assert main(["hq", "publish", "holiday", "2026-12-25",
                 '{"name_en": "Christmas", "name_bn": "বড়দিন"}', "--branch", "BJS-404",
                 "--db", hq_url]) == 2
    assert "BJS-404 is not registered" in capsys.readouterr().err
    assert _references(hq) == 0


@pytest.mark.parametrize("url", [  # port 1: were one tried, it would write nowhere
    "postgresql://postgres@127.0.0.1:1", "http://127.0.0.1:1/hq",
    "postgres://postgres@127.0.0.1:1/test", "postgresql://postgres@127.0.0.1:port/test"])
def test_a_url_that_names_no_postgresql_database_is_refused_before_connecting(url, capsys):
    assert main(["hq", "tasks", "--db", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("shakha: error: Give the head-office database with --db URL")


@pytest.fixture
def no_server(monkeypatch):
    """A refusal is expected: a server that starts all the same fails the test, not
    hangs it."""
    import uvicorn

    def started(*_args, **_kwargs):
        raise AssertionError("the server started")

    monkeypatch.setattr(uvicorn, "run", started)


def test_serve_refuses_to_start_on_a_database_hq_init_has_not_set_up(no_server, empty_pg_url,
                                                                     capsys):
    assert main(["hq", "serve", "--db", empty_pg_url, "--port", "8650"]) == 2
    assert "run shakha hq init" in capsys.readouterr().err


def test_serve_refuses_a_port_in_use_or_out_of_range_in_one_line(hq_url, no_server, capsys):
    import socket

    from tests.ports import free_port

    with socket.socket() as taken:
        port = free_port()
        taken.bind(("127.0.0.1", port))
        taken.listen()
        assert main(["hq", "serve", "--db", hq_url, "--port", str(port)]) == 2
        assert f"Cannot listen on 127.0.0.1 port {port}: " in capsys.readouterr().err
    assert main(["hq", "serve", "--db", hq_url, "--port", "99999"]) == 2
    err = capsys.readouterr().err
    assert err == "shakha: error: --port is a number from 1 to 65535.\n"


@pytest.mark.parametrize("receipt", ["a folder", "a missing folder"])
def test_import_bundle_refuses_a_receipt_it_cannot_write_before_importing(
        engine, hq, hq_url, db_path, tmp_path, capsys, receipt):
    branch_with_meeting(engine)
    _enrol(hq_url, db_path, tmp_path)
    bundle = tmp_path / "b.shakha"
    assert main(["sync", "export", "--out", str(bundle), "--db", str(db_path)]) == 0
    out = tmp_path if receipt == "a folder" else tmp_path / "stick" / "r.shakha"
    capsys.readouterr()
    assert main(["hq", "import-bundle", str(bundle), "--receipt", str(out),
                 "--db", hq_url]) == 2
    assert capsys.readouterr().err.startswith(f"shakha: error: Cannot write {out}")
    assert hq_events(hq) == [] and not list(tmp_path.glob("*.part"))


@pytest.mark.parametrize("listing", ["tasks", "requests"])
def test_a_listing_for_a_branch_head_office_does_not_know_is_refused_not_empty(
        hq, hq_url, engine, db_path, tmp_path, capsys, listing):
    branch_with_meeting(engine)
    _enrol(hq_url, db_path, tmp_path)
    capsys.readouterr()
    assert main(["hq", listing, "--branch", "BJS-00l", "--db", hq_url]) == 2  # a typo
    out, err = capsys.readouterr()
    assert out == "" and "BJS-00l is not registered" in err


def test_closing_a_task_number_beyond_what_the_database_holds_says_there_is_none(
        hq, hq_url, capsys):
    assert main(["hq", "close-task", str(2**64), "--by", "Rina", "--note", "paid",
                 "--db", hq_url]) == 2
    assert capsys.readouterr().err == f"shakha: error: there is no task {2**64}\n"
