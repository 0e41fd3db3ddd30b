"""Head office's own keys, in a key file outside its database.

The database holds every branch's data; its readers (backups, replicas, a support
person with a SQL prompt) must still not be able to speak for head office. So the
private keys — the Ed25519 key that signs answers, checkpoints, receipts and enrolment
files, and the X25519 key USB bundles are sealed to — live in a JSON file that only its
owner may read (`shakha hq init` creates it, mode 600), and the database keeps only
their public halves (hq_public_key), by which `hq serve` knows the file is this head
office's. Each kind of key is a list, newest last: the newest signs and is handed out,
older ones still open what was sealed to them (rotation by key id).

The file is found with --keys FILE, else $SHAKHA_HQ_KEYS, else
`<user config dir>/shakha/hq-keys.json`.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_config_dir
from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.errors import QT_TR_NOOP, ValidationError
from app.headoffice.models_trust import HqPublicKey
from app.sync.identity import SignatureError, SigningKey, key_id, new_seal_key, seal_public
from app.sync.seal import open_sealed, sealed_key_id
from app.sync.wire import WireError

FORMAT = "shakha-hq-keys"


def default_keys_path() -> Path:
    env = os.environ.get("SHAKHA_HQ_KEYS")
    if env:
        return Path(env)
    return Path(user_config_dir("shakha", appauthor=False)) / "hq-keys.json"


def _now() -> str:
    return datetime.now(UTC).replace(tzinfo=None).isoformat(timespec="seconds")


@dataclass(frozen=True)
class HqKeys:
    """Head office's private keys, newest last in each list."""

    signing: tuple[SigningKey, ...]
    bundle: tuple[str, ...]  # X25519 private keys, base64
    path: Path | None = None
    # head office's recovery public keys (X25519, base64), newest last: the private half
    # stays offline (`shakha keys recovery-keypair`); every enrolment carries the newest,
    # so each branch database gets a key slot head office can recover it with
    recovery: tuple[str, ...] = ()

    # -- making, reading, writing ----------------------------------------------------

    @classmethod
    def generate(cls, path: Path | None = None) -> HqKeys:
        return cls((SigningKey.generate(),), (new_seal_key(),), path)

    @classmethod
    def load(cls, path: Path) -> HqKeys:
        """The key file at `path`; ValidationError saying what is wrong (missing, readable
        by others, not a key file)."""
        try:
            mode = path.stat().st_mode
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            raise ValidationError(QT_TR_NOOP(
                "Head office's key file {path} does not exist: `shakha hq init` creates it "
                "(or give it with --keys FILE)."), path=str(path)) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise ValidationError(QT_TR_NOOP("Cannot read head office's key file {path}: "
                                             "{error}"), path=str(path),
                                  error=getattr(exc, "strerror", None) or str(exc)) from None
        if os.name == "posix" and mode & (stat.S_IRWXG | stat.S_IRWXO):
            raise ValidationError(QT_TR_NOOP(
                "Head office's key file {path} can be read by other users of this "
                "computer. Only its owner may: chmod 600 {path}"), path=str(path))
        try:
            data = json.loads(text)
            if data.get("format") != FORMAT:
                raise ValueError("not a key file")
            keys = cls(tuple(SigningKey(str(k["private"])) for k in data["signing"]),
                       tuple(str(k["private"]) for k in data["bundle"]), path,
                       tuple(recovery_public(str(k["public"]))
                             for k in data.get("recovery", [])))
            if not keys.signing or not keys.bundle:
                raise ValueError("no keys")
            for k in keys.signing:
                _ = k.id
            for private in keys.bundle:
                seal_public(private)
        except (ValueError, KeyError, TypeError, AttributeError, SignatureError):
            raise ValidationError(QT_TR_NOOP("{path} is not head office's key file."),
                                  path=str(path)) from None
        return keys

    def save(self, path: Path) -> None:
        """Write the file with owner-only permissions (created so: never readable by
        others, not even for a moment), replacing any earlier one atomically."""
        path.parent.mkdir(parents=True, exist_ok=True)
        data = {"format": FORMAT, "version": 1,
                "signing": [{"id": k.id, "public": k.public_b64, "private": k.private_b64}
                            for k in self.signing],
                "bundle": [{"id": key_id(seal_public(p)), "public": seal_public(p),
                            "private": p} for p in self.bundle],
                "recovery": [{"id": key_id(p), "public": p} for p in self.recovery],
                "written": _now()}
        tmp = path.with_name(path.name + ".part")
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)

    def with_bundle_key(self, private_b64: str) -> HqKeys:
        """The same keys plus an older bundle key (kept to open what was sealed to it)."""
        if private_b64 in self.bundle:
            return self
        return HqKeys(self.signing, (private_b64, *self.bundle), self.path, self.recovery)

    def with_recovery(self, public_b64: str) -> HqKeys:
        """The same keys with head office's (new) recovery public key, newest last."""
        public_b64 = recovery_public(public_b64)
        return HqKeys(self.signing, self.bundle, self.path,
                      (*(p for p in self.recovery if p != public_b64), public_b64))

    # -- using ------------------------------------------------------------------------

    @property
    def signer(self) -> SigningKey:
        return self.signing[-1]

    def sign(self, label: str, content: object) -> dict[str, str]:
        """{"key": key id, "value": signature} of (label, content) by the newest key."""
        return {"key": self.signer.id, "value": self.signer.sign(label, content)}

    @property
    def bundle_public(self) -> str:
        return seal_public(self.bundle[-1])

    def public_keys(self) -> dict[str, list[dict[str, str]]]:
        """What branches are given (enrolment files): every signing key (older ones
        still verify what they signed) and the bundle key to seal to."""
        keys = {"signing": [{"id": k.id, "public": k.public_b64} for k in self.signing],
                "bundle": [{"id": key_id(self.bundle_public),
                            "public": self.bundle_public}]}
        if self.recovery:
            keys["recovery"] = [{"id": key_id(p), "public": p} for p in self.recovery]
        return keys

    def open_sealed(self, blob: bytes) -> bytes:
        """Open a file sealed to any of head office's bundle keys (by its key id)."""
        wanted = sealed_key_id(blob)
        for private in self.bundle:
            if key_id(seal_public(private)) == wanted:
                return open_sealed(private, blob)
        raise WireError("encrypted to another head-office key")

    def all_public(self) -> list[tuple[str, str, str]]:
        """(kind, key id, public key) of every key in the file."""
        return [*(("signing", k.id, k.public_b64) for k in self.signing),
                *(("bundle", key_id(seal_public(p)), seal_public(p)) for p in self.bundle)]


