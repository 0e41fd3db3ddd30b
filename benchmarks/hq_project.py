"""`hq_project`: head office's projector against plain COPY of the rows it writes (#15:
ratio = our time ÷ COPY's, target ≤ 3).

Counter repayments (benchmarks/sync_wire.py: each event one journal row and one
installment image) are acknowledged first (untimed, as POST /events stores them);
then the projector is timed deriving the consolidated tables from the event store,
as `hq serve` does after the answers: read the stored events in (epoch, seq) order,
gather them, COPY the journal rows into hq_ledger, upsert the installment images,
move the projector's cursor, commit — STEP events per transaction. Baseline, same
database: psycopg COPY of the same journal rows and installment images into two plain
tables, a commit per STEP events, timed once before and once after the projection
(the mean: the load of a shared machine drifts). Before each timed part the stored
events are vacuumed and a CHECKPOINT taken, so that neither pays for the other's
leftovers nor meets autovacuum waking on the burst just stored. `lag_events` is what
was stored and not yet projected when the timing started (the whole burst),
`lag_after` what is left (0). SHAKHA_BENCH_PROJECT_EVENTS sets the count (default
100,000; the issue's burst is 1,000,000; the test suite's quick run uses 300).
Needs PostgreSQL on 127.0.0.1 (SHAKHA_BENCH_PG to override).

2026-12-07, machine shared and loaded (load average 5-10 on 2 cores): 50k events
13.4k/s, 6.3x COPY (20k: 11.4k/s, 5.1x); lag 0 after. Not yet the 3x target: about a
third is reading and decoding the stored payloads, the rest the database (the ledger
COPY, the installment upsert through a temporary table, the commits).

2026-12-07, later (load average 4.1-4.9; the old and the new projector run turn about,
this benchmark as it is now): 20k events: old 2.8x, 2.9x, 4.5x (0.65-0.94 s), new
1.8x, 2.2x, 2.9x (0.42-0.53 s, 38-47k events/s); 50k: old 3.8x, 4.5x (2.0-2.1 s,
24k/s), new 3.2x, 3.3x (1.5 s, 33k/s); 100k (load 6): old 6.5 s, new 5.1 s (15k ->
20k/s; 4.2x, 4.3x: the baseline moved as much); lag 0 after every run. CPU of the
projector and its PostgreSQL backend (/proc) for 20k: about 4.3x COPY's before, 3.5x
after. What changed: events read straight from the driver, one connection for every
step, the cursor locked and moved without the ORM; the usual run gathered from its
payload texts with msgspec (only journal rows and images built, checked against
their Shapes while read; the orjson way for anything unusual, held equal by a
property test); the cycle collector paused over a step; images upserted in id order;
binary COPY; steps commit without waiting for the WAL (derived rows). Still over 3x
at 50k and above: the installment upsert (an index with random keys, speculative
insertion) costs the database some four times a plain COPY of the same rows, and it
grows with the table. Tried and dropped: projecting server-side (INSERT … SELECT with
jsonb functions from hq_event: 0.55 s of database time for the 20k journal rows
alone, more than the whole Python side), gathering the next step in a thread while
one is written (slower under load), steps of 500 to 10,000 (within the noise), DELETE
then COPY instead of the upsert (a quadratic plan once the empty table is analysed),
MERGE (no gain, and a join plan to trust). Then hq_installment with fillfactor 80
(migration hq0024: replaced images updated in place): 50k events each replacing a
held installment, as in a long burst: database 0.64 -> 0.57 s, projection 1.52 ->
1.42 s (load 3.7-4.5); the first 50k (mostly new rows) unchanged within the noise.
With all of it, turn about again (load average 3.0-3.5): 20k: old 3.4x, 3.6x (0.58-0.60
s), new 2.6x, 2.6x (0.38-0.41 s, 49-53k events/s); 50k: old 3.5x (1.17 s), new 3.0x
(0.89 s, 56k/s); 100k: old 3.9x (3.9 s, 25k/s), new 3.0x (1.9 s, 53k/s); lag 0 after.
Under heavier load (4-6) the new projector stays around 3.2x at 50k and 4x at 100k.
End of 2026-12-07, every change merged, quiet machine (load average 0.3-0.7): 100k
events in 2.71 s (36.9k events/s) against COPY's 0.65 s: 4.15x; lag 0 after. Not met.

2026-12-07, afternoon: the projector's Python and the database work at once. Each step
reads the next step's events and gathers them while PostgreSQL runs the installment
upsert (sent in psycopg's pipeline mode), and in that pipeline, after the upsert,
reads the events of the step after that; the cycle collector is paused over all the
steps (re-enabled step by step, it ran over the events gathered ahead: some fifty
collections, 0.1 s). Turn about with the projector as it was before (4 runs each, load
average 0.9-1.0, another session's tests also running: 3 runnable on 2 cores): before
1.79-2.33 s, 4.0x-4.4x (median 4.15x); after 1.46-1.98 s, 2.8x-3.5x (median 3.2x);
five more runs (load 0.8-0.9): 1.56-2.07 s, 3.0x-3.6x; lag 0 after every run. CPU
per event (/proc, 100k): projector about 12 µs, its PostgreSQL backend 10.5 µs (the
installment upsert 5 of it, its stage COPY 1.3); the two cores do not run both at full
speed side by side, so the overlap gives less than the sum. Target reached in 2 runs
of 9: not met. Tried and dropped: the journal rows as one block of COPY text (a
template per row: no cheaper than psycopg's binary write_row, some 0.5 µs a row), the
installment images' binary COPY data built column by column with struct (no faster),
the ledger's COPY data made during the upsert and COPied after it (fastest of 8 runs
16.0 against 14.9 µs/event), images read in msgspec's first pass as a struct per
table (no gain), UPDATE … FROM the stage then INSERT … WHERE NOT EXISTS with hash and
merge joins off (7.4-7.8 -> 8.8-10.2 µs a row), held ids probed first then new rows
COPied and held ones updated (with the statistics of a fresh burst the planner walks
the branch's whole index), INSERT … SELECT FROM unnest of binary arrays instead of the
stage (psycopg dumping the arrays: 3.0-3.5 µs a row in Python against 1.1-1.3), steps
of 5000 (more Python time per event).
Merged with the upload's C loop, five runs one after the other on a quiet machine (load
average 1.0-1.2), 100k events: 3.31x, 3.45x, 3.48x, 3.69x, 3.74x (median 3.45x;
1.87-2.20 s, 45-53k events/s against COPY's 0.50-0.63 s); lag 0 after each. Not met:
the installment upsert's speculative insertion is the database's biggest share.
2026-12-07, fourth session. cProfile of the projector: a third of its Python time was
psycopg's write_row and the day parsing around it; now the rows' binary COPY data is
written in C (app/sync/_fastchain.c copy_binary: 0.33 -> 0.04 s for 40k events). Then
the database's share: hq0027 keys hq_ledger (journal_id, branch) and partitions
hq_installment by branch, keyed (id, branch) (the branch code led both keys, compared at
every b-tree step: PostgreSQL CPU for 100k events 1.66-1.92 -> 1.37-1.76 s); a step's
start (asynchronous commit, cursor lock, the branch's partitions looked up) and its end
(cursor moved, commit) one round trip each; new rows written straight into the
branch's partitions (routing each row through the partitioned table: a twentieth of a
step's database time); the staged images emptied by TRUNCATE instead of DELETE (a
fortieth, and a rebuild no longer reads every earlier step's dead rows again). A step
of 2,000 events (quiet): 37-39 ms -> 28.5 ms, of it the ledger COPY 6.7, the stage COPY
about 3, the upsert about 14 while Python gathers the next step in 10.8. Runs with
every change (load average 1.0-1.7; the machine's COPY baseline 0.47-0.83 s from run to
run), 100k events: 3.15x, 2.73x, 2.71x; just before the TRUNCATE: 3.74x (an outlier,
2.27 s), 2.75x, 2.75x, 3.00x, 2.97x, 3.06x; lag 0 after each. Five more with every
change (load 1.1-1.4): 2.56x, 2.63x, 2.84x, 2.66x, 3.17x: of the eight, median 2.72x,
six under 3x. The issue's burst of 1,000,000 events, once (load about 1): projected in
18.9 s (52.9k events/s) against COPY's 7.5 s: 2.51x; lag 1,000,000 before, 0 after.
"""

