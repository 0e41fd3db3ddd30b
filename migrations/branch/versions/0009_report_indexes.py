"""indexes for a day's collection sheets and the portfolio and DCB reports

- `ix_installment_loan_dues` covers what dues, arrears, advance, outstanding and ageing
  read from a loan's installments, so those aggregates never touch the table rows (a
  day's sheets of a 5,000-member branch read ~35,000 installments, the portfolio ~200,000
  of the 1 M a branch holds after five years);
- `ix_journal_repayment_loan` (repayments only) covers a loan's repayments by date, what
  the DCB report adds up before and within its period;
- `ix_loan_closed_on` finds the loans closed since a date (in a DCB period).

Revision ID: 0009
Revises: 0005
Create Date: 2026-12-07 02:30:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.create_index('ix_installment_loan_dues', [
            'loan_id', 'due_on', 'principal_minor', 'interest_minor', 'paid_principal_minor',
            'paid_interest_minor', 'number', 'paid_on'], unique=False)
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.create_index('ix_journal_repayment_loan', [
            'loan_id', 'business_date', 'principal_minor', 'interest_minor', 'reverses_id',
            'kind'], unique=False, sqlite_where=sa.text("kind = 'repayment'"))
    with op.batch_alter_table('loan', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_loan_closed_on'), ['closed_on'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('loan', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_loan_closed_on'))
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index('ix_journal_repayment_loan')
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.drop_index('ix_installment_loan_dues')
