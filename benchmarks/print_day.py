"""`print_day`: a branch day's collection sheets (60 groups, 1,200 members), Bengali.

Baseline, same run: bare reportlab drawing the same table text (same fonts, same
cells, no shaping, no script runs, no QR) — the floor any sheet costs.
Targets: ratio ≤ 3 and under 40 ms per page.
"""

from __future__ import annotations

import time
from datetime import date
from io import BytesIO

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from app.printing import text
from app.printing.collection_sheet import (
    COLUMNS,
    ROW_H,
    ROWS_PER_PAGE,
    SheetHeader,
    _member_cells,
    _widths,
    collection_sheets,
)
from app.services.dues import GroupDues, MemberDue
from benchmarks.common import result

NAMES = [("Amena Pramanik", "আমেনা প্রামাণিক"), ("Sumitra Barman", "সুমিত্রা বর্মন"),
         ("Lakshmi Roy", "লক্ষ্মী রায়"), ("Shraboni Sarkar", "শ্রাবণী সরকার"),
         ("Krishna Ghosh", "কৃষ্ণা ঘোষ"), ("Rahima Khatun", "রহিমা খাতুন")]


def day(groups: int = 60, members: int = 20) -> list[GroupDues]:
    out = []
    for g in range(groups):
        rows = tuple(MemberDue(g * 100 + k, f"M{g * 100 + k:05d}",
                               f"{NAMES[(g + k) % 6][0]} {k}", f"{NAMES[(g + k) % 6][1]} {k}",
                               k, f"L{g:03d}{k:03d}", 7, 46, 311_00 + k, k % 3 * 100_00, 0,
                               20_00, 9_876_50, 1_240_00) for k in range(members))
        out.append(GroupDues(g, f"G{g:04d}", f"Group {g}", f"দল {g}", "Bakshirhat",
                             "বক্সিরহাট", "Tapasi Das", "তাপসী দাস", 2, "10:30",
                             date(2026, 11, 25), rows))
    return out


def _bare(groups: list[GroupDues]) -> int:
    text.register_fonts()
    out = BytesIO()
    c = Canvas(out, pagesize=landscape(A4), pageCompression=1)
    widths = _widths()
    pages = 0
    for group in groups:
        members = list(group.members)
        for start in range(0, len(members) + 1, ROWS_PER_PAGE):
            y = 500.0
            for k, m in enumerate(members[start:start + ROWS_PER_PAGE], start + 1):
                x = 28.0
                for (_key, _w, _r), width, cell in zip(COLUMNS, widths,
                                                       _member_cells(k, m, "bn"), strict=True):
                    c.setFont("ShakhaLatin", 9)
                    c.drawString(x + 3, y, cell)
                    x += width
                y -= ROW_H
            c.showPage()
            pages += 1
    c.save()
    return pages


def run() -> dict:
    groups = day()
    head = SheetHeader("Beghoria Janakalyan Samity", "সাহেবেরহাট", "BJS-SHB", "INR")
    collection_sheets(head, groups[:2], "bn")  # warm the font registry
    start = time.perf_counter()
    pdf = collection_sheets(head, groups, "bn")
    ours = time.perf_counter() - start
    start = time.perf_counter()
    pages = _bare(groups)
    base = time.perf_counter() - start
    return result("print_day", ours, base, target="ratio <= 3 and < 40 ms/page", unit="s",
                  pages=pages, ms_per_page=round(ours * 1000 / pages, 2), pdf_bytes=len(pdf))
