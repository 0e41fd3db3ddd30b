"""`meeting_post`: posting a ~20-member meeting on a 5,000-member branch database.

The demo branch (app.demo.generate_demo, 5,000 members, two years of history) is cached
under .bench/ and copied twice per run. On copy A — encrypted, as every branch database
is (SQLCipher, app.db.raw) — `post_meeting` posts today's meetings one by one (every
member pays her due + arrears and her savings due). After each post the rows it wrote or
changed are read back and written to copy B, a plain (unencrypted) SQLite file, with raw
sqlite3 `executemany` in one transaction — the same rows, the same file state, the
floor any posting costs without encryption. The largest of today's groups are posted
(the issue's 20-member meeting). Targets: ratio ≤ 2 (#19: encryption included) and
p95 < 50 ms.

WAL checkpoints run in app.db.checkpoint's thread once the file is quiet, not in a
commit; the raw side keeps SQLite's automatic checkpoint, so its p95 includes the
commits that pay for one.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from datetime import date
from pathlib import Path

from app.db.engine import open_engine
from app.db.raw import connect
from app.db.uow import Actor
from app.services.meetings import MeetingEntry, MeetingRow, meeting_sheet, post_meeting
from benchmarks.common import percentile, result

TODAY = date(2026, 11, 25)
POSTS = 30
# SHAKHA_BENCH_POST_MEMBERS makes a smaller branch (a quick run)
MEMBERS = int(os.environ.get("SHAKHA_BENCH_POST_MEMBERS", "5000"))
CACHE = Path(".bench") / f"meeting_post_{MEMBERS}_encrypted.db"


def _cached_db() -> Path:
    from app.db.migrate import upgrade_database

    if not CACHE.exists():
        from app.demo.generator import generate_demo

        CACHE.parent.mkdir(parents=True, exist_ok=True)
        tmp = CACHE.with_suffix(".tmp")
        for leftover in CACHE.parent.glob(tmp.name + "*"):
            leftover.unlink()
        generate_demo(tmp, members=MEMBERS, years=2, seed=1, today=TODAY)
        copy_db(tmp, CACHE)
        for leftover in CACHE.parent.glob(tmp.name + "*"):
            leftover.unlink()
    upgrade_database(CACHE)  # a cache from an older schema
    return CACHE


def copy_db(source: Path, target: Path) -> None:
    """The encrypted file and its key file (the machine holds the key of both)."""
    shutil.copy(source, target)
    shutil.copy(f"{source}.keys", f"{target}.keys")


def _plain_copy(source: Path, target: Path) -> None:
    """The same database without encryption: the baseline's file."""
    con = connect(source)
    try:
        con.execute("ATTACH DATABASE ? AS plain KEY ''", (str(target),))
        con.execute("SELECT sqlcipher_export('plain')")
        con.execute("DETACH DATABASE plain")
    finally:
        con.close()


def _entry(engine, meeting_id: int) -> MeetingEntry:  # type: ignore[no-untyped-def]
    sheet = meeting_sheet(engine, meeting_id)
    rows = tuple(MeetingRow(m.member_id, "present", m.due_minor + m.arrears_minor,
                            m.savings_due_minor) for m in sheet.members)
    return MeetingEntry(meeting_id, sum(r.repayment_minor + r.savings_deposit_minor
                                        for r in rows), rows)


def _columns(con: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]


def _max(con: sqlite3.Connection, table: str, key: str) -> int:
    return int(con.execute(f'SELECT coalesce(max({key}), 0) FROM "{table}"').fetchone()[0])


def _rows(con: sqlite3.Connection, table: str, where: str, args: tuple) -> list[tuple]:
    return con.execute(f'SELECT * FROM "{table}" WHERE {where}', args).fetchall()


def _written(con: sqlite3.Connection, meeting_id: int, marks: dict[str, int]
             ) -> tuple[dict[str, list[tuple]], dict[str, list[tuple]]]:
    """Rows the posting inserted, and rows it updated (read back from copy A)."""
    inserted = {
        "journal_entry": _rows(con, "journal_entry", "meeting_id = ?", (meeting_id,)),
        "attendance": _rows(con, "attendance", "meeting_id = ?", (meeting_id,)),
        "outbox_event": _rows(con, "outbox_event", "seq > ?", (marks["outbox_event"],)),
        "audit_event": _rows(con, "audit_event", "id > ?", (marks["audit_event"],)),
        "savings_account": _rows(con, "savings_account", "id > ?",
                                 (marks["savings_account"],)),
    }
    cols = _columns(con, "journal_entry")
    li, si = cols.index("loan_id"), cols.index("savings_account_id")
    loans = sorted({r[li] for r in inserted["journal_entry"] if r[li] is not None})
    accounts = sorted({r[si] for r in inserted["journal_entry"] if r[si] is not None
                       and r[si] <= marks["savings_account"]})
    marks_loans = ",".join(str(i) for i in loans) or "0"
    marks_accounts = ",".join(str(i) for i in accounts) or "0"
    updated = {
        "installment": _rows(con, "installment", f"loan_id IN ({marks_loans})", ()),
        "loan": _rows(con, "loan", f"id IN ({marks_loans})", ()),
        "savings_account": _rows(con, "savings_account", f"id IN ({marks_accounts})", ()),
        "meeting": _rows(con, "meeting", "id = ?", (meeting_id,)),
    }
    return inserted, updated


