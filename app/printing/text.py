"""Text on paper in Bengali and English, shaped with HarfBuzz.

Noto Sans Bengali has no Latin letters and Noto Sans no Bengali, so a string is split
into script runs and each run is drawn in its own font; Bengali runs are shaped by
HarfBuzz (reportlab's `shaping=True`) so conjuncts, reph and vowel signs are right.
Widths of shaped runs are cached: the same names and labels repeat on every page.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

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
_registered = False


def register_fonts() -> None:
    global _registered
    if _registered:
        return
    for name, filename in FACES.values():
        pdfmetrics.registerFont(TTFont(name, str(FONTS / filename), shapable=True))
    _registered = True


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
        code.append(f"BT 1 0 0 1 {fp_str(x)} {fp_str(y)} Tm {_operators(canvas, font, size, script, part)} ET")
        x += _run_width(script, part, size, bold)
    return width


def _operators(canvas: Canvas, font: str, size: float, script: str, part: str) -> str:
    """PDF text operators of one run, formatted once per document and reused.

    Formatting a shaped run (a position per glyph) is most of the cost of a page; the
    same names, labels and amounts repeat on every sheet of a day, and a run's operators
    do not change within one document once its glyphs have their place in the subset.
    """
    cache = canvas.__dict__.setdefault("_shakha_text_ops", {})
    key = (font, size, part)
    ops = cache.get(key)
    if ops is None:
        obj = canvas.beginText(0, 0)
        obj.setFont(font, size)
        ops = obj._formatText(shaped(part, font, size) if script == "bengali" else part)
        cache[key] = ops
    return ops


def fit(text: str, size: float, max_width: float, bold: bool = False) -> str:
    """`text` cut (with …) to fit `max_width`."""
    if text_width(text, size, bold) <= max_width:
        return text
    while text and text_width(text + "…", size, bold) > max_width:
        text = text[:-1]
    return text + "…"


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
