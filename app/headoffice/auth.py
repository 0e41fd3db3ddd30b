"""Who is asking: a branch device's signed request checked, and head office's answer
signed (app.sync.signing says what each covers).

`authenticate` accepts a request only when it is signed by an active device key of the
branch its path names, within the time window and with a nonce not seen before. The
refusals that smell of an attack raise an alarm: a signature that does not verify
(forged or altered), another branch's key, a revoked or retired key still in use, a
request from outside the window or a nonce seen before (replayed). A request with no
signature at all is refused quietly (a scanner, not a branch).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, NoReturn

from sqlalchemy import Engine, delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from app.headoffice.alarms import raise_alarm
from app.headoffice.ingest import now
from app.headoffice.keys import HqKeys
from app.headoffice.models_trust import HqDeviceKey, HqNonce
from app.sync.identity import ANSWER, REQUEST, SignatureError, verify
from app.sync.signing import WINDOW_SECONDS, answer_content, request_content, well_formed

EPOCH = now().__class__(1970, 1, 1)


class AuthRefused(Exception):
    """The request is refused before anything is read from it: `status` 401 (who is
    asking is not accepted) or 409 ("replay", "clock": the branch may try again)."""

    def __init__(self, status: int, code: str, reason: str) -> None:
        super().__init__(reason)
        self.status, self.code, self.reason = status, code, reason


@dataclass(frozen=True)
class Caller:
    branch: str
    key_id: str
    nonce: str


def server_seconds() -> int:
    return int((now() - EPOCH).total_seconds())


def authenticate(engine: Engine, code: str, method: str, path: str, query: str,
                 headers: Any, body: bytes) -> Caller:
    """The verified caller of a request to branch `code`'s path, or AuthRefused."""
    parts = well_formed(headers)
    if parts is None:
        raise AuthRefused(401, "key", "the request is not signed by a device key")
    kid, time, nonce, signature = parts
    with Session(engine) as session:
        key = session.get(HqDeviceKey, kid)
    if key is None:
        raise AuthRefused(401, "key", "the device key is not known to head office")
    try:
        verify(key.sign_public, REQUEST, request_content(method, path, query, str(time),
                                                         nonce, kid, body), signature)
    except SignatureError:
        _refuse(engine, code, 401, "signature", "forged", f"a request to {method} {path} with a "
                f"signature that does not verify for device key {kid} (forged or altered)")
    if key.branch != code:
        _refuse(engine, code, 401, "key", "foreign", f"branch {key.branch}'s device key "
                f"{kid} was used for branch {code}'s {method} {path}")
    if key.retired_at is not None:
        _refuse(engine, code, 401, "revoked" if key.retired_why == "revoked" else "key",
                "revoked", f"device key {kid} ({key.retired_why} "
                f"{key.retired_at.isoformat(timespec='minutes')}) was used for {method} "
                f"{path}")
    if abs(time - server_seconds()) > WINDOW_SECONDS:
        _refuse(engine, code, 409, "clock", "replay", f"a signed {method} {path} from "
                f"{abs(time - server_seconds())} seconds away from head office's time "
                "(replayed, or the branch's clock jumped mid-sync)")
    if not _first_use(engine, kid, nonce):
        _refuse(engine, code, 409, "replay", "replay", f"a signed {method} {path} arrived "
                "again with the same nonce (replayed)")
    return Caller(code, kid, nonce)


def _refuse(engine: Engine, code: str, status: int, answer: str, alarm: str,
            detail: str) -> NoReturn:
    raise_alarm(engine, code, alarm, detail)
    raise AuthRefused(status, answer, detail)


def _first_use(engine: Engine, kid: str, nonce: str) -> bool:
    """Remember the nonce; False if it was remembered before. Nonces older than twice
    the window are forgotten (a request that old is refused by its time anyway)."""
    at = now()
    with Session(engine) as session, session.begin():
        session.execute(delete(HqNonce).where(
            HqNonce.key_id == kid, HqNonce.at < at - timedelta(seconds=2 * WINDOW_SECONDS)))
        if engine.dialect.name == "postgresql":
            inserted = session.execute(pg_insert(HqNonce).values(
                key_id=kid, nonce=nonce, at=at).on_conflict_do_nothing()
                .returning(HqNonce.nonce)).first()
            return inserted is not None
        if session.get(HqNonce, (kid, nonce)) is not None:
            return False
        session.add(HqNonce(key_id=kid, nonce=nonce, at=at))
        return True


def answer_header(keys: HqKeys, nonce: str, status: int, body: bytes) -> str:
    """X-Shakha-Answer for an answer to the request with this nonce."""
    signature = keys.sign(ANSWER, answer_content(nonce, status, body))
    return f"{signature['key']}:{signature['value']}"
