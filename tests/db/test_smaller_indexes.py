"""Migration 0015 (#19, db_size): the installments' due-date index goes, and the DCB's
repayment index holds `channel` instead of `kind`, so the DCB reads it alone."""

from __future__ import annotations

from datetime import date

from alembic import command

from app.db import migrate
from app.demo import generate_demo
from app.services.reports import dcb_report
from tests import dbfiles

DCB_REPAID = ("SELECT loan_id, sum(CASE WHEN business_date < '2026-11-01' OR channel = "
              "'opening' THEN principal_minor END), sum(interest_minor) FROM journal_entry "
              "WHERE kind = 'repayment' AND business_date <= '2026-11-25' AND loan_id IN "
              "(SELECT id FROM loan WHERE status = 'disbursed') GROUP BY loan_id")


def _indexes(path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    con = dbfiles.connect(path)
    try:
        return {name: sql for name, sql in con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")}
    finally:
        con.close()


def _plan(path, sql: str) -> str:  # type: ignore[no-untyped-def]
    con = dbfiles.connect(path)
    try:
        return " / ".join(r[-1] for r in con.execute("EXPLAIN QUERY PLAN " + sql))
    finally:
        con.close()


def test_a_populated_branch_upgraded_to_0015_keeps_its_rows_and_loses_the_due_date_index(
        tmp_path):
    path = tmp_path / "demo.db"
    generate_demo(path, members=20, years=1, seed=5, today=date(2026, 11, 25))
    command.downgrade(migrate.alembic_config(path), "0012_sessions")
    before = _indexes(path)
    con = dbfiles.connect(path)
    counts = [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
              for t in ("installment", "journal_entry")]
    con.close()

    command.upgrade(migrate.alembic_config(path), "0015_smaller_indexes")

    after = _indexes(path)
    con = dbfiles.connect(path)
    assert [con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("installment", "journal_entry")] == counts
    con.close()
    assert ("ix_installment_due_on" in before, "ix_installment_due_on" in after) == (True, False)
    assert "kind)" in before["ix_journal_repayment_loan"]
    assert "channel)" in after["ix_journal_repayment_loan"]
    assert "WHERE kind = 'repayment'" in after["ix_journal_repayment_loan"]
    assert migrate.current_revision(path) == "0015_smaller_indexes"


def test_at_0015_the_dcb_reads_a_loans_repayments_from_the_index_alone(tmp_path):
    """(0016 reads a period's repayments in date order; 0017 drops this index.)"""
    path = tmp_path / "demo.db"
    generate_demo(path, members=20, years=1, seed=5, today=date(2026, 11, 25))
    command.downgrade(migrate.alembic_config(path), "0015_smaller_indexes")
    plan = _plan(path, DCB_REPAID)
    assert "COVERING INDEX ix_journal_repayment_loan" in plan, plan


def test_the_dcb_gives_the_same_figures_before_and_after_0015(tmp_path):
    from app.db.engine import open_engine

    path = tmp_path / "demo.db"
    generate_demo(path, members=20, years=1, seed=5, today=date(2026, 11, 25))
    engine = open_engine(path)  # today's reports read the caches of 0016: taken at the head
    before = dcb_report(engine, date(2026, 11, 1), date(2026, 11, 25))
    engine.dispose()
    command.downgrade(migrate.alembic_config(path), "0012_sessions")
    migrate.upgrade_database(path)
    engine = open_engine(path)
    after = dcb_report(engine, date(2026, 11, 1), date(2026, 11, 25))
    engine.dispose()
    assert after == before
    assert after.demand_minor > 0
