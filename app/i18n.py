"""Translations for code without Qt (printing, CLI): reads the same Qt .ts files.

The UI installs the compiled .qm files with QTranslator; printing and the CLI cannot
use Qt, so they read the XML sources here. One set of translations serves both.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path

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


def tr_error(error: Exception, lang: str) -> str:
    """A ShakhaError's message in the user's language (placeholders filled)."""
    text = getattr(error, "text", str(error))
    params = getattr(error, "params", {})
    try:
        return translate("", text, lang).format(**params)
    except (KeyError, IndexError, ValueError):
        return str(error)
