"""Head office's work list: parked rows become tasks a person lists and closes."""

from __future__ import annotations

from sqlalchemy import text

from app.cli import main
from app.db.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.headoffice.ingest import ingest
from app.headoffice.projector import project_branch
from app.sync.wire import HASHED, pack_events
from tests.sync.world import register


def _event_with_a_malformed_journal_row(hq, engine) -> None:
    """An accepted, chained event whose journal row head office cannot project: its
    money (0.10) goes to suspense and a task is made for a person."""
    event = {"seq": 1, "event_id": "0190-1", "epoch": 1, "type": "fee.charged",
             "schema_version": 2, "aggregate_id": "7", "business_date": "2026-11-25",
             "device_time": "2026-11-25T04:30:00.123456", "staff_id": 3,
             "payload": canonical_json({"journal": [[1, None, "fee", 10]]}),
             "prev_hash": GENESIS_HASH}
    event["hash"] = chain_hash(GENESIS_HASH, {k: event[k] for k in HASHED})
    register(hq, engine)
    ingest(hq, "BJS-001", pack_events("BJS-001", 1, [event]))
    project_branch(hq, "BJS-001")  # acknowledged; the projector parks it


def test_a_row_head_office_cannot_project_is_a_task_listed_until_closed(hq, engine, hq_url, capsys):
    _event_with_a_malformed_journal_row(hq, engine)
    assert main(["hq", "tasks", "--db", hq_url]) == 0
    [line] = capsys.readouterr().out.splitlines()
    task_id, _at, branch, kind, detail, money = line.split("\t")
    assert (branch, kind, money) == ("BJS-001", "suspense", "suspense 0.10")
    assert detail.startswith("event 1:")
    assert main(["hq", "close-task", task_id, "--by", "Rina (accounts)", "--note", " ",
                 "--db", hq_url]) == 2
    assert main(["hq", "close-task", task_id, "--by", "Rina (accounts)",
                 "--note", "asked the branch to re-post the fee", "--db", hq_url]) == 0
    assert capsys.readouterr().out.strip().endswith(f"task {task_id} closed")
    assert main(["hq", "tasks", "--db", hq_url]) == 0
    assert capsys.readouterr().out.strip() == "no open tasks"
    assert main(["hq", "tasks", "--all", "--branch", "BJS-001", "--db", hq_url]) == 0
    assert "closed by Rina (accounts): asked the branch" in capsys.readouterr().out


def test_a_task_is_closed_once_and_only_if_it_exists(hq, engine, hq_url, capsys):
    _event_with_a_malformed_journal_row(hq, engine)
    with hq.connect() as conn:
        task_id = str(conn.execute(text("SELECT id FROM hq_task")).scalar())
    args = ["--by", "Rina", "--note", "done", "--db", hq_url]
    assert main(["hq", "close-task", task_id, *args]) == 0
    assert main(["hq", "close-task", task_id, *args]) == 2
    assert "already closed by Rina" in capsys.readouterr().err
    assert main(["hq", "close-task", "999999", *args]) == 2
