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

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QIdentityProxyModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QSplitter, QTreeView, QWidget

from ui.i18n import current_language

OPTIONS = QFileDialog.Option.DontUseNativeDialog
SIZE_COLUMN, DATE_COLUMN = 1, 3
_UNITS = (QT_TRANSLATE_NOOP("FileColumns", "{n} bytes"), QT_TRANSLATE_NOOP("FileColumns", "{n} KB"),
          QT_TRANSLATE_NOOP("FileColumns", "{n} MB"), QT_TRANSLATE_NOOP("FileColumns", "{n} GB"),
          QT_TRANSLATE_NOOP("FileColumns", "{n} TB"))


class FileColumns(QIdentityProxyModel):
    """The file list's size and date in the reader's language: Qt writes them by the
    computer's own locale (English words, Latin digits), whatever the app's language."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        column = index.column()
        source = self.sourceModel()
        if (role != Qt.ItemDataRole.DisplayRole or column not in (SIZE_COLUMN, DATE_COLUMN)
                or not isinstance(source, QFileSystemModel)):
            return super().data(index, role)
        info = source.fileInfo(self.mapToSource(index))
        lang = current_language()
        if column == SIZE_COLUMN:
            return "" if info.isDir() else file_size(info.size(), lang)
        from app.format import format_date, format_time

        moment = info.lastModified()
        day = moment.date()
        return (f"{format_date(date(day.year(), day.month(), day.day()), lang)} "
                f"{format_time(moment.time().toString('HH:mm'), lang)}")


def file_size(size: int, lang: str) -> str:
    """180 → '180 bytes' / '১৮০ বাইট'; 1536 → '1.5 KB' (one decimal above a kilobyte)."""
    from app.format import format_number

    power, value = 0, Decimal(size)
    while value >= 1024 and power < len(_UNITS) - 1:
        value, power = value / 1024, power + 1
    shown = value if power == 0 else value.quantize(Decimal("0.1"))
    return QCoreApplication.translate("FileColumns", str(_UNITS[power])).format(
        n=format_number(shown, lang))


class _InTheReadersWords(QObject):
    """Gives each of Qt's file dialogs, as it opens, the file list's columns above."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if (event.type() == QEvent.Type.Show and isinstance(watched, QFileDialog)
                and not isinstance(watched.proxyModel(), FileColumns)):
            watched.setProxyModel(FileColumns(watched))
            _widen_columns(watched)
        return False


def _widen_columns(dialog: QFileDialog) -> None:
    """Size and date columns wide enough for their Bengali (Qt's widths fit English),
    and the places list for its longest name."""
    lang = current_language()
    metrics = dialog.fontMetrics()
    view = dialog.findChild(QTreeView, "treeView")
    if view is not None:
        from app.format import format_date, format_time

        samples = {SIZE_COLUMN: file_size(999 * 1024 + 921, lang),
                   DATE_COLUMN: f"{format_date(date(2026, 12, 28), lang)} "
                                f"{format_time('00:00', lang)}"}
        for column, sample in samples.items():
            width = metrics.horizontalAdvance(sample) + 3 * metrics.averageCharWidth()
            view.header().resizeSection(column, max(view.header().sectionSize(column), width))
    splitter = dialog.findChild(QSplitter, "splitter")
    if splitter is not None and splitter.count() == 2:
        sizes = splitter.sizes()
        wanted = metrics.horizontalAdvance(QCoreApplication.translate(
            "QFileSystemModel", "Computer")) + 12 * metrics.averageCharWidth()
        if sizes[0] < wanted and sum(sizes) > 2 * wanted:
            splitter.setSizes([wanted, sum(sizes) - wanted])


@contextmanager
def _readers_columns() -> Iterator[None]:
    app = QCoreApplication.instance()
    watcher = _InTheReadersWords()
    if app is not None:
        app.installEventFilter(watcher)
    try:
        yield
    finally:
        if app is not None:
            app.removeEventFilter(watcher)


def open_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    """The file the user chose to open, or "" when she cancelled."""
    with _readers_columns():
        path, _ = QFileDialog.getOpenFileName(parent, caption, directory, name_filter,
                                              options=OPTIONS)
    return path


def save_file_name(parent: QWidget | None, caption: str, directory: str = "",
                   name_filter: str = "") -> str:
    """Where the user chose to save (`directory` may hold a suggested name), or ""."""
    with _readers_columns():
        path, _ = QFileDialog.getSaveFileName(parent, caption, directory, name_filter,
                                              options=OPTIONS)
    return path


def existing_directory(parent: QWidget | None, caption: str, directory: str = "") -> str:
    """The folder the user chose, or ""."""
    with _readers_columns():
        return QFileDialog.getExistingDirectory(
            parent, caption, directory, OPTIONS | QFileDialog.Option.ShowDirsOnly)


def print_dialog(printer: QPrinter, parent: QWidget | None = None) -> QPrintDialog:
    """The print dialog for `printer` (the caller runs `exec()` and reads the printer)."""
    return QPrintDialog(printer, parent)
