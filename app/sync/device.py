"""This branch's device identity and head office's public keys, kept in the branch
database (sync_state), so syncing needs no key file.

`device_key` (JSON, private: app.sync.identity.DeviceKey) is made here at enrolment and
never leaves the branch; `hq_keys` (JSON: kind -> [{"id", "public"}]) comes from the
enrolment file a person carried from head office, and is what every answer, checkpoint
and receipt of head office is verified against; `hq_bundle_key` is the key bundles are
sealed to. `enrolled_branch` is the code the device was enrolled for.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.errors import QT_TR_NOOP
from app.sync.identity import DeviceKey, SignatureError, verify
from app.sync.outbox import DeviceKeyRejected, SyncError, get_state, local_cursor, set_state


class NotEnrolled(SyncError):
    """This branch database has no device key (or it is damaged)."""


NOT_ENROLLED = QT_TR_NOOP("This branch is not enrolled with head office yet. Ask head "
                          "office for an enrolment file and run `shakha enrol FILE`.")


def load_device_key(session: Session) -> DeviceKey | None:
    text = get_state(session, "device_key")
    if not text:
        return None
    try:
        return DeviceKey.from_text(text)
    except SignatureError:
        raise NotEnrolled(QT_TR_NOOP("This branch's device key is damaged. Ask head office "
                                     "for an enrolment file and enrol it again.")) from None


def device_key(engine: Engine) -> DeviceKey:
    """The device key; NotEnrolled if there is none."""
    with Session(engine) as session:
        key = load_device_key(session)
    if key is None:
        raise NotEnrolled(NOT_ENROLLED)
    return key


def is_enrolled(engine: Engine) -> bool:
    with Session(engine) as session:
        return bool(get_state(session, "device_key"))


def hq_keys(session: Session) -> dict[str, list[dict[str, str]]]:
    text = get_state(session, "hq_keys")
    try:
        keys = json.loads(text) if text else {}
    except ValueError:
        keys = {}
    return keys if isinstance(keys, dict) else {}


def store_identity(session: Session, key: DeviceKey, code: str,
                   keys: dict[str, list[dict[str, str]]], hq_url: str | None) -> None:
    """Keep the device key, the branch it is for and head office's public keys (one
    transaction, the caller's)."""
    set_state(session, "device_key", key.to_text())
    set_state(session, "enrolled_branch", code)
    set_state(session, "hq_keys", json.dumps(keys, sort_keys=True))
    bundle = keys.get("bundle") or []
    if bundle:
        set_state(session, "hq_bundle_key", bundle[-1]["public"])
    if hq_url:
        set_state(session, "hq_url", hq_url)


def verify_hq(session: Session, label: str, content: Any, signature: Any) -> None:
    """SignatureError unless head office signed `content` (under `label`) with one of
    the signing keys this branch holds from its enrolment."""
    if not isinstance(signature, dict):
        raise SignatureError("not signed by head office")
    public = {k.get("id"): k.get("public") for k in hq_keys(session).get("signing", [])}
    key = public.get(signature.get("key"))
    if not key:
        raise SignatureError("signed by a key this branch does not know as head office's")
    verify(key, label, content, signature.get("value"))


def enrolled_branch(engine: Engine) -> str:
    """The branch this database's device was enrolled for; DeviceKeyRejected if the
    database has become another branch's (a file swapped or restored by mistake)."""
    local = local_cursor(engine)
    with Session(engine) as session:
        enrolled = get_state(session, "enrolled_branch")
    if enrolled and local.branch and enrolled != local.branch:
        raise DeviceKeyRejected(QT_TR_NOOP(
            "This computer's device key was enrolled for branch {key_branch}, but the "
            "database is branch {branch}."), key_branch=enrolled, branch=local.branch)
    return enrolled or local.branch
