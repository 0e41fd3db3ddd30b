"""A branch with no network, through the real commands: its history and its meeting go
to head office on a USB stick; the receipt brings head office's holiday and its request
to correct something back; the manager answers, and the answer reaches head office the
same way; head office's ledger for the branch then equals the branch's own."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.check import check_database
from app.db.engine import open_engine
from app.db.models import Holiday
from app.services.hq_requests import answer_request, head_office_requests
from app.services.users import authenticate
from tests.e2e.test_branch_day import TODAY, _post_first_meeting, shakha
from tests.sync.world import branch_journal_total, hq_ledger_total


def test_a_usb_only_branch_and_head_office_keep_each_other_up_to_date(tmp_path, hq, hq_url):
    db, enrolment, reply = tmp_path / "branch.db", tmp_path / "e.enrol", tmp_path / "e.reply"
    assert shakha("demo", "--db", str(db), "--members", "40", "--years", "1",
                  "--today", TODAY.isoformat()).returncode == 0
    for step in (("hq", "enrol", "BJS-SHB", "--db", hq_url, "--out", str(enrolment)),
                 ("enrol", str(enrolment), "--db", str(db), "--out", str(reply)),
                 ("hq", "accept-enrolment", str(reply), "--db", hq_url)):
        done = shakha(*step)
        assert done.returncode == 0, done.stderr
    engine = open_engine(db)
    _post_first_meeting(engine, authenticate(engine, "officer1", "demo"))
    branch = ("--db", str(db))

    def round_trip(n: int) -> str:
        bundle, receipt = tmp_path / f"b{n}.shakha", tmp_path / f"r{n}.shakha"
        exported = shakha("sync", "export", "--out", str(bundle), *branch)
        assert exported.returncode == 0, exported.stderr
        imported = shakha("hq", "import-bundle", str(bundle), "--receipt", str(receipt),
                          "--db", hq_url)
        assert imported.returncode == 0, imported.stderr
        back = shakha("sync", "import-receipt", str(receipt), *branch)
        assert back.returncode == 0, back.stderr
        return back.stdout

    assert shakha("hq", "publish", "holiday", "2026-12-25",
                  '{"name_en": "Christmas", "name_bn": "বড়দিন"}', "--db", hq_url).returncode == 0
    asked = shakha("hq", "ask-branch", "BJS-SHB", "--text", "Check the cash book of 25 Nov.",
                   "--by", "auditor", "--db", hq_url)
    assert asked.returncode == 0, asked.stderr
    assert "reference data from head office applied" in round_trip(1)
    with Session(engine) as s:
        assert s.scalars(select(Holiday.name_bn).where(
            Holiday.on_date == date(2026, 12, 25))).all() == ["বড়দিন"]
    [request] = head_office_requests(engine)
    assert request.text == "Check the cash book of 25 Nov." and request.asked_by == "auditor"
    answer_request(engine, authenticate(engine, "manager", "demo"), request.request_id,
                   "Checked: it matches the counted cash.")
    round_trip(2)
    listed = shakha("hq", "requests", "--all", "--db", hq_url)
    assert "answered" in listed.stdout and "it matches the counted cash" in listed.stdout
    assert hq_ledger_total(hq, "BJS-SHB") == branch_journal_total(engine)  # history too
    verified = shakha("hq", "verify", "--db", hq_url, "--branch", "BJS-SHB")
    assert verified.returncode == 0 and "chain ok" in verified.stdout
    engine.dispose()
    assert check_database(db).ok
