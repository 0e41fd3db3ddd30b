"""Printer calibration: print the test page on a passbook, measure, save the offsets.

Offsets are per printer (the operating system's name for it) and move everything a
passbook print puts on paper; they are measured once per printer. Below them, the
manager sets the branch's passbook format (lines to a page, spacing, first line, left
edge) once for the paper passbooks the institution uses.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.printing.passbook import PassbookLayout
from app.services.passbook_format import passbook_layout, save_passbook_layout
from app.services.printing import calibration_pdf, printer_offset, save_printer_offset
from ui.context import AppContext
from ui.ops import call
from ui.views.print_preview import PrintPreviewDialog


def _spin(low: float = -50.0, high: float = 50.0, decimals: int = 1) -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(low, high)
    spin.setDecimals(decimals)
    spin.setSingleStep(0.5)
    return spin


class PrinterCalibrationDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.printer = QComboBox()
        self.printer.setEditable(True)
        self.printer.addItems(QPrinterInfo.availablePrinterNames())
        self.printer.currentTextChanged.connect(self.load)
        self.dx, self.dy = _spin(), _spin()
        self.lines = QSpinBox()
        self.lines.setRange(1, 99)
        self.pitch, self.first_line, self.left = _spin(1, 30, 2), _spin(0, 280), _spin(0, 150)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.format_help = QLabel()
        self.format_help.setWordWrap(True)
        self.labels = [QLabel() for _ in range(7)]  # set in retranslate
        self.form = QFormLayout()
        for label, field in zip(self.labels, (self.printer, self.dx, self.dy), strict=False):
            self.form.addRow(label, field)
        self.format_form = QFormLayout()
        for label, spin in zip(self.labels[3:], (self.lines, self.pitch, self.first_line,
                                                 self.left), strict=True):
            self.format_form.addRow(label, spin)
            spin.setEnabled(ctx.actor.role in ("branch_manager", "admin"))
        self.test_button = QPushButton()
        self.test_button.clicked.connect(self.print_test_page)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.help)
        layout.addLayout(self.form)
        layout.addWidget(self.format_help)
        layout.addLayout(self.format_form)
        layout.addLayout(buttons)
        self.retranslate()
        self.load(self.printer.currentText())
        shape = passbook_layout(ctx.engine)
        self.lines.setValue(shape.lines_per_page)
        self.pitch.setValue(shape.pitch_mm)
        self.first_line.setValue(shape.first_line_mm)
        self.left.setValue(shape.left_mm)

    def layout_typed(self) -> PassbookLayout:
        return PassbookLayout(self.lines.value(), self.pitch.value(), self.first_line.value(),
                              self.left.value())

    def load(self, name: str) -> None:
        dx, dy = printer_offset(self.ctx.engine, name) if name else (0.0, 0.0)
        self.dx.setValue(dx)
        self.dy.setValue(dy)

    def save(self) -> None:
        name = self.printer.currentText().strip()
        if self.lines.isEnabled() and self.layout_typed() != passbook_layout(self.ctx.engine) \
                and call(self, save_passbook_layout, self.ctx.engine, self.ctx.actor,
                         self.layout_typed()) is None:
            return
        if call(self, save_printer_offset, self.ctx.engine, self.ctx.actor, name,
                self.dx.value(), self.dy.value()) is not None:
            self.accept()

    def print_test_page(self) -> None:
        pdf = call(self, calibration_pdf, self.ctx.engine, self.printer.currentText(),
                   self.ctx.lang, self.layout_typed(), True)  # a printer being calibrated
        if pdf:
            PrintPreviewDialog(self.tr("Calibration page"), pdf, self).exec()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Printer calibration"))
        self.help.setText(self.tr(
            "Print the test page on a passbook page. Measure how far the crosses are from "
            "where the first line should be and enter it here: right and down are positive."))
        self.format_help.setText(self.tr(
            "The branch's passbook format (manager): how many lines a passbook page has, "
            "how far apart they are, and where the first line and the left edge are."))
        for label, text in zip(self.labels, (
                self.tr("Printer"), self.tr("Move right (mm)"), self.tr("Move down (mm)"),
                self.tr("Lines on a page"), self.tr("Line spacing (mm)"),
                self.tr("First line from the top (mm)"), self.tr("Left edge (mm)")),
                strict=True):
            label.setText(text)
        self.test_button.setText(self.tr("Print test page…"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
