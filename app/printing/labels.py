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
    # passbook
    "passbook": QT_TRANSLATE_NOOP("print", "Passbook"),
    "particulars": QT_TRANSLATE_NOOP("print", "Particulars"),
    "paid_in": QT_TRANSLATE_NOOP("print", "Paid in"),
    "paid_out": QT_TRANSLATE_NOOP("print", "Paid out"),
    "loan_balance": QT_TRANSLATE_NOOP("print", "Loan balance"),
    "savings_balance": QT_TRANSLATE_NOOP("print", "Savings balance"),
    "nothing_to_print": QT_TRANSLATE_NOOP("print", "Nothing new to print in this passbook."),
    "calibration": QT_TRANSLATE_NOOP("print", "Printer calibration page"),
    "calibration_help": QT_TRANSLATE_NOOP(
        "print", "Measure how far each cross is from the first and last line of the passbook "
        "and enter it in millimetres."),
    "line": QT_TRANSLATE_NOOP("print", "Line {n}"),
    "kind_disbursement": QT_TRANSLATE_NOOP("print", "Loan disbursed"),
    "kind_repayment": QT_TRANSLATE_NOOP("print", "Installment paid"),
    "kind_savings_deposit": QT_TRANSLATE_NOOP("print", "Savings deposit"),
    "kind_savings_withdrawal": QT_TRANSLATE_NOOP("print", "Savings withdrawal"),
    "kind_savings_interest": QT_TRANSLATE_NOOP("print", "Savings interest"),
    "kind_fee": QT_TRANSLATE_NOOP("print", "Fee"),
    "kind_insurance": QT_TRANSLATE_NOOP("print", "Insurance"),
    "kind_penalty": QT_TRANSLATE_NOOP("print", "Penalty"),
    "kind_write_off": QT_TRANSLATE_NOOP("print", "Write-off"),
    "kind_recovery": QT_TRANSLATE_NOOP("print", "Recovery"),
    "kind_insurance_claim": QT_TRANSLATE_NOOP("print", "Insurance claim"),
    "kind_reversal": QT_TRANSLATE_NOOP("print", "Reversal"),
    # loan card, KFS, receipt, closure certificate
    "loan_card": QT_TRANSLATE_NOOP("print", "Loan card"),
    "kfs": QT_TRANSLATE_NOOP("print", "Key Fact Statement (KFS)"),
    "receipt": QT_TRANSLATE_NOOP("print", "Money receipt"),
    "closure_certificate": QT_TRANSLATE_NOOP("print", "Loan closure certificate"),
    "page_n": QT_TRANSLATE_NOOP("print", "Page {n}"),
    "borrower": QT_TRANSLATE_NOOP("print", "Borrower"),
    "product": QT_TRANSLATE_NOOP("print", "Loan product"),
    "principal": QT_TRANSLATE_NOOP("print", "Principal"),
    "interest": QT_TRANSLATE_NOOP("print", "Interest"),
    "loan_amount": QT_TRANSLATE_NOOP("print", "Loan amount"),
    "rate": QT_TRANSLATE_NOOP("print", "Interest rate (per year)"),
    "disbursed_on": QT_TRANSLATE_NOOP("print", "Disbursed on"),
    "closed_on": QT_TRANSLATE_NOOP("print", "Closed on"),
    "due_on": QT_TRANSLATE_NOOP("print", "Due date"),
    "installment_amount": QT_TRANSLATE_NOOP("print", "Installment"),
    "installments": QT_TRANSLATE_NOOP("print", "Number of installments"),
    "schedule": QT_TRANSLATE_NOOP("print", "Repayment schedule"),
    "repayments": QT_TRANSLATE_NOOP("print", "Repayments"),
    "amount": QT_TRANSLATE_NOOP("print", "Amount"),
    "paid_on": QT_TRANSLATE_NOOP("print", "Paid on"),
    "reversed": QT_TRANSLATE_NOOP("print", "reversed"),
    "fees_deducted": QT_TRANSLATE_NOOP("print", "Fees deducted"),
    "savings_deducted": QT_TRANSLATE_NOOP("print", "Compulsory savings deducted"),
    "cash_paid": QT_TRANSLATE_NOOP("print", "Amount paid to you"),
    "first_last": QT_TRANSLATE_NOOP("print", "First and last installment"),
    "total_interest": QT_TRANSLATE_NOOP("print", "Total interest"),
    "total_payable": QT_TRANSLATE_NOOP("print", "Total to repay (with fees)"),
    "apr": QT_TRANSLATE_NOOP("print", "Annual percentage rate (APR, all charges)"),
    "prepayment_penalty": QT_TRANSLATE_NOOP("print", "Prepayment penalty"),
    "none": QT_TRANSLATE_NOOP("print", "none"),
    "overdue_penalty": QT_TRANSLATE_NOOP("print", "Penalty on overdue amount"),
    "grievance": QT_TRANSLATE_NOOP("print", "Complaints (grievance contact)"),
    "borrower_signature": QT_TRANSLATE_NOOP("print", "Borrower's signature / thumb"),
    "manager_signature": QT_TRANSLATE_NOOP("print", "Branch manager's signature"),
    "cashier_signature": QT_TRANSLATE_NOOP("print", "Cashier's signature"),
    "receipt_no": QT_TRANSLATE_NOOP("print", "Receipt no."),
    "received_from": QT_TRANSLATE_NOOP("print", "Received from"),
    "for": QT_TRANSLATE_NOOP("print", "For"),
    "account": QT_TRANSLATE_NOOP("print", "Account"),
    "received_by": QT_TRANSLATE_NOOP("print", "Received by"),
    "certificate_text": QT_TRANSLATE_NOOP(
        "print", "This is to certify that loan {loan_no} of {name} has been repaid in full "
        "and closed on {closed_on}. Nothing more is due on this loan."),
    "no_meetings": QT_TRANSLATE_NOOP("print", "No meetings on this day."),
}


def label(key: str, lang: str, **params: object) -> str:
    text = translate(CONTEXT, LABELS[key], lang)
    return text.format(**params) if params else text
