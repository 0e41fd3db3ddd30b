"""SYNC.md "Limits", tried from outside as an attacker would: each hostile input is
answered 4xx with a reason (never a 500 the branch would retry forever), raises an
alarm, stores nothing, and costs the server a bounded amount of memory. The branch's
client tells "cannot reach", "head office had an error" and "head office refused"
apart (real PostgreSQL, the real API in process or served by uvicorn)."""

from __future__ import annotations

import re
import socket
import threading
import time
import tracemalloc

import pytest
import uvicorn
import zstandard
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.headoffice.api import create_app
from app.headoffice.auth import server_seconds
from app.headoffice.models import HqAlarm
from app.sync.canonical import GENESIS_HASH, canonical_json, chain_hash
from app.sync.client import SyncClient
from app.sync.device import device_key
from app.sync.outbox import SyncError, pending_events
from app.sync.signing import signed_headers
from app.sync.wire import HASHED, encode, pack_events, unpack_events
from tests.sync.world import branch_with_meeting, hq_events, hq_keys, register

CODE = "BJS-001"
PATH = f"/v1/branches/{CODE}/events"
MEMORY = 64 * 1024 * 1024  # SYNC.md: a few kilobytes never cost more than this


def _event(seq: int, prev: str, payload: dict, event_id: str | None = None) -> dict:
    event = {"seq": seq, "event_id": event_id or f"0190-{seq}", "epoch": 1,
             "type": "fee.charged", "schema_version": 2, "aggregate_id": "7",
             "business_date": "2026-11-25", "device_time": "2026-11-25T04:30:00.123456",
             "staff_id": 3, "payload": canonical_json(payload), "prev_hash": prev}
    event["hash"] = chain_hash(prev, {k: event[k] for k in HASHED})
    return event


@pytest.fixture
def branch(engine, hq):
    """An enrolled branch with nothing sent yet; its device key signs what we post."""
    branch_with_meeting(engine)
    register(hq, engine)
    return device_key(engine)


def _post(hq, key, body: bytes, path: str = PATH):
    """A request signed by the branch's real device key, as the client would send it."""
    client = TestClient(create_app(hq, hq_keys()))
    headers = signed_headers(key, "POST", path, "", body, server_seconds())
    return client.post(path, content=body, headers=headers)


def _alarms(hq) -> list[str]:
    with Session(hq) as s:
        return [a.kind for a in s.scalars(select(HqAlarm).where(HqAlarm.branch == CODE))]


def _refused(hq, answer, status: int, words: str) -> None:
    assert answer.status_code == status, answer.text
    assert words in answer.json()["detail"]["reason"]
    assert _alarms(hq), "every refusal of input raises an alarm"
    assert hq_events(hq) == []


