"""`make guide`: the user guide for screen (HTML) and print (PDF), English and Bengali,
with screenshots taken from the real app as it is built (docs.screenshots).

    python -m docs.build_guide [OUT]          (default build/guide)

The text is docs/guide/<lang>.md in a small Markdown: `# ` and `## ` headings,
paragraphs, `- ` items, `code` spans and `![caption](shot:name)` pictures. The PDF is
A4 with the app's own fonts, Bengali shaped with HarfBuzz (app.printing.text).
"""

from __future__ import annotations

import html
import re
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
PICTURE = re.compile(r"^!\[(.*)\]\(shot:([a-z_]+)\)$")
LANGS = ("en", "bn")


@dataclass(frozen=True)
class Block:
    kind: str  # h1 | h2 | p | li | img
    text: str
    shot: str = ""


def parse(text: str) -> list[Block]:
    blocks: list[Block] = []
    paragraph: list[str] = []

    def end() -> None:
        if paragraph:
            blocks.append(Block("p", " ".join(paragraph)))
            paragraph.clear()

    for line in text.splitlines():
        line = line.rstrip()
        picture = PICTURE.match(line)
        if not line:
            end()
        elif line.startswith("## "):
            end()
            blocks.append(Block("h2", line[3:]))
        elif line.startswith("# "):
            end()
            blocks.append(Block("h1", line[2:]))
        elif line.startswith("- "):
            end()
            blocks.append(Block("li", line[2:]))
        elif picture:
            end()
            blocks.append(Block("img", picture.group(1), picture.group(2)))
        elif blocks and blocks[-1].kind == "li" and not paragraph and line.startswith("  "):
            blocks[-1] = Block("li", f"{blocks[-1].text} {line.strip()}")
        else:
            paragraph.append(line.strip())
    end()
    return blocks


def shots_used(lang: str) -> set[str]:
    return {b.shot for b in parse((HERE / "guide" / f"{lang}.md").read_text("utf-8"))
            if b.kind == "img"}


def write_html(blocks: list[Block], lang: str, out: Path) -> Path:
    def inline(text: str) -> str:
        return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text))

    parts = [f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">',
             f"<title>{html.escape(blocks[0].text)}</title><style>"
             "body{font-family:'Noto Sans','Noto Sans Bengali',sans-serif;max-width:60em;"
             "margin:auto;padding:1em;line-height:1.5}img{max-width:100%;border:1px solid "
             "#999}figcaption{color:#444}code{background:#eee}</style></head><body>"]
    items = False
    for b in blocks:
        if b.kind != "li" and items:
            parts.append("</ul>")
            items = False
        if b.kind in ("h1", "h2"):
            parts.append(f"<{b.kind}>{inline(b.text)}</{b.kind}>")
        elif b.kind == "p":
            parts.append(f"<p>{inline(b.text)}</p>")
        elif b.kind == "li":
            if not items:
                parts.append("<ul>")
                items = True
            parts.append(f"<li>{inline(b.text)}</li>")
        else:
            parts.append(f'<figure><img src="img/{b.shot}_{lang}.png" alt="{html.escape(b.text)}">'
                         f"<figcaption>{inline(b.text)}</figcaption></figure>")
    parts.append("</ul></body></html>" if items else "</body></html>")
    path = out / f"guide_{lang}.html"
    path.write_text("\n".join(parts), encoding="utf-8")
    return path


def write_pdf(blocks: list[Block], lang: str, out: Path, images: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm

    from app.printing.text import draw, text_width

    path = out / f"guide_{lang}.pdf"
    with path.open("wb") as f:
        from app.printing.text import new_canvas

        canvas = new_canvas(f, A4, blocks[0].text)
        width, height = A4
        left, right, top, bottom = 18 * mm, width - 18 * mm, height - 18 * mm, 18 * mm
        y = top

        def room(needed: float) -> float:
            nonlocal y
            if y - needed < bottom:
                canvas.showPage()
                y = top
            return y

        def wrapped(text: str, size: float, bold: bool = False, indent: float = 0) -> None:
            nonlocal y
            line = ""
            for word in text.replace("`", "").split():
                trial = f"{line} {word}".strip()
                if text_width(trial, size, bold) > right - left - indent and line:
                    room(size * 1.5)
                    draw(canvas, left + indent, y - size, line, size, bold)
                    y -= size * 1.5
                    line = word
                else:
                    line = trial
            if line:
                room(size * 1.5)
                draw(canvas, left + indent, y - size, line, size, bold)
                y -= size * 1.5

        for b in blocks:
            if b.kind == "h1":
                wrapped(b.text, 18, True)
                y -= 6
            elif b.kind == "h2":
                room(60)
                y -= 8
                wrapped(b.text, 14, True)
            elif b.kind == "p":
                wrapped(b.text, 10.5)
                y -= 4
            elif b.kind == "li":
                room(16)
                draw(canvas, left + 2 * mm, y - 10.5, "•", 10.5)
                wrapped(b.text, 10.5, indent=6 * mm)
            else:
                picture = images / f"{b.shot}_{lang}.png"
                from reportlab.lib.utils import ImageReader

                reader = ImageReader(str(picture))
                w, h = reader.getSize()
                shown_w = right - left
                shown_h = shown_w * h / w
                if shown_h > top - bottom - 30:
                    shown_h = top - bottom - 30
                    shown_w = shown_h * w / h
                room(shown_h + 24)
                canvas.drawImage(reader, left, y - shown_h, shown_w, shown_h)
                y -= shown_h + 4
                wrapped(b.text, 9)
                y -= 6
        canvas.showPage()
        canvas.save()
    return path


def build(out: Path, db: Path | None = None, langs: tuple[str, ...] = LANGS) -> list[Path]:
    """Screenshots, then the HTML and PDF guide of each language, into `out`."""
    from docs.screenshots import demo_branch, take

    out.mkdir(parents=True, exist_ok=True)
    images = out / "img"
    with tempfile.TemporaryDirectory() as tmp:
        take(db or demo_branch(Path(tmp)), images, langs)
    made = []
    for lang in langs:
        blocks = parse((HERE / "guide" / f"{lang}.md").read_text("utf-8"))
        made += [write_html(blocks, lang, out), write_pdf(blocks, lang, out, images)]
    return made


if __name__ == "__main__":
    for path in build(Path(sys.argv[1] if len(sys.argv) > 1 else "build/guide")):
        print(path)
