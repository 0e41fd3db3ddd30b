"""Collection sheet: one page per group per meeting (continued when long), A4 landscape.

Every member's loan, installment number, dues, arrears, advance, savings due and loan
balance, with empty columns to write the amount received, savings, attendance and a
signature or thumb impression; group totals on the last page; a QR code with branch,
group and date so a marked sheet can be found again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from io import BytesIO

from reportlab.graphics.barcode.qrencoder import QRCode, QRErrorCorrectLevel
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from app.format import format_amount, format_date, format_number, format_time, weekday_name
from app.printing.labels import label
from app.printing.text import draw, fit, new_canvas
from app.services.dues import GroupDues

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 28.0
ROW_H = 24  # room for a thumb impression
ROWS_PER_PAGE = 15
# (label key, width, right-aligned); the signature column takes what is left
COLUMNS = (("no", 24, True), ("member", 150, False), ("loan_no", 74, False),
           ("installment", 40, True), ("due", 54, True), ("arrears", 54, True),
           ("advance", 46, True), ("savings_due", 46, True), ("balance", 62, True),
           ("received", 58, False), ("savings", 46, False), ("attendance", 40, False),
           ("signature", 0, False))


@dataclass(frozen=True)
class SheetHeader:
    institution: str
    branch_name: str
    branch_code: str
    currency: str


@lru_cache(maxsize=256)
def _qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """QR modules of `payload` as horizontal dark runs (row, first column, length)."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)  # any mask scans; searching the best costs 8 encodings
    count = code.getModuleCount()
    out = []
    for row in range(count):
        col = 0
        while col < count:
            if code.isDark(row, col):
                start = col
                while col < count and code.isDark(row, col):
                    col += 1
                out.append((row, start, col - start))
            else:
                col += 1
    return count, tuple(out)


def _qr(canvas: Canvas, payload: str, x: float, y: float, size: float = 58) -> None:
    """Draw the QR code as filled rectangles (encoded once per payload)."""
    count, dark = _qr_runs(payload)
    cell = size / count
    path = canvas.beginPath()
    for row, col, length in dark:
        path.rect(x + col * cell, y + size - (row + 1) * cell, length * cell, cell)
    canvas.drawPath(path, stroke=0, fill=1)


def _widths() -> list[float]:
    fixed = sum(w for _, w, _ in COLUMNS)
    return [w or (PAGE_W - 2 * MARGIN - fixed) for _, w, _ in COLUMNS]


def _header(c: Canvas, head: SheetHeader, group: GroupDues, lang: str, page: int,
            pages: int) -> float:
    top = PAGE_H - MARGIN
    bn = lang == "bn"
    draw(c, MARGIN, top - 12, f"{head.institution} — {label('branch', lang)}: "
         f"{head.branch_name} ({head.branch_code})", 10)
    title = label("collection_sheet", lang)
    if page > 1:
        title += f" ({label('continued', lang)})"
    draw(c, MARGIN, top - 32, title, 15, bold=True)
    group_name = group.group_name_bn if bn else group.group_name_en
    village = group.village_bn if bn else group.village_en
    officer = group.officer_name_bn if bn else group.officer_name_en
    line = (f"{label('group', lang)}: {group.group_code} {group_name}    "
            f"{label('village', lang)}: {village}    {label('officer', lang)}: {officer}")
    draw(c, MARGIN, top - 50, line, 10)
    when = (f"{label('date', lang)}: {format_date(group.on, lang, 'long')}, "
            f"{weekday_name(group.on.weekday(), lang)}    "
            f"{label('time', lang)}: {format_time(group.meeting_time, lang)}")
    draw(c, MARGIN, top - 66, when, 10)
    page_text = label("page", lang, n=format_number(page, lang),
                      total=format_number(pages, lang))
    draw(c, PAGE_W - MARGIN - 70, top - 66, page_text, 9, align="right")
    _qr(c, f"SHAKHA|{head.branch_code}|{group.group_code}|{group.on.isoformat()}",
        PAGE_W - MARGIN - 58, top - 70)
    return top - 84


