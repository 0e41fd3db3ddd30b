"""Keys and signatures: who said what, checked without any shared secret.

A branch device has a key pair of its own, made on the branch at enrolment: an Ed25519
key that signs (requests, USB bundles, epoch requests, reports) and an X25519 key that
head office seals receipts to. Head office keeps only the public halves, so whoever
reads its database can neither pass as a branch nor forge a bundle or a receipt. Head
office's own signing key (Ed25519) signs every answer and checkpoint; branches hold its
public half from the enrolment file (app.sync.enrolment), never from the network alone.

Every signed message starts with a label naming what it is (`shakha/request/1`,
`shakha/checkpoint/1`, …), so a signature made for one purpose is worth nothing for
another. A key is named by its id, the first 8 bytes of SHA-256 of its public half in
hex; ids are what rotation swaps and what a signature names.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from app.db.canonical import canonical_json

# The labels: one per kind of signed message (domain separation).
REQUEST = "shakha/request/1"
ANSWER = "shakha/answer/1"
CHECKPOINT = "shakha/checkpoint/1"
BUNDLE = "shakha/bundle/1"
RECEIPT = "shakha/receipt/1"
ENROLMENT = "shakha/enrolment/1"
ENROLMENT_REPLY = "shakha/enrolment-reply/1"
ROTATION = "shakha/rotation/1"
SNAPSHOT_FRAME = "shakha/snapshot-frame/1"


class SignatureError(ValueError):
    """A signature that does not verify, or a key or signature that is not one."""


def b64(raw: bytes) -> str:
    return base64.b64encode(raw).decode("ascii")


def unb64(text: object, size: int | None = None) -> bytes:
    """Base64 text back to bytes; SignatureError unless it is exactly that (and `size`
    bytes long when given)."""
    if not isinstance(text, str) or len(text) > 200:
        raise SignatureError("not a key or signature")
    try:
        raw = base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise SignatureError("not a key or signature") from None
    if size is not None and len(raw) != size:
        raise SignatureError("not a key or signature")
    return raw


def key_id(public_b64: str) -> str:
    """The id of a public key: 8 bytes of SHA-256 of its raw bytes, in hex."""
    return hashlib.sha256(unb64(public_b64, 32)).hexdigest()[:16]


def message(label: str, content: object) -> bytes:
    """The bytes a signature covers: the label, a newline, the canonical content."""
    body = content if isinstance(content, bytes) else canonical_json(content).encode()
    return label.encode() + b"\n" + body


def verify(public_b64: str, label: str, content: object, signature_b64: object) -> None:
    """SignatureError unless `signature_b64` is the key's signature of (label, content)."""
    try:
        public = Ed25519PublicKey.from_public_bytes(unb64(public_b64, 32))
        public.verify(unb64(signature_b64, 64), message(label, content))
    except InvalidSignature:
        raise SignatureError("the signature does not verify") from None
    except ValueError as exc:  # a key or signature that is no such thing
        raise SignatureError(str(exc) or "not a key") from None


@dataclass(frozen=True)
class SigningKey:
    """An Ed25519 private key (a branch device's or head office's) and its id."""

    private_b64: str

    @classmethod
    def generate(cls) -> SigningKey:
        return cls(b64(Ed25519PrivateKey.generate().private_bytes_raw()))

    def _key(self) -> Ed25519PrivateKey:
        return Ed25519PrivateKey.from_private_bytes(unb64(self.private_b64, 32))

    @property
    def public_b64(self) -> str:
        return b64(self._key().public_key().public_bytes_raw())

    @property
    def id(self) -> str:
        return key_id(self.public_b64)

    def sign(self, label: str, content: object) -> str:
        return b64(self._key().sign(message(label, content)))

    def __repr__(self) -> str:  # never print a private key into a log
        return f"SigningKey(id={self.id})"


def new_seal_key() -> str:
    """A fresh X25519 private key (what sealed files are opened with), base64."""
    return b64(X25519PrivateKey.generate().private_bytes_raw())


def seal_public(private_b64: str) -> str:
    private = X25519PrivateKey.from_private_bytes(unb64(private_b64, 32))
    return b64(private.public_key().public_bytes_raw())


@dataclass(frozen=True)
class DeviceKey:
    """A branch device's identity: its signing key and the key receipts are sealed to.

    Stored in the branch database (sync_state `device_key`) as JSON; only the public
    halves (`public()`) ever leave the branch."""

    signing: SigningKey
    seal_private_b64: str

    @classmethod
    def generate(cls) -> DeviceKey:
        return cls(SigningKey.generate(), new_seal_key())

    @property
    def id(self) -> str:
        return self.signing.id

    def public(self) -> dict[str, str]:
        return {"key_id": self.id, "sign_public": self.signing.public_b64,
                "seal_public": seal_public(self.seal_private_b64)}

    def sign(self, label: str, content: object) -> str:
        return self.signing.sign(label, content)

    def to_text(self) -> str:
        return json.dumps({"sign": self.signing.private_b64, "seal": self.seal_private_b64})

    @classmethod
    def from_text(cls, text: str) -> DeviceKey:
        try:
            stored = json.loads(text)
            key = cls(SigningKey(str(stored["sign"])), str(stored["seal"]))
            unb64(key.signing.private_b64, 32)
            unb64(key.seal_private_b64, 32)
        except (ValueError, KeyError, TypeError):
            raise SignatureError("the stored device key is damaged") from None
        return key

    def __repr__(self) -> str:
        return f"DeviceKey(id={self.id})"
