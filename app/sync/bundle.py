"""USB bundles: the same upload, carried on a stick when there is no network.

A bundle is cumulative from the last acknowledgement, so importing it twice, or an
older one after a newer one, changes nothing, and a gap is refused. It is signed with
the branch's key and written to a temporary file, flushed and renamed, so a pulled
stick never leaves half a bundle. The signed bundle is then sealed to head office's
public key (app/sync/seal.py): a lost stick gives away no member data. The branch
learns that key with every network sync, from a receipt, or from `--hq-public-key`.
Head office answers with a signed receipt; only a verified receipt lets the branch prune.
The receipt also brings the reference data (products, holidays, staff, head office's
decisions) published since the branch's reference cursor, which the bundle names, so a
branch that syncs only by USB is kept up to date too; the receipt is sealed under a key
derived from the branch key (app/sync/seal.py), as it carries staff password hashes.

A branch restored from an old backup that syncs only by USB asks for its new epoch the
same way: `export_epoch_request` writes a sealed, signed bundle carrying the network's
epoch request instead of events; head office's receipt carries the answer, which
`import_receipt` applies once (a receipt imported again finds the branch already in
that epoch and changes nothing). The next bundle then carries the new epoch's events.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.clock import parse_server_time, remember_server_time
from app.errors import QT_TR_NOOP
from app.faults import fault_point
from app.sync.outbox import (
    DeviceKeyRejected,
    SyncError,
    begin_new_epoch,
    epoch_request,
    get_state,
    local_cursor,
    pending_events,
    record_ack,
    set_state,
)
from app.sync.reference import apply_page
from app.sync.seal import SHARED, open_shared, parse_public, seal
from app.sync.wire import (
    WireError,
    branch_of_key,
    decode,
    encode,
    key_digest,
    pack_events,
    sign,
    verify,
)

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


def remember_hq_key(engine: Engine, public: str) -> None:
    """Keep head office's bundle public key (from a sync, a receipt or the admin)."""
    try:
        parse_public(public)
    except WireError:
        raise SyncError(QT_TR_NOOP("This is not head office's public key.")) from None
    with Session(engine) as session, session.begin():
        if get_state(session, "hq_bundle_key") != public.strip():
            set_state(session, "hq_bundle_key", public.strip())


def hq_key(engine: Engine) -> str:
    with Session(engine) as session:
        public = get_state(session, "hq_bundle_key")
    if not public:
        raise SyncError(QT_TR_NOOP(
            "Head office's public key is not known yet, so the bundle cannot be "
            "encrypted. Sync once over the network, or give the key with "
            "--hq-public-key FILE (head office prints it with `shakha hq public-key`)."))
    return public


def reference_cursor(engine: Engine) -> int:
    with Session(engine) as session:
        return int(get_state(session, "ref_cursor", "0"))


def read_receipt(key: str, blob: bytes) -> dict[str, Any]:
    """A receipt's verified body: sealed (as head office writes them) or only signed."""
    if blob.startswith(SHARED):
        blob = open_shared(key_digest(key), blob)
    return unpack(RECEIPT, key_digest(key), blob)


def check_own_key(engine: Engine, key: str) -> None:
    """The network sync's check, before a bundle is written: signed with another
    branch's key, it would be refused only at head office, after the trip."""
    code = branch_of_key(key) if "." in key else ""
    branch = local_cursor(engine).branch
    if code and branch and code != branch:
        raise DeviceKeyRejected(QT_TR_NOOP(
            "The key file belongs to branch {key_branch}, this database to branch "
            "{branch}."), key_branch=code, branch=branch)


def export_bundle(engine: Engine, key: str, out: Path) -> int:
    """Write every unacknowledged event to `out`, sealed to head office; returns how many.

    Manifest: branch, epoch, from/to seq, first prev_hash, last hash, count, checksum
    (SHA-256 of the event hashes); the batch inside is the network upload's format."""
    check_own_key(engine, key)
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
            "batch": pack_events(local.branch, local.epoch, events) if events else None,
            "ref_cursor": reference_cursor(engine)}
    public = hq_key(engine)
    write_atomic(out, seal(public, pack(MAGIC, key_digest(key), body)))
    return len(events)


