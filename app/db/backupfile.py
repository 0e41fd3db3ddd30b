"""Backup files: the database's tables, compressed (zstd), encrypted, checked by reading back.

A backup is written from the database (a consistent read transaction), never copied from
its file: the tables go into an in-memory SQLite image (indexes are rebuilt on restore,
so they take no space), which is compressed with zstd and encrypted in 1 MiB chunks with
AES-256-GCM under a key derived (HKDF) from the database key. Nothing readable touches the
disk or the USB stick on the way: the image lives in memory, and only ciphertext is
written. The header carries the database's password and recovery slots (never this
machine's), so a restore asks for a staff password or head office's recovery when the
machine does not hold the key; every chunk authenticates the header and its own place,
so a swapped, cut or altered file is refused, not half-restored.

SQLCipher's own module cannot hand over an in-memory image, so the image work is done by
apsw with SQLite3 Multiple Ciphers, which reads and writes the SQLCipher 4 format
(`cipher=sqlcipher&legacy=4`, the same raw key); tests prove the files it writes open
with SQLCipher.
"""

from __future__ import annotations

import hashlib
import json
import os
import struct
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import apsw
import zstandard
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from app.db.keyslots import KeySlots, Slot
from app.errors import QT_TR_NOOP, IntegrityFailure, ValidationError

MAGIC = b"SHAKHA-BACKUP\x00\x00\x01"
CHUNK = 1 << 20
MAX_HEADER = 4 << 20
LEVEL = 3  # zstd: 5,000 members over 5 years in ~110 MB at a few seconds of work
BUSY_TIMEOUT_MS = 10_000  # as app.db.engine's (not imported: this runs in its own process)
_FLAGS = (apsw.SQLITE_OPEN_READWRITE | apsw.SQLITE_OPEN_CREATE | apsw.SQLITE_OPEN_URI)


def not_a_backup(path: Path) -> ValidationError:
    return ValidationError(QT_TR_NOOP("Not a readable Shakha backup: {path}"), path=str(path))


@dataclass(frozen=True)
class BackupHeader:
    db_id: str
    branch: str
    revision: str | None
    made_at: str
    slots: KeySlots
    salt: bytes
    schema: list[list[str]]  # [type, name, sql] in creation order (tables first)
    counts: dict[str, int]
    raw: bytes  # the header's bytes, authenticated by every chunk


def is_backup_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _payload_key(key: bytes, header: BackupHeader | dict[str, Any]) -> bytes:
    salt = header.salt if isinstance(header, BackupHeader) else bytes.fromhex(header["salt"])
    db_id = header.db_id if isinstance(header, BackupHeader) else header["db_id"]
    return HKDF(hashes.SHA256(), 32, salt=salt,
                info=f"shakha backup|{db_id}".encode()).derive(key)


def _nonce(index: int, last: bool) -> bytes:
    return struct.pack(">QI", index, 1 if last else 0)


def _source(path: Path, key: bytes | None) -> apsw.Connection:
    """An in-memory connection with the database attached read-only as `src`; it waits
    for a writer of the live file as the app's connections do (engine.BUSY_TIMEOUT_MS),
    not failing at once with "database is locked"."""
    con = apsw.Connection(":memory:", flags=_FLAGS)
    con.set_busy_timeout(BUSY_TIMEOUT_MS)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if key is None:
        con.execute("ATTACH ? AS src", (uri,))
    else:
        con.execute(f"ATTACH ? AS src KEY \"x'{key.hex()}'\"",
                    (uri.replace("?", "?cipher=sqlcipher&legacy=4&", 1),))
    return con


def _image(path: Path, key: bytes | None) -> tuple[bytes, list[list[str]], dict[str, int],
                                                   str | None, str]:
    """The tables of the database in one read transaction, as a SQLite image (in the
    backup's own process only: see write_backup)."""
    con = _source(path, key)
    try:
        con.execute("BEGIN")
        entries = list(con.execute(
            "SELECT type, name, sql FROM src.sqlite_master WHERE sql IS NOT NULL "
            "AND name NOT LIKE 'sqlite_%' ORDER BY type != 'table', rowid"))
        counts: dict[str, int] = {}
        for kind, name, sql in entries:
            if kind == "table":
                con.execute(sql)  # unqualified: created in the in-memory main
                con.execute(f'INSERT INTO main."{name}" SELECT * FROM src."{name}"')
                counts[name] = int(_one(con, f'SELECT count(*) FROM main."{name}"'))
        tables = {e[1] for e in entries if e[0] == "table"}
        revision = _one(con, "SELECT version_num FROM main.alembic_version") \
            if "alembic_version" in tables else None
        branch = _one(con, "SELECT code FROM main.branch ORDER BY id LIMIT 1") \
            if "branch" in tables else None
        con.execute("COMMIT")
        con.execute("DETACH src")
        return (con.serialize("main"), [[str(v) for v in e] for e in entries], counts,
                None if revision is None else str(revision), str(branch or ""))
    finally:
        con.close()


