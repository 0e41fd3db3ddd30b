"""Print preview: pages shown as images, printed through QPrinter, saved as PDF; the
passbook is printed page by page and recorded only when really printed."""

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtPrintSupport import QPrinter

from app.printing.passbook import calibration_page
from app.services.printing import passbook_pdf, passbook_state
from tests.printing.world import print_world
from ui.context import AppContext
from ui.views.print_calibration import PrinterCalibrationDialog
from ui.views.print_passbook import passbook_job
from ui.views.print_preview import PrintPreviewDialog


def _pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def test_the_preview_shows_every_page_and_saves_the_same_bytes(qtbot, tmp_path):
    pdf = calibration_page("bn")
    dialog = PrintPreviewDialog("Test", pdf)
    qtbot.addWidget(dialog)
    assert len(dialog.images) == 1 and dialog.images[0].width() > 500
    dialog.save_to(str(tmp_path / "out.pdf"))
    assert (tmp_path / "out.pdf").read_bytes() == pdf


def test_printing_draws_every_page_on_the_printer(qtbot, tmp_path):
    pdf = calibration_page("en") + b""
    dialog = PrintPreviewDialog("Test", pdf)
    qtbot.addWidget(dialog)
    assert dialog.print_on(_pdf_printer(tmp_path / "printed.pdf")) == 1
    assert len(pdfium.PdfDocument(str(tmp_path / "printed.pdf"))) == 1


def test_a_passbook_preview_records_nothing_and_printing_records_the_lines(engine, qtbot,
                                                                          tmp_path,
                                                                          monkeypatch):
    w = print_world(engine, deposits=12)
    ctx = AppContext(engine, w.world.accountant, "bn")
    preview = passbook_pdf(engine, w.world.accountant, w.member_id, "bn", preview=True)
    assert passbook_state(engine, w.member_id).line == 0 and len(preview.pages) == 2
    dialog = PrintPreviewDialog("Passbook", preview.pdf,
                                for_printer=lambda name: passbook_job(ctx, w.member_id, False,
                                                                      name))
    qtbot.addWidget(dialog)
    asked: list[str] = []
    monkeypatch.setattr(dialog, "_ask", lambda prompt: asked.append(prompt) or True)
    assert dialog.print_on(_pdf_printer(tmp_path / "pb.pdf")) == 2
    assert len(asked) == 2 and passbook_state(engine, w.member_id).page == 2


def test_a_passbook_print_stopped_after_page_one_records_page_one_only(engine, qtbot,
                                                                      tmp_path, monkeypatch):
    """Cancelling at the page turn: the next print starts on page 2, not after the end."""
    from app.printing.passbook import LINES_PER_PAGE

    w = print_world(engine, deposits=12)  # 28 lines: a page and a bit
    ctx = AppContext(engine, w.world.accountant, "bn")
    preview = passbook_pdf(engine, w.world.accountant, w.member_id, "bn", preview=True)
    dialog = PrintPreviewDialog("Passbook", preview.pdf,
                                for_printer=lambda name: passbook_job(ctx, w.member_id, False,
                                                                      name))
    qtbot.addWidget(dialog)
    asked: list[str] = []
    answers = iter([True, False])  # page 1 in; then the operator stops
    monkeypatch.setattr(dialog, "_ask", lambda prompt: asked.append(prompt) or next(answers))
    assert dialog.print_on(_pdf_printer(tmp_path / "pb.pdf")) == 1
    state = passbook_state(engine, w.member_id)
    assert (state.page, state.line) == (1, LINES_PER_PAGE) and state.unprinted == 8
    assert len(asked) == 2 and "২" in asked[1]  # "page ১ is printed, turn to page ২"
    assert not any(ch.isdigit() and ch.isascii() for ch in "".join(asked))
    again = passbook_pdf(engine, w.world.accountant, w.member_id, "bn", preview=True)
    assert [(p.page, p.first_line) for p in again.pages] == [(2, 1)]


def test_calibration_offsets_are_saved_per_printer(engine, qtbot):
    w = print_world(engine, deposits=1)
    dialog = PrinterCalibrationDialog(AppContext(engine, w.world.accountant, "en"))
    qtbot.addWidget(dialog)
    dialog.printer.setEditText("Epson LQ-310")
    dialog.dx.setValue(2.5)
    dialog.dy.setValue(-1.0)
    dialog.save()
    dialog.load("Epson LQ-310")
    assert (dialog.dx.value(), dialog.dy.value()) == (2.5, -1.0)


def test_the_manager_sets_the_passbook_format_beside_the_offsets(engine, qtbot, monkeypatch):
    from app.printing.passbook import DEFAULT_LAYOUT, PassbookLayout
    from app.services.passbook_format import passbook_layout

    w = print_world(engine, deposits=1)
    clerk = PrinterCalibrationDialog(AppContext(engine, w.world.accountant, "en"))
    qtbot.addWidget(clerk)
    assert not clerk.lines.isEnabled()  # the accountant sees the format, the manager sets it
    dialog = PrinterCalibrationDialog(AppContext(engine, w.world.manager, "en"))
    qtbot.addWidget(dialog)
    assert dialog.layout_typed() == DEFAULT_LAYOUT
    dialog.printer.setEditText("Epson LQ-310")
    dialog.lines.setValue(40)  # 40 lines 6.35 mm apart do not fit on the page
    shown: list[str] = []
    monkeypatch.setattr("ui.ops.QMessageBox.warning", lambda *a, **k: shown.append(a[2]))
    dialog.save()
    assert "off the printable page" in shown[0] and passbook_layout(engine) == DEFAULT_LAYOUT
    dialog.lines.setValue(15)
    dialog.pitch.setValue(7.0)
    dialog.save()
    assert passbook_layout(engine) == PassbookLayout(15, 7.0, 38.0, 14.0)


def test_a_days_sheets_are_rendered_in_the_background_then_previewed(engine, qtbot,
                                                                     monkeypatch):
    from app.services.printing import collection_sheets_pdf
    from tests.services.meeting_world import TODAY, meeting_world
    from ui.views import print_preview

    meeting_world(engine)
    shown: list[bytes] = []
    monkeypatch.setattr(print_preview, "preview_pdf", lambda parent, title, pdf: shown.append(pdf))
    print_preview.preview_in_background(None, "Sheets", collection_sheets_pdf, engine, TODAY,
                                        None, "bn")
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0].startswith(b"%PDF")
