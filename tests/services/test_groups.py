import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.models import Group, MemberEvent, OutboxEvent
from app.db.uow import Actor
from app.errors import RuleViolation, ValidationError
from app.services.groups import NewGroup, form_group
from app.services.members import NewMember, register_member, transfer_member
from tests.builders import make_member, make_village, small_branch


def _world(engine, members=5):
    ids = small_branch(engine, members=members)
    with Session(engine) as s, s.begin():
        ids["village"] = make_village(s).id
    ids["actor"] = Actor(ids["officer"], "officer", "field_officer")
    return ids


def _new(ids, **changes):
    values = dict(name_en="Padma", name_bn="পদ্মা", village_id=ids["village"],
                  meeting_weekday=1, meeting_time="10:30", field_officer_id=ids["officer"])
    values.update(changes)
    return NewGroup(**values)


def _count(engine, table):
    with Session(engine) as s:
        return s.scalar(select(func.count()).select_from(table))


def test_forming_a_group_gives_it_a_code_and_emits_an_event(engine):
    ids = _world(engine)
    formed = form_group(engine, ids["actor"], _new(ids))
    with Session(engine) as s:
        group = s.get(Group, formed.group_id)
        assert (group.name_bn, group.meeting_time, group.max_members) == ("পদ্মা", "10:30", 20)
        assert [e.type for e in s.scalars(select(OutboxEvent))] == ["group.formed"]


@pytest.mark.parametrize("changes", [{"meeting_weekday": 7}, {"meeting_time": "25:00"},
                                     {"name_en": "", "name_bn": " "}, {"max_members": 21}])
def test_an_invalid_group_is_refused_and_nothing_is_written(engine, changes):
    ids = _world(engine)
    before = _count(engine, Group)
    with pytest.raises(ValidationError):
        form_group(engine, ids["actor"], _new(ids, **changes))
    assert _count(engine, Group) == before
    assert _count(engine, OutboxEvent) == 0


def test_an_auditor_may_not_form_a_group(engine):
    ids = _world(engine)
    with pytest.raises(Exception, match="role"):
        form_group(engine, Actor(ids["officer"], "a", "auditor"), _new(ids))


def test_the_size_limit_is_enforced_on_join(engine):
    ids = _world(engine, members=0)
    formed = form_group(engine, ids["actor"], _new(ids, max_members=2))
    for n in range(2):
        register_member(engine, ids["actor"], NewMember(formed.group_id, f"A{n}", f"ক{n}"))
    with pytest.raises(RuleViolation, match="most"):
        register_member(engine, ids["actor"], NewMember(formed.group_id, "Third", "তৃতীয়"))


def test_a_full_bjs_group_of_twenty_refuses_a_transfer_in_and_history_is_kept(engine):
    ids = _world(engine, members=20)
    other = form_group(engine, ids["actor"], _new(ids))
    with Session(engine) as s, s.begin():
        newcomer = make_member(s, group=s.get(Group, other.group_id)).id
    with pytest.raises(RuleViolation, match="20"):
        transfer_member(engine, ids["actor"], newcomer, ids["group"], "moved house")
    with Session(engine) as s:
        assert s.scalar(select(func.count()).select_from(MemberEvent)) == 0
    transfer_member(engine, ids["actor"], ids["first_member"], other.group_id, "moved house")
    transfer_member(engine, ids["actor"], newcomer, ids["group"], "moved house")
    with Session(engine) as s:
        kinds = [(e.kind, e.from_group_id, e.to_group_id) for e in s.scalars(
            select(MemberEvent).order_by(MemberEvent.id))]
    assert kinds == [("transferred", ids["group"], other.group_id),
                     ("transferred", other.group_id, ids["group"])]
