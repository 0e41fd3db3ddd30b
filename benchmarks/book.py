"""A branch's existing book as the old system would hand it over (benchmarks, tests).

`write_sample_book(engine, out, members=…)` writes an .xlsx workbook (or a CSV folder)
for the branch in `engine` — its officers, its active products — with every member in a
group, a compulsory savings account each and an open loan for most, paid as the real
schedule engine says (a few in arrears), and returns the opening trial balance those
rows add up to. Half the loans state installments paid, the others the outstanding
principal: the two ways an old system reports a loan.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Engine, select

from app.db.models import Branch, Holiday, LoanProduct, Staff
from app.domain.money import from_minor, to_minor
from app.domain.products import PROFILES
from app.domain.products import LoanProduct as ProductRule
from app.domain.schedule import Frequency, LoanTerms, build_schedule
from app.services.common import read_session
from app.services.opening_files import SHEETS
from app.services.opening_import import TrialBalance


def _branch(engine: Engine) -> tuple[tuple[date, str], list[str], list[ProductRule],
                                     frozenset[date]]:
    with read_session(engine) as s:
        row = s.scalars(select(Branch)).one()
        branch = (row.business_date, row.policy_profile)
        officers = list(s.scalars(select(Staff.username).where(
            Staff.role == "field_officer", Staff.active.is_(True)).order_by(Staff.id)))
        rules = [ProductRule.from_dict(p.definition) for p in s.scalars(
            select(LoanProduct).where(LoanProduct.active.is_(True)).order_by(LoanProduct.id))]
        holidays = frozenset(s.scalars(select(Holiday.on_date)))
    rules = [r for r in rules if not r.individual and not r.repayment_modes
             and r.frequency is Frequency.WEEKLY] or rules[:1]
    return branch, officers, rules, holidays


def sample_rows(engine: Engine, members: int = 50, per_group: int = 10
                ) -> tuple[dict[str, list[dict[str, str]]], TrialBalance]:
    branch, officers, rules, holidays = _branch(engine)
    on, profile = branch
    working = PROFILES[profile].working_weekdays
    rows: dict[str, list[dict[str, str]]] = {s.key: [] for s in SHEETS}
    outstanding: dict[str, int] = {}
    savings_total = 0
    for g in range(1, -(-members // per_group) + 1):
        weekday = working[g % len(working)]
        rows["groups"].append({"group_id": f"G-{g:04d}", "name_en": f"Padma {g}",
                               "name_bn": f"পদ্মা {g}", "meeting_day": str(weekday),
                               "meeting_time": "10:30", "meeting_place": "School",
                               "village": f"Village {g % 7}",
                               "officer": officers[g % len(officers)],
                               "formation_date": "05/01/2022"})
    for m in range(1, members + 1):
        g = (m - 1) // per_group + 1
        group = rows["groups"][g - 1]
        rows["members"].append({
            "member_id": f"M-{m:05d}", "group_id": group["group_id"],
            "name_en": f"Member {m}", "name_bn": f"সদস্য {m}", "guardian_name": f"Husband {m}",
            "guardian_relation": "husband", "national_id": f"{10**11 + m}",
            "date_of_birth": "1985-03-01", "phone": "", "joining_date": "10/01/2022",
            "household_income": "1,20,000"})
        balance = 1_000_00 + (m % 37) * 100_00
        savings_total += balance
        rows["savings"].append({"account_id": f"S-{m:05d}", "member_id": f"M-{m:05d}",
                                "kind": "compulsory", "balance": f"{balance / 100:.2f}",
                                "opened_on": "10/01/2022", "annual_rate_percent": "4"})
        if m % 10 == 0:
            continue  # no loan at the moment
        rule = rules[m % len(rules)]
        weekday = int(group["meeting_day"])
        count = rule.default_installments
        disbursed = on - timedelta(days=7 * (3 + m % (count - 4)))
        principal = 10_000_00 + (m % 9) * 1_000_00
        schedule = build_schedule(LoanTerms.from_product(
            rule, from_minor(principal), count, disbursed, weekday, holidays)).installments
        due = sum(1 for i in schedule if i.due_on <= on)
        paid = max(0, due - (2 if m % 13 == 0 else 0))  # a few in arrears
        paid = min(paid, count - 1)
        left = to_minor(schedule[paid - 1].balance) if paid else principal
        outstanding[rule.code] = outstanding.get(rule.code, 0) + left
        rows["loans"].append({
            "loan_id": f"L-{m:05d}", "member_id": f"M-{m:05d}", "product": rule.code,
            "repayment_mode": "", "disbursed_on": disbursed.strftime("%d/%m/%Y"),
            "amount": f"{principal / 100:.2f}", "installments": str(count),
            "installments_paid": str(paid) if m % 2 else "",
            "outstanding_principal": "" if m % 2 else f"{Decimal(left) / 100:.2f}"})
    for group in rows["groups"]:  # the day's name, as a person would write it
        group["meeting_day"] = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                "Saturday", "Sunday")[int(group["meeting_day"])]
    cash = 1_50_000_00
    rows["cash"].append({"cash_in_hand": f"{cash / 100:.2f}"})
    return rows, TrialBalance(outstanding, savings_total, cash)


def write_rows(rows: dict[str, list[dict[str, str]]], out: Path) -> Path:
    """The rows as a workbook (out ends in .xlsx) or a folder of CSV files, English
    headers."""
    if out.suffix.lower() == ".xlsx":
        import openpyxl

        workbook = openpyxl.Workbook(write_only=True)
        for spec in SHEETS:
            sheet = workbook.create_sheet(spec.en)
            sheet.append([c.en for c in spec.columns])
            for row in rows[spec.key]:
                sheet.append([row.get(c.key, "") for c in spec.columns])
        workbook.save(out)
        return out
    out.mkdir(parents=True, exist_ok=True)
    for spec in SHEETS:
        with (out / f"{spec.en}.csv").open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f)
            writer.writerow([c.en for c in spec.columns])
            for row in rows[spec.key]:
                writer.writerow([row.get(c.key, "") for c in spec.columns])
    return out


def write_sample_book(engine: Engine, out: Path, members: int = 50
                      ) -> tuple[Path, TrialBalance]:
    rows, tb = sample_rows(engine, members)
    return write_rows(rows, out), tb
