"""A head office that never answers, and a 2G link: the branch times out cleanly,
says so, keeps every event, and a later sync delivers each exactly once.

Timeouts are short (a few tenths of a second) so these run in seconds."""

from __future__ import annotations

import subprocess
import sys

import pytest

from app.sync.client import SyncClient
from app.sync.outbox import SyncError, local_cursor
from tests.sync.netfaults import FaultyProxy
from tests.sync.world import (
    assert_exactly_once,
    branch_with_meeting,
    hq_events,
    outbox_count,
    post_fee,
    register,
)

FEES = [2_00 + i for i in range(12)]
LEDGER = (2 + len(FEES), 150_00 + sum(FEES))


@pytest.fixture
def branch(engine, hq):
    """A branch with a meeting and 12 fees not yet at head office; its key."""
    branch_with_meeting(engine)
    for amount in FEES:
        post_fee(engine, amount)
    return register(hq, engine)


def _run(engine, url: str, key: str, **options) -> None:
    client = SyncClient(engine, url, backoff=0, **options)
    try:
        client.run()
    finally:
        client.close()


def _through(live, faults, engine, key, **options):
    proxy = FaultyProxy(live.port, faults, **{k: options.pop(k) for k in
                                              ("only", "bytes_per_s", "latency")
                                              if k in options})
    try:
        _run(engine, proxy.url, key, **options)
    finally:
        proxy.close()
    return proxy


def test_a_black_hole_times_out_with_a_clear_error_and_keeps_every_event(
        engine, hq, live, branch):
    with pytest.raises(SyncError, match=r"did not answer \(ReadTimeout"):
        _through(live, ["blackhole"] * 10, engine, branch, timeout=0.3, retries=1)
    assert (outbox_count(engine), local_cursor(engine).acked_seq, hq_events(hq)) == \
        (1 + len(FEES), 0, [])


def test_after_a_black_hole_a_later_sync_delivers_everything_exactly_once(
        engine, hq, live, branch):
    with pytest.raises(SyncError):
        _through(live, ["blackhole"] * 10, engine, branch, timeout=0.3, retries=1)
    _run(engine, f"http://127.0.0.1:{live.port}", branch)
    assert_exactly_once(engine, hq, 1 + len(FEES), LEDGER)


def test_uploads_lost_in_a_black_hole_give_up_although_the_cursor_answers(
        engine, hq, live, branch):
    """Only the batches vanish: the client must not retry them for ever."""
    _run(engine, f"http://127.0.0.1:{live.port}", branch)  # snapshot and first events
    post_fee(engine, 9_99)
    proxy_faults = ["blackhole"] * 10
    with pytest.raises(SyncError, match="did not answer"):
        _through(live, proxy_faults, engine, branch, only=b"/events", timeout=0.3,
                 retries=2)
    _run(engine, f"http://127.0.0.1:{live.port}", branch)
    assert_exactly_once(engine, hq, 2 + len(FEES), (LEDGER[0] + 1, LEDGER[1] + 9_99))


def test_answers_held_back_after_head_office_stored_the_batch_post_nothing_twice(
        engine, hq, live, branch):
    _run(engine, f"http://127.0.0.1:{live.port}", branch, batch_size=1, max_batch=1)
    for amount in (5_00, 6_00, 7_00):
        post_fee(engine, amount)
    proxy = _through(live, ["stall"] * 3, engine, branch, only=b"/events", timeout=0.3,
                     retries=1, batch_size=1, max_batch=1)
    assert proxy.seen.count("stall") == 3
    assert_exactly_once(engine, hq, 4 + len(FEES), (LEDGER[0] + 3, LEDGER[1] + 18_00))


def test_a_2g_link_delivers_everything_exactly_once(engine, hq, live, branch):
    _run(engine, f"http://127.0.0.1:{live.port}", branch)  # the snapshot goes first
    for amount in (5_00, 6_00, 7_00):
        post_fee(engine, amount)
    proxy = _through(live, ["slow"] * 20, engine, branch, bytes_per_s=5_000,
                     latency=0.1, timeout=5)
    assert "slow" in proxy.seen
    assert_exactly_once(engine, hq, 4 + len(FEES), (LEDGER[0] + 3, LEDGER[1] + 18_00))


def test_a_link_slower_than_the_timeout_fails_cleanly_then_catches_up(
        engine, hq, live, branch):
    with pytest.raises(SyncError, match="did not answer"):
        _through(live, ["slow"] * 20, engine, branch, latency=1.0, timeout=0.3,
                 retries=1)
    _run(engine, f"http://127.0.0.1:{live.port}", branch)
    assert_exactly_once(engine, hq, 1 + len(FEES), LEDGER)


def test_the_sync_command_reports_a_black_hole_and_exits_1(engine, hq, live, branch,
                                                          db_path, tmp_path):
    engine.dispose()
    proxy = FaultyProxy(live.port, ["blackhole"] * 10)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "app.cli", "sync", "--db", str(db_path), "--hq",
             proxy.url, "--timeout", "0.3", "--retries", "0"],
            capture_output=True, text=True, timeout=60)
    finally:
        proxy.close()
    assert result.returncode == 1 and "did not answer" in result.stderr, result.stderr
