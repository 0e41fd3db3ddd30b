"""USB bundles: the same upload, carried on a stick when there is no network.

A bundle is cumulative from the last acknowledgement, so importing it twice, or an
older one after a newer one, changes nothing, and a gap is refused. It is signed with
the branch's key and written to a temporary file, flushed and renamed, so a pulled
stick never leaves half a bundle. Head office answers with a signed receipt; only a
verified receipt lets the branch prune.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from app.errors import QT_TR_NOOP
from app.faults import fault_point
from app.sync.outbox import SyncError, local_cursor, pending_events, record_ack
from app.sync.wire import WireError, decode, encode, key_digest, pack_events, sign, verify

MAGIC = b"SHAKHA-BUNDLE-1\n"
RECEIPT = b"SHAKHA-RECEIPT-1\n"


def write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    with open(tmp, "wb") as fh:
        fh.write(data[: len(data) // 2])
        fault_point("bundle.write.middle")
        fh.write(data[len(data) // 2:])
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def pack(magic: bytes, secret: str, body: dict[str, Any]) -> bytes:
    """Signed file: magic, HMAC under `secret` (the key's digest), compressed body."""
    data = encode(body)
    return magic + sign(secret, data).encode() + b"\n" + data


def body_of(magic: bytes, blob: bytes) -> dict[str, Any]:
    """The body without checking the signature (only to learn whose key to check)."""
    if not blob.startswith(magic):
        raise WireError("not a Shakha file of this kind")
    return decode(blob[len(magic):].partition(b"\n")[2])


def unpack(magic: bytes, secret: str, blob: bytes) -> dict[str, Any]:
    if not blob.startswith(magic):
        raise WireError("not a Shakha file of this kind")
    signature, _, data = blob[len(magic):].partition(b"\n")
    verify(secret, data, signature.decode(errors="replace"))
    return decode(data)


def export_bundle(engine, key: str, out: Path) -> int:  # type: ignore[no-untyped-def]
    """Write every unacknowledged event to `out`; returns how many.

    Manifest: branch, epoch, from/to seq, first prev_hash, last hash, count, checksum
    (SHA-256 of the event hashes); the batch inside is the network upload's format."""
    local = local_cursor(engine)
    events = pending_events(engine, local.acked_seq, 10_000_000)
    manifest = {"branch": local.branch, "epoch": local.epoch,
                "from_seq": local.acked_seq + 1, "to_seq": local.acked_seq + len(events),
                "first_prev": local.acked_hash,
                "last_hash": events[-1]["hash"] if events else local.acked_hash,
                "count": len(events),
                "checksum": hashlib.sha256("".join(e["hash"] for e in events).encode())
                .hexdigest()}
    body = {"manifest": manifest,
            "batch": pack_events(local.branch, local.epoch, events) if events else None}
    write_atomic(out, pack(MAGIC, key_digest(key), body))
    return len(events)


def import_receipt(engine, key: str, path: Path) -> int:  # type: ignore[no-untyped-def]
    """Apply head office's signed receipt: acknowledge and prune. Returns acked seq."""
    try:
        receipt = unpack(RECEIPT, key_digest(key), path.read_bytes())
    except (OSError, WireError) as exc:
        raise SyncError(QT_TR_NOOP("The receipt cannot be used: {error}"), error=str(exc)) \
            from None
    if receipt.get("branch") != local_cursor(engine).branch:
        raise SyncError(QT_TR_NOOP("This receipt is for another branch."))
    record_ack(engine, int(receipt["acked_seq"]), str(receipt["acked_hash"]),
               int(receipt["epoch"]), receipt.get("server_time"))
    return int(receipt["acked_seq"])
