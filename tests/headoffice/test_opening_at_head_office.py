"""The book brought in at a branch reaches head office: its portfolio equals the
branch's own, group by group through the real sync (PostgreSQL)."""

from __future__ import annotations

from app.headoffice.portfolio import consolidated_portfolio
from app.services.opening_import import commit_import
from app.services.reports import portfolio_report
from tests.services.loan_world import TODAY
from tests.services.opening_world import opening_world
from tests.sync.world import register, sync


def test_head_office_sees_the_imported_portfolio_as_the_branch_does(engine, hq, tmp_path):
    world, _rows, tb, book = opening_world(engine, tmp_path, members=40)
    commit_import(engine, world.manager, book, tb)
    register(hq, engine)
    result = sync(engine, hq)
    assert result.acked_seq == result.uploaded > 3  # every group's event and the last
    branch = portfolio_report(engine, TODAY)
    [at_hq] = consolidated_portfolio(hq, TODAY)
    assert at_hq.outstanding_minor == branch.outstanding_minor \
        == sum(tb.outstanding_by_product.values())
    assert at_hq.active_loans == 36 and at_hq.members == 41  # and the one already there
