"""Translations for code without Qt (printing, CLI): reads the same Qt .ts files.

The UI installs the compiled .qm files with QTranslator; printing and the CLI cannot
use Qt, so they read the XML sources here. One set of translations serves both.

Bengali comes in two wordings: West Bengal's (bn_IN, the i18n/*_bn.ts files) and
Bangladesh's (bn_BD), which differs only where the glossary says "A / B" (interest সুদ /
সার্ভিস চার্জ, write-off রাইট-অফ / অবলোপন, collateral জামানত / সহজামানত, …). Those
messages alone are in the overlay i18n/wording/bn_BD.ts, read over the base. The branch's
policy profile chooses the wording (`wording_for_profile`); a process that opens a branch
database sets it once (`set_wording`), and every Bengali text after that follows it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"
WORDING_DIR = I18N_DIR / "wording"
LANGUAGES = ("en", "bn")
WORDINGS = ("bn_IN", "bn_BD")  # the base (West Bengal) first
PROFILE_WORDING = {"india_rbi": "bn_IN", "bangladesh_mra": "bn_BD"}
_wording = [WORDINGS[0]]


def wording_for_profile(profile: str) -> str:
    """The Bengali wording a branch of this policy profile reads (West Bengal's if unknown)."""
    return PROFILE_WORDING.get(profile, WORDINGS[0])


def set_wording(wording: str) -> None:
    """The Bengali wording of this process from now on (the branch database's)."""
    _wording[0] = wording if wording in WORDINGS else WORDINGS[0]


def current_wording() -> str:
    return _wording[0]


def read_ts(ts: Path) -> dict[tuple[str, str], str]:
    """(context, source) → finished translation of one .ts file."""
    import xml.etree.ElementTree as ET  # not at import: the GUI's first window needs none

    catalog: dict[tuple[str, str], str] = {}
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


@cache
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    catalog: dict[tuple[str, str], str] = {}
    for ts in sorted(I18N_DIR.glob(f"*_{lang}.ts")):
        catalog.update(read_ts(ts))
    return catalog


@cache
def overlay(wording: str) -> dict[tuple[str, str], str]:
    """The messages a wording words differently from the base (none for the base)."""
    ts = WORDING_DIR / f"{wording}.ts"
    return read_ts(ts) if wording != WORDINGS[0] and ts.exists() else {}


def language_and_wording(lang: str, wording: str | None = None) -> tuple[str, str]:
    """("bn", wording) for "bn", "bn_IN" or "bn_BD"; the process's wording by default."""
    if lang in WORDINGS:
        return "bn", lang
    return lang, wording or current_wording()


def available_languages() -> list[str]:
    """English (the source language) plus every language with an i18n/*_<lang>.ts file."""
    found = {ts.stem.rsplit("_", 1)[-1] for ts in I18N_DIR.glob("*_*.ts")}
    return ["en", *sorted(found - {"en"})]


def translate(context: str, source: str, lang: str, wording: str | None = None) -> str:
    """The translation of `source` in `context`, or `source` itself (English).

    `lang` is "en" or "bn" (in the process's wording), or a wording itself ("bn_BD")."""
    lang, wording = language_and_wording(lang, wording)
    if lang == "en":
        return source
    key = (context, source)
    found = overlay(wording).get(key) if lang == "bn" else None
    return found or _catalog(lang).get(key, source)


def localized(value: Any, lang: str, tr: Callable[[str], str]) -> Any:
    """A message parameter as the reader should see it: amounts and numbers in her
    digits, nested phrases translated (`tr` translates in the empty context)."""
    from decimal import Decimal

    from app.errors import Amount, Name, Phrase, Phrases
    from app.format import format_amount, format_date, to_bengali_digits

    digits = "bn" if lang.startswith("bn") else lang  # bn_BD: Bengali digits too
    if isinstance(value, Amount):
        return format_amount(value.minor, digits)
    if isinstance(value, Name):
        return value.bn if digits == "bn" else value.en
    if isinstance(value, Phrases):
        return "; ".join(localized(p, lang, tr) for p in value)
    if isinstance(value, Phrase):
        return fill(value.text, value.params, lang, tr)
    if isinstance(value, bool):
        return value
    if isinstance(value, int | Decimal):  # counts, numbers: digits only, no grouping
        return to_bengali_digits(str(value)) if digits == "bn" else str(value)
    if isinstance(value, date):
        return format_date(value, digits)
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
