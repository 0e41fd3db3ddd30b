"""hq_event, hq_ledger and hq_installment are split by branch (PostgreSQL declarative
LIST partitioning).

Each enrolled branch has a partition of its own in each table (made when the branch is
registered, `ensure_branch_partitions`), and a DEFAULT partition catches a row of a
branch that has none yet (a safety net: it is moved out when that branch's partition is
made). Every query on these tables names the branch, so PostgreSQL reads one partition
only, and on Citus the same tables can be distributed by the branch code with no query
changed (README, "Scaling head office").

The one-machine SQLite trial keeps plain tables: everything here does nothing there.
"""

from __future__ import annotations

import hashlib
import re

from sqlalchemy import Connection, text

PARTITIONED = ("hq_event", "hq_ledger", "hq_installment")
# A partition's own storage settings (a partitioned table keeps none): each repayment's
# image replaces a held installment in place when its page has room (hq0024, hq0027).
STORAGE = {"hq_installment": " WITH (fillfactor = 80)"}


def partition_name(table: str, code: str) -> str:
    """The partition of `table` for branch `code`: a plain lower-case identifier (a code
    with other characters gets a short digest, so two codes never share a name)."""
    plain = re.sub(r"[^a-z0-9_]", "_", code.lower())
    if plain != code.lower() or code != code.lower():
        plain += "_" + hashlib.sha256(code.encode()).hexdigest()[:8]
    return f"{table}_b_{plain}"


def partition_identifier(table: str, code: str) -> str:
    """partition_name quoted, as a statement (or to_regclass) takes it."""
    return f'"{partition_name(table, code)}"'


def default_name(table: str) -> str:
    return f"{table}_default"


def is_partitioned(conn: Connection, table: str) -> bool:
    if conn.dialect.name != "postgresql":
        return False
    return bool(conn.scalar(text(
        "SELECT count(*) FROM pg_partitioned_table p JOIN pg_class c ON c.oid = p.partrelid "
        "WHERE c.relname = :t AND c.relnamespace = to_regnamespace(current_schema())"),
        {"t": table}))


def ensure_branch_partitions(conn: Connection, code: str) -> None:
    """Make branch `code`'s partitions of the PARTITIONED tables if missing (in the
    caller's transaction: an enrolment that fails leaves none behind). Rows of that
    branch already in the DEFAULT partition are moved into the new one."""
    for table in PARTITIONED:
        if not is_partitioned(conn, table):
            continue
        name = partition_name(table, code)
        if conn.scalar(text("SELECT to_regclass(:n)"), {"n": name}) is not None:
            continue
        default = default_name(table)
        held = conn.scalar(text(f'SELECT 1 FROM "{default}" WHERE branch = :c LIMIT 1'),
                           {"c": code}) if conn.scalar(
            text("SELECT to_regclass(:n)"), {"n": default}) is not None else None
        # DDL takes no bound parameters (and text() reads ":x" as one)
        literal = code.replace("'", "''").replace(":", "\\:")
        if held is None:
            conn.execute(text(f'CREATE TABLE "{name}" PARTITION OF {table} '
                              f"FOR VALUES IN ('{literal}')" + STORAGE.get(table, "")))
            continue
        # the DEFAULT partition holds rows of this branch: move them, then attach
        conn.execute(text(f'CREATE TABLE "{name}" (LIKE {table} INCLUDING DEFAULTS)'
                          + STORAGE.get(table, "")))
        conn.execute(text(f'WITH moved AS (DELETE FROM "{default}" WHERE branch = :c '
                          f'RETURNING *) INSERT INTO "{name}" SELECT * FROM moved'),
                     {"c": code})
        conn.execute(text(f'ALTER TABLE {table} ATTACH PARTITION "{name}" '
                          f"FOR VALUES IN ('{literal}')"))
