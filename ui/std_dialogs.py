"""Qt's standard dialogs as the app opens them: always Qt's own widgets, never the
operating system's.

A native file dialog (GTK, Windows) speaks the system's language, which on a branch
computer is English whatever the user chose; Qt's own dialog is translated by
i18n/qtdialogs_bn.ts like the rest of the app. So every file dialog goes through here
with `DontUseNativeDialog`:

    path = save_file_name(self, self.tr("Save as PDF"), suggested, self.tr("PDF (*.pdf)"))
    if path: ...

An empty string is the user's Cancel. The print dialog on Linux is Qt's own widget
dialog already (QPrintDialog has no native one there); on Windows Qt always shows the
system's print dialog, which we cannot translate.
"""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QWidget

OPTIONS = QFileDialog.Option.DontUseNativeDialog


def open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    """The file the user chose to open, or "" when she cancelled."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, directory, name_filter,
                                          options=OPTIONS)
    return path


def save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    """Where the user chose to save (`directory` may hold a suggested name), or ""."""
    path, _ = QFileDialog.getSaveFileName(parent, caption, directory, name_filter,
                                          options=OPTIONS)
    return path


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """The folder the user chose, or ""."""
    return QFileDialog.getExistingDirectory(
        parent, caption, directory, OPTIONS | QFileDialog.Option.ShowDirsOnly)


def print_dialog(printer: QPrinter, parent: QWidget | None = None) -> QPrintDialog:
    """The print dialog for `printer` (the caller runs `exec()` and reads the printer)."""
    return QPrintDialog(printer, parent)
