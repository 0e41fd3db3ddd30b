"""A small flowing layout for portrait documents (loan card, KFS, receipt, certificate).

Title and branch on top, label–value blocks, tables whose column headings repeat on every
new page, paragraphs and signature lines; every page numbered.
"""

from __future__ import annotations

from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4

from app.format import format_number
from app.printing.labels import label
from app.printing.text import draw, fit, new_canvas, text_width

PAGE_W, PAGE_H = A4
MARGIN = 40.0
BOTTOM = 50.0
ROW_H = 16.0


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # 0 = what is left
    right: bool = False


class Form:
    """Draws top to bottom, starting a new page when the next thing does not fit."""

    def __init__(self, title: str, subtitle: str, lang: str) -> None:
        self.out = BytesIO()
        self.c = new_canvas(self.out, A4, title)
        self.title, self.subtitle, self.lang = title, subtitle, lang
        self.page = 0
        self.y = 0.0
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        top = PAGE_H - MARGIN
        draw(self.c, MARGIN, top, self.subtitle, 10)
        draw(self.c, MARGIN, top - 22, self.title, 16, bold=True)
        draw(self.c, PAGE_W - MARGIN, top, label(
            "page_n", self.lang, n=format_number(self.page, self.lang)), 9, align="right")
        self.c.line(MARGIN, top - 30, PAGE_W - MARGIN, top - 30)
        self.y = top - 48

    def need(self, height: float) -> bool:
        """Start a new page unless `height` fits; True when a page was started."""
        if self.y - height < BOTTOM:
            self._new_page()
            return True
        return False

    def pairs(self, rows: list[tuple[str, str]], label_width: float = 210) -> None:
        for key, value in rows:
            self.need(ROW_H)
            draw(self.c, MARGIN, self.y, fit(key, 10, label_width - 8), 10)
            draw(self.c, MARGIN + label_width, self.y,
                 fit(value, 10, PAGE_W - 2 * MARGIN - label_width), 10, bold=True)
            self.y -= ROW_H
        self.y -= 6

    def heading(self, text: str) -> None:
        self.need(ROW_H * 3)
        draw(self.c, MARGIN, self.y, text, 12, bold=True)
        self.y -= ROW_H + 2

    def paragraph(self, text: str, size: float = 11) -> None:
        """Wrapped at spaces (Bengali words stay whole: shaping works on whole runs)."""
        width = PAGE_W - 2 * MARGIN
        line = ""
        for word in text.split():
            trial = f"{line} {word}".strip()
            if line and text_width(trial, size) > width:
                self.need(size * 1.6)
                draw(self.c, MARGIN, self.y, line, size)
                self.y -= size * 1.6
                line = word
            else:
                line = trial
        if line:
            self.need(size * 1.6)
            draw(self.c, MARGIN, self.y, line, size)
            self.y -= size * 1.6
        self.y -= 6

    def _widths(self, columns: list[Column]) -> list[float]:
        fixed = sum(col.width for col in columns)
        return [col.width or (PAGE_W - 2 * MARGIN - fixed) for col in columns]

    def _cells(self, columns: list[Column], widths: list[float], cells: list[str],
               bold: bool, shade: bool) -> None:
        c = self.c
        if shade:
            c.setFillGray(0.9)
            c.rect(MARGIN, self.y - ROW_H, sum(widths), ROW_H, stroke=0, fill=1)
            c.setFillGray(0)
        c.rect(MARGIN, self.y - ROW_H, sum(widths), ROW_H, stroke=1, fill=0)
        x = MARGIN
        for col, width, text in zip(columns, widths, cells, strict=True):
            c.line(x, self.y - ROW_H, x, self.y)
            if text:
                text = fit(text, 9, width - 6, bold)
                draw(c, x + width - 3 if col.right else x + 3, self.y - 11.5, text, 9,
                     bold=bold, align="right" if col.right else "left")
            x += width
        self.y -= ROW_H

    def table(self, columns: list[Column], rows: list[list[str]],
              totals: list[str] | None = None) -> None:
        """Rows under headings that repeat at the top of every page; totals at the end."""
        widths = self._widths(columns)
        self.need(ROW_H * 3)
        self._cells(columns, widths, [col.title for col in columns], True, True)
        for row in rows:
            if self.need(ROW_H):
                self._cells(columns, widths, [col.title for col in columns], True, True)
            self._cells(columns, widths, row, False, False)
        if totals:
            if self.need(ROW_H):
                self._cells(columns, widths, [col.title for col in columns], True, True)
            self._cells(columns, widths, totals, True, False)
        self.y -= 10

    def signatures(self, names: list[str]) -> None:
        self.need(60)
        self.y -= 36
        step = (PAGE_W - 2 * MARGIN) / len(names)
        for k, name in enumerate(names):
            x = MARGIN + k * step
            self.c.line(x, self.y + 12, x + step - 20, self.y + 12)
            draw(self.c, x, self.y, fit(name, 9, step - 20), 9)
        self.y -= 20

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.out.getvalue()
