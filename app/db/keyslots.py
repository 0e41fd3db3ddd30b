"""Key slots: the branch database's random key, wrapped once per staff password and once
for head office's recovery key — as LUKS keeps its volume key — so no password is stored.

The slots sit beside the database in `branch.db.keys` (JSON), readable before the
database is opened (a login must unlock the key first). Each slot is the 32-byte
database key sealed with AES-256-GCM under a key-encryption key:

- `password`: argon2id(password, salt) — the parameters are in the slot, so stronger
  ones later leave older slots working; a wrong password fails the GCM tag, nothing else
  tells a wrong password from a right one;
- `recovery`: X25519 between a fresh ephemeral key and head office's recovery public
  key, through HKDF-SHA256 — only head office's private key opens it (app.db.recovery).

The associated data binds each slot to its database (`db_id`) and to its owner, so a
slot copied from another database or renamed to another user does not open. The
machine's own slot is not here: it is protected by the operating system, outside the
data directory (app.db.machine_key), and never in a backup.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import uuid
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.errors import QT_TR_NOOP, PermissionDenied, ValidationError

FORMAT = "shakha-keyslots-1"
SUFFIX = ".keys"
KEY_BYTES = 32
# argon2id: one login costs ~0.1–0.3 s on a branch PC; every guess costs an attacker the same
ARGON2 = {"t": 3, "m": 32768, "p": 1}
MAX_SLOT_FILE = 1_000_000  # a slot file is a few kilobytes: refuse anything absurd


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Slot:
    kind: str  # password | recovery
    name: str  # the staff member's user name, or head office's recovery key id
    nonce: bytes
    wrapped: bytes
    params: dict[str, Any] = field(default_factory=dict)  # salt + argon2, or ephemeral

    def to_json(self) -> dict[str, Any]:
        params = {k: _b64(v) if isinstance(v, bytes) else v for k, v in self.params.items()}
        return {"kind": self.kind, "name": self.name, "nonce": _b64(self.nonce),
                "wrapped": _b64(self.wrapped), "params": params}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Slot:
        params = dict(data.get("params") or {})
        for key in ("salt", "ephemeral"):
            if key in params:
                params[key] = _unb64(params[key])
        return cls(str(data["kind"]), str(data["name"]), _unb64(data["nonce"]),
                   _unb64(data["wrapped"]), params)


@dataclass(frozen=True)
class KeySlots:
    db_id: str
    branch: str = ""
    slots: tuple[Slot, ...] = ()

    def to_bytes(self) -> bytes:
        return json.dumps({"format": FORMAT, "db_id": self.db_id, "branch": self.branch,
                           "slots": [s.to_json() for s in self.slots]},
                          indent=1, sort_keys=True).encode("utf-8")

    @classmethod
    def from_bytes(cls, data: bytes) -> KeySlots:
        try:
            value = json.loads(data.decode("utf-8"))
            if not isinstance(value, dict) or value.get("format") != FORMAT:
                raise ValueError("not a key slot file")
            return cls(str(value["db_id"]), str(value.get("branch") or ""),
                       tuple(Slot.from_json(s) for s in value.get("slots") or []))
        except (ValueError, KeyError, TypeError, UnicodeDecodeError) as exc:
            raise ValidationError(QT_TR_NOOP("The key file of this database cannot be read "
                                             "({error})."), error=str(exc)) from None

    def names(self, kind: str) -> list[str]:
        return sorted(s.name for s in self.slots if s.kind == kind)

    def without(self, kind: str, name: str) -> KeySlots:
        return replace(self, slots=tuple(s for s in self.slots
                                         if not (s.kind == kind and s.name == name)))

    def with_slot(self, slot: Slot) -> KeySlots:
        return replace(self, slots=(*self.without(slot.kind, slot.name).slots, slot))


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_slots(branch: str = "") -> KeySlots:
    return KeySlots(uuid.uuid4().hex, branch)


def slot_path(db_path: str | os.PathLike[str]) -> Path:
    return Path(os.fspath(db_path) + SUFFIX)


def read_slots(db_path: str | os.PathLike[str]) -> KeySlots | None:
    path = slot_path(db_path)
    if not path.is_file():
        return None
    if path.stat().st_size > MAX_SLOT_FILE:
        raise ValidationError(QT_TR_NOOP("The key file of this database cannot be read "
                                         "({error})."), error="too large")
    return KeySlots.from_bytes(path.read_bytes())


def write_slots(db_path: str | os.PathLike[str], slots: KeySlots) -> None:
    """Replace the slot file atomically and durably (a half-written one locks everyone
    out)."""
    from app.db.files import fsync_dir, fsync_file

    path = slot_path(db_path)
    tmp = Path(os.fspath(path) + ".part")
    tmp.write_bytes(slots.to_bytes())
    fsync_file(tmp)
    os.replace(tmp, path)
    fsync_dir(path.parent)


def _aad(db_id: str, kind: str, name: str) -> bytes:
    return f"shakha key slot|{db_id}|{kind}|{name}".encode()


def _kek(password: str, salt: bytes, params: dict[str, Any]) -> bytes:
    return hash_secret_raw(password.encode("utf-8"), salt, int(params["t"]), int(params["m"]),
                           int(params["p"]), KEY_BYTES, Type.ID)


def password_slot(slots: KeySlots, key: bytes, username: str, password: str,
                  cost: dict[str, int] | None = None) -> Slot:
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    params: dict[str, Any] = {"alg": "argon2id", **(cost or ARGON2), "salt": salt}
    wrapped = AESGCM(_kek(password, salt, params)).encrypt(
        nonce, key, _aad(slots.db_id, "password", username))
    return Slot("password", username, nonce, wrapped, params)


def open_password_slot(slots: KeySlots, username: str, password: str) -> bytes | None:
    """The database key if `password` opens `username`'s slot; None if it does not (or
    there is no such slot: the same work is done, so timing does not tell)."""
    slot = next((s for s in slots.slots if s.kind == "password" and s.name == username), None)
    if slot is None:
        _kek(password, b"\0" * 16, ARGON2)
        return None
    try:
        return AESGCM(_kek(password, slot.params["salt"], slot.params)).decrypt(
            slot.nonce, slot.wrapped, _aad(slots.db_id, "password", username))
    except (InvalidTag, KeyError, ValueError):
        return None


def _shared_key(shared: bytes, db_id: str) -> bytes:
    return HKDF(hashes.SHA256(), KEY_BYTES, salt=None,
                info=f"shakha recovery slot|{db_id}".encode()).derive(shared)


def public_key_id(public: X25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    digest = hashes.Hash(hashes.SHA256())
    digest.update(raw)
    return digest.finalize()[:8].hex()


def recovery_slot(slots: KeySlots, key: bytes, public: X25519PublicKey) -> Slot:
    ephemeral = X25519PrivateKey.generate()
    nonce, key_id = secrets.token_bytes(12), public_key_id(public)
    wrapped = AESGCM(_shared_key(ephemeral.exchange(public), slots.db_id)).encrypt(
        nonce, key, _aad(slots.db_id, "recovery", key_id))
    eph = ephemeral.public_key().public_bytes(serialization.Encoding.Raw,
                                              serialization.PublicFormat.Raw)
    return Slot("recovery", key_id, nonce, wrapped, {"alg": "x25519-hkdf-aesgcm",
                                                     "ephemeral": eph})


def open_recovery_slot(db_id: str, slot: Slot, private: X25519PrivateKey) -> bytes:
    """Head office's side: the database key from a recovery slot (PermissionDenied if
    this private key is not the one the slot was made for)."""
    try:
        peer = X25519PublicKey.from_public_bytes(slot.params["ephemeral"])
        return AESGCM(_shared_key(private.exchange(peer), db_id)).decrypt(
            slot.nonce, slot.wrapped, _aad(db_id, "recovery", slot.name))
    except (InvalidTag, KeyError, ValueError):
        raise PermissionDenied(QT_TR_NOOP("This recovery key does not open this database's "
                                          "recovery slot.")) from None
