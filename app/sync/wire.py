"""The sync wire format, shared by the branch and head office.

A batch is canonical JSON, column-wise, compressed with zstd and a shared dictionary:

    {"v": 2, "branch", "epoch", "first_seq", "prev_hash", "last_hash",
     "cols": {"event_id": [...], "type": [...], ..., "payload": [<JSON objects>]}}

Sequence numbers follow from `first_seq`; hashes are not sent per event: head office
recomputes `hash = SHA-256(prev_hash ‖ canonical content)` event by event from the
batch's `prev_hash` and must arrive at `last_hash`, so any altered byte is caught. The
compressed body is signed with HMAC-SHA256 under the branch key (`X-Signature`).
"""

from __future__ import annotations

import hashlib
import hmac
import json
from typing import Any

import zstandard

from app.db.canonical import canonical_json, chain_hash

HASHED = ("seq", "event_id", "epoch", "type", "schema_version", "aggregate_id",
          "business_date", "device_time", "staff_id", "payload")
COLUMNS = ("event_id", "type", "schema_version", "aggregate_id", "business_date",
           "device_time", "staff_id", "payload")
MAX_BATCH_BYTES = 64 * 1024 * 1024
WIRE_VERSION = 2

# A raw-content dictionary shared by both sides: the words every batch repeats.
_DICT_TEXT = (
    '{"branch":"","cols":{"aggregate_id":["1","2"],"business_date":["2026-01-01"],'
    '"device_time":["2026-01-01T10:00:00.000000"],"event_id":["0190"],'
    '"payload":[{"amount_minor":0,"interest_minor":0,"journal":[{"amount_minor":0,'
    '"business_date":"2026-01-01","id":1,"interest_minor":0,"kind":"loan_repayment",'
    '"loan_id":1,"member_id":1,"principal_minor":0}],"loan_id":1,"member_id":1,'
    '"principal_minor":0,"meeting_id":1,"group_id":1,"rows":[],"repayments":[],'
    '"allocations":[],"savings_deposit_minor":0,"savings_withdrawal_minor":0,'
    '"cash_counted_minor":0,"closed_loans":[]}],"schema_version":[1],"staff_id":[1],'
    '"type":["loan.repaid","meeting.posted","meeting.reversed","meeting.not_held",'
    '"staff.created","member.created","loan.disbursed","savings.deposited"]},'
    '"epoch":1,"first_seq":1,"last_hash":"","prev_hash":"","v":2}'
)
_DICT = zstandard.ZstdCompressionDict(_DICT_TEXT.encode(),
                                      dict_type=zstandard.DICT_TYPE_RAWCONTENT)


class WireError(ValueError):
    """A malformed, unsigned or tampered message."""


def event_hash(event: dict[str, Any]) -> str:
    return chain_hash(event["prev_hash"], {k: event[k] for k in HASHED})


def _reject_float(text: str) -> Any:
    raise WireError("floats are not allowed in a batch (money is in minor units)")


_dumps = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


_text = json.encoder.encode_basestring  # a JSON string literal, as _dumps writes it
_CONTENT = ('{"aggregate_id":%s,"business_date":%s,"device_time":%s,"epoch":%d,'
            '"event_id":%s,"payload":%s,"schema_version":%d,"seq":%d,"staff_id":%s,'
            '"type":%s}')


def _fast_hash(prev: str, event: dict[str, Any]) -> str:
    """chain_hash of an event decoded from a batch, whose fields unpack_events has
    type-checked (text, int, staff_id int or None, payload already canonical text): the
    canonical content is written directly, in sorted key order, without a dict walk.
    tests/sync prove it equals chain_hash(prev, HASHED content)."""
    staff = event["staff_id"]
    body = _CONTENT % (
        _text(event["aggregate_id"]), _text(event["business_date"]),
        _text(event["device_time"]), event["epoch"], _text(event["event_id"]),
        _text(event["payload"]), event["schema_version"], event["seq"],
        "null" if staff is None else str(staff), _text(event["type"]))
    return hashlib.sha256((prev + body).encode("utf-8")).hexdigest()


