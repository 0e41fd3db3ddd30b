"""`print_day`: what an officer waits for — `shakha print collection-sheets` of a
5,000-member branch's day, from the command to the finished PDF, data gathering
included (opening the database, the dues of every group meeting that day, the sheets
and their thumb-impression sheets, writing the file), in Bengali.

Value: the command run in this process (`app.cli.main`), after a first print of the day
before (imports done, fonts registered; that day's groups are other groups, so the
measured day's names, amounts and dues are new to every cache). `cpu_s` is the same
run's CPU time, `command_s` the whole command as its own process, `collection_sheet_pages`
the collection sheets without the thumb-impression sheets.
Baseline, same run: bare reportlab drawing the same pages with the data in hand — every
string the sheets draw, at the same place in the same font and size (no shaping, no
script runs, no text spans), and the same rules — the floor any sheet costs.
Targets: value ≤ 0.6 s (~90 pages) and ratio ≤ 3.

SHAKHA_BENCH_PRINT_MEMBERS makes a smaller branch (the test suite's quick run).
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import tempfile
import time
from contextlib import redirect_stdout
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from benchmarks.common import result

DAY = date(2026, 11, 25)


def _database(tmp: Path) -> Path:
    members = int(os.environ.get("SHAKHA_BENCH_PRINT_MEMBERS", "5000"))
    if members == 5000:
        from benchmarks.startup import bench_db

        return bench_db()
    from app.demo import generate_demo

    path = tmp / "demo.db"
    generate_demo(path, members=members, years=2, seed=1, today=DAY)
    return path


def _recorded(groups, head) -> list[list[tuple]]:  # type: ignore[no-untyped-def]
    """Every string and rule the sheets draw, page by page (drawn once, recorded)."""
    from app.printing import collection_sheet, text

    pages: list[list[tuple]] = [[]]
    real_draw, real_lines, real_show = text.draw, collection_sheet._lines, Canvas.showPage

    def draw(c, x, y, s, size=9, bold=False, align="left"):  # type: ignore[no-untyped-def]
        width = real_draw(c, x, y, s, size, bold, align)
        left = x - width if align == "right" else x - width / 2 if align == "center" else x
        pages[-1].append(("text", left, y, s, size, bold))
        return width

    def lines(c, segments, width=0.5):  # type: ignore[no-untyped-def]
        pages[-1].append(("lines", segments))
        real_lines(c, segments, width)

    def show(c):  # type: ignore[no-untyped-def]
        pages.append([])
        real_show(c)

    collection_sheet.draw, collection_sheet._lines = draw, lines
    Canvas.showPage = show  # type: ignore[method-assign]
    try:
        collection_sheet.collection_sheets(head, groups, "bn")
    finally:
        collection_sheet.draw, collection_sheet._lines = real_draw, real_lines
        Canvas.showPage = real_show  # type: ignore[method-assign]
    return pages[:-1]


def _bare(pages: list[list[tuple]]) -> int:
    """The recorded pages drawn with plain reportlab calls."""
    from app.printing.text import FACES, is_bengali, register_fonts

    register_fonts()
    out = BytesIO()
    c = Canvas(out, pagesize=landscape(A4), pageCompression=1,
               initialFontName=FACES[("latin", False)][0])
    for page in pages:
        for item in page:
            if item[0] == "text":
                _kind, x, y, s, size, bold = item
                script = "bengali" if any(is_bengali(ch) for ch in s) else "latin"
                c.setFont(FACES[(script, bold)][0], size)
                c.drawString(x, y, s)
            else:
                for x1, y1, x2, y2 in item[1]:
                    c.line(x1, y1, x2, y2)
        c.showPage()
    c.save()
    return len(out.getvalue())


def run() -> dict:
    from app.cli import main
    from app.db.engine import open_engine
    from app.services.collection_day import collection_day
    from app.services.printing import sheet_header

    with tempfile.TemporaryDirectory() as tmp:
        path = _database(Path(tmp))
        out = Path(tmp) / "sheets.pdf"
        command = ["print", "collection-sheets", "--db", str(path), "--date", DAY.isoformat(),
                   "--lang", "bn", "--out", str(out)]
        before = [*command[:5], (DAY - timedelta(days=1)).isoformat(), *command[6:]]
        with redirect_stdout(io.StringIO()):  # the command prints the file's name
            main(before)  # imports, fonts; another day's groups
            start, cpu = time.perf_counter(), time.process_time()
            main(command)
            ours, ours_cpu = time.perf_counter() - start, time.process_time() - cpu
        pdf_bytes = out.stat().st_size
        engine = open_engine(path)
        groups, head = collection_day(engine, DAY), sheet_header(engine, "bn")
        engine.dispose()
        pages = _recorded(groups, head)
        start = time.perf_counter()
        _bare(pages)
        base = time.perf_counter() - start
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "app.cli", *command], check=True,
                       capture_output=True, timeout=300)
        as_command = time.perf_counter() - start
    sheet_pages = sum(any(item[0] == "text" and item[3].startswith("আদায় শিট")
                          for item in page) for page in pages)
    return result("print_day", ours, base, target="value <= 0.6 s (~90 pages), ratio <= 3",
                  unit="s", cpu_s=round(ours_cpu, 3), command_s=round(as_command, 3),
                  pages=len(pages), collection_sheet_pages=sheet_pages, groups=len(groups),
                  members=sum(len(g.members) for g in groups), pdf_bytes=pdf_bytes)
