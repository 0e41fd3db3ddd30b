"""Head office's side of USB bundles: decrypt, verify, ingest like an upload, receipt.

A bundle carries either events or a restored branch's new-epoch request; the request
is answered like the network's POST /epoch (start_epoch), the answer goes back in the
receipt. Refusals (not sealed to this head office, altered, truncated, unsigned,
unknown branch, a stale epoch request) raise Refused with the reason before anything
is stored and before any receipt is written.

A branch's first bundle may have its history beside it, `<bundle>.snapshot`
(app.sync.usb_snapshot): imported first, frame by frame, each chunk like the network's
(snapshot.py); the receipt names the snapshot once it is finished.

The bundle must be signed by an active device key of the branch its manifest names
(a revoked key, another branch's key or a signature that does not verify is refused
with an alarm). The receipt brings back the reference data published since the cursor
the bundle names (up to REFERENCE_PER_RECEIPT changes; the next round brings the rest);
head office signs it with its own key and seals it to the device key that signed the
bundle: it carries staff password hashes. Reports the branch could not send over the
network (app.sync.reports) arrive in the bundle and become alarms here."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.headoffice.admin import changes_since
from app.headoffice.alarms import raise_alarm
from app.headoffice.checkpoints import checkpoint
from app.headoffice.ingest import Ack, Refused, cursor, ingest, now, start_epoch
from app.headoffice.keys import HqKeys
from app.headoffice.models_trust import HqDeviceKey
from app.headoffice.projector import project_branch
from app.headoffice.reports import receive_report
from app.headoffice.silent import mark_seen
from app.headoffice.snapshot import finish_snapshot, receive_chunk
from app.sync.bundle import MAGIC, RECEIPT, body_of, pack, split, write_atomic
from app.sync.identity import BUNDLE, SNAPSHOT_FRAME, SignatureError, verify
from app.sync.identity import RECEIPT as RECEIPT_LABEL
from app.sync.seal import seal
from app.sync.usb_snapshot import FRAME, read_frames, snapshot_path
from app.sync.wire import WireError, decode


def import_bundle(engine: Engine, keys: HqKeys, path: Path, receipt_out: Path) -> Ack:
    """Ingest a bundle (exactly once, like an upload) and write the signed receipt."""
    return import_bundle_answer(engine, keys, path, receipt_out)[0]


def import_bundle_answer(engine: Engine, keys: HqKeys, path: Path,
                         receipt_out: Path) -> tuple[Ack, dict[str, Any] | None]:
    """As import_bundle, with the new-epoch answer when the bundle asked for one."""
    code, device, body = _open(engine, keys, path)
    _reports(engine, code, body.get("reports"))
    if snapshot_path(path).exists() and body.get("epoch_request") is None:
        # (a snapshot beside an epoch request is an earlier export's, of the old epoch)
        import_snapshot(engine, keys, code, device, snapshot_path(path))
    ref_cursor = body.get("ref_cursor")
    if ref_cursor is not None and (type(ref_cursor) is not int or ref_cursor < 0):
        raise Refused("bundle rejected: malformed reference cursor", code="malformed")
    request = body.get("epoch_request")
    if request is not None:
        if not isinstance(request, dict):
            raise Refused("bundle rejected: malformed epoch request", code="malformed")
        answer = start_epoch(engine, code, request)
        mark_seen(engine, code)
        _write_receipt(engine, keys, receipt_out, code, device, ref_cursor, {
            "branch": code, "from_epoch": int(request["epoch"]), "new_epoch": answer,
            "server_time": now().isoformat()})
        return cursor(engine, code), answer
    batch = body.get("batch")
    if batch is not None and not isinstance(batch, dict):
        raise Refused("bundle rejected: malformed batch")
    if not batch:
        mark_seen(engine, code)  # an empty bundle still says the branch is alive
    ack = ingest(engine, code, batch) if batch else cursor(engine, code)
    receipt = {"branch": code, "acked_seq": ack.acked_seq, "acked_hash": ack.acked_hash,
               "epoch": ack.epoch, "server_time": ack.server_time}
    signed_cp = checkpoint(engine, keys, code)  # the receipt is a signed checkpoint
    if signed_cp is not None and (signed_cp["epoch"], signed_cp["acked_seq"]) == (
            ack.epoch, ack.acked_seq):
        receipt["checkpoint"] = signed_cp
    _write_receipt(engine, keys, receipt_out, code, device, ref_cursor, receipt)
    project_branch(engine, code)  # acknowledged; now the consolidated tables
    return ack, None


REFERENCE_PER_RECEIPT = 5000


def _write_receipt(engine: Engine, keys: HqKeys, out: Path, code: str,
                   device: HqDeviceKey, ref_cursor: int | None,
                   receipt: dict[str, Any]) -> None:
    receipt["snapshot_id"] = cursor(engine, code).snapshot_id
    if ref_cursor is not None:
        receipt["reference"] = {"cursor": ref_cursor, **changes_since(
            engine, code, ref_cursor, REFERENCE_PER_RECEIPT)}
    signed = pack(RECEIPT, lambda data: keys.sign(RECEIPT_LABEL, data), receipt)
    write_atomic(out, seal(device.seal_public, signed))


def _reports(engine: Engine, code: str, reports: Any) -> None:
    """Reports the branch could not send over the network: alarms now."""
    for report in reports if isinstance(reports, list) else []:
        if isinstance(report, dict):
            try:
                receive_report(engine, code, report)
            except Refused:
                continue


def _verified(device: HqDeviceKey, magic: bytes, label: str, blob: bytes) -> dict[str, Any]:
    signature, data = split(magic, blob)
    if signature.get("key") != device.key_id:
        raise WireError("signed by another device")
    try:
        verify(device.sign_public, label, data, signature.get("value"))
    except SignatureError as exc:
        raise WireError(f"the signature does not verify ({exc})") from None
    return decode(data)


def import_snapshot(engine: Engine, keys: HqKeys, code: str, device: HqDeviceKey,
                    path: Path) -> int:
    """Announce a snapshot file's manifest, stage its chunks (a chunk held already
    changing nothing) and finish it when all arrived — applied only if they match the
    manifest (app.headoffice.snapshot); returns the chunks. Refused, with nothing of the
    snapshot applied, if any frame is not this branch's, altered or missing."""
    snapshot = None
    seen: set[str] = set()
    try:
        with open(path, "rb") as fh:
            for sealed in read_frames(fh):
                body = _verified(device, FRAME, SNAPSHOT_FRAME, keys.open_sealed(sealed))
                if body.get("branch") != code:
                    raise WireError("the snapshot is another branch's")
                if snapshot is None:
                    snapshot = str(body.get("snapshot_id", ""))
                    if cursor(engine, code).snapshot_id == snapshot:
                        return 0  # finished before: a copy carried late would be older
                elif body.get("snapshot_id") != snapshot:
                    raise WireError("the file mixes two snapshots")
                if "manifest" in body:  # the first frame: the snapshot announced
                    receive_chunk(engine, code, body)
                    continue
                if body.get("finished"):
                    if body.get("chunks") != len(seen):
                        raise WireError("chunks are missing")
                    finish_snapshot(engine, code, snapshot)
                    return len(seen)
                receive_chunk(engine, code, body)
                seen.add(str(body.get("chunk")))
    except (OSError, WireError) as exc:
        raise Refused(f"snapshot rejected: {exc}", code="malformed") from None
    raise Refused("snapshot rejected: the file ends before its last frame", code="malformed")


