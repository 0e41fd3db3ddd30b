"""The shell: login, main window, status bar, language switch, keyboard, Today."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from sqlalchemy.orm import Session

from app.db.models import Meeting
from app.db.uow import UnitOfWork
from app.errors import QT_TR_NOOP, RuleViolation
from app.services.status import mark_demo_branch, status_summary
from tests import dbfiles
from tests.builders import TEST_PASSWORD, small_branch
from ui.i18n import install_language, set_language
from ui.login_dialog import LoginDialog
from ui.main_window import PAGES, MainWindow, MissingPage, build_page
from ui.ops import error_text, run_op


def _show(qtbot, widget):
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


def _window(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _show(qtbot, window)
    return window


def test_the_right_password_logs_in(engine, qtbot):
    small_branch(engine)
    dialog = LoginDialog(engine, "Saheberhat", demo=False, lang="en")
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.password, TEST_PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.actor is not None and dialog.actor.role == "branch_manager"


def test_a_wrong_password_shows_a_message_and_clears_the_field(engine, qtbot):
    small_branch(engine)
    dialog = LoginDialog(engine, "Saheberhat", demo=False, lang="en")
    qtbot.addWidget(dialog)
    _show(qtbot, dialog)
    qtbot.keyClicks(dialog.username, "manager")
    qtbot.keyClicks(dialog.password, "nope")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert (dialog.actor, dialog.message.text(), dialog.password.text()) == (
        None, "Wrong user name or password.", "")


def test_a_demo_branch_shows_the_demo_logins(engine, qtbot):
    small_branch(engine)
    mark_demo_branch(engine)
    dialog = LoginDialog(engine, "Saheberhat", demo=True, lang="en")
    qtbot.addWidget(dialog)
    assert dialog.hint.text() == "Demo: user manager, officer1 or accountant; password demo"


def test_the_login_dialog_speaks_bengali_when_chosen(engine, qtbot):
    small_branch(engine)
    dialog = LoginDialog(engine, "সাহেবেরহাট", demo=False, lang="en")
    qtbot.addWidget(dialog)
    try:
        dialog.language.setCurrentIndex(0)  # বাংলা
        assert dialog.lang == "bn" and dialog.pass_label.text() == "পাসওয়ার্ড (&P)"
    finally:
        install_language("en")


def test_the_status_bar_shows_branch_user_business_date_and_sync(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = (window.branch_label.text(), window.user_label.text(), window.date_label.text(),
             window.sync_label.text())
    assert texts == ("Branch: Saheberhat (BJS-001)", "User: manager",
                     "Business date: 25 Nov 2026", "Everything is at head office")


def test_the_status_bar_counts_events_not_yet_at_head_office(ctx, qtbot):
    with UnitOfWork(ctx.engine, ctx.actor) as uow:
        for n in range(3):
            uow.emit("test.happened", str(n), {"n": n}, date(2026, 11, 25))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.sync_label.text() == "3 events not yet at head office"
    set_language(ctx, "bn")
    assert window.sync_label.text() == "৩টি এন্ট্রি এখনও প্রধান কার্যালয়ে যায়নি"


def test_a_clock_off_head_offices_by_more_than_five_minutes_is_shown(ctx, qtbot):
    from sqlalchemy.orm import Session

    from app.sync.outbox import set_state

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.clock_label.isHidden()
    for skew, text in ((-600, "Clock 10 min behind head office's"),
                       (301, "Clock 5 min ahead of head office's")):
        with Session(ctx.engine) as s, s.begin():
            set_state(s, "clock_skew_seconds", skew)
        window.update_status()
        assert not window.clock_label.isHidden() and window.clock_label.text() == text
    set_language(ctx, "bn")
    assert "৫" in window.clock_label.text()
    with Session(ctx.engine) as s, s.begin():
        set_state(s, "clock_skew_seconds", 299)
    window.update_status()
    assert window.clock_label.isHidden()


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_every_page_fits_a_1024_by_768_screen_with_every_button_on_it(ctx, qtbot, lang):
    """Old branch PCs have 1024×768 screens: no page may ask for a wider window (1,000
    leaves room for the window frame), and a row of buttons too long for it wraps
    instead of pushing its last buttons off the window."""
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    set_language(ctx, lang)
    too_wide, cut_off = {}, {}
    window.show()
    for number in range(8):
        window.show_page(number)
        window.resize(800, 600)  # Qt grows it back to what the page needs
        qtbot.wait(10)
        if window.width() > 1000:
            too_wide[number] = window.width()
        page = window.stack.currentWidget()
        for button in page.findChildren(QPushButton):
            if button.isVisible():
                right = button.mapTo(window, button.rect().bottomRight())
                if right.x() > window.width() or right.y() > window.height():
                    cut_off.setdefault(number, []).append(button.text())
    assert (too_wide, cut_off) == ({}, {})


def test_switching_the_language_at_run_time_shows_bengali(ctx, qtbot):
    window = _window(ctx, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.nav.item(0).text().startswith("আজ"))
    today = window.page("today")
    assert (window.date_label.text(), today.title.text()) == (
        "কাজের তারিখ: ২৫ নভেঃ, ২০২৬", "আজকের সভা")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.nav.item(0).text().startswith("Today"))


def test_the_settings_page_switches_the_language(ctx, qtbot):
    window = _window(ctx, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    settings = window.page("settings")
    settings.language.setCurrentIndex(settings.language.findData("bn"))
    assert ctx.lang == "bn" and window.nav.item(7).text().startswith("সেটিং")
    bengali = [label.text() for label in settings.findChildren(QLabel)]
    assert "কাজের তারিখ" in bengali


def test_two_different_new_passwords_are_refused_before_asking_the_database(ctx, qtbot):
    window = _window(ctx, qtbot)
    settings = window.page("settings")
    settings.old_password.setText(TEST_PASSWORD)
    settings.new_password.setText("new secret 1")
    settings.repeat_password.setText("new secret 2")
    settings.change.click()
    assert settings.message.text() == "The two new passwords are not the same."


def test_ctrl_and_a_number_switches_pages(ctx, qtbot):
    window = _window(ctx, qtbot)
    for number, key in enumerate((Qt.Key.Key_3, Qt.Key.Key_6, Qt.Key.Key_1), start=0):
        qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
        expected = PAGES[int(key.name[-1]) - 1]
        assert window.stack.currentWidget() is window.page(expected), number


def test_arrow_keys_in_the_navigation_move_between_pages(ctx, qtbot):
    window = _window(ctx, qtbot)
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is window.page("groups")


def test_a_page_that_is_not_installed_says_so(ctx, qtbot):
    page = build_page("nothing_like_this", ctx)
    qtbot.addWidget(page)
    assert isinstance(page, MissingPage)
    assert page.message.text() == "This part is not installed yet."


def test_today_lists_the_business_dates_meetings(ctx, qtbot):
    with Session(ctx.engine) as s, s.begin():
        s.add(Meeting(group_id=ctx.ids["group"], scheduled_on=date(2026, 12, 2),
                      status="scheduled"))
    window = _window(ctx, qtbot)
    today = window.page("today")
    rows = [[today.model.index(r, c).data() for c in range(today.model.columnCount())]
            for r in range(today.model.rowCount())]
    assert len(rows) == 1 and rows[0][-1] == "not yet entered"
    assert today.summary.text() == "Meetings: 1 · total due 0.00"


def test_every_page_opens_without_error(ctx, qtbot):
    window = _window(ctx, qtbot)
    for index in range(len(PAGES)):
        window.show_page(index)
    assert window.stack.currentIndex() == len(PAGES) - 1


def test_errors_read_in_the_users_language(qapp):
    error = RuleViolation(QT_TR_NOOP("Not an amount: {text}"), text="12x")
    install_language("bn")
    try:
        assert error_text(error) == "টাকার অঙ্ক নয়: 12x"
        assert error_text(KeyError("x")).startswith("কিছু একটা ভুল হয়েছে")
    finally:
        install_language("en")


def test_a_full_disk_reads_as_a_full_disk_not_as_something_went_wrong(qapp):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (x TEXT)")
    con.execute("PRAGMA max_page_count = 2")  # a real SQLITE_FULL, as a full disk gives
    with pytest.raises(sqlite3.OperationalError) as full:
        con.executemany("INSERT INTO t VALUES (?)", [("x" * 4000,)] * 10)
    wrapped = OperationalError("INSERT …", {}, full.value)  # as SQLAlchemy raises it
    install_language("bn")
    try:
        assert error_text(wrapped).startswith("ডিস্ক ভরে গেছে: কিছুই সংরক্ষণ হয়নি।")
    finally:
        install_language("en")
    assert error_text(wrapped).startswith("The disk is full")


def test_a_finished_operation_tells_the_views_what_changed(ctx, qtbot):
    results = []
    with qtbot.waitSignal(ctx.data_changed) as signal:
        run_op(None, lambda a, b: a + b, 2, 3, on_done=results.append, ctx=ctx,
               changed="members")
    assert (signal.args, results) == (["members"], [5])


def test_first_start_creates_a_demo_branch_in_a_worker(tmp_path, qapp, monkeypatch):
    import ui.app_main as app_main
    from app.db.engine import open_engine
    from app.services.status import is_demo_branch

    monkeypatch.setattr(app_main, "DEMO_MEMBERS", 20)
    monkeypatch.setattr(app_main, "DEMO_YEARS", 1)
    path = tmp_path / "branch.db"
    app_main.create_demo(path, "bn")
    engine = open_engine(path)
    assert is_demo_branch(engine) and status_summary(engine).branch_code


def _start_and_read_the_message(db):
    import argparse

    from tests.ui.keys import read_next_message
    from ui.app_main import run_gui

    seen: list[str] = []
    read_next_message(seen)
    return run_gui(argparse.Namespace(db=str(db), lang="en")), seen


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path, qapp):
    bad = tmp_path / "branch.db"
    bad.write_bytes(b"this is not a branch database\n" * 200)
    before = bad.read_bytes()
    code, seen = _start_and_read_the_message(bad)
    assert (code, bad.read_bytes() == before, seen) == (
        1, True, [f"This file is not a Shakha database: {bad}"])


def test_a_database_that_cannot_be_upgraded_is_left_alone(db_path, qapp):

    con = dbfiles.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = 'from-the-future'")
    con.commit()
    con.close()
    before = db_path.read_bytes()
    code, seen = _start_and_read_the_message(db_path)
    assert (code, db_path.read_bytes() == before, len(seen)) == (1, True, 1)
    assert "was made by a newer version of Shakha" in seen[0], seen
