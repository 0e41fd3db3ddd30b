"""Posting to the append-only, hash-chained journal.

A journal row's hash covers its content and the previous row's hash, so removing,
inserting or altering a row anywhere breaks the chain from that row on; `shakha db
check` re-derives the chain and names the first bad row.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.base import utcnow
from app.db.canonical import GENESIS_HASH, chain_hash
from app.db.models import JournalEntry

# Effect of each kind on the branch's cash: +1 cash in, -1 cash out, 0 no cash.
CASH_SIGN: dict[str, int] = {
    "disbursement": -1,
    "repayment": 1,
    "savings_deposit": 1,
    "savings_withdrawal": -1,
    "savings_interest": 0,
    "fee": 1,
    "insurance": 1,
    "penalty": 1,
    "write_off": 0,
    "recovery": 1,
    "insurance_claim": 0,
    "cash_transfer_in": 1,
    "cash_transfer_out": -1,
    "expense": -1,
    # a difference found at day close, to and from its suspense head (app/db/models_cash.py)
    "cash_shortage": -1,
    "cash_excess": 1,
    "shortage_recovered": 1,
    "shortage_written_off": 0,
    "excess_returned": -1,
    "excess_to_income": 0,
    "opening_cash": 1,  # the cash in the safe when the branch went live
}
# Rows that never pass through the safe whatever their kind: a loan paid out by bank
# transfer, and the opening book (loans, repayments and savings of the old system,
# whose cash moved before going live and is in `opening_cash`).
OFF_SAFE_CHANNELS = ("bank", "opening")

HASHED_FIELDS = (
    "id", "business_date", "posted_at", "staff_id", "kind", "member_id", "loan_id",
    "savings_account_id", "meeting_id", "amount_minor", "principal_minor",
    "interest_minor", "fee_minor", "penalty_minor", "channel", "reverses_id", "reason",
)


def entry_content(entry: JournalEntry) -> dict[str, Any]:
    return {name: getattr(entry, name) for name in HASHED_FIELDS}


def last_journal_hash(session: Session) -> tuple[int, str]:
    row = session.execute(
        select(JournalEntry.id, JournalEntry.hash).order_by(JournalEntry.id.desc()).limit(1)
    ).first()
    return (0, GENESIS_HASH) if row is None else (row[0], row[1])


class JournalWriter:
    """Appends journal rows inside the caller's transaction, keeping the chain."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._last_id, self._last_hash = last_journal_hash(session)

    def post(self, *, business_date: date, staff_id: int, kind: str, amount_minor: int,
             **fields: Any) -> JournalEntry:
        entry = JournalEntry(**self.next_row(business_date=business_date, staff_id=staff_id,
                                             kind=kind, amount_minor=amount_minor, **fields))
        self.session.add(entry)
        return entry

    def next_row(self, *, business_date: date, staff_id: int, kind: str, amount_minor: int,
                 **fields: Any) -> dict[str, Any]:
        """The next row of the chain as plain values (`post` adds it to the session; a
        bulk writer inserts many at once with UnitOfWork.insert_many, in this order)."""
        if kind not in CASH_SIGN:
            raise ValueError(f"unknown journal kind {kind}")
        if amount_minor < 0:
            raise ValueError("journal amounts are positive; use a reversal")
        row = {
            "id": self._last_id + 1, "business_date": business_date, "staff_id": staff_id,
            "kind": kind, "amount_minor": amount_minor,
            "posted_at": fields.pop("posted_at", None) or utcnow(),
            "principal_minor": fields.pop("principal_minor", 0),
            "interest_minor": fields.pop("interest_minor", 0),
            "fee_minor": fields.pop("fee_minor", 0), "penalty_minor": fields.pop("penalty_minor", 0),
            "channel": fields.pop("channel", "meeting"), "reason": fields.pop("reason", ""),
            "member_id": None, "loan_id": None, "savings_account_id": None,
            "meeting_id": None, "reverses_id": None, **fields,
        }
        row["prev_hash"] = self._last_hash
        row["hash"] = chain_hash(self._last_hash, {k: row[k] for k in HASHED_FIELDS})
        self._last_id, self._last_hash = row["id"], row["hash"]
        return row


_JOURNAL_TEMPLATE = (
    '{"amount_minor":%d,"business_date":"%s","channel":"%s","fee_minor":%d,"id":%d,'
    '"interest_minor":%d,"kind":"%s","loan_id":%s,"meeting_id":%s,"member_id":%s,'
    '"penalty_minor":%d,"posted_at":"%s","principal_minor":%d,"reason":"%s",'
    '"reverses_id":%s,"savings_account_id":%s,"staff_id":%d}'
)


def _n(value: int | None) -> str:
    return "null" if value is None else str(value)


def bulk_content_json(row: dict[str, Any]) -> str:
    """canonical_json(entry_content(...)) for bulk loaders, without json.dumps' cost.

    Only for rows whose strings need no JSON escaping (kind, channel, reason are plain
    ASCII words); tests/db prove it equals canonical_json for such rows.
    """
    return _JOURNAL_TEMPLATE % (
        row["amount_minor"], row["business_date"].isoformat(), row["channel"],
        row["fee_minor"], row["id"], row["interest_minor"], row["kind"], _n(row["loan_id"]),
        _n(row["meeting_id"]), _n(row["member_id"]), row["penalty_minor"],
        row["posted_at"].isoformat(), row["principal_minor"], row["reason"],
        _n(row["reverses_id"]), _n(row["savings_account_id"]), row["staff_id"])