from __future__ import annotations

import gc
import os
import time
import uuid

import orjson
import psycopg

from app.headoffice.db import hq_engine, init_database
from app.headoffice.ingest import ingest
from app.headoffice.projector import STEP, project_branch, status
from app.headoffice.row_shapes import IMAGES, LEDGER
from app.sync.wire import decode, encode, pack_events
from benchmarks.common import bench_keys_path, head_office_branch, result
from benchmarks.sync_wire import repayment_events

ADMIN = os.environ.get("SHAKHA_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")


def _copy_rows(url: str, events: list[dict]) -> float:
    """Seconds to COPY the journal rows and installment images the projector writes
    into plain tables, a commit per STEP events."""
    payloads = [orjson.loads(e["payload"]) for e in events]
    with psycopg.connect(url) as conn:
        conn.execute("DROP TABLE IF EXISTS plain_ledger, plain_installment")
        conn.execute("CREATE TABLE plain_ledger (LIKE hq_ledger)")
        conn.execute("CREATE TABLE plain_installment (LIKE hq_installment)")
        conn.commit()
        _settle(url)
        start = time.perf_counter()
        for i in range(0, len(payloads), STEP):
            with conn.cursor() as cur:
                with cur.copy(f"COPY plain_ledger (branch, {', '.join(LEDGER.columns)}) "
                              "FROM STDIN") as copy:
                    for payload in payloads[i:i + STEP]:
                        for row in payload["journal"]:
                            copy.write_row(("BJS-001", *row))
                with cur.copy(f"COPY plain_installment (branch, "
                              f"{', '.join(IMAGES['installment'].columns)}) "
                              "FROM STDIN") as copy:
                    for payload in payloads[i:i + STEP]:
                        for row in payload["images"]["installment"]:
                            copy.write_row(("BJS-001", *row))
            conn.commit()
        return time.perf_counter() - start


