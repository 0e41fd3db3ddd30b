"""Print preview inside the app: the document's pages as images, then the operating
system's print dialog (QPrinter) or Save as PDF.

Pages are rendered from the PDF with pypdfium2, so what is shown is exactly what is
printed. A passbook prints each passbook page as its own job, after asking the operator
to put that page in the printer; its final pages are rendered for the chosen printer
(its calibrated offsets) by the `for_printer` callback.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
from PySide6.QtCore import QCoreApplication, QEvent, QRect, QStandardPaths, Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.format import format_number
from app.os_reasons import os_reason
from ui.i18n import current_language, tr_message
from ui.ops import run_op, show_error
from ui.std_dialogs import print_dialog, save_file_name

PREVIEW_SCALE = 1.4  # screen pixels per PDF point
MAX_PRINT_DPI = 300


@dataclass(frozen=True)
class PrintJob:
    pdf: bytes
    prompts: tuple[str, ...] = ()  # per page; a non-empty one is asked before that page
    # told the index of each page the printer has finished (a passbook records it then)
    after_page: Callable[[int], None] | None = None


def page_images(pdf: bytes, scale: float) -> list[QImage]:
    """Every page of `pdf` as an image, `scale` pixels per point."""
    doc = pdfium.PdfDocument(pdf)
    out = []
    for index in range(len(doc)):
        pil = doc[index].render(scale=scale).to_pil().convert("RGB")
        image = QImage(pil.tobytes(), pil.width, pil.height, 3 * pil.width,
                       QImage.Format.Format_RGB888)
        out.append(image.copy())  # own the pixels: `pil` goes away
    doc.close()
    return out


def paint_pages(printer: QPrinter, pdf: bytes, prompts: tuple[str, ...] = (),
                ask: Callable[[str], bool] | None = None,
                after_page: Callable[[int], None] | None = None) -> int:
    """Print `pdf` on `printer` page by page; returns the pages printed.

    A page with a prompt is printed as its own job after `ask(prompt)` says yes (the
    operator has turned the passbook page); stopping there leaves the rest unprinted.
    `after_page(index)` is told each page finished (its job ended), before the next
    prompt: what is recorded as printed is what came out of the printer.
    """
    printer.setFullPage(True)
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    images = page_images(pdf, dpi / 72)
    painter: QPainter | None = None
    printed = 0
    for index, image in enumerate(images):
        prompt = prompts[index] if index < len(prompts) else ""
        if prompt:
            if painter is not None:
                painter.end()
                painter = None
                if after_page is not None:
                    after_page(index - 1)
            if ask is not None and not ask(prompt):
                break
        if painter is None:
            painter = QPainter()
            if not painter.begin(printer):
                raise OSError("the printer could not be opened")
        elif index:
            printer.newPage()
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        printed += 1
    if painter is not None:
        painter.end()
        if after_page is not None:
            after_page(printed - 1)
    return printed


class PrintPreviewDialog(QDialog):
    """Pages on screen; Print… (system dialog) and Save as PDF…"""

    def __init__(self, title: str, pdf: bytes, parent: QWidget | None = None, *,
                 for_printer: Callable[[str], PrintJob] | None = None) -> None:
        super().__init__(parent)
        self.title, self.pdf, self.for_printer = title, pdf, for_printer
        self.images = page_images(pdf, PREVIEW_SCALE)
        pages = QWidget()
        column = QVBoxLayout(pages)
        for image in self.images:
            label = QLabel()
            label.setPixmap(QPixmap.fromImage(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.count = QLabel()
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_document)
        self.print_button.setDefault(True)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save_pdf)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        for button in (self.print_button, self.save_button, self.close_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.retranslate()
        screen = self.screen().availableGeometry()  # an old 1024 × 768 screen too
        self.resize(min(980, screen.width() - 16), min(760, screen.height() - 48))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Print preview: {title}").format(title=self.title))
        self.count.setText(self.tr("{n} page(s)").format(
            n=format_number(len(self.images), current_language())))
        self.print_button.setText(self.tr("Print…"))
        self.save_button.setText(self.tr("Save as PDF…"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def save_to(self, path: str) -> None:
        with open(path, "wb") as handle:
            handle.write(self.pdf)

    def suggested_path(self) -> str:
        """Where Save as PDF starts: the user's documents folder, the document's title
        and today's date in the name (a second save on another day does not overwrite)."""
        from datetime import date

        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        name = "".join(c for c in self.title if c not in '\\/:*?"<>|').strip() or "Shakha"
        return str(Path(folder) / f"{name} {date.today().isoformat()}.pdf")

    def save_pdf(self) -> None:
        path = save_file_name(self, self.tr("Save as PDF"), self.suggested_path(),
                              self.tr("PDF (*.pdf)"))
        if not path:
            return
        try:
            self.save_to(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"),
                                self.tr("Could not save {path}: {error}").format(
                                    path=path, error=self.why(exc)))

    def why(self, exc: OSError) -> str:
        """The operating system's reason in the user's language (its own text is
        English whatever the language): app.os_reasons, by the error's number."""
        reason = os_reason(exc)
        return tr_message(reason.text, reason.params)

    def job_for(self, printer_name: str) -> PrintJob:
        return self.for_printer(printer_name) if self.for_printer else PrintJob(self.pdf)

    def print_on(self, printer: QPrinter) -> int:
        """Print on an already chosen printer (the dialog's path, and tests')."""
        job = self.job_for(printer.printerName())
        return paint_pages(printer, job.pdf, job.prompts, self._ask, job.after_page)

    def _ask(self, prompt: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Print"), prompt,
                                      QMessageBox.StandardButton.Ok
                                      | QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Ok

    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = print_dialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_on(printer)
        except Exception as exc:  # noqa: BLE001 - every error reaches the user
            show_error(self, exc)
            return
        self.accept()


def preview_pdf(parent: QWidget | None, title: str, pdf: bytes | None) -> None:
    """Show a rendered document in the preview (does nothing when rendering failed)."""
    if pdf:
        PrintPreviewDialog(title, pdf, parent).exec()


def preview_in_background(parent: QWidget | None, title: str,
                          render: Callable[..., bytes], *args: Any) -> None:
    """Render `render(*args)` (an app.services.printing function) in a worker with
    progress, then show the preview; e.g. a day's collection sheets:

        preview_in_background(self, self.tr("Collection sheets"),
                              printing.collection_sheets_pdf, engine, day, officer_id, lang)
    """
    label = QCoreApplication.translate("PrintPreviewDialog", "Preparing {title} …")
    run_op(parent, render, *args, on_done=lambda pdf: preview_pdf(parent, title, pdf),
           progress_label=label.format(title=title))
