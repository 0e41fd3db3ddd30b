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


@pytest.fixture
def answers(monkeypatch):
    """Records each question and answers with the next queued button (Discard once the
    queue is empty, so the test's own clean-up can close the dialog)."""
    asked, queue = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or (
        queue.pop(0) if queue else QMessageBox.StandardButton.Discard))
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
    queue.append(QMessageBox.StandardButton.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.name_en.text() == "Rina Das"
    assert asked == ["Close without saving? What you typed here will be lost."]
    queue.append(QMessageBox.StandardButton.Discard)
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
    queue.append(QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible() and len(asked) == 1
