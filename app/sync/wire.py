"""The sync wire format, shared by the branch and head office.

A batch is canonical JSON, column-wise, compressed with zstd and a shared dictionary:

    {"v": 2, "branch", "epoch", "first_seq", "prev_hash", "last_hash",
     "cols": {"event_id": [...], "type": [...], ..., "payload": [<JSON objects>]}}

Sequence numbers follow from `first_seq`; hashes are not sent per event: head office
recomputes `hash = SHA-256(prev_hash ‖ canonical content)` event by event from the
batch's `prev_hash` and must arrive at `last_hash`, so any altered byte is caught. The
request carrying it is signed by the branch's device key (app.sync.signing). What head
office reads of a message is bounded (`decode`, the limits below): a malformed or
oversized one is a WireError (TooLarge), answered 4xx, never a 500.
"""

from __future__ import annotations

import functools
import hashlib
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import repeat
from typing import Annotated, Any, cast

import msgspec
import orjson
import zstandard

from app.sync.canonical import canonical_json, chain_hash
from app.sync.native import fastchain as _fastchain

HASHED = ("seq", "event_id", "epoch", "type", "schema_version", "aggregate_id",
          "business_date", "device_time", "staff_id", "payload")
COLUMNS = ("event_id", "type", "schema_version", "aggregate_id", "business_date",
           "device_time", "staff_id", "payload")
WIRE_VERSION = 2

# Limits (SYNC.md "Limits"): what head office reads of one message, checked before any
# of it is kept. A few kilobytes sent never cost more than a few megabytes of memory:
# the body is capped before it is buffered (app.headoffice.api), the decompressed text
# here (a frame declaring more is refused before anything is decoded, and the stream
# is cut at the cap whatever it declares), and the JSON values it may hold are counted
# in the text before it is parsed.
MAX_BODY_BYTES = 8 * 1024 * 1024  # compressed, as sent
MAX_BATCH_BYTES = 8 * 1024 * 1024  # decompressed: 10,000 repayments take ~4 MB
MAX_WINDOW_BYTES = 8 * 1024 * 1024  # zstd window a frame may ask the decoder for
MAX_VALUES = 600_000  # JSON values in one message (10,000 repayments: ~400,000)
MAX_EVENTS = 10_000  # events in one batch
MAX_DEPTH = 32  # nesting of a payload
MAX_INT = 2**53  # |integers| below this (what every JSON reader keeps exactly)
# The event columns' widths at head office (hq_event)
COLUMN_TEXT = {"event_id": 36, "type": 40, "aggregate_id": 40, "business_date": 10,
               "device_time": 32}

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


class TooLarge(WireError):
    """A message over a size limit: the sender may send it again in smaller parts."""


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


def strict_text(value: Any) -> str:
    """canonical_text of a payload head office accepts: WireError where orjson refuses
    (nesting deeper than 254, an integer beyond 64 bits, a lone surrogate)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()
    except TypeError as exc:
        raise WireError(f"malformed batch: a payload that is not canonical JSON ({exc})"
                        ) from None


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

    Each event also carries `payload_obj`, the decoded payload (not hashed, not stored;
    None where `decode` kept the payload as its text: the projector parses it).

    The caller compares the last recomputed hash with `body["last_hash"]`."""
    batch = open_batch(body)
    return [e for chunk in batch.hashed(batch.count) for e in chunk]


@dataclass(frozen=True)
class Batch:
    """A batch whose columns were checked (open_batch); its events are hashed as they
    are asked for, chunk by chunk, so head office can store the first ones while it
    hashes the next (app.headoffice.ingest)."""

    first_seq: int
    prev_hash: str
    epoch: int
    count: int
    cols: dict[str, Any]

    def hashed(self, size: int, first: int | None = None) -> Iterator[list[dict[str, Any]]]:
        """The events in order, `size` at a time (the first chunk `first`, when given),
        with prev_hash/hash recomputed; WireError (at the chunk concerned) for a
        payload that is not canonical JSON or a text that is not Unicode."""
        prev, start, step = self.prev_hash, 0, first or size
        while start < self.count:
            stop = min(start + step, self.count)
            chunk = _hashed(self, start, stop, prev)
            prev, start, step = chunk[-1]["hash"], stop, size
            yield chunk


