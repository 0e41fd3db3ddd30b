"""Layouts as data: fields with their rules, segments that encode and decode them, and
validation that lists every problem at once (as the crif-export project does: spec as
data, collect-all validation, golden files).

Every value is text by the time it is checked — the writer formats dates (DDMMYYYY),
amounts (whole rupees or taka) and codes first — so what is checked is exactly what
would be written. A field's rules: mandatory or not, its kind (text, code from a list,
number, date), its longest length (or its width in a fixed-width segment) and an
optional pattern; and for every value: Latin-1 only, no control characters, none of
the separators the bureaus use (| ~ ¬).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

SEPARATORS = "|~\u00ac"
_BAD = re.compile(r"[|~\u00ac\x00-\x1f\x7f-\x9f]")
# printable Latin-1 without the separators: a value made only of these needs no more
# than its kind's checks (the quick path of almost every value)
_FINE = re.compile(r"[ -{}\u00a0-\u00ab\u00ad-\u00ff]*")


@dataclass(frozen=True)
class Field:
    name: str
    label: str
    kind: str = "text"  # text | code | number | date
    mandatory: bool = False
    codes: frozenset[str] | None = None
    max_len: int = 100
    width: int | None = None  # in a fixed-width segment
    pattern: str | None = None
    constant: str | None = None  # the value it always has (segment tags, file names)


@dataclass(frozen=True)
class Problem:
    """One rule a value breaks, and where: what a person at head office fixes."""

    branch: str
    where: str  # the member and account, in the file's identifiers
    segment: str
    field: str
    rule: str  # mandatory | code | number | date | length | latin1 | separator | format | …
    message: str
    value: str = ""

    def line(self) -> str:
        value = f" (value {self.value!r})" if self.value else ""
        return f"{self.branch}\t{self.where}\t{self.segment}.{self.field}\t{self.rule}: " \
               f"{self.message}{value}"


def ddmmyyyy(day: date | None) -> str:
    return "" if day is None else f"{day.day:02d}{day.month:02d}{day.year:04d}"


def parse_ddmmyyyy(text: str) -> date | None:
    if not text:
        return None
    if len(text) != 8 or not text.isdigit():
        raise ValueError(text)
    return date(int(text[4:]), int(text[2:4]), int(text[:2]))


@functools.lru_cache(maxsize=4096)
def _is_date(text: str) -> bool:
    try:
        parse_ddmmyyyy(text)
    except ValueError:
        return False
    return True


def field_problems(field: Field, value: str) -> list[tuple[str, str]]:
    """(rule, message) for each rule `value` breaks in `field`."""
    if value == "":
        return [("mandatory", f"{field.label} is required")] if field.mandatory else []
    out: list[tuple[str, str]] = []
    if not _FINE.fullmatch(value):
        try:
            value.encode("latin-1")
        except UnicodeEncodeError:
            out.append(("latin1", f"{field.label} has letters outside Latin-1 (write it "
                                  "in Roman letters)"))
        if _BAD.search(value):
            out.append(("separator", f"{field.label} contains a separator (| ~ ¬) or a "
                                     "control character"))
    limit = field.width or field.max_len
    if len(value) > limit:
        out.append(("length", f"{field.label} is longer than {limit} characters"))
    if field.kind == "code" and field.codes is not None and value not in field.codes:
        out.append(("code", f"{field.label} is not one of the allowed codes"))
    elif field.kind == "number" and not value.isdigit():
        out.append(("number", f"{field.label} must be a whole number without signs"))
    elif field.kind == "date" and not _is_date(value):
        out.append(("date", f"{field.label} must be a date written DDMMYYYY"))
    if field.pattern is not None and not re.fullmatch(field.pattern, value):
        out.append(("format", f"{field.label} does not have the expected form"))
    if field.constant is not None and value != field.constant:
        out.append(("constant", f"{field.label} must be {field.constant}"))
    return out


@dataclass(frozen=True)
class Segment:
    """A segment of a layout: pipe-separated (tag first) or fixed-width."""

    tag: str
    fields: tuple[Field, ...]
    fixed: bool = False

    @functools.cached_property
    def names(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields)

    @functools.cached_property
    def _constants(self) -> tuple[tuple[int, str], ...]:
        return tuple((i, f.constant) for i, f in enumerate(self.fields)
                     if f.constant is not None)

    def values(self, given: Mapping[str, str]) -> list[str]:
        """Every field's value in order ("" where none is given; a constant's own)."""
        out = [given.get(name, "") for name in self.names]
        for i, constant in self._constants:
            if not out[i]:
                out[i] = constant
        return out

    def encode(self, given: Mapping[str, str]) -> str:
        return self.encode_values(self.values(given))

    def encode_values(self, values: list[str]) -> str:
        if self.fixed:
            return "".join(v.ljust(f.width or 0)[:f.width] for f, v in
                           zip(self.fields, values, strict=True))
        return "|".join([self.tag, *values])

    def decode(self, tokens: list[str]) -> dict[str, str]:
        """Values of a pipe segment from its tokens (without the tag)."""
        if len(tokens) != len(self.fields):
            raise ValueError(f"{self.tag} has {len(tokens)} fields, expected "
                             f"{len(self.fields)}")
        return {f.name: v for f, v in zip(self.fields, tokens, strict=True)}

    def decode_fixed(self, line: str) -> dict[str, str]:
        out, at = {}, 0
        for f in self.fields:
            width = f.width or 0
            out[f.name] = line[at:at + width].rstrip(" ")
            at += width
        if line[at:].strip():
            raise ValueError(f"{self.tag} is longer than its {at} characters")
        return out

    def problems(self, given: Mapping[str, str], branch: str, where: str
                 ) -> Iterable[Problem]:
        return self.problems_of(self.values(given), branch, where)

    def problems_of(self, values: list[str], branch: str, where: str) -> list[Problem]:
        out = []
        for f, value in zip(self.fields, values, strict=True):
            if value or f.mandatory:
                for rule, message in field_problems(f, value):
                    out.append(Problem(branch, where, self.tag, f.name, rule, message, value))
        return out


def text(name: str, label: str, max_len: int = 100, mandatory: bool = False,
         pattern: str | None = None) -> Field:
    return Field(name, label, "text", mandatory, None, max_len, pattern=pattern)


def code(name: str, label: str, codes: Iterable[str], mandatory: bool = False) -> Field:
    allowed = frozenset(codes)
    return Field(name, label, "code", mandatory, allowed, max(map(len, allowed)))


def number(name: str, label: str, max_len: int = 9, mandatory: bool = False) -> Field:
    return Field(name, label, "number", mandatory, None, max_len)


def day(name: str, label: str, mandatory: bool = False) -> Field:
    return Field(name, label, "date", mandatory, None, 8)


def fixed(name: str, label: str, width: int, constant: str | None = None,
          mandatory: bool = False, kind: str = "text") -> Field:
    return Field(name, label, kind, mandatory, None, width, width, constant=constant)
