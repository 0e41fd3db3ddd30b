"""Collection sheet: one group's meeting on A4 landscape (more pages when long), and
the meeting's attendance and thumb-impression sheet.

The collection sheet is the field officer's working paper: for every member each of
her open loans (number, installment, due, arrears, advance, outstanding principal) and
her savings (due, balance), with columns to write what was received, deposited and
withdrawn and her attendance — the columns the meeting entry screen asks for, in its
order. Every figure is whole: amount columns hold 99,99,99,999.99 in either script,
names wrap (and are cut, if ever, only between grapheme clusters), headings wrap
instead of being cut. A long group continues on further pages, each ending with its
page total and the total carried forward, the next starting with it brought forward;
the totals, the cash counted, the next meeting and the signatures (group leader,
field officer, and the cashier's on receiving the cash) come on the last page, which
always holds members too.

Thumb impressions (15–20 mm) go on their own sheet, printed after the group's
collection sheet: a 22 × 22 mm box per member. The collection sheet is totalled and
carried back to be entered, one page for most groups; rows tall enough for a thumb
would put a 20-member group on three pages and split its totals.

Layout is worked out first (pure arithmetic), then drawn: the page count is known
before the first page is drawn, and grid lines are written as raw PDF operators.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from io import BytesIO

from reportlab.graphics.barcode.qrencoder import QRAlphaNum, QRCode, QRErrorCorrectLevel
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from app.format import (
    SYMBOLS,
    format_amount,
    format_date,
    format_number,
    format_time,
    weekday_name,
)
from app.printing.labels import label
from app.printing.text import draw, fit, new_canvas, text_width, wrap
from app.services.dues import GroupDues, LoanDue, MemberDue

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 24.0
SIZE = 8.0  # body text
HEAD_SIZE = 7.5  # column headings
LINE = 9.0  # a text line in a cell
PAD = 2.5  # text inside a cell, each side
MIN_ROW = 18.0  # a quarter inch: room to write an amount by hand
LOAN_LINE = 12.0  # each of a member's loans
TOTAL_ROW = 15.0
HEAD_BAND = 27.0
TOP_BLOCK = 78.0  # institution, title, group, date, legend
SIGN_BLOCK = 64.0  # cash counted, next meeting, three signatures
LONG_DATE = "d MMMM y"  # 25 November 2026 / ২৫ নভেম্বর ২০২৬: alike in both languages
LARGEST = 99_99_99_999_99  # 99,99,99,999.99: every amount column holds it
# (label key, width, kind): "loan" cells have a line per loan, "amount" a figure,
# "write" is left empty to write in
COLUMNS = (("no", 16, "member"), ("member", 102, "member"), ("loan_no", 56, "loan"),
           ("installment", 34, "loan"), ("due", 66, "loan_amount"),
           ("arrears", 66, "loan_amount"), ("advance", 66, "loan_amount"),
           ("balance", 66, "loan_amount"), ("received", 52, "write"),
           ("savings_due", 66, "amount"), ("savings_balance", 66, "amount"),
           ("savings_deposit", 48, "write"), ("withdrawal", 48, "write"),
           ("attendance", 44, "write"))
AMOUNT_FIELDS = ("due_minor", "arrears_minor", "advance_minor", "loan_balance_minor",
                 "savings_due_minor", "savings_balance_minor")
# the thumb-impression sheet: a box per member, five across
THUMB_BOX = 22 * mm
THUMB_COLUMNS = 5
THUMB_CELL_H = THUMB_BOX + 14
QR_ALPHANUMERIC = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:")


@dataclass(frozen=True)
class SheetHeader:
    institution: str
    branch_name: str
    branch_code: str
    currency: str
    address: str = ""


@dataclass(frozen=True)
class Row:
    """A member's row as laid out: its text lines and its height."""

    number: int
    member: MemberDue
    name_lines: tuple[str, ...]
    loans: tuple[LoanDue, ...]
    height: float


@dataclass(frozen=True)
class Page:
    rows: tuple[Row, ...]
    first: bool
    last: bool


