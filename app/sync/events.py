"""The event schema: what a branch event carries besides its domain payload.

It belongs to the protocol, not to the branch's unit of work: the branch seals events
with it (app.db.uow) and head office reads them with it (app.headoffice), which imports
nothing from app.db.

- `journal`: the journal rows posted with the event, positional, in `JOURNAL_FIELDS`
  order;
- `images` / `deleted`: rows of the consolidated tables (`IMAGE_FIELDS`, id first) as
  they stand at commit, and the ids deleted.
"""

from __future__ import annotations

# Events sealed with journal/images/deleted (schema 1 never had them).
EVENT_SCHEMA = 2
RESERVED_KEYS = ("journal", "images", "deleted")

JOURNAL_FIELDS = ("id", "business_date", "kind", "amount_minor", "principal_minor",
                  "interest_minor", "fee_minor", "penalty_minor", "member_id", "loan_id",
                  "savings_account_id", "meeting_id", "reverses_id", "channel")

# Consolidated tables head office keeps per branch: table -> fields (id first).
IMAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "member_group": ("id", "code", "name_en", "name_bn", "status"),
    "member": ("id", "code", "group_id", "name_en", "name_bn", "status", "joining_date"),
    "loan": ("id", "loan_no", "member_id", "status", "principal_minor", "disbursed_on"),
    "installment": ("id", "loan_id", "number", "due_on", "principal_minor",
                    "interest_minor", "paid_principal_minor", "paid_interest_minor"),
}