def _settle(url: str) -> None:
    """Before each timed part: the stored events vacuumed and analysed, dirty pages
    written (CHECKPOINT), so that neither part pays for the other's leftovers or meets
    autovacuum waking up on the burst just stored."""
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute("VACUUM (ANALYZE) hq_event")
        conn.execute("CHECKPOINT")


def run() -> dict:
    total = int(os.environ.get("SHAKHA_BENCH_PROJECT_EVENTS", "100000"))
    events = repayment_events(total)
    name = f"shakha_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        init_database(url, bench_keys_path())
        engine = hq_engine(url)
        head_office_branch(engine, "BJS-001")
        for i in range(0, total, 1000):  # acknowledged, not projected (untimed)
            ingest(engine, "BJS-001", decode(encode(pack_events("BJS-001", 1,
                                                                events[i:i + 1000]))))
        lag = status(engine)[0].lag
        copy_before = _copy_rows(url, events)  # the baseline on either side (load drifts)
        _settle(url)
        gc.collect()
        gc.freeze()
        try:
            start = time.perf_counter()
            projected = project_branch(engine, "BJS-001")
            project_s = time.perf_counter() - start
        finally:
            gc.unfreeze()
        lag_after = status(engine)[0].lag
        engine.dispose()
        copy_after = _copy_rows(url, events)
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert projected == total
    copy_s = (copy_before + copy_after) / 2
    return result("hq_project", project_s, copy_s, "ratio <= 3 (our time / COPY's)", "s",
                  events=total, step=STEP, events_per_s=round(total / project_s),
                  lag_events=lag, lag_after=lag_after,
                  copy_before_s=round(copy_before, 6), copy_after_s=round(copy_after, 6),
                  load_average=[round(x, 2) for x in os.getloadavg()],
                  note="value/baseline: seconds to project the stored events / to COPY "
                       "the journal rows and installment images they carry into plain "
                       "tables, same database, timed before and after the projection "
                       "(the mean)")
