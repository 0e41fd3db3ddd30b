"""Labels of printed documents, translated through the same Qt .ts files as the UI."""

from __future__ import annotations

from app.errors import QT_TRANSLATE_NOOP
from app.i18n import translate

CONTEXT = "print"

LABELS = {
    "collection_sheet": QT_TRANSLATE_NOOP("print", "Collection sheet"),
    "branch": QT_TRANSLATE_NOOP("print", "Branch"),
    "group": QT_TRANSLATE_NOOP("print", "Group"),
    "village": QT_TRANSLATE_NOOP("print", "Village"),
    "officer": QT_TRANSLATE_NOOP("print", "Field officer"),
    "date": QT_TRANSLATE_NOOP("print", "Date"),
    "time": QT_TRANSLATE_NOOP("print", "Time"),
    "page": QT_TRANSLATE_NOOP("print", "Page {n} of {total}"),
    "continued": QT_TRANSLATE_NOOP("print", "continued"),
    "no": QT_TRANSLATE_NOOP("print", "No."),
    "member": QT_TRANSLATE_NOOP("print", "Member"),
    "loan_no": QT_TRANSLATE_NOOP("print", "Loan no."),
    "installment": QT_TRANSLATE_NOOP("print", "Inst."),
    "due": QT_TRANSLATE_NOOP("print", "Due"),
    "arrears": QT_TRANSLATE_NOOP("print", "Arrears"),
    "advance": QT_TRANSLATE_NOOP("print", "Advance"),
    "savings_due": QT_TRANSLATE_NOOP("print", "Savings due"),
    "balance": QT_TRANSLATE_NOOP("print", "Loan balance"),
    "received": QT_TRANSLATE_NOOP("print", "Received"),
    "savings": QT_TRANSLATE_NOOP("print", "Savings"),
    "attendance": QT_TRANSLATE_NOOP("print", "Attendance"),
    "signature": QT_TRANSLATE_NOOP("print", "Signature / thumb"),
    "total": QT_TRANSLATE_NOOP("print", "Total"),
    "officer_signature": QT_TRANSLATE_NOOP("print", "Field officer's signature"),
    "leader_signature": QT_TRANSLATE_NOOP("print", "Group leader's signature"),
    "cash_counted": QT_TRANSLATE_NOOP("print", "Cash counted"),
    "no_meetings": QT_TRANSLATE_NOOP("print", "No meetings on this day."),
}


def label(key: str, lang: str, **params: object) -> str:
    text = translate(CONTEXT, LABELS[key], lang)
    return text.format(**params) if params else text
