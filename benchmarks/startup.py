"""`startup`: process start → main window shown, on a 5,000-member demo DB, offscreen.

Baseline, same run: a bare PySide6 process that shows one window with one label.
Target ratio ≤ 1.5. The demo DB is generated once into .bench/ and reused.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from app.demo import generate_demo
from benchmarks.common import result

ROOT = Path(__file__).resolve().parents[1]
BARE = ("from PySide6.QtWidgets import QApplication, QLabel\n"
        "from PySide6.QtCore import QTimer\n"
        "app = QApplication([]); w = QLabel('Shakha'); w.show()\n"
        "QTimer.singleShot(0, app.quit); app.exec()\n")


def bench_db() -> Path:
    path = ROOT / ".bench" / "demo-5000.db"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        generate_demo(path, members=5000, years=5, seed=1, today=date(2026, 11, 25))
    return path


def _time(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120, cwd=ROOT)
    return time.perf_counter() - start


def run() -> dict:
    db = bench_db()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHAKHA_AUTOLOGIN="officer1:demo",
               SHAKHA_EXIT_WHEN_SHOWN="1", SHAKHA_LANG="bn")
    ours = [_time([sys.executable, "-m", "app.cli", "--db", str(db)], env) for _ in range(5)]
    bare = [_time([sys.executable, "-c", BARE], env) for _ in range(5)]
    return result("startup", statistics.median(ours), statistics.median(bare),
                  target="ratio <= 1.5", unit="s")
