"""loan positions and monthly demand: report caches kept by triggers on `installment`

- `loan_position` (one row per loan with installments): count, scheduled and paid
  principal and interest, due date of the oldest installment not fully paid;
- `loan_demand_month`: principal and interest falling due per loan and calendar month;
- covering indexes in date order for a period's installments and repayments (the DCB),
  and one for the written-off loans' write-offs and recoveries (the portfolio).

Triggers on `installment` recompute the rows of the loan (and month) an insert, update or
delete touches, in the same transaction, so every posting path keeps them current without
knowing about them. Existing databases are filled here from their installments.
A later batch (copy-and-move) migration of `installment` must re-create the triggers
(`app.db.positions.TRIGGERS`).

Revision ID: 0016_positions
Revises: 0015_smaller_indexes
Create Date: 2026-12-07 06:50:00
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0016_positions'
down_revision = '0015_smaller_indexes'
branch_labels = None
depends_on = None


def upgrade() -> None:
    from app.db.positions_0016 import ISO_DEMAND, ISO_MONTH, ISO_POSITION, ISO_TRIGGERS

    op.create_table(
        'loan_position',
        sa.Column('loan_id', sa.Integer(), nullable=False),
        sa.Column('installments', sa.Integer(), nullable=False),
        sa.Column('principal_minor', sa.Integer(), nullable=False),
        sa.Column('interest_minor', sa.Integer(), nullable=False),
        sa.Column('paid_principal_minor', sa.Integer(), nullable=False),
        sa.Column('paid_interest_minor', sa.Integer(), nullable=False),
        sa.Column('oldest_unpaid_on', sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], ),
        sa.PrimaryKeyConstraint('loan_id'))
    op.create_table(
        'loan_demand_month',
        sa.Column('loan_id', sa.Integer(), nullable=False),
        sa.Column('month', sa.Date(), nullable=False),
        sa.Column('principal_minor', sa.Integer(), nullable=False),
        sa.Column('interest_minor', sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(['loan_id'], ['loan.id'], ),
        sa.PrimaryKeyConstraint('loan_id', 'month'), sqlite_with_rowid=False)
    op.create_index('ix_installment_due_loan', 'installment',
                    ['due_on', 'loan_id', 'principal_minor', 'interest_minor'], unique=False)
    op.create_index('ix_journal_repayment_date', 'journal_entry',
                    ['business_date', 'loan_id', 'principal_minor', 'interest_minor',
                     'reverses_id', 'channel'], unique=False,
                    sqlite_where=sa.text("kind = 'repayment'"))
    op.create_index('ix_journal_write_off', 'journal_entry',
                    ['loan_id', 'kind', 'business_date', 'amount_minor', 'reverses_id'],
                    unique=False, sqlite_where=sa.text("kind IN ('write_off', 'recovery')"))
    conn = op.get_bind()  # the 0016 form, frozen (today's app.db.positions is 0017's)
    conn.exec_driver_sql(f"INSERT INTO loan_position {ISO_POSITION} GROUP BY loan_id")
    conn.exec_driver_sql(f"INSERT INTO loan_demand_month {ISO_DEMAND} "
                         f"GROUP BY loan_id, {ISO_MONTH}")
    for statement in ISO_TRIGGERS:
        conn.exec_driver_sql(statement)


def downgrade() -> None:
    from app.db.positions_0016 import ISO_TRIGGER_NAMES as TRIGGER_NAMES

    conn = op.get_bind()
    for name in TRIGGER_NAMES:
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_journal_write_off")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_journal_repayment_date")
    conn.exec_driver_sql("DROP INDEX IF EXISTS ix_installment_due_loan")
    op.drop_table('loan_demand_month')
    op.drop_table('loan_position')
