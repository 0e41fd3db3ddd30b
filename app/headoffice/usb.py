"""Head office's side of USB bundles: decrypt, verify, ingest like an upload, receipt.

A bundle carries either events or a restored branch's new-epoch request; the request
is answered like the network's POST /epoch (start_epoch), the answer goes back in the
receipt. Refusals (not sealed to this head office, altered, truncated, unsigned,
unknown branch, a stale epoch request) raise Refused with the reason before anything
is stored and before any receipt is written.

A branch's first bundle may have its history beside it, `<bundle>.snapshot`
(app.sync.usb_snapshot): imported first, frame by frame, each chunk like the network's
(snapshot.py); the receipt names the snapshot once it is finished.

The receipt brings back the reference data published since the cursor the bundle
names (up to REFERENCE_PER_RECEIPT changes; the next round brings the rest), and is
sealed under the branch's shared key: it carries staff password hashes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.headoffice.admin import changes_since
from app.headoffice.ingest import Ack, Refused, cursor, ingest, now, start_epoch
from app.headoffice.keys import private_key, public_key
from app.headoffice.models import HqBranch
from app.headoffice.silent import mark_seen
from app.headoffice.snapshot import finish_snapshot, receive_chunk
from app.sync.bundle import MAGIC, RECEIPT, body_of, pack, unpack, write_atomic
from app.sync.seal import open_sealed, seal_shared
from app.sync.usb_snapshot import FRAME, read_frames, snapshot_path
from app.sync.wire import WireError


def import_bundle(engine: Engine, path: Path, receipt_out: Path) -> Ack:
    """Ingest a bundle (exactly once, like an upload) and write the signed receipt."""
    return import_bundle_answer(engine, path, receipt_out)[0]


def import_bundle_answer(engine: Engine, path: Path,
                         receipt_out: Path) -> tuple[Ack, dict[str, Any] | None]:
    """As import_bundle, with the new-epoch answer when the bundle asked for one."""
    code, secret, body = _open(engine, path)
    if snapshot_path(path).exists():
        import_snapshot(engine, code, secret, snapshot_path(path))
    ref_cursor = body.get("ref_cursor")
    if ref_cursor is not None and (type(ref_cursor) is not int or ref_cursor < 0):
        raise Refused("bundle rejected: malformed reference cursor", code="malformed")
    request = body.get("epoch_request")
    if request is not None:
        if not isinstance(request, dict):
            raise Refused("bundle rejected: malformed epoch request", code="malformed")
        answer = start_epoch(engine, code, request)
        mark_seen(engine, code)
        _write_receipt(engine, receipt_out, code, secret, ref_cursor, {
            "branch": code, "from_epoch": int(request["epoch"]), "new_epoch": answer,
            "server_time": now().isoformat(), "bundle_key": public_key(engine)})
        return cursor(engine, code), answer
    batch = body.get("batch")
    if batch is not None and not isinstance(batch, dict):
        raise Refused("bundle rejected: malformed batch")
    if not batch:
        mark_seen(engine, code)  # an empty bundle still says the branch is alive
    ack = ingest(engine, code, batch) if batch else cursor(engine, code)
    receipt = {"branch": code, "acked_seq": ack.acked_seq, "acked_hash": ack.acked_hash,
               "epoch": ack.epoch, "server_time": ack.server_time,
               "bundle_key": public_key(engine)}
    _write_receipt(engine, receipt_out, code, secret, ref_cursor, receipt)
    return ack, None


REFERENCE_PER_RECEIPT = 5000


def _write_receipt(engine: Engine, out: Path, code: str, secret: str,
                   ref_cursor: int | None, receipt: dict[str, Any]) -> None:
    receipt["snapshot_id"] = cursor(engine, code).snapshot_id
    if ref_cursor is not None:
        receipt["reference"] = {"cursor": ref_cursor, **changes_since(
            engine, code, ref_cursor, REFERENCE_PER_RECEIPT)}
    write_atomic(out, seal_shared(secret, pack(RECEIPT, secret, receipt)))


def import_snapshot(engine: Engine, code: str, secret: str, path: Path) -> int:
    """Store a snapshot file's chunks (each in its own transaction, a chunk held already
    changing nothing) and finish it when all arrived; returns the chunks. Refused, with
    the snapshot left unfinished, if any frame is not this branch's, altered or missing."""
    private, snapshot = private_key(engine), None
    seen: set[str] = set()
    try:
        with open(path, "rb") as fh:
            for sealed in read_frames(fh):
                body = unpack(FRAME, secret, open_sealed(private, sealed))
                if body.get("branch") != code:
                    raise WireError("the snapshot is another branch's")
                if snapshot is None:
                    snapshot = str(body.get("snapshot_id", ""))
                    if cursor(engine, code).snapshot_id == snapshot:
                        return 0  # finished before: a copy carried late would be older
                elif body.get("snapshot_id") != snapshot:
                    raise WireError("the file mixes two snapshots")
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


def _open(engine: Engine, path: Path) -> tuple[str, str, dict[str, Any]]:
    """(branch code, its key digest, the verified body) of a sealed, signed bundle."""
    try:
        sealed = path.read_bytes()
        if sealed.startswith(MAGIC):
            raise WireError("not encrypted to head office's key (export it again)")
        blob = open_sealed(private_key(engine), sealed)
        manifest = body_of(MAGIC, blob).get("manifest")
        code = str(manifest.get("branch", "")) if isinstance(manifest, dict) else ""
    except (OSError, WireError) as exc:
        raise Refused(f"bundle rejected: {exc}", code="malformed") from None
    with Session(engine) as session:
        branch = session.get(HqBranch, code)
        if branch is None:
            raise Refused("unknown branch")
        secret = branch.key_digest
    try:
        return code, secret, unpack(MAGIC, secret, blob)
    except WireError as exc:
        raise Refused(f"bundle rejected: {exc}", code="malformed") from None
