"""First sync of a branch with history: a snapshot announced by a manifest, uploaded in
resumable chunks, applied all at once at its finish — or not at all.

A branch whose years of data predate its outbox sends its tables (groups, members,
loans, installments, journal) as a snapshot (SYNC.md, Trust):

1. the manifest first — per table the row count and a digest (SHA-256 over the
   canonical rows in id order, app.sync.snapshot), the journal head (id, hash) and the
   outbox cursor (seq, hash). Head office records it as the branch's open snapshot;
2. chunks named `table:first_id`, each checked like the rows events carry and staged
   (not applied); a chunk with no open manifest, or not of the open one, is refused
   with a "snapshot" alarm. Staged chunks are remembered, so a broken upload resumes;
3. the finish: the staged rows must match the manifest's counts and digests, and the
   journal chain recomputed over the journal rows received must reach the announced
   head. Then every chunk is applied in one transaction (and kept, with where the
   projector stood, for `hq project --rebuild`); otherwise nothing is applied, the
   staged chunks are dropped and a "snapshot" alarm is raised.

Once a snapshot is finished (`HqBranch.snapshot_id`), every manifest, chunk and other
finish is refused with a "snapshot" alarm: after that, rows reach head office's ledger
only inside chained, signed events.
"""

from __future__ import annotations

import re
from typing import Any, NoReturn

from sqlalchemy import Engine, delete, func, select
from sqlalchemy.orm import Session

from app.headoffice.ingest import Refused, now
from app.headoffice.models import HqBranch, HqSnapshotChunk
from app.headoffice.models_trust import HqSnapshotManifest, HqSnapshotStaged
from app.headoffice.projection import snapshot_rows
from app.headoffice.projection_write import write
from app.headoffice.projector import lock_cursor
from app.sync.canonical import GENESIS_HASH, canonical_json, chain_hash, json_object
from app.sync.snapshot_manifest import JOURNAL_HASHED_FIELDS, SNAPSHOT_TABLES, TableDigest

_HEX64 = re.compile(r"[0-9a-f]{64}")


def received_chunks(engine: Engine, code: str, snapshot_id: str) -> list[str]:
    """The chunks of the branch's open snapshot `snapshot_id` held so far."""
    with Session(engine) as session:
        return list(session.scalars(select(HqSnapshotStaged.chunk).where(
            HqSnapshotStaged.branch == code, HqSnapshotStaged.snapshot_id == snapshot_id)))


def receive_chunk(engine: Engine, code: str, body: dict[str, Any]) -> dict[str, Any]:
    """A snapshot message: the manifest (`manifest`) or a chunk."""
    if "manifest" in body:
        return announce(engine, code, body)
    try:
        snapshot_id, table = str(body["snapshot_id"]), str(body["table"])
        chunk, rows = str(body["chunk"]), list(body["rows"])
    except (KeyError, TypeError):
        raise Refused("malformed snapshot chunk", code="malformed") from None
    if table not in SNAPSHOT_TABLES or snapshot_rows(table, rows) is None \
            or not chunk.startswith(f"{table}:") or len(chunk) > 60:
        raise Refused("malformed snapshot chunk", code="malformed")
    text = canonical_json({"table": table, "rows": rows})
    refused = None
    with Session(engine) as session, session.begin():
        branch = _branch(session, code)
        open_id = _open_id(session, code)
        if branch.snapshot_id is not None:
            refused = (f"snapshot chunk {chunk} refused: branch {code}'s first sync finished "
                       f"with snapshot {branch.snapshot_id}; rows of its ledger come only "
                       "in chained events now")
        elif open_id is None:
            refused = (f"snapshot chunk {chunk} refused: branch {code} announced no "
                       "manifest for a snapshot")
        elif open_id != snapshot_id:
            refused = (f"snapshot chunk {chunk} refused: it belongs to snapshot "
                       f"{snapshot_id[:40]}, not to the open snapshot {open_id}")
        else:
            held = session.get(HqSnapshotStaged, (code, snapshot_id, chunk))
            if held is not None and held.body == text:
                return {"chunk": chunk, "duplicate": True}
            if held is not None:
                refused = (f"snapshot chunk {chunk} refused: it differs from the chunk "
                           f"of that name already received for snapshot {snapshot_id}")
            else:
                session.add(HqSnapshotStaged(branch=code, snapshot_id=snapshot_id,
                                             chunk=chunk, rows=len(rows), body=text,
                                             received_at=now()))
    if refused is not None:
        _alarm(engine, code, refused)
    return {"chunk": chunk, "duplicate": False}


