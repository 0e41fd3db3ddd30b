"""First sync of a branch with history: a snapshot announced by a manifest, uploaded in
resumable chunks, applied all at once at its finish — or not at all.

A branch whose years of data predate its outbox sends its tables (groups, members,
loans, installments, journal) as a snapshot (SYNC.md, Trust):

1. the manifest first — per table the row count and a digest (SHA-256 over the
   canonical rows in id order, app.sync.snapshot), the journal head (id, hash) and the
   outbox cursor (seq, hash). Head office records it as the branch's open snapshot;
2. chunks named `table:first_id`, each checked like the rows events carry and staged
   in head office's database (hq_snapshot_staged, not applied; nothing of a snapshot
   is held in the server's memory between requests); a chunk with no open manifest, or
   not of the open one, is refused with a "snapshot" alarm. Staged chunks are
   remembered, so a broken upload — or a restart of `hq serve` — resumes: announced
   again unchanged, the manifest is answered with the chunks held;
3. the finish: the staged chunks are read back one at a time, in order, each checked
   and applied; the rows must match the manifest's counts and digests, and the journal
   chain recomputed over the journal rows received must reach the announced head.
   All of it is one transaction (each chunk kept, with where the projector stood, for
   `hq project --rebuild`); if anything differs, it is rolled back, nothing is applied,
   the staged chunks are dropped and a "snapshot" alarm is raised.

The manifest's outbox cursor (seq, hash) says of which state of the branch's stream
the snapshot is: it must agree with the events head office holds of that branch. Never
behind them (a snapshot older than head office's stream would set its tables back);
exactly where they end, the same event; beyond them, the batch that later reaches the
cursor must have that very event there (`check_outbox_cursor`, in the upload's
transaction). Otherwise the manifest, the finish or the batch is refused with a
"snapshot" alarm, as a fork (a restored branch goes on in a new epoch).

Once a snapshot is finished (`HqBranch.snapshot_id`), every manifest, chunk and other
finish is refused with a "snapshot" alarm: after that, rows reach head office's ledger
only inside chained, signed events.
"""

from __future__ import annotations

import re
from typing import Any, NoReturn

from sqlalchemy import Engine, delete, func, insert, select
from sqlalchemy.orm import Session, object_session

from app.headoffice.ingest import Refused, now
from app.headoffice.models import HqBranch, HqSnapshotChunk
from app.headoffice.models_trust import HqSnapshotManifest, HqSnapshotStaged
from app.headoffice.projection import snapshot_rows
from app.headoffice.projection_write import write
from app.headoffice.projector import lock_cursor
from app.sync.canonical import GENESIS_HASH, canonical_json, chain_hash, json_object
from app.sync.snapshot_manifest import JOURNAL_HASHED_FIELDS, SNAPSHOT_TABLES, TableDigest

_HEX64 = re.compile(r"[0-9a-f]{64}")
# rows in one chunk (the branch cuts 5,000, app.sync.snapshot): what the finish holds
MAX_CHUNK_ROWS = 10_000


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
    if len(rows) > MAX_CHUNK_ROWS:
        raise Refused(f"a snapshot chunk holds at most {MAX_CHUNK_ROWS} rows",
                      code="malformed")
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
    refused, refusal = None, "snapshot"
    with Session(engine) as session, session.begin():
        branch = _branch(session, code)
        if branch.snapshot_id == snapshot_id:  # announced again after a lost answer
            return {"snapshot_id": snapshot_id, "chunks": [], "finished": True}
        if branch.snapshot_id is not None:
            refused = (f"snapshot manifest {snapshot_id} refused: branch {code}'s first "
                       f"sync finished with snapshot {branch.snapshot_id}")
        else:
            row = session.get(HqSnapshotManifest, (code, snapshot_id))
            why = _cursor_mismatch(branch, json_object(text)["outbox"])
            if why is not None:
                refused, refusal = f"snapshot manifest {snapshot_id} refused: {why}", "fork"
        if refused is None:
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
    assert refused is not None
    _alarm(engine, code, refused, refusal)


class _Mismatch(Exception):
    """The staged chunks are not the announced snapshot: nothing of it is applied."""


