"""The rules between the fields of an MFI record (mfi.py checks each field alone):
dates in order, a closed account owing nothing and dated, a write-off with its amount
and date and only on a written-off account, overdue within the balance, days past due
and overdue agreeing, S05 for an account past due, no more disbursed than sanctioned; a
member with an identity document, of age, and with her accounts."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from app.headoffice.bureau.mfi import CLOSED, WRITTEN_OFF, MfiAccount, MfiMember


def account_rules(member: MfiMember, a: MfiAccount, values: dict[str, str], as_of: date
                  ) -> Iterable[tuple[str, str, str]]:
    """(field, rule, message) for each rule between the fields of an account."""
    dates = [("applied_on", a.applied_on), ("sanctioned_on", a.sanctioned_on),
             ("disbursed_on", a.disbursed_on)]
    known = [(n, d) for n, d in dates if d is not None]
    for (n1, d1), (n2, d2) in zip(known, known[1:], strict=False):
        if d1 > d2:
            yield n2, "date_order", f"{n2} is before {n1}"
    for name, later in (("closed_on", a.closed_on), ("last_payment_on", a.last_payment_on),
                        ("written_off_on", a.written_off_on)):
        if later is not None and not a.disbursed_on <= later <= as_of:
            yield name, "date_order", f"{name} is not between disbursement and the " \
                                      "reporting date"
    if a.disbursed_on > as_of:
        yield "disbursed_on", "date_order", "disbursed after the reporting date"
    if member.birth_date is not None and member.birth_date >= a.disbursed_on:
        yield "disbursed_on", "date_order", "disbursed before the member was born"
    closed = a.status in CLOSED
    if closed and (values["balance"] != "0" or values["overdue"] != "0"):
        yield "balance", "closed_zero", "a closed account has no balance and no overdue"
    if closed != (a.closed_on is not None):
        yield "closed_on", "closed_date", "a closed account, and only one, has a date closed"
    written_off = a.status in WRITTEN_OFF
    if written_off and (not a.written_off_minor or a.written_off_on is None):
        yield "written_off", "write_off", "a written-off account needs the amount and date"
    if not written_off and (a.written_off_minor or a.written_off_on is not None):
        yield "written_off", "write_off", "only a written-off account has a write-off"
    if a.overdue_minor > a.balance_minor:
        yield "overdue", "overdue_balance", "more overdue than the current balance"
    if (a.dpd > 0) != (values["overdue"] != "0"):
        yield "dpd", "dpd_overdue", "days past due and the overdue amount disagree"
    if a.status in ("S04", "S05") and (a.status == "S05") != (a.dpd > 0):
        yield "status", "delinquent", "S05 (delinquent) is for an account past due, S04 " \
                                      "for one that is not"
    if a.disbursed_minor > a.sanctioned_minor:
        yield "disbursed", "disbursed_sanctioned", "more disbursed than sanctioned"


def member_rules(m: MfiMember, values: dict[str, str]) -> Iterable[tuple[str, str, str]]:
    if not any(values.get(n) for n in ("voter_id", "uid", "pan", "ration_card",
                                       "other_id1")):
        yield "uid", "kyc", "no identity document"
    if values["age"] and not 18 <= int(values["age"]) <= 99:
        yield "age", "age", "age outside 18-99"
    if not m.accounts:
        yield "member_id", "accounts", "a member is reported with her accounts"
