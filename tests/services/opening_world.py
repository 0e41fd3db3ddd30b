"""A branch ready to bring in its book: products, officers, an open day (loan_world)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Group, Loan, Member, OutboxEvent, SavingsAccount
from benchmarks.book import sample_rows, write_rows
from tests.services.loan_world import loan_world


def opening_world(engine, tmp_path: Path, members: int = 30, form: str = "csv"):
    world = loan_world(engine, members=1, fund_minor=0)
    rows, tb = sample_rows(engine, members)
    out = tmp_path / ("book.xlsx" if form == "xlsx" else "book")
    return world, rows, tb, write_rows(rows, out)


def counts(engine) -> dict[str, int]:
    with Session(engine) as s:
        return {table.__tablename__: int(s.scalar(select(func.count()).select_from(table))
                                         or 0)
                for table in (Group, Member, Loan, SavingsAccount, OutboxEvent)}
