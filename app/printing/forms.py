"""A small flowing layout for portrait documents (loan card, KFS, receipt, voucher,
certificate, reports).

The institution and branch on top, the title, label–value blocks, tables whose column
headings repeat on every new page, paragraphs, signature and thumb boxes; every page
says "Page n of M" (pages are kept until the document is finished, then numbered).
Nothing is cut: values and cells wrap, headings wrap, figures are set smaller rather
than lose a digit.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.format import format_number
from app.printing.labels import label
from app.printing.text import draw, new_canvas, text_width, wrap

PAGE_W, PAGE_H = A4
MARGIN = 40.0
BOTTOM = 50.0
ROW_H = 16.0
LINE = 11.0  # a wrapped line inside a table cell
THUMB = 22 * mm  # a box a thumb impression (15–20 mm) fits in


class NumberedCanvas(Canvas):
    """A canvas that keeps its pages until `save`, then gives each its "n of M"."""

    def __init__(self, *args, footer: Callable[[Canvas, int, int], None] | None = None,
                 **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer

    def showPage(self) -> None:  # noqa: N802 - reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, 1):
            self.__dict__.update(state)
            if self._footer is not None:
                self._footer(self, number, total)
            Canvas.showPage(self)
        Canvas.save(self)


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # 0 = what is left
    right: bool = False


class Form:
    """Draws top to bottom, starting a new page when the next thing does not fit."""

    def __init__(self, title: str, subtitle: str, lang: str, *, address: str = "",
                 reference: str = "", header: bool = True,
                 pagesize: tuple[float, float] = A4) -> None:
        self.out = BytesIO()
        self.page_w, self.page_h = pagesize
        self.title, self.subtitle, self.lang = title, subtitle, lang
        self.address, self.reference, self.header = address, reference, header
        self.c = new_canvas(self.out, pagesize, title, canvas_class=NumberedCanvas,
                            footer=self._page_number)
        self.page = 0
        self.y = 0.0
        self._new_page()

    def _page_number(self, c: Canvas, number: int, total: int) -> None:
        draw(c, self.page_w - MARGIN, self.page_h - MARGIN, label(
            "page", self.lang, n=format_number(number, self.lang),
            total=format_number(total, self.lang)), 9, align="right")

    def _new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        top = self.page_h - MARGIN
        if not self.header:  # the document draws its own (a receipt's two copies)
            self.y = top
            return
        y = top
        for line in wrap(self.subtitle, 10, self.page_w - 2 * MARGIN - 90, max_lines=2):
            draw(self.c, MARGIN, y, line, 10)
            y -= 12
        if self.address:
            for line in wrap(self.address, 8.5, self.page_w - 2 * MARGIN - 90, max_lines=2):
                draw(self.c, MARGIN, y, line, 8.5)
                y -= 10.5
        y -= 10
        draw(self.c, MARGIN, y, self.title, 16, bold=True)
        if self.reference:
            draw(self.c, self.page_w - MARGIN, y, self.reference, 9, align="right")
        self.c.line(MARGIN, y - 8, self.page_w - MARGIN, y - 8)
        self.y = y - 26

    def need(self, height: float) -> bool:
        """Start a new page unless `height` fits; True when a page was started."""
        if self.y - height < BOTTOM:
            self._new_page()
            return True
        return False

    def gap(self, height: float = 8) -> None:
        self.y -= height

    def pairs(self, rows: list[tuple[str, str]], label_width: float = 210,
              size: float = 10) -> None:
        """Label–value lines; a long label or value wraps onto more lines."""
        value_width = self.page_w - 2 * MARGIN - label_width
        for key, value in rows:
            keys = wrap(key, size, label_width - 8)
            values = wrap(value, size, value_width, bold=True) if value else [""]
            lines = max(len(keys), len(values))
            step = size * 1.4
            self.need(step * lines)
            for n, text in enumerate(keys):
                draw(self.c, MARGIN, self.y - n * step, text, size)
            for n, text in enumerate(values):
                draw(self.c, MARGIN + label_width, self.y - n * step, text, size, bold=True)
            self.y -= step * lines + 2
        self.y -= 6

    def heading(self, text: str, size: float = 12) -> None:
        self.need(ROW_H * 4)
        self.y -= 8
        draw(self.c, MARGIN, self.y, text, size, bold=True)
        self.y -= ROW_H + 2

    def paragraph(self, text: str, size: float = 10.5, bold: bool = False) -> None:
        """Wrapped at spaces; a word too long breaks only between grapheme clusters."""
        step = size * 1.5
        for line in wrap(text, size, self.page_w - 2 * MARGIN, bold=bold):
            self.need(step)
            draw(self.c, MARGIN, self.y, line, size, bold=bold)
            self.y -= step
        self.y -= 6

    def _widths(self, columns: list[Column]) -> list[float]:
        fixed = sum(col.width for col in columns)
        return [col.width or (self.page_w - 2 * MARGIN - fixed) for col in columns]

    def _cells(self, columns: list[Column], widths: list[float], cells: list[str],
               bold: bool, shade: bool, size: float = 9) -> None:
        lines = []
        for col, width, text in zip(columns, widths, cells, strict=True):
            if col.right and " " not in text.strip():  # a figure: whole, smaller if need be
                lines.append([text])
            else:
                lines.append(wrap(text, size, width - 6, bold) if text else [""])
        height = max(ROW_H, max(len(x) for x in lines) * LINE + 5)
        if self.need(height) and self._repeat is not None:
            self._repeat()
        c = self.c
        if shade:
            c.setFillGray(0.9)
            c.rect(MARGIN, self.y - height, sum(widths), height, stroke=0, fill=1)
            c.setFillGray(0)
        c.rect(MARGIN, self.y - height, sum(widths), height, stroke=1, fill=0)
        x = MARGIN
        for col, width, texts in zip(columns, widths, lines, strict=True):
            c.line(x, self.y - height, x, self.y)
            for n, text in enumerate(texts):
                if not text:
                    continue
                if col.right:
                    fitted = size
                    while fitted > 5 and text_width(text, fitted, bold) > width - 6:
                        fitted -= 0.5
                    draw(c, x + width - 3, self.y - 11.5 - n * LINE, text, fitted, bold=bold,
                         align="right")
                else:
                    draw(c, x + 3, self.y - 11.5 - n * LINE, text, size, bold=bold)
            x += width
        self.y -= height

    _repeat: Callable[[], None] | None = None

    def table(self, columns: list[Column], rows: list[list[str]],
              totals: list[str] | None = None) -> None:
        """Rows under headings that repeat at the top of every page; totals at the end."""
        widths = self._widths(columns)
        titles = [col.title for col in columns]
        heads = [Column(col.title, col.width, col.right) for col in columns]

        def repeat() -> None:
            self._repeat = None
            self._cells(heads, widths, titles, True, True, 8.5)
            self._repeat = repeat

        self.need(ROW_H * 3)
        repeat()
        for row in rows:
            self._cells(columns, widths, row, False, False)
        if totals:
            self._cells(columns, widths, totals, True, False)
        self._repeat = None
        self.y -= 10

    def together(self, block: Callable[[Form], None]) -> None:
        """Draw `block` (a document's closing lines and its signatures) whole on one page:
        measured first on a scratch form, it starts a new page when it would not fit on
        this one, so a signature never stands alone on the last page."""
        probe = Form(self.title, self.subtitle, self.lang, address=self.address,
                     reference=self.reference, header=self.header,
                     pagesize=(self.page_w, self.page_h))
        start = probe.y
        block(probe)
        if probe.page == 1:  # longer than a page: drawn as it comes
            self.need(start - probe.y)
        block(self)

    def signatures(self, names: list[str], thumb: bool = False) -> None:
        """A line to sign on above each name; with `thumb`, the first (the member's) is a
        box a thumb impression fits in, her words below it."""
        height = (THUMB + 40) if thumb else 60
        self.need(height)
        step = (self.page_w - 2 * MARGIN) / len(names)
        line_y = self.y - height + 34  # the signature lines and the box's bottom
        for k, name in enumerate(names):
            x = MARGIN + k * step
            if thumb and k == 0:
                self.c.rect(x, line_y, THUMB, THUMB)
            else:
                self.c.line(x, line_y, x + step - 20, line_y)
            for n, text in enumerate(wrap(name, 9, step - 20, max_lines=2)):
                draw(self.c, x, line_y - 11 - n * 11, text, 9)
        self.y -= height + 6

    def rule(self, dashed: bool = False) -> None:
        if dashed:
            self.c.setDash(3, 3)
        self.c.line(MARGIN - 20, self.y, self.page_w - MARGIN + 20, self.y)
        self.c.setDash()
        self.y -= 16

    def pdf(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.out.getvalue()
