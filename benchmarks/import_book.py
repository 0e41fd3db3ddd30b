"""`import_book`: bringing in a 5,000-member branch's book with its loans (target: under
a minute), from the .xlsx workbook the old system's staff would fill in, through the real
`commit_import` (read, check every row, regenerate every schedule, one transaction).

Baseline, same run: inserting the same members, loans and installments into the same
schema with bare sqlite3 executemany (no checks, no schedules, no ledger, no outbox) —
the floor for the write alone. `cpu_seconds` is this process's own CPU time for the
import: on a machine shared with other work it says what the wall time would be alone.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from app.db.engine import open_engine
from app.db.migrate import upgrade_database
from app.db.models import Branch, LoanProduct, Staff
from app.db.raw import connect as raw_connect
from app.db.uow import Actor
from app.domain.products import DEMO_PRODUCTS
from app.services.opening_import import commit_import
from app.services.users import hash_password
from benchmarks.book import write_sample_book
from benchmarks.common import result

TODAY = date(2026, 11, 25)


def new_branch(path: Path) -> Actor:
    """An enrolled branch with no book yet: its staff and products, as head office sent."""
    upgrade_database(path)
    engine = open_engine(path)
    with Session(engine) as s, s.begin():
        s.add(Branch(code="BJS-SHB", name_en="Saheberhat", name_bn="সাহেবেরহাট",
                     institution="Beghoria Janakalyan Samity", currency="INR",
                     policy_profile="india_rbi", business_date=TODAY))
        password = hash_password("bench-pass-1")
        manager = Staff(username="manager", full_name_en="Manager", full_name_bn="ব্যবস্থাপক",
                        role="branch_manager", sanction_grade="BM", password_hash=password)
        s.add(manager)
        for k in range(1, 8):
            s.add(Staff(username=f"officer{k}", full_name_en=f"Officer {k}",
                        full_name_bn=f"কর্মী {k}", role="field_officer",
                        password_hash=password))
        for product in DEMO_PRODUCTS[:2]:
            s.add(LoanProduct(code=product.code, name_en=product.name_en,
                              name_bn=product.name_bn, definition=product.to_dict()))
        s.flush()
        actor = Actor(manager.id, manager.username, manager.role, "BM")
    engine.dispose()
    return actor


def _baseline(path: Path, members: int, installments: int) -> float:
    upgrade_database(path)
    con = raw_connect(path, isolation_level=None)
    con.execute("PRAGMA foreign_keys=OFF")
    start = time.perf_counter()
    con.execute("BEGIN")
    con.executemany("INSERT INTO member (id, code, group_id, name_en, name_bn, "
                    "guardian_name_en, guardian_name_bn, guardian_relation, "
                    "id_document_type, id_document_number, phone, address, village_id, "
                    "household_income_minor, joining_date, status, passbook_no) VALUES "
                    "(?,?,1,?,?,'','','husband','','','','',1,0,'2022-01-10','active','')",
                    ((i, f"M{i}", f"Member {i}", f"Member {i}") for i in range(1, members + 1)))
    con.executemany("INSERT INTO installment (loan_id, number, due_on, principal_minor, "
                    "interest_minor, paid_principal_minor, paid_interest_minor) VALUES "
                    "(?,?,20454,100,10,0,0)",  # 2026-01-01 as a day number (DayNumber)
                    ((i // 46 + 1, i % 46 + 1) for i in range(installments)))
    con.execute("COMMIT")
    elapsed = time.perf_counter() - start
    con.close()
    return elapsed


def run() -> dict:
    members = int(os.environ.get("SHAKHA_BENCH_IMPORT_MEMBERS", "5000"))
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "branch.db"
        actor = new_branch(db)
        engine = open_engine(db)
        book, tb = write_sample_book(engine, Path(tmp) / "book.xlsx", members)
        start, cpu = time.perf_counter(), time.process_time()
        done = commit_import(engine, actor, book, tb)
        value, cpu = time.perf_counter() - start, time.process_time() - cpu
        installments = engine.connect().exec_driver_sql(
            "SELECT count(*) FROM installment").scalar() or 0
        engine.dispose()
        baseline = _baseline(Path(tmp) / "base.db", members, int(installments))
    return result("import_book", value, baseline, target="value < 60 s", unit="s",
                  members=members, loans=done.totals.created.get("loans", 0),
                  cpu_seconds=round(cpu, 3),
                  installments=int(installments))
