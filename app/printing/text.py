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
from typing import IO, Any

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


def new_canvas(out: IO[bytes], pagesize: tuple[float, float], title: str,
               canvas_class: type[Canvas] = Canvas, **extra: Any) -> Canvas:
    """A canvas whose fonts are all ours and embedded (its initial font too)."""
    register_fonts()
    canvas = canvas_class(out, pagesize=pagesize, pageCompression=1,
                          initialFontName=FACES[("latin", False)][0], **extra)
    canvas.setTitle(title)
    canvas.setCreator("Shakha")
    return canvas


def is_bengali(ch: str) -> bool:
    code = ord(ch)
    return 0x0980 <= code <= 0x09FF or code in (0x200C, 0x200D, 0x0964, 0x0965)


NEUTRAL = ",.:/-"  # in the Bengali font too: stays in a Bengali run it sits inside
BENGALI_DIGITS = frozenset("০১২৩৪৫৬৭৮৯৳" + NEUTRAL + " ")


@lru_cache(maxsize=20_000)
def runs(text: str) -> tuple[tuple[str, str], ...]:
    """Split into (script, text) runs; spaces stay with the run they are in, and a comma
    or point between Bengali characters too (১২,৩৪৫.০০ is one run)."""
    if text.isascii():
        return (("latin", text),) if text else ()
    if is_bengali(text[0]) and is_bengali(text[-1]) and _simple(text):
        return (("bengali", text),)
    out: list[list[str]] = []
    for k, ch in enumerate(text):
        script = "bengali" if is_bengali(ch) else "latin"
        if out and (ch == " " or (ch in NEUTRAL and out[-1][0] == "bengali"
                                  and k + 1 < len(text) and is_bengali(text[k + 1]))):
            script = out[-1][0]
        if out and out[-1][0] == script:
            out[-1][1] += ch
        else:
            out.append([script, ch])
    return tuple((s, t) for s, t in out)


def _simple(part: str) -> bool:
    """A Bengali run of digits and punctuation only: nothing for HarfBuzz to reorder or
    join, so it is drawn and measured as plain characters (a day's sheets have
    thousands of different amounts)."""
    return all(ch in BENGALI_DIGITS for ch in part)


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
    if script == "bengali" and not _simple(text):
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
    prepared = canvas.__dict__.setdefault("_shakha_prepared", {})
    key = (text, size, bold)
    got = prepared.get(key)
    if got is None:
        got = prepared[key] = _prepare(canvas, text, size, bold)
    width, pieces = got
    if align == "right":
        x -= width
    elif align == "center":
        x -= width / 2
    code = canvas._code  # the page's content stream
    for dx, head, tail in pieces:
        code.append(f"{head}{x + dx:.2f} {y:.2f}{tail}")
    return width


def _prepare(canvas: Canvas, text: str, size: float, bold: bool
             ) -> tuple[float, list[tuple[float, str, str]]]:
    """`text`'s width and, per script run, its offset and operators (once per document)."""
    register_fonts()
    pieces, dx = [], 0.0
    for script, part in runs(text):
        font = FACES[(script, bold)][0]
        head, tail = _operators(canvas, font, size, script, part)
        pieces.append((dx, head, tail))
        dx += _run_width(script, part, size, bold)
    return text_width(text, size, bold), pieces


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
        if script == "bengali" and not _simple(part):
            ops = (f"/Span <</ActualText {actual_text(part)}>> BDC BT 1 0 0 1 ",
                   f" Tm {_shaped_text(canvas, font, size, part)} ET EMC")
        else:
            ops = ("BT 1 0 0 1 ", f" Tm {_latin_text(canvas, font, size, part)} ET")
        cache[key] = ops
    return ops


def _shaped_text(canvas: Canvas, font: str, size: float, text: str) -> str:
    """Text operators of a HarfBuzz-shaped run: each glyph from the font's subsets, moved
    by its shaping offsets within one TJ array (raised or lowered marks in their own).

    What reportlab's _formatText writes for a shaped string, without its per-cluster
    set-up (a day's sheets draw a thousand different names)."""
    glyphs = shaped(text, font, size)
    face = pdfmetrics.getFont(font)
    doc = canvas._doc
    data = glyphs.__shapeData__
    out: list[str] = []
    items: list[str] = []
    chunk = bytearray()
    shift, rise, k = 0.0, 0.0, 0

    def flush_chunk() -> None:
        if chunk:
            items.append(f"({canvas._escape(bytes(chunk))})")
            chunk.clear()

    def flush_array() -> None:
        flush_chunk()
        if items:
            out.append(f"[{' '.join(items)}] TJ")
            items.clear()

    for subset, codes in face.splitString(glyphs, doc):
        flush_array()
        out.append(f"{face.getSubsetInternalName(subset, doc)} {fp_str(size)} Tf")
        for code in codes:
            g = data[k]
            k += 1
            up = size * g.y_offset / 1000
            if up != rise:
                flush_array()
                out.append(f"{fp_str(up)} Ts")
                rise = up
            shift -= g.x_offset
            if shift:
                flush_chunk()
                items.append(fp_str(shift))
            chunk.append(code)
            shift = g.width - g.x_advance + g.x_offset
    flush_array()
    if rise:
        out.append("0 Ts")
    return " ".join(out)


def _latin_text(canvas: Canvas, font: str, size: float, text: str) -> str:
    """Text operators of an unshaped run, from each character's place in the font's
    subsets (what reportlab's _formatText gives, without its per-string set-up: a
    day's sheets have thousands of different amounts made of a dozen characters)."""
    codes = canvas.__dict__.setdefault("_shakha_char_codes", {})
    face = pdfmetrics.getFont(font)
    out: list[str] = []
    subset, chunk = -1, bytearray()
    for ch in text:
        got = codes.get((font, ch))
        if got is None:
            ((sub, byte),) = face.splitString(ch, canvas._doc)
            got = codes[(font, ch)] = (sub, byte)
        if got[0] != subset:
            if chunk:
                out.append(f"({canvas._escape(bytes(chunk))}) Tj")
                chunk.clear()
            subset = got[0]
            out.append(f"{face.getSubsetInternalName(subset, canvas._doc)} {fp_str(size)} Tf")
        chunk += got[1]
    if chunk:
        out.append(f"({canvas._escape(bytes(chunk))}) Tj")
    return " ".join(out)


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
    return list(_wrap(text, size, width, bold, max_lines))


@lru_cache(maxsize=20_000)
def _wrap(text: str, size: float, width: float, bold: bool, max_lines: int
          ) -> tuple[str, ...]:
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
    return tuple(lines) or ("",)


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
