"""Head-office tables of trust: public keys, enrolments, nonces, snapshots, epochs.

Nothing here is a secret: head office keeps public keys only (its own private keys are
in its key file, app.headoffice.keys; a branch's never leave the branch) and the
SHA-256 of each enrolment token. A reader of this database can forge nothing.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BigInteger, DateTime, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.headoffice.models import HqBase


class HqPublicKey(HqBase):
    """Head office's own public keys ("signing", "bundle"): the key file's halves."""

    __tablename__ = "hq_public_key"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    public_key: Mapped[str] = mapped_column(String(44))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class HqDeviceKey(HqBase):
    """A branch device's public keys. Only an active one (not retired) is accepted;
    retired says why: "rotated", "revoked" or "re-enrolled"."""

    __tablename__ = "hq_device_key"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    sign_public: Mapped[str] = mapped_column(String(44))
    seal_public: Mapped[str] = mapped_column(String(44))
    enrolled_at: Mapped[datetime] = mapped_column(DateTime)
    retired_at: Mapped[datetime | None] = mapped_column(DateTime)
    retired_why: Mapped[str | None] = mapped_column(String(20))
    replaced_by: Mapped[str | None] = mapped_column(String(16))


class HqEnrolment(HqBase):
    """A one-time, expiring enrolment for a branch code (only the token's SHA-256)."""

    __tablename__ = "hq_enrolment"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    token_digest: Mapped[str] = mapped_column(String(64), unique=True)
    profile: Mapped[str | None] = mapped_column(String(30))
    hq_url: Mapped[str | None] = mapped_column(Text)
    issued_at: Mapped[datetime] = mapped_column(DateTime)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime)
    used_key: Mapped[str | None] = mapped_column(String(16))


class HqNonce(HqBase):
    """Nonces of signed requests recently accepted: the same request twice is a replay."""

    __tablename__ = "hq_nonce"
    key_id: Mapped[str] = mapped_column(String(16), primary_key=True)
    nonce: Mapped[str] = mapped_column(String(32), primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime)
    __table_args__ = (Index("ix_hq_nonce_key_id_at", "key_id", "at"),)


class HqSnapshot(HqBase):
    """A branch's first-sync snapshot: its signed manifest, how far its chunks have
    come (JSON: table, last id, counts, digests, journal chain), and when it finished."""

    __tablename__ = "hq_snapshot"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    snapshot_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    manifest: Mapped[str] = mapped_column(Text)
    progress: Mapped[str] = mapped_column(Text)
    opened_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)


class HqEpochRequest(HqBase):
    """A restored branch's request to continue in a new epoch, which a person at head
    office confirms (`shakha hq confirm-epoch`) before any branch gets an answer."""

    __tablename__ = "hq_epoch_request"
    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=True)
    branch: Mapped[str] = mapped_column(String(20), index=True)
    from_epoch: Mapped[int] = mapped_column(Integer)
    request: Mapped[str] = mapped_column(Text)
    asked_at: Mapped[datetime] = mapped_column(DateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    confirmed_by: Mapped[str | None] = mapped_column(String(60))


class HqEpochConfirmation(HqBase):
    """A new epoch for `branch`, closing `epoch`: asked by the branch (requested_at)
    and confirmed by a person at head office (`shakha hq confirm-epoch`), in either
    order; the epoch opens only once both happened."""

    __tablename__ = "hq_epoch_confirmation"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    requested_at: Mapped[datetime | None] = mapped_column(DateTime)
    confirmed_at: Mapped[datetime | None] = mapped_column(DateTime)
    confirmed_by: Mapped[str | None] = mapped_column(String(60))


class HqSnapshotManifest(HqBase):
    """A first-sync snapshot announced by its branch before any chunk (SYNC.md, Trust):
    the manifest as received (canonical JSON) and its state: "open" (chunks accepted),
    "finished" (applied), "refused" (did not match; nothing applied) or "replaced"."""

    __tablename__ = "hq_snapshot_manifest"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    snapshot_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    manifest: Mapped[str] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(10))
    announced_at: Mapped[datetime] = mapped_column(DateTime)
    closed_at: Mapped[datetime | None] = mapped_column(DateTime)


class HqSnapshotStaged(HqBase):
    """A chunk of an open snapshot, held (not applied) until the snapshot's finish."""

    __tablename__ = "hq_snapshot_staged"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    snapshot_id: Mapped[str] = mapped_column(String(40), primary_key=True)
    chunk: Mapped[str] = mapped_column(String(60), primary_key=True)
    rows: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime] = mapped_column(DateTime)


class HqJournalTrail(HqBase):
    """Where head office's anchor of a branch's journal stood, batch by batch
    (app.headoffice.checkpoints): for each acknowledged batch of new events carrying
    journal rows (`first_seq`–`last_seq` of `epoch`), the anchor it was recomputed from
    (`start_id`, `start_hash`; None: the genesis) and the columns the journal hash
    covers beyond what the events carry (`chain`, JSON, as the batch's claim gave them).
    With the stored events, head office recomputes the journal's head as of any seq —
    the anchor of a restored branch's new epoch. A new epoch's own row (first_seq =
    last_seq + 1) holds the anchor it started from."""

    __tablename__ = "hq_journal_trail"
    branch: Mapped[str] = mapped_column(String(20), primary_key=True)
    epoch: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_seq: Mapped[int] = mapped_column(BigInteger, primary_key=True)
    first_seq: Mapped[int] = mapped_column(BigInteger)
    start_id: Mapped[int | None] = mapped_column(BigInteger)
    start_hash: Mapped[str | None] = mapped_column(String(64))
    chain: Mapped[str | None] = mapped_column(Text)