def finish_snapshot(engine: Engine, code: str, snapshot_id: str) -> dict[str, Any]:
    """Check the open snapshot's staged chunks against its manifest and apply them all
    in one transaction; refused with an alarm, nothing applied, if anything differs.

    The chunks are read from the staging table one at a time, each checked (id order,
    counts, digests, the journal chain) and applied as it is read: the finish holds one
    chunk in memory, whatever the branch's size. Anything that differs rolls the whole
    transaction back."""
    try:
        with Session(engine) as session, session.begin():
            branch = _branch(session, code)
            if branch.snapshot_id == snapshot_id:
                return {"snapshot_id": snapshot_id}  # the same finish again changes nothing
            if branch.snapshot_id is not None:
                refused = (f"snapshot {snapshot_id[:40]} refused: branch {code}'s first "
                           f"sync finished with snapshot {branch.snapshot_id}")
            elif _open_id(session, code) != snapshot_id:
                refused = (f"snapshot {snapshot_id[:40]} refused: no manifest of it is "
                           f"open for branch {code}")
            else:
                row = session.get(HqSnapshotManifest, (code, snapshot_id))
                assert row is not None
                manifest = json_object(row.manifest)
                why = _cursor_mismatch(branch, manifest["outbox"])
                if why is not None:
                    raise _Mismatch(why, "fork")
                _apply_checked(session, branch, snapshot_id, manifest)
                _anchor_at_head(branch, manifest["journal_head"])
                row.state, row.closed_at = "finished", now()
                if manifest["outbox"]["seq"] > branch.acked_seq:
                    branch.snapshot_pending = manifest["outbox"]["seq"]  # reached later
                session.execute(delete(HqSnapshotStaged).where(
                    HqSnapshotStaged.branch == code))
                return {"snapshot_id": snapshot_id}
    except _Mismatch as exc:
        with Session(engine) as session, session.begin():
            _drop_open(session, code, "refused")
        _alarm(engine, code, f"snapshot {snapshot_id} refused, nothing of it applied: "
                             f"{exc.args[0]}", exc.args[1] if len(exc.args) > 1 else "snapshot")
    _alarm(engine, code, refused)


# -- the outbox cursor ------------------------------------------------------------------

def _cursor_mismatch(branch: HqBranch, outbox: dict[str, Any]) -> str | None:
    """Why the manifest's outbox cursor cannot be where the branch's event stream stands
    at head office, or None. The snapshot is the branch's state as of its outbox cursor,
    and the events head office holds are that same outbox's beginning: the cursor is
    never behind them (a snapshot older than what head office holds would set its
    tables back), and when it is exactly where they end it is the same event. Beyond
    them, the stream must still reach it (`check_outbox_cursor`)."""
    seq, hash_ = outbox["seq"], outbox["hash"]
    if seq < branch.acked_seq:
        return (f"its outbox cursor is event {seq}, but head office already holds the "
                f"branch's events up to {branch.acked_seq}: the snapshot is older than "
                "the branch's own stream")
    if seq == branch.acked_seq and hash_ != branch.acked_hash:
        return (f"its outbox cursor is event {seq}, but the event {seq} head office holds "
                "is another: the snapshot is not of this branch's stream")
    return None


def check_outbox_cursor(branch: HqBranch, new_events: list[dict[str, Any]]) -> None:
    """In the upload's transaction: when the branch's finished snapshot announced an
    outbox cursor head office's stream had not reached (`HqBranch.snapshot_pending`),
    the batch that reaches it must have that very event there; refused with a
    "snapshot" alarm otherwise (the snapshot's tables are not the state of the stream
    head office holds). Costs nothing once the cursor is reached."""
    pending = branch.snapshot_pending
    if pending is None or new_events[-1]["seq"] < pending:
        return
    session = object_session(branch)
    assert session is not None
    row = session.get(HqSnapshotManifest, (branch.code, branch.snapshot_id))
    cursor = json_object(row.manifest).get("outbox") if row is not None else None
    first = new_events[0]["seq"]
    if cursor is not None and cursor.get("seq") == pending and first <= pending:
        event = new_events[pending - first]
        if event["seq"] != pending or event["hash"] != cursor.get("hash"):
            raise Refused(f"event {pending} is not the one the branch's snapshot "
                          f"{branch.snapshot_id} announced as its outbox cursor: the "
                          "snapshot's tables are not the state of these events",
                          alarm="snapshot", code="fork")
    branch.snapshot_pending = None


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


def _chunk_names(session: Session, code: str, snapshot_id: str) -> list[tuple[str, str]]:
    """(chunk, table) of the staged chunks in the manifest's order: by table, then by
    the first id the chunk's name gives (names only: the bodies are read one by one)."""
    found = []
    for name in session.scalars(select(HqSnapshotStaged.chunk).where(
            HqSnapshotStaged.branch == code, HqSnapshotStaged.snapshot_id == snapshot_id)):
        table, _, first = name.partition(":")
        if table not in SNAPSHOT_TABLES:
            raise _Mismatch(f"chunk {name} is of no table of the snapshot")
        found.append((SNAPSHOT_TABLES.index(table), int(first) if first.isdigit() else -1,
                      name, table))
    return [(name, table) for _i, _first, name, table in sorted(found)]


