"""Save as PDF from the print preview: it starts in the user's documents folder with a
dated name, and a failure says why in the user's language (not the system's English)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ui.i18n import install_language
from ui.views.print_preview import PrintPreviewDialog

PDF = (b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]"
       b"/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\n"
       b"trailer<</Root 1 0 R>>\n%%EOF")


def _dialog(qtbot, title="Collection sheets"):
    dialog = PrintPreviewDialog(title, PDF)
    qtbot.addWidget(dialog)
    return dialog


def test_save_as_pdf_starts_in_the_documents_folder_with_the_date(qapp, qtbot, monkeypatch,
                                                                 tmp_path):
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: offered.append(a[2]) or (str(tmp_path / "x.pdf"), ""))
    _dialog(qtbot, "Cash book: 25/11").save_pdf()
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    assert Path(offered[0]) == Path(documents) / f"Cash book 2511 {date.today().isoformat()}.pdf"
    assert (tmp_path / "x.pdf").read_bytes() == PDF


def test_a_folder_that_does_not_exist_is_said_in_bengali(qapp, qtbot, monkeypatch, tmp_path):
    told = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "gone" / "x.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: told.append(a[2]))
    install_language("bn")
    try:
        _dialog(qtbot).save_pdf()
    finally:
        install_language("en")
    assert "No such file" not in told[0] and "ফোল্ডারটি নেই" in told[0]