def announce(engine: Engine, code: str, body: dict[str, Any]) -> dict[str, Any]:
    """Record the branch's manifest as its open snapshot; returns the chunks of it
    already held (an announcement repeated unchanged, after a broken upload, keeps them;
    a changed one replaces the open snapshot and drops them). The snapshot that finished
    the first sync announced again (the finish's answer was lost) is answered
    `finished`; any other after the finish is refused with an alarm."""
    snapshot_id, manifest = str(body.get("snapshot_id") or ""), body.get("manifest")
    if not snapshot_id or len(snapshot_id) > 40 or not _well_formed(manifest):
        raise Refused("malformed snapshot manifest", code="malformed")
    text = canonical_json(manifest)
    refused = None
    with Session(engine) as session, session.begin():
        branch = _branch(session, code)
        if branch.snapshot_id == snapshot_id:  # announced again after a lost answer
            return {"snapshot_id": snapshot_id, "chunks": [], "finished": True}
        if branch.snapshot_id is not None:
            refused = (f"snapshot manifest {snapshot_id} refused: branch {code}'s first "
                       f"sync finished with snapshot {branch.snapshot_id}")
        else:
            row = session.get(HqSnapshotManifest, (code, snapshot_id))
            if row is not None and row.state == "open" and row.manifest == text:
                chunks = list(session.scalars(select(HqSnapshotStaged.chunk).where(
                    HqSnapshotStaged.branch == code,
                    HqSnapshotStaged.snapshot_id == snapshot_id)))
                return {"snapshot_id": snapshot_id, "chunks": chunks}
            _drop_open(session, code, "replaced")
            if row is None:
                session.add(HqSnapshotManifest(branch=code, snapshot_id=snapshot_id,
                                               manifest=text, state="open",
                                               announced_at=now()))
            else:
                row.manifest, row.state, row.announced_at = text, "open", now()
                row.closed_at = None
            return {"snapshot_id": snapshot_id, "chunks": []}
    _alarm(engine, code, refused)


def finish_snapshot(engine: Engine, code: str, snapshot_id: str) -> dict[str, Any]:
    """Check the open snapshot's staged chunks against its manifest and apply them all
    in one transaction; refused with an alarm, nothing applied, if anything differs."""
    with Session(engine) as session, session.begin():
        branch = _branch(session, code)
        if branch.snapshot_id == snapshot_id:
            return {"snapshot_id": snapshot_id}  # the same finish again changes nothing
        if branch.snapshot_id is not None:
            refused = (f"snapshot {snapshot_id[:40]} refused: branch {code}'s first sync "
                       f"finished with snapshot {branch.snapshot_id}")
        elif _open_id(session, code) != snapshot_id:
            refused = (f"snapshot {snapshot_id[:40]} refused: no manifest of it is open "
                       f"for branch {code}")
        else:
            manifest = session.get(HqSnapshotManifest, (code, snapshot_id))
            assert manifest is not None
            staged = _staged(session, code, snapshot_id)
            why = _mismatch(json_object(manifest.manifest), staged)
            if why is None:
                _apply(session, branch, snapshot_id, staged)
                _anchor_at_head(branch, json_object(manifest.manifest)["journal_head"])
                manifest.state, manifest.closed_at = "finished", now()
                session.execute(delete(HqSnapshotStaged).where(
                    HqSnapshotStaged.branch == code))
                return {"snapshot_id": snapshot_id}
            refused = f"snapshot {snapshot_id} refused, nothing of it applied: {why}"
    if refused.startswith(f"snapshot {snapshot_id} refused, nothing"):
        with Session(engine) as session, session.begin():
            _drop_open(session, code, "refused")
    _alarm(engine, code, refused)


# -- checks ---------------------------------------------------------------------------

def _well_formed(manifest: Any) -> bool:
    if not isinstance(manifest, dict) or set(manifest) != {"tables", "journal_head",
                                                           "outbox"}:
        return False
    tables, head, outbox = manifest["tables"], manifest["journal_head"], manifest["outbox"]
    if not isinstance(tables, dict) or set(tables) != set(SNAPSHOT_TABLES):
        return False
    for entry in tables.values():
        if not (isinstance(entry, dict) and _count(entry.get("count"))
                and _hex(entry.get("digest"))):
            return False
    return all(isinstance(part, dict) and _count(part.get(key)) and _hex(part.get("hash"))
               for part, key in ((head, "id"), (outbox, "seq")))


def _count(value: Any) -> bool:
    return type(value) is int and 0 <= value < 2**62


def _hex(value: Any) -> bool:
    return isinstance(value, str) and _HEX64.fullmatch(value) is not None


def _staged(session: Session, code: str, snapshot_id: str
            ) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(chunk, table, rows) of the staged chunks in the manifest's order: by table, then
    by the first id the chunk's name gives."""
    found = []
    for name, body in session.execute(select(HqSnapshotStaged.chunk, HqSnapshotStaged.body)
                                      .where(HqSnapshotStaged.branch == code,
                                             HqSnapshotStaged.snapshot_id == snapshot_id)):
        data = json_object(body)
        found.append((name, str(data.get("table")), list(data.get("rows") or [])))

    def order(item: tuple[str, str, list[dict[str, Any]]]) -> tuple[int, int]:
        first = item[0].partition(":")[2]
        return SNAPSHOT_TABLES.index(item[1]), int(first) if first.isdigit() else -1
    return sorted(found, key=order)


