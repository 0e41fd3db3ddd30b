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
import json
from typing import Any

import orjson
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
    """Refuses 1.5, 1e3 and also NaN / Infinity (which json reads as floats too)."""
    raise WireError("floats are not allowed in a batch (money is in minor units)")


_dumps = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode


def canonical_text(value: Any) -> str:
    """canonical_json of a decoded payload (no floats: decode refused them), written by
    orjson, five times faster and byte for byte the same (tests/sync/test_wire.py
    proves it for any JSON value). orjson refuses ints beyond 64 bits, nesting deeper
    than 254 and lone surrogates: those go through json, which writes the same text
    (or fails on the surrogate, as the hash would)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError:
        return _dumps(value)


_text = json.encoder.encode_basestring  # a JSON string literal, as _dumps writes it
# The hashed content of an event as canonical_json writes it, keys in sorted order.
_CONTENT = ('{"aggregate_id":%s,"business_date":%s,"device_time":%s,"epoch":%d,'
            '"event_id":%s,"payload":%s,"schema_version":%d,"seq":%d,"staff_id":%s,'
            '"type":%s}')  # staff_id: %s of an int writes it as %d would


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
        _check_types(cols)
        events = []
        # The types were checked above, column by column. Each payload is written once
        # as canonical text (hashed and stored), and the canonical content is written
        # directly, in sorted key order, without a dict walk: tests/sync/test_wire.py
        # proves the hash equals chain_hash(prev, HASHED content) at the branch.
        for seq, event_id, type_, schema, aggregate, day, at, staff, payload in zip(
                range(first, first + n), *(cols[c] for c in COLUMNS), strict=True):
            text = canonical_text(payload)
            hash_ = hashlib.sha256((prev + _CONTENT % (
                _text(aggregate), _text(day), _text(at), epoch, _text(event_id),
                _text(text), schema, seq, "null" if staff is None else staff,
                _text(type_))).encode("utf-8")).hexdigest()
            events.append({"seq": seq, "event_id": event_id, "epoch": epoch, "type": type_,
                           "schema_version": schema, "aggregate_id": aggregate,
                           "business_date": day, "device_time": at, "staff_id": staff,
                           "payload": text, "payload_obj": payload, "prev_hash": prev,
                           "hash": hash_})
            prev = hash_
        return events
    except (KeyError, TypeError, AttributeError):
        raise WireError("malformed batch") from None
    except UnicodeEncodeError:  # a lone surrogate ("\\ud800") is not text
        raise WireError("malformed batch: text that is not Unicode") from None


_NONE = type(None)


def _check_types(cols: dict[str, Any]) -> None:
    """WireError unless each column holds what it must (bool is not an int here)."""
    if set(map(type, cols["payload"])) != {dict}:
        raise WireError("malformed batch: a payload is not an object")
    for c in ("event_id", "type", "aggregate_id", "business_date", "device_time"):
        if set(map(type, cols[c])) != {str}:
            raise WireError(f"malformed batch: {c} is not text")
    if not set(map(type, cols["staff_id"])) <= {int, _NONE} or \
            set(map(type, cols["schema_version"])) != {int}:
        raise WireError("malformed batch: staff_id or schema_version")


def encode(body: dict[str, Any], level: int = 9) -> bytes:
    return zstandard.ZstdCompressor(level=level, dict_data=_DICT).compress(
        canonical_json(body).encode())


def decode(data: bytes) -> dict[str, Any]:
    try:
        raw = zstandard.ZstdDecompressor(dict_data=_DICT).decompress(
            data, max_output_size=MAX_BATCH_BYTES)
        body = json.loads(raw, parse_float=_reject_float, parse_constant=_reject_float)
    except (zstandard.ZstdError, ValueError) as exc:
        raise WireError(f"not a valid batch: {exc}") from None
    if not isinstance(body, dict):
        raise WireError("a batch is a JSON object")
    return body
