"""The accountant closes the day from the Cash page with the branch manager's
countersignature, given on the same screen; without it nothing is closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

from app.services.actor import Actor
from app.services.status import status_summary
from tests.builders import TEST_PASSWORD, make_staff, small_branch
from ui.context import AppContext
from ui.countersign import CountersignDialog
from ui.views.day_close import close_the_day


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    from app.db import keyslots
    monkeypatch.setattr(keyslots, "ARGON2", {"t": 1, "m": 64, "p": 1})


@pytest.fixture
def accountant_ctx(engine, qapp):
    small_branch(engine)
    with Session(engine) as s, s.begin():
        accountant = make_staff(s, role="accountant", username="rina")
        actor = Actor(accountant.id, "rina", "accountant")
    return AppContext(engine, actor, "en")


def _answer(user, password):
    """Fill the countersignature dialog when it opens, and press OK."""
    def fill():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, CountersignDialog) and w.isVisible())
        dialog.username.setText(user)
        dialog.password.setText(password)
        dialog.sign()
        if dialog.isVisible():  # refused: she gives up
            dialog.reject()
    QTimer.singleShot(0, fill)


def test_the_accountant_closes_the_day_when_the_manager_countersigns(accountant_ctx):
    before = status_summary(accountant_ctx.engine).business_date
    _answer("manager", TEST_PASSWORD)
    closed = close_the_day(None, accountant_ctx, counted="0")
    assert closed is not None and closed.closed == before
    assert status_summary(accountant_ctx.engine).business_date > before


@pytest.mark.parametrize(("user", "password"), [("manager", "wrong"),
                                                 ("officer", TEST_PASSWORD)])
def test_without_a_managers_countersignature_the_day_stays_open(accountant_ctx, user,
                                                               password):
    before = status_summary(accountant_ctx.engine).business_date
    _answer(user, password)
    assert close_the_day(None, accountant_ctx, counted="0") is None
    assert status_summary(accountant_ctx.engine).business_date == before


def test_the_countersignature_dialog_says_why_it_refuses(accountant_ctx, qtbot):
    dialog = CountersignDialog(accountant_ctx, "day.close")
    qtbot.addWidget(dialog)
    dialog.username.setText("officer")
    dialog.password.setText(TEST_PASSWORD)
    dialog.sign()
    assert dialog.signer is None and "another person's" in dialog.message.text()