def _open(engine: Engine, keys: HqKeys, path: Path
          ) -> tuple[str, HqDeviceKey, dict[str, Any]]:
    """(branch code, the device key that signed it, the verified body) of a sealed,
    signed bundle; Refused (with an alarm when it smells of forgery) otherwise."""
    try:
        sealed = path.read_bytes()
        if sealed.startswith(MAGIC):
            raise WireError("not encrypted to head office's key (export it again)")
        blob = keys.open_sealed(sealed)
        signature = split(MAGIC, blob)[0]
        manifest = body_of(MAGIC, blob).get("manifest")
        code = str(manifest.get("branch", "")) if isinstance(manifest, dict) else ""
    except (OSError, WireError) as exc:
        raise Refused(f"bundle rejected: {exc}", code="malformed") from None
    with Session(engine) as session:
        device = session.get(HqDeviceKey, str(signature.get("key")))
    if device is None:
        raise Refused("bundle rejected: signed by a device head office does not know "
                      "(not enrolled, or its enrolment reply not accepted yet)",
                      code="malformed")
    try:
        body = _verified(device, MAGIC, BUNDLE, blob)
    except WireError as exc:
        _refuse(engine, code, "forged", f"bundle rejected: {exc} (forged or altered)")
    if device.branch != code:
        _refuse(engine, code, "foreign", f"bundle rejected: branch {device.branch}'s "
                f"device key {device.key_id} signed a bundle for branch {code}")
    if device.retired_at is not None:
        _refuse(engine, code, "revoked", f"bundle rejected: device key {device.key_id} "
                f"was {device.retired_why} {device.retired_at.isoformat(timespec='minutes')}")
    return code, device, body


def _refuse(engine: Engine, code: str, alarm: str, reason: str) -> NoReturn:
    raise_alarm(engine, code, alarm, reason)
    raise Refused(reason, code="key")
