"""Who may do what: one role × action table, enforced by every service that changes data.

Each service that changes something starts with `require(actor, ACTION)`; the table below
is the only place that says which role may do it, Settings shows it read-only, and
tests/services/test_roles_table.py walks it (every action by every role: allowed works,
refused changes nothing). A cell is one of

- YES: the role does it alone;
- COUNTERSIGN: the role does it with the countersignature of a second, logged-in person
  whose own cell is YES (the accountant closes the day; the manager countersigns);
- NO: refused with a translated reason, before anything is read or written.

`Actor.system()` (role "admin") is the software acting for head office (applying its
decisions, setting a branch up); the head-office admin at a branch PC has the same row.
"""

from __future__ import annotations

from enum import Enum

from app.db.uow import Actor
from app.errors import QT_TR_NOOP, PermissionDenied, Phrase
from app.services.common import ROLE_NAMES

FIELD_OFFICER, ACCOUNTANT, MANAGER = "field_officer", "accountant", "branch_manager"
ADMIN, AUDITOR = "admin", "auditor"
# the table's columns, in the order Settings shows them
ROLE_ORDER = (FIELD_OFFICER, ACCOUNTANT, MANAGER, ADMIN, AUDITOR)


class Grant(Enum):
    YES = "yes"
    COUNTERSIGN = "countersign"
    NO = "no"


Y, C, N = Grant.YES, Grant.COUNTERSIGN, Grant.NO

# -- actions (one name per thing a person does; the services name them in `require`) --
MEMBER_REGISTER = "member.register"
MEMBER_TRANSFER = "member.transfer"
MEMBER_LEAVE = "member.leave"  # drop-out, death, readmission
GROUP_FORM = "group.form"
MEETING_ENTER = "meeting.enter"  # draft, post, not held, meeting calendar
MEETING_REVERSE = "meeting.reverse"
LOAN_APPLY = "loan.apply"
LOAN_RECOMMEND = "loan.recommend"
LOAN_SANCTION = "loan.sanction"  # sanction, forward to head office, reject
SANCTION_POWERS = "loan.sanction_powers"
LOAN_KFS = "loan.kfs"
LOAN_DISBURSE = "loan.disburse"
LOAN_REPAY = "loan.repay"  # counter repayment, prepayment, recovery after write-off
LOAN_RESCHEDULE_ASK = "loan.reschedule_ask"
LOAN_RESCHEDULE_DECIDE = "loan.reschedule_decide"
LOAN_WRITE_OFF = "loan.write_off"  # write-off, death case
LOAN_REVERSE = "loan.reverse"
SAVINGS_COUNTER = "savings.counter"  # open, deposit, withdraw, close
SAVINGS_INTEREST = "savings.interest"
CASH_TRANSFER = "cash.transfer"
CASH_TRANSFER_REVERSE = "cash.transfer_reverse"
CASH_DIFFERENCE = "cash.difference"  # settle or reverse a difference in suspense
DAY_CLOSE = "day.close"
PASSBOOK_PRINT = "print.passbook"
PRINTER_SETUP = "print.setup"  # the passbook layout; printer offsets
BUREAU_CHECK = "bureau.check"
OPENING_IMPORT = "opening.import"
HQ_REQUEST_ANSWER = "hq.answer"
STAFF_MANAGE = "staff.manage"  # add, deactivate, unlock after failed logins
SYNC_SETTINGS = "sync.settings"  # head office's address, enrolment, keys, a new epoch
AUDIT_VIEW = "audit.view"

ACTION_NAMES = {
    MEMBER_REGISTER: QT_TR_NOOP("Register or readmit a member"),
    MEMBER_TRANSFER: QT_TR_NOOP("Transfer a member"),
    MEMBER_LEAVE: QT_TR_NOOP("Record a drop-out or a death"),
    GROUP_FORM: QT_TR_NOOP("Form a group"),
    MEETING_ENTER: QT_TR_NOOP("Enter and post a meeting"),
    MEETING_REVERSE: QT_TR_NOOP("Reverse a posted meeting"),
    LOAN_APPLY: QT_TR_NOOP("Take a loan application"),
    LOAN_RECOMMEND: QT_TR_NOOP("Recommend a loan"),
    LOAN_SANCTION: QT_TR_NOOP("Sanction, forward or reject a loan"),
    SANCTION_POWERS: QT_TR_NOOP("Set sanction powers"),
    LOAN_KFS: QT_TR_NOOP("Record the member's acceptance of the KFS"),
    LOAN_DISBURSE: QT_TR_NOOP("Disburse a loan"),
    LOAN_REPAY: QT_TR_NOOP("Take a repayment at the counter"),
    LOAN_RESCHEDULE_ASK: QT_TR_NOOP("Ask for a reschedule"),
    LOAN_RESCHEDULE_DECIDE: QT_TR_NOOP("Approve, reject or reverse a reschedule"),
    LOAN_WRITE_OFF: QT_TR_NOOP("Write off a loan or settle a death case"),
    LOAN_REVERSE: QT_TR_NOOP("Reverse a loan entry"),
    SAVINGS_COUNTER: QT_TR_NOOP("Savings at the counter"),
    SAVINGS_INTEREST: QT_TR_NOOP("Post savings interest"),
    CASH_TRANSFER: QT_TR_NOOP("Record a cash transfer"),
    CASH_TRANSFER_REVERSE: QT_TR_NOOP("Reverse a cash transfer"),
    CASH_DIFFERENCE: QT_TR_NOOP("Settle a cash difference"),
    DAY_CLOSE: QT_TR_NOOP("Close the day"),
    PASSBOOK_PRINT: QT_TR_NOOP("Print passbooks"),
    PRINTER_SETUP: QT_TR_NOOP("Set up the printer and passbook layout"),
    BUREAU_CHECK: QT_TR_NOOP("Ask for a credit bureau check"),
    OPENING_IMPORT: QT_TR_NOOP("Import the opening book"),
    HQ_REQUEST_ANSWER: QT_TR_NOOP("Answer head office's requests"),
    STAFF_MANAGE: QT_TR_NOOP("Add, remove or unlock staff"),
    SYNC_SETTINGS: QT_TR_NOOP("Change sync settings"),
    AUDIT_VIEW: QT_TR_NOOP("See the audit trail"),
}

