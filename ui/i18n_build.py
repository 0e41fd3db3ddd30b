"""`python -m ui.i18n_build`: compile every i18n/*.ts into the .qm the UI loads.

Each area keeps its own source file, i18n/<area>_bn.ts, refreshed by its owner with
`pyside6-lupdate <the area's files> -ts i18n/<area>_bn.ts` and translated by hand.
`python -m ui.i18n_build --update-shell` refreshes the shell's file (SHELL_SOURCES)
before compiling; existing translations are kept, new texts come in as unfinished.

`--update-wording` keeps Bangladesh's overlay (i18n/wording/bn_BD.ts) in step with the
base: a message whose West Bengal wording uses a term Bangladesh says differently comes
in as unfinished with a draft (app.wording) for a person to read and finish; a message
gone from the base goes from the overlay too.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
BASE_NOTE = "base: "  # an overlay message's translator comment: the base text it renders
SHELL_SOURCES = (
    "ui/app_main.py", "ui/main_window.py", "ui/login_dialog.py", "ui/ops.py", "ui/i18n.py",
    "ui/table.py", "ui/context.py", "ui/guarded_dialog.py", "ui/background_sync.py",
    "ui/labels.py",
    "ui/views/base.py", "ui/views/today_view.py",
    "ui/views/settings_view.py", "ui/views/reports_view.py", "app/format.py",
    "app/services/status.py", "app/services/today.py", "app/gui_launch.py",
)


def _tool(name: str) -> str:
    local = BIN / name
    return str(local) if local.exists() else name


def update_shell() -> None:
    sources = [s for s in SHELL_SOURCES if (ROOT / s).exists()]
    subprocess.run([_tool("pyside6-lupdate"), *sources, "-no-obsolete", "-ts",
                    "i18n/shell_bn.ts"], cwd=ROOT, check=True)


@dataclass(frozen=True)
class OverlayEntry:
    text: str  # the message in the overlay's wording
    finished: bool  # read by a person (a draft is not)
    base: str  # the base wording it was made from: when that changes, it is read again


def overlay_entries(ts: Path) -> dict[tuple[str, str], OverlayEntry]:
    """(context, source) → entry of an overlay file, unfinished ones too."""
    found: dict[tuple[str, str], OverlayEntry] = {}
    if not ts.exists():
        return found
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is not None and node.get("type") not in ("obsolete", "vanished"):
                found[(name, message.findtext("source") or "")] = OverlayEntry(
                    node.text or "", node.get("type") != "unfinished",
                    (message.findtext("translatorcomment") or "").removeprefix(BASE_NOTE))
    return found


def write_overlay(ts: Path, language: str,
                  entries: dict[tuple[str, str], OverlayEntry]) -> None:
    """The overlay as a Qt .ts file, contexts and sources in order; each message notes
    the base wording it was made from."""
    def esc(text: str) -> str:
        return escape(text, {"'": "&apos;", '"': "&quot;"})

    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{language}" sourcelanguage="en">']
    for context in sorted({c for c, _ in entries}):
        lines += ["<context>", f"    <name>{esc(context)}</name>"]
        for (c, source), entry in sorted(entries.items()):
            if c != context:
                continue
            kind = "" if entry.finished else ' type="unfinished"'
            lines += ["    <message>", f"        <source>{esc(source)}</source>",
                      f"        <translatorcomment>{esc(BASE_NOTE + entry.base)}"
                      "</translatorcomment>",
                      f"        <translation{kind}>{esc(entry.text)}</translation>",
                      "    </message>"]
        lines.append("</context>")
    lines.append("</TS>")
    ts.parent.mkdir(parents=True, exist_ok=True)
    ts.write_text("\n".join(lines) + "\n", encoding="utf-8")


def update_wording(wording: str = "bn_BD") -> tuple[int, int]:
    """Drafts for base messages the overlay lacks or whose base wording changed, and gone
    messages out: (drafts added, entries removed)."""
    from app.i18n import read_ts
    from app.wording import to_bangladesh

    base: dict[tuple[str, str], str] = {}
    for ts in sorted((ROOT / "i18n").glob("*_bn.ts")):
        base.update(read_ts(ts))
    target = ROOT / "i18n" / "wording" / f"{wording}.ts"
    entries = overlay_entries(target)
    gone = [key for key in entries if key not in base]
    for key in gone:
        del entries[key]
    added = 0
    for key, text in base.items():
        draft = to_bangladesh(text)
        entry = entries.get(key)
        if entry is not None and entry.base == text:
            continue
        if entry is None and draft == text:
            continue  # both countries say it so
        entries[key] = OverlayEntry(draft, False, text)
        added += 1
    write_overlay(target, wording, entries)
    return added, len(gone)


def compile_all() -> list[Path]:
    built = []
    for source in sorted((ROOT / "i18n").glob("*.ts")) + sorted(
            (ROOT / "i18n" / "wording").glob("*.ts")):
        target = source.with_suffix(".qm")
        drafts = ["-nounfinished"] if source.parent.name == "wording" else []  # not yet read
        subprocess.run([_tool("pyside6-lrelease"), str(source), *drafts, "-qm", str(target)],
                       check=True, capture_output=True)
        built.append(target)
    return built


def main(argv: list[str]) -> int:
    if "--update-shell" in argv:
        update_shell()
    if "--update-wording" in argv:
        added, removed = update_wording()
        print(f"i18n/wording/bn_BD.ts: {added} drafts to read and finish, {removed} removed")
    for qm in compile_all():
        print(qm.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
