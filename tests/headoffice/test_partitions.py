"""hq_event and hq_ledger are partitioned by branch on PostgreSQL (migration hq0021,
app.headoffice.partitions): the migration moves every row of an older head office into
its branch's partition, enrolment makes a branch's partitions, an event id is unique
within its branch, and every query head office runs on these tables names the branch,
so PostgreSQL reads that branch's partition only (EXPLAIN) — what lets Citus distribute
the same tables by branch code with no query changed (real PostgreSQL)."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import event, text
from sqlalchemy.exc import IntegrityError

from app.headoffice.bureau.checks import take_requests
from app.headoffice.db import alembic_config, hq_engine
from app.headoffice.ingest import verify_chain
from app.headoffice.partitions import (
    PARTITIONED,
    default_name,
    ensure_branch_partitions,
    partition_name,
)
from app.headoffice.projector import project_branch, rebuild, status
from app.headoffice.requests import ask_branch, branch_requests
from app.headoffice.silent import silent_branches
from tests.sync.pgfixtures import _admin
from tests.sync.world import branch_with_meeting, post_fee, register, sync

ROOT = Path(__file__).resolve().parents[2]
TABLES = PARTITIONED
HQ0021_TABLES = ("hq_event", "hq_ledger")  # what hq0021 partitioned (hq0027: installments)


@pytest.fixture
def fresh_url(hq_url):
    """An empty database of its own (to migrate step by step), dropped after."""
    admin_url, admin = _admin()
    name = f"shakha_part_{uuid.uuid4().hex[:10]}"
    admin.execute(f'CREATE DATABASE "{name}"')
    yield admin_url.rsplit("/", 1)[0] + f"/{name}"
    admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                  f"WHERE datname = '{name}' AND pid <> pg_backend_pid()")
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.close()


def _upgrade(engine, revision: str) -> None:
    with engine.begin() as conn:
        cfg = alembic_config(str(engine.url))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def _downgrade(engine, revision: str) -> None:
    with engine.begin() as conn:
        cfg = alembic_config(str(engine.url))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _events(code: str, count: int) -> list[dict]:
    return [{"branch": code, "epoch": 1, "seq": s, "event_id": f"{code}-ev-{s}",
             "type": "fee.charged", "schema_version": 2, "aggregate_id": str(s),
             "business_date": "2026-11-25", "device_time": "2026-11-25T04:30:00",
             "staff_id": 3, "payload": f'{{"amount_minor":{s}}}', "prev_hash": "0" * 64,
             "hash": f"{s:064d}", "received_at": datetime(2026, 11, 25, 5)}
            for s in range(1, count + 1)]


def _ledger(code: str, count: int) -> list[dict]:
    return [{"branch": code, "journal_id": j, "business_date": datetime(2026, 11, 25).date(),
             "kind": "fee", "amount_minor": 100 * j, "principal_minor": 0,
             "interest_minor": 0, "fee_minor": 100 * j, "penalty_minor": 0,
             "member_id": 7, "channel": "cash"} for j in range(1, count + 1)]


def _insert(conn, table: str, rows: list[dict]) -> None:
    columns = list(rows[0])
    conn.execute(text(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                      f"({', '.join(':' + c for c in columns)})"), rows)


def _rows(conn, table: str) -> list[tuple]:
    order = "branch, journal_id" if table == "hq_ledger" else "branch, id"
    return [tuple(r) for r in conn.execute(text(f"SELECT * FROM {table} ORDER BY {order}"))]


def _where(conn, table: str) -> dict[str, set[str]]:
    """Each branch code -> the partitions (tables) its rows of `table` are stored in."""
    found: dict[str, set[str]] = {}
    for code, part in conn.execute(text(
            f"SELECT DISTINCT branch, tableoid::regclass::text FROM {table}")):
        found.setdefault(code, set()).add(part.strip('"'))
    return found


def _partitions(conn, table: str) -> set[str]:
    return set(conn.scalars(text(
        "SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid "
        "WHERE i.inhparent = CAST(:t AS regclass)"), {"t": table}))


def test_the_migration_moves_every_row_of_two_branches_into_their_own_partitions(
        fresh_url):
    engine = hq_engine(fresh_url)
    try:
        _upgrade(engine, "hq0020")
        with engine.begin() as conn:
            for code in ("BJS-001", "KHL-002"):
                conn.execute(text(
                    "INSERT INTO hq_branch (code, epoch, acked_seq, acked_hash, registered_at)"
                    " VALUES (:c, 1, 40, :h, now())"), {"c": code, "h": "0" * 64})
            # a row of a branch head office never registered is kept as well
            for code, events, ledger in (("BJS-001", 40, 30), ("KHL-002", 25, 12),
                                         ("OLD-9", 3, 2)):
                _insert(conn, "hq_event", _events(code, events))
                _insert(conn, "hq_ledger", _ledger(code, ledger))
            before = {t: _rows(conn, t) for t in HQ0021_TABLES}
            top_id = conn.scalar(text("SELECT max(id) FROM hq_event"))
        _upgrade(engine, "hq0021")  # (hq0023 then drops the id)
        with engine.begin() as conn:
            for table in HQ0021_TABLES:
                assert _rows(conn, table) == before[table]
                assert conn.scalar(text("SELECT relkind FROM pg_class WHERE relname = :t"),
                                   {"t": table}) == "p"
                assert _where(conn, table) == {
                    code: {partition_name(table, code)}
                    for code in ("BJS-001", "KHL-002", "OLD-9")}
                assert _partitions(conn, table) == {
                    *(partition_name(table, c) for c in ("BJS-001", "KHL-002", "OLD-9")),
                    default_name(table)}
            # the event ids keep counting on from the same sequence
            _insert(conn, "hq_event", [{**_events("KHL-002", 26)[-1]}])
            assert conn.scalar(text(
                "SELECT id FROM hq_event WHERE branch = 'KHL-002' AND seq = 26")) > top_id
            after = {t: _rows(conn, t) for t in HQ0021_TABLES}
        _downgrade(engine, "hq0020")  # and back: still every row, in plain tables
        with engine.begin() as conn:
            for table in HQ0021_TABLES:
                assert _rows(conn, table) == after[table]
                assert conn.scalar(text("SELECT relkind FROM pg_class WHERE relname = :t"),
                                   {"t": table}) == "r"
    finally:
        engine.dispose()


def _keys(conn, table: str) -> dict[str, str]:
    """Each key (primary or unique) of `table` -> its columns."""
    return {name: columns for name, columns in conn.execute(text(
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = CAST(:t AS regclass) AND contype IN ('p', 'u')"), {"t": table})}


def test_the_event_keys_migration_keys_events_by_branch_epoch_and_seq(fresh_url):
    """hq0023: hq_event loses its surrogate id; (branch, epoch, seq) is the primary key,
    on every partition; every row is kept; and back, each row numbered again."""
    columns = ", ".join(c for c in _events("X", 1)[0])
    engine = hq_engine(fresh_url)
    try:
        _upgrade(engine, "hq0022")
        with engine.begin() as conn:
            for code, events in (("BJS-001", 40), ("KHL-002", 25)):
                ensure_branch_partitions(conn, code)
                _insert(conn, "hq_event", _events(code, events))
            _insert(conn, "hq_event", _events("OLD-9", 3))  # in the DEFAULT partition
            query = text(f"SELECT {columns} FROM hq_event ORDER BY branch, epoch, seq")
            before = [tuple(r) for r in conn.execute(query)]
        _upgrade(engine, "hq0023")
        with engine.begin() as conn:
            assert [tuple(r) for r in conn.execute(query)] == before
            assert "id" not in set(conn.scalars(text(
                "SELECT column_name FROM information_schema.columns "
                "WHERE table_name = 'hq_event'")))
            for table in ("hq_event", partition_name("hq_event", "BJS-001"),
                          default_name("hq_event")):
                assert sorted(_keys(conn, table).values()) == [
                    "PRIMARY KEY (branch, epoch, seq)", "UNIQUE (branch, event_id)"]
        with pytest.raises(IntegrityError), engine.begin() as conn:
            _insert(conn, "hq_event", [{**_events("BJS-001", 1)[0], "event_id": "new"}])
        _downgrade(engine, "hq0022")
        with engine.begin() as conn:
            assert [tuple(r) for r in conn.execute(query)] == before
            assert conn.scalar(text("SELECT count(DISTINCT id) FROM hq_event")) == 68
            assert sorted(_keys(conn, "hq_event").values()) == [
                "PRIMARY KEY (branch, id)", "UNIQUE (branch, epoch, seq)",
                "UNIQUE (branch, event_id)"]
    finally:
        engine.dispose()



def test_the_key_order_migration_puts_the_branch_last_and_keeps_every_guard(fresh_url):
    """hq0026: hq_event's keys lead with (epoch, seq) and event_id, the branch last, on
    the parent and every partition; event ids compare as bytes; every row is kept; a
    seq or an event id used twice in a branch is still refused, the same event id in
    another branch is not; and back."""
    columns = ", ".join(c for c in _events("X", 1)[0])
    query = text(f"SELECT {columns} FROM hq_event ORDER BY branch, epoch, seq")
    collation = text("SELECT collation_name FROM information_schema.columns "
                     "WHERE table_name = 'hq_event' AND column_name = 'event_id'")
    engine = hq_engine(fresh_url)
    try:
        _upgrade(engine, "hq0025")
        with engine.begin() as conn:
            for code, events in (("BJS-001", 40), ("KHL-002", 25)):
                ensure_branch_partitions(conn, code)
                _insert(conn, "hq_event", _events(code, events))
            _insert(conn, "hq_event", _events("OLD-9", 3))  # in the DEFAULT partition
            before = [tuple(r) for r in conn.execute(query)]
        _upgrade(engine, "hq0026")
        with engine.begin() as conn:
            assert [tuple(r) for r in conn.execute(query)] == before
            assert conn.scalar(collation) == "C"
            for table in ("hq_event", partition_name("hq_event", "BJS-001"),
                          default_name("hq_event")):
                assert sorted(_keys(conn, table).values()) == [
                    "PRIMARY KEY (epoch, seq, branch)", "UNIQUE (event_id, branch)"]
        held = _events("BJS-001", 1)[0]
        for clash in ({**held, "event_id": "new"}, {**held, "seq": 999}):
            with pytest.raises(IntegrityError), engine.begin() as conn:
                _insert(conn, "hq_event", [clash])
        with engine.begin() as conn:  # an event id is unique within its branch only
            _insert(conn, "hq_event", [{**_events("KHL-002", 1)[0], "seq": 999,
                                        "event_id": held["event_id"]}])
            conn.execute(text("DELETE FROM hq_event WHERE branch = 'KHL-002' "
                              "AND seq = 999"))
        _downgrade(engine, "hq0025")
        with engine.begin() as conn:
            assert [tuple(r) for r in conn.execute(query)] == before
            assert conn.scalar(collation) is None
            assert sorted(_keys(conn, "hq_event").values()) == [
                "PRIMARY KEY (branch, epoch, seq)", "UNIQUE (branch, event_id)"]
    finally:
        engine.dispose()


def _installments(code: str, count: int) -> list[dict]:
    return [{"branch": code, "id": i, "loan_id": 7, "number": i,
             "due_on": datetime(2026, 11, 25).date(), "principal_minor": 100 * i,
             "interest_minor": 10 * i, "paid_principal_minor": 0, "paid_interest_minor": 0}
            for i in range(1, count + 1)]


def _fillfactors(conn, table: str) -> dict[str, list | None]:
    return dict(conn.execute(text(
        "SELECT c.relname, c.reloptions FROM pg_class c JOIN pg_inherits i "
        "ON i.inhrelid = c.oid WHERE i.inhparent = CAST(:t AS regclass)"), {"t": table}).all())


def test_the_projection_keys_migration_partitions_installments_and_keys_by_id(fresh_url):
    """hq0027: hq_ledger keyed (journal_id, branch); hq_installment partitioned by branch
    (a partition per branch held, a DEFAULT one, each keeping a fifth of its pages
    free), keyed (id, branch); every row kept; the same id twice in a branch still
    refused, in two branches not; and back."""
    engine = hq_engine(fresh_url)
    try:
        _upgrade(engine, "hq0026")
        with engine.begin() as conn:
            conn.execute(text(
                "INSERT INTO hq_branch (code, epoch, acked_seq, acked_hash, registered_at)"
                " VALUES ('BJS-001', 1, 0, :h, now())"), {"h": "0" * 64})
            ensure_branch_partitions(conn, "BJS-001")
            for code, count in (("BJS-001", 30), ("KHL-002", 12), ("OLD-9", 2)):
                _insert(conn, "hq_installment", _installments(code, count))
                _insert(conn, "hq_ledger", _ledger(code, count))
            before = {t: _rows(conn, t) for t in ("hq_installment", "hq_ledger")}
        _upgrade(engine, "hq0027")
        with engine.begin() as conn:
            for table in ("hq_installment", "hq_ledger"):
                assert _rows(conn, table) == before[table]
            assert _keys(conn, "hq_ledger") == {"pk_hq_ledger": "PRIMARY KEY (journal_id, branch)"}
            parts = {partition_name("hq_installment", c) for c in ("BJS-001", "KHL-002", "OLD-9")}
            assert _partitions(conn, "hq_installment") == {*parts, default_name("hq_installment")}
            assert _where(conn, "hq_installment") == {
                c: {partition_name("hq_installment", c)} for c in ("BJS-001", "KHL-002", "OLD-9")}
            assert set(map(tuple, _fillfactors(conn, "hq_installment").values())) == {
                ("fillfactor=80",)}
            for table in ("hq_installment", *parts):
                assert _keys(conn, table).get("pk_hq_installment", "PRIMARY KEY (id, branch)") \
                    == "PRIMARY KEY (id, branch)"
            ensure_branch_partitions(conn, "NEW-1")  # a branch enrolled later: the same
            assert _fillfactors(conn, "hq_installment")[
                partition_name("hq_installment", "NEW-1")] == ["fillfactor=80"]
            _insert(conn, "hq_installment", [{**_installments("NEW-1", 1)[0]}])
        for clash in ("hq_installment", "hq_ledger"):
            row = (_installments if clash == "hq_installment" else _ledger)("BJS-001", 1)[0]
            with pytest.raises(IntegrityError), engine.begin() as conn:
                _insert(conn, clash, [row])
        with engine.begin() as conn:
            conn.execute(text("DELETE FROM hq_installment WHERE branch = 'NEW-1'"))
        _downgrade(engine, "hq0026")
        with engine.begin() as conn:
            for table in ("hq_installment", "hq_ledger"):
                assert _rows(conn, table) == before[table]
            assert conn.scalar(text("SELECT relkind FROM pg_class WHERE relname = "
                                    "'hq_installment'")) == "r"
            assert _keys(conn, "hq_installment") == {
                "pk_hq_installment": "PRIMARY KEY (branch, id)"}
            assert _keys(conn, "hq_ledger") == {"pk_hq_ledger": "PRIMARY KEY (branch, journal_id)"}
    finally:
        engine.dispose()

def test_enrolment_makes_the_branch_partitions_and_its_rows_land_there(engine, hq):
    with hq.connect() as conn:
        held = {t: _partitions(conn, t) for t in TABLES}
    code = f"PRT-{uuid.uuid4().hex[:6]}"  # the session's database keeps partitions
    assert not any(partition_name(t, code) in held[t] for t in TABLES)
    branch_with_meeting(engine)
    register(hq, engine)  # BJS-001, the meeting world's branch
    post_fee(engine, 5_00)
    assert sync(engine, hq).acked_seq >= 2
    project_branch(hq, "BJS-001", wait=True)
    with hq.begin() as conn:
        for table in TABLES:
            assert partition_name(table, "BJS-001") in _partitions(conn, table)
            assert _where(conn, table) == {"BJS-001": {partition_name(table, "BJS-001")}}
        ensure_branch_partitions(conn, code)  # what enrolling `code` does
        for table in TABLES:
            assert partition_name(table, code) in _partitions(conn, table)


def test_a_row_parked_in_the_default_partition_moves_when_its_branch_is_enrolled(hq):
    code = f"DEF-{uuid.uuid4().hex[:6]}"
    with hq.begin() as conn:
        _insert(conn, "hq_ledger", _ledger(code, 3))
        assert _where(conn, "hq_ledger") == {code: {default_name("hq_ledger")}}
        ensure_branch_partitions(conn, code)
        assert _where(conn, "hq_ledger") == {code: {partition_name("hq_ledger", code)}}
        assert conn.scalar(text("SELECT count(*) FROM hq_ledger WHERE branch = :c"),
                           {"c": code}) == 3


@pytest.mark.parametrize("hq", ["postgresql", "sqlite"], indirect=True)
def test_an_event_id_is_unique_within_its_branch_not_across_branches(hq):
    with hq.begin() as conn:
        _insert(conn, "hq_event", _events("BJS-001", 1))
        _insert(conn, "hq_event", [{**_events("BJS-001", 1)[0], "branch": "KHL-002"}])
        assert conn.scalar(text("SELECT count(DISTINCT event_id) FROM hq_event")) == 1
    with pytest.raises(IntegrityError), hq.begin() as conn:
        _insert(conn, "hq_event", [{**_events("BJS-001", 2)[1], "event_id": "BJS-001-ev-1"}])


# raw SQL in head office's code that reads or changes one of the partitioned tables
RAW = re.compile(r"(?:FROM|UPDATE|INTO|JOIN)\s+(hq_event|hq_ledger|hq_installment)\b(?!_)",
                 re.I)


def test_every_raw_sql_statement_on_the_partitioned_tables_names_the_branch():
    found = 0
    for path in sorted((ROOT / "app" / "headoffice").rglob("*.py")):
        source = path.read_text()
        for match in RAW.finditer(source):
            statement = source[match.start():match.start() + 240]
            if re.match(r"(?:INTO)\s", statement, re.I) or "COPY" in source[
                    max(0, match.start() - 20):match.start()]:
                continue  # COPY / INSERT route each row by its own branch
            found += 1
            assert re.search(r"\bbranch\s*=", statement), (path, statement)
    assert found >= 1  # the check sees the statements it is about


def test_every_query_head_office_runs_on_the_partitioned_tables_reads_one_branch(
        engine, hq):
    """The whole round — enrolment, two syncs, projection, rebuild, verify, status,
    requests, bureau check requests, silent branches — with every statement on hq_event
    and hq_ledger recorded, then EXPLAINed: each reads its branch's partition only."""
    with hq.begin() as conn:
        ensure_branch_partitions(conn, "OTHER-1")  # a partition each query must skip
    seen: list[tuple[str, dict]] = []

    def record(conn, cursor, statement, parameters, context, executemany):  # noqa: ANN001
        if not executemany and re.search(r"\b(hq_event|hq_ledger|hq_installment)\b",
                                         statement) and \
                statement.lstrip().upper().startswith(("SELECT", "UPDATE", "DELETE")):
            seen.append((statement, dict(parameters or {})))

    event.listen(hq, "before_cursor_execute", record)
    try:
        branch_with_meeting(engine)
        register(hq, engine)
        post_fee(engine, 5_00)
        sync(engine, hq)
        post_fee(engine, 7_00)
        sync(engine, hq)
        project_branch(hq, "BJS-001", wait=True)
        rebuild(hq, "BJS-001")
        assert verify_chain(hq, "BJS-001")[1] is None
        status(hq)
        ask_branch(hq, "BJS-001", "the cash book of 25 November, please", by="Rina")
        branch_requests(hq, include_answered=True)
        take_requests(hq)
        silent_branches(hq, 3)
    finally:
        event.remove(hq, "before_cursor_execute", record)
    assert len(seen) >= 8
    mine = {partition_name(t, "BJS-001") for t in TABLES}
    with hq.connect() as conn:
        every = set().union(*(_partitions(conn, t) for t in TABLES))
        for statement, parameters in seen:
            plan = "\n".join(conn.exec_driver_sql("EXPLAIN " + statement,
                                                  parameters).scalars())
            scanned = {p for p in every if re.search(rf"\b{p}\b", plan)}
            assert scanned <= mine, (statement, plan)