class _JournalChain:
    """The journal chain recomputed over the rows received, row by row: every row's
    hash must follow from the row before's and its own fields. The first break is
    kept and told after the counts and digests (which name the table)."""

    def __init__(self) -> None:
        self.id, self.hash = 0, GENESIS_HASH
        self.problem: str | None = None

    def add(self, rows: list[dict[str, Any]]) -> None:
        for row in rows:
            if self.problem is not None:
                return
            if row.get("id") != self.id + 1:
                self.problem = f"journal row {self.id + 1} is missing from the snapshot"
                return
            try:
                expected = chain_hash(self.hash, {f: row[f] for f in JOURNAL_HASHED_FIELDS})
            except (KeyError, TypeError):
                self.problem = (f"journal row {row.get('id')} lacks the fields its hash "
                                "covers")
                return
            if expected != row.get("hash"):
                self.problem = f"journal row {row['id']} does not follow the chain (altered)"
                return
            self.id, self.hash = row["id"], expected

    def reaches(self, head: dict[str, Any]) -> None:
        if self.problem is not None:
            raise _Mismatch(self.problem)
        if (self.id, self.hash) != (head["id"], head["hash"]):
            raise _Mismatch(f"the journal chain received ends at row {self.id}, not at "
                            f"the announced head {head['id']}")


def _apply_checked(session: Session, branch: HqBranch, snapshot_id: str,
                   manifest: dict[str, Any]) -> None:
    """Every staged chunk, read one at a time, checked against the manifest and applied
    to the consolidated tables in this one transaction; each kept with where the
    projector stands, to be applied there again by a rebuild. Raises _Mismatch (the
    caller's transaction then rolls everything back) when the rows received are not the
    announced snapshot."""
    code = branch.code
    position = lock_cursor(session, code, wait=True)
    number = session.scalar(select(func.count()).select_from(HqSnapshotChunk)
                            .where(HqSnapshotChunk.branch == code)) or 0
    digests = {table: TableDigest() for table in SNAPSHOT_TABLES}
    last_id: dict[str, int] = {}
    journal = _JournalChain()
    for name, table in _chunk_names(session, code, snapshot_id):
        body = session.scalar(select(HqSnapshotStaged.body).where(
            HqSnapshotStaged.branch == code, HqSnapshotStaged.snapshot_id == snapshot_id,
            HqSnapshotStaged.chunk == name))
        data = json_object(body or "{}")
        rows = data.get("rows")
        if data.get("table") != table or not isinstance(rows, list):
            raise _Mismatch(f"chunk {name} no longer reads")
        previous = last_id.get(table, -1)
        for row in rows:
            row_id = row.get("id") if isinstance(row, dict) else None
            if type(row_id) is not int or row_id <= previous:
                raise _Mismatch(f"the {table} rows are not in id order or an id comes "
                                "twice")
            previous = row_id
        last_id[table] = previous
        digests[table].add(rows)
        if table == "journal_entry":
            journal.add(rows)
        gathered = snapshot_rows(table, rows)
        if gathered is None:  # checked when staged; a row changed in the database since
            raise _Mismatch(f"snapshot chunk {name} no longer reads")
        write(session, code, branch.epoch, gathered)
        number += 1
        session.execute(insert(HqSnapshotChunk).values(
            branch=code, snapshot_id=snapshot_id, chunk=name, rows=len(rows),
            received_at=now(), body=body, after_epoch=position.epoch if position else None,
            after_seq=position.seq if position else None, number=number))
        del data, rows, gathered, body
    for table in SNAPSHOT_TABLES:
        announced, received = manifest["tables"][table], digests[table].as_dict()
        if received["count"] != announced["count"]:
            raise _Mismatch(f"{received['count']} {table} rows received, the manifest "
                            f"announced {announced['count']}")
        if received["digest"] != announced["digest"]:
            raise _Mismatch(f"the {table} rows received differ from the manifest's digest")
    journal.reaches(manifest["journal_head"])
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


def _alarm(engine: Engine, code: str, reason: str, refusal: str = "snapshot") -> NoReturn:
    """A snapshot refused: head office's "snapshot" alarm, and the refusal ("fork" when
    the snapshot is not of the stream head office holds: a restored branch, which goes
    on in a new epoch)."""
    from app.headoffice.alarms import raise_alarm

    raise_alarm(engine, code, "snapshot", reason)
    raise Refused(reason, code=refusal)
