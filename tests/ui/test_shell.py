from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from tests.builders import TEST_PASSWORD, small_branch
from ui.login_dialog import LoginDialog
from ui.main_window import PAGES, MainWindow


def _show(qtbot, widget):
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)


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


def test_the_status_bar_shows_branch_user_and_business_date(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    texts = (window.branch_label.text(), window.user_label.text(), window.date_label.text())
    assert texts == ("Branch: Saheberhat (BJS-001)", "User: manager",
                     "Business date: 25 Nov 2026")


def test_switching_the_language_at_run_time_shows_bengali(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _show(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.nav.item(0).text().startswith("আজ"))
    assert window.date_label.text() == "কাজের তারিখ: ২৫ নভেঃ, ২০২৬"


def test_ctrl_and_a_number_switches_pages(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    _show(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.pages[PAGES[2]]


def test_today_lists_the_business_dates_meetings(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    today = window.pages["today"]
    assert today.model.rowCount() == 1 and today.summary.text().startswith("1 meetings")


def test_members_can_be_searched_in_bengali(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    members = window.pages["members"]
    window.show_page(2)
    members.search.setText("সদস্য")
    assert members.model.rowCount() == 5
    members.search.setText("nobody-like-this")
    assert members.model.rowCount() == 0
    assert isinstance(members.search, QLineEdit)


def test_every_page_opens_without_error(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    for index in range(len(PAGES)):
        window.show_page(index)
    assert window.stack.currentIndex() == len(PAGES) - 1