def open_batch(body: dict[str, Any]) -> Batch:
    """The batch's columns checked (version, sequence, types, lengths, limits);
    WireError (TooLarge) when they are not what a batch holds."""
    try:
        if body.get("v") != WIRE_VERSION:
            raise WireError("unknown batch version")
        first, prev, epoch = body["first_seq"], body["prev_hash"], body["epoch"]
        cols = body["cols"]
        if type(first) is not int or not 1 <= first < MAX_INT or type(epoch) is not int \
                or not 1 <= epoch < 2**31:
            raise WireError("malformed batch: bad first_seq or epoch")
        if not isinstance(prev, str) or len(prev) != 64:
            raise WireError("malformed batch: bad prev_hash")
        if not isinstance(cols, dict) or set(cols) != set(COLUMNS):
            raise WireError("malformed batch: wrong columns")
        n = len(cols["event_id"])
        if n == 0 or any(not isinstance(cols[c], list) or len(cols[c]) != n for c in COLUMNS):
            raise WireError("malformed batch: columns of different lengths")
        if n > MAX_EVENTS:
            raise TooLarge(f"a batch holds at most {MAX_EVENTS} events, this one {n}")
        if type(cols) is not CheckedColumns:  # decode's msgspec pass checked them
            _check_types(cols)
        return Batch(first, prev, epoch, n, cols)
    except (KeyError, TypeError, AttributeError):
        raise WireError("malformed batch") from None


def _quoted(column: list[str]) -> tuple[list[str], str]:
    """The column's texts for _CONTENT and the format they take there: as they are,
    between quotes, when none holds a character a JSON string escapes (a quote, a
    backslash, a control character: none is printable), else each written by json."""
    joined = "".join(column)
    if _printable_ascii(joined, _TEXT) and '"' not in joined and "\\" not in joined:
        return column, '"%s"'
    return list(map(_text, column)), "%s"


def _hashed(batch: Batch, start: int, stop: int, prev: str) -> list[dict[str, Any]]:
    try:
        cols = batch.cols
        payloads = cols["payload"][start:stop]
        if type(cols["payload"]) is PayloadTexts:  # decode's checked texts, kept as sent
            texts, objects = payloads, None
            hashes = None if _fastchain is None else _fastchain.event_hashes(
                prev, batch.epoch, batch.first_seq + start,
                *(cols[c][start:stop] for c in COLUMNS))  # the same hashes, in C
        else:  # each payload written once as canonical text (hashed and stored)
            texts, objects, hashes = list(map(strict_text, payloads)), payloads, None
        if hashes is None:
            hashes = _python_hashes(batch, start, stop, prev, texts)
        return _events(batch, start, stop, texts, objects, [prev, *hashes[:-1]], hashes)
    except (KeyError, TypeError, AttributeError):
        raise WireError("malformed batch") from None
    except UnicodeEncodeError:  # a lone surrogate ("\\ud800") is not text
        raise WireError("malformed batch: text that is not Unicode") from None


def _python_hashes(batch: Batch, start: int, stop: int, prev: str,
                   texts: list[str]) -> list[str]:
    """The chunk's event hashes, chained from `prev`. The types were checked, column by
    column; the canonical content is written directly, in sorted key order, without a
    dict walk: tests/sync/test_wire.py proves the hash equals chain_hash(prev, HASHED
    content) at the branch."""
    cols, epoch = batch.cols, batch.epoch
    quoted = {c: _quoted(cols[c][start:stop]) for c in _TEXT_COLUMNS}
    template = _content_template(tuple(quoted[c][1] for c in _TEXT_COLUMNS))
    hashes = []
    for seq, schema, staff, text, q_event_id, q_type, q_aggregate, q_day, q_at in zip(
            range(batch.first_seq + start, batch.first_seq + stop),
            cols["schema_version"][start:stop], cols["staff_id"][start:stop], texts,
            *(quoted[c][0] for c in _TEXT_COLUMNS), strict=True):
        prev = hashlib.sha256((prev + template % (
            q_aggregate, q_day, q_at, epoch, q_event_id, _text(text), schema, seq,
            "null" if staff is None else staff, q_type)).encode("utf-8")).hexdigest()
        hashes.append(prev)
    return hashes


