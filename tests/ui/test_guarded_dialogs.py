"""What was typed into a form is not lost to a stray Escape or close."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from ui.views.cash_transfer_dialog import TransferDialog
from ui.views.groups_view import FormGroupDialog
from ui.views.loan_application import ApplicationDialog
from ui.views.members_view import RegisterMemberDialog


def _shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


DISCARD, KEEP = True, False


@pytest.fixture
def answers(monkeypatch):
    """Records each question and answers with the next queued choice (discard once the
    queue is empty, so the test's own clean-up can close the dialog)."""
    asked, queue = [], []
    monkeypatch.setattr("ui.guarded_dialog.ask_discard", lambda _p, _t, text: asked.append(
        text) or (queue.pop(0) if queue else DISCARD))
    return asked, queue


def test_escape_on_an_untouched_form_just_closes(ctx, qtbot, answers):
    asked, _ = answers
    dialog = _shown(qtbot, RegisterMemberDialog(ctx))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and asked == []


def test_escape_after_typing_asks_and_cancel_keeps_everything(ctx, qtbot, answers):
    asked, queue = answers
    dialog = _shown(qtbot, RegisterMemberDialog(ctx))
    qtbot.keyClicks(dialog.name_en, "Rina Das")
    queue.append(KEEP)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name_en.text() == "Rina Das"
    assert asked == ["Close without saving? What you typed here will be lost."]
    queue.append(DISCARD)
    dialog.close()
    assert not dialog.isVisible()


@pytest.mark.parametrize("make, field", [
    (lambda ctx: ApplicationDialog(ctx), "purpose"),
    (lambda ctx: FormGroupDialog(ctx), "name_en"),
    (lambda ctx: TransferDialog(ctx, "in"), "reference"),
])
def test_every_data_entry_form_guards_its_input(ctx, qtbot, answers, make, field):
    asked, queue = answers
    dialog = _shown(qtbot, make(ctx))
    getattr(dialog, field).setText("typed")
    queue.append(KEEP)
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1


@pytest.mark.parametrize("keys, discarded", [("alt+d", True), ("return", False),
                                             ("escape", False)])
def test_discard_has_a_keyboard_shortcut_and_enter_keeps_what_was_typed(
        ctx, qtbot, monkeypatch, keys, discarded):
    """Alt+D discards; Enter and Escape keep editing (the safe choice is the default)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    monkeypatch.undo()  # the real question, not conftest's stand-in
    from ui.guarded_dialog import ask_discard

    dialog = _shown(qtbot, RegisterMemberDialog(ctx))
    pressed = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        key = {"alt+d": Qt.Key.Key_D, "return": Qt.Key.Key_Return,
               "escape": Qt.Key.Key_Escape}[keys]
        modifier = Qt.KeyboardModifier.AltModifier if keys == "alt+d" else \
            Qt.KeyboardModifier.NoModifier
        pressed.append(box.text())
        box.activateWindow()  # a mnemonic reaches the active window only
        qtbot.waitUntil(box.isActiveWindow)
        qtbot.keyClick(box, key, modifier)

    QTimer.singleShot(20, answer)
    assert ask_discard(dialog, "Register", "Close without saving?") is discarded
    assert pressed == ["Close without saving?"]
