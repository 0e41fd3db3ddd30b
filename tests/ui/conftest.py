"""UI tests: real widgets offscreen on real migrated databases."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from app.db.models import Meeting
from app.db.uow import Actor
from tests.builders import small_branch
from ui.context import AppContext


@pytest.fixture
def ctx(engine, qapp):
    ids = small_branch(engine)
    with Session(engine) as s, s.begin():
        from datetime import date
        s.add(Meeting(group_id=ids["group"], scheduled_on=date(2026, 11, 25),
                      status="scheduled"))
    context = AppContext(engine, Actor(ids["manager"], "manager", "branch_manager", "BM-1"),
                         "en")
    context.ids = ids
    yield context
    from ui.i18n import install_language
    install_language("en")


@pytest.fixture(scope="session", autouse=True)
def _bundled_fonts(qapp):
    """The fonts the app ships and loads at start (Noto Sans, Noto Sans Bengali) and its
    style sheet, so widths and shaping in UI tests are the user's, not whatever the
    machine has."""
    from ui.app_main import STYLE, load_fonts

    load_fonts(qapp)
    qapp.setStyleSheet(STYLE)  # the app's own look: 16-point titles are wider


@pytest.fixture(autouse=True)
def _english_after_each_test(qapp):
    """A test that switched to Bengali leaves English behind for the next one."""
    yield
    from ui.i18n import current_language, install_language

    if current_language() != "en":
        install_language("en")


@pytest.fixture(autouse=True)
def _discard_at_teardown(monkeypatch):
    """Widgets a test leaves open with typed input are closed after it; they would ask
    'Close without saving?' and wait for an answer nobody gives. Tests of that question
    patch it themselves (or call monkeypatch.undo() for the real one)."""
    monkeypatch.setattr("ui.guarded_dialog.ask_discard", lambda *_a, **_k: True)
