"""The role × action table walked: every action by every role, through the real service.

A refused role gets PermissionDenied and the database (every row of every table) and the
key-slot file are as they were; an allowed role is never refused, and where the scenario
is complete (`works`) its change is in the database.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db import keyslots
from app.db.models import Village
from app.db.uow import Actor
from app.errors import PermissionDenied, ShakhaError
from app.services import roles
from tests.builders import make_staff
from tests.services.loan_world import TODAY, LoanWorld, application, disbursed_loan, loan_world


@pytest.fixture(autouse=True)
def _cheap_hasher(monkeypatch):
    from argon2 import PasswordHasher

    from app.services import users
    monkeypatch.setattr(users, "HASHER", PasswordHasher(time_cost=1, memory_cost=8,
                                                        parallelism=1))
    monkeypatch.setattr(keyslots, "ARGON2", {"t": 1, "m": 64, "p": 1})


def fingerprint(engine, db_path) -> str:
    digest = hashlib.sha256()
    with engine.connect() as conn:
        tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table' "
                                   "ORDER BY name")).scalars().all()
        for table in tables:
            digest.update(table.encode())
            rows = sorted(repr(tuple(row)) for row in  # WITHOUT ROWID tables too
                          conn.execute(text(f'SELECT * FROM "{table}"')))
            for row in rows:
                digest.update(row.encode())
    slots = keyslots.slot_path(db_path)
    if slots.exists():
        digest.update(slots.read_bytes())
    return digest.hexdigest()


@dataclass
class Scenario:
    act: Callable[[Any, Actor, LoanWorld, Any], object]
    prepare: Callable[[Any, LoanWorld], Any] = lambda engine, w: None
    works: bool = False  # an allowed role's call completes and changes the database


def _applied(engine, w: LoanWorld) -> int:
    from app.services.loan_application import apply_for_loan
    return apply_for_loan(engine, w.officer, application(w.members[1])).loan_id


def _sanctioned(engine, w: LoanWorld) -> int:
    from app.services.loan_sanction import sanction_loan
    loan = _applied(engine, w)
    sanction_loan(engine, w.manager, loan)
    return loan


def _kfs(engine, w: LoanWorld) -> int:
    from app.services.loan_disbursement import accept_kfs
    loan = _sanctioned(engine, w)
    accept_kfs(engine, w.officer, loan, "bn")
    return loan


def _reschedule_asked(engine, w: LoanWorld) -> int:
    from app.services.loan_reschedule import request_reschedule
    return request_reschedule(engine, w.officer, disbursed_loan(engine, w), 60, "flood")


def _new_member(w: LoanWorld):
    from app.services.members import NewMember
    return NewMember(group_id=w.group_id, name_en="Rina Das", name_bn="রিনা দাস",
                     guardian_name_en="Gopal Das", guardian_name_bn="গোপাল দাস",
                     id_document_type="aadhaar", id_document_number="999988887777",
                     date_of_birth=date(1990, 1, 1))


def _new_group(engine, w: LoanWorld):
    from app.services.groups import NewGroup
    with Session(engine) as s:
        village = s.scalars(select(Village.id)).first()
    return NewGroup(name_en="Padma", name_bn="পদ্মা", village_id=village, meeting_weekday=1,
                    meeting_time="10:30", field_officer_id=w.officer.staff_id)


def _book(engine, w: LoanWorld) -> int:
    from app.services.cash import day_close_check
    return day_close_check(engine).book_minor


def _s(module: str, name: str) -> Callable[..., Any]:
    import importlib
    return getattr(importlib.import_module(module), name)


SV = "app.services."
SCENARIOS: dict[str, Scenario] = {
    roles.MEMBER_REGISTER: Scenario(
        lambda e, a, w, _: _s(SV + "members", "register_member")(e, a, _new_member(w)),
        works=True),
    roles.MEMBER_TRANSFER: Scenario(
        lambda e, a, w, g: _s(SV + "members", "transfer_member")(e, a, w.members[4], g, "moved"),
        prepare=lambda e, w: _s(SV + "groups", "form_group")(e, w.manager, _new_group(e, w)).group_id,
        works=True),
    roles.MEMBER_LEAVE: Scenario(
        lambda e, a, w, _: _s(SV + "members", "drop_out")(e, a, w.members[4], "moved away"),
        works=True),
    roles.GROUP_FORM: Scenario(
        lambda e, a, w, _: _s(SV + "groups", "form_group")(e, a, _new_group(e, w)), works=True),
    roles.MEETING_ENTER: Scenario(
        lambda e, a, w, _: _s(SV + "meetings", "ensure_meetings")(
            e, a, TODAY, TODAY + timedelta(days=14)), works=True),
    roles.MEETING_REVERSE: Scenario(
        lambda e, a, w, _: _s(SV + "meetings", "reverse_meeting")(e, a, 987654, "wrong")),
    roles.LOAN_APPLY: Scenario(
        lambda e, a, w, _: _s(SV + "loan_application", "apply_for_loan")(
            e, a, application(w.members[2])), works=True),
    roles.LOAN_RECOMMEND: Scenario(
        lambda e, a, w, loan: _s(SV + "loan_sanction", "recommend_loan")(e, a, loan, "good"),
        prepare=_applied, works=True),
    roles.LOAN_SANCTION: Scenario(
        lambda e, a, w, loan: _s(SV + "loan_sanction", "reject_loan")(e, a, loan, "no income"),
        prepare=_applied, works=True),
    roles.SANCTION_POWERS: Scenario(
        lambda e, a, w, _: _s(SV + "loan_sanction", "set_sanction_power")(
            e, a, "BM-2", False, 40_000_00, 1), works=True),
    roles.LOAN_KFS: Scenario(
        lambda e, a, w, loan: _s(SV + "loan_disbursement", "accept_kfs")(e, a, loan, "bn"),
        prepare=_sanctioned, works=True),
    roles.LOAN_DISBURSE: Scenario(
        lambda e, a, w, loan: _s(SV + "loan_disbursement", "disburse_loan")(e, a, loan),
        prepare=_kfs, works=True),
    roles.LOAN_REPAY: Scenario(
        lambda e, a, w, loan: _s(SV + "loan_closure", "counter_repayment")(e, a, loan, 100_00),
        prepare=lambda e, w: disbursed_loan(e, w), works=True),
    roles.LOAN_RESCHEDULE_ASK: Scenario(
        lambda e, a, w, loan: _s(SV + "loan_reschedule", "request_reschedule")(
            e, a, loan, 60, "flood"),
        prepare=lambda e, w: disbursed_loan(e, w), works=True),
    roles.LOAN_RESCHEDULE_DECIDE: Scenario(
        lambda e, a, w, req: _s(SV + "loan_reschedule", "approve_reschedule")(e, a, req),
        prepare=_reschedule_asked, works=True),
    roles.LOAN_WRITE_OFF: Scenario(
        lambda e, a, w, loan: _s(SV + "loan_closure", "write_off_loan")(e, a, loan, "fled"),
        prepare=lambda e, w: disbursed_loan(e, w)),
    roles.LOAN_REVERSE: Scenario(
        lambda e, a, w, entry: _s(SV + "loan_reversal", "reverse_loan_entry")(
            e, a, entry, "typed twice"),
        prepare=lambda e, w: _s(SV + "loan_closure", "counter_repayment")(
            e, w.officer, disbursed_loan(e, w), 100_00).entry_id, works=True),
    roles.SAVINGS_COUNTER: Scenario(
        lambda e, a, w, _: _s(SV + "savings", "open_account")(e, a, w.members[0]), works=True),
    roles.SAVINGS_INTEREST: Scenario(
        lambda e, a, w, _: _s(SV + "savings", "post_savings_interest")(e, a, TODAY),
        works=True),
    roles.CASH_TRANSFER: Scenario(
        lambda e, a, w, _: _s(SV + "cash_transfers", "record_cash_transfer")(
            e, a, "in", 100_00, "HO advice 2"), works=True),
    roles.CASH_TRANSFER_REVERSE: Scenario(
        lambda e, a, w, entry: _s(SV + "cash_transfers", "reverse_cash_transfer")(
            e, a, entry, "typed twice"),
        prepare=lambda e, w: _s(SV + "cash_transfers", "record_cash_transfer")(
            e, w.accountant, "in", 50_00, "HO advice 3"), works=True),
    roles.CASH_DIFFERENCE: Scenario(
        lambda e, a, w, _: _s(SV + "cash_differences", "reverse_difference")(
            e, a, 987654, "counted again")),
    roles.DAY_CLOSE: Scenario(
        lambda e, a, w, book: _s(SV + "cash", "close_day")(e, a, book),
        prepare=_book, works=True),
    roles.PASSBOOK_PRINT: Scenario(
        lambda e, a, w, _: _s(SV + "printing", "save_printer_offset")(e, a, "HP", 1.0, 2.0),
        works=True),
    roles.PRINTER_SETUP: Scenario(
        lambda e, a, w, layout: _s(SV + "passbook_format", "save_passbook_layout")(
            e, a, layout),
        prepare=lambda e, w: _changed_layout(e), works=True),
    roles.BUREAU_CHECK: Scenario(
        lambda e, a, w, _: _s(SV + "bureau", "ask_for_bureau_check")(e, a, 987654, 987654,
                                                                       "paper")),
    roles.OPENING_IMPORT: Scenario(
        lambda e, a, w, _: _s(SV + "opening_import", "commit_import")(
            e, a, "/nonexistent/book.xlsx", None)),
    roles.HQ_REQUEST_ANSWER: Scenario(
        lambda e, a, w, _: _s(SV + "hq_requests", "answer_request")(e, a, "987654", "done")),
    roles.STAFF_MANAGE: Scenario(
        lambda e, a, w, _: _s(SV + "users", "create_staff")(
            e, a, "rina", "Rina Das", "রিনা দাস", "accountant", "pass1234"), works=True),
    roles.SYNC_SETTINGS: Scenario(
        lambda e, a, w, _: _s("app.sync.service", "save_sync_settings")(
            e, a, "https://hq.example.org"), works=True),
    roles.AUDIT_VIEW: Scenario(
        lambda e, a, w, _: _s(SV + "audit", "audit_trail")(e, a)),
}


def _changed_layout(engine):
    from dataclasses import replace

    from app.services.passbook_format import passbook_layout
    layout = passbook_layout(engine)
    return replace(layout, lines_per_page=layout.lines_per_page - 1)


def test_every_action_of_the_table_has_a_scenario_and_a_name():
    assert set(SCENARIOS) == set(roles.TABLE) == set(roles.ACTION_NAMES)


def _world(engine) -> tuple[LoanWorld, dict[str, Actor]]:
    w = loan_world(engine)
    with Session(engine) as s, s.begin():
        auditor = make_staff(s, role="auditor")
        auditor_actor = Actor(auditor.id, auditor.username, "auditor")
    return w, {roles.FIELD_OFFICER: w.officer, roles.ACCOUNTANT: w.accountant,
               roles.MANAGER: w.manager, roles.ADMIN: w.admin, roles.AUDITOR: auditor_actor}


CELLS = [(action, role) for action in roles.TABLE for role in roles.ROLE_ORDER]


@pytest.mark.parametrize(("action", "role"), CELLS, ids=[f"{a}-{r}" for a, r in CELLS])
def test_each_role_may_do_what_the_table_says_and_nothing_else(engine, db_path, action, role):
    w, actors = _world(engine)
    scenario = SCENARIOS[action]
    prepared = scenario.prepare(engine, w)
    before = fingerprint(engine, db_path)
    actor = actors[role]
    if roles.grant(role, action) is roles.Grant.YES:
        try:
            scenario.act(engine, actor, w, prepared)
        except PermissionDenied as refused:  # pragma: no cover - the failure we look for
            pytest.fail(f"{role} refused {action}: {refused}")
        except ShakhaError:
            assert not scenario.works, f"{action} by {role} should have worked"
        else:
            if scenario.works:
                assert fingerprint(engine, db_path) != before
    else:
        with pytest.raises(PermissionDenied):
            scenario.act(engine, actor, w, prepared)
        assert fingerprint(engine, db_path) == before


def test_the_accountant_closes_the_day_with_the_managers_countersignature(engine):
    from app.services.cash import close_day
    w, _ = _world(engine)
    closed = close_day(engine, w.accountant, _book(engine, w), countersigned_by=w.manager)
    assert closed.next_business_date > TODAY
    from tests.services.loan_world import events
    assert events(engine, "day.closed")[-1]["countersigned_by"] == w.manager.username


@pytest.mark.parametrize("who", ["none", "officer", "herself", "accountant2"])
def test_the_accountant_cannot_close_the_day_without_a_managers_countersignature(engine,
                                                                                 db_path, who):
    from app.services.cash import close_day
    w, _ = _world(engine)
    book = _book(engine, w)
    other = {"none": None, "officer": w.officer, "herself": w.accountant,
             "accountant2": Actor(9999, "acc2", "accountant")}[who]
    before = fingerprint(engine, db_path)
    with pytest.raises(PermissionDenied):
        close_day(engine, w.accountant, book, countersigned_by=other)
    assert fingerprint(engine, db_path) == before


def test_a_refusal_names_the_role_and_the_action():
    with pytest.raises(PermissionDenied) as refused:
        roles.require(Actor(1, "o", "field_officer"), roles.SYNC_SETTINGS)
    assert "field officer" in str(refused.value) and "sync settings" in str(refused.value)


def test_an_unknown_role_may_do_nothing():
    assert all(roles.grant("cashier", a) is roles.Grant.NO for a in roles.TABLE)


def _service_functions():
    """(module path, function) of every public function under app/services and app/sync
    that takes an `actor` and opens a unit of work: what changes something."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    for path in sorted([*root.joinpath("app/services").glob("*.py"),
                        root.joinpath("app/sync/service.py")]):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
                names = [a.arg for a in node.args.args]
                body = ast.unparse(node)
                if "actor" in names and ("UnitOfWork(" in body or "_counter(" in body):
                    yield path.relative_to(root).as_posix(), node.name, body


# her own password (proved by the old one) and her own log-out: every role, so not
# actions of the table
OWN = {("app/services/users.py", "change_password"), ("app/services/session.py", "log_out")}


def test_every_service_that_changes_something_asks_the_table():
    unchecked = [f"{path}:{name}" for path, name, body in _service_functions()
                 if (path, name) not in OWN and "require(actor, roles." not in body
                 and "_counter(" not in body]
    assert unchecked == []


def test_every_action_a_service_names_is_in_the_table():
    import re
    named = {m for _, _, body in _service_functions()
             for m in re.findall(r"roles\.([A-Z_]+)", body)}
    assert named and all(getattr(roles, n) in roles.TABLE for n in named)
