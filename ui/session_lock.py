"""The screen lock: idle lock, lock / switch user, log out — without quitting.

`install_session(window, ctx)` (the main window calls it once the database is open)
watches the keyboard and mouse of the whole application: after the branch's idle time
(app.services.session.idle_lock_minutes) with no input, a full-screen lock covers every
window. Nothing underneath is closed: a form half filled, a dialog open, a meeting being
entered stay as they were, and the same user's password brings them back. Another user's
password switches user: the last one is logged out (audited), her open dialogs are
cancelled and the pages are built afresh for the new user (what the last one had typed
is not shown to her). Ctrl+Shift+U locks now, for any user; Ctrl+Shift+Q logs out.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShakhaError
from ui.context import AppContext
from ui.i18n import tr_error

_INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                    QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})


class LockScreen(QDialog):
    """Covers the application until a password is given; Escape and closing do nothing."""

    def __init__(self, session: SessionGuard) -> None:
        super().__init__(session.window, Qt.WindowType.FramelessWindowHint
                         | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("lockScreen")
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setStyleSheet("QDialog#lockScreen { background: #1b5e20; } "
                           "QDialog#lockScreen QLabel { color: white; }")
        self.session = session
        self.title, self.note, self.message = QLabel(), QLabel(), QLabel()
        self.title.setObjectName("loginTitle")
        self.note.setWordWrap(True)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #ffd54f; font-weight: bold")
        self.username, self.password = QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.unlock)
        self.username.returnPressed.connect(self.password.setFocus)
        self.user_label, self.pass_label = QLabel(), QLabel()
        self.user_label.setBuddy(self.username)
        self.pass_label.setBuddy(self.password)
        self.ok = QPushButton()
        self.ok.setDefault(True)
        self.ok.clicked.connect(self.unlock)
        box = QWidget()
        box.setMaximumWidth(460)
        form = QFormLayout(box)
        form.addRow(self.title)
        form.addRow(self.note)
        form.addRow(self.user_label, self.username)
        form.addRow(self.pass_label, self.password)
        form.addRow("", self.ok)
        form.addRow(self.message)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(box, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shakha is locked"))
        self.title.setText(self.tr("Shakha is locked"))
        current = self.session.ctx.actor
        if self.session.logged_out or current is None:
            self.note.setText(self.tr("Nobody is logged in. Log in to work."))
        else:
            self.note.setText(self.tr(
                "{user}'s work is kept as it was. Her password opens it again; another "
                "user's password starts that user's own session.").format(
                    user=current.username))
        self.user_label.setText(self.tr("&User name"))
        self.pass_label.setText(self.tr("&Password"))
        self.ok.setText(self.tr("&Unlock"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:  # Escape: stays locked
        pass

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self.session.locked:
            event.ignore()
        else:
            super().closeEvent(event)

    def unlock(self) -> None:
        from app.services.session import unlock_screen

        current = None if self.session.logged_out else self.session.ctx.actor
        try:
            change = unlock_screen(self.session.ctx.engine, current, self.username.text(),
                                   self.password.text())
        except ShakhaError as exc:
            self.message.setText(tr_error(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.message.clear()
        self.session.unlocked(change.actor, change.switched)


class SessionGuard(QObject):
    """The idle watch and the lock of one main window (see the module docstring)."""

    def __init__(self, window, ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
        super().__init__(window)
        from app.services.session import idle_lock_minutes

        self.window, self.ctx = window, ctx
        self.locked = self.logged_out = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.set_idle_minutes(idle_lock_minutes(ctx.engine))
        self.screen: LockScreen | None = None
        QShortcut(QKeySequence("Ctrl+Shift+U"), window).activated.connect(
            lambda: self.lock(any_user=True))
        QShortcut(QKeySequence("Ctrl+Shift+Q"), window).activated.connect(self.log_out)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    def set_idle_minutes(self, minutes: int) -> None:
        self.timer.setInterval(minutes * 60_000)
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.locked and event.type() in _INPUT:
            self.timer.start()  # input: the idle time starts again
        return False

    def lock(self, any_user: bool = False) -> None:
        """Cover the application; what is on it stays as it is."""
        if self.locked:
            return
        self.locked = True
        self.timer.stop()
        if self.screen is None:
            self.screen = LockScreen(self)
        self.screen.retranslate()
        self.screen.username.setText("" if any_user or self.logged_out
                                     else self.ctx.actor.username)
        self.screen.username.setReadOnly(False)
        self.screen.showFullScreen()
        self.screen.raise_()
        self.screen.activateWindow()
        (self.screen.username if not self.screen.username.text()
         else self.screen.password).setFocus()

    def log_out(self) -> None:
        """She leaves: audited, her pages and dialogs closed, the lock for the next user."""
        from app.services.session import log_out

        if self.locked:
            return
        log_out(self.ctx.engine, self.ctx.actor)
        self.logged_out = True
        self._close_dialogs()
        self.lock(any_user=True)

    def unlocked(self, actor, switched: bool) -> None:  # type: ignore[no-untyped-def]
        self.locked = False
        if self.screen is not None:
            self.screen.hide()
        if switched:
            self._close_dialogs()
            self.ctx.actor = actor
            self._rebuild_pages()
            self.window.update_status()
        self.logged_out = False
        self.timer.start()

    def _close_dialogs(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget is not self.screen and \
                    widget.isVisible():
                widget.reject()

    def _rebuild_pages(self) -> None:
        """The pages start afresh (for the next user); the current one is built again."""
        from ui.main_window import LoadingPage

        window = self.window
        for page in list(window.pages.values()):
            index = window.stack.indexOf(page)
            window.stack.insertWidget(index, LoadingPage())
            window.stack.removeWidget(page)
            page.deleteLater()
        window.pages.clear()
        window.retranslate()
        window._row_changed(window.nav.currentRow())


def install_session(window, ctx: AppContext) -> SessionGuard:  # type: ignore[no-untyped-def]
    return SessionGuard(window, ctx)
