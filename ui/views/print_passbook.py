"""Passbook printing from the member's page: preview, then print each passbook page
after the operator puts it in the printer. What is recorded as printed is each page
that came out of the printer, as it comes out: a print stopped after page 1 of 10
leaves pages 2–10 for next time (the preview records nothing)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import QT_TRANSLATE_NOOP
from app.format import format_number
from app.services.printing import PassbookPrintout, passbook_pdf, record_passbook_page
from ui.context import AppContext
from ui.ops import call
from ui.views.print_preview import PrintJob, PrintPreviewDialog

CONTEXT = "PassbookPrinting"
FIRST = QT_TRANSLATE_NOOP(
    "PassbookPrinting", "This prints {pages} passbook page(s), {first} to {last}; the "
    "printer stops for the page to be turned. Put page {first} in the printer: printing "
    "starts at line {line}.")
NEXT = QT_TRANSLATE_NOOP(
    "PassbookPrinting", "Page {done} is printed. Turn to page {page} and put it in the "
    "printer.")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def prompts(printout: PassbookPrintout, lang: str) -> tuple[str, ...]:
    """What the operator is told before each passbook page: the whole plan once, then
    only which page to turn to — in the reader's digits."""
    spans = printout.pages
    if not spans:
        return ()
    n = lambda value: format_number(value, lang)  # noqa: E731
    first = _tr(FIRST).format(pages=n(len(spans)), first=n(spans[0].page),
                              last=n(spans[-1].page), line=n(spans[0].first_line))
    return (first, *(_tr(NEXT).format(done=n(before.page), page=n(span.page))
                     for before, span in zip(spans, spans[1:], strict=False)))


def passbook_job(ctx: AppContext, member_id: int, reprint: bool, printer: str) -> PrintJob:
    """The pages for `printer` (its offsets), each recorded once it is printed."""
    printout = passbook_pdf(ctx.engine, ctx.actor, member_id, ctx.lang, reprint, printer,
                            preview=True, uncalibrated_ok=True)

    def printed(index: int) -> None:
        if 0 <= index < len(printout.page_ends):
            record_passbook_page(ctx.engine, ctx.actor, member_id,
                                 printout.page_ends[index], reprint)

    return PrintJob(printout.pdf, prompts(printout, ctx.lang), printed)


def print_passbook(parent: QWidget | None, ctx: AppContext, member_id: int,
                   reprint: bool = False) -> None:
    preview = call(parent, passbook_pdf, ctx.engine, ctx.actor, member_id, ctx.lang, reprint,
                   "", True)
    if preview is None:
        return
    if not preview.pages:
        QMessageBox.information(parent, _tr(QT_TRANSLATE_NOOP("PassbookPrinting", "Passbook")),
                                _tr(QT_TRANSLATE_NOOP(
                                    "PassbookPrinting",
                                    "Everything is already printed in this passbook.")))
        return
    PrintPreviewDialog(_tr(QT_TRANSLATE_NOOP("PassbookPrinting", "Passbook")), preview.pdf, parent,
                       for_printer=lambda name: passbook_job(ctx, member_id, reprint,
                                                             name)).exec()
    ctx.data_changed.emit("passbook")
