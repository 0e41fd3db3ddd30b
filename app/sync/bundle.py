"""USB bundles: the same upload, carried on a stick when there is no network.

A bundle is cumulative from the last acknowledgement, so importing it twice, or an
older one after a newer one, changes nothing, and a gap is refused. It is signed with
the branch's device key and written to a temporary file, flushed and renamed, so a
pulled stick never leaves half a bundle. The signed bundle is then sealed to head
office's bundle key (app/sync/seal.py), known from the enrolment file: a lost stick
gives away no member data. Head office answers with a receipt it signs with its own
key and seals to this device's key; only a receipt head office signed lets the branch
prune. The receipt also brings the reference data (products, holidays, staff, head
office's decisions) published since the branch's reference cursor, which the bundle
names, so a branch that syncs only by USB is kept up to date too. Reports the branch
could not send (app.sync.reports) travel in the bundle.

    file = magic ‖ {"key": signer's key id, "sig": signature of the data} ‖ "\n" ‖ data

A branch restored from an old backup that syncs only by USB asks for its new epoch the
same way: `export_epoch_request` writes a sealed, signed bundle carrying the network's
epoch request instead of events; head office's receipt carries the answer, which
`import_receipt` applies once (a receipt imported again finds the branch already in
that epoch and changes nothing). The next bundle then carries the new epoch's events.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.clock import remember_server_time
from app.errors import QT_TR_NOOP
from app.faults import fault_point
from app.sync.checkpoints import with_journal
from app.sync.device import (
    NOT_ENROLLED,
    NotEnrolled,
    device_key,
    enrolled_branch,
    verify_hq,
)
from app.sync.identity import BUNDLE, DeviceKey, SignatureError
from app.sync.identity import RECEIPT as RECEIPT_LABEL
from app.sync.outbox import (
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
from app.sync.reports import forget_reports, pending_reports
from app.sync.seal import open_sealed, parse_public, seal
from app.sync.wire import WireError, decode, encode, pack_events

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


def pack(magic: bytes, signature: Callable[[bytes], dict[str, str]],
         body: dict[str, Any]) -> bytes:
    """Signed file: magic, the signature of the compressed body, the body."""
    data = encode(body)
    return magic + json.dumps(signature(data)).encode() + b"\n" + data


def signed_by(device: DeviceKey, label: str) -> Callable[[bytes], dict[str, str]]:
    return lambda data: {"key": device.id, "value": device.sign(label, data)}


def split(magic: bytes, blob: bytes) -> tuple[dict[str, str], bytes]:
    """(signature, signed data) of a signed file; WireError if it is not one."""
    if not blob.startswith(magic):
        raise WireError("not a Shakha file of this kind")
    head, _, data = blob[len(magic):].partition(b"\n")
    try:
        signature = json.loads(head)
        if not isinstance(signature, dict) or not isinstance(signature.get("key"), str):
            raise ValueError("no signature")
    except ValueError:
        raise WireError("not signed") from None
    return signature, data


def body_of(magic: bytes, blob: bytes) -> dict[str, Any]:
    """The body without checking the signature (only to learn whose key to check)."""
    return decode(split(magic, blob)[1])


def hq_key(engine: Engine) -> str:
    """Head office's bundle key (from the enrolment file)."""
    with Session(engine) as session:
        public = get_state(session, "hq_bundle_key")
    try:
        parse_public(public)
    except WireError:
        raise NotEnrolled(NOT_ENROLLED) from None
    return public


def reference_cursor(engine: Engine) -> int:
    with Session(engine) as session:
        return int(get_state(session, "ref_cursor", "0"))


def read_receipt(engine: Engine, blob: bytes) -> dict[str, Any]:
    """A receipt's body: sealed to this device and signed by head office, or WireError."""
    key = device_key(engine)
    signature, data = split(RECEIPT, open_sealed(key.seal_private_b64, blob))
    try:
        with Session(engine) as session:
            verify_hq(session, RECEIPT_LABEL, data, signature)
    except SignatureError as exc:
        raise WireError(f"not signed by head office ({exc})") from None
    return decode(data)


