"""Signed requests and signed answers between a branch device and head office.

Every branch request carries four headers:

    X-Shakha-Key        the device key's id
    X-Shakha-Time       seconds since 1970 by head office's clock (the branch measures
                        the offset with GET /health, so a wrong branch clock is no bar)
    X-Shakha-Nonce      16 random bytes in hex, never used twice
    X-Shakha-Signature  Ed25519 over: method, path, query, time, nonce, key id and the
                        SHA-256 of the body (app.sync.identity, label shakha/request/1)

Head office accepts a request only from an active device key of the branch the path
names, within WINDOW_SECONDS of its clock and with a nonce it has not seen: a request
captured on the way can be neither altered (the body is bound), redirected to another
branch or endpoint (method and path are bound) nor sent again (time and nonce). Its
answer carries `X-Shakha-Answer: <key id>:<signature>` over the request's nonce, the
status and the SHA-256 of the answer's body: the branch believes only answers head
office signed for this very request.
"""

from __future__ import annotations

import hashlib
import os
from typing import Any

from app.sync.identity import REQUEST, DeviceKey, SignatureError

WINDOW_SECONDS = 300
KEY, TIME, NONCE, SIGNATURE = ("X-Shakha-Key", "X-Shakha-Time", "X-Shakha-Nonce",
                               "X-Shakha-Signature")
ANSWER_HEADER = "X-Shakha-Answer"


def request_content(method: str, path: str, query: str, time: str, nonce: str,
                    key_id: str, body: bytes) -> bytes:
    return "\n".join((method.upper(), path, query, time, nonce, key_id,
                      hashlib.sha256(body).hexdigest())).encode()


def signed_headers(key: DeviceKey, method: str, path: str, query: str, body: bytes,
                   at: int) -> dict[str, str]:
    nonce = os.urandom(16).hex()
    time = str(at)
    signature = key.sign(REQUEST, request_content(method, path, query, time, nonce,
                                                  key.id, body))
    return {KEY: key.id, TIME: time, NONCE: nonce, SIGNATURE: signature}


def answer_content(nonce: str, status: int, body: bytes) -> bytes:
    return f"{nonce}\n{status}\n{hashlib.sha256(body).hexdigest()}".encode()


def answer_signature(header: str | None) -> dict[str, str]:
    """{"key", "value"} of an X-Shakha-Answer header; SignatureError if there is none."""
    key, sep, value = (header or "").partition(":")
    if not sep or not key or not value:
        raise SignatureError("the answer is not signed by head office")
    return {"key": key, "value": value}


def well_formed(headers: Any) -> tuple[str, int, str, str] | None:
    """(key id, time, nonce, signature) of a request's headers, or None if any is
    missing or malformed."""
    kid, time, nonce, signature = (headers.get(h) or "" for h in (KEY, TIME, NONCE,
                                                                     SIGNATURE))
    if len(kid) != 16 or len(nonce) != 32 or not 0 < len(signature) <= 100 \
            or not time.isdigit() or len(time) > 12:
        return None
    try:
        int(kid, 16), int(nonce, 16)
    except ValueError:
        return None
    return kid, int(time), nonce, signature
