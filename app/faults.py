"""Named fault points: `SHAKHA_FAULT=<name>` kills the process there (tests of crashes).

Used by the crash tests to prove that a power cut at the worst moment leaves the
database as it was. Costs one environment lookup when not set.
"""

from __future__ import annotations

import os
import signal


def fault_point(name: str) -> None:
    if os.environ.get("SHAKHA_FAULT") == name:
        os.kill(os.getpid(), signal.SIGKILL)