def export_epoch_request(engine: Engine, key: str, out: Path) -> int:
    """Write the new-epoch request (a restored branch) to `out`, sealed to head office;
    returns how many of the branch's events it names."""
    check_own_key(engine, key)
    local = local_cursor(engine)
    request = epoch_request(engine)
    manifest = {"branch": local.branch, "epoch": local.epoch, "kind": "epoch_request",
                "count": 0}
    body = {"manifest": manifest, "batch": None, "epoch_request": request,
            "ref_cursor": reference_cursor(engine)}
    public = hq_key(engine)
    write_atomic(out, seal(public, pack(MAGIC, key_digest(key), body)))
    return len(request["events"])


def _stale(engine: Engine, receipt: dict[str, Any], epoch: int, acked_seq: int) -> bool:
    """A receipt for less than is already acknowledged, written before the last answer
    head office gave: sticks get swapped and files copied twice, so this is ordinary.
    (A newer answer acknowledging less would mean head office lost events: that one
    still goes to record_ack and its alarm.) A receipt of an epoch the branch has left
    since is the same case."""
    theirs = int(receipt.get("epoch", 0))
    if theirs > epoch or (theirs == epoch and int(receipt.get("acked_seq", 0)) >= acked_seq):
        return False
    with Session(engine) as session:
        last = parse_server_time(get_state(session, "server_time"))
    written = parse_server_time(receipt.get("server_time"))
    return last is None or written is None or written <= last


def import_receipt(engine: Engine, key: str, path: Path) -> int:
    """Apply head office's signed receipt: acknowledge and prune. Returns acked seq."""
    try:
        receipt = read_receipt(key, path.read_bytes())
    except (OSError, WireError) as exc:
        raise SyncError(QT_TR_NOOP("The receipt cannot be used: {error}"), error=str(exc)) \
            from None
    local = local_cursor(engine)
    if receipt.get("branch") != local.branch:
        raise SyncError(QT_TR_NOOP("This receipt is for another branch."))
    if receipt.get("new_epoch") is not None:
        acked = _apply_epoch_answer(engine, receipt, local.epoch)
    elif _stale(engine, receipt, local.epoch, local.acked_seq):
        acked = local.acked_seq  # an older receipt carried back late: no acknowledgement
    else:
        record_ack(engine, int(receipt["acked_seq"]), str(receipt["acked_hash"]),
                   int(receipt["epoch"]), receipt.get("server_time"))
        if receipt.get("bundle_key"):
            remember_hq_key(engine, str(receipt["bundle_key"]))
        acked = int(receipt["acked_seq"])
    _confirm_snapshot(engine, receipt.get("snapshot_id"))
    _apply_reference(engine, receipt.get("reference"))
    return acked


def _confirm_snapshot(engine: Engine, finished: Any) -> None:
    """A receipt naming this branch's snapshot as finished at head office ends it: the
    next export carries no snapshot (app.sync.usb_snapshot)."""
    with Session(engine) as session, session.begin():
        mine = get_state(session, "snapshot_id")
        if mine and finished == mine and not get_state(session, "snapshot_done"):
            set_state(session, "snapshot_done", mine)


def _apply_reference(engine: Engine, reference: Any) -> None:
    """The receipt's page of reference data: only its changes newer than the branch's
    cursor are applied (apply_page), so a receipt imported twice, or an older one after
    a newer one, changes nothing twice and overwrites nothing newer."""
    if reference is None:
        return
    try:
        cursor = int(reference["cursor"])
        page = {"changes": list(reference["changes"]),
                "next_cursor": int(reference["next_cursor"]),
                "reset": bool(reference.get("reset"))}
    except (KeyError, TypeError, ValueError):
        raise SyncError(QT_TR_NOOP("The receipt cannot be used: {error}"),
                        error="malformed reference data") from None
    apply_page(engine, page, cursor)


def _apply_epoch_answer(engine: Engine, receipt: dict[str, Any], epoch: int) -> int:
    """Continue in the new epoch head office confirmed; once only. Returns acked seq."""
    try:
        answer = dict(receipt["new_epoch"])
        new_epoch, from_epoch = int(answer["epoch"]), int(receipt["from_epoch"])
    except (KeyError, TypeError, ValueError):
        raise SyncError(QT_TR_NOOP("The receipt cannot be used: {error}"),
                        error="malformed new-epoch answer") from None
    if new_epoch <= epoch:  # applied before: the same receipt carried back again
        return local_cursor(engine).acked_seq
    begin_new_epoch(engine, answer, from_epoch=from_epoch)
    if receipt.get("bundle_key"):
        remember_hq_key(engine, str(receipt["bundle_key"]))
    with Session(engine) as session, session.begin():
        remember_server_time(session, receipt.get("server_time"))
    return int(answer["base"])
