"""The projector's rows reach PostgreSQL in its binary COPY format written in C
(app.sync._fastchain.copy_binary, from projection_write._copy): every table's rows are
stored exactly as psycopg's own write_row stores them — integers at their limits,
NULLs, Bengali and escapes in texts, days on either side of 2000 and leap days — and a
row C leaves aside goes through psycopg (real PostgreSQL)."""

from __future__ import annotations

import pytest

from app.headoffice import projection_write
from app.headoffice.row_shapes import IMAGES, LEDGER, Shape

_TEXTS = ["", "শ্রাবণী ঘোষ", "a\tb\\c\n\"d\"", "😀", "x"]
_DAYS = ["2000-01-01", "1999-12-31", "2024-02-29", "0001-01-01", "9999-12-31", "2026-11-25"]


def _value(kind: tuple, i: int, j: int):
    name, nullable, limit = kind
    if nullable and (i + j) % 4 == 3:
        return None
    if name == "int":
        return [0, 1, -1, limit - 1, -limit][(i + j) % 5] if j else i + 1  # ids unique
    if name == "text":
        return _TEXTS[(i + j) % len(_TEXTS)][:limit]
    return _DAYS[(i + j) % len(_DAYS)]


def _rows(shape: Shape, count: int) -> list[list]:
    return [[_value(kind, i, j) for j, kind in enumerate(shape.kinds)]
            for i in range(count)]


def _stored(cur, shape: Shape, rows: list[list], c_loop: bool, monkeypatch) -> list:
    table = f"copied_{'c' if c_loop else 'py'}_{shape.table}"
    cur.execute(f"CREATE TEMPORARY TABLE {table} (LIKE {shape.table})")
    with monkeypatch.context() as patch:
        if not c_loop:
            patch.setattr(projection_write, "_fastchain", None)
        projection_write._copy(cur, table, shape, "বাংলা-001", rows)
    cur.execute(f"SELECT * FROM {table} ORDER BY {shape.columns[0]}")
    return cur.fetchall()


@pytest.mark.parametrize("shape", [LEDGER, *IMAGES.values()], ids=lambda s: s.table)
def test_rows_copied_by_the_c_loop_are_stored_as_psycopg_stores_them(hq, shape, monkeypatch):
    if projection_write._fastchain is None:
        pytest.skip("the C loop was not built here (tests/sync/test_fastchain.py fails CI)")
    rows = _rows(shape, 40)
    assert all(shape.valid(r) for r in rows)
    unusual = [*rows[1:], tuple(rows[0])]  # not a list: left to psycopg (and stored)
    raw = hq.raw_connection()
    try:
        with raw.driver_connection.cursor() as cur:
            for batch in (rows, unusual):
                stored = _stored(cur, shape, batch, True, monkeypatch)
                assert stored == _stored(cur, shape, batch, False, monkeypatch)
                assert len(stored) == len(batch)
                cur.execute("DISCARD TEMP")
            assert projection_write._fastchain.copy_binary(
                "x", unusual, projection_write._kinds(shape.pg_types)) is None
    finally:
        raw.rollback()
        raw.close()


