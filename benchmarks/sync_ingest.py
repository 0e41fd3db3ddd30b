"""`sync_ingest`: head office acknowledging branch events against plain COPY (#15:
ratio = our time ÷ COPY's, target ≤ 2.5 at batches of 1,000).

Since #15 head office acknowledges first and projects after: the timed path is what a
POST /events does before it answers — decode the zstd column-wise batch (limits,
floats refused), lock the branch cursor, recompute every hash and check the chain,
check no event id is reused, COPY the events into hq_event (the branch's own
partition), recompute the branch's journal chain over the rows the events carry and
check the journal claim (every batch carries one, as app.sync.checkpoints sends it),
advance the cursor, commit; one transaction per batch. The projection is
`hq_project`'s figure. Baseline, same run and database: psycopg COPY of the same event
rows into a plain table of the event columns (no keys, no checks), one commit per
batch. Each batch is acknowledged, then COPied, in turn, so that both meet the same
load of a shared machine (timed one after the other, the COPY alone took two to
three times as long from one run to the next as the machine's load changed).

SYNC.md asks for batches of 100, 1,000 and 10,000: the same events at each size, each
into a fresh database, each against COPY in batches as big; `batch_100` and
`batch_10000` carry the others. SHAKHA_BENCH_INGEST_EVENTS sets the count (default
200,000; the issue's figure is 1,000,000; the test suite's quick run uses 300).

History (before #15, with the projection inside the upload transaction): 6-9x COPY at
batches of 1,000 — the database work of the projection alone was ~4-5x COPY.
2026-12-07, acknowledgement only, machine shared and loaded (load average 5-10 on 2
cores): 50k events 10.2k/s, 4.5x COPY at batches of 1,000, 6.2x at 100, 8.4x at 10,000
(20k events at load 10: 5.6x, 2.9x, 11.6x). Decoding the JSON batch (json.loads builds
every payload's objects) and a query of every event id before storing were most of it.
Later 2026-12-07 (hq_event partitioned by branch; decode keeps a usual batch's payloads
as the texts the branch hashed, msgspec validating the JSON without building objects;
a reused id found by the unique key (branch, event_id) as the rows are stored), load
average 5-6: 50k events 18.6k/s, 3.4x COPY at batches of 1,000, 3.4x at 100, 3.1x at
10,000. The target of 2.5x is still not met: what is left is the database's work on
hq_event's keys (three b-tree entries a row: (branch, id), (branch, epoch, seq),
(branch, event_id), where the plain table has none), the cursor lock and the per-event
hash in Python.
Later 2026-12-07 the benchmark sends the journal claim a branch sends (head office
recomputing the journal chain was not timed before: it alone took more than the rest,
json.loads of every payload and canonical_json of every row), into the branch's own
partition, batches interleaved with COPY. The same benchmark on the code before and
after, 50k events, one after the other: before 5.7-6.5x COPY at batches of 1,000,
3.3-3.8x at 100, 7.8-9.0x at 10,000 (load average 2.9-6.0, 7.3-10.2k events/s);
after 3.2-3.6x, 2.5-2.6x, 3.9-4.5x (load average 4.2-6.6, 11.0-17.8k events/s).
Without the journal claim (the earlier figures' path): before 3.5x, 2.3-2.7x,
4.0-4.5x; after 2.7-2.9x, 2.3-2.4x, 2.9-3.2x (load average 5.3-6.8). What changed:
the journal rows read by msgspec and each row's hash written by orjson (both proved
equal to json / canonical_json by hypothesis tests); the events written to COPY as
one text instead of psycopg's write_row value by value; a batch continuing the chain
stored chunk by chunk as it is hashed, the journal recomputed while the last rows
are stored; one UPDATE of the cursor; hq_event keyed by (branch, epoch, seq) without
its surrogate id (hq0023: 21% less database time for a COPY into it, within the noise
here since the database's work now overlaps the hashing). The target of 2.5x at
1,000 is not met with the journal claim: what is left is Python's work per event,
some 16 µs (its parts timed apart, load 1-3: decode ~4, event hash ~4.5, COPY text
~1.5, journal row read and hash ~5.5) against COPY's 6-8 µs a row, and per batch the round trips of the
cursor lock, pre-ping, UPDATE and commit, which a loaded machine makes dear (at 100,
3 ms for the lock and 6 ms for UPDATE + commit at load 5).
End of 2026-12-07, every change merged, quiet machine (load average 0.3-0.5): 50k
events, 39.9k events/s against COPY's 159.7k/s: 4.0x at batches of 1,000, 4.3x at
100, 4.8x at 10,000. A quiet machine flatters the baseline (COPY gets a core of its
own), so the ratio is worse there than under load, while our events/s are the best
measured. Not met.
2026-12-07, third session: head office's hot loop in C (app/sync/_fastchain.c: the
event chain, the journal chain, the decode's scans and the COPY text, from values
msgspec parsed; SHA-256 by OpenSSL), a batch of the usual keys read in one msgspec pass,
the cursor, anchor and trail row written in one statement and committed in the same
round trip. Python's own work per event, parts timed apart (quiet): event chain 2.9 ->
0.9 µs, journal chain 5.5 -> 2.1 (of it 0.9 msgspec reading the rows from the
payloads), decode 3.4 -> 1.6, COPY text 1.0 -> 0.3. What is left is mostly the
database's: COPY into hq_event (two b-tree keys: (branch, epoch, seq), which makes
storing exactly once the database's guarantee, and (branch, event_id)) costs it some
1.8x a COPY into a plain table before any Python runs, and a batch's round trips (pool
pre-ping, BEGIN, the cursor lock, COPY, the cursor write with the commit).
Five runs one after the other on a quiet machine (load average 0.8-1.1), 50k events:
2.68x, 2.83x, 3.00x, 3.09x, 3.39x COPY at batches of 1,000 (median 3.0x; 52.7-68.0k
events/s against COPY's 157-210k/s; the session's first run, before these changes,
4.7x at 47.1k/s); at 100: 3.16-3.31x; at 10,000: 2.28-2.95x. Two identical runs here
differ by up to 30%. Not met: with the keys hq_event keeps and a synchronous commit,
the database's own share is already about 2x COPY's whole time.
2026-12-07, fourth session. perf on the backend showed a fifth of a keyed COPY in
b-tree compares of the branch code that led both keys (nocache_index_getattr, text
compares), though a partition holds one branch: hq0026 keys hq_event (epoch, seq,
branch) and (event_id, branch), event_id COLLATE "C" (DB-only, keyed/plain COPY of
1,000 real rows, median of 40 batches: 1.64-1.71x -> 1.44-1.48x). Then, timed within a
batch (50 batches of 1,000): the lock's query sent in a pipeline before the message is
decoded (ingest_message: 1.9 -> 0.5 ms of lock a batch); decode's msgspec pass checks
the columns' types, widths and ranges (open_batch 0.57 -> 0.004 ms); the payload scan
and texts in one C pass (decode 2.25 -> 1.66 ms); a first COPY chunk of 50 events (the
database starts sooner); the batch COPied straight into the branch's own partition,
in COPY's binary format (rows written in C). The timeline of a batch is now (ms, 50
batches): 0.8 session and lock sent, 1.7-2.4 decode, 0.4 lock read, 0.5 COPY start and
first chunk, 3.5 the rest hashed and sent, 4.4 journal chain (while the database
stores), 1.9-2.7 waiting for the database, 2.0 cursor and commit: the database's COPY
is the longest part. Runs with every change (load average 1.0-1.5, the machine's COPY
117-208k events/s from run to run): 2.70x, 2.41x, 2.42x, 2.55x, 2.29x, 2.34x, 2.52x,
2.58x at batches of 1,000 (median 2.47x; 46-87k events/s); at 100: 2.5-2.8x; at
10,000: 2.05-2.6x. Five more (load 1.5-4.4): 2.41x, 2.70x, 2.31x, 2.61x, 2.41x: of
all 13, median 2.42x, 8 at or under 2.5x. The issue's 1,000,000 events, once (load
about 1): 2.33x at 1,000 (57.4k events/s against COPY's 133.6k), 2.49x at 100, 2.40x at
10,000; the benchmark's own peak memory 1.9 GB (the events it sends).
Needs PostgreSQL on 127.0.0.1 (SHAKHA_BENCH_PG to override).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import os
import random
import time
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import psycopg
from sqlalchemy import update

from app.headoffice.db import hq_engine, init_database
from app.headoffice.ingest import EVENT_COLUMNS, ingest_message
from app.headoffice.models import HqBranch
from app.headoffice.partitions import ensure_branch_partitions
from app.sync.canonical import chain_hash
from app.sync.events import JOURNAL_FIELDS
from app.sync.journal_chain import carried_rows, posted_at_entry
from app.sync.snapshot_manifest import JOURNAL_HASHED_FIELDS
from app.sync.wire import encode, pack_events
from benchmarks.common import bench_keys_path, head_office_branch, result
from benchmarks.sync_wire import repayment_events

ADMIN = os.environ.get("SHAKHA_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
BATCH = 1000  # the main figure's batch size
BATCHES = (100, BATCH, 10_000)  # SYNC.md's figures: each against COPY in batches as big


def _copy_events(cur: psycopg.Cursor, rows: list[dict]) -> None:
    with cur.copy(f"COPY plain_event ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
        for e in rows:
            copy.write_row(("BJS-001", e["epoch"], e["seq"], e["event_id"], e["type"],
                            e["schema_version"], e["aggregate_id"], e["business_date"],
                            e["device_time"], e["staff_id"], e["payload"], e["prev_hash"],
                            e["hash"], "2026-11-25 10:00:00"))


# Where the branch's journal stood when head office anchored it last (its snapshot): the
# rows the events carry continue it (repayment_events numbers them from 1,000,001).
JOURNAL_START = (1_000_000, hashlib.sha256(b"the snapshot's journal head").hexdigest())


def journal_claims(events: list[dict[str, Any]], batch: int) -> list[dict[str, Any]]:
    """The journal claim of each batch, as the branch sends it
    (app.sync.checkpoints.journal_claim): the head the batch's rows reach, with its hash
    chained over every row from JOURNAL_START as the branch's journal is, the anchor at
    head office's last checkpoint (the batch before) and the fields head office
    recomputes the chain with (app.sync.journal_chain): each row posted a few hundred
    to a few thousand microseconds before its event, by its staff, with no reason."""
    rng = random.Random(7)
    claims, (head_id, head_hash) = [], JOURNAL_START
    for i in range(0, len(events), batch):
        anchor = [head_id, head_hash]
        chain: dict[str, list[Any]] = {"posted_at": [], "staff_id": [], "reason": []}
        for event, row in carried_rows(events[i:i + batch]):
            posted = datetime.fromisoformat(event["device_time"]) - timedelta(
                microseconds=rng.randint(50, 3000))
            content = dict(zip(JOURNAL_FIELDS, row, strict=True))
            content.update(posted_at=posted.isoformat(), staff_id=event["staff_id"],
                           reason=None)
            head_id, head_hash = row[0], chain_hash(
                head_hash, {f: content[f] for f in JOURNAL_HASHED_FIELDS})
            chain["posted_at"].append(posted_at_entry(event, posted))
            chain["staff_id"].append(event["staff_id"])
            chain["reason"].append(None)
        claims.append({"id": head_id, "hash": head_hash, "anchor": anchor, "chain": chain})
    return claims


def _measure(url: str, events: list[dict], batch: int) -> tuple[float, float]:
    """Seconds to acknowledge `events` in batches of `batch` into a fresh head-office
    database, and to COPY the same rows in batches as big into a plain table there:
    each batch acknowledged, then COPied, in turn, so that both meet the same load of
    a shared machine."""
    init_database(url, bench_keys_path())
    engine = hq_engine(url)
    head_office_branch(engine, "BJS-001")
    with engine.begin() as conn:  # as enrolment does: the branch's own partitions
        ensure_branch_partitions(conn, "BJS-001")
        conn.execute(update(HqBranch).where(HqBranch.code == "BJS-001").values(
            journal_id=JOURNAL_START[0], journal_hash=JOURNAL_START[1]))
    batches = [events[i:i + batch] for i in range(0, len(events), batch)]
    wire = [encode({**pack_events("BJS-001", 1, b), "journal": claim})
            for b, claim in zip(batches, journal_claims(events, batch), strict=True)]
    ingest_s = copy_s = 0.0
    with psycopg.connect(url) as conn:
        conn.execute(f"CREATE TABLE plain_event AS SELECT {', '.join(EVENT_COLUMNS)} "
                     "FROM hq_event WITH NO DATA")
        conn.commit()
        gc.collect()
        gc.freeze()
        try:
            for data, rows in zip(wire, batches, strict=True):
                start = time.perf_counter()  # as POST /events: decode, verify, store,
                ack = ingest_message(engine, "BJS-001", data)  # advance, commit
                middle = time.perf_counter()
                with conn.cursor() as cur:
                    _copy_events(cur, rows)
                conn.commit()
                ingest_s, copy_s = (ingest_s + middle - start,
                                    copy_s + time.perf_counter() - middle)
        finally:
            gc.unfreeze()
    engine.dispose()
    assert ack.acked_seq == len(events), "every batch acknowledged"
    return ingest_s, copy_s


def _in_fresh_database(fn: Callable[[str], tuple[float, float]]) -> tuple[float, float]:
    name = f"shakha_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        return fn(ADMIN.rsplit("/", 1)[0] + "/" + name)
    finally:
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run() -> dict:
    total = int(os.environ.get("SHAKHA_BENCH_INGEST_EVENTS", "200000"))
    events = repayment_events(total)
    timings = {batch: _in_fresh_database(functools.partial(_measure, events=events,
                                                           batch=batch))
               for batch in BATCHES}
    ingest_s, copy_s = timings[BATCH]
    others = {f"batch_{batch}": {"events_per_s": round(total / i_s),
                                 "copy_events_per_s": round(total / c_s),
                                 "ratio": round(i_s / c_s, 2)}
              for batch, (i_s, c_s) in timings.items() if batch != BATCH}
    return result("sync_ingest", ingest_s, copy_s, "ratio <= 2.5 (our time / COPY's)",
                  "s", events=total, batch=BATCH, events_per_s=round(total / ingest_s),
                  copy_events_per_s=round(total / copy_s), **others,
                  note=f"{total} events per batch size (issue's figure 1,000,000: set "
                       "SHAKHA_BENCH_INGEST_EVENTS); value/baseline: seconds to acknowledge "
                       "/ to COPY the same event rows into a plain table, batches of 1,000, "
                       "same database, right after; batch_100 and batch_10000 alike")
