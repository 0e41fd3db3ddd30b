"""`startup`: process start → main window shown, on a 5,000-member demo DB, offscreen.

The measured process is the real start a user gets (`shakha`, i.e. `python -m app.cli`):
with SHAKHA_AUTOLOGIN the main window is the first window; it is shown as soon as Qt is
up, with a Today page that says it is loading, and filled once the data layer has been
imported and the database opened (ui.app_main). SHAKHA_EXIT_WHEN_SHOWN makes the app
print `shakha-timing <event> <time.monotonic()>` lines and quit once Today is filled.

- value: process start → main window painted (the `shown` line);
- today_ready_s: process start → Today filled with the day's meetings and painted;
- login_shown_s: the same start without SHAKHA_AUTOLOGIN → login dialog painted (what a
  user who types a password sees first);
- process_s / baseline_process_s: whole process lifetimes, exit included;
- cpu_s / baseline_cpu_s / cpu_ratio: the process's CPU seconds when the window is
  painted (on a shared machine wall time includes waiting for other programs).
Baseline, same run, measured the same way: a bare PySide6 process that shows one window
with one label and reports `shown` from the same place (a zero timer after show()).
Target ratio ≤ 1.5. The demo DB is generated once into .bench/ and reused; it is
encrypted (SQLCipher) and opened through this computer's key, as on a branch PC.
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
RUNS = 7
BARE = ("import time\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "from PySide6.QtCore import QTimer\n"
        "app = QApplication([]); w = QLabel('Shakha'); w.show()\n"
        "def shown():\n"
        "    print(f'shakha-timing shown {time.monotonic():.6f} {time.process_time():.6f}',\n"
        "          flush=True); app.quit()\n"
        "QTimer.singleShot(0, shown); app.exec()\n")


def bench_db() -> Path:
    """The demo branch (5,000 members, 5 years; SHAKHA_BENCH_DEMO_MEMBERS / _YEARS make a
    quick one), generated once and brought to the current schema when it is older."""
    from app.db.migrate import upgrade_database

    members = int(os.environ.get("SHAKHA_BENCH_DEMO_MEMBERS", "5000"))
    years = int(os.environ.get("SHAKHA_BENCH_DEMO_YEARS", "5"))
    suffix = "" if (members, years) == (5000, 5) else f"-{years}y"
    path = ROOT / ".bench" / f"demo-{members}{suffix}-encrypted.db"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        generate_demo(path, members=members, years=years, seed=1, today=date(2026, 11, 25))
    upgrade_database(path)
    return path


def _run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds from launching `cmd` to each `shakha-timing` event, and to its exit; and
    the child's CPU seconds at each event (`<event>_cpu`)."""
    start = time.monotonic()  # CLOCK_MONOTONIC: the same clock in the child
    done = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True,
                          timeout=120, cwd=ROOT)
    times = {"exit": time.monotonic() - start}
    for line in done.stdout.splitlines():
        if line.startswith("shakha-timing "):
            _, event, at, *cpu = line.split()
            times[event] = float(at) - start
            if cpu:
                times[f"{event}_cpu"] = float(cpu[0])
    return times


def _median(runs: list[dict[str, float]], event: str) -> float:
    return statistics.median(r[event] for r in runs)


def run() -> dict:
    db = bench_db()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SHAKHA_EXIT_WHEN_SHOWN="1",
               SHAKHA_LANG="bn")
    env.pop("SHAKHA_AUTOLOGIN", None)
    app_cmd = [sys.executable, "-m", "app.cli", "--db", str(db)]
    auto = dict(env, SHAKHA_AUTOLOGIN="officer1:demo")
    ours, bare, login = [], [], []
    for _ in range(RUNS):  # interleaved, so a busy moment hits both alike
        ours.append(_run(app_cmd, auto))
        bare.append(_run([sys.executable, "-c", BARE], env))
        login.append(_run(app_cmd, env))
    return result("startup", _median(ours, "shown"), _median(bare, "shown"),
                  target="ratio <= 1.5", unit="s",
                  today_ready_s=round(_median(ours, "ready"), 6),
                  login_shown_s=round(_median(login, "shown"), 6),
                  process_s=round(_median(ours, "exit"), 6),
                  baseline_process_s=round(_median(bare, "exit"), 6),
                  # CPU seconds to the window painted (the machine may be shared: wall
                  # time waits for other programs, CPU time does not)
                  cpu_s=round(_median(ours, "shown_cpu"), 6),
                  baseline_cpu_s=round(_median(bare, "shown_cpu"), 6),
                  cpu_ratio=round(_median(ours, "shown_cpu") / _median(bare, "shown_cpu"), 3))
