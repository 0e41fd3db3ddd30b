"""Recovery through head office: a forgotten password, a new PC, a backup nobody can open.

Head office holds an X25519 recovery key pair; every branch database (and each of its
backups) carries a recovery slot — the database key sealed to head office's public key.
Nothing secret travels:

1. the branch makes a *request* (`shakha keys recovery-request`): the recovery slot and
   a fresh request public key; the request's private key stays on the branch computer,
   beside the machine keys (app.db.machine_key);
2. head office answers (`shakha keys recovery-answer`): it opens the slot with its
   private key and seals the database key to the request's public key;
3. the branch applies the answer (`shakha keys recover`, or `db restore --recovery`):
   only the computer that asked can open it; a new password slot is made, and the
   machine keeps the key.

An answer for another database, or opened by another computer, does not open.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.db import keyslots, machine_key
from app.errors import QT_TR_NOOP, PermissionDenied, ValidationError

REQUEST = "shakha-recovery-request-1"
ANSWER = "shakha-recovery-answer-1"


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unreadable(path: Path) -> ValidationError:
    return ValidationError(QT_TR_NOOP("{path} is not a Shakha recovery file."), path=str(path))


def make_key_pair(private_path: Path) -> Path:
    """Head office's recovery key pair: the private key owner-only at `private_path`,
    the public key beside it (`.pub`), which every branch gets."""
    private = X25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    public_path = Path(f"{private_path}.pub")
    public_path.write_bytes(_b64(_raw(private.public_key())).encode() + b"\n")
    return public_path


def load_public(path: Path) -> X25519PublicKey:
    try:
        return X25519PublicKey.from_public_bytes(
            base64.b64decode(path.read_bytes().strip(), validate=True))
    except (OSError, ValueError):
        raise ValidationError(QT_TR_NOOP("{path} is not head office's recovery public key."),
                              path=str(path)) from None


def load_private(path: Path) -> X25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (OSError, ValueError, TypeError):
        key = None
    if not isinstance(key, X25519PrivateKey):
        raise ValidationError(QT_TR_NOOP("{path} is not head office's recovery private key."),
                              path=str(path))
    return key


def _request_key_file(db_id: str) -> Path:
    return machine_key.key_dir() / f"{db_id}.recovery-request"


def make_request(slots: keyslots.KeySlots, out: Path) -> Path:
    """The branch's request for `slots`' database (a live one or a backup's)."""
    slot = next((s for s in slots.slots if s.kind == "recovery"), None)
    if slot is None:
        raise ValidationError(QT_TR_NOOP(
            "This database has no recovery slot: head office's recovery key was never "
            "added to it ('shakha keys add-recovery')."))
    private = X25519PrivateKey.generate()
    keep = _request_key_file(slots.db_id)
    keep.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    keep.unlink(missing_ok=True)
    fd = os.open(keep, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(private.private_bytes(serialization.Encoding.Raw,
                                      serialization.PrivateFormat.Raw,
                                      serialization.NoEncryption()))
    out.write_text(json.dumps({"format": REQUEST, "db_id": slots.db_id,
                               "branch": slots.branch, "slot": slot.to_json(),
                               "request_public": _b64(_raw(private.public_key()))},
                              indent=1), encoding="utf-8")
    return out


def _read(path: Path, fmt: str) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise _unreadable(path) from None
    if not isinstance(data, dict) or data.get("format") != fmt:
        raise _unreadable(path)
    return data


def _seal_key(shared: bytes, db_id: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None,
                info=f"shakha recovery answer|{db_id}".encode()).derive(shared)


def answer_request(request_path: Path, private: X25519PrivateKey, out: Path) -> Path:
    """Head office: open the request's recovery slot and seal the key to the request."""
    request = _read(request_path, REQUEST)
    try:
        slot = keyslots.Slot.from_json(request["slot"])
        db_id = str(request["db_id"])
        requester = X25519PublicKey.from_public_bytes(
            base64.b64decode(request["request_public"], validate=True))
    except (KeyError, ValueError, TypeError):
        raise _unreadable(request_path) from None
    key = keyslots.open_recovery_slot(db_id, slot, private)
    ephemeral = X25519PrivateKey.generate()
    nonce = secrets.token_bytes(12)
    sealed = AESGCM(_seal_key(ephemeral.exchange(requester), db_id)).encrypt(
        nonce, key, f"{db_id}|{request['request_public']}".encode())
    out.write_text(json.dumps({"format": ANSWER, "db_id": db_id,
                               "branch": request.get("branch", ""),
                               "request_public": request["request_public"],
                               "ephemeral": _b64(_raw(ephemeral.public_key())),
                               "nonce": _b64(nonce), "sealed": _b64(sealed)}, indent=1),
                   encoding="utf-8")
    return out


def open_answer(answer_path: Path, db_id: str) -> bytes:
    """The branch: the database key from head office's answer to this computer's request."""
    answer = _read(answer_path, ANSWER)
    if answer.get("db_id") != db_id:
        raise PermissionDenied(QT_TR_NOOP("This recovery answer is for another database."))
    keep = _request_key_file(db_id)
    if not keep.is_file():
        raise PermissionDenied(QT_TR_NOOP(
            "This computer made no recovery request for this database (or it was used): "
            "make a new request."))
    private = X25519PrivateKey.from_private_bytes(keep.read_bytes())
    try:
        peer = X25519PublicKey.from_public_bytes(base64.b64decode(answer["ephemeral"],
                                                                  validate=True))
        key = AESGCM(_seal_key(private.exchange(peer), db_id)).decrypt(
            base64.b64decode(answer["nonce"]), base64.b64decode(answer["sealed"]),
            f"{db_id}|{answer['request_public']}".encode())
    except (KeyError, ValueError, InvalidTag):
        raise PermissionDenied(QT_TR_NOOP("This recovery answer was not made for this "
                                          "computer's request.")) from None
    return key


def used(db_id: str) -> None:
    """The request is answered and applied: its private key goes."""
    _request_key_file(db_id).unlink(missing_ok=True)
