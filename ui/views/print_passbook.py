"""Passbook printing from the member's page: preview, then print each passbook page
after the operator puts it in the printer; the service records where printing stopped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import QT_TRANSLATE_NOOP
from app.services.printing import passbook_pdf
from ui.context import AppContext
from ui.ops import call
from ui.views.print_preview import PrintJob, PrintPreviewDialog

CONTEXT = "PassbookPrinting"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def passbook_job(ctx: AppContext, member_id: int, reprint: bool, printer: str) -> PrintJob:
    """The pages for `printer` (its offsets), recorded as printed, with a prompt per page."""
    printout = passbook_pdf(ctx.engine, ctx.actor, member_id, ctx.lang, reprint, printer,
                            uncalibrated_ok=True)  # the printer the operator just chose
    prompts = tuple(_tr(QT_TRANSLATE_NOOP(
        "PassbookPrinting", "Put page {page} of the passbook in the printer. Printing starts "
        "at line {line}.")).format(page=span.page, line=span.first_line)
                    for span in printout.pages)
    return PrintJob(printout.pdf, prompts)


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
