"""CI is deterministic: the profile the suite runs under, and the bound on shrinking."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from hypothesis import settings
from hypothesis.internal.conjecture import engine

from tests import hypothesis_profiles

ROOT = Path(__file__).resolve().parents[2]


def test_the_ci_profile_is_derandomized_without_a_database_or_deadline() -> None:
    ci = settings.get_profile("ci")
    assert (ci.derandomize, ci.database, ci.deadline) == (True, None, None)
    assert hypothesis_profiles.TIMING_CHECKS[0] in ci.suppress_health_check


def test_the_suite_runs_under_ci_unless_fuzzing_is_asked_for() -> None:
    expected = os.environ.get("HYPOTHESIS_PROFILE") or "ci"
    assert settings.default is settings.get_profile(expected)


def test_shrinking_a_failure_stops_within_the_bound() -> None:
    """(A Hypothesis release that renames the engine's limit fails here, not silently.)"""
    assert engine.MAX_SHRINKING_SECONDS == hypothesis_profiles.SHRINK_SECONDS
    if "SHAKHA_SHRINK_SECONDS" not in os.environ:
        assert hypothesis_profiles.SHRINK_SECONDS == 60


def test_fuzzing_multiplies_each_property_tests_budget() -> None:
    """In a fresh interpreter under HYPOTHESIS_PROFILE=fuzz (this process keeps ci)."""
    script = ("from tests import hypothesis_profiles as p\n"
              "from hypothesis import given, settings, strategies as st\n"
              "print(p.load(), p.budget(20))\n"
              "@settings(max_examples=7)\n@given(st.integers())\ndef t(x): pass\n"
              "p.widen(t)\nprint(t._hypothesis_internal_use_settings.max_examples)\n")
    env = {**os.environ, "HYPOTHESIS_PROFILE": "fuzz", "SHAKHA_FUZZ_FACTOR": "3"}
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout.split()
    assert out == ["fuzz", "60", "21"]
    assert hypothesis_profiles.budget(20) == (20 if not hypothesis_profiles.fuzzing() else 20
                                              * hypothesis_profiles.FUZZ_FACTOR)
