"""The screen lock over the main window: the idle lock keeps what was typed (and open
dialogs), the same user's password brings it back, another user's switches user, five
wrong passwords lock the user out, log out leaves nobody logged in; Escape does nothing."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.models import AuditEvent
from tests.builders import TEST_PASSWORD
from ui.main_window import PAGES, MainWindow


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    from app.db import keyslots
    monkeypatch.setattr(keyslots, "ARGON2", {"t": 1, "m": 64, "p": 1})


@pytest.fixture
def window(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page(PAGES.index("settings"))
    return window


def _settings(window):
    return window.pages["settings"]


def _unlock(qtbot, window, user, password):
    screen = window.session.screen
    screen.username.setText(user)
    screen.password.clear()
    qtbot.keyClicks(screen.password, password)
    qtbot.keyClick(screen.password, Qt.Key.Key_Return)


def _actions(engine):
    with Session(engine) as s:
        return list(s.scalars(select(AuditEvent.action).order_by(AuditEvent.id)))


def test_the_idle_lock_covers_the_window_and_keeps_what_was_typed(window, qtbot):
    page = _settings(window)
    qtbot.keyClicks(page.new_password, "half typed")
    window.session.timer.timeout.emit()  # the idle time has passed
    screen = window.session.screen
    assert screen.isVisible() and window.session.locked
    assert screen.username.text() == "manager" and screen.focusWidget() is screen.password
    _unlock(qtbot, window, "manager", TEST_PASSWORD)
    assert not screen.isVisible() and not window.session.locked
    assert _settings(window) is page and page.new_password.text() == "half typed"


def test_a_wrong_password_leaves_it_locked_and_says_why(window, qtbot):
    window.session.lock()
    _unlock(qtbot, window, "manager", "wrong")
    screen = window.session.screen
    assert screen.isVisible() and "Wrong user name or password" in screen.message.text()


def test_five_wrong_passwords_lock_the_user_out_and_the_lock_says_so(window, qtbot):
    window.session.lock()
    for _ in range(5):
        _unlock(qtbot, window, "manager", "wrong")
    assert "locked after 5 wrong passwords" in window.session.screen.message.text()
    _unlock(qtbot, window, "manager", TEST_PASSWORD)
    assert window.session.locked  # even the right password waits now
    assert "staff.locked_out" in _actions(window.ctx.engine)


def test_an_open_dialog_stays_open_under_the_lock(window, qtbot):
    dialog = QDialog(window)
    dialog.open()
    window.session.lock()
    _unlock(qtbot, window, "manager", TEST_PASSWORD)
    assert dialog.isVisible()


def test_another_user_unlocking_switches_user_without_quitting(window, ctx, qtbot):
    page = _settings(window)
    qtbot.keyClicks(page.new_password, "the manager's")
    dialog = QDialog(window)
    dialog.open()
    window.session.lock(any_user=True)
    assert window.session.screen.username.text() == ""
    _unlock(qtbot, window, "officer", TEST_PASSWORD)
    assert ctx.actor.username == "officer" and ctx.actor.role == "field_officer"
    assert not dialog.isVisible()  # her dialogs are not the officer's
    assert _settings(window) is not page and _settings(window).new_password.text() == ""
    assert "officer" in window.user_label.text()
    assert _actions(ctx.engine)[-2:] == ["staff.logged_out", "staff.logged_in"]


def test_log_out_leaves_nobody_logged_in_until_someone_logs_in(window, ctx, qtbot):
    window.session.log_out()
    screen = window.session.screen
    assert screen.isVisible() and screen.username.text() == ""
    assert "Nobody is logged in" in screen.note.text()
    assert _actions(ctx.engine)[-1] == "staff.logged_out"
    _unlock(qtbot, window, "manager", TEST_PASSWORD)
    assert not screen.isVisible() and ctx.actor.username == "manager"


def test_escape_does_not_lift_the_lock(window, qtbot):
    window.session.lock()
    qtbot.keyClick(window.session.screen, Qt.Key.Key_Escape)
    window.session.screen.close()
    assert window.session.screen.isVisible()


def test_typing_starts_the_idle_time_again(window, qtbot):
    window.session.timer.stop()
    qtbot.keyClicks(_settings(window).new_password, "x")
    assert window.session.timer.isActive()


def test_the_idle_time_is_the_branch_setting(engine, ctx, qtbot):
    from app.services.session import set_idle_lock_minutes
    set_idle_lock_minutes(engine, ctx.actor, 3)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.session.timer.interval() == 3 * 60_000
