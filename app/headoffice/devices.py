"""Branch devices at head office: enrolment, rotation, revocation (public keys only).

Enrolment: `issue_enrolment` makes a one-time, expiring token for a branch code and
returns the enrolment file's content (signed by head office, with its public keys);
only the token's SHA-256 is stored. The branch makes its own key pair and presents its
public keys with the token, signed by the new key (it proves it holds it):
`accept_enrolment`, online (POST /v1/enrol) or from the USB reply
(`shakha hq accept-enrolment`). The same reply twice gets the same answer; a token
used by another key, expired or unknown is refused with an alarm. Enrolling a branch
that already has a device retires the old key ("re-enrolled", with an alarm): a
replaced or stolen PC is dealt with by enrolling the new one.

Rotation (`rotate_key`) is asked with the old key and names the new one, which signs
too; revocation (`revoke_branch`) retires every key of the branch, so every later
request is answered 401 until the branch is enrolled again.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.domain.branch_code import is_branch_code
from app.domain.products import PROFILES
from app.errors import QT_TR_NOOP, ValidationError
from app.headoffice.alarms import alarmed
from app.headoffice.ingest import Refused, now
from app.headoffice.keys import HqKeys
from app.headoffice.models import HqAlarm, HqBranch
from app.headoffice.models_trust import HqDeviceKey, HqEnrolment
from app.headoffice.partitions import ensure_branch_partitions
from app.sync.canonical import GENESIS_HASH
from app.sync.identity import (
    ENROLMENT,
    ENROLMENT_REPLY,
    ROTATION,
    SignatureError,
    key_id,
    unb64,
    verify,
)
from app.sync.wire import WireError

DEFAULT_VALID_DAYS = 7
MAX_VALID_DAYS = 90


def token_digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue_enrolment(engine: Engine, keys: HqKeys, code: str, *, hq_url: str | None = None,
                    profile: str | None = None, valid_days: int = DEFAULT_VALID_DAYS
                    ) -> dict[str, Any]:
    """A new enrolment for `code`: the enrolment file's content (JSON-ready)."""
    code = code.strip()
    if not is_branch_code(code):
        raise ValidationError(QT_TR_NOOP("{code} is not a branch code: use 2–20 capital "
                                         "letters A–Z, digits and hyphens (e.g. BJS-SHB)."),
                              code=code)
    if profile is not None and profile not in PROFILES:
        raise ValidationError(QT_TR_NOOP("Unknown policy profile {profile}: use one of "
                                         "{known}."), profile=profile,
                              known=", ".join(sorted(PROFILES)))
    if hq_url is not None and not hq_url.startswith(("https://", "http://")):
        raise ValidationError(QT_TR_NOOP("Head office's address starts with http:// or "
                                         "https://"))
    if not 1 <= valid_days <= MAX_VALID_DAYS:
        raise ValidationError(QT_TR_NOOP("An enrolment is valid for 1 to {most} days."),
                              most=MAX_VALID_DAYS)
    token = secrets.token_urlsafe(32)
    issued = now().replace(microsecond=0)
    expires = issued + timedelta(days=valid_days)
    with Session(engine) as session, session.begin():
        session.add(HqEnrolment(branch=code, token_digest=token_digest(token),
                                profile=profile, hq_url=hq_url, issued_at=issued,
                                expires_at=expires))
    content = {"format": "shakha-enrolment", "version": 1, "branch": code,
               "hq_url": hq_url, "profile": profile, "token": token,
               "issued": issued.isoformat(), "expires": expires.isoformat(),
               "hq_keys": keys.public_keys()}
    return {**content, "signature": keys.sign(ENROLMENT, content)}


@dataclass(frozen=True)
class DevicePublic:
    key_id: str
    sign_public: str
    seal_public: str


def _device(value: Any) -> DevicePublic:
    """The public keys a branch presents; Refused unless they are well formed."""
    try:
        device = DevicePublic(str(value["key_id"]), str(value["sign_public"]),
                              str(value["seal_public"]))
        unb64(device.seal_public, 32)
        if key_id(device.sign_public) != device.key_id:
            raise SignatureError("key id")
    except (KeyError, TypeError, SignatureError):
        raise Refused("malformed device keys", code="malformed") from None
    return device


def accept_enrolment(engine: Engine, keys: HqKeys, reply: dict[str, Any]) -> dict[str, Any]:
    """Register the device a branch presents with its enrolment token; returns head
    office's signed answer. Refused (with an alarm) when the token is not an open
    enrolment of that branch or the reply is not signed by the key it presents."""
    try:
        request, signature = reply["request"], reply["signature"]
        code, token = str(request["branch"]), str(request["token"])
        device = _device(request["device"])
        verify(device.sign_public, ENROLMENT_REPLY, request, signature)
    except (KeyError, TypeError):
        raise Refused("malformed enrolment reply", code="malformed") from None
    except SignatureError:
        raise Refused("the enrolment reply is not signed by the key it presents",
                      code="malformed") from None
    return alarmed(engine, code, lambda: _enrol(engine, keys, code, token, device))


def _enrol(engine: Engine, keys: HqKeys, code: str, token: str, device: DevicePublic
           ) -> dict[str, Any]:
    with Session(engine) as session, session.begin():
        enrolment = session.scalars(select(HqEnrolment).where(
            HqEnrolment.token_digest == token_digest(token)).with_for_update()
        ).one_or_none()
        if enrolment is None or enrolment.branch != code:
            raise _refusal("an enrolment token head office never issued for this branch")
        if enrolment.used_at is not None:
            if enrolment.used_key == device.key_id:  # the same reply again
                return _answer(session, keys, code, device.key_id, enrolment.used_at)
            raise _refusal("an enrolment token that was already used")
        if enrolment.expires_at < now():
            raise _refusal("an expired enrolment token")
        at = now()
        _register(session, code, device, at)
        enrolment.used_at, enrolment.used_key = at, device.key_id
        return _answer(session, keys, code, device.key_id, at)


