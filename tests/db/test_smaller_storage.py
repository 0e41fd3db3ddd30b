"""Migration 0017 (#19, db_size): dates as day numbers in the journal and the
installments, no covering copy of the installments, one repayment index, attendance
keyed by (meeting, member) — every row, date and hash as it was."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import migrate
from app.db.base import DayNumber, day_date, day_number
from app.db.check import check_database
from app.db.engine import open_engine
from app.db.ledger import entry_content
from app.db.models import Installment, JournalEntry
from app.db.positions import TRIGGER_NAMES, disagreements, month_start, next_month_start
from app.demo import generate_demo
from tests import dbfiles

TODAY = date(2026, 11, 25)
ISO = "date({col} * 86400, 'unixepoch')"
# each table's rows with their dates as ISO text, whichever way they are stored
ROWS = {
    "installment": "SELECT id, loan_id, number, {due_on}, principal_minor, interest_minor, "
                   "paid_principal_minor, paid_interest_minor, {paid_on} FROM installment "
                   "ORDER BY id",
    "journal_entry": "SELECT id, {business_date}, posted_at, staff_id, kind, member_id, "
                     "loan_id, savings_account_id, meeting_id, amount_minor, principal_minor,"
                     " interest_minor, fee_minor, penalty_minor, channel, reverses_id, reason,"
                     " hash FROM journal_entry ORDER BY id",
    "attendance": "SELECT meeting_id, member_id, status FROM attendance "
                  "ORDER BY meeting_id, member_id",
    "loan_write_off": "SELECT * FROM loan_write_off ORDER BY id",
}
DATES = ("due_on", "paid_on", "business_date")


def _rows(path, stored_as_days: bool) -> dict[str, list[tuple]]:  # type: ignore[no-untyped-def]
    cols = {c: ISO.format(col=c) if stored_as_days else c for c in DATES}
    con = dbfiles.connect(path)
    try:
        return {t: con.execute(sql.format(**cols)).fetchall() for t, sql in ROWS.items()}
    finally:
        con.close()


def _caches(path) -> list[list[tuple]]:  # type: ignore[no-untyped-def]
    con = dbfiles.connect(path)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY 1, 2").fetchall()
                for t in ("loan_position", "loan_demand_month")]
    finally:
        con.close()


def _schema(path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    con = dbfiles.connect(path)
    try:
        return {name: sql or "" for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master")}
    finally:
        con.close()


def _chain(path) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    engine = open_engine(path)
    try:
        with Session(engine) as s:
            return [(e.hash, entry_content(e)) for e in
                    s.scalars(select(JournalEntry).order_by(JournalEntry.id))]
    finally:
        engine.dispose()


@pytest.fixture
def branch_at_0016(tmp_path):  # type: ignore[no-untyped-def]
    """A populated demo branch taken back to 0016, with a write-off that refers to a
    journal row (the journal is rebuilt under it)."""
    path = tmp_path / "demo.db"
    generate_demo(path, members=20, years=1, seed=5, today=TODAY)
    chain = _chain(path)
    command.downgrade(migrate.alembic_config(path), "0016_positions")
    con = dbfiles.connect(path)
    con.execute("INSERT INTO loan_write_off (loan_id, on_date, staff_id, reason, "
                "principal_minor, interest_minor, journal_id, reversed) SELECT loan_id, "
                "business_date, staff_id, 'test', 0, 0, id, 0 FROM journal_entry "
                "WHERE kind = 'disbursement' ORDER BY id DESC LIMIT 1")
    con.commit()
    con.close()
    return path, chain


def test_a_populated_branch_at_0016_keeps_every_row_date_and_hash_through_0017(
        branch_at_0016):
    path, chain = branch_at_0016
    before = _rows(path, stored_as_days=False)
    assert before["loan_write_off"] and all(before[t] for t in ROWS)

    migrate.upgrade_database(path)  # what the app does on its next start

    assert migrate.current_revision(path) == "0017_smaller_storage"
    assert _rows(path, stored_as_days=True) == before
    assert _chain(path) == chain  # the same hashes over the same canonical content
    con = dbfiles.connect(path)
    assert con.execute("SELECT DISTINCT typeof(business_date) FROM journal_entry"
                       ).fetchall() == [("integer",)]
    assert con.execute("SELECT DISTINCT typeof(due_on), typeof(paid_on) FROM installment "
                       "WHERE paid_on IS NOT NULL").fetchall() == [("integer", "integer")]
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    con.close()
    report = check_database(path)
    assert report.ok, report.problems


def test_0017_drops_the_second_copies_and_keeps_the_guards_and_the_cache_triggers(
        branch_at_0016):
    path, _chain_before = branch_at_0016
    before = _schema(path)
    migrate.upgrade_database(path)
    after = _schema(path)

    gone = {"ix_installment_loan_dues", "ix_journal_repayment_loan",
            "sqlite_autoindex_attendance_1"}
    assert gone <= before.keys() and not gone & after.keys()
    assert after["attendance"].rstrip().endswith("WITHOUT ROWID")
    con = dbfiles.connect(path)
    assert [r[1] for r in con.execute("PRAGMA table_info(attendance)")] == [
        "meeting_id", "member_id", "status"]
    con.close()
    assert not [name for name in after if name.startswith("tmp_0017")]
    # the other indexes and every trigger come back (the position triggers rewritten)
    kept = {n for n in before if n.startswith(("ix_", "sqlite_autoindex")) and n not in gone}
    assert kept <= after.keys()
    triggers = {n for n, sql in before.items() if sql.startswith("CREATE TRIGGER")}
    assert triggers <= after.keys() and set(TRIGGER_NAMES) <= triggers
    for name in triggers - set(TRIGGER_NAMES):
        assert after[name] == before[name]


def test_0017_goes_down_to_the_text_dates_and_indexes_it_came_from(branch_at_0016):
    path, _chain_before = branch_at_0016
    before, schema, caches = _rows(path, stored_as_days=False), _schema(path), _caches(path)
    migrate.upgrade_database(path)
    command.downgrade(migrate.alembic_config(path), "0016_positions")

    assert _rows(path, stored_as_days=False) == before
    assert _caches(path) == caches  # filled again by 0016's own (ISO date) SQL
    after = _schema(path)
    assert {n for n in after if n.startswith("ix_")} == {n for n in schema if n.startswith("ix_")}
    assert {n: sql for n, sql in after.items() if n in TRIGGER_NAMES} == {
        n: sql for n, sql in schema.items() if n in TRIGGER_NAMES}


def test_after_0017_the_triggers_keep_the_position_caches_as_dues_are_paid_and_moved(
        branch_at_0016):
    path, _chain_before = branch_at_0016
    migrate.upgrade_database(path)
    con = dbfiles.connect(path)  # raw writes, as an import would (not through the ledger)
    loan, first = con.execute("SELECT loan_id, min(number) FROM installment "
                              "WHERE paid_on IS NULL GROUP BY loan_id HAVING count(*) >= 3 "
                              "LIMIT 1").fetchone()
    con.execute("UPDATE installment SET paid_principal_minor = principal_minor, "
                "paid_interest_minor = interest_minor, paid_on = due_on "
                "WHERE loan_id = ? AND number = ?", (loan, first))
    # a month end crossed, and a year end
    con.execute("UPDATE installment SET due_on = due_on + 40 WHERE loan_id = ? AND number = ?",
                (loan, first + 1))
    con.execute("UPDATE installment SET due_on = ? WHERE loan_id = ? AND number = ?",
                (day_number(date(2026, 12, 31)), loan, first + 2))
    con.commit()
    con.close()
    engine = open_engine(path)
    with engine.connect() as conn:
        assert disagreements(conn) == []
    with Session(engine) as s:
        moved = s.scalars(select(Installment).where(Installment.loan_id == loan,
                                                    Installment.number == first + 2)).one()
        assert moved.due_on == date(2026, 12, 31)  # a date, read through the model
    engine.dispose()


@pytest.mark.parametrize("day", [date(1970, 1, 1), date(1969, 12, 31), date(2024, 2, 29),
                                 date(2026, 11, 25), date(2059, 9, 1), date(2100, 3, 1)])
def test_a_day_number_stores_the_date_as_days_since_1970_and_reads_it_back(day):
    stored = DayNumber().process_bind_param(day, None)
    assert stored == (day - date(1970, 1, 1)).days == day_number(day)
    assert DayNumber().process_result_value(stored, None) == day == day_date(stored)


def test_day_numbers_keep_the_order_of_dates_and_sqlite_finds_their_months(tmp_path):
    days = [date(2023, 12, 1) + timedelta(days=k) for k in range(0, 800, 3)]
    assert sorted(days, key=day_number) == sorted(days)
    con = dbfiles.connect(tmp_path / "x.db", key=None)
    for day in days:
        start, following = con.execute(
            f"SELECT {month_start('?1')}, {next_month_start('?1')}",
            (day_number(day),)).fetchone()
        assert day_date(start) == day.replace(day=1)
        assert day_date(following) == (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    con.close()


def test_0016_run_by_todays_code_makes_its_own_text_date_caches_and_triggers(
        branch_at_0016):
    """0016 is frozen: run again today (0015 → 0016), it makes the caches and triggers
    it made when it was written, not today's day-number ones."""
    path, _chain_before = branch_at_0016
    schema, caches = _schema(path), _caches(path)
    command.downgrade(migrate.alembic_config(path), "0015_smaller_indexes")
    command.upgrade(migrate.alembic_config(path), "0016_positions")

    assert _caches(path) == caches and all(caches)
    con = dbfiles.connect(path)
    assert con.execute("SELECT DISTINCT typeof(oldest_unpaid_on) FROM loan_position "
                       "WHERE oldest_unpaid_on IS NOT NULL").fetchall() == [("text",)]
    con.close()
    after = _schema(path)
    assert {n: sql for n, sql in after.items() if n in TRIGGER_NAMES} == {
        n: sql for n, sql in schema.items() if n in TRIGGER_NAMES}