def _one(con: apsw.Connection, sql: str) -> Any:
    rows = con.execute(sql).fetchall()
    return rows[0][0] if rows else None


def _chunks(image: bytes) -> Iterator[bytes]:
    compressor = zstandard.ZstdCompressor(level=LEVEL, threads=-1)
    chunker = compressor.chunker(size=len(image), chunk_size=CHUNK)
    view = memoryview(image)
    for start in range(0, len(image), 8 * CHUNK):
        yield from chunker.compress(view[start:start + 8 * CHUNK])
    yield from chunker.finish()


def write_backup(db_path: Path, dest: Path, key: bytes, slots: KeySlots, *,
                 source_key: bytes | None | bool = True) -> Path:
    """Write `dest` (through a .part file, fsynced, read back and checked before it
    takes its name); the database key is `key`, its slots go in the header. The
    database itself is read with `source_key` (True: the same key; None: a plain file
    being converted).

    The database is read and the .part written in a process of its own: apsw's SQLite
    must never open the live file in a process where sqlcipher3's SQLite has it open.
    POSIX locks never conflict within one process, so one copy of SQLite cannot see the
    other's readers: opening the file, apsw believed itself the first and reset the -shm
    that sqlcipher3 had mapped, and the app died of SIGBUS in its next commit (seen when
    a day-close backup ran while the officer logged in). Across processes the locks work
    as SQLite expects."""
    from app.db.files import fsync_dir, fsync_file

    tmp = dest.with_name(dest.name + ".part")
    try:
        _in_own_process(_seal, db_path, tmp, key, slots,
                        key if source_key is True else (source_key or None))
        fsync_file(tmp)
        read_back(tmp, key)
        os.replace(tmp, dest)
        fsync_dir(dest.parent)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def _in_own_process(fn: Callable[..., None], *args: Any) -> None:
    """Run `fn(*args)` in a new (spawned) process and wait; its exception is raised
    here. A frozen app passes through multiprocessing.freeze_support at its start."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = multiprocessing.get_context("spawn")
    try:
        with ProcessPoolExecutor(max_workers=1, mp_context=context) as pool:
            pool.submit(fn, *args, os.getpid()).result()
    except BrokenProcessPool:
        raise IntegrityFailure(QT_TR_NOOP("The backup's own process stopped before it had "
                                          "written the copy; nothing was changed. Try "
                                          "again.")) from None


def _seal(db_path: Path, tmp: Path, key: bytes, slots: KeySlots, source_key: bytes | None,
          parent: int) -> None:
    """In the backup's process: read the database's tables and write them compressed and
    encrypted to `tmp`. Stops (and removes `tmp`) if the process that asked is gone."""
    image, schema, counts, revision, branch = _image(db_path, source_key)
    salt = os.urandom(16)
    header_json = {"format": 1, "db_id": slots.db_id, "branch": branch or slots.branch,
                   "revision": revision, "made_at": datetime.now().isoformat(timespec="seconds"),
                   "slots": [s.to_json() for s in slots.slots if s.kind != "machine"],
                   "salt": salt.hex(), "schema": schema, "counts": counts}
    raw = json.dumps(header_json, sort_keys=True).encode("utf-8")
    aead, aad = AESGCM(_payload_key(key, header_json)), hashlib.sha256(raw).digest()
    try:
        with open(tmp, "wb") as out:
            out.write(MAGIC + struct.pack(">I", len(raw)) + raw)
            pending: bytes | None = None
            index = 0
            for chunk in _chunks(image):
                if pending is not None:
                    _write_chunk(out, aead, aad, index, pending, False)
                    index += 1
                    if os.getppid() != parent:  # orphaned: nobody will check or keep it
                        raise SystemExit(1)
                pending = chunk
            _write_chunk(out, aead, aad, index, pending or b"", True)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_chunk(out: Any, aead: AESGCM, aad: bytes, index: int, data: bytes,
                 last: bool) -> None:
    sealed = aead.encrypt(_nonce(index, last), data, aad)
    out.write(struct.pack(">I", len(sealed)) + sealed)


def read_header(path: Path) -> BackupHeader:
    """The backup's header (no key needed); ValidationError if it is not one."""
    try:
        with open(path, "rb") as f:
            if f.read(len(MAGIC)) != MAGIC:
                raise not_a_backup(path)
            (size,) = struct.unpack(">I", f.read(4))
            if size > MAX_HEADER:
                raise not_a_backup(path)
            raw = f.read(size)
        data = json.loads(raw.decode("utf-8"))
        return BackupHeader(
            str(data["db_id"]), str(data.get("branch") or ""), data.get("revision"),
            str(data.get("made_at") or ""),
            KeySlots(str(data["db_id"]), str(data.get("branch") or ""),
                     tuple(Slot.from_json(s) for s in data.get("slots") or [])),
            bytes.fromhex(data["salt"]), [list(e) for e in data["schema"]],
            {str(k): int(v) for k, v in data["counts"].items()}, raw)
    except (OSError, ValueError, KeyError, TypeError, struct.error, UnicodeDecodeError):
        raise not_a_backup(path) from None


