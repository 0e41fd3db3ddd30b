"""`demo`: generating a 5,000-member, 5-year branch (target: under 120 s).

Baseline, same run: inserting the same number of journal rows into the same schema
with bare executemany on the same kind of file (encrypted, as the demo is; no simulation,
no hashing) — the floor for the bulk write.
"""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from app.db.migrate import upgrade_database
from app.db.raw import connect
from app.demo import generate_demo
from benchmarks.common import result


def run() -> dict:
    members = int(os.environ.get("SHAKHA_BENCH_MEMBERS", "5000"))
    with tempfile.TemporaryDirectory() as tmp:
        summary = generate_demo(Path(tmp) / "demo.db", members=members, years=5, seed=1,
                                today=date(2026, 11, 25))
        base_path = Path(tmp) / "base.db"
        upgrade_database(base_path)
        con = connect(base_path, isolation_level=None)
        con.execute("PRAGMA foreign_keys=OFF")
        start = time.perf_counter()
        con.execute("BEGIN")
        rows = ((i, "2026-01-01", 1_767_268_800_000_001, 1, "repayment", 1, 1, None,
                 None, 100, 90, 10, 0, 0, "meeting", None, "", i.to_bytes(32, "big"))
                for i in range(1, summary.journal_rows + 1))
        con.executemany("INSERT INTO journal_entry VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        rows)
        con.execute("COMMIT")
        baseline = time.perf_counter() - start
        con.close()
    return result("demo", summary.seconds, baseline, target="value < 120 s", unit="s",
                  members=members, journal_rows=summary.journal_rows)
