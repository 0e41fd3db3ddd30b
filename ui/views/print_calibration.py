"""Printer calibration: print the test page on a passbook, measure, save the offsets.

Offsets are per printer (the operating system's name for it) and move everything a
passbook print puts on paper; they are measured once per printer.
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
    QVBoxLayout,
    QWidget,
)

from app.services.printing import calibration_pdf, printer_offset, save_printer_offset
from ui.context import AppContext
from ui.ops import call
from ui.views.print_preview import PrintPreviewDialog


def _spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(-50.0, 50.0)
    spin.setDecimals(1)
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
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow("", self.printer)
        self.form.addRow("", self.dx)
        self.form.addRow("", self.dy)
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
        layout.addLayout(buttons)
        self.retranslate()
        self.load(self.printer.currentText())

    def load(self, name: str) -> None:
        dx, dy = printer_offset(self.ctx.engine, name) if name else (0.0, 0.0)
        self.dx.setValue(dx)
        self.dy.setValue(dy)

    def save(self) -> None:
        name = self.printer.currentText().strip()
        if call(self, save_printer_offset, self.ctx.engine, self.ctx.actor, name,
                self.dx.value(), self.dy.value()) is not None:
            self.accept()

    def print_test_page(self) -> None:
        pdf = call(self, calibration_pdf, self.ctx.engine, self.printer.currentText(),
                   self.ctx.lang)
        if pdf:
            PrintPreviewDialog(self.tr("Calibration page"), pdf, self).exec()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Printer calibration"))
        self.help.setText(self.tr(
            "Print the test page on a passbook page. Measure how far the crosses are from "
            "where the first line should be and enter it here: right and down are positive."))
        for row, text in enumerate((self.tr("Printer"), self.tr("Move right (mm)"),
                                    self.tr("Move down (mm)"))):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and isinstance(label.widget(), QLabel):
                label.widget().setText(text)  # type: ignore[union-attr]
        self.test_button.setText(self.tr("Print test page…"))
        self.save_button.setText(self.tr("Save"))
        self.close_button.setText(self.tr("Close"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
