"""Network faults between branch and head office, and random runs (hypothesis).

After any mix of dropped connections, lost answers, corrupted bodies and replays,
head office holds exactly the branch's events: same count, same money, no duplicate,
no gap, the chain verifies."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.headoffice.ingest import verify_chain
from app.sync.client import SyncClient
from app.sync.outbox import SyncError
from tests.sync.netfaults import FaultyProxy
from tests.sync.world import (
    assert_exactly_once,
    branch_journal_total,
    branch_with_meeting,
    fresh_example,
    hq_events,
    hq_ledger_total,
    outbox_count,
    post_fee,
    register,
)


@pytest.mark.parametrize("mode", ["reset", "cut", "truncate", "corrupt", "corrupt_request",
                                  "replay"])
def test_a_sync_through_a_faulty_link_delivers_every_event_exactly_once(engine, hq, live,
                                                                         mode):
    branch_with_meeting(engine)
    for i in range(20):
        post_fee(engine, 3_00 + i)
    register(hq, engine)
    proxy = FaultyProxy(live.port, [mode, "pass", mode, mode, "pass", mode] * 2)
    client = SyncClient(engine, proxy.url, retries=8, batch_size=4, timeout=10,
                        backoff=0)
    try:
        client.run()
    finally:
        client.close()
        proxy.close()
    assert mode in proxy.seen
    assert_exactly_once(engine, hq, 21, (22, 150_00 + sum(3_00 + i for i in range(20))))


def test_a_black_holed_head_office_gives_a_clear_error_and_changes_nothing(engine, hq):
    branch_with_meeting(engine)
    register(hq, engine)
    client = SyncClient(engine, "http://127.0.0.1:9", retries=1, timeout=2, backoff=0)
    with pytest.raises(SyncError, match="cannot be reached"):
        client.run()
    assert outbox_count(engine) == 1 and hq_events(hq) == []


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(st.tuples(st.just("emit"), st.integers(1, 500_00)),
                          st.tuples(st.just("sync"), st.sampled_from(
                              ["pass", "reset", "cut", "truncate", "replay"]))),
                min_size=1, max_size=12))
def test_random_work_syncs_and_failures_end_with_head_office_equal_to_the_branch(
        engine, hq, live, ops):
    fresh_example(engine, hq)  # hypothesis reuses the fixtures
    emitted = outbox_count(engine)
    for op, arg in ops:
        if op == "emit":
            post_fee(engine, int(arg))
            emitted += 1
            continue
        proxy = FaultyProxy(live.port, [str(arg)])
        client = SyncClient(engine, proxy.url, retries=0, batch_size=2, timeout=5)
        try:
            client.run()
        except SyncError:
            pass  # a failed sync; the next one must make up for it
        finally:
            client.close()
            proxy.close()
    final = SyncClient(engine, f"http://127.0.0.1:{live.port}", retries=2, backoff=0)
    final.run()
    final.close()
    assert outbox_count(engine) == 0
    seqs = [s for s, _ in hq_events(hq)]
    assert seqs == list(range(1, emitted + 1))
    assert verify_chain(hq, "BJS-001") == (emitted, None)
    assert hq_ledger_total(hq) == branch_journal_total(engine)
