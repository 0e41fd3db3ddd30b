"""Staff members' key slots on a branch database file (app.db.keyslots), kept in step with
the staff table: a slot made when a member of staff is created or changes her password,
opened at login, removed when she is dismissed.

Logging in is opening one's slot: it proves the password and yields the database key, so
the database opens on a computer that does not hold it (a backup restored on a new PC).
Staff from before encryption still have an argon2 hash in the staff table; their first
login makes their slot and clears the hash (app.services.users), so no password verifier
is kept beside the key.

The slot file is not inside the database's transaction: it is written after the staff
row commits, and a login that finds no slot falls back to the hash, so a crash between
the two leaves nobody locked out.
"""

from __future__ import annotations

import os
from pathlib import Path

from argon2.low_level import Type, hash_secret_raw
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from app.db import keyslots
from app.db.raw import database_key, is_plaintext, remember_key


def encrypted(db_path: str | os.PathLike[str] | None) -> bool:
    """A branch database file with key slots (not in memory, not from before encryption)."""
    return db_path is not None and Path(db_path).is_file() and \
        not is_plaintext(db_path) and keyslots.read_slots(db_path) is not None


def has_slot(db_path: str | os.PathLike[str], username: str) -> bool:
    slots = keyslots.read_slots(db_path)
    return slots is not None and username in slots.names("password")


def set_password(db_path: str | os.PathLike[str], username: str, password: str,
                 cost: dict[str, int] | None = None) -> None:
    """Make (or replace) `username`'s slot: the database key sealed under her password."""
    slots = keyslots.read_slots(db_path)
    key = database_key(db_path)
    if slots is None or key is None:
        return
    slot = keyslots.password_slot(slots, key, username, password, cost)
    keyslots.write_slots(db_path, (keyslots.read_slots(db_path) or slots).with_slot(slot))


def remove(db_path: str | os.PathLike[str], username: str) -> bool:
    slots = keyslots.read_slots(db_path)
    if slots is None or username not in slots.names("password"):
        return False
    keyslots.write_slots(db_path, slots.without("password", username))
    return True


def unlock(db_path: str | os.PathLike[str], username: str, password: str) -> bool:
    """Open `username`'s slot with `password`; on success this process holds the key.
    The same work is done for a missing slot (timing tells no user names)."""
    slots = keyslots.read_slots(db_path)
    if slots is None:
        hash_secret_raw(password.encode(), b"\0" * 16, keyslots.ARGON2["t"],
                        keyslots.ARGON2["m"], keyslots.ARGON2["p"], 32, Type.ID)
        return False
    key = keyslots.open_password_slot(slots, username, password)
    if key is None:
        return False
    remember_key(db_path, key)
    return True


def add_recovery(db_path: str | os.PathLike[str], public: X25519PublicKey) -> str:
    """Seal the database key to head office's recovery key; returns the key's id."""
    slots = keyslots.read_slots(db_path)
    key = database_key(db_path)
    assert slots is not None and key is not None
    slot = keyslots.recovery_slot(slots, key, public)
    kept = tuple(s for s in slots.slots if s.kind != "recovery")
    keyslots.write_slots(db_path, keyslots.KeySlots(slots.db_id, slots.branch, (*kept, slot)))
    return slot.name


def recovery_from_enrolment(db_path: str | os.PathLike[str] | None,
                            hq_keys: dict[str, list[dict[str, str]]]) -> str | None:
    """Seal the key to head office's recovery key when its enrolment file carries one
    (kind "recovery", newest last, base64 X25519); returns its id, None if none."""
    import base64

    listed = hq_keys.get("recovery") or []
    if not listed or db_path is None or not encrypted(db_path):
        return None
    public = X25519PublicKey.from_public_bytes(
        base64.b64decode(listed[-1]["public"], validate=True))
    return add_recovery(db_path, public)
