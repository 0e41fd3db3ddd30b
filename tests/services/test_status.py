from datetime import date

from app.db.uow import Actor, UnitOfWork
from app.services.status import is_demo_branch, mark_demo_branch, status_summary
from tests.builders import small_branch


def test_the_status_shows_the_branch_and_its_business_date(engine):
    small_branch(engine)
    status = status_summary(engine)
    assert (status.branch_name_en, status.branch_code, status.business_date,
            status.pending_events, status.oldest_pending, status.last_ack_time) == (
        "Saheberhat", "BJS-001", date(2026, 11, 25), 0, None, None)


def test_events_head_office_has_not_acknowledged_are_counted(engine):
    ids = small_branch(engine)
    actor = Actor(ids["manager"], "manager", "branch_manager", "BM-1")
    for n in range(4):
        with UnitOfWork(engine, actor) as uow:
            uow.emit("test.happened", str(n), {"n": n}, date(2026, 11, 25))
    status = status_summary(engine)
    assert status.pending_events == 4 and status.oldest_pending is not None


def test_a_branch_is_a_demo_only_when_marked(engine):
    small_branch(engine)
    before = is_demo_branch(engine)
    mark_demo_branch(engine)
    assert (before, is_demo_branch(engine)) == (False, True)