def _raw_post(con: sqlite3.Connection, inserted: dict[str, list[tuple]],
              updated: dict[str, list[tuple]], columns: dict[str, list[str]]) -> float:
    start = time.perf_counter()
    con.execute("BEGIN IMMEDIATE")
    for table, rows in inserted.items():
        if rows:
            marks = ",".join("?" * len(columns[table]))
            con.executemany(f'INSERT INTO "{table}" VALUES ({marks})', rows)
    for table, rows in updated.items():
        if rows:
            cols = columns[table]
            sets = ", ".join(f"{c} = ?" for c in cols[1:])
            con.executemany(f'UPDATE "{table}" SET {sets} WHERE {cols[0]} = ?',
                            [(*row[1:], row[0]) for row in rows])
    con.execute("COMMIT")
    return time.perf_counter() - start


def run(posts: int = POSTS) -> dict:
    source = _cached_db()
    work = Path(".bench") / "meeting_post_run"
    work.mkdir(exist_ok=True)
    a, b = work / "service.db", work / "raw.db"
    for path in (a, b):
        for leftover in work.glob(path.name + "*"):
            leftover.unlink()
    copy_db(source, a)
    _plain_copy(source, b)
    engine = open_engine(a)
    reader = connect(a)
    raw = sqlite3.connect(b, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw.execute("PRAGMA foreign_keys=ON")
    tables = ("journal_entry", "attendance", "outbox_event", "audit_event", "savings_account",
              "installment", "loan", "meeting")
    columns = {t: _columns(reader, t) for t in tables}
    officer = reader.execute("SELECT id, username FROM staff WHERE role='field_officer' "
                             "ORDER BY id LIMIT 1").fetchone()
    actor = Actor(officer[0], officer[1], "field_officer")
    meetings = [r[0] for r in reader.execute(
        "SELECT m.id FROM meeting m JOIN member_group g ON g.id = m.group_id "
        "WHERE m.scheduled_on = ? AND m.status = 'scheduled' ORDER BY (SELECT count(*) "
        "FROM member WHERE group_id = g.id AND status = 'active') DESC, g.code",
        (TODAY.isoformat(),))][:posts + 1]
    service_times, raw_times, sizes = [], [], []
    cpu = raw_cpu = 0.0  # CPU seconds of the posts (the machine may be shared: wall time waits)
    for n, meeting_id in enumerate(meetings):
        entry = _entry(engine, meeting_id)
        marks = {"outbox_event": _max(reader, "outbox_event", "seq"),
                 "audit_event": _max(reader, "audit_event", "id"),
                 "savings_account": _max(reader, "savings_account", "id")}
        start, start_cpu = time.perf_counter(), time.process_time()
        post_meeting(engine, actor, entry)
        service_times.append(time.perf_counter() - start)
        if n:
            cpu += time.process_time() - start_cpu
        reader.rollback()
        inserted, updated = _written(reader, meeting_id, marks)
        raw_cpu_start = time.process_time()
        raw_time = _raw_post(raw, inserted, updated, columns)
        if n:
            raw_cpu += time.process_time() - raw_cpu_start
        if n == 0:  # warm-up: statement caches of both sides
            service_times.pop()
            continue
        raw_times.append(raw_time)
        sizes.append(len(entry.rows))
    engine.dispose()
    reader.close()
    raw.close()
    service, baseline = sum(service_times), sum(raw_times)
    return result("meeting_post", service / len(service_times) * 1000,
                  baseline / len(raw_times) * 1000,
                  "ratio <= 2 (encrypted vs plain) and p95 < 50 ms", "ms", ratio_target=2,
                  encrypted=True, p95_ms=round(percentile(service_times, 95) * 1000, 3),
                  p95_target_ms=50, raw_p95_ms=round(percentile(raw_times, 95) * 1000, 3),
                  posts=len(service_times), members_per_meeting=round(sum(sizes) / len(sizes), 1),
                  branch_members=MEMBERS,
                  cpu_ms=round(cpu / len(service_times) * 1000, 3),
                  raw_cpu_ms=round(raw_cpu / len(raw_times) * 1000, 3),
                  cpu_ratio=round(cpu / raw_cpu, 3) if raw_cpu else None)


if __name__ == "__main__":
    import json

    print(json.dumps(run()))
