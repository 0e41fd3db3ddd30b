"""SQL that keeps `loan_position` and `loan_demand_month` (app.db.models_positions)
equal to the installments: the triggers, the fill for an existing database, and the
recomputation `shakha db check` compares them with.

Dates are day numbers since 1970 (app.db.base.DayNumber, migration 0017): a month's
first day is the day less its day of the month, less one; the next month's first day
is found through SQLite's calendar ('unixepoch' days)."""

from __future__ import annotations

from typing import Any

from app.db.base import day_date

UNPAID = ("principal_minor + interest_minor - paid_principal_minor - paid_interest_minor")
POSITION_SELECT = (
    "SELECT loan_id, COUNT(*), SUM(principal_minor), SUM(interest_minor), "
    "SUM(paid_principal_minor), SUM(paid_interest_minor), "
    f"MIN(CASE WHEN {UNPAID} > 0 THEN due_on END) FROM installment")


def month_start(day: str) -> str:
    """SQL: the day number of the first day of day number `day`'s month."""
    return f"({day} + 1 - CAST(strftime('%d', {day} * 86400, 'unixepoch') AS INTEGER))"


def next_month_start(day: str) -> str:
    """SQL: the day number of the first day of the month after day number `day`'s."""
    return (f"(CAST(strftime('%s', {day} * 86400, 'unixepoch', 'start of month', "
            "'+1 month') AS INTEGER) / 86400)")


MONTH = month_start("due_on")
DEMAND_SELECT = (f"SELECT loan_id, {MONTH}, SUM(principal_minor), SUM(interest_minor) "
                 "FROM installment")


def _position(loan: str) -> str:
    return (f"DELETE FROM loan_position WHERE loan_id = {loan}; "
            f"INSERT INTO loan_position {POSITION_SELECT} WHERE loan_id = {loan} "
            "GROUP BY loan_id;")


def _month(loan: str, due: str) -> str:
    start = month_start(due)
    return (f"DELETE FROM loan_demand_month WHERE loan_id = {loan} AND month = {start}; "
            f"INSERT INTO loan_demand_month {DEMAND_SELECT} WHERE loan_id = {loan} "
            f"AND due_on >= {start} AND due_on < {next_month_start(due)} "
            "GROUP BY loan_id;")


TRIGGER_NAMES = ("installment_position_insert", "installment_position_delete",
                 "installment_position_update", "installment_position_move")
TRIGGERS = (
    f"""CREATE TRIGGER installment_position_insert AFTER INSERT ON installment
        BEGIN {_position('NEW.loan_id')} {_month('NEW.loan_id', 'NEW.due_on')} END""",
    f"""CREATE TRIGGER installment_position_delete AFTER DELETE ON installment
        BEGIN {_position('OLD.loan_id')} {_month('OLD.loan_id', 'OLD.due_on')} END""",
    # a repayment or its reversal: the paid caches move, the schedule does not
    f"""CREATE TRIGGER installment_position_update AFTER UPDATE OF
        principal_minor, interest_minor, paid_principal_minor, paid_interest_minor, due_on,
        loan_id ON installment
        BEGIN {_position('NEW.loan_id')} END""",
    # a reschedule (amounts or dates change) or a row moved to another loan
    f"""CREATE TRIGGER installment_position_move AFTER UPDATE OF
        principal_minor, interest_minor, due_on, loan_id ON installment
        WHEN OLD.loan_id IS NOT NEW.loan_id OR OLD.due_on IS NOT NEW.due_on
          OR OLD.principal_minor IS NOT NEW.principal_minor
          OR OLD.interest_minor IS NOT NEW.interest_minor
        BEGIN {_position('OLD.loan_id')} {_month('OLD.loan_id', 'OLD.due_on')}
              {_month('NEW.loan_id', 'NEW.due_on')} END""",
)


def fill_all(conn: Any) -> None:
    """Fill both caches from the installments (a connection in a transaction)."""
    conn.exec_driver_sql("DELETE FROM loan_position")
    conn.exec_driver_sql(f"INSERT INTO loan_position {POSITION_SELECT} GROUP BY loan_id")
    conn.exec_driver_sql("DELETE FROM loan_demand_month")
    conn.exec_driver_sql(f"INSERT INTO loan_demand_month {DEMAND_SELECT} "
                         f"GROUP BY loan_id, {MONTH}")


def _iso(day: int | None) -> str:
    return "none" if day is None else day_date(day).isoformat()


def _shown(position: tuple | None) -> tuple | None:
    """A position as a person reads it: its oldest unpaid date as a date."""
    return None if position is None else (*position[:-1], _iso(position[-1]))


def disagreements(conn: Any) -> list[tuple[str, int, str]]:
    """(cache, loan id, what differs) for every loan whose cached position or monthly
    demand is not what its installments say now."""
    out: list[tuple[str, int, str]] = []
    want = {row[0]: tuple(row[1:]) for row in conn.exec_driver_sql(
        f"{POSITION_SELECT} GROUP BY loan_id")}
    have = {row[0]: tuple(row[1:]) for row in conn.exec_driver_sql(
        "SELECT loan_id, installments, principal_minor, interest_minor, paid_principal_minor,"
        " paid_interest_minor, oldest_unpaid_on FROM loan_position")}
    for loan in sorted(set(want) | set(have)):
        if want.get(loan) != have.get(loan):
            out.append(("loan_position", loan, f"cached {_shown(have.get(loan))} but the "
                        f"installments say {_shown(want.get(loan))}"))
    want_m = {(r[0], r[1]): (r[2], r[3]) for r in conn.exec_driver_sql(
        f"{DEMAND_SELECT} GROUP BY loan_id, {MONTH}")}
    have_m = {(r[0], r[1]): (r[2], r[3]) for r in conn.exec_driver_sql(
        "SELECT loan_id, month, principal_minor, interest_minor FROM loan_demand_month")}
    bad = sorted({k[0] for k in set(want_m) | set(have_m) if want_m.get(k) != have_m.get(k)})
    for loan in bad:
        months = sorted(k[1] for k in set(want_m) | set(have_m)
                        if k[0] == loan and want_m.get(k) != have_m.get(k))
        out.append(("loan_demand_month", loan, f"demand of {', '.join(map(_iso, months))}"
                    " differs from its installments"))
    return out
