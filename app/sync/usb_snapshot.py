"""First sync by USB stick: the branch's history as a snapshot file beside the bundle.

A branch with years of data that has never synced over the network exports, with its
first bundle, `<bundle>.snapshot`: the same chunks the network's first sync sends
(app.sync.snapshot), one frame each, after a first frame with the snapshot's
manifest (per-table counts and digests, journal head, outbox cursor); every frame is
signed by the device key and sealed to head office's key, so the file is read one chunk
at a time. The last frame says how many chunks came before it; head office marks the snapshot done
only when it has them all. Head office imports the snapshot before the events (their
row images are newer), and its receipt names the finished snapshot: only then does the
branch stop exporting it. Written to a temporary file, flushed and renamed.

    SNAPSHOT magic ‖ frames: 8-byte big-endian length ‖ sealed signed body
"""

from __future__ import annotations

import os
import struct
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.sync.bundle import export_bundle, hq_key, pack, signed_by
from app.sync.device import device_key, enrolled_branch
from app.sync.identity import SNAPSHOT_FRAME
from app.sync.outbox import get_state, local_cursor, set_state
from app.sync.seal import seal
from app.sync.snapshot import snapshot_with_manifest
from app.sync.wire import WireError

SNAPSHOT = b"SHAKHA-SNAPSHOT-1\n"
FRAME = b"SHAKHA-SNAPSHOT-FRAME-1\n"
_LENGTH = struct.Struct(">Q")
MAX_FRAME = 256 * 1024 * 1024


def snapshot_path(bundle: Path) -> Path:
    return bundle.with_name(bundle.name + ".snapshot")


def pending_snapshot_id(engine: Engine) -> str | None:
    """The id of the snapshot head office has not confirmed yet (made on first use), or
    None once it has (by a receipt or a network sync)."""
    with Session(engine) as session, session.begin():
        if get_state(session, "snapshot_done"):
            return None
        snapshot_id = get_state(session, "snapshot_id")
        if not snapshot_id:
            snapshot_id = str(uuid.uuid4())
            set_state(session, "snapshot_id", snapshot_id)
        return snapshot_id


def export_snapshot(engine: Engine, out: Path) -> int | None:
    """Write the snapshot to `out` if head office still needs it; returns the number of
    chunks written, or None (and writes nothing) when it does not."""
    key = device_key(engine)
    enrolled_branch(engine)
    hq_key(engine)  # unknown: refused before the snapshot is given an id
    snapshot_id = pending_snapshot_id(engine)
    if snapshot_id is None:
        return None
    public, code = hq_key(engine), local_cursor(engine).branch
    signature = signed_by(key, SNAPSHOT_FRAME)
    tmp = out.with_name(out.name + ".part")
    count = 0
    manifest, chunks = snapshot_with_manifest(engine)
    with open(tmp, "wb") as fh:
        fh.write(SNAPSHOT)
        _write_frame(fh, seal(public, pack(FRAME, signature, {  # announced first
            "branch": code, "snapshot_id": snapshot_id, "manifest": manifest})))
        for name, table, rows in chunks:
            _write_frame(fh, seal(public, pack(FRAME, signature, {
                "branch": code, "snapshot_id": snapshot_id, "chunk": name, "table": table,
                "rows": rows})))
            count += 1
        _write_frame(fh, seal(public, pack(FRAME, signature, {
            "branch": code, "snapshot_id": snapshot_id, "finished": True, "chunks": count})))
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, out)
    return count


def _write_frame(fh: BinaryIO, blob: bytes) -> None:
    fh.write(_LENGTH.pack(len(blob)))
    fh.write(blob)


def read_frames(fh: BinaryIO) -> Iterator[bytes]:
    """The sealed frames of a snapshot file, one at a time; WireError if it is not one
    or is cut short."""
    if fh.read(len(SNAPSHOT)) != SNAPSHOT:
        raise WireError("not a Shakha snapshot file")
    while True:
        head = fh.read(_LENGTH.size)
        if not head:
            return
        (size,) = _LENGTH.unpack(head) if len(head) == _LENGTH.size else (-1,)
        if not 0 < size <= MAX_FRAME:
            raise WireError("the snapshot file is truncated or damaged")
        blob = fh.read(size)
        if len(blob) != size:
            raise WireError("the snapshot file is truncated")
        yield blob


def export_with_snapshot(engine: Engine, out: Path) -> tuple[int, int | None]:
    """The bundle at `out` and, while head office lacks it, the snapshot beside it
    (written first: a bundle beside no snapshot means none was due). Returns (events,
    snapshot chunks or None)."""
    beside = snapshot_path(out)
    chunks = export_snapshot(engine, beside)
    if chunks is None:
        beside.unlink(missing_ok=True)  # an earlier export's, now confirmed
    return export_bundle(engine, out), chunks
