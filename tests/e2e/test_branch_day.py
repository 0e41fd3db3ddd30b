"""One branch day end to end, as the branch lives it, through the real commands:
demo branch → officer logs in → Today → post a meeting → the manager closes the day →
print the next day's sheets → sync to head office → head office verifies the chain."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date

import httpx
import pypdfium2 as pdfium

from app.db.check import check_database
from app.db.engine import open_engine
from app.services.branch import branch_info
from app.services.cash import cash_book, close_day
from app.services.meetings import (
    MeetingEntry,
    MeetingRow,
    ensure_meetings,
    mark_not_held,
    meeting_sheet,
    post_meeting,
)
from app.services.today import todays_meetings
from app.services.users import authenticate
from tests.ports import free_port

TODAY = date(2026, 11, 25)


def shakha(*args: str, **kw) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "SHAKHA_FAULT"}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], capture_output=True,
                           text=True, timeout=300, env=env, **kw)


def _post_first_meeting(engine, officer) -> int:
    meeting = todays_meetings(engine, TODAY, officer.staff_id)[0]
    sheet = meeting_sheet(engine, meeting.meeting_id)
    rows = tuple(MeetingRow(m.member_id, "present", m.due_minor + m.arrears_minor,
                            m.savings_due_minor) for m in sheet.members)
    total = sum(r.repayment_minor + r.savings_deposit_minor for r in rows)
    post_meeting(engine, officer, MeetingEntry(meeting.meeting_id, total, rows))
    return total


def _close_the_day(engine, manager) -> date:
    for meeting in todays_meetings(engine, TODAY):
        if meeting.status != "posted":
            mark_not_held(engine, manager, meeting.meeting_id, "heavy rain")
    close_day(engine, manager, cash_book(engine, TODAY).closing_minor)
    return branch_info(engine).business_date


def test_a_branch_day_from_demo_to_head_office(tmp_path, hq, hq_url):
    db = tmp_path / "branch.db"
    made = shakha("demo", "--db", str(db), "--members", "60", "--years", "1",
                  "--today", TODAY.isoformat())
    assert made.returncode == 0, made.stderr
    engine = open_engine(db)
    officer = authenticate(engine, "officer1", "demo")
    manager = authenticate(engine, "manager", "demo")
    collected = _post_first_meeting(engine, officer)
    assert collected > 0

    tomorrow = _close_the_day(engine, manager)
    assert tomorrow > TODAY
    ensure_meetings(engine, manager, tomorrow, tomorrow)
    sheets = tmp_path / "sheets.pdf"
    printed = shakha("print", "collection-sheets", "--db", str(db), "--date",
                     tomorrow.isoformat(), "--lang", "bn", "--out", str(sheets))
    assert printed.returncode == 0, printed.stderr
    assert len(pdfium.PdfDocument(str(sheets))) >= 1
    engine.dispose()

    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "app.cli", "hq", "serve", "--db", hq_url,
                               "--port", str(port)], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL)
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        enrolment = tmp_path / "BJS-SHB.enrol"
        issued = shakha("hq", "enrol", "BJS-SHB", "--db", hq_url, "--out", str(enrolment),
                        "--url", url, "--profile", "india_rbi")
        assert issued.returncode == 0, issued.stderr
        enrolled = shakha("enrol", str(enrolment), "--db", str(db))  # to the file's address
        assert enrolled.returncode == 0 and "enrolled" in enrolled.stdout, enrolled.stderr
        synced = shakha("sync", "--db", str(db), "--hq", url)
        assert synced.returncode == 0, synced.stdout + synced.stderr
    finally:
        server.kill()
        server.wait()
    verified = shakha("hq", "verify", "--db", hq_url, "--branch", "BJS-SHB")
    assert verified.returncode == 0 and "chain ok" in verified.stdout, verified.stdout
    assert check_database(db).ok
