"""Canonical JSON and SHA-256 chaining shared by the journal and the outbox.

Canonical = sorted keys, no spaces, UTF-8, no floats (money in integer minor units),
dates as ISO strings. The same bytes are produced at the branch and at head office, so
both can recompute a hash.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from decimal import Decimal
from typing import Any

GENESIS_HASH = "0" * 64


def _default(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    raise TypeError(f"not canonical JSON: {type(value).__name__}")


def _no_floats(value: Any) -> None:
    """Refuse a float anywhere in `value`. Scalars are checked in their container's loop,
    not by a call each: an event with a whole branch's rows has millions of them."""
    if isinstance(value, float):
        raise TypeError("floats are not allowed in canonical JSON")
    if isinstance(value, dict):
        items: Any = value.values()
    elif isinstance(value, list | tuple):
        items = value
    else:
        return
    for v in items:
        if isinstance(v, float):
            raise TypeError("floats are not allowed in canonical JSON")
        if isinstance(v, dict | list | tuple):
            _no_floats(v)


def canonical_json(value: Any) -> str:
    _no_floats(value)
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      default=_default)


def chain_hash(prev_hash: str, content: Any) -> str:
    """SHA-256(prev_hash ‖ canonical content) as hex."""
    body = content if isinstance(content, str) else canonical_json(content)
    return hashlib.sha256((prev_hash + body).encode("utf-8")).hexdigest()


def json_object(text: str) -> dict[str, Any]:
    """A stored JSON object read back, or {} when the text is not one (a payload from
    another version, a hand-edited row): readers of optional fields need no try."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
