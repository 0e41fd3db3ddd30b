"""Enrolling a branch device with head office: how a branch gets its identity.

Head office issues an enrolment file for a branch code (`shakha hq enrol CODE --out
FILE`): one-time, expiring, signed, carrying what a new branch needs to start — its
code, head office's address (if any), head office's public keys, the policy profile,
the token and its expiry. The branch makes its own key pair here (the private half is
kept in the branch database and never leaves it) and presents the public half with the
token, signed by the new key: online, or as a reply file carried back by USB.

Used by `shakha enrol` and by the first-run wizard, with plain values in and out:

    enrolment = read_enrolment(Path("BJS-001.enrol"))   # EnrolmentError, nothing written
    # A new database: create its branch row from enrolment.branch_code and
    # enrolment.profile first (`fits` checks an existing one). Then either
    result = enrol_online(engine, enrolment)             # to enrolment.hq_url, or give one
    # or, without a network,
    result = write_enrolment_reply(engine, enrolment, Path("BJS-001.reply"))
    # … which head office takes with `shakha hq accept-enrolment BJS-001.reply`.

Both return an `Enrolled` (branch code, device key id, head office's address or None,
online or not). Errors are `EnrolmentError`s with a translatable message (text +
params, app.errors), e.g. expired, another branch's file, head office unreachable.
Enrolling again with the same file reuses the same key, so a lost answer or a second
reply file never leaves the branch holding a key head office does not know; a new file
(after `shakha hq revoke-branch`, or for a new PC) gives a new key. Until head office
has accepted a USB reply, what the branch sends is refused as from an unknown device.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.models import Branch
from app.db.staff_keys import recovery_from_enrolment
from app.errors import QT_TR_NOOP
from app.os_reasons import os_reason
from app.sync.address import check_hq_url
from app.sync.bundle import write_atomic
from app.sync.device import load_device_key, store_identity
from app.sync.identity import (
    ENROLMENT,
    ENROLMENT_REPLY,
    DeviceKey,
    SignatureError,
    key_id,
    verify,
)
from app.sync.outbox import SyncError, get_state, set_state
from app.sync.seal import seal

REPLY_MAGIC = b"SHAKHA-ENROLMENT-REPLY-1\n"
MAX_FILE_BYTES = 64 * 1024


class EnrolmentError(SyncError):
    """The enrolment cannot go ahead; the message says why and what to do."""


@dataclass(frozen=True)
class Enrolment:
    """A verified enrolment file's content."""

    branch_code: str
    hq_url: str | None
    profile: str | None
    token: str
    issued: datetime
    expires: datetime
    hq_keys: dict[str, list[dict[str, str]]]  # kind -> [{"id", "public"}], newest last

    @property
    def token_digest(self) -> str:
        return hashlib.sha256(self.token.encode()).hexdigest()


@dataclass(frozen=True)
class Enrolled:
    branch_code: str
    key_id: str
    hq_url: str | None
    online: bool


NOT_AN_ENROLMENT = QT_TR_NOOP("{path} is not an enrolment file from head office, or it "
                              "is damaged.")


def read_enrolment(path: Path) -> Enrolment:
    """The enrolment file at `path`, verified (signed by the head-office key it names,
    well formed); EnrolmentError otherwise. Its expiry is checked by `fits`."""
    try:
        raw = path.read_bytes()[:MAX_FILE_BYTES + 1]
    except OSError as exc:
        raise EnrolmentError(QT_TR_NOOP("Cannot read {path}: {error}"), path=str(path),
                             error=os_reason(exc)) from None
    try:
        if len(raw) > MAX_FILE_BYTES:
            raise ValueError("too big")
        data = json.loads(raw.decode("utf-8"))
        return _verified(data)
    except (ValueError, KeyError, TypeError, AttributeError, SignatureError):
        raise EnrolmentError(NOT_AN_ENROLMENT, path=str(path)) from None


def _verified(data: dict[str, Any]) -> Enrolment:
    if data.get("format") != "shakha-enrolment" or data.get("version") != 1:
        raise ValueError("not an enrolment file")
    content = {k: v for k, v in data.items() if k != "signature"}
    keys = {kind: [{"id": str(k["id"]), "public": str(k["public"])} for k in listed]
            for kind, listed in data["hq_keys"].items()}
    signing = {k["id"]: k["public"] for k in keys["signing"]}
    if not signing or not keys.get("bundle") or any(key_id(p) != i
                                                    for i, p in signing.items()):
        raise ValueError("head office's keys")
    signature = data["signature"]
    verify(signing[signature["key"]], ENROLMENT, content, signature["value"])
    url = data["hq_url"]
    return Enrolment(str(data["branch"]), str(url) if url else None,
                     str(data["profile"]) if data["profile"] else None,
                     str(data["token"]), datetime.fromisoformat(data["issued"]),
                     datetime.fromisoformat(data["expires"]), keys)