def read_image(path: Path, key: bytes) -> bytes:
    """Decrypt and decompress the backup's image (IntegrityFailure if anything is off:
    a wrong key, an altered, reordered or cut file)."""
    header = read_header(path)
    aead, aad = AESGCM(_payload_key(key, header)), hashlib.sha256(header.raw).digest()
    decompressor = zstandard.ZstdDecompressor().decompressobj()
    parts: list[bytes] = []
    damaged = IntegrityFailure(QT_TR_NOOP("The backup {path} is damaged or was changed; "
                                          "it cannot be restored."), path=str(path))
    with open(path, "rb") as f:
        f.seek(len(MAGIC) + 4 + len(header.raw))
        index, last = 0, False
        while not last:
            size_bytes = f.read(4)
            if len(size_bytes) < 4:
                raise damaged
            sealed = f.read(struct.unpack(">I", size_bytes)[0])
            try:
                data = aead.decrypt(_nonce(index, False), sealed, aad)
            except InvalidTag:
                try:
                    data, last = aead.decrypt(_nonce(index, True), sealed, aad), True
                except InvalidTag:
                    raise damaged from None
            try:
                parts.append(decompressor.decompress(data))
            except zstandard.ZstdError:
                raise damaged from None
            index += 1
        if f.read(1):
            raise damaged
    return b"".join(parts)


def read_back(path: Path, key: bytes) -> None:
    """Prove a backup restores: it decrypts, its image passes SQLite's integrity check
    and holds as many rows of each table as the database had."""
    header = read_header(path)
    con = apsw.Connection(":memory:", flags=_FLAGS)
    try:
        con.deserialize("main", read_image(path, key))
        ok = con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchall()[0][0]
                  for t in header.counts}
    except apsw.Error:
        ok, counts = False, {}
    finally:
        con.close()
    if not ok or counts != header.counts:
        raise IntegrityFailure(QT_TR_NOOP("The copy at {path} could not be read back, so it "
                                          "was removed. Try another drive."), path=str(path))


def restore_to(path: Path, key: bytes, target: Path) -> BackupHeader:
    """Write the backup's database to `target` (a new file), encrypted with `key`."""
    header = read_header(path)
    con = apsw.Connection(":memory:", flags=_FLAGS)
    try:
        con.deserialize("main", read_image(path, key))
        copy_into(con, "main", target, key, header.schema)
    finally:
        con.close()
    return header


def copy_into(con: apsw.Connection, schema_name: str, target: Path, key: bytes,
              schema: list[list[str]]) -> None:
    """Create `target` (SQLCipher, `key`) with `schema` and the rows of `schema_name`:
    tables, then their rows, then indexes and triggers (built once, not row by row)."""
    uri = f"{target.resolve().as_uri()}?cipher=sqlcipher&legacy=4"
    con.execute(f"ATTACH ? AS dst KEY \"x'{key.hex()}'\"", (uri,))
    try:
        con.execute("BEGIN")
        for kind, name, sql in schema:
            if kind == "table":
                con.execute(_in_dst(sql, kind, name))
                con.execute(f'INSERT INTO dst."{name}" SELECT * FROM {schema_name}."{name}"')
        for kind, name, sql in schema:
            if kind != "table":
                con.execute(_in_dst(sql, kind, name))
        con.execute("COMMIT")
    finally:
        con.execute("DETACH dst")


def _in_dst(sql: str, kind: str, name: str) -> str:
    """The CREATE statement of `name` made to create it in the attached `dst`."""
    keyword = {"table": "TABLE", "index": "INDEX", "trigger": "TRIGGER", "view": "VIEW"}[kind]
    head, _, rest = sql.partition(name)
    if keyword not in head.upper():
        raise ValueError(f"unexpected schema entry {name}")
    quote = head[-1] if head and head[-1] in "\"'`[" else ""
    prefix = head[:-1] if quote else head
    return f"{prefix}dst.{quote}{name}{rest}"
