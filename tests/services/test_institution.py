"""The institution block: from head office's reference data into the branch's settings,
in both languages, for the branch's own profile only; checked at both ends."""

from dataclasses import asdict

import pytest
from sqlalchemy.orm import Session

from app.demo.institution import DEMO_INSTITUTIONS
from app.errors import ValidationError
from app.services.institution import institution
from app.sync.reference import apply_page, check_change
from tests.builders import make_branch


def _branch(engine, profile: str = "india_rbi") -> None:
    with Session(engine) as s, s.begin():
        make_branch(s, profile=profile, currency="INR" if profile == "india_rbi" else "BDT")


def _page(profile: str, payload: dict, version: int = 1, deleted: bool = False) -> dict:
    return {"changes": [{"version": version, "kind": "institution", "key": profile,
                         "payload": payload, "deleted": deleted}],
            "next_cursor": version, "has_more": False}


def test_head_offices_block_for_the_branchs_profile_is_kept_in_both_languages(engine):
    _branch(engine)
    block = asdict(DEMO_INSTITUTIONS["india_rbi"])
    assert apply_page(engine, _page("india_rbi", block), 0) == 1
    got = institution(engine)
    assert got.pick("name", "bn") == "বেঘোরিয়া জনকল্যাণ সমিতি"
    assert got.pick("grievance_officer", "en").startswith("Sanjoy Mitra")
    assert "14448" in got.escalation_en


def test_another_profiles_block_changes_nothing(engine):
    _branch(engine, "bangladesh_mra")
    apply_page(engine, _page("india_rbi", asdict(DEMO_INSTITUTIONS["india_rbi"])), 0)
    got = institution(engine)
    assert got.name_en == "Beghoria Janakalyan Samity" and got.name_bn == got.name_en
    assert "16236" in got.escalation_en and "14448" not in got.escalation_en + got.escalation_bn


def test_a_withdrawn_block_falls_back_to_the_branchs_own_fields(engine):
    _branch(engine)
    apply_page(engine, _page("india_rbi", asdict(DEMO_INSTITUTIONS["india_rbi"])), 0)
    apply_page(engine, _page("india_rbi", {}, 2, deleted=True), 1)
    assert institution(engine).name_bn == "Beghoria Janakalyan Samity"


@pytest.mark.parametrize("key, payload, words", [
    ("india_rbi", {"name_en": "X"}, "needs name_bn"),
    ("nepal", {"name_en": "X", "name_bn": "এক্স"}, "Unknown policy profile"),
    ("india_rbi", {"name_en": "X", "name_bn": "এক্স", "phone": "1"}, "Unknown fields"),
    ("india_rbi", {"name_en": "X" * 401, "name_bn": "এক্স"}, "at most 400"),
    ("india_rbi", {"name_en": "X", "name_bn": "এক্স", "cooling_off_days": 2**62},
     "from 0 to 30"),
    ("india_rbi", {"name_en": "X", "name_bn": "এক্স", "transferable": "yes"}, "true or false"),
    ("india_rbi", ["not", "an", "object"], "JSON object"),
])
def test_a_block_no_branch_can_use_is_refused_where_head_office_publishes_it(key, payload,
                                                                             words):
    with pytest.raises(ValidationError, match=words):
        check_change("institution", key, payload)


def test_the_demo_branch_has_its_institution_in_both_languages(tmp_path):
    from datetime import date

    from app.db.engine import open_engine
    from app.demo import generate_demo

    path = tmp_path / "demo.db"
    generate_demo(path, members=30, years=1, seed=3, today=date(2026, 11, 25),
                  profile="bangladesh_mra")
    got = institution(open_engine(path))
    assert got.name_bn.startswith("জনতা ব্যাংক") and "14448" not in got.grievance_phone