def fits(engine: Engine, enrolment: Enrolment) -> None:
    """EnrolmentError unless this database may be enrolled with this file: it is the
    same branch (and profile, when the file names one), and the file has not expired."""
    with Session(engine) as session:
        branch = session.scalars(select(Branch)).first()
    if branch is None:
        raise EnrolmentError(QT_TR_NOOP("This database has no branch yet; create the "
                                        "branch {code} first."), code=enrolment.branch_code)
    if branch.code != enrolment.branch_code:
        raise EnrolmentError(QT_TR_NOOP("The enrolment file is for branch {file}, this "
                                        "database is branch {branch}."),
                             file=enrolment.branch_code, branch=branch.code)
    if enrolment.profile and branch.policy_profile != enrolment.profile:
        raise EnrolmentError(QT_TR_NOOP("The enrolment file is for the policy profile "
                                        "{file}, this database uses {branch}."),
                             file=enrolment.profile, branch=branch.policy_profile)
    if enrolment.expires < datetime.now(UTC).replace(tzinfo=None):
        raise EnrolmentError(QT_TR_NOOP("The enrolment file expired on {date}. Ask head "
                                        "office for a new one."),
                             date=enrolment.expires.date().isoformat())


def _reply(engine: Engine, enrolment: Enrolment) -> tuple[DeviceKey, dict[str, Any]]:
    """The device key for this enrolment (the one made for the same token before, else
    a new one, kept as pending) and the signed reply presenting it."""
    with Session(engine) as session, session.begin():
        key = None
        if get_state(session, "enrolment_token") == enrolment.token_digest:
            pending = get_state(session, "enrolment_key")
            key = DeviceKey.from_text(pending) if pending else load_device_key(session)
        if key is None:
            key = DeviceKey.generate()
            set_state(session, "enrolment_token", enrolment.token_digest)
            set_state(session, "enrolment_key", key.to_text())
    request = {"branch": enrolment.branch_code, "token": enrolment.token,
               "device": key.public(),
               "time": datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")}
    return key, {"request": request, "signature": key.sign(ENROLMENT_REPLY, request)}


def _keep(engine: Engine, enrolment: Enrolment, key: DeviceKey, hq_url: str | None) -> None:
    with Session(engine) as session, session.begin():
        store_identity(session, key, enrolment.branch_code, enrolment.hq_keys, hq_url)
        set_state(session, "enrolment_key", "")
        set_state(session, "enrolled_at",
                  datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds"))
    # head office's recovery key, when the file carries one, gets its key slot
    recovery_from_enrolment(engine.url.database, enrolment.hq_keys)


def write_enrolment_reply(engine: Engine, enrolment: Enrolment, out: Path) -> Enrolled:
    """Make the device key and write the reply for head office (sealed to head office's
    bundle key: it carries the token). The branch keeps its key at once."""
    fits(engine, enrolment)
    key, reply = _reply(engine, enrolment)
    bundle_key = enrolment.hq_keys["bundle"][-1]["public"]
    write_atomic(out, seal(bundle_key, REPLY_MAGIC + json.dumps(reply).encode()))
    _keep(engine, enrolment, key, enrolment.hq_url)
    return Enrolled(enrolment.branch_code, key.id, enrolment.hq_url, online=False)


def enrol_online(engine: Engine, enrolment: Enrolment, hq_url: str | None = None, *,
                 client: httpx.Client | None = None, timeout: float = 30.0) -> Enrolled:
    """Make the device key and register it with head office at `hq_url` (default: the
    address in the file); the branch keeps its key once head office's signed answer
    names it."""
    fits(engine, enrolment)
    url = hq_url or enrolment.hq_url
    if not url:
        raise EnrolmentError(QT_TR_NOOP("The enrolment file names no head-office address: "
                                        "give it with --hq URL, or enrol by USB with --out "
                                        "FILE."))
    if client is None:
        url = check_hq_url(url)
    key, reply = _reply(engine, enrolment)
    answer = _post(client, url.rstrip("/") + "/v1/enrol", reply, timeout)
    try:
        content, signature = answer["answer"], answer["signature"]
        signing = {k["id"]: k["public"] for k in enrolment.hq_keys["signing"]}
        verify(signing[signature["key"]], ENROLMENT, content, signature["value"])
        if content["key_id"] != key.id or content["branch"] != enrolment.branch_code:
            raise ValueError("another device's answer")
    except (KeyError, TypeError, ValueError, SignatureError):
        raise EnrolmentError(QT_TR_NOOP("Head office's answer to the enrolment is not "
                                        "signed by head office; nothing was changed.")) \
            from None
    _keep(engine, enrolment, key, url)
    return Enrolled(enrolment.branch_code, key.id, url, online=True)


def _post(client: httpx.Client | None, url: str, reply: dict[str, Any],
          timeout: float) -> dict[str, Any]:
    http = client or httpx.Client(timeout=timeout)
    try:
        response = http.post(url, content=json.dumps(reply).encode(),
                             headers={"Content-Type": "application/json"})
    except httpx.HTTPError as exc:
        raise EnrolmentError(QT_TR_NOOP("Head office cannot be reached ({detail}). Try "
                                        "again, or enrol by USB with --out FILE."),
                             detail=f"{type(exc).__name__}: {exc}") from None
    finally:
        if client is None:
            http.close()
    try:
        data = response.json()
    except ValueError:
        data = None
    if response.status_code != 200:
        reason = data.get("detail", {}).get("reason") if isinstance(data, dict) and \
            isinstance(data.get("detail"), dict) else f"HTTP {response.status_code}"
        raise EnrolmentError(QT_TR_NOOP("Head office refused the enrolment: {reason}"),
                             reason=str(reason))
    if not isinstance(data, dict):
        raise EnrolmentError(QT_TR_NOOP("Head office's answer to the enrolment is not "
                                        "signed by head office; nothing was changed."))
    return data
