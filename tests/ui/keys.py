"""Driving widgets as a user does: a focused window and real key events."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def active(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    """Shown, exposed and the active window, so shortcuts and key presses reach it."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def key(widget: QWidget, char: str) -> None:
    """A real key press and release carrying `char` (QTest cannot type non-ASCII)."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, ord(char.upper()),
                                                 Qt.KeyboardModifier.NoModifier, char))


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        key(widget, char)


def read_next_message(seen: list[str]) -> None:
    """Once a message box is up (e.g. while the app's event loop runs), record its text
    into `seen` and close it, as a user who read it would."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    def close_message() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.close()
        else:
            QTimer.singleShot(20, close_message)

    QTimer.singleShot(20, close_message)
