"""Errors that reach a user: typed, with a translatable message.

`text` is the English source string with `{name}` placeholders, marked with
`QT_TR_NOOP(...)` where it is written so pyside6-lupdate extracts it (context "", the
empty context) without app/ importing Qt; `params` fills the placeholders. The UI shows
`QCoreApplication.translate("", text).format(**params)`; printing and the CLI use
`app.i18n.translate("", text, lang)`. Nothing else reaches a user.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark `text` for translation in the empty context; returns it unchanged."""
    return text


class ShakhaError(Exception):
    """Base of every error a user may see."""

    def __init__(self, text: str, /, **params: Any) -> None:
        self.text = text
        self.params = params
        super().__init__(self.message())

    def message(self) -> str:
        try:
            return self.text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text


class ValidationError(ShakhaError):
    """Bad input: a form field, a file, a CLI argument, a payload."""


class RuleViolation(ShakhaError):
    """The input is well formed but a business rule forbids the action."""


class NotFound(ShakhaError):
    """A record the user named does not exist."""


class PermissionDenied(ShakhaError):
    """The acting user's role or sanction power does not allow this."""


class ConflictError(ShakhaError):
    """The action was already done or clashes with another (e.g. posting twice)."""


class IntegrityFailure(ShakhaError):
    """Stored data is inconsistent (ledger chain broken, balances disagree)."""
