"""Helpers shared by benchmarks: timing and the result line."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def time_once(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def percentile(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    k = max(0, min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1))))
    return ordered[k]


def median(samples: list[float]) -> float:
    return statistics.median(samples)


def result(name: str, value: float, baseline: float, target: float | str, unit: str,
           **extra: object) -> dict:
    ratio = value / baseline if baseline else float("inf")
    return {"name": name, "value": round(value, 6), "baseline": round(baseline, 6),
            "ratio": round(ratio, 3), "target": target, "unit": unit, **extra}


def bench_keys_path():  # type: ignore[no-untyped-def]
    """Head office's key file for a benchmark run (a temporary folder, not the user's)."""
    import tempfile
    from pathlib import Path

    return Path(tempfile.mkdtemp(prefix="shakha-bench-keys-")) / "hq-keys.json"


def enrol(hq, keys, branch, code: str) -> None:  # type: ignore[no-untyped-def]
    """Enrol the branch database `branch` with head office `hq` (as by USB stick)."""
    import json
    import tempfile
    from pathlib import Path

    from app.headoffice.devices import accept_enrolment, issue_enrolment, read_enrolment_reply
    from app.sync.enrolment import read_enrolment, write_enrolment_reply

    with tempfile.TemporaryDirectory() as tmp:
        enrolment, reply = Path(tmp) / "e.enrol", Path(tmp) / "e.reply"
        enrolment.write_text(json.dumps(issue_enrolment(hq, keys, code)))
        write_enrolment_reply(branch, read_enrolment(enrolment), reply)
        accept_enrolment(hq, keys, read_enrolment_reply(keys, reply.read_bytes()))


def head_office_branch(hq, code: str) -> None:  # type: ignore[no-untyped-def]
    """A branch's stream at head office, for a benchmark that feeds ingest directly
    (no device: nothing can reach it over the network)."""
    from datetime import datetime

    from sqlalchemy.orm import Session

    from app.db.canonical import GENESIS_HASH
    from app.headoffice.models import HqBranch

    with Session(hq) as session, session.begin():
        session.add(HqBranch(code=code, epoch=1, acked_seq=0, acked_hash=GENESIS_HASH,
                             registered_at=datetime(2026, 11, 25)))
