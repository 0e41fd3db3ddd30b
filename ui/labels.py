"""The words a user reads for the codes the database keeps (loan status, journal kind,
savings kind, attendance, member status, identity document): one place, so every screen says the same
thing in both languages and no raw code like `written_off` reaches a Bengali screen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.errors import QT_TRANSLATE_NOOP

LOAN_STATUS = {
    "applied": QT_TRANSLATE_NOOP("Labels", "applied"),
    "recommended": QT_TRANSLATE_NOOP("Labels", "recommended"),
    "forwarded": QT_TRANSLATE_NOOP("Labels", "forwarded to head office"),
    "sanctioned": QT_TRANSLATE_NOOP("Labels", "sanctioned"),
    "rejected": QT_TRANSLATE_NOOP("Labels", "rejected"),
    "disbursed": QT_TRANSLATE_NOOP("Labels", "disbursed"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
    "written_off": QT_TRANSLATE_NOOP("Labels", "written off"),
}
JOURNAL_KIND = {
    "disbursement": QT_TRANSLATE_NOOP("Labels", "Loan disbursement"),
    "repayment": QT_TRANSLATE_NOOP("Labels", "Loan repayment"),
    "savings_deposit": QT_TRANSLATE_NOOP("Labels", "Savings deposit"),
    "savings_withdrawal": QT_TRANSLATE_NOOP("Labels", "Savings withdrawal"),
    "savings_interest": QT_TRANSLATE_NOOP("Labels", "Savings interest"),
    "fee": QT_TRANSLATE_NOOP("Labels", "Processing fee"),
    "insurance": QT_TRANSLATE_NOOP("Labels", "Insurance"),
    "penalty": QT_TRANSLATE_NOOP("Labels", "Penalty"),
    "write_off": QT_TRANSLATE_NOOP("Labels", "Write-off"),
    "recovery": QT_TRANSLATE_NOOP("Labels", "Recovery after write-off"),
    "insurance_claim": QT_TRANSLATE_NOOP("Labels", "Insurance claim"),
    "expense": QT_TRANSLATE_NOOP("Labels", "Expense"),
    "cash_transfer_in": QT_TRANSLATE_NOOP("Labels", "Fund from head office / bank"),
    "cash_transfer_out": QT_TRANSLATE_NOOP("Labels", "Sent to bank / head office"),
    # a difference found at day close, and how it was settled
    "cash_shortage": QT_TRANSLATE_NOOP("Labels", "Cash short at day close (to suspense)"),
    "cash_excess": QT_TRANSLATE_NOOP("Labels", "Cash over at day close (to suspense)"),
    "shortage_recovered": QT_TRANSLATE_NOOP("Labels", "Cash shortage recovered"),
    "shortage_written_off": QT_TRANSLATE_NOOP("Labels", "Cash shortage written off"),
    "excess_returned": QT_TRANSLATE_NOOP("Labels", "Excess cash returned"),
    "excess_to_income": QT_TRANSLATE_NOOP("Labels", "Excess cash taken to income"),
    "opening_cash": QT_TRANSLATE_NOOP("Labels", "Opening cash (going live)"),
}
SAVINGS_KIND = {
    "compulsory": QT_TRANSLATE_NOOP("Labels", "compulsory"),
    "voluntary": QT_TRANSLATE_NOOP("Labels", "voluntary"),
}
ATTENDANCE = {
    "present": QT_TRANSLATE_NOOP("Labels", "present"),
    "absent": QT_TRANSLATE_NOOP("Labels", "absent"),
    "absent_paid": QT_TRANSLATE_NOOP("Labels", "absent, sent payment"),
    "leave": QT_TRANSLATE_NOOP("Labels", "leave"),
}
MEMBER_STATUS = {
    "active": QT_TRANSLATE_NOOP("Labels", "active"),
    "dropped": QT_TRANSLATE_NOOP("Labels", "dropped out"),
    "dead": QT_TRANSLATE_NOOP("Labels", "deceased"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "transferred"),
}

ACCOUNT_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "closed": QT_TRANSLATE_NOOP("Labels", "closed"),
}
ID_DOCUMENT = {
    "aadhaar": QT_TRANSLATE_NOOP("Labels", "Aadhaar card"),
    "voter_id": QT_TRANSLATE_NOOP("Labels", "Voter ID card"),
    "nid": QT_TRANSLATE_NOOP("Labels", "National ID card (NID)"),
    "ration_card": QT_TRANSLATE_NOOP("Labels", "Ration card"),
}


def _say(words: dict[str, str], code: str) -> str:
    """The translated words for `code`, or the code itself if it has none."""
    return QCoreApplication.translate("Labels", words[code]) if code in words else code


def loan_status(status: str) -> str:
    return _say(LOAN_STATUS, status)


def journal_kind(kind: str) -> str:
    return _say(JOURNAL_KIND, kind)


def savings_kind(kind: str) -> str:
    return _say(SAVINGS_KIND, kind)


def attendance(status: str) -> str:
    return _say(ATTENDANCE, status)


def member_status(status: str) -> str:
    return _say(MEMBER_STATUS, status)


def account_status(status: str) -> str:
    return _say(ACCOUNT_STATUS, status)


def id_document(kind: str) -> str:
    return _say(ID_DOCUMENT, kind)