def _jsonable(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def pack_events(branch: str, epoch: int, events: list[dict[str, Any]]) -> dict[str, Any]:
    """Column-wise batch body from outbox events (dicts with HASHED + prev_hash, hash)."""
    if not events:
        raise ValueError("an empty batch")
    cols: dict[str, list[Any]] = {c: [] for c in COLUMNS}
    for event in events:
        for c in COLUMNS:
            value = event[c]
            cols[c].append(json.loads(value) if c == "payload" else _jsonable(value))
    return {"v": WIRE_VERSION, "branch": branch, "epoch": epoch,
            "first_seq": events[0]["seq"], "prev_hash": events[0]["prev_hash"],
            "last_hash": events[-1]["hash"], "cols": cols}


def unpack_events(body: dict[str, Any]) -> list[dict[str, Any]]:
    """Events of a batch with prev_hash/hash recomputed; WireError if malformed.

    Each event also carries `payload_obj`, the decoded payload (not hashed, not stored).

    The caller compares the last recomputed hash with `body["last_hash"]`."""
    try:
        if body.get("v") != WIRE_VERSION:
            raise WireError("unknown batch version")
        first, prev, epoch = body["first_seq"], body["prev_hash"], body["epoch"]
        cols = body["cols"]
        if not isinstance(first, int) or first < 1 or not isinstance(epoch, int) \
                or isinstance(epoch, bool):
            raise WireError("malformed batch: bad first_seq or epoch")
        if not isinstance(prev, str) or len(prev) != 64:
            raise WireError("malformed batch: bad prev_hash")
        if not isinstance(cols, dict) or set(cols) != set(COLUMNS):
            raise WireError("malformed batch: wrong columns")
        n = len(cols["event_id"])
        if n == 0 or any(not isinstance(cols[c], list) or len(cols[c]) != n for c in COLUMNS):
            raise WireError("malformed batch: columns of different lengths")
        events = []
        for i in range(n):
            event: dict[str, Any] = {c: cols[c][i] for c in COLUMNS}
            if not isinstance(event["payload"], dict):
                raise WireError("malformed batch: a payload is not an object")
            for c in ("event_id", "type", "aggregate_id", "business_date", "device_time"):
                if not isinstance(event[c], str):
                    raise WireError(f"malformed batch: {c} is not text")
            if not isinstance(event["staff_id"], int | None) or \
                    not isinstance(event["schema_version"], int) or \
                    isinstance(event["staff_id"], bool) or \
                    isinstance(event["schema_version"], bool):
                raise WireError("malformed batch: staff_id or schema_version")
            event["payload_obj"] = event["payload"]
            event["payload"] = _dumps(event["payload"])
            event["seq"], event["epoch"], event["prev_hash"] = first + i, epoch, prev
            event["hash"] = prev = _fast_hash(prev, event)
            events.append(event)
        return events
    except (KeyError, TypeError, AttributeError):
        raise WireError("malformed batch") from None


def encode(body: dict[str, Any], level: int = 9) -> bytes:
    return zstandard.ZstdCompressor(level=level, dict_data=_DICT).compress(
        canonical_json(body).encode())


def decode(data: bytes) -> dict[str, Any]:
    try:
        raw = zstandard.ZstdDecompressor(dict_data=_DICT).decompress(
            data, max_output_size=MAX_BATCH_BYTES)
        body = json.loads(raw, parse_float=_reject_float)
    except (zstandard.ZstdError, ValueError) as exc:
        raise WireError(f"not a valid batch: {exc}") from None
    if not isinstance(body, dict):
        raise WireError("a batch is a JSON object")
    return body


def sign(key: str, data: bytes) -> str:
    return hmac.new(key.encode(), data, hashlib.sha256).hexdigest()


def verify(key: str, data: bytes, signature: str) -> None:
    if not hmac.compare_digest(sign(key, data), signature or ""):
        raise WireError("bad signature")


def key_digest(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def branch_of_key(key: str) -> str:
    """Keys look like `CODE.secret`; the code names the branch they belong to."""
    code, dot, secret = key.strip().rpartition(".")
    if not dot or not code or not secret:
        raise WireError("not a branch key")
    return code