# The table. Columns: field officer, accountant, branch manager, head-office admin, auditor.
TABLE: dict[str, tuple[Grant, Grant, Grant, Grant, Grant]] = {
    MEMBER_REGISTER:        (Y, N, Y, Y, N),
    MEMBER_TRANSFER:        (Y, N, Y, Y, N),
    MEMBER_LEAVE:           (Y, N, Y, Y, N),
    GROUP_FORM:             (Y, N, Y, Y, N),
    MEETING_ENTER:          (Y, Y, Y, Y, N),
    MEETING_REVERSE:        (N, N, Y, Y, N),
    LOAN_APPLY:             (Y, N, Y, Y, N),
    LOAN_RECOMMEND:         (Y, N, Y, Y, N),
    LOAN_SANCTION:          (N, N, Y, Y, N),
    SANCTION_POWERS:        (N, N, N, Y, N),
    LOAN_KFS:               (Y, Y, Y, Y, N),
    LOAN_DISBURSE:          (N, Y, Y, Y, N),
    LOAN_REPAY:             (Y, Y, Y, Y, N),
    LOAN_RESCHEDULE_ASK:    (Y, Y, Y, Y, N),
    LOAN_RESCHEDULE_DECIDE: (N, N, Y, Y, N),
    LOAN_WRITE_OFF:         (N, N, Y, Y, N),
    LOAN_REVERSE:           (N, N, Y, Y, N),
    SAVINGS_COUNTER:        (Y, Y, Y, Y, N),
    SAVINGS_INTEREST:       (N, Y, Y, Y, N),
    CASH_TRANSFER:          (N, Y, Y, Y, N),
    CASH_TRANSFER_REVERSE:  (N, N, Y, Y, N),
    CASH_DIFFERENCE:        (N, N, Y, Y, N),
    DAY_CLOSE:              (N, C, Y, Y, N),
    PASSBOOK_PRINT:         (Y, Y, Y, Y, N),
    PRINTER_SETUP:          (N, N, Y, Y, N),
    BUREAU_CHECK:           (Y, N, Y, Y, N),
    OPENING_IMPORT:         (N, N, Y, Y, N),
    HQ_REQUEST_ANSWER:      (N, N, Y, Y, N),
    STAFF_MANAGE:           (N, N, Y, Y, N),
    SYNC_SETTINGS:          (N, N, Y, Y, N),
    AUDIT_VIEW:             (N, Y, Y, Y, Y),
}

REFUSED = QT_TR_NOOP("Your role ({role}) may not do this: {action}.")
NEEDS_COUNTERSIGN = QT_TR_NOOP("{action}: the branch manager must countersign "
                               "(her user name and password).")
BAD_COUNTERSIGN = QT_TR_NOOP("{action}: the countersignature must be another person's, "
                             "one who may do this alone.")


def grant(role: str, action: str) -> Grant:
    """The table's cell (an unknown role may do nothing)."""
    row = TABLE[action]
    return row[ROLE_ORDER.index(role)] if role in ROLE_ORDER else N


def allowed(actor: Actor, action: str) -> bool:
    """May she do it alone (for screens: show or hide a button; services still check)."""
    return grant(actor.role, action) is Y


def role_name(role: str) -> Phrase:
    return Phrase(ROLE_NAMES.get(role, role))


def require(actor: Actor, action: str, countersigned_by: Actor | None = None) -> None:
    """Refuse (PermissionDenied) unless the table lets `actor` do `action` — alone, or with
    `countersigned_by` (another person, logged in by the caller, whose cell is YES)."""
    cell = grant(actor.role, action)
    what = Phrase(ACTION_NAMES[action])
    if cell is Y:
        return
    if cell is N:
        raise PermissionDenied(REFUSED, role=role_name(actor.role), action=what)
    if countersigned_by is None:
        raise PermissionDenied(NEEDS_COUNTERSIGN, action=what)
    if grant(countersigned_by.role, action) is not Y or countersigned_by.staff_id is None \
            or countersigned_by.staff_id == actor.staff_id:
        raise PermissionDenied(BAD_COUNTERSIGN, action=what)


def table_rows() -> list[tuple[str, list[Grant]]]:
    """(action, cells in ROLE_ORDER) for Settings' read-only view."""
    return [(action, list(cells)) for action, cells in TABLE.items()]
