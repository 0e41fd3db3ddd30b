"""Bringing in the branch's existing book: dry run, reconciliation, one-transaction commit.

`dry_run_import(engine, path, trial_balance)` reads the file (app.services.opening_files),
checks every row against the branch (app.services.opening_plan) and returns, row by
row, what is wrong and what would be created, with the totals and — when the manager
has typed the opening trial balance — how they compare. Nothing is written.

`commit_import(engine, actor, path, trial_balance)` does the same inside one unit of
work and writes only when there is no problem and the totals equal the trial balance
(outstanding principal per product, savings, cash): groups, members, savings accounts,
open loans with their regenerated schedules and the opening journal — per loan its
disbursement and what was repaid before going live, per account its balance, the cash
in the safe — all on channel "opening" (no cash moves: it moved in the old system; the
safe's cash is the `opening_cash` row). Each group's rows go to head office as one
`opening.group_imported` event (with their images), then `opening.imported` closes it.
Running it again creates nothing twice: the old ids are kept (opening_import_ref).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from app.db.uow import Actor, UnitOfWork
from app.errors import QT_TR_NOOP, Amount, Phrase, RuleViolation
from app.services import roles
from app.services.common import read_session, require_open_day
from app.services.opening_files import Problem, read_book
from app.services.opening_plan import Planned, outstanding_minor, plan_book
from app.services.roles import require

IMPORT_ROLES = ("branch_manager",)


@dataclass(frozen=True)
class TrialBalance:
    """The opening trial balance the manager types: minor units."""

    outstanding_by_product: dict[str, int]
    savings_minor: int
    cash_minor: int


@dataclass(frozen=True)
class Line:
    """One row's outcome: what would be created (or is already there)."""

    sheet: str
    row: int
    text: str
    params: dict[str, Any]


@dataclass(frozen=True)
class Totals:
    created: dict[str, int]  # sheet -> records that would be (or were) created
    already: dict[str, int]  # sheet -> records an earlier import brought in
    outstanding_by_product: dict[str, int]
    savings_minor: int
    cash_minor: int


@dataclass(frozen=True)
class ImportReport:
    problems: tuple[Problem, ...]
    lines: tuple[Line, ...]
    totals: Totals
    differences: tuple[Problem, ...] = ()
    committed: bool = False
    batch: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def reconciled(self) -> bool:
        return self.ok and not self.differences


def _lines(p: Planned) -> list[Line]:
    out: list[Line] = []
    done = QT_TR_NOOP("{id}: already imported; left as it is.")
    kinds = {"compulsory": Phrase(QT_TR_NOOP("compulsory")),
             "voluntary": Phrase(QT_TR_NOOP("voluntary"))}
    for g in p.groups.values():
        out.append(Line("groups", g.row, done, {"id": g.old_id}) if g.done
                   else Line("groups", g.row, QT_TR_NOOP(
                       "Group {id} {name}: would be created."), {"id": g.old_id,
                                                                 "name": g.name_en}))
    for m in p.members.values():
        out.append(Line("members", m.row, done, {"id": m.old_id}) if m.done
                   else Line("members", m.row, QT_TR_NOOP(
                       "Member {id} {name} in group {group}: would be created."),
                       {"id": m.old_id, "name": m.name_en, "group": m.group}))
    for loan in p.loans.values():
        out.append(Line("loans", loan.row, done, {"id": loan.old_id})
                   if loan.done else Line("loans", loan.row, QT_TR_NOOP(
                       "Loan {id} ({product}) of {member}: {amount} paid out on {date}, "
                       "{paid} installments paid, {outstanding} outstanding."),
                       {"id": loan.old_id, "product": loan.rule.code, "member": loan.member,
                        "amount": Amount(loan.principal_minor),
                        "date": loan.disbursed.isoformat(),
                        "paid": loan.position.installments_paid,
                        "outstanding": Amount(outstanding_minor(loan))}))
    for a in p.savings.values():
        out.append(Line("savings", a.row, done, {"id": a.old_id})
                   if a.done else Line("savings", a.row, QT_TR_NOOP(
                       "Savings {id} ({kind}) of {member}: balance {balance}."),
                       {"id": a.old_id, "kind": kinds[a.kind], "member": a.member,
                        "balance": Amount(a.balance_minor)}))
    return out


