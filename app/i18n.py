"""Translations for code without Qt (printing, CLI): reads the same Qt .ts files.

The UI installs the compiled .qm files with QTranslator; printing and the CLI cannot
use Qt, so they read the XML sources here. One set of translations serves both.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"
LANGUAGES = ("en", "bn")


@cache
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    catalog: dict[tuple[str, str], str] = {}
    for ts in sorted(I18N_DIR.glob(f"*_{lang}.ts")):
        root = ET.parse(ts).getroot()
        for context in root.iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                node = message.find("translation")
                if node is None or node.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                if node.text:
                    catalog[(name, source)] = node.text
    return catalog


def available_languages() -> list[str]:
    """English (the source language) plus every language with an i18n/*_<lang>.ts file."""
    found = {ts.stem.rsplit("_", 1)[-1] for ts in I18N_DIR.glob("*_*.ts")}
    return ["en", *sorted(found - {"en"})]


def translate(context: str, source: str, lang: str) -> str:
    """The translation of `source` in `context`, or `source` itself (English)."""
    if lang == "en":
        return source
    return _catalog(lang).get((context, source), source)


def localized(value: Any, lang: str, tr: Callable[[str], str]) -> Any:
    """A message parameter as the reader should see it: amounts and numbers in her
    digits, nested phrases translated (`tr` translates in the empty context)."""
    from app.errors import Amount, Phrase, Phrases
    from app.format import format_amount, format_date, to_bengali_digits

    if isinstance(value, Amount):
        return format_amount(value.minor, lang)
    if isinstance(value, Phrases):
        return "; ".join(localized(p, lang, tr) for p in value)
    if isinstance(value, Phrase):
        return fill(value.text, value.params, lang, tr)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | Decimal):  # counts, numbers: digits only, no grouping
        return to_bengali_digits(str(value)) if lang == "bn" else str(value)
    if isinstance(value, date):
        return format_date(value, lang)
    return value


def fill(text: str, params: dict[str, Any], lang: str, tr: Callable[[str], str]) -> str:
    """`text` translated by `tr` with its placeholders filled in the reader's language."""
    values = {k: localized(v, lang, tr) for k, v in params.items()}
    try:
        return tr(text).format(**values)
    except (KeyError, IndexError, ValueError):
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text


def tr_error(error: Exception, lang: str) -> str:
    """A ShakhaError's message in the user's language (placeholders filled)."""
    text = getattr(error, "text", None)
    if text is None:
        return str(error)
    return fill(text, getattr(error, "params", {}), lang, lambda t: translate("", t, lang))
