"""The first-sync snapshot's manifest, the same at the branch and at head office
(app.sync.snapshot writes it, app.headoffice.snapshot checks it); no database here.

Per table the row count and a digest: SHA-256 over each row's canonical JSON and a
newline, rows in id order (the order the chunks carry them).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any

from app.sync.canonical import canonical_json

SNAPSHOT_TABLES = ("member_group", "member", "loan", "installment", "journal_entry")
# the fields the journal hash covers that events do not carry, and the hash itself
JOURNAL_CHAIN_FIELDS = ("posted_at", "staff_id", "reason", "hash")
# the fields the branch's journal hash covers (app.db.ledger.HASHED_FIELDS; a test keeps
# both equal — head office imports nothing from app.db)
JOURNAL_HASHED_FIELDS = (
    "id", "business_date", "posted_at", "staff_id", "kind", "member_id", "loan_id",
    "savings_account_id", "meeting_id", "amount_minor", "principal_minor",
    "interest_minor", "fee_minor", "penalty_minor", "channel", "reverses_id", "reason",
)


class TableDigest:
    """Row count and SHA-256 over the canonical rows of one table, fed in order."""

    def __init__(self) -> None:
        self.count = 0
        self._sha = hashlib.sha256()

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        for row in rows:
            self._sha.update(canonical_json(row).encode("utf-8") + b"\n")
            self.count += 1

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "digest": self._sha.hexdigest()}


def table_digests(chunks: Iterable[tuple[str, str, list[dict[str, Any]]]]
                  ) -> dict[str, dict[str, Any]]:
    digests = {table: TableDigest() for table in SNAPSHOT_TABLES}
    for _name, table, rows in chunks:
        digests[table].add(rows)
    return {table: d.as_dict() for table, d in digests.items()}

