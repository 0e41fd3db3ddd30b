"""The login dialog shows a lock-out (after five wrong passwords) in the reader's
language, and the first login with head office's one-time code sets her password."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt
from sqlalchemy.orm import Session

from app.db.models import Staff
from tests.builders import TEST_PASSWORD, small_branch
from ui.login_dialog import LoginDialog


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    from app.db import keyslots
    monkeypatch.setattr(keyslots, "ARGON2", {"t": 1, "m": 64, "p": 1})


def _try(qtbot, dialog, user, password):
    dialog.username.setText(user)
    dialog.password.setText(password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def test_the_fifth_wrong_password_shows_the_lock_out_and_the_right_one_waits(engine, qtbot):
    small_branch(engine)
    dialog = LoginDialog(engine, "Saheberhat", demo=False, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(5):
        _try(qtbot, dialog, "officer", "nope")
    assert dialog.message.text().startswith("officer is locked after 5 wrong passwords")
    _try(qtbot, dialog, "officer", TEST_PASSWORD)
    assert dialog.actor is None and "15 minutes" in dialog.message.text()


def test_the_lock_out_is_said_in_bengali(engine, qtbot):
    from ui.i18n import install_language

    small_branch(engine)
    install_language("bn")
    dialog = LoginDialog(engine, "Saheberhat", demo=False, lang="bn")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(5):
        _try(qtbot, dialog, "officer", "nope")
    assert "লক হয়ে আছে" in dialog.message.text() and "শাখা ব্যবস্থাপক" in dialog.message.text()


def test_a_one_time_code_opens_her_own_password_then_logs_her_in(engine, qtbot):
    ids = small_branch(engine)
    with Session(engine) as s, s.begin():
        s.get(Staff, ids["officer"]).password_hash = "otc:" + PasswordHasher(
            time_cost=1, memory_cost=8, parallelism=1).hash("12345678")
    dialog = LoginDialog(engine, "Saheberhat", demo=False, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    _try(qtbot, dialog, "officer", "1234-5678")
    assert dialog.new_password.isVisibleTo(dialog) and dialog.actor is None
    dialog.new_password.setText("her-own-1")
    dialog.again.setText("her-own-1")
    qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.username == "officer"
