"""Text on paper in Bengali and English, shaped with HarfBuzz, that copies as text.

Noto Sans Bengali has no Latin letters and Noto Sans no Bengali, so a string is split
into script runs and each run is drawn in its own font; Bengali runs are shaped by
HarfBuzz (reportlab's `shaping=True`) so conjuncts, reph and vowel signs are right.
A shaped run's glyphs are in visual order (ি before its consonant, a conjunct as one
glyph), so each Bengali run is wrapped in a marked-content span whose /ActualText is
the original text: copying, searching and `pdftotext` give "নির্মল বর্মন", not the
glyphs' order. Every canvas starts in our own font, so no unembedded Helvetica is
ever referenced.

Text that does not fit is wrapped at spaces, and a word too long for its line is
broken, or cut with "…", only between grapheme clusters: a consonant with its vowel
signs, or a whole conjunct (consonant + hasanta + consonant …), never inside one.
Widths of shaped runs are cached: the same names and labels repeat on every page.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import IO

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import ShapedStr, TTFont, shapeStr
from reportlab.pdfgen.canvas import Canvas

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
FACES = {
    ("latin", False): ("ShakhaLatin", "NotoSans-Regular.ttf"),
    ("latin", True): ("ShakhaLatin-Bold", "NotoSans-Bold.ttf"),
    ("bengali", False): ("ShakhaBengali", "NotoSansBengali-Regular.ttf"),
    ("bengali", True): ("ShakhaBengali-Bold", "NotoSansBengali-Bold.ttf"),
}
HASANTA = "\u09cd"
JOINERS = ("\u200c", "\u200d")
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, filename in FACES.values():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / filename), shapable=True))
    _registered = True


def new_canvas(out: IO[bytes], pagesize: tuple[float, float], title: str) -> Canvas:
    """A canvas whose fonts are all ours and embedded (its initial font too)."""
    register_fonts()
    canvas = Canvas(out, pagesize=pagesize, pageCompression=1,
                    initialFontName=FACES[("latin", False)][0])
    canvas.setTitle(title)
    canvas.setCreator("Shakha")
    return canvas


def is_bengali(ch: str) -> bool:
    code = ord(ch)
    return 0x0980 <= code <= 0x09FF or code in (0x200C, 0x200D, 0x0964, 0x0965)


@lru_cache(maxsize=20_000)
def runs(text: str) -> tuple[tuple[str, str], ...]:
    """Split into (script, text) runs; spaces stay with the run they are in."""
    out: list[list[str]] = []
    for ch in text:
        script = "bengali" if is_bengali(ch) else "latin"
        if ch == " " and out:
            script = out[-1][0]
        if out and out[-1][0] == script:
            out[-1][1] += ch
        else:
            out.append([script, ch])
    return tuple((s, t) for s, t in out)


def _extends(ch: str) -> bool:
    return ch in JOINERS or unicodedata.category(ch) in ("Mn", "Mc", "Me")


def _is_bengali_letter(ch: str) -> bool:
    return "\u0980" <= ch <= "\u09ff" and unicodedata.category(ch) == "Lo"


@lru_cache(maxsize=20_000)
def clusters(text: str) -> tuple[str, ...]:
    """`text` as grapheme clusters, a Bengali conjunct (ক্ষ, ন্দ্য, র্ম) being one.

    A cluster is a base character with its combining marks (vowel signs, hasanta,
    nukta, candrabindu) and joiners; a consonant after a hasanta (with or without a
    joiner between) belongs to the cluster before it, as in Unicode's conjunct rule.
    """
    out: list[str] = []
    for ch in text:
        if out and (_extends(ch) or (_is_bengali_letter(ch)
                                     and out[-1].rstrip("".join(JOINERS)).endswith(HASANTA))):
            out[-1] += ch
        else:
            out.append(ch)
    return tuple(out)


@lru_cache(maxsize=50_000)
def shaped(text: str, font: str, size: float) -> ShapedStr:
    """HarfBuzz-shaped glyphs of a Bengali run (cached: names repeat on every sheet)."""
    return shapeStr(text, font, size, force=True)


@lru_cache(maxsize=50_000)
def _run_width(script: str, text: str, size: float, bold: bool) -> float:
    font = FACES[(script, bold)][0]
    if script == "bengali":
        glyphs = shaped(text, font, size).__shapeData__
        return sum(g.x_advance for g in glyphs) * size / 1000
    return float(pdfmetrics.stringWidth(text, font, size))


@lru_cache(maxsize=100_000)
def text_width(text: str, size: float, bold: bool = False) -> float:
    register_fonts()
    return sum(_run_width(s, t, size, bold) for s, t in runs(text))


def draw(canvas: Canvas, x: float, y: float, text: str, size: float = 9, bold: bool = False,
         align: str = "left") -> float:
    """Draw `text` with its baseline at y; returns its width."""
    register_fonts()
    width = text_width(text, size, bold)
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    code = canvas._code  # the page's content stream
    for script, part in runs(text):
        font = FACES[(script, bold)][0]
        head, tail = _operators(canvas, font, size, script, part)
        code.append(f"{head}{fp_str(x)} {fp_str(y)}{tail}")
        x += _run_width(script, part, size, bold)
    return width


def actual_text(text: str) -> str:
    """`text` as a PDF text string (UTF-16BE with its byte-order mark, in hex)."""
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


def _operators(canvas: Canvas, font: str, size: float, script: str, part: str
               ) -> tuple[str, str]:
    """PDF operators of one run before and after its position, formatted once per document.

    Formatting a shaped run (a position per glyph) is most of the cost of a page; the
    same names, labels and amounts repeat on every sheet of a day, and a run's operators
    do not change within one document once its glyphs have their place in the subset.
    A Bengali run is a /Span with its /ActualText (see the module docstring).
    """
    cache = canvas.__dict__.setdefault("_shakha_text_ops", {})
    key = (font, size, part)
    ops = cache.get(key)
    if ops is None:
        obj = canvas.beginText(0, 0)
        obj.setFont(font, size)
        body = obj._formatText(shaped(part, font, size) if script == "bengali" else part)
        ops = ("BT 1 0 0 1 ", f" Tm {body} ET")
        if script == "bengali":
            ops = (f"/Span <</ActualText {actual_text(part)}>> BDC {ops[0]}",
                   f"{ops[1]} EMC")
        cache[key] = ops
    return ops


def fit(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """`text` cut (with …) to fit `max_width`, between grapheme clusters."""
    if text_width(text, size, bold) <= max_width:
        return text
    parts = list(clusters(text))
    while parts and text_width("".join(parts) + "…", size, bold) > max_width:
        parts.pop()
    return "".join(parts).rstrip() + "…"


def _break_word(word: str, size: float, width: float, bold: bool) -> list[str]:
    """A word wider than `width` in pieces that fit, broken between clusters."""
    pieces: list[str] = []
    current = ""
    for cluster in clusters(word):
        if current and text_width(current + cluster, size, bold) > width:
            pieces.append(current)
            current = cluster
        else:
            current += cluster
    if current:
        pieces.append(current)
    return pieces


def wrap(text: str, size: float, width: float, bold: bool = False,
         max_lines: int = 0) -> list[str]:
    """`text` in lines no wider than `width`: at spaces, and inside a word too long for a
    line only between grapheme clusters. With `max_lines`, the last line is cut with "…"
    (between clusters) when more would be needed."""
    lines: list[str] = []
    line = ""
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if text_width(trial, size, bold) <= width:
            line = trial
            continue
        if line:
            lines.append(line)
        pieces = _break_word(word, size, width, bold) if text_width(
            word, size, bold) > width else [word]
        lines.extend(pieces[:-1])
        line = pieces[-1]
    if line:
        lines.append(line)
    if max_lines and len(lines) > max_lines:
        rest = " ".join(lines[max_lines - 1:])
        lines = [*lines[:max_lines - 1], fit(rest, size, width, bold)]
    return lines or [""]


@lru_cache(maxsize=8)
def _hb_font(script: str, bold: bool):  # type: ignore[no-untyped-def]
    import uharfbuzz as hb

    face = hb.Face(hb.Blob.from_file_path(str(FONTS / FACES[(script, bold)][1])))
    return hb.Font(face)


def missing_glyphs(text: str, bold: bool = False) -> list[str]:
    """Characters of `text` that would print as .notdef boxes in our fonts."""
    import uharfbuzz as hb

    missing = []
    for script, part in runs(text):
        buf = hb.Buffer()
        buf.add_str(part)
        buf.guess_segment_properties()
        hb.shape(_hb_font(script, bold), buf)
        for info in buf.glyph_infos:
            if info.codepoint == 0:
                missing.append(part[info.cluster] if info.cluster < len(part) else part)
    return missing