def _events(batch: Batch, start: int, stop: int, texts: list[str],
            objects: list[Any] | None, prevs: list[str],
            hashes: list[str]) -> list[dict[str, Any]]:
    """A chunk's events with their payload texts (and decoded payloads, where the batch
    carried them decoded) and recomputed hashes."""
    epoch = batch.epoch
    return [{"seq": seq, "event_id": event_id, "epoch": epoch, "type": type_,
             "schema_version": schema, "aggregate_id": aggregate, "business_date": day,
             "device_time": at, "staff_id": staff, "payload": text,
             "payload_obj": obj, "prev_hash": prev, "hash": hash_}
            for seq, event_id, type_, schema, aggregate, day, at, staff, text, obj, prev,
            hash_ in zip(range(batch.first_seq + start, batch.first_seq + stop),
                         *(batch.cols[c][start:stop] for c in COLUMNS[:-1]), texts,
                         objects if objects is not None else repeat(None, stop - start),
                         prevs, hashes, strict=True)]


_TEXT = bytes(range(0x20, 0x7F))  # ASCII's printable characters
_TEXT_OR_WHITESPACE = _TEXT + b"\t\n\r"


def _printable_ascii(text: str, allowed: bytes) -> bool:
    """Whether `text` is ASCII of the `allowed` characters only: a C pass over the bytes
    (a regular expression's character class, or str.isprintable, take ten times as
    long over a batch's column)."""
    return text.isascii() and not text.encode("ascii").translate(None, allowed)


_TEXT_COLUMNS = ("event_id", "type", "aggregate_id", "business_date", "device_time")


@functools.cache
def _content_template(formats: tuple[str, ...]) -> str:
    """_CONTENT with each text column's format (_quoted), in _TEXT_COLUMNS order."""
    event_id, type_, aggregate, day, at = formats
    return (f'{{"aggregate_id":{aggregate},"business_date":{day},"device_time":{at},'
            f'"epoch":%d,"event_id":{event_id},"payload":%s,"schema_version":%d,"seq":%d,'
            f'"staff_id":%s,"type":{type_}}}')


assert _content_template(("%s",) * 5) == _CONTENT


_NONE = type(None)


def _check_types(cols: dict[str, Any]) -> None:
    """WireError unless each column holds what it must (bool is not an int here)."""
    if type(cols["payload"]) is not PayloadTexts and set(map(type, cols["payload"])) != {dict}:
        raise WireError("malformed batch: a payload is not an object")
    for c, width in COLUMN_TEXT.items():
        if set(map(type, cols[c])) != {str}:
            raise WireError(f"malformed batch: {c} is not text")
        if max(map(len, cols[c])) > width:
            raise WireError(f"malformed batch: {c} longer than {width} characters")
        joined = "".join(cols[c])
        if not _printable_ascii(joined, _TEXT_OR_WHITESPACE) and _CONTROL.search(joined):
            raise WireError(f"malformed batch: {c} holds a control character")
    staff = [v for v in cols["staff_id"] if v is not None]
    if not set(map(type, staff)) <= {int} or \
            set(map(type, cols["schema_version"])) != {int}:
        raise WireError("malformed batch: staff_id or schema_version")
    for values in (staff, cols["schema_version"]):
        if values and not (min(values) >= -2**31 and max(values) < 2**31):
            raise WireError("malformed batch: staff_id or schema_version out of range")