def _totals(p: Planned) -> Totals:
    created: dict[str, int] = defaultdict(int)
    already: dict[str, int] = defaultdict(int)
    for sheet, records in (("groups", p.groups), ("members", p.members),
                           ("loans", p.loans), ("savings", p.savings)):
        for rec in records.values():
            (already if rec.done else created)[sheet] += 1
    outstanding: dict[str, int] = defaultdict(int)
    for loan in p.loans.values():
        outstanding[loan.rule.code] += outstanding_minor(loan)
    return Totals(dict(created), dict(already), dict(sorted(outstanding.items())),
                  sum(a.balance_minor for a in p.savings.values()), p.cash_minor or 0)


def reconcile(totals: Totals, tb: TrialBalance) -> list[Problem]:
    """Every figure of the trial balance the file's totals do not equal."""
    out = []
    differ = QT_TR_NOOP("{what}: the file adds up to {file}, the trial balance says {typed}.")
    for code in sorted(set(totals.outstanding_by_product) | set(tb.outstanding_by_product)):
        have, typed = totals.outstanding_by_product.get(code, 0), \
            tb.outstanding_by_product.get(code, 0)
        if have != typed:
            out.append(Problem("trial_balance", 0, code, differ, {
                "what": code, "file": Amount(have), "typed": Amount(typed)}))
    for what, word, have, typed in (
            ("savings", QT_TR_NOOP("Savings"), totals.savings_minor, tb.savings_minor),
            ("cash", QT_TR_NOOP("Cash in the safe"), totals.cash_minor, tb.cash_minor)):
        if have != typed:
            out.append(Problem("trial_balance", 0, what, differ, {
                "what": Phrase(word), "file": Amount(have), "typed": Amount(typed)}))
    return out


def _report(p: Planned, tb: TrialBalance | None) -> ImportReport:
    totals = _totals(p)
    problems = tuple(sorted(p.problems, key=lambda x: (x.sheet, x.row)))
    if p.cash_minor is None and not any(x.sheet == "cash" for x in problems):
        problems += (Problem("cash", 0, "cash_in_hand", QT_TR_NOOP(
            "The cash in the safe is missing (the cash sheet)."), {}),)
    differences = tuple(reconcile(totals, tb)) if tb is not None else ()
    return ImportReport(problems, tuple(_lines(p)), totals, differences)


def dry_run_import(engine: Engine, path: str | Path,
                   trial_balance: TrialBalance | None = None) -> ImportReport:
    """What the import would do (module docstring); writes nothing."""
    book = read_book(path)
    if book.problems and not book.rows:
        return ImportReport(tuple(book.problems), (), Totals({}, {}, {}, 0, 0))
    with read_session(engine) as s:
        return _report(plan_book(s, book), trial_balance)


def commit_import(engine: Engine, actor: Actor, path: str | Path, trial_balance: TrialBalance,
                  progress: Callable[[int, str], None] | None = None) -> ImportReport:
    """Import the book in one transaction, only when it is clean and reconciles."""
    from app.services.opening_write import write_book

    require(actor, roles.OPENING_IMPORT)
    book = read_book(path)
    with UnitOfWork(engine, actor) as uow:
        require_open_day(uow.session, uow.business_date())
        planned = plan_book(uow.session, book)
        report = _report(planned, trial_balance)
        if not report.ok:
            raise RuleViolation(QT_TR_NOOP("The file has {count} problem(s); nothing was "
                                           "imported. Run the dry run to see them."),
                                count=len(report.problems))
        if not report.reconciled:
            raise RuleViolation(QT_TR_NOOP("The file does not agree with the opening trial "
                                           "balance ({count} difference(s)); nothing was "
                                           "imported."), count=len(report.differences))
        if not report.totals.created and planned.cash_done:  # all of it is in already
            return ImportReport(report.problems, report.lines, report.totals, (), True, "")
        batch = write_book(uow, planned, progress or (lambda _pct, _text: None))
    return ImportReport(report.problems, report.lines, report.totals, (), True, batch)

