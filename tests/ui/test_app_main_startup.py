"""Start-up: the window first, the database after; Today filled once it is open."""

import argparse
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy.orm import Session

import ui.app_main as app_main
from app.db.models import Meeting
from tests.builders import TEST_PASSWORD, small_branch
from ui.login_dialog import LoginDialog
from ui.main_window import PAGES, LoadingPage, MainWindow
from ui.views.today_view import TodayView

LOADING = "Opening the branch database …"


@pytest.fixture
def branch_db(db_path, engine):
    """A small branch with one meeting on its business date, as a file to start on."""
    ids = small_branch(engine)
    with Session(engine) as s, s.begin():
        s.add(Meeting(group_id=ids["group"], scheduled_on=date(2026, 11, 25),
                      status="scheduled"))
    engine.dispose()
    return db_path


@pytest.fixture
def start_env(monkeypatch, qapp):
    """For run_gui in this process: no automation switches; windows closed after."""
    for name in ("SHAKHA_AUTOLOGIN", "SHAKHA_SCREENSHOT", "SHAKHA_EXIT_WHEN_SHOWN"):
        monkeypatch.delenv(name, raising=False)
    stuck = QTimer()
    stuck.setSingleShot(True)
    stuck.timeout.connect(lambda: qapp.exit(99))  # a stuck start fails, not hangs
    stuck.start(20_000)
    yield monkeypatch
    stuck.stop()
    for widget in qapp.topLevelWidgets():
        widget.close()
    from ui.i18n import install_language
    install_language("en")


def _loading_window(qtbot):
    window = MainWindow(None, "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_the_main_window_shows_before_the_database_is_open_and_says_it_is_loading(qtbot):
    window = _loading_window(qtbot)
    page = window.stack.currentWidget()
    assert isinstance(page, LoadingPage)
    assert (page.title.text(), page.message.text(), window.pages) == ("Today", LOADING, {})


def test_navigating_while_loading_shows_the_loading_page_of_that_part(qtbot):
    window = _loading_window(qtbot)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.stack.currentWidget()
    assert (window.nav.currentRow(), page.title.text(), window.pages) == (2, "Members", {})


def test_attaching_the_database_builds_and_fills_today(ctx, qtbot):
    window = _loading_window(qtbot)
    window.attach(ctx)
    today = window.stack.currentWidget()
    assert isinstance(today, TodayView) and today.model.rowCount() == 1
    assert window.user_label.text() == "User: manager"


def test_a_part_chosen_while_loading_opens_when_the_database_is_open(ctx, qtbot):
    window = _loading_window(qtbot)
    window.show_page(PAGES.index("groups"))
    window.attach(ctx)
    assert list(window.pages) == ["groups"]
    assert window.stack.currentWidget() is window.pages["groups"]


def test_other_pages_are_built_only_when_navigated_to(ctx, qtbot):
    window = _loading_window(qtbot)
    window.attach(ctx)
    before = list(window.pages)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert (before, list(window.pages)) == (["today"], ["today", "members"])
    assert window.stack.currentWidget() is window.pages["members"]


def test_the_language_chosen_while_loading_is_kept_once_the_database_is_open(ctx, qtbot):
    window = _loading_window(qtbot)
    try:
        window.toggle_language()  # Ctrl+L before the database is open
        assert window.stack.currentWidget().message.text() == "শাখার ডেটাবেস খোলা হচ্ছে …"
        window.attach(ctx)
        assert (ctx.lang, window.nav.item(0).text()) == ("bn", "আজ   Ctrl+1")
    finally:
        window.toggle_language()


def test_a_login_asked_for_while_the_database_opens_happens_when_it_is_open(engine, qtbot):
    small_branch(engine)
    dialog = LoginDialog(None, "", demo=False, lang="en")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert (dialog.actor, dialog.message.text()) == (None, LOADING)
    dialog.set_branch(engine, "Saheberhat", demo=False)
    assert dialog.actor is not None and dialog.actor.username == "manager"
    assert dialog.title.text() == "Branch: Saheberhat"


def test_the_app_shows_the_main_window_loading_then_fills_today(branch_db, start_env, capfd):
    start_env.setenv("SHAKHA_AUTOLOGIN", f"manager:{TEST_PASSWORD}")
    start_env.setenv("SHAKHA_EXIT_WHEN_SHOWN", "1")
    seen = {}
    shown, ready = app_main.Startup._shown, app_main.Startup._ready

    def at_shown(self):
        seen["shown"] = (self.window.isVisible(), self.window.loading,
                         self.window.stack.currentWidget().message.text())
        shown(self)

    def at_ready(self):
        seen["ready"] = self.window.pages["today"].model.rowCount()
        ready(self)

    start_env.setattr(app_main.Startup, "_shown", at_shown)
    start_env.setattr(app_main.Startup, "_ready", at_ready)
    code = app_main.run_gui(argparse.Namespace(db=str(branch_db), lang="en"))
    events = [line.split()[1] for line in capfd.readouterr().out.splitlines()
              if line.startswith("shakha-timing")]
    assert (code, seen, events) == (0, {"shown": (True, True, LOADING), "ready": 1},
                                    ["shown", "opened", "ready"])


def test_the_login_dialog_comes_first_and_the_main_window_after_logging_in(branch_db,
                                                                           start_env):
    seen = {}

    def log_in():
        dialog = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, LoginDialog) and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(10, log_in)
            return
        seen["dialog"] = dialog.engine is None  # shown before the database was open
        dialog.username.setText("manager")
        dialog.password.setText(TEST_PASSWORD)
        dialog.buttons.accepted.emit()
        QTimer.singleShot(10, close_when_filled)

    def close_when_filled():
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, MainWindow) and w.isVisible()), None)
        if window is None or window.loading:
            QTimer.singleShot(10, close_when_filled)
            return
        seen["today"] = window.pages["today"].model.rowCount()
        window.close()

    QTimer.singleShot(0, log_in)
    code = app_main.run_gui(argparse.Namespace(db=str(branch_db), lang="en"))
    assert (code, seen) == (0, {"dialog": True, "today": 1})


def test_a_wrong_automatic_login_is_reported_and_the_app_ends(branch_db, start_env):

    start_env.setenv("SHAKHA_AUTOLOGIN", "manager:wrong")
    from tests.ui.keys import read_next_message

    seen: list[str] = []
    read_next_message(seen)
    code = app_main.run_gui(argparse.Namespace(db=str(branch_db), lang="en"))
    assert (code, seen) == (1, ["Wrong user name or password."])




@pytest.mark.parametrize(("elapsed", "percent", "lang", "said"), [
    (3.0, 50, "en", "About 5 seconds left"),
    (20.0, 25, "en", "About 60 seconds left"),
    (60.0, 20, "en", "About 4 minutes left"),
    (20.0, 25, "bn", "আর প্রায় ৬০ সেকেন্ড"),
    (12.0, 100, "en", "Almost done …"),
])
def test_demo_creation_says_how_long_is_left_from_how_long_it_took(qapp, elapsed, percent,
                                                                   lang, said):
    from ui.app_main import time_left
    from ui.i18n import install_language

    install_language(lang)
    try:
        assert time_left(elapsed, percent, lang) == said
    finally:
        install_language("en")
