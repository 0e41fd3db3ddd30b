"""`bureau_file`: a 5,000-member branch's month-end MFI file for a CIC (target < 10 s).

Head office's database (a fresh PostgreSQL one, migrated) holds the branch as sync
leaves it: 5,000 members with the details the officer checked (`bureau.person_saved`
events), one loan each (46 weekly installments, 20 paid; one in ten also has a loan
closed this month; one in fifty is past due), their schedules, journal rows and
`loan.applied` events. Value: seconds for `shakha hq bureau submit`'s work — read the
branch book, choose the accounts, build every record, check every field of every
segment and every rule between fields, write the file and keep it at head office.

Baseline, same run and database: psycopg reading the same rows (members, loans,
installments, journal rows, events) and writing one line per member with the values
as they come, joined with "|" — no positions, no rules, no checks: the floor of
reading the data and writing a file of that size. Target: the value under 10 s.
SHAKHA_BENCH_BUREAU_MEMBERS sets the size (tests run it small). `python_cpu_s` is the
CPU our process spent on it and `load_average` the machine's load at the end: on a
shared machine the wall time follows the load.

2026-12-07, 5,000 members, 5,500 accounts, 2.0 MB: 8.6-8.9 s wall (5.4-5.9x the
baseline) with the machine's load average at 16-19 on 2 cores; 2.5-2.7 s of CPU.
Later the same day, load 5-6: 2.4 s wall (3.3x the baseline's 0.73 s), 1.4 s of CPU.
"""

from __future__ import annotations

import io
import json
import os
import tempfile
import time
import uuid
from datetime import date, timedelta
from pathlib import Path

import psycopg

from benchmarks.common import result