def _table_header(c: Canvas, y: float, lang: str, widths: list[float]) -> float:
    c.setFillGray(0.9)
    c.rect(MARGIN, y - ROW_H - 4, sum(widths), ROW_H + 4, stroke=1, fill=1)
    c.setFillGray(0)
    x = MARGIN
    for (key, _w, right), width in zip(COLUMNS, widths, strict=True):
        text = fit(label(key, lang), 8, width - 4, bold=True)
        draw(c, x + width - 2 if right else x + 2, y - 15, text, 8, bold=True,
             align="right" if right else "left")
        x += width
    return y - ROW_H - 4


def _row(c: Canvas, y: float, cells: list[str], widths: list[float], bold: bool = False) -> None:
    c.rect(MARGIN, y - ROW_H, sum(widths), ROW_H, stroke=1, fill=0)
    x = MARGIN
    for (_key, _w, right), width, text in zip(COLUMNS, widths, cells, strict=True):
        c.line(x, y - ROW_H, x, y)
        if text:
            draw(c, x + width - 3 if right else x + 3, y - 16, fit(text, 9, width - 5, bold),
                 9, bold=bold, align="right" if right else "left")
        x += width


def _member_cells(n: int, m, lang: str) -> list[str]:  # type: ignore[no-untyped-def]
    name = m.name_bn if lang == "bn" else m.name_en
    inst = (f"{format_number(m.installment_no, lang)}/{format_number(m.installments_count, lang)}"
            if m.loan_id else "")
    money = [format_amount(v, lang) if v else "" for v in (
        m.due_minor, m.arrears_minor, m.advance_minor, m.savings_due_minor,
        m.loan_balance_minor)]
    return [format_number(n, lang), f"{m.member_code} {name}", m.loan_no, inst, *money,
            "", "", "", ""]


def _totals(group: GroupDues, lang: str) -> list[str]:
    sums = [sum(getattr(m, f) for m in group.members) for f in (
        "due_minor", "arrears_minor", "advance_minor", "savings_due_minor",
        "loan_balance_minor")]
    return ["", label("total", lang), "", "", *[format_amount(s, lang) for s in sums],
            "", "", "", ""]


def draw_group(c: Canvas, head: SheetHeader, group: GroupDues, lang: str) -> int:
    """Draw one group's sheet (one or more pages); returns the number of pages."""
    widths = _widths()
    members = list(group.members)
    pages = max(1, -(-(len(members) + 1) // ROWS_PER_PAGE))
    for page in range(1, pages + 1):
        y = _table_header(c, _header(c, head, group, lang, page, pages), lang, widths)
        chunk = members[(page - 1) * ROWS_PER_PAGE: page * ROWS_PER_PAGE]
        for k, member in enumerate(chunk, (page - 1) * ROWS_PER_PAGE + 1):
            _row(c, y, _member_cells(k, member, lang), widths)
            y -= ROW_H
        if page == pages:
            _row(c, y, _totals(group, lang), widths, bold=True)
            y -= ROW_H + 30
            draw(c, MARGIN, y, f"{label('cash_counted', lang)}: ____________", 10)
            draw(c, MARGIN + 260, y, f"{label('leader_signature', lang)}: ____________", 10)
            draw(c, MARGIN + 540, y, f"{label('officer_signature', lang)}: ____________", 10)
        c.showPage()
    return pages


def collection_sheets(head: SheetHeader, groups: list[GroupDues], lang: str) -> bytes:
    """All groups' sheets in one PDF, in the order given (meeting order)."""
    out = BytesIO()
    c = new_canvas(out, landscape(A4), label("collection_sheet", lang))
    if not groups:
        draw(c, MARGIN, PAGE_H - 60, label("no_meetings", lang), 14)
        c.showPage()
    for group in groups:
        draw_group(c, head, group, lang)
    c.save()
    return out.getvalue()
