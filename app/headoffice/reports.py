"""What a branch reports about itself, signed by its device key: it found that head office
holds events its database does not (restored from an old backup), an acknowledgement or
checkpoint that does not match its own chains (a fork), or its own chains broken. The
alarm appears at head office at once, not when someone calls (SYNC.md, Upload)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from app.headoffice.alarms import raise_alarm
from app.headoffice.ingest import Refused
from app.sync.canonical import canonical_json

KINDS = ("restored", "fork", "journal", "tamper")
DETAIL_MAX = 1000


def receive_report(engine: Engine, code: str, body: dict[str, Any]) -> None:
    kind, detail, facts = body.get("kind"), body.get("detail"), body.get("facts", {})
    if kind not in KINDS or not isinstance(detail, str) or len(detail) > DETAIL_MAX \
            or not isinstance(facts, dict) or "\x00" in detail:
        raise Refused("malformed report", code="malformed")
    text = canonical_json(facts)
    raise_alarm(engine, code, str(kind), f"reported by the branch: {detail} {text[:800]}")
