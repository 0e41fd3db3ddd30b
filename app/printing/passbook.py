"""Passbook lines on a member's paper passbook, continuing at the next free line.

A passbook's pages have their column headings printed already; we print only the lines,
each on its fixed line position. Where those are is the passbook format's `PassbookLayout`
(lines to a page, their spacing, the first line, the left edge; by default 20 lines a
quarter inch apart, as passbook printers step), set once per branch. The first new line
goes on the line after the last one printed; a full page continues on the next passbook
page, which is the next PDF page (the operator turns the page), whose first line brings
the balances forward. Each page carries its passbook page number. Each printer's offsets
(calibrated once with `calibration_page`, which names the printer and shows them) shift
everything.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.format import format_amount, format_date, format_number
from app.printing.labels import label
from app.printing.text import draw, fit, new_canvas, wrap


@dataclass(frozen=True)
class PassbookLayout:
    """Where a passbook format's lines are, in millimetres from the page's top-left."""

    lines_per_page: int = 20
    pitch_mm: float = 6.35  # a quarter inch
    first_line_mm: float = 38.0  # from the top edge to the first line's baseline
    left_mm: float = 14.0

    @property
    def last_line_mm(self) -> float:
        return self.first_line_mm + (self.lines_per_page - 1) * self.pitch_mm


DEFAULT_LAYOUT = PassbookLayout()
SHORT_DATE = "dd/MM/yy"  # 05/03/26 and ০৫/০৩/২৬ alike (babel's Bengali "short" is ৫/৩/২৬)
LINES_PER_PAGE = DEFAULT_LAYOUT.lines_per_page
# (label key, width, right-aligned)
COLUMNS = (("date", 20 * mm, False), ("particulars", 62 * mm, False),
           ("paid_in", 24 * mm, True), ("paid_out", 24 * mm, True),
           ("loan_balance", 26 * mm, True), ("savings_balance", 26 * mm, True))


@dataclass(frozen=True)
class PassbookEntry:
    entry_id: int
    on: date
    kind: str  # journal kind; "reversal" when it cancels an earlier row
    ref: str  # loan no. or savings account no.
    paid_in_minor: int  # money the member paid (repayment, deposit, fee)
    paid_out_minor: int  # money paid to her (disbursement, withdrawal)
    loan_balance_minor: int  # after this line
    savings_balance_minor: int


@dataclass(frozen=True)
class PassbookHeading:
    institution: str
    branch: str
    member_code: str
    member_name: str
    group: str
    passbook_no: str


@dataclass(frozen=True)
class PageSpan:
    page: int  # passbook page
    first_line: int
    last_line: int


def place(count: int, page: int, line: int, lines_per_page: int = LINES_PER_PAGE
          ) -> list[tuple[int, int]]:
    """Passbook (page, line) of `count` new lines after the last printed `line` of `page`.

    A page turned to starts with the balances brought forward on its first line, so the
    entries go from its second line (a passbook's first page starts at line 1)."""
    out = []
    for _ in range(count):
        line += 1
        if line > lines_per_page:
            page, line = page + 1, 2
        out.append((page, line))
    return out


def spans(places: list[tuple[int, int]]) -> list[PageSpan]:
    """Lines printed on each page; a page whose entries start on its second line has
    the brought-forward line on its first."""
    out: list[PageSpan] = []
    for page, line in places:
        if out and out[-1].page == page:
            out[-1] = PageSpan(page, out[-1].first_line, line)
        else:
            out.append(PageSpan(page, 1 if line == 2 and page > 1 else line, line))
    return out


def _cells(e: PassbookEntry, lang: str) -> list[str]:
    def money(v: int) -> str:
        return format_amount(v, lang) if v else ""

    particulars = label(f"kind_{e.kind}", lang) + (f" {e.ref}" if e.ref else "")
    return [format_date(e.on, lang, SHORT_DATE), particulars, money(e.paid_in_minor),
            money(e.paid_out_minor), format_amount(e.loan_balance_minor, lang),
            format_amount(e.savings_balance_minor, lang)]


def _line_y(layout: PassbookLayout, line: int) -> float:
    return A4[1] - (layout.first_line_mm + (line - 1) * layout.pitch_mm) * mm


def _row(c: Canvas, x: float, y: float, cells: list[str], bold: bool = False) -> None:
    for (_key, width, right), text in zip(COLUMNS, cells, strict=True):
        if text:
            text = fit(text, 9, width - 2 * mm, bold)
            draw(c, x + width - 1 * mm if right else x + 1 * mm, y, text, 9, bold=bold,
                 align="right" if right else "left")
        x += width


def _title(c: Canvas, head: PassbookHeading, lang: str, layout: PassbookLayout) -> None:
    """Only on a reprint (plain paper or a new book): who the passbook belongs to."""
    top, left = A4[1] - 14 * mm, layout.left_mm * mm
    draw(c, left, top, f"{head.institution} — {head.branch}", 10)
    draw(c, left, top - 14, f"{label('passbook', lang)} {head.passbook_no}    "
         f"{head.member_code} {head.member_name}    {label('group', lang)}: {head.group}",
         11, bold=True)
    _headings(c, left, _line_y(layout, 1) + layout.pitch_mm * mm, lang)


def _headings(c: Canvas, x: float, y: float, lang: str) -> None:
    """Column headings whole: a heading wider than its column wraps upwards from `y`."""
    for key, width, right in COLUMNS:
        lines = wrap(label(key, lang), 8.5, width - 2 * mm, bold=True)
        for n, text in enumerate(reversed(lines)):
            draw(c, x + width - 1 * mm if right else x + 1 * mm, y + n * 9.5, text, 8.5,
                 bold=True, align="right" if right else "left")
        x += width


def _brought_forward(c: Canvas, layout: PassbookLayout, before: PassbookEntry | None,
                     opening: tuple[int, int], lang: str) -> None:
    loan, savings = (before.loan_balance_minor, before.savings_balance_minor) if before \
        else opening
    _row(c, layout.left_mm * mm, _line_y(layout, 1),
         ["", label("brought_forward", lang), "", "", format_amount(loan, lang),
          format_amount(savings, lang)], bold=True)


def _page_number(c: Canvas, layout: PassbookLayout, page: int, lang: str) -> None:
    """The passbook page's number, below its last line."""
    width = sum(w for _k, w, _r in COLUMNS)
    draw(c, layout.left_mm * mm + width, _line_y(layout, layout.lines_per_page)
         - layout.pitch_mm * mm, label("passbook_page", lang, n=format_number(page, lang)),
         8, align="right")


def passbook_pages(head: PassbookHeading, entries: list[PassbookEntry], page: int, line: int,
                   lang: str, offset_mm: tuple[float, float] = (0.0, 0.0),
                   headings: bool = False, layout: PassbookLayout = DEFAULT_LAYOUT,
                   opening: tuple[int, int] = (0, 0)) -> tuple[bytes, list[PageSpan]]:
    """PDF with one page per passbook page the new `entries` go on, after `page`/`line`.

    `opening` is (loan, savings) balance before the first entry, brought forward when it
    starts a new page; each page carries its passbook page number."""
    out = BytesIO()
    c = new_canvas(out, A4, label("passbook", lang))
    places = place(len(entries), page, line, layout.lines_per_page)
    current = None
    before: PassbookEntry | None = None
    for entry, (pg, ln) in zip(entries, places, strict=True):
        if pg != current:
            if current is not None:
                c.restoreState()
                c.showPage()
            c.saveState()
            c.translate(offset_mm[0] * mm, -offset_mm[1] * mm)
            if headings:
                _title(c, head, lang, layout)
            _page_number(c, layout, pg, lang)
            if ln == 2 and pg > 1:
                _brought_forward(c, layout, before, opening, lang)
            current = pg
        _row(c, layout.left_mm * mm, _line_y(layout, ln), _cells(entry, lang))
        before = entry
    if current is None:
        draw(c, layout.left_mm * mm, A4[1] - 30 * mm, label("nothing_to_print", lang), 12)
    else:
        c.restoreState()
    c.showPage()
    c.save()
    return out.getvalue(), spans(places)


def calibration_page(lang: str, offset_mm: tuple[float, float] = (0.0, 0.0),
                     layout: PassbookLayout = DEFAULT_LAYOUT, printer: str = "") -> bytes:
    """A test page: crosses where the first and last passbook lines start, a ruler across
    and one down the side (millimetres), the printer's name and its current offsets.

    The operator prints it on a passbook page, measures how far the crosses are from the
    printed line marks, and enters that as the printer's offsets."""
    out = BytesIO()
    c = new_canvas(out, A4, label("calibration", lang))
    dx, dy = offset_mm
    draw(c, 16 * mm, A4[1] - 8 * mm, label(
        "calibration_printer", lang, printer=printer or label("no_printer", lang),
        dx=format_number(Decimal(str(dx)).quantize(Decimal("0.1")), lang),
        dy=format_number(Decimal(str(dy)).quantize(Decimal("0.1")), lang)), 9)
    draw(c, A4[0] - 12 * mm, A4[1] - 8 * mm, label(
        "page", lang, n=format_number(1, lang), total=format_number(1, lang)), 9, align="right")
    c.translate(dx * mm, -dy * mm)
    left = layout.left_mm * mm
    draw(c, left, A4[1] - 14 * mm, label("calibration", lang), 12, bold=True)
    draw(c, left, A4[1] - 20 * mm, label("calibration_help", lang), 9)
    c.setLineWidth(0.4)
    for ln in (1, layout.lines_per_page):
        x, y = left, _line_y(layout, ln)
        c.line(x - 4 * mm, y, x + 4 * mm, y)
        c.line(x, y - 4 * mm, x, y + 4 * mm)
        draw(c, x + 6 * mm, y + 1, label("line", lang, n=format_number(ln, lang)), 8)
    y = max(_line_y(layout, layout.lines_per_page) - 16 * mm, 12 * mm)
    for k in range(0, int(min(180, 205 - layout.left_mm)) + 1):  # within the paper
        tick = 3 * mm if k % 10 == 0 else 1.5 * mm if k % 5 == 0 else 1 * mm
        c.line(left + k * mm, y, left + k * mm, y + tick)
        if k % 10 == 0:
            draw(c, left + k * mm, y - 9, format_number(k, lang), 6, align="center")
    ruler_x = 2 * mm  # down the side, from the top edge: where each line's baseline falls
    for k in range(0, int(min(285.0, layout.last_line_mm + 10)) + 1):
        tick = 3 * mm if k % 10 == 0 else 1.5 * mm if k % 5 == 0 else 1 * mm
        yy = A4[1] - k * mm
        c.line(ruler_x, yy, ruler_x + tick, yy)
        if k % 10 == 0 and k:
            draw(c, ruler_x + 3.5 * mm, yy - 2, format_number(k, lang), 6)
    c.showPage()
    c.save()
    return out.getvalue()