def encode(body: dict[str, Any], level: int = 9) -> bytes:
    return zstandard.ZstdCompressor(level=level, dict_data=_DICT).compress(
        canonical_json(body).encode())


def decode(data: bytes, max_bytes: int = MAX_BATCH_BYTES) -> dict[str, Any]:
    """The JSON object a compressed message carries; WireError (TooLarge for sizes)
    when it is not one, or is over a limit. Memory stays bounded by the limits whatever
    the frame declares: decompression streams into at most `max_bytes`."""
    raw = decompress(data, max_bytes)
    check_text(raw)
    fast = _payload_texts(raw)  # the usual batch: its payloads kept as their texts
    if fast is not None:
        return fast
    try:
        body = json.loads(raw, parse_float=_reject_float, parse_constant=_reject_float)
    except RecursionError:
        raise WireError(f"JSON nested deeper than {MAX_DEPTH}") from None
    except ValueError as exc:
        raise WireError(f"not a valid batch: {exc}") from None
    if not isinstance(body, dict):
        raise WireError("a batch is a JSON object")
    if suspect(raw):  # rare: then every value is looked at
        check_values(body)
    return body


class PayloadTexts(list):  # type: ignore[type-arg]
    """A batch's payloads as the JSON texts the batch carried, already checked by
    `_payload_texts` (valid JSON, objects, no float, not deep, nothing suspect): hashed
    and stored as they are. Only `decode` makes one: json never does."""


class CheckedColumns(dict):  # type: ignore[type-arg]
    """A batch's columns as decode's msgspec pass read them (_Columns): each value's
    type, width and range checked as _check_types checks them, and no control
    character in the message (_payload_texts), so open_batch need not look again. Only
    `decode` makes one: json never does."""


def _width(column: str) -> msgspec.Meta:
    return msgspec.Meta(max_length=COLUMN_TEXT[column])


_Int32 = Annotated[int, msgspec.Meta(ge=-2**31, lt=2**31)]


class _Columns(msgspec.Struct):
    """The columns of a batch, typed as _check_types requires them: a text longer than
    its column, an integer out of range, a value of another type fails the fast
    path, and the full one then gives the precise refusal."""

    event_id: list[Annotated[str, _width("event_id")]]
    type: list[Annotated[str, _width("type")]]
    schema_version: list[_Int32]
    aggregate_id: list[Annotated[str, _width("aggregate_id")]]
    business_date: list[Annotated[str, _width("business_date")]]
    device_time: list[Annotated[str, _width("device_time")]]
    staff_id: list[_Int32 | None]
    payload: list[msgspec.Raw]


_TOP = msgspec.json.Decoder(dict[str, msgspec.Raw])
_COLUMNS_DECODER = msgspec.json.Decoder(_Columns)
# The values beside the columns as a batch carries them (numbers, hashes, the journal
# claim's lists and columns), read by msgspec: the same objects json.loads builds for
# them (no float can match these types), several times faster; any other shape is read
# by json (_payload_texts).
_Scalar = int | str | None
_TOP_VALUES = msgspec.json.Decoder(dict[str, _Scalar | dict[
    str, _Scalar | list[_Scalar] | dict[str, list[_Scalar]]]])
_ABSENT = msgspec.Raw(b"")


class _Usual(msgspec.Struct, forbid_unknown_fields=True):
    """A batch with the keys a branch sends, read in one pass (the columns typed)."""

    cols: _Columns
    v: msgspec.Raw = _ABSENT
    branch: msgspec.Raw = _ABSENT
    epoch: msgspec.Raw = _ABSENT
    first_seq: msgspec.Raw = _ABSENT
    prev_hash: msgspec.Raw = _ABSENT
    last_hash: msgspec.Raw = _ABSENT
    journal: msgspec.Raw = _ABSENT


_USUAL = msgspec.json.Decoder(_Usual)


