"""`sync_ingest`: head office ingesting branch events against plain COPY (target ≤ 3).

The issue's figure is 1,000,000 events; by default this run uses 200,000 to keep the
time sane — set SHAKHA_BENCH_INGEST_EVENTS=1000000 for the full figure. Events are
counter repayments, each with its journal row and installment image
(benchmarks/sync_wire.py), ingested as the API does it, in batches of 1,000: decode the
zstd column-wise batch (floats refused), recompute every hash and check the chain, lock
the branch cursor, COPY the events into hq_event, project the ledger rows and the
installment images into the consolidated tables, advance the cursor, commit — one
transaction per batch. Baseline, same run and database: psycopg COPY of the same event
rows into a plain table (no indexes, no checks, no projection), one commit per batch.

The generated events are moved out of the garbage collector's sight (`gc.freeze`)
before either timing: they are the benchmark's, not the server's, and a collector
walking hundreds of thousands of them would be charged to whichever loop runs.
Needs PostgreSQL on 127.0.0.1 (SHAKHA_BENCH_PG to override).

Measured on the 2-core dev machine, quiet: 50k events 39k/s (COPY ~310k/s, 7.6-8.3x),
200k events 37k/s (9.2x); before the column-wise checks, COPY projection and orjson
24k/s (12.7x) and 22k/s (14.3x). The target of 3x is out of reach by design: the same
database work done with nothing else — COPY into hq_event with its three unique
indexes, COPY of the ledger rows, the installment upsert, one commit per batch — alone
takes ~4x plain COPY, and decoding plus recomputing every hash adds ~1.5x more.
"""

from __future__ import annotations

import gc
import os
import time
import uuid

import psycopg

from app.headoffice.admin import add_branch
from app.headoffice.db import hq_engine, init_database
from app.headoffice.ingest import EVENT_COLUMNS, ingest
from app.sync.wire import decode, encode, pack_events
from benchmarks.common import result
from benchmarks.sync_wire import repayment_events

ADMIN = os.environ.get("SHAKHA_BENCH_PG", "postgresql://postgres@127.0.0.1:5432/test")
BATCH = 1000


def _generate(total: int) -> list[list[dict]]:
    events = repayment_events(total)
    return [events[i:i + BATCH] for i in range(0, total, BATCH)]


def run() -> dict:
    total = int(os.environ.get("SHAKHA_BENCH_INGEST_EVENTS", "200000"))
    name = f"shakha_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(ADMIN, autocommit=True) as admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    url = ADMIN.rsplit("/", 1)[0] + "/" + name
    try:
        init_database(url)
        engine = hq_engine(url)
        add_branch(engine, "BJS-001")
        batches = _generate(total)
        wire = [encode(pack_events("BJS-001", 1, b)) for b in batches]
        gc.collect()
        gc.freeze()
        start = time.perf_counter()
        for data in wire:
            ingest(engine, "BJS-001", decode(data))
        ingest_s = time.perf_counter() - start
        engine.dispose()
        with psycopg.connect(url) as conn:
            conn.execute("CREATE TABLE plain_event (LIKE hq_event INCLUDING DEFAULTS)")
            conn.execute("ALTER TABLE plain_event ALTER COLUMN id DROP NOT NULL")
            conn.commit()
            start = time.perf_counter()
            for batch in batches:
                with conn.cursor() as cur, cur.copy(
                        f"COPY plain_event ({', '.join(EVENT_COLUMNS)}) FROM STDIN") as copy:
                    for e in batch:
                        copy.write_row(("BJS-001", e["epoch"], e["seq"], e["event_id"],
                                        e["type"], e["schema_version"], e["aggregate_id"],
                                        e["business_date"], e["device_time"], e["staff_id"],
                                        e["payload"], e["prev_hash"], e["hash"],
                                        "2026-11-25 10:00:00"))
                conn.commit()
            copy_s = time.perf_counter() - start
    finally:
        gc.unfreeze()
        with psycopg.connect(ADMIN, autocommit=True) as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    return result("sync_ingest", total / ingest_s, total / copy_s, "ratio <= 3 (COPY/ingest)",
                  "events/s", events=total, batch=BATCH,
                  slowdown_vs_copy=round(copy_s and ingest_s / copy_s, 2),
                  note=f"{total} events (issue's figure 1,000,000: set "
                       "SHAKHA_BENCH_INGEST_EVENTS); baseline = plain COPY of the same rows, "
                       "batch by batch, same database")
