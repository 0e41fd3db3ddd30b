"""Replacing this branch's device key (`shakha rotate-key`): asked with the old key,
naming the new one, which signs too; head office retires the old key in the same
transaction. The new key is kept as pending before it is sent, so an answer lost on
the way is no harm: the next attempt (or the next sync, refused with the old key) finds
head office already accepting the pending key and adopts it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.db.canonical import canonical_json
from app.errors import QT_TR_NOOP
from app.sync.client import SyncClient
from app.sync.device import verify_hq
from app.sync.identity import ROTATION, DeviceKey, SignatureError
from app.sync.outbox import DeviceKeyRejected, SyncError, get_state, set_state


def _pending(engine: Engine) -> DeviceKey:
    """The key being rotated to: the one made before if an attempt is unfinished."""
    with Session(engine) as session, session.begin():
        text = get_state(session, "rotation_key")
        if text:
            return DeviceKey.from_text(text)
        key = DeviceKey.generate()
        set_state(session, "rotation_key", key.to_text())
        return key


def _adopt(engine: Engine, key: DeviceKey) -> None:
    with Session(engine) as session, session.begin():
        set_state(session, "device_key", key.to_text())
        set_state(session, "rotation_key", "")


def rotate_device_key(engine: Engine, hq_url: str, **options: Any) -> str:
    """Rotate the device key with head office at `hq_url`; returns the new key's id."""
    new = _pending(engine)
    client = SyncClient(engine, hq_url, **options)
    try:
        body: dict[str, Any] = {"device": new.public()}
        body["signature"] = new.sign(ROTATION, {"branch": client.code,
                                                "old_key": client.key.id,
                                                "device": body["device"]})
        try:
            answer = client._retrying(lambda: client._request(
                "POST", "/rotate-key", canonical_json(body).encode()))
        except DeviceKeyRejected:
            if adopt_pending_rotation(engine, client):  # the answer was lost before
                return new.id
            raise
        try:
            content = answer["answer"]
            with Session(engine) as session:
                verify_hq(session, ROTATION, content, answer["signature"])
            if content["key_id"] != new.id or content["old_key"] != client.key.id:
                raise SignatureError("another rotation's answer")
        except (KeyError, TypeError, SignatureError):
            raise SyncError(QT_TR_NOOP("Head office's answer to the key rotation is not "
                                       "signed by head office; the old key is kept.")) \
                from None
        _adopt(engine, new)
        return new.id
    finally:
        client.close()


def adopt_pending_rotation(engine: Engine, client: SyncClient) -> bool:
    """After head office refused the current key: if a rotation was begun and head office
    accepts its new key (the answer was lost), take the new key. True if it did."""
    with Session(engine) as session:
        text = get_state(session, "rotation_key")
    if not text:
        return False
    old, client.key = client.key, DeviceKey.from_text(text)
    try:
        client._request("GET", "/cursor")
    except SyncError:
        client.key = old
        return False
    _adopt(engine, client.key)
    return True
