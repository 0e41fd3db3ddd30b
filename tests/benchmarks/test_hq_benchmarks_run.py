"""Head office's benchmarks still run at toy sizes (through `python -m benchmarks`):
only that each finishes and prints its JSON line with a value, a baseline and a ratio
(no time is looked at)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.xdist_group("benchmarks")
def test_the_projection_benchmark_runs_and_prints_its_figures():
    env = dict(os.environ, SHAKHA_BENCH_PROJECT_EVENTS="300")
    done = subprocess.run([sys.executable, "-m", "benchmarks", "hq_project"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    [line] = [json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")]
    assert line["name"] == "hq_project" and line["events"] == 300
    assert (line["lag_events"], line["lag_after"]) == (300, 0)
    assert line["value"] > 0 and line["baseline"] > 0 and "ratio" in line


@pytest.mark.xdist_group("benchmarks")
def test_the_load_benchmark_runs_real_clients_against_hq_serve():
    env = dict(os.environ, SHAKHA_BENCH_LOAD_BRANCHES="3", SHAKHA_BENCH_LOAD_EVENTS="20",
               SHAKHA_BENCH_LOAD_CLIENTS="2")
    done = subprocess.run([sys.executable, "-m", "benchmarks", "hq_load"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    [line] = [json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")]
    assert line["name"] == "hq_load" and line["branches"] == 3
    assert (line["acknowledged"], line["errors"]) == (60, 0)
    assert line["p95_batch_s"] > 0 and line["server_peak_rss_mb"] > 0
