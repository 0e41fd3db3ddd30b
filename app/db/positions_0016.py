"""The loan position caches and their triggers as migration 0016 made them (dates as ISO
text), frozen: 0016 creates them with this, and 0017's downgrade puts them back. Never
change this to follow app.db.positions — a migration must do at any later time exactly
what it did when it was written."""

from __future__ import annotations

ISO_UNPAID = "principal_minor + interest_minor - paid_principal_minor - paid_interest_minor"
ISO_POSITION = (
    "SELECT loan_id, COUNT(*), SUM(principal_minor), SUM(interest_minor), "
    "SUM(paid_principal_minor), SUM(paid_interest_minor), "
    f"MIN(CASE WHEN {ISO_UNPAID} > 0 THEN due_on END) FROM installment")
ISO_MONTH = "date(due_on, 'start of month')"
ISO_DEMAND = (f"SELECT loan_id, {ISO_MONTH}, SUM(principal_minor), SUM(interest_minor) "
              "FROM installment")


def _iso_position(loan: str) -> str:
    return (f"DELETE FROM loan_position WHERE loan_id = {loan}; "
            f"INSERT INTO loan_position {ISO_POSITION} WHERE loan_id = {loan} "
            "GROUP BY loan_id;")


def _iso_month(loan: str, due: str) -> str:
    start = f"date({due}, 'start of month')"
    return (f"DELETE FROM loan_demand_month WHERE loan_id = {loan} AND month = {start}; "
            f"INSERT INTO loan_demand_month {ISO_DEMAND} WHERE loan_id = {loan} "
            f"AND due_on >= {start} AND due_on < date({start}, '+1 month') "
            "GROUP BY loan_id;")


ISO_TRIGGER_NAMES = ("installment_position_insert", "installment_position_delete",
                     "installment_position_update", "installment_position_move")
ISO_TRIGGERS = (
    f"""CREATE TRIGGER installment_position_insert AFTER INSERT ON installment
        BEGIN {_iso_position('NEW.loan_id')} {_iso_month('NEW.loan_id', 'NEW.due_on')} END""",
    f"""CREATE TRIGGER installment_position_delete AFTER DELETE ON installment
        BEGIN {_iso_position('OLD.loan_id')} {_iso_month('OLD.loan_id', 'OLD.due_on')} END""",
    f"""CREATE TRIGGER installment_position_update AFTER UPDATE OF
        principal_minor, interest_minor, paid_principal_minor, paid_interest_minor, due_on,
        loan_id ON installment
        BEGIN {_iso_position('NEW.loan_id')} END""",
    f"""CREATE TRIGGER installment_position_move AFTER UPDATE OF
        principal_minor, interest_minor, due_on, loan_id ON installment
        WHEN OLD.loan_id IS NOT NEW.loan_id OR OLD.due_on IS NOT NEW.due_on
          OR OLD.principal_minor IS NOT NEW.principal_minor
          OR OLD.interest_minor IS NOT NEW.interest_minor
        BEGIN {_iso_position('OLD.loan_id')} {_iso_month('OLD.loan_id', 'OLD.due_on')}
              {_iso_month('NEW.loan_id', 'NEW.due_on')} END""",
)
