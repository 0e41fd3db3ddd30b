"""The benchmarks still run (at toy sizes, through `python -m benchmarks`): a figure
nobody can produce is no figure. Nothing here looks at a time — only that each
benchmark finishes and prints its JSON line with a value, a baseline and a ratio."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QUICK = ("schedule", "sync_wire", "print_day", "sync_ingest", "resync_30d", "bureau_file",
         "import_book")


@pytest.mark.xdist_group("benchmarks")
def test_the_quick_benchmarks_run_and_print_their_figures():
    env = dict(os.environ, SHAKHA_BENCH_INGEST_EVENTS="300", SHAKHA_BENCH_RESYNC_PER_DAY="2",
               SHAKHA_BENCH_PRINT_MEMBERS="150", SHAKHA_BENCH_BUREAU_MEMBERS="50",
               SHAKHA_BENCH_IMPORT_MEMBERS="60")
    done = subprocess.run([sys.executable, "-m", "benchmarks", *QUICK], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
    assert [line["name"] for line in lines] == list(QUICK)
    for line in lines:
        assert line["value"] > 0 and line["baseline"] > 0 and "ratio" in line, line
