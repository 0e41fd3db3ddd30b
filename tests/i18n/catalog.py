"""Every Bengali message as a reader sees it, in both wordings, with where it is used."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ui.i18n_build import OverlayEntry
from ui.i18n_build import overlay_entries as read_overlay

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "i18n"
OVERLAY = I18N / "wording" / "bn_BD.ts"
PLACEHOLDER = re.compile(r"{{|}}|{[^{}]*}")
# what a reader does not read as words: commands, options, file patterns
CODE = re.compile(r"`[^`]*`|'shakha[^']*'|\bshakha(?: [a-z][\w-]*)+|--[\w-]+|\*\.\w+|"
                  r"\b[\w-]+\.(?:csv|xlsx|db|pdf|json|png|ts)\b")
BENGALI = "\u0980-\u09ff"


@dataclass(frozen=True)
class Message:
    file: str  # the .ts file
    context: str
    source: str
    files: tuple[str, ...]  # source files that use it (from the .ts locations)
    bn_IN: str  # West Bengal's wording (the base)
    bn_BD: str  # Bangladesh's (the overlay's, or the base where they agree)

    def text(self, wording: str) -> str:
        return self.bn_IN if wording == "bn_IN" else self.bn_BD

    @property
    def words(self) -> str:
        """The English source without placeholders and commands ({member}, `shakha sync`
        name no concept)."""
        return CODE.sub(" ", PLACEHOLDER.sub(" ", self.source))


def overlay_entries() -> dict[tuple[str, str], OverlayEntry]:
    """(context, source) → entry of Bangladesh's overlay, drafts too."""
    return read_overlay(OVERLAY)


@cache
def messages() -> tuple[Message, ...]:
    overlay = {key: e.text for key, e in overlay_entries().items() if e.finished}
    out = []
    for ts in sorted(I18N.glob("*_bn.ts")):
        for context in ET.parse(ts).getroot().iter("context"):
            name = context.findtext("name") or ""
            for message in context.iter("message"):
                node = message.find("translation")
                if node is None or node.get("type") or not node.text:
                    continue  # unfinished: test_translations_complete says so
                source = message.findtext("source") or ""
                files = tuple(sorted({loc.get("filename", "").removeprefix("../")
                                      for loc in message.iter("location")}))
                base = node.text
                out.append(Message(ts.name, name, source, files, base,
                                   overlay.get((name, source), base)))
    return tuple(out)