def recovery_public(text: str) -> str:
    """A recovery public key as base64 of its 32 raw bytes; ValueError if it is not one."""
    import base64

    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    raw = base64.b64decode(text.strip(), validate=True)
    X25519PublicKey.from_public_bytes(raw)  # 32 bytes of a curve point, or ValueError
    return base64.b64encode(raw).decode()


def register_public_keys(engine: Engine, keys: HqKeys) -> None:
    """Record the key file's public halves in the database (once each)."""
    with Session(engine) as session, session.begin():
        held = set(session.scalars(select(HqPublicKey.key_id)))
        for kind, kid, public in keys.all_public():
            if kid not in held:
                session.add(HqPublicKey(key_id=kid, kind=kind, public_key=public,
                                        created_at=datetime.now(UTC).replace(tzinfo=None)))


def check_keys_belong(engine: Engine, keys: HqKeys) -> None:
    """ValidationError unless the key file's signing key is the one this database knows
    (another head office's file would sign answers no branch of this one trusts)."""
    with Session(engine) as session:
        known = set(session.scalars(select(HqPublicKey.key_id)
                                    .where(HqPublicKey.kind == "signing")))
    if keys.signer.id not in known:
        raise ValidationError(QT_TR_NOOP(
            "The key file {path} is not this head office's: its signing key is not the "
            "one this database was set up with."), path=str(keys.path or ""))


def load_keys(path: str | Path | None = None) -> HqKeys:
    return HqKeys.load(Path(path) if path else default_keys_path())
