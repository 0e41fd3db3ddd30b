"""Money rows that cannot be right — a repayment whose parts do not add up, a reversal
of a row head office does not hold, an amount out of bounds — are accepted with their
event (never a refusal that blocks the branch), parked in suspense with a task each,
and left out of the consolidated ledger until a person settles them (real PostgreSQL)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.cli import main
from app.headoffice.ingest import ingest
from app.headoffice.models import HqSuspense, HqTask
from app.headoffice.projection import MAX_AMOUNT
from app.headoffice.projector import project_branch, rebuild
from app.sync.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.sync.wire import HASHED, pack_events
from tests.sync.world import hq_events, hq_ledger_total, register

HQ_DATABASES = ("postgresql", "sqlite")  # and the one-machine SQLite trial


def _row(journal_id, kind, amount, principal=0, interest=0, fee=0, reverses=None):
    return [journal_id, "2026-11-25", kind, amount, principal, interest, fee, 0, 7, 3,
            None, None, reverses, "cash"]


def _send(hq, rows) -> None:
    event = {"seq": 1, "event_id": "0190-money", "epoch": 1, "type": "meeting.posted",
             "schema_version": 2, "aggregate_id": "7", "business_date": "2026-11-25",
             "device_time": "2026-11-25T04:30:00.123456", "staff_id": 3,
             "payload": canonical_json({"journal": rows}), "prev_hash": GENESIS_HASH}
    event["hash"] = chain_hash(GENESIS_HASH, {k: event[k] for k in HASHED})
    assert ingest(hq, "BJS-001", pack_events("BJS-001", 1, [event])).acked_seq == 1


def _parked(hq) -> list[tuple[int, int, str]]:
    with Session(hq) as s:
        tasks = sorted((t.suspense_minor, t.kind, t.detail) for t in s.scalars(select(HqTask)))
        held = sorted(r.journal_id for r in s.scalars(select(HqSuspense)))
    return tasks, held


def test_rows_that_break_a_money_invariant_are_parked_not_counted(engine, hq, capsys):
    hq_url = hq.url.render_as_string(hide_password=False)  # PostgreSQL or SQLite
    register(hq, engine)
    _send(hq, [_row(1, "fee", 50_00, fee=50_00),  # right: counted
               _row(2, "repayment", 10_000, principal=1, interest=1),
               _row(3, "repayment", 30_00, principal=25_00, interest=5_00),  # right
               _row(4, "repayment", 30_00, principal=30_00, reverses=999),  # nothing held
               _row(5, "fee", MAX_AMOUNT + 1, fee=MAX_AMOUNT + 1),
               _row(6, "repayment", 30_00, principal=25_00, interest=5_00, reverses=3)])
    assert [seq for seq, _ in hq_events(hq)] == [1]  # the event is stored as sent
    project_branch(hq, "BJS-001")
    assert hq_ledger_total(hq) == (3, 50_00 + 30_00 + 30_00)  # rows 1, 3 and 6 only
    tasks, held = _parked(hq)
    assert held == [2, 4, 5]
    assert [(money, kind) for money, kind, _ in tasks] == \
        [(30_00, "suspense"), (10_000, "suspense"), (MAX_AMOUNT + 1, "suspense")]
    details = " | ".join(d for _, _, d in tasks)
    assert "repayment of 10000 whose parts (principal 1 + interest 1 + fee 0 + " \
        "penalty 0) do not add up" in details
    assert "a reversal of journal row 999, which head office does not hold" in details
    assert "an amount out of bounds" in details
    # projecting again or rebuilding parks nothing twice
    assert project_branch(hq, "BJS-001") == 0
    rebuild(hq, "BJS-001")
    assert _parked(hq) == (tasks, held) and hq_ledger_total(hq) == (3, 110_00)
    # a person settles each from the work list
    assert main(["hq", "tasks", "--db", hq_url]) == 0
    listed = capsys.readouterr().out.splitlines()
    assert len(listed) == 3
    for line in listed:
        assert main(["hq", "close-task", line.split("\t")[0], "--by", "Rina (accounts)",
                     "--note", "asked the branch to reverse and post again",
                     "--db", hq_url]) == 0
    assert main(["hq", "tasks", "--db", hq_url]) == 0
    assert capsys.readouterr().out.strip().endswith("no open tasks")
