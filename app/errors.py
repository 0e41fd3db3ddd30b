"""Errors that reach a user: typed, with a translatable message.

`text` is the English source string with `{name}` placeholders, marked with
`QT_TR_NOOP(...)` where it is written so pyside6-lupdate extracts it (context "", the
empty context) without app/ importing Qt; `params` fills the placeholders. The UI shows
`QCoreApplication.translate("", text).format(**params)`; printing uses
`app.i18n.translate("", text, lang)`; the CLI prints the English sentence (scripts and
head-office staff read it; its `--lang` chooses a document's language, not the
messages'). Nothing else reaches a user.
"""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark `text` for translation in `context`; returns it unchanged."""
    return text


def QT_TR_NOOP(text: str) -> str:  # noqa: N802 - name read by lupdate
    """Mark `text` for translation in the empty context; returns it unchanged."""
    return text


class Amount:
    """A money amount inside a message: the reader sees it in her digits and grouping."""

    __slots__ = ("minor",)

    def __init__(self, minor: int) -> None:
        self.minor = int(minor)

    def __format__(self, spec: str) -> str:
        from app.format import format_amount

        return format_amount(self.minor, "en")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Amount) and other.minor == self.minor

    def __hash__(self) -> int:
        return hash(self.minor)


class Name:
    """A person's name inside a message, as the reader's language writes it: her code and
    Bengali name in a Bengali sentence, the Roman-letter one in an English sentence."""

    __slots__ = ("en", "bn")

    def __init__(self, en: str, bn: str = "") -> None:
        self.en, self.bn = en, bn or en

    def __format__(self, spec: str) -> str:
        return self.en

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Name) and (other.en, other.bn) == (self.en, self.bn)

    def __hash__(self) -> int:
        return hash((self.en, self.bn))


def member_name(code: str, name_en: str, name_bn: str) -> Name:
    """'M00001 Rina Barman' / 'M00001 রিনা বর্মন' for a message naming a member."""
    return Name(f"{code} {name_en}", f"{code} {name_bn or name_en}")


class Phrase:
    """A translatable sentence used inside another message (e.g. each failed rule)."""

    __slots__ = ("text", "params")

    def __init__(self, text: str, /, **params: Any) -> None:
        self.text, self.params = text, params

    def __format__(self, spec: str) -> str:
        try:
            return self.text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text


class Phrases(tuple):
    """Several phrases shown as one parameter, joined by "; "."""

    def __format__(self, spec: str) -> str:
        return "; ".join(format(p) for p in self)


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


class FieldProblem:
    """One field of a form and what is wrong with it (a translatable text)."""

    __slots__ = ("field", "text", "params")

    def __init__(self, field: str, text: str, /, **params: Any) -> None:
        self.field, self.text, self.params = field, text, params

    def __repr__(self) -> str:
        return f"FieldProblem({self.field!r}, {self.text!r})"


class InvalidFields(ValidationError):
    """Several fields of one form are wrong: all of them are said at once, each beside
    its field (the message is the first, for a caller that shows only one)."""

    def __init__(self, problems: list[FieldProblem]) -> None:
        first = problems[0]
        super().__init__(first.text, **first.params)
        self.problems = problems
