"""The import's report as lines of text in the reader's language (CLI, saved report).

Problems first (sheet, row, column: what is wrong), then what each row would create,
then the totals and, when a trial balance was typed, each figure that differs. Sheet
and column names are the template's headers in the same language.
"""

from __future__ import annotations

from app.errors import QT_TR_NOOP, Amount
from app.i18n import fill, translate
from app.services.opening_files import SHEET_BY_KEY, Problem
from app.services.opening_import import ImportReport

SHEET_WORDS = {"trial_balance": (QT_TR_NOOP("trial balance"), "trial balance")}


def _tr(lang: str):  # type: ignore[no-untyped-def]
    return lambda text: translate("", text, lang)


def place(sheet: str, row: int, column: str, lang: str) -> str:
    """"members, row 7, National ID" in the reader's language."""
    spec = SHEET_BY_KEY.get(sheet)
    parts = []
    if spec is not None:
        parts.append(spec.bn if lang == "bn" else spec.en)
        col = next((c for c in spec.columns if c.key == column), None)
    else:
        parts.append(translate("", SHEET_WORDS[sheet][0], lang) if sheet in SHEET_WORDS
                     else sheet)
        col = None
    if row:
        parts.append(fill(QT_TR_NOOP("row {row}"), {"row": row}, lang, _tr(lang)))
    if col is not None:
        parts.append(col.bn if lang == "bn" else col.en)
    elif column and spec is None:
        parts.append(column)
    return ", ".join(p for p in parts if p)


def problem_text(problem: Problem, lang: str) -> str:
    return f"{place(problem.sheet, problem.row, problem.column, lang)}: " \
           f"{fill(problem.text, problem.params, lang, _tr(lang))}"


def report_lines(report: ImportReport, lang: str = "en", rows: bool = True) -> list[str]:
    tr = _tr(lang)
    out = [problem_text(p, lang) for p in report.problems]
    if rows:
        out += [f"{place(line.sheet, line.row, '', lang)}: "
                f"{fill(line.text, line.params, lang, tr)}" for line in report.lines]
    t = report.totals
    for sheet in ("groups", "members", "loans", "savings"):
        spec = SHEET_BY_KEY[sheet]
        out.append(fill(QT_TR_NOOP("{sheet}: {created} to create, {already} already "
                                   "imported"), {"sheet": spec.bn if lang == "bn" else spec.en,
                                                 "created": t.created.get(sheet, 0),
                                                 "already": t.already.get(sheet, 0)},
                        lang, tr))
    for code, minor in t.outstanding_by_product.items():
        out.append(fill(QT_TR_NOOP("Outstanding principal, {product}: {amount}"),
                        {"product": code, "amount": Amount(minor)}, lang, tr))
    out.append(fill(QT_TR_NOOP("Savings: {amount}"), {"amount": Amount(t.savings_minor)},
                    lang, tr))
    out.append(fill(QT_TR_NOOP("Cash in the safe: {amount}"), {"amount": Amount(t.cash_minor)},
                    lang, tr))
    out += [problem_text(d, lang) for d in report.differences]
    return out
