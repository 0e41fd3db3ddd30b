"""smaller indexes: the installments' due-date index goes, the DCB's repayment index covers

Measured on the 5,000-member, 5-year demo (dbstat on a decrypted copy, #19):
- `ix_installment_due_on` (19 MB, one entry per installment) is dropped: every query of
  installments goes by loan (the sheets, the reports, a loan's page through
  `ix_installment_loan_dues` or the `(loan_id, number)` key); the due date is tested in
  the sums, and an index on it only tempted the planner into walking every installment
  due before a date;
- `ix_journal_repayment_loan` stored `kind`, which its `WHERE kind = 'repayment'` already
  fixes, and lacked `channel`, which the DCB tests (the opening book counts as before the
  period), so the DCB read a journal row per repayment. It now holds `channel` instead of
  `kind`: a little smaller, and the DCB reads the index alone (SQLite takes a partial
  index's `kind = 'repayment'` as known).
The pages given back are reclaimed by the VACUUM after the upgrade (app.db.migrate).

Revision ID: 0015_smaller_indexes
Revises: 0012_sessions
Create Date: 2026-12-07 06:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0015_smaller_indexes'
down_revision = '0012_sessions'
branch_labels = None
depends_on = None

REPAID = sa.text("kind = 'repayment'")


def upgrade() -> None:
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.drop_index('ix_installment_due_on')
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_repayment_loan', sqlite_where=REPAID)
        batch_op.create_index('ix_journal_repayment_loan', [
            'loan_id', 'business_date', 'principal_minor', 'interest_minor', 'reverses_id',
            'channel'], unique=False, sqlite_where=REPAID)


def downgrade() -> None:
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_repayment_loan', sqlite_where=REPAID)
        batch_op.create_index('ix_journal_repayment_loan', [
            'loan_id', 'business_date', 'principal_minor', 'interest_minor', 'reverses_id',
            'kind'], unique=False, sqlite_where=REPAID)
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.create_index('ix_installment_due_on', ['due_on'], unique=False)
