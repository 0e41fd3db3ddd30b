"""Hypothesis profiles: CI is deterministic, `make fuzz` searches long and at random.

- ``ci`` (the default, and what `make test` and CI=true load): derandomized, so every
  run of the same code tries the same examples; no example database (a fresh clone and
  a developer's checkout behave alike); no deadline and no timing health check (a busy
  2-core machine must not turn slowness into a failure); each test's own
  ``max_examples`` is its fixed budget.
- ``fuzz`` (`make fuzz`): random, with the local example database (a failure found is
  replayed first next time), and every property test's budget times
  ``SHAKHA_FUZZ_FACTOR`` (default 20). A failure it finds becomes an explicit example
  or regression test beside the property, so CI keeps it.

Shrinking a failing state machine re-runs whole weeks of branch work; Hypothesis would
give it five minutes. It stops after ``SHAKHA_SHRINK_SECONDS`` (default 60) here and
reports the smallest failure found by then.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

TIMING_CHECKS = [HealthCheck.too_slow]
FUZZ_FACTOR = max(1, int(os.environ.get("SHAKHA_FUZZ_FACTOR", "20")))
SHRINK_SECONDS = max(1, int(os.environ.get("SHAKHA_SHRINK_SECONDS", "60")))

settings.register_profile("ci", derandomize=True, database=None, deadline=None,
                          print_blob=True, suppress_health_check=TIMING_CHECKS)
settings.register_profile("fuzz", derandomize=False, deadline=None, print_blob=True,
                          suppress_health_check=TIMING_CHECKS)


def chosen_profile() -> str:
    """HYPOTHESIS_PROFILE when set (`make fuzz` sets it), else ci."""
    return os.environ.get("HYPOTHESIS_PROFILE") or "ci"


def load() -> str:
    name = chosen_profile()
    settings.load_profile(name)
    _bound_shrinking()
    return name


def fuzzing() -> bool:
    return settings.default is settings.get_profile("fuzz")


def budget(examples: int) -> int:
    """A property test's number of examples: its CI budget, or more under `make fuzz`."""
    return examples * FUZZ_FACTOR if fuzzing() else examples


def widen(test: object) -> None:
    """Under `make fuzz`: give a @given test FUZZ_FACTOR times its examples."""
    current = getattr(test, "_hypothesis_internal_use_settings", None)
    if current is not None and fuzzing():
        test._hypothesis_internal_use_settings = settings(  # type: ignore[attr-defined]
            current, max_examples=budget(current.max_examples))


def _bound_shrinking() -> None:
    """Hypothesis has no setting for how long it shrinks; its engine's limit is a module
    constant (read when shrinking starts). Left alone when a release renames it."""
    from hypothesis.internal.conjecture import engine

    if isinstance(getattr(engine, "MAX_SHRINKING_SECONDS", None), int):
        engine.MAX_SHRINKING_SECONDS = SHRINK_SECONDS  # type: ignore[attr-defined]