def column_x() -> list[float]:
    """Left edge of each column, and the table's right edge last."""
    out = [MARGIN]
    for _key, width, _kind in COLUMNS:
        out.append(out[-1] + width)
    return out


def _loans_of(m: MemberDue) -> tuple[LoanDue, ...]:
    if m.loans:
        return m.loans
    if not m.loan_id:
        return ()
    return (LoanDue(m.loan_id, m.loan_no, m.installment_no, m.installments_count,
                    m.due_minor, m.arrears_minor, m.advance_minor, m.loan_balance_minor),)


def _name(m: MemberDue, lang: str) -> str:
    return f"{m.member_code} {m.name_bn if lang == 'bn' and m.name_bn else m.name_en}"


def lay_out_rows(group: GroupDues, lang: str) -> list[Row]:
    width = COLUMNS[1][1] - 2 * PAD
    rows = []
    for k, m in enumerate(group.members, 1):
        lines = tuple(wrap(_name(m, lang), SIZE, width, max_lines=3))
        loans = _loans_of(m)
        height = max(MIN_ROW, len(lines) * LINE + 4, len(loans) * LOAN_LINE + 4)
        rows.append(Row(k, m, lines, loans, height))
    return rows


def _capacity(first: bool, last: bool) -> float:
    """Height left for member rows on a page."""
    space = PAGE_H - 2 * MARGIN - TOP_BLOCK - HEAD_BAND
    if not first:
        space -= TOTAL_ROW  # brought forward
    if last:
        return space - TOTAL_ROW * (1 if first else 2) - SIGN_BLOCK
    return space - 2 * TOTAL_ROW  # page total, carried forward


def paginate(rows: list[Row], keep_last: int = 2) -> list[Page]:
    """Rows on pages: all on one when they fit with the totals and signatures; else as
    many as fit, leaving the last page at least `keep_last` members (never only the
    totals) and its totals and signatures."""
    if sum(r.height for r in rows) <= _capacity(True, True):
        return [Page(tuple(rows), True, True)]
    pages: list[Page] = []
    rest = list(rows)
    while True:
        first = not pages
        if sum(r.height for r in rest) <= _capacity(first, True):
            pages.append(Page(tuple(rest), first, True))
            return pages
        room, taken = _capacity(first, False), 0
        while taken < len(rest) and room >= rest[taken].height:
            room -= rest[taken].height
            taken += 1
        taken = max(1, min(taken, len(rest) - keep_last))
        pages.append(Page(tuple(rest[:taken]), first, False))
        rest = rest[taken:]


# ---- drawing ----------------------------------------------------------------------------

