"""Amount fields show what was typed back as the reader writes amounts.

An officer types "45000" or "৪৫০০০"; once she leaves the field it reads "৪৫,০০০.০০" on a
Bengali screen (45,000.00 on an English one), so no Latin digits are left on a Bengali
screen and the grouping shows a slip of a zero at once. What is not an amount is left as
typed, for the form's own message to name.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from app.errors import ShakhaError
from app.format import format_amount, parse_amount, parse_signed_amount
from ui.context import AppContext


def shown_as_read(ctx: AppContext, field: QLineEdit, signed: bool = False) -> None:
    """Rewrite `field` in the reader's digits and grouping, if it holds an amount."""
    text = field.text()
    if not text.strip():
        return
    try:
        minor = (parse_signed_amount if signed else parse_amount)(text)
    except ShakhaError:
        return
    written = format_amount(minor, ctx.lang)
    if written != text:
        field.setText(written)


def read_back(ctx: AppContext, *fields: QLineEdit, signed: bool = False) -> None:
    """Each of `fields` is shown as read when the user leaves it (Tab, Enter, a click)."""
    for field in fields:
        field.editingFinished.connect(
            lambda f=field: shown_as_read(ctx, f, signed))