def _top_and_columns(raw: bytes) -> tuple[dict[str, msgspec.Raw], _Columns]:
    """The values beside the columns (as their texts) and the columns: in one pass for
    a batch of the usual keys, else in two (the same result, a key seen twice the last
    one either way)."""
    try:
        usual = _USUAL.decode(raw)
    except msgspec.DecodeError:
        top = _TOP.decode(raw)
        return top, _COLUMNS_DECODER.decode(top.pop("cols"))
    return {k: v for k in _Usual.__struct_fields__[1:]
            if (v := getattr(usual, k)) is not _ABSENT}, usual.cols


# What sends a batch to the full check: in the payloads, a digit before "." or "e" (a
# float, "1.5", "1e3") or a \\u escape (a lone surrogate; canonical text writes every
# other character as itself); also where it is only inside a text: the full check then
# finds nothing wrong, it just costs its time. Substring searches: C loops.
# (also head office's projection: app.headoffice.projection._orjson_reads_alike)
NUMBERISH = bytes.maketrans(b"123456789.eE", b"000000000eee")  # digits 0, "." "e" e
_NOT_OPENER = bytes(sorted(set(range(256)) - set(b"[{\x00")))  # deleted: all but [ { NUL


def _payload_texts(raw: bytes) -> dict[str, Any] | None:
    """The usual batch decoded without building its payloads: each payload kept as
    its JSON text (PayloadText), which the branch wrote canonically and hashed as such,
    so head office hashes and stores it without parsing and writing it again (that
    was most of the acknowledgement's time). msgspec validates the whole text as JSON
    and the columns' types; None for anything unusual, which then takes the full path
    (json, every value checked) and gets its precise answer there."""
    if _ESCAPES.search(raw) or b"\x7f" in raw:  # a control character may be there (JSON
        return None  # allows no other unescaped; DEL is the one it allows)
    try:
        top, cols = _top_and_columns(raw)
    except (msgspec.DecodeError, KeyError, RecursionError):
        return None
    # an integer that may be out of range in a value beside the columns (the hashes are
    # texts of hex digits: a run of digits there is no number)
    others = b"\x00".join(bytes(v) for v in top.values() if not bytes(v).startswith(b'"'))
    if _LONG_NUMBER in others.translate(_DIGITS):
        return None
    usual = _texts_if_usual(cols.payload)
    if usual is None:
        return None
    texts = PayloadTexts(usual)
    body: dict[str, Any]
    try:
        body = cast(dict[str, Any], _TOP_VALUES.decode(b"{" + b",".join(
            orjson.dumps(k) + b":" + bytes(v) for k, v in top.items()) + b"}"))
    except msgspec.DecodeError:  # a value of another shape: read by json, as before
        try:
            body = {k: json.loads(bytes(v), parse_float=_reject_float,
                                  parse_constant=_reject_float) for k, v in top.items()}
        except (ValueError, RecursionError):
            return None
    body["cols"] = CheckedColumns({c: getattr(cols, c) for c in COLUMNS[:-1]},
                                  payload=texts)
    return body


def _texts_if_usual(payloads: list[msgspec.Raw]) -> list[str] | None:
    """The payloads as their texts, or None when any may hold what the full check must
    see (_payloads_unusual). One C pass over each where app.sync._fastchain was built
    (the same answer, tests/sync/test_fastchain.py)."""
    if _fastchain is not None:
        return _fastchain.payload_texts(payloads, MAX_DEPTH)  # type: ignore[no-any-return]
    joined = b"\x00".join(map(bytes, payloads))  # no NUL in JSON text: a safe separator
    if _payloads_unusual(joined, len(payloads)):
        return None
    return joined.decode().split("\x00")


def _payloads_unusual(joined: bytes, count: int) -> bool:
    """Whether the payloads (joined by NUL) may hold what the full check must see: a
    float or an integer out of range (a digit before "." or "e", a run of 16 digits), a
    \\u escape (a lone surrogate; canonical text writes every other character as itself),
    a payload that is not an object, or one nested too deep (more than MAX_DEPTH
    brackets opened in it). Substring searches and translations: C loops."""
    digits = joined.translate(NUMBERISH)
    return b"\\u" in joined or b"0e" in digits or _LONG_NUMBER in digits or \
        not joined.startswith(b"{") or joined.count(b"\x00{") != count - 1 or \
        max(map(len, joined.translate(None, _NOT_OPENER).split(b"\x00"))) > MAX_DEPTH