def _batch(code: str, events: list[dict]) -> dict:
    from app.sync.wire import pack_events

    return pack_events(code, 1, events)


def _chained(ids: list[str], prev: str) -> list[dict]:
    from app.sync.canonical import canonical_json, chain_hash
    from app.sync.wire import HASHED

    out = []
    for seq, event_id in enumerate(ids, start=1):
        event = {"seq": seq, "event_id": event_id, "epoch": 1, "type": "fee.charged",
                 "schema_version": 2, "aggregate_id": "7", "business_date": "2026-11-25",
                 "device_time": "2026-11-25T04:30:00.123456", "staff_id": 3,
                 "payload": canonical_json({"amount_minor": seq}), "prev_hash": prev}
        event["hash"] = prev = chain_hash(prev, {k: event[k] for k in HASHED})
        out.append(event)
    return out


@pytest.mark.parametrize("hq", ["postgresql", "sqlite"], indirect=True)
def test_a_reused_event_id_is_refused_within_its_branch_and_free_in_another(hq):
    from sqlalchemy.orm import Session

    from app.headoffice.ingest import Refused, ingest
    from app.headoffice.models import HqAlarm, HqBranch
    from app.sync.canonical import GENESIS_HASH

    with Session(hq) as s, s.begin():
        for code in ("RID-001", "RID-002"):
            s.add(HqBranch(code=code, epoch=1, acked_seq=0, acked_hash=GENESIS_HASH,
                           registered_at=datetime(2026, 11, 25)))
            s.flush()
            ensure_branch_partitions(s.connection(), code)
    first = _chained(["0190-same", "0190-other"], GENESIS_HASH)
    assert ingest(hq, "RID-001", _batch("RID-001", first[:1])).acked_seq == 1
    assert ingest(hq, "RID-002", _batch("RID-002", first[:1])).acked_seq == 1  # its own
    again = _chained(["0190-same", "0190-same"], GENESIS_HASH)[1:]  # seq 2, id of seq 1
    again[0]["prev_hash"] = first[0]["hash"]
    from app.sync.canonical import chain_hash
    from app.sync.wire import HASHED

    again[0]["hash"] = chain_hash(first[0]["hash"], {k: again[0][k] for k in HASHED})
    with pytest.raises(Refused, match="0190-same is used twice|is used twice"):
        ingest(hq, "RID-001", _batch("RID-001", again))
    with hq.connect() as conn:
        assert conn.execute(text("SELECT branch, seq FROM hq_event WHERE branch LIKE 'RID%' "
                                 "ORDER BY branch, seq")).all() == [("RID-001", 1),
                                                                    ("RID-002", 1)]
    with Session(hq) as s:
        assert [a.kind for a in s.query(HqAlarm).filter_by(branch="RID-001")] == ["malformed"]
        assert s.get(HqBranch, "RID-001").acked_seq == 1
