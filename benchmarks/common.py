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
