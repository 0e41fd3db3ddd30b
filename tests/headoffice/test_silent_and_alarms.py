"""Head office always sees branches silent for D days and every gap, fork or tamper alarm."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy.orm import Session

from app.cli import main
from app.headoffice.ingest import Refused, ingest, now
from app.headoffice.models import HqBranch
from app.headoffice.silent import RATE_WINDOW_DAYS, alarms, silent_branches
from app.sync.outbox import pending_events
from app.sync.wire import pack_events
from tests.sync.world import (
    branch_with_meeting,
    hq_events,
    post_fee,
    register,
    register_code,
    sync,
)


def test_a_branch_that_never_synced_counts_its_silence_from_registration(hq):
    register_code(hq, "BJS-007")
    assert silent_branches(hq, 3) == []
    [branch] = silent_branches(hq, 3, at=now() + timedelta(days=5))
    assert (branch.code, branch.last_seen, branch.quiet_days) == ("BJS-007", None, 5)
    assert branch.pending_estimate is None  # nothing to estimate from


def test_a_synced_branch_is_silent_only_after_d_days_with_its_usual_rate_as_estimate(
        engine, hq):
    branch_with_meeting(engine)
    for _ in range(6):
        post_fee(engine, 1_00)
    register(hq, engine)
    sync(engine, hq)
    received = len(hq_events(hq))
    assert silent_branches(hq, 7, at=now() + timedelta(days=6)) == []
    [branch] = silent_branches(hq, 7, at=now() + timedelta(days=10, minutes=1))
    assert branch.quiet_days == 10 and branch.last_seen is not None
    assert branch.pending_estimate == round(received / RATE_WINDOW_DAYS * 10)


def test_a_sync_with_nothing_to_send_still_counts_as_seen(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    sync(engine, hq)
    with Session(hq) as s, s.begin():
        s.get(HqBranch, "BJS-001").last_seen_at = now() - timedelta(days=20)
    assert [b.code for b in silent_branches(hq, 14)] == ["BJS-001"]
    sync(engine, hq)  # nothing pending: only the cursor is asked
    assert silent_branches(hq, 14) == []


def test_the_longest_silent_branch_comes_first(hq):
    for code in ("BJS-001", "BJS-002"):
        register_code(hq, code)
    with Session(hq) as s, s.begin():
        s.get(HqBranch, "BJS-002").registered_at = now() - timedelta(days=40)
        s.get(HqBranch, "BJS-001").registered_at = now() - timedelta(days=9)
    assert [(b.code, b.quiet_days) for b in silent_branches(hq, 7)] == [
        ("BJS-002", 40), ("BJS-001", 9)]


def test_hq_silent_prints_one_line_per_silent_branch(hq, hq_url, capsys):
    register_code(hq, "BJS-003")
    with Session(hq) as s, s.begin():
        s.get(HqBranch, "BJS-003").registered_at = now() - timedelta(days=12)
    assert main(["hq", "silent", "--days", "7", "--db", hq_url]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert line.startswith("BJS-003\tlast seen never synced\t12 days silent")
    assert main(["hq", "silent", "--days", "30", "--db", hq_url]) == 0
    assert capsys.readouterr().out.strip() == "no branch has been silent for 30 days"
    assert main(["hq", "silent", "--days", "-1", "--db", hq_url]) == 2


def test_gaps_forks_and_tampering_are_kept_as_alarms_and_listed_newest_first(
        engine, hq, hq_url, capsys):
    branch_with_meeting(engine)
    post_fee(engine, 5_00)
    register(hq, engine)
    with pytest.raises(Refused, match="gap"):
        ingest(hq, "BJS-001", pack_events("BJS-001", 1, pending_events(engine, 1, 100)))
    altered = pack_events("BJS-001", 1, pending_events(engine, 0, 100))
    altered["cols"]["payload"][0]["cash_counted_minor"] = 1
    with pytest.raises(Refused, match="altered"):
        ingest(hq, "BJS-001", altered)
    assert [a.kind for a in alarms(hq)] == ["tamper", "gap"]
    assert alarms(hq, "BJS-002") == []
    assert main(["hq", "alarms", "--db", hq_url]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[1:3] for line in lines] == [["BJS-001", "tamper"],
                                                         ["BJS-001", "gap"]]
    assert main(["hq", "alarms", "--branch", "BJS-002", "--db", hq_url]) == 0
    assert capsys.readouterr().out.strip() == "no alarms"


def test_head_offices_portfolio_of_a_branch_equals_the_branchs_own_report(
        engine, hq, hq_url, capsys):
    import json
    from datetime import date

    from app.headoffice.portfolio import consolidated_portfolio
    from app.services.reports import portfolio_report

    branch_with_meeting(engine)
    register_code(hq, "BJS-009")  # registered, never synced: a line of zeros
    register(hq, engine)
    sync(engine, hq)
    for as_of in (date(2026, 11, 25), date(2027, 3, 1)):
        own = portfolio_report(engine, as_of)
        [mine] = [p for p in consolidated_portfolio(hq, as_of) if p.branch == "BJS-001"]
        assert (mine.active_loans, mine.borrowers, mine.outstanding_minor) == (
            own.active_loans, own.borrowers, own.outstanding_minor)
        assert mine.par_minor == {1: own.par_1_minor, 30: own.par_30_minor,
                                  90: own.par_90_minor}
    assert main(["hq", "portfolio", "--as-of", "2027-03-01", "--json", "--db", hq_url]) == 0
    lines = json.loads(capsys.readouterr().out)
    assert [line["branch"] for line in lines] == ["BJS-001", "BJS-009"]
    assert lines[1]["outstanding_minor"] == 0 and lines[1]["synced_up_to"] is None
    assert lines[0]["par_30_minor"] > 0  # months later, unpaid installments are late
    assert main(["hq", "portfolio", "--as-of", "1-3-2027", "--db", hq_url]) == 2