def decompress(data: bytes, max_bytes: int = MAX_BATCH_BYTES) -> bytes:
    """zstd-decompressed `data`, never more than `max_bytes` of it (TooLarge)."""
    if len(data) > MAX_BODY_BYTES:
        raise TooLarge(f"the message is over {MAX_BODY_BYTES} bytes")
    try:
        declared = zstandard.frame_content_size(data)
    except zstandard.ZstdError as exc:
        raise WireError(f"not a valid batch: {exc}") from None
    if declared > max_bytes:  # -1: not declared; then the stream is cut below
        raise TooLarge(f"the message declares {declared} bytes, over the limit of "
                       f"{max_bytes}")
    decoder = zstandard.ZstdDecompressor(dict_data=_DICT, max_window_size=MAX_WINDOW_BYTES)
    out, size = [], 0
    try:
        with decoder.stream_reader(io.BytesIO(data)) as reader:
            while True:
                chunk = reader.read(min(1 << 20, max_bytes + 1 - size))
                if not chunk:
                    break
                size += len(chunk)
                if size > max_bytes:
                    raise TooLarge(f"the message is over {max_bytes} bytes decompressed")
                out.append(chunk)
    except zstandard.ZstdError as exc:
        raise WireError(f"not a valid batch: {exc}") from None
    return b"".join(out)


# Escapes of control characters other than tab, line feed and carriage return (NUL…),
# and runs of 16 digits or more (an integer that may be out of range): where the text
# shows one, every value of the parsed message is checked (check_values). The text may
# show them where there is nothing wrong ("\\\\b" in the text is a backslash and a b, a long
# number inside a string), so they are only a reason to look closer. Both searches are
# C loops over the bytes: the usual batch pays a few milliseconds per megabyte.
_ESCAPES = re.compile(rb"\\(?:u00[01]|u007|[bf])")
_DIGITS = bytes.maketrans(b"123456789", b"000000000")
_LONG_NUMBER = b"0" * 16
_CONTROL = re.compile("[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f]")


def suspect(raw: bytes) -> bool:
    """Whether the text may hold a control character or an integer out of range."""
    return _ESCAPES.search(raw) is not None or \
        _LONG_NUMBER in raw.translate(_DIGITS)


def check_text(raw: bytes) -> None:
    """Refuse a text holding more JSON values than MAX_VALUES, before it is parsed
    (every value but the last of a container is followed by a comma)."""
    values = _fastchain.json_values(raw) if _fastchain is not None else \
        raw.count(b",") + raw.count(b"[") + raw.count(b"{")
    if values > MAX_VALUES:
        raise TooLarge(f"the message holds more than {MAX_VALUES} values")


def check_values(value: Any, depth: int = 0) -> None:
    """WireError for a control character in any string, an integer out of range or
    nesting deeper than MAX_DEPTH anywhere in `value`. (Text lengths: the event
    columns are checked in unpack_events; the rows' fields by their Shape when they
    are projected, app.headoffice.row_shapes; any other text by the message's cap.)"""
    if depth > MAX_DEPTH:
        raise WireError(f"JSON nested deeper than {MAX_DEPTH}")
    items = value.items() if isinstance(value, dict) else \
        enumerate(value) if isinstance(value, list) else ()
    for key, item in items:
        for v in (key, item):
            if type(v) is str:
                if _CONTROL.search(v):
                    raise WireError("a text holds a control character (such as NUL)")
            elif type(v) is int and not -MAX_INT < v < MAX_INT:
                raise WireError(f"an integer out of range: {str(v)[:30]}")
        if isinstance(item, dict | list):
            check_values(item, depth + 1)
