"""Sealing USB bundles to head office's key (sticks get lost and carry member data).

A sealed box from `cryptography` primitives, nothing home-made beyond the framing:
an ephemeral X25519 key agreed with head office's public key, HKDF-SHA256 over the
shared secret (salted with both public keys) gives a one-time ChaCha20-Poly1305 key.
ChaCha20-Poly1305 rather than AES-GCM: constant time and fast in software on branch
PCs without AES instructions. The branch signs first (its HMAC stays inside), then
seals, so the file shows nobody which branch it is from.

    SEALED magic ‖ key id (8 bytes of SHA-256 of HQ's public key) ‖ ephemeral public
    key (32) ‖ nonce (12) ‖ ciphertext with tag; the header is the associated data.

Only head office's private key opens it; any changed or missing byte fails the tag.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import (
    X25519PrivateKey,
    X25519PublicKey,
)
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.sync.wire import WireError

SEALED = b"SHAKHA-SEALED-1\n"
_INFO = b"shakha usb bundle v1"
_HEADER = len(SEALED) + 8 + 32 + 12


def new_private_key() -> str:
    """A fresh head-office key pair's private half, as base64 text."""
    return base64.b64encode(X25519PrivateKey.generate().private_bytes_raw()).decode()


def public_of(private_b64: str) -> str:
    private = X25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    return base64.b64encode(private.public_key().public_bytes_raw()).decode()


def parse_public(public_b64: str) -> bytes:
    try:
        raw = base64.b64decode(public_b64.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise WireError("not a head-office public key") from None
    if len(raw) != 32:
        raise WireError("not a head-office public key")
    return raw


def key_id(public: bytes) -> bytes:
    return hashlib.sha256(public).digest()[:8]


def _derive(shared: bytes, ephemeral: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + public,
                info=_INFO).derive(shared)


def seal(public_b64: str, plaintext: bytes) -> bytes:
    public = parse_public(public_b64)
    ephemeral = X25519PrivateKey.generate()
    epk = ephemeral.public_key().public_bytes_raw()
    key = _derive(ephemeral.exchange(X25519PublicKey.from_public_bytes(public)), epk,
                  public)
    nonce = os.urandom(12)
    header = SEALED + key_id(public) + epk + nonce
    return header + ChaCha20Poly1305(key).encrypt(nonce, plaintext, header)


def sealed_key_id(blob: bytes) -> str:
    """The id (app.sync.identity.key_id) of the key a sealed file was sealed to."""
    if not is_sealed(blob) or len(blob) < _HEADER + 16:
        raise WireError("not encrypted to head office's key, or truncated")
    return blob[len(SEALED):len(SEALED) + 8].hex()


def is_sealed(blob: bytes) -> bool:
    return blob.startswith(SEALED)


def open_sealed(private_b64: str, blob: bytes) -> bytes:
    """The plaintext, or WireError saying why not (wrong key, altered, truncated)."""
    if not is_sealed(blob):
        raise WireError("not encrypted to head office's key")
    if len(blob) < _HEADER + 16:
        raise WireError("the file is truncated")
    private = X25519PrivateKey.from_private_bytes(base64.b64decode(private_b64))
    public = private.public_key().public_bytes_raw()
    start = len(SEALED)
    if blob[start:start + 8] != key_id(public):
        raise WireError("encrypted to another head-office key")
    epk, nonce = blob[start + 8:start + 40], blob[start + 40:_HEADER]
    key = _derive(private.exchange(X25519PublicKey.from_public_bytes(epk)), epk, public)
    try:
        return ChaCha20Poly1305(key).decrypt(nonce, blob[_HEADER:], blob[:_HEADER])
    except InvalidTag:
        raise WireError("the file was altered or is truncated") from None


# Receipts going back to a branch carry reference data (staff rows with password hashes,
# head office's decisions): sealed under a key both sides hold without any exchange —
# derived from the branch key's digest, which head office stores and the branch computes.
SHARED = b"SHAKHA-SHARED-1\n"
_SHARED_INFO = b"shakha usb receipt v1"


def _shared_key(secret: str) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_SHARED_INFO).derive(secret.encode())


def seal_shared(secret: str, plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    header = SHARED + nonce
    return header + ChaCha20Poly1305(_shared_key(secret)).encrypt(nonce, plaintext, header)


def open_shared(secret: str, blob: bytes) -> bytes:
    """The plaintext, or WireError (another branch's, altered, truncated)."""
    header = len(SHARED) + 12
    if not blob.startswith(SHARED) or len(blob) < header + 16:
        raise WireError("not a sealed receipt, or truncated")
    try:
        return ChaCha20Poly1305(_shared_key(secret)).decrypt(blob[len(SHARED):header],
                                                             blob[header:], blob[:header])
    except InvalidTag:
        raise WireError("the receipt is for another branch, altered or truncated") from None