def _peak(fn):  # type: ignore[no-untyped-def]
    """fn()'s answer and the most memory Python held above the start while it ran
    (every thread: the server's too)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        base = tracemalloc.get_traced_memory()[0]
        answer = fn()
        return answer, tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()


def test_a_64_kb_frame_declaring_2_gib_is_refused_unread(hq, branch):
    parts = zstandard.ZstdCompressor(level=1).compressobj(size=2 * 1024**3)
    zeros = bytes(16 * 1024 * 1024)
    bomb = b"".join([parts.compress(zeros) for _ in range(128)] + [parts.flush()])
    assert len(bomb) < 70_000
    answer, peak = _peak(lambda: _post(hq, branch, bomb))
    _refused(hq, answer, 413, "declares 2147483648 bytes")
    assert peak < MEMORY


def test_a_frame_that_does_not_declare_its_size_is_cut_at_the_cap(hq, branch):
    writer = zstandard.ZstdCompressor(level=1, write_content_size=False)
    bomb = writer.compress(bytes(64 * 1024 * 1024))  # says nothing of its size
    assert zstandard.frame_content_size(bomb) == -1
    answer, peak = _peak(lambda: _post(hq, branch, bomb))
    _refused(hq, answer, 413, "decompressed")
    assert peak < MEMORY


@pytest.mark.parametrize(("n", "words"), [(2_000_000, "declares"), (400_000, "values")])
def test_millions_of_tiny_events_in_a_few_kilobytes_are_refused_before_parsing(
        hq, branch, n, words):
    cols = {c: [1] * n for c in ("event_id", "type", "schema_version", "aggregate_id",
                                 "business_date", "device_time", "staff_id", "payload")}
    body = encode({"v": 2, "branch": CODE, "epoch": 1, "first_seq": 1,
                   "prev_hash": GENESIS_HASH, "last_hash": GENESIS_HASH, "cols": cols})
    del cols
    assert len(body) < 64 * 1024
    answer, peak = _peak(lambda: _post(hq, branch, body))
    _refused(hq, answer, 413, words)
    assert peak < MEMORY


def test_a_batch_of_more_events_than_allowed_is_too_large(hq, branch):
    events, prev = [], GENESIS_HASH
    for seq in range(1, 10_002):
        events.append(_event(seq, prev, {}))
        prev = events[-1]["hash"]
    answer = _post(hq, branch, encode(pack_events(CODE, 1, events)))
    _refused(hq, answer, 413, "at most 10000 events")


def _chained(payload: dict, event_id: str | None = None) -> bytes:
    return encode(pack_events(CODE, 1, [_event(1, GENESIS_HASH, payload, event_id)]))


@pytest.mark.parametrize(("payload", "words"), [
    ({"name_en": "Rina\u0000Das"}, "control character"),
    ({"journal": [[1, "2026-11-25", "fee", 2**62, 0, 0, 2**62, 0, 7, None, None, None,
                   None, "cash"]]}, "integer out of range"),
    ({"note": "bell \u0007"}, "control character"),
], ids=["NUL in a name", "2**62 amount", "another control character"])
def test_a_well_chained_event_with_malformed_values_is_refused(hq, branch, payload, words):
    _refused(hq, _post(hq, branch, _chained(payload)), 400, words)
    assert _alarms(hq) == ["malformed"]


def test_an_over_long_event_column_is_refused(hq, branch):
    body = _chained({}, event_id="0190-" + "7" * 60)
    _refused(hq, _post(hq, branch, body), 400, "event_id longer than 36")


def test_json_nested_100000_deep_is_refused(hq, branch):
    body = pack_events(CODE, 1, [_event(1, GENESIS_HASH, {})])
    text = canonical_json(body).replace('"payload":[{}]',
                                        '"payload":[' + "[" * 100_000 + "]" * 100_000 + "]")
    answer = _post(hq, branch, zstandard.ZstdCompressor().compress(text.encode()))
    _refused(hq, answer, 400, "nested deeper")


def test_an_event_id_used_before_is_refused_not_a_500(hq, branch):
    first = _event(1, GENESIS_HASH, {}, event_id="0190-aaaa")
    assert _post(hq, branch, encode(pack_events(CODE, 1, [first]))).status_code == 200
    again = _event(2, first["hash"], {"other": 1}, event_id="0190-aaaa")
    answer = _post(hq, branch, encode(pack_events(CODE, 1, [again])))
    assert answer.status_code == 400, answer.text
    assert "used twice" in answer.json()["detail"]["reason"]
    assert [seq for seq, _ in hq_events(hq)] == [1]
    assert "malformed" in _alarms(hq)


def _answer(conn: socket.socket) -> str:
    """The whole HTTP answer (head and body may come in separate packets)."""
    data = b""
    while b"\r\n\r\n" not in data or len(data.split(b"\r\n\r\n", 1)[1]) < int(
            (re.search(rb"content-length: (\d+)", data, re.I) or [b"", b"0"])[1]):
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data.decode()


def test_an_unsigned_body_over_the_cap_is_refused_by_its_declared_length(hq, live):
    with socket.create_connection(("127.0.0.1", live.port), timeout=10) as conn:
        conn.sendall((f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Type: "
                      "application/octet-stream\r\nContent-Length: 536870912\r\n\r\n"
                      ).encode())
        answer = _answer(conn)
    assert answer.startswith("HTTP/1.1 413") and "over 8388608 bytes" in answer
    assert _alarms(hq) == ["too_large"] and hq_events(hq) == []


def test_a_streamed_body_is_cut_at_the_cap_without_buffering_the_rest(hq, live):
    def stream():  # chunked: no length is declared
        conn = socket.create_connection(("127.0.0.1", live.port), timeout=10)
        conn.sendall(f"POST {PATH} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n"
                     "\r\n".encode())
        part = b"%x\r\n%s\r\n" % (1 << 20, b"z" * (1 << 20))
        try:
            for _ in range(512):  # 512 MiB, if nobody stopped it
                conn.sendall(part)
        except OSError:
            pass  # head office answered and closed
        answer = conn.recv(65536).decode()
        conn.close()
        return answer

    answer, peak = _peak(stream)
    assert answer.startswith("HTTP/1.1 413")
    assert peak < MEMORY
    assert _alarms(hq) == ["too_large"] and hq_events(hq) == []


def test_a_client_that_stops_sending_its_body_is_answered_408(hq):
    from tests.ports import free_port

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(hq, hq_keys(), body_seconds=0.5),
                                           host="127.0.0.1", port=port, log_level="error"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.01)
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=30) as conn:
            conn.sendall(f"POST {PATH} HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n"
                         "only part".encode())
            answer = conn.recv(65536).decode()
        assert answer.startswith("HTTP/1.1 408")
        assert _alarms(hq) == ["slow"]
    finally:
        server.should_exit = True
        thread.join(5)


# -- the branch's client tells the three apart -------------------------------------

def _sync(engine, hq, **app_options):  # type: ignore[no-untyped-def]
    client = TestClient(create_app(hq, hq_keys(), **app_options),
                        raise_server_exceptions=False)
    return SyncClient(engine, "http://testserver", client=client, retries=1,
                      backoff=0).run()


def test_a_refusal_is_shown_with_head_offices_reason_and_not_retried(engine, hq, branch,
                                                                     monkeypatch):
    import app.sync.client as sync_client

    def with_nul(code, epoch, events):  # a branch that let a NUL through at input
        body = pack_events(code, epoch, events)
        body["cols"]["payload"][0]["name_en"] = "Rina\u0000"
        body["last_hash"] = unpack_events(body)[-1]["hash"]
        return body

    monkeypatch.setattr(sync_client, "pack_events", with_nul)
    with pytest.raises(SyncError) as refused:
        _sync(engine, hq)
    assert refused.value.text == sync_client.REFUSED
    assert "control character" in refused.value.params["reason"]
    assert hq_events(hq) == [] and pending_events(engine, 0, 10)


def test_head_offices_own_error_is_told_apart_from_an_unreachable_head_office(
        engine, hq, branch, monkeypatch):
    import app.headoffice.api as api
    import app.sync.client as sync_client

    def broken(*_args):  # a bug at head office, not the branch's input
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(api, "ingest_message", broken)
    with pytest.raises(SyncError) as failed:
        _sync(engine, hq)
    assert failed.value.text == sync_client.HQ_ERROR
    assert "error" in _alarms(hq)
    monkeypatch.undo()
    with pytest.raises(SyncError) as unreachable:
        SyncClient(engine, "http://127.0.0.1:9", retries=0, backoff=0).run()
    assert unreachable.value.text == sync_client.UNREACHABLE


def test_a_batch_head_office_finds_too_large_is_sent_again_in_smaller_parts(
        engine, hq, branch, monkeypatch):
    import app.sync.wire as wire
    from tests.sync.world import post_fee

    for amount in range(1, 6):
        post_fee(engine, amount * 100)
    monkeypatch.setattr(wire, "MAX_EVENTS", 2)  # head office takes two at a time
    result = _sync(engine, hq)
    assert result.uploaded == len(hq_events(hq)) == 6
    assert "too_large" in _alarms(hq)