def _refusal(what: str) -> Refused:
    return Refused(f"enrolment refused: {what}", alarm="enrolment", code="enrolment")


def _register(session: Session, code: str, device: DevicePublic, at: datetime) -> None:
    branch = session.get(HqBranch, code, with_for_update=True)
    if branch is None:
        session.add(HqBranch(code=code, epoch=1, acked_seq=0,
                             acked_hash=GENESIS_HASH, registered_at=at))
        session.flush()
        ensure_branch_partitions(session.connection(), code)  # hq_event, hq_ledger
    replaced = session.scalars(select(HqDeviceKey).where(
        HqDeviceKey.branch == code, HqDeviceKey.retired_at.is_(None))).all()
    for old in replaced:
        old.retired_at, old.retired_why, old.replaced_by = at, "re-enrolled", device.key_id
    if replaced:
        session.add(HqAlarm(branch=code, kind="re-enrolled", at=at, detail=(
            f"a new device (key {device.key_id}) was enrolled; key(s) "
            f"{', '.join(k.key_id for k in replaced)} no longer accepted")))
    if session.get(HqDeviceKey, device.key_id) is not None:
        raise Refused("this device key is already registered", code="enrolment")
    session.add(HqDeviceKey(key_id=device.key_id, branch=code,
                            sign_public=device.sign_public, seal_public=device.seal_public,
                            enrolled_at=at))


def _answer(session: Session, keys: HqKeys, code: str, device_key: str, at: datetime
            ) -> dict[str, Any]:
    branch = session.get(HqBranch, code)
    assert branch is not None
    content = {"branch": code, "key_id": device_key, "enrolled_at": at.isoformat(),
               "epoch": branch.epoch, "hq_keys": keys.public_keys()}
    return {"answer": content, "signature": keys.sign(ENROLMENT, content)}


def active_key(session: Session, kid: str) -> HqDeviceKey | None:
    """The device key with this id, whether or not it is still accepted."""
    return session.get(HqDeviceKey, kid) if isinstance(kid, str) and len(kid) == 16 \
        else None


def revoke_branch(engine: Engine, code: str) -> int:
    """Retire every accepted key of the branch; returns how many. An alarm records it."""
    with Session(engine) as session, session.begin():
        if session.get(HqBranch, code) is None:
            raise ValidationError(QT_TR_NOOP("Branch {code} is not registered at head "
                                             "office."), code=code)
        at = now()
        active = session.scalars(select(HqDeviceKey).where(
            HqDeviceKey.branch == code, HqDeviceKey.retired_at.is_(None))).all()
        for key in active:
            key.retired_at, key.retired_why = at, "revoked"
        session.add(HqAlarm(branch=code, kind="revoked", at=at, detail=(
            f"device key(s) {', '.join(k.key_id for k in active) or 'none'} revoked by "
            "head office; the branch must be enrolled again")))
        return len(active)


def rotate_key(engine: Engine, keys: HqKeys, code: str, old_key: str,
               body: dict[str, Any]) -> dict[str, Any]:
    """Replace the (already authenticated) `old_key` of branch `code` by the device
    keys in `body`, which the new key signs too. Asked again after the answer was lost,
    the same rotation gets the same answer."""
    try:
        device = _device(body["device"])
        verify(device.sign_public, ROTATION, {"branch": code, "old_key": old_key,
                                              "device": body["device"]}, body["signature"])
    except (KeyError, TypeError):
        raise Refused("malformed key rotation", code="malformed") from None
    except SignatureError:
        raise Refused("the new key did not sign the rotation", code="malformed") from None
    with Session(engine) as session, session.begin():
        old = session.get(HqDeviceKey, old_key, with_for_update=True)
        assert old is not None and old.branch == code
        if old.retired_at is None:
            if session.get(HqDeviceKey, device.key_id) is not None:
                raise Refused("this device key is already registered", code="malformed")
            at = now()
            old.retired_at, old.retired_why, old.replaced_by = at, "rotated", device.key_id
            session.add(HqDeviceKey(key_id=device.key_id, branch=code,
                                    sign_public=device.sign_public,
                                    seal_public=device.seal_public, enrolled_at=at))
        elif old.replaced_by != device.key_id or old.retired_why != "rotated":
            raise Refused("this key was retired", code="key")
        content = {"branch": code, "old_key": old_key, "key_id": device.key_id}
        return {"answer": content, "signature": keys.sign(ROTATION, content)}


REPLY_MAGIC = b"SHAKHA-ENROLMENT-REPLY-1\n"  # app.sync.enrolment writes it


def read_enrolment_reply(keys: HqKeys, blob: bytes) -> dict[str, Any]:
    """The reply a branch wrote for USB (sealed to head office's bundle key)."""
    try:
        plain = keys.open_sealed(blob)
        if not plain.startswith(REPLY_MAGIC):
            raise WireError("not an enrolment reply")
        reply = json.loads(plain[len(REPLY_MAGIC):])
    except (WireError, ValueError) as exc:
        raise Refused(f"not an enrolment reply from a branch: {exc}",
                      code="malformed") from None
    if not isinstance(reply, dict):
        raise Refused("not an enrolment reply from a branch", code="malformed")
    return reply