def _mismatch(manifest: dict[str, Any],
              staged: list[tuple[str, str, list[dict[str, Any]]]]) -> str | None:
    """Why the staged rows are not the announced snapshot, or None when they are."""
    rows_of: dict[str, list[dict[str, Any]]] = {t: [] for t in SNAPSHOT_TABLES}
    for _name, table, rows in staged:
        rows_of[table].extend(rows)
    for table in SNAPSHOT_TABLES:
        rows = rows_of[table]
        ids = [row.get("id") for row in rows]
        if ids != sorted(ids, key=lambda i: i if type(i) is int else -1) \
                or len(set(ids)) != len(ids):
            return f"the {table} rows are not in id order or an id comes twice"
        digest = TableDigest()
        digest.add(rows)
        announced = manifest["tables"][table]
        if digest.count != announced["count"]:
            return (f"{digest.count} {table} rows received, the manifest announced "
                    f"{announced['count']}")
        if digest.as_dict()["digest"] != announced["digest"]:
            return f"the {table} rows received differ from the manifest's digest"
    return _journal_mismatch(rows_of["journal_entry"], manifest["journal_head"])


def _journal_mismatch(rows: list[dict[str, Any]], head: dict[str, Any]) -> str | None:
    """The journal chain recomputed over the rows received must reach the announced
    head: every row's hash follows from the row before's and its own fields."""
    prev_id, prev_hash = 0, GENESIS_HASH
    for row in rows:
        if row.get("id") != prev_id + 1:
            return f"journal row {prev_id + 1} is missing from the snapshot"
        try:
            expected = chain_hash(prev_hash, {f: row[f] for f in JOURNAL_HASHED_FIELDS})
        except (KeyError, TypeError):
            return f"journal row {row.get('id')} lacks the fields its hash covers"
        if expected != row.get("hash"):
            return f"journal row {row['id']} does not follow the chain (altered)"
        prev_id, prev_hash = row["id"], expected
    if (prev_id, prev_hash) != (head["id"], head["hash"]):
        return (f"the journal chain received ends at row {prev_id}, not at the announced "
                f"head {head['id']}")
    return None


# -- applying -------------------------------------------------------------------------

def _apply(session: Session, branch: HqBranch, snapshot_id: str,
           staged: list[tuple[str, str, list[dict[str, Any]]]]) -> None:
    """Every staged chunk into the consolidated tables, in this one transaction; each
    kept with where the projector stands, to be applied there again by a rebuild."""
    code = branch.code
    position = lock_cursor(session, code, wait=True)
    number = session.scalar(select(func.count()).select_from(HqSnapshotChunk)
                            .where(HqSnapshotChunk.branch == code)) or 0
    for name, table, rows in staged:
        gathered = snapshot_rows(table, rows)
        if gathered is None:  # checked when staged; a row changed in the database since
            raise Refused(f"snapshot chunk {name} no longer reads", code="malformed")
        write(session, code, branch.epoch, gathered)
        number += 1
        session.add(HqSnapshotChunk(
            branch=code, snapshot_id=snapshot_id, chunk=name, rows=len(rows),
            received_at=now(), body=canonical_json({"table": table, "rows": rows}),
            after_epoch=position.epoch if position else None,
            after_seq=position.seq if position else None, number=number))
    branch.snapshot_id = snapshot_id


def _anchor_at_head(branch: HqBranch, head: dict[str, Any]) -> None:
    """The journal head the snapshot's chain was just recomputed to becomes head office's
    anchor, so the very next batch is recomputed from it too (not taken on its claim)."""
    if branch.journal_id is None and head["id"] > 0:
        branch.journal_id, branch.journal_hash = head["id"], head["hash"]


def _branch(session: Session, code: str) -> HqBranch:
    branch = session.get(HqBranch, code, with_for_update=True)
    if branch is None:
        raise Refused("unknown branch")
    return branch


def _open_id(session: Session, code: str) -> str | None:
    return session.scalar(select(HqSnapshotManifest.snapshot_id).where(
        HqSnapshotManifest.branch == code, HqSnapshotManifest.state == "open"))


def _drop_open(session: Session, code: str, state: str) -> None:
    """Close the branch's open snapshot (if any) and drop its staged chunks."""
    for row in session.scalars(select(HqSnapshotManifest).where(
            HqSnapshotManifest.branch == code, HqSnapshotManifest.state == "open")):
        row.state, row.closed_at = state, now()
    session.execute(delete(HqSnapshotStaged).where(HqSnapshotStaged.branch == code))


def _alarm(engine: Engine, code: str, reason: str) -> NoReturn:
    """A snapshot refused: head office's "snapshot" alarm, and the refusal."""
    from app.headoffice.alarms import raise_alarm

    raise_alarm(engine, code, "snapshot", reason)
    raise Refused(reason, code="snapshot")