@lru_cache(maxsize=256)
def _qr_runs(payload: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """QR modules of `payload` as horizontal dark runs (row, first column, length)."""
    code = QRCode(None, QRErrorCorrectLevel.M)
    if all(ch in QR_ALPHANUMERIC for ch in payload):
        code.dataList.append(QRAlphaNum(payload))  # a smaller code, encoded twice as fast
    else:
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


def _qr(c: Canvas, payload: str, x: float, y: float, size: float = 52) -> None:
    """Draw the QR code as filled rectangles (encoded and formatted once per payload)."""
    c._code.append(f"q 1 0 0 1 {x:.2f} {y:.2f} cm {_qr_path(payload, size)} Q")


@lru_cache(maxsize=256)
def _qr_path(payload: str, size: float) -> str:
    count, dark = _qr_runs(payload)
    cell = size / count
    return " ".join(f"{col * cell:.2f} {size - (row + 1) * cell:.2f} {length * cell:.2f} "
                    f"{cell:.2f} re" for row, col, length in dark) + " f"


def _lines(c: Canvas, segments: list[tuple[float, float, float, float]],
           width: float = 0.5) -> None:
    c._code.append(f"{width} w " + " ".join(
        f"{x1:.2f} {y1:.2f} m {x2:.2f} {y2:.2f} l" for x1, y1, x2, y2 in segments) + " S")


def _band(c: Canvas, x: float, y: float, w: float, h: float, gray: float = 0.9) -> None:
    c._code.append(f"{gray} g {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f 0 g")


def _fitted(c: Canvas, x: float, y: float, text: str, width: float, size: float = SIZE,
            bold: bool = False, align: str = "right") -> None:
    """`text` whole in `width`: smaller type rather than a cut figure."""
    while size > 5 and text_width(text, size, bold) > width:
        size -= 0.5
    draw(c, x, y, text, size, bold=bold, align=align)


def loan_prefix(groups: list[GroupDues], branch_code: str) -> str:
    """The branch's prefix of every loan number of the day ("BJS-SHB-"), left off on the
    sheet and named in its header; "" when a loan number does not start with it."""
    prefix = f"{branch_code}-"
    numbers = [loan.loan_no for g in groups for m in g.members for loan in _loans_of(m)]
    ok = bool(numbers) and all(n.startswith(prefix) and len(n) > len(prefix)
                               for n in numbers)
    return prefix if ok else ""


def _header(c: Canvas, head: SheetHeader, group: GroupDues, lang: str, title: str,
            page: int, pages: int, prefix: str, money: bool = True) -> None:
    top = PAGE_H - MARGIN
    bn = lang == "bn"
    where = f"{head.institution} — {label('branch', lang)}: {head.branch_name} " \
            f"({head.branch_code})"
    draw(c, MARGIN, top - 9, fit(where, 9, PAGE_W - 2 * MARGIN - 150), 9)
    draw(c, MARGIN, top - 26, title + (f" ({label('continued', lang)})" if page > 1 else ""),
         14, bold=True)
    name = group.group_name_bn if bn else group.group_name_en
    village = group.village_bn if bn else group.village_en
    officer = group.officer_name_bn if bn else group.officer_name_en
    draw(c, MARGIN, top - 40, fit(
        f"{label('group', lang)}: {group.group_code} {name}    {label('village', lang)}: "
        f"{village}    {label('officer', lang)}: {officer}", 9, PAGE_W - 2 * MARGIN - 150), 9)
    when = (f"{label('date', lang)}: {format_date(group.on, lang, LONG_DATE)}, "
            f"{weekday_name(group.on.weekday(), lang)}    "
            f"{label('time', lang)}: {format_time(group.meeting_time, lang)}")
    if group.meeting_place:
        when += f"    {label('meeting_place', lang)}: {group.meeting_place}"
    draw(c, MARGIN, top - 53, fit(when, 9, PAGE_W - 2 * MARGIN - 150), 9)
    notes = [label("amounts_in", lang, currency=SYMBOLS.get(head.currency, head.currency)),
             label("loan_prefix", lang, prefix=prefix) if prefix else "",
             label("attendance_legend", lang)] if money else [label("attendance_legend", lang)]
    draw(c, MARGIN, top - 66, fit("    ".join(n for n in notes if n), 7.5, PAGE_W - 2 * MARGIN - 70), 7.5)
    draw(c, PAGE_W - MARGIN - 58, top - 60, label(
        "page", lang, n=format_number(page, lang), total=format_number(pages, lang)),
        9, align="right")
    _qr(c, f"SHAKHA:{head.branch_code}:{group.group_code}:{group.on:%Y%m%d}",
        PAGE_W - MARGIN - 52, top - 64)


@lru_cache(maxsize=64)
def _heading_lines(text: str, width: float) -> tuple[float, tuple[str, ...]]:
    """A column heading whole within `width` in at most three lines: wrapped at spaces,
    in smaller type if a word is too wide, broken between clusters only below 5.5 pt."""
    size = HEAD_SIZE
    while size >= 5.5:
        lines = wrap(text, size, width, bold=True)
        if len(lines) <= 3 and all(text_width(x, size, True) <= width for x in lines) and \
                all(w in " ".join(lines).split() for w in text.split()):
            return size, tuple(lines)
        size -= 0.5
    return 5.5, tuple(wrap(text, 5.5, width, bold=True))


def _table_head(c: Canvas, y: float, lang: str, xs: list[float]) -> float:
    """The heading band with its column dividers; returns the y below it."""
    _band(c, xs[0], y - HEAD_BAND, xs[-1] - xs[0], HEAD_BAND)
    for (key, width, kind), x in zip(COLUMNS, xs, strict=False):
        size, lines = _heading_lines(label(key, lang), width - 2 * PAD)
        top = y - (HEAD_BAND - len(lines) * (size + 1.5)) / 2 - size
        for n, text in enumerate(lines):
            yy = top - n * (size + 1.5)
            if kind in ("amount", "loan_amount"):
                draw(c, x + width - PAD, yy, text, size, bold=True, align="right")
            else:
                draw(c, x + PAD, yy, text, size, bold=True)
    _lines(c, [(x, y, x, y - HEAD_BAND) for x in xs] + [
        (xs[0], y, xs[-1], y), (xs[0], y - HEAD_BAND, xs[-1], y - HEAD_BAND)])
    return y - HEAD_BAND


def _member_row(c: Canvas, y: float, row: Row, lang: str, xs: list[float], prefix: str
                ) -> None:
    m = row.member
    base = y - 2 - SIZE
    draw(c, xs[1] - PAD, base, format_number(row.number, lang), SIZE, align="right")
    for n, text in enumerate(row.name_lines):
        draw(c, xs[1] + PAD, base - n * LINE, text, SIZE)
    for n, loan in enumerate(row.loans):
        yy = y - 2 - SIZE - n * LOAN_LINE
        number = loan.loan_no[len(prefix):] if prefix else loan.loan_no
        _fitted(c, xs[2] + PAD, yy, number, COLUMNS[2][1] - 2 * PAD, align="left")
        _fitted(c, xs[4] - PAD, yy, f"{format_number(loan.installment_no, lang)}/"
                f"{format_number(loan.installments_count, lang)}", COLUMNS[3][1] - 2 * PAD)
        for col, value in zip(range(4, 8), (loan.due_minor, loan.arrears_minor,
                                            loan.advance_minor, loan.balance_minor),
                              strict=True):
            if value:
                _fitted(c, xs[col + 1] - PAD, yy, format_amount(value, lang),
                        COLUMNS[col][1] - 2 * PAD)
    for col, value in ((9, m.savings_due_minor), (10, m.savings_balance_minor)):
        if value:
            _fitted(c, xs[col + 1] - PAD, base, format_amount(value, lang),
                    COLUMNS[col][1] - 2 * PAD)
    if len(row.loans) > 1:  # a dotted line between her loans
        c._code.append("[1 2] 0 d")
        _lines(c, [(xs[2], y - 2 - n * LOAN_LINE, xs[8], y - 2 - n * LOAN_LINE)
                   for n in range(1, len(row.loans))], 0.3)
        c._code.append("[] 0 d")


def _sums(rows: tuple[Row, ...] | list[Row]) -> list[int]:
    return [sum(getattr(r.member, f) for r in rows) for f in AMOUNT_FIELDS]


def _total_row(c: Canvas, y: float, text: str, sums: list[int], lang: str,
               xs: list[float]) -> float:
    _band(c, xs[0], y - TOTAL_ROW, xs[-1] - xs[0], TOTAL_ROW, 0.93)
    draw(c, xs[1] + PAD, y - 11, fit(text, SIZE, xs[4] - xs[1] - 2 * PAD, True), SIZE,
         bold=True)
    for col, value in zip((4, 5, 6, 7, 9, 10), sums, strict=True):
        _fitted(c, xs[col + 1] - PAD, y - 11, format_amount(value, lang),
                COLUMNS[col][1] - 2 * PAD)
    _lines(c, [(xs[0], y - TOTAL_ROW, xs[-1], y - TOTAL_ROW)]
           + [(x, y, x, y - TOTAL_ROW) for i, x in enumerate(xs) if i in (0, 1) or i >= 4])
    return y - TOTAL_ROW


def _signatures(c: Canvas, y: float, group: GroupDues, lang: str) -> None:
    y -= 15
    present = f"{label('members_present', lang)}: ______ / " \
              f"{format_number(len(group.members), lang)}"
    draw(c, MARGIN, y, f"{label('cash_counted', lang)}: ________________", 9)
    draw(c, MARGIN + 250, y, present, 9)
    if group.next_meeting:
        nxt = (f"{label('next_meeting', lang)}: {format_date(group.next_meeting, lang, LONG_DATE)}"
               f", {weekday_name(group.next_meeting.weekday(), lang)}")
        draw(c, MARGIN + 480, y, fit(nxt, 9, PAGE_W - MARGIN - (MARGIN + 480)), 9, bold=True)
    y -= 36
    step = (PAGE_W - 2 * MARGIN) / 3
    signs = [label("leader_signature", lang), label("officer_signature", lang),
             label("cashier_received", lang)]
    _lines(c, [(MARGIN + k * step, y + 10, MARGIN + (k + 1) * step - 24, y + 10)
               for k in range(3)])
    for k, text in enumerate(signs):
        draw(c, MARGIN + k * step, y, fit(text, 8.5, step - 24), 8.5)


def _draw_page(c: Canvas, head: SheetHeader, group: GroupDues, lang: str, page: Page,
               number: int, pages: int, before: list[int], prefix: str) -> list[int]:
    """One page of the sheet; returns the running totals after it."""
    xs = column_x()
    _header(c, head, group, lang, label("collection_sheet", lang), number, pages, prefix)
    y = _table_head(c, PAGE_H - MARGIN - TOP_BLOCK, lang, xs)
    top = y
    if not page.first:
        y = _total_row(c, y, label("brought_forward", lang), before, lang, xs)
    for row in page.rows:
        _member_row(c, y, row, lang, xs, prefix)
        _lines(c, [(xs[0], y - row.height, xs[-1], y - row.height)])
        y -= row.height
    _lines(c, [(x, top, x, y) for x in xs])
    running = [a + b for a, b in zip(before, _sums(page.rows), strict=True)]
    if page.first and page.last:
        y = _total_row(c, y, label("total", lang), running, lang, xs)
    else:
        y = _total_row(c, y, label("page_total", lang), _sums(page.rows), lang, xs)
        y = _total_row(c, y, label("total" if page.last else "carried_forward", lang),
                       running, lang, xs)
    if page.last:
        _signatures(c, y, group, lang)
    c.showPage()
    return running


def draw_group(c: Canvas, head: SheetHeader, group: GroupDues, lang: str,
               prefix: str = "") -> int:
    """Draw one group's sheet (one or more pages); returns the number of pages."""
    pages = paginate(lay_out_rows(group, lang))
    running = [0] * len(AMOUNT_FIELDS)
    for number, page in enumerate(pages, 1):
        running = _draw_page(c, head, group, lang, page, number, len(pages), running, prefix)
    return len(pages)


def _thumb_cell(c: Canvas, x: float, y: float, w: float, number: int, m: MemberDue,
                lang: str) -> None:
    box_x = x + w - THUMB_BOX - 6
    c._code.append(f"0.5 w {box_x:.2f} {y - 5 - THUMB_BOX:.2f} {THUMB_BOX:.2f} "
                   f"{THUMB_BOX:.2f} re S")
    draw(c, box_x + THUMB_BOX / 2, y - 5 - THUMB_BOX - 7,
         fit(label("signature", lang), 6, THUMB_BOX + 8), 6, align="center")
    text_w = box_x - x - 8
    draw(c, x + 22, y - 13, f"{format_number(number, lang)}.", 9, bold=True, align="right")
    draw(c, x + 25, y - 13, fit(m.member_code, SIZE, text_w - 21), SIZE)
    name = m.name_bn if lang == "bn" and m.name_bn else m.name_en
    for n, line in enumerate(wrap(name, SIZE, text_w, max_lines=3)):  # as on the sheet
        draw(c, x + 4, y - 26 - n * 10, line, SIZE)
    draw(c, x + 4, y - THUMB_CELL_H + 8, fit(f"{label('attendance', lang)}: ____",
                                             7.5, text_w), 7.5)


def draw_thumb_sheet(c: Canvas, head: SheetHeader, group: GroupDues, lang: str) -> int:
    """The meeting's attendance and thumb-impression sheet; returns its pages."""
    members = list(group.members)
    rows_per_page = int((PAGE_H - 2 * MARGIN - TOP_BLOCK - 50) // THUMB_CELL_H)
    per_page = rows_per_page * THUMB_COLUMNS
    pages = max(1, -(-len(members) // per_page))
    w = (PAGE_W - 2 * MARGIN) / THUMB_COLUMNS
    for page in range(pages):
        _header(c, head, group, lang, label("thumb_sheet", lang), page + 1, pages, "", False)
        top = PAGE_H - MARGIN - TOP_BLOCK
        chunk = members[page * per_page:(page + 1) * per_page]
        for k, m in enumerate(chunk):
            row, col = divmod(k, THUMB_COLUMNS)
            x, y = MARGIN + col * w, top - row * THUMB_CELL_H
            _thumb_cell(c, x, y, w, page * per_page + k + 1, m, lang)
        used = -(-len(chunk) // THUMB_COLUMNS)
        _lines(c, [(MARGIN, top - r * THUMB_CELL_H, PAGE_W - MARGIN, top - r * THUMB_CELL_H)
                   for r in range(used + 1)]
               + [(MARGIN + k * w, top, MARGIN + k * w, top - used * THUMB_CELL_H)
                  for k in range(THUMB_COLUMNS + 1)], 0.4)
        y = MARGIN + 16
        _lines(c, [(MARGIN, y + 10, MARGIN + 220, y + 10),
                   (PAGE_W - MARGIN - 220, y + 10, PAGE_W - MARGIN, y + 10)])
        draw(c, MARGIN, y, label("officer_signature", lang), 8.5)
        draw(c, PAGE_W - MARGIN - 220, y, label("leader_signature", lang), 8.5)
        c.showPage()
    return pages


def _no_meetings(c: Canvas, head: SheetHeader, lang: str, on: date | None,
                 officer: str) -> None:
    """The page of a day with no meetings: whose day it is, and that it has none."""
    top = PAGE_H - MARGIN
    draw(c, MARGIN, top - 9, fit(f"{head.institution} — {label('branch', lang)}: "
                                 f"{head.branch_name} ({head.branch_code})", 9,
                                 PAGE_W - 2 * MARGIN - 150), 9)
    draw(c, MARGIN, top - 26, label("collection_sheet", lang), 14, bold=True)
    day = format_date(on, lang, LONG_DATE) if on else ""
    when = [f"{label('date', lang)}: {day}, {weekday_name(on.weekday(), lang)}"] if on else []
    if officer:
        when.append(f"{label('officer', lang)}: {officer}")
    draw(c, MARGIN, top - 40, fit("    ".join(when), 9, PAGE_W - 2 * MARGIN - 150), 9)
    draw(c, PAGE_W - MARGIN, top - 9, label("page", lang, n=format_number(1, lang),
                                            total=format_number(1, lang)), 9, align="right")
    draw(c, MARGIN, top - 90, fit(label("no_meetings", lang, date=day), 14,
                                  PAGE_W - 2 * MARGIN), 14)
    c.showPage()


def collection_sheets(head: SheetHeader, groups: list[GroupDues], lang: str,
                      thumb_sheets: bool = True, on: date | None = None,
                      officer: str = "") -> bytes:
    """All groups' sheets in one PDF, in the order given (by officer, then time), each
    followed by its thumb-impression sheet; a day with no meetings (`on`, of `officer`
    when one is named) gets a page saying so."""
    out = BytesIO()
    c = new_canvas(out, landscape(A4), label("collection_sheet", lang))
    if not groups:
        _no_meetings(c, head, lang, on, officer)
    prefix = loan_prefix(groups, head.branch_code)
    for group in groups:
        draw_group(c, head, group, lang, prefix)
        if thumb_sheets:
            draw_thumb_sheet(c, head, group, lang)
    c.save()
    return out.getvalue()