def export_bundle(engine: Engine, out: Path) -> int:
    """Write every unacknowledged event to `out`, sealed to head office; returns how many.

    Manifest: branch, epoch, from/to seq, first prev_hash, last hash, count, checksum
    (SHA-256 of the event hashes); the batch inside is the network upload's format."""
    key = device_key(engine)
    enrolled_branch(engine)
    local = local_cursor(engine)
    events = pending_events(engine, local.acked_seq, 10_000_000)
    manifest = {"branch": local.branch, "epoch": local.epoch,
                "from_seq": local.acked_seq + 1, "to_seq": local.acked_seq + len(events),
                "first_prev": local.acked_hash,
                "last_hash": events[-1]["hash"] if events else local.acked_hash,
                "count": len(events),
                "checksum": hashlib.sha256("".join(e["hash"] for e in events).encode())
                .hexdigest()}
    reports = pending_reports(engine)
    body = {"manifest": manifest,
            "batch": with_journal(engine, pack_events(local.branch, local.epoch, events),
                                  events) if events else None,
            "ref_cursor": reference_cursor(engine), "reports": reports}
    public = hq_key(engine)
    write_atomic(out, seal(public, pack(MAGIC, signed_by(key, BUNDLE), body)))
    forget_reports(engine, reports)  # on the stick now; head office alarms at import
    return len(events)


def export_epoch_request(engine: Engine, out: Path) -> int:
    """Write the new-epoch request (a restored branch) to `out`, sealed to head office;
    returns how many of the branch's events it names."""
    key = device_key(engine)
    enrolled_branch(engine)
    local = local_cursor(engine)
    request = epoch_request(engine)
    manifest = {"branch": local.branch, "epoch": local.epoch, "kind": "epoch_request",
                "count": 0}
    body = {"manifest": manifest, "batch": None, "epoch_request": request,
            "ref_cursor": reference_cursor(engine)}
    public = hq_key(engine)
    write_atomic(out, seal(public, pack(MAGIC, signed_by(key, BUNDLE), body)))
    return len(request["events"])


def _stale(receipt: dict[str, Any], epoch: int, acked_seq: int) -> bool:
    """A receipt for less than is already acknowledged, or from an epoch the branch has
    left since: written before the last answer head office gave. Sticks get swapped and
    files copied twice, so this is ordinary and changes nothing. Receipts are ordered by
    what they acknowledge, never by the clock they carry (SYNC.md: order is (epoch, seq),
    never a clock): a head-office clock that jumped back or ahead must not turn a late
    receipt into an alarm, nor a fresh one into a late one. Head office losing events is
    caught by an online answer (fresh, bound to its request), which goes to record_ack."""
    theirs = int(receipt.get("epoch", 0))
    return theirs < epoch or (theirs == epoch and int(receipt.get("acked_seq", 0)) < acked_seq)


def import_receipt(engine: Engine, path: Path) -> int:
    """Apply head office's signed receipt: acknowledge and prune. Returns acked seq."""
    try:
        receipt = read_receipt(engine, path.read_bytes())
    except (OSError, WireError) as exc:
        raise SyncError(QT_TR_NOOP("The receipt cannot be used: {error}"), error=str(exc)) \
            from None
    local = local_cursor(engine)
    if receipt.get("branch") != local.branch:
        raise SyncError(QT_TR_NOOP("This receipt is for another branch."))
    if receipt.get("new_epoch") is not None:
        acked = _apply_epoch_answer(engine, receipt, local.epoch)
    elif _stale(receipt, local.epoch, local.acked_seq):
        acked = local.acked_seq  # an older receipt carried back late: no acknowledgement
    else:
        advances = int(receipt["acked_seq"]) > local.acked_seq
        # only a receipt that acknowledges more is news: its time is the latest head
        # office told; the same receipt carried back again must not set the guard back
        record_ack(engine, int(receipt["acked_seq"]), str(receipt["acked_hash"]),
                   int(receipt["epoch"]), receipt.get("server_time") if advances else None,
                   receipt.get("checkpoint"))
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
    with Session(engine) as session, session.begin():
        remember_server_time(session, receipt.get("server_time"))
    return int(answer["base"])