ADMIN = os.environ.get("SHAKHA_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
AS_OF = date(2026, 11, 30)
BRANCH = "BJS-001"


def _copy(conn: psycopg.Connection, table: str, columns: str, rows: list[tuple]) -> None:
    with conn.cursor().copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row(row)


def _loans(n: int) -> tuple[list[tuple], list[tuple], list[tuple], list[tuple]]:
    loans, schedule, journal, events = [], [], [], []
    entry = seq = 0
    start = AS_OF - timedelta(days=20 * 7 + 3)
    for m in range(1, n + 1):
        for k, closed in ((0, False), (1, m % 10 == 0)):
            if k and not closed:
                continue
            loan_id = 2 * m + k
            loans.append((BRANCH, loan_id, f"{BRANCH}-L{loan_id:06d}", m,
                          "closed" if closed else "disbursed", 20_000_00, start))
            paid = 46 if closed else (18 if m % 50 == 0 else 20)
            for i in range(1, 47):
                due = start + timedelta(days=7 * i)
                schedule.append((BRANCH, loan_id * 100 + i, loan_id, i, due, 434_78, 52_00,
                                 434_78 if i <= paid else 0, 52_00 if i <= paid else 0))
                if i <= paid:
                    entry += 1
                    on = min(due, AS_OF - timedelta(days=2)) if closed else due
                    journal.append((BRANCH, entry, on, "repayment", 486_78, 434_78, 52_00,
                                    0, 0, m, loan_id))
            seq += 1
            events.append((BRANCH, 1, seq, str(uuid.uuid4()), "loan.applied", 2, str(loan_id),
                           (start - timedelta(days=7)).isoformat(), json.dumps({
                               "purpose": "Goat rearing", "cycle": k + 1, "installments": 46,
                               "principal_minor": 20_000_00, "frequency": "weekly",
                               "every": 1, "individual": False})))
        seq += 1
        events.append((BRANCH, 1, seq, str(uuid.uuid4()), "bureau.person_saved", 2, str(m),
                       "2026-01-05", json.dumps({
                           "member_id": m, "relation": "self", "name_latin": f"Member {m}",
                           "gender": "F", "date_of_birth": "1988-03-04",
                           "id_document_type": "aadhaar",
                           "id_document_number": f"{100000000000 + m}",
                           "monthly_income_minor": 12_000_00,
                           "address_latin": f"Ward {m % 12}, Dinhata", "postal_code": "736135",
                           "guardian_name": f"Husband {m}", "guardian_relation": "husband"})))
    return loans, schedule, journal, events


def _fill(url: str, n: int) -> None:
    from app.headoffice.db import init_database

    init_database(url)
    loans, schedule, journal, events = _loans(n)
    with psycopg.connect(url) as conn:
        _copy(conn, "hq_group", "branch, id, code, name_en, name_bn, status",
              [(BRANCH, g, f"G{g:03d}", f"Group {g}", "দল", "active") for g in range(n // 20 + 1)])
        _copy(conn, "hq_member", "branch, id, code, group_id, name_en, name_bn, status, "
              "joining_date", [(BRANCH, m, f"M{m:05d}", m // 20, f"Member {m}", "সদস্য",
                                "active", date(2022, 1, 5)) for m in range(1, n + 1)])
        _copy(conn, "hq_loan", "branch, id, loan_no, member_id, status, principal_minor, "
              "disbursed_on", loans)
        _copy(conn, "hq_installment", "branch, id, loan_id, number, due_on, principal_minor, "
              "interest_minor, paid_principal_minor, paid_interest_minor", schedule)
        _copy(conn, "hq_ledger", "branch, journal_id, business_date, kind, amount_minor, "
              "principal_minor, interest_minor, fee_minor, penalty_minor, member_id, loan_id",
              journal)
        _copy(conn, "hq_event", "branch, epoch, seq, event_id, type, schema_version, "
              "aggregate_id, business_date, device_time, payload, prev_hash, hash, "
              "received_at", [(*e[:8], "2026-01-05T00:00:00", e[8], "0" * 64, "0" * 64,
                               "2026-01-05") for e in events])
        conn.execute("INSERT INTO hq_branch (code, epoch, acked_seq, acked_hash, "
                     "registered_at) VALUES (%s, 1, 0, '', now())", (BRANCH,))
        conn.execute("INSERT INTO hq_bureau_setting VALUES ('member_id:CRIF', 'MFI0000123'),"
                     " ('member_name:CRIF', 'BJS'), ('state:BJS-001', 'WB')")


def _baseline(url: str, out: Path) -> float:
    start = time.perf_counter()
    buffer = io.StringIO()
    with psycopg.connect(url) as conn:
        members = {r[0]: r for r in conn.execute(
            "SELECT id, code, group_id, name_en FROM hq_member WHERE branch = %s", (BRANCH,))}
        people = {r[0]: r[1] for r in conn.execute(
            "SELECT aggregate_id, payload FROM hq_event WHERE branch = %s AND type IN "
            "('bureau.person_saved', 'loan.applied')", (BRANCH,))}
        schedule = conn.execute("SELECT loan_id, due_on, principal_minor, interest_minor "
                                "FROM hq_installment WHERE branch = %s", (BRANCH,)).fetchall()
        journal = conn.execute("SELECT loan_id, business_date, principal_minor, "
                               "interest_minor FROM hq_ledger WHERE branch = %s",
                               (BRANCH,)).fetchall()
        for loan in conn.execute("SELECT id, loan_no, member_id, status, principal_minor "
                                 "FROM hq_loan WHERE branch = %s", (BRANCH,)):
            m = members[loan[2]]
            buffer.write("|".join(str(v) for v in (*m, *loan, people.get(str(m[0]), ""))))
            buffer.write("\r\n")
    out.write_bytes(buffer.getvalue().encode("latin-1", "replace"))
    del schedule, journal
    return time.perf_counter() - start


def _ours(url: str, out: Path) -> tuple[float, float, int]:
    from app.domain.bureau_dates import WEEKLY
    from app.headoffice.bureau.adapters import adapter
    from app.headoffice.bureau.submission import submit
    from app.headoffice.db import hq_engine

    engine = hq_engine(url)
    try:
        start, cpu = time.perf_counter(), time.process_time()
        done = submit(engine, adapter("CRIF"), AS_OF, out, WEEKLY)
        return time.perf_counter() - start, time.process_time() - cpu, done.accounts
    finally:
        engine.dispose()


def run() -> dict:
    n = int(os.environ.get("SHAKHA_BENCH_BUREAU_MEMBERS", "5000"))
    name = f"shakha_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        _fill(url, n)
        with tempfile.TemporaryDirectory() as folder:
            best_ours = best_base = best_cpu = float("inf")
            for attempt in range(2):  # interleaved, best of two, against machine noise
                ours, cpu, accounts = _ours(url, Path(folder) / f"crif{attempt}.txt")
                best_ours, best_cpu = min(best_ours, ours), min(best_cpu, cpu)
                best_base = min(best_base, _baseline(url, Path(folder) / "plain.txt"))
            size = (Path(folder) / "crif0.txt").stat().st_size
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return result("bureau_file", best_ours, best_base, "< 10 s", "s", members=n,
                  accounts=accounts, bytes=size, within_target=best_ours < 10,
                  python_cpu_s=round(best_cpu, 3), load_average=os.getloadavg()[0])
