"""Refusals that depend on the state a loan or meeting is in, as whole sentences.

A status word dropped into a sentence ("This meeting is already {status}") breaks the
grammar of the translation and lets a raw code such as `not_held` reach the reader; so
each state has its own sentence, translated as a whole.
"""

from __future__ import annotations

from app.errors import QT_TR_NOOP, ConflictError, RuleViolation

LOAN_STATE_REFUSAL = {
    "applied": QT_TR_NOOP("Loan {loan_no} is still an application, not sanctioned; this "
                          "cannot be done now."),
    "recommended": QT_TR_NOOP("Loan {loan_no} is recommended and waits for sanction; this "
                              "cannot be done now."),
    "forwarded": QT_TR_NOOP("Loan {loan_no} waits for head office's decision; this cannot "
                            "be done now."),
    "sanctioned": QT_TR_NOOP("Loan {loan_no} is sanctioned but not yet disbursed; this "
                             "cannot be done now."),
    "rejected": QT_TR_NOOP("Loan {loan_no} was rejected; this cannot be done now."),
    "disbursed": QT_TR_NOOP("Loan {loan_no} is disbursed and still running; this cannot be "
                            "done now."),
    "closed": QT_TR_NOOP("Loan {loan_no} is already closed; this cannot be done now."),
    "written_off": QT_TR_NOOP("Loan {loan_no} was written off; this cannot be done now."),
}
LOAN_OTHER_STATE = QT_TR_NOOP("Loan {loan_no} is not in a state that allows this.")

MEETING_STATE_REFUSAL = {
    "posted": QT_TR_NOOP("This meeting was already posted."),
    "not_held": QT_TR_NOOP("This meeting was marked as not held."),
    "reversed": QT_TR_NOOP("This meeting was posted and then reversed."),
}
MEETING_OTHER_STATE = QT_TR_NOOP("This meeting can no longer be changed.")


def loan_state_refused(loan_no: str, status: str) -> RuleViolation:
    """Why a loan in `status` cannot have this done to it."""
    return RuleViolation(LOAN_STATE_REFUSAL.get(status, LOAN_OTHER_STATE), loan_no=loan_no)


def meeting_state_refused(status: str) -> ConflictError:
    """Why a meeting in `status` can no longer be saved, moved or marked not held."""
    return ConflictError(MEETING_STATE_REFUSAL.get(status, MEETING_OTHER_STATE))
