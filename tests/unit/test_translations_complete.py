"""Every user-visible string in app/ and ui/ has a Bengali translation in i18n/."""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _messages(ts: Path, finished_only: bool) -> set[tuple[str, str]]:
    out = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if finished_only and (node is None or node.get("type") or not node.text):
                continue
            out.add((name, message.findtext("source") or ""))
    return out


def test_every_source_string_has_a_finished_bengali_translation(tmp_path):
    sources = sorted(str(p.relative_to(ROOT)) for folder in ("app", "ui")
                     for p in (ROOT / folder).rglob("*.py"))
    extracted = tmp_path / "all.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([str(lupdate), *sources, "-ts", str(extracted)], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)
    translated: set[tuple[str, str]] = set()
    for ts in (ROOT / "i18n").glob("*_bn.ts"):
        translated |= _messages(ts, finished_only=True)
    missing = sorted(_messages(extracted, finished_only=False) - translated)
    assert missing == [], f"{len(missing)} strings without Bengali: {missing[:20]}"


def test_no_bengali_translation_puts_a_shortcut_marker_inside_a_word():
    """'&স' splits the cluster Qt shapes, so the vowel sign renders detached: shortcuts in
    Bengali are a Latin letter in brackets, as in 'এখনই সিঙ্ক (&S)'."""
    import re
    from pathlib import Path

    bad = [line.strip() for ts in Path("i18n").glob("*_bn.ts")
           for line in ts.read_text(encoding="utf-8").splitlines()
           if "<translation" in line and re.search(r"&amp;[^\x00-\x7f]", line)]
    assert bad == []
