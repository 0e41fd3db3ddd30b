"""What can happen to a meeting besides entering it: not held, moved to another day,
or (a posted one, by the manager) reversed with a reason. Each asks for what it needs,
calls one service and says what went wrong in the user's language."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from app.format import date_for_typing, format_number, parse_date
from app.services.meetings import mark_not_held, reschedule_meeting, reverse_meeting
from ui.context import AppContext
from ui.ops import call, show_error


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate files bare tr() under ""


def _ask(parent: QWidget, title: str, label: str, text: str = "") -> str | None:
    answer, ok = QInputDialog.getText(parent, title, label, text=text)
    return answer if ok else None


def not_held(parent: QWidget, ctx: AppContext, meeting_id: int,
             reason: str | None = None) -> bool:
    """Mark a meeting not held with the reason asked for; a refusal (no reason) shows
    why and asks again with what was typed (a given `reason` is not asked for)."""
    typed = ""
    while True:
        why = reason if reason is not None else _ask(
            parent, tr("Meeting not held"), tr("Why was the meeting not held?"), typed)
        if why is None:
            return False
        done = _run(parent, ctx, mark_not_held, meeting_id, why)
        if done or reason is not None:
            return done
        typed = why


def move(parent: QWidget, ctx: AppContext, meeting_id: int, on: date,
         new_date: str | None = None, reason: str | None = None) -> bool:
    """Move a meeting not yet held to another day (the date typed day first). When the
    date cannot be read or the move is refused (a holiday, a day in the past), the
    message is shown and the boxes open again with what was typed, to be mended.
    With `new_date` or `reason` given, what is given is not asked for and a refusal
    ends it (tests)."""
    asking = new_date is None and reason is None
    typed_date, typed_reason = date_for_typing(on, ctx.lang), ""
    while True:
        text = new_date if new_date is not None else _ask(
            parent, tr("Move meeting"), tr("New date (like 27/11/2026)"), typed_date)
        if text is None:
            return False
        try:
            day = parse_date(text)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(parent, exc)
            if not asking:
                return False
            typed_date = text
            continue
        why = reason if reason is not None else _ask(
            parent, tr("Move meeting"), tr("Reason (e.g. flood, festival)"), typed_reason)
        if why is None:
            return False
        done = _run(parent, ctx, reschedule_meeting, meeting_id, day, why)
        if done or not asking:
            return done
        typed_date, typed_reason = text, why


def reverse(parent: QWidget, ctx: AppContext, meeting_id: int,
            reason: str | None = None) -> bool:
    """Reverse a posted meeting (every money row gets a reversal row naming it)."""
    if reason is None:
        reason = _ask(parent, tr("Reverse meeting"), tr(
            "Every amount of this meeting will be reversed. Reason:"))
    if reason is None:
        return False
    rows = call(parent, reverse_meeting, ctx.engine, ctx.actor, meeting_id, reason)
    if rows is None:
        return False
    ctx.data_changed.emit("meetings")
    if parent.isVisible():
        QMessageBox.information(parent, tr("Reverse meeting"), tr(
            "{count} entries reversed.").format(count=format_number(rows, ctx.lang)))
    return True


def _run(parent: QWidget, ctx: AppContext, fn: Any, *args: Any) -> bool:
    """One service call as the user; an error is shown, a success refreshes the pages."""
    try:
        fn(ctx.engine, ctx.actor, *args)
    except Exception as exc:  # noqa: BLE001 - every error reaches the user
        show_error(parent, exc)
        return False
    ctx.data_changed.emit("meetings")
    return True
