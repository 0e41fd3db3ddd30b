"""Common shape of a list page: a title, an optional search box, a table, refresh on F5."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.flow_layout import FlowLayout
from ui.table import Column, RowsModel, rows_table


class TablePage(QWidget):
    searchable = False

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)  # a long title beside the page's buttons wraps
        self.summary = QLabel()
        self.summary.setWordWrap(True)  # and so does a long footer (Bengali is wider)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setVisible(self.searchable)
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.model = RowsModel(self.columns())
        self.table = rows_table(self.model)
        top = self.top = QHBoxLayout()  # pages may add their own buttons here
        # the title and the search share the room the buttons leave: a title beside a
        # stretch was squeezed and wrapped with half the line empty
        top.addWidget(self.title, 1)
        top.addWidget(self.search, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        ctx.data_changed.connect(lambda _area: self.refresh() if self.isVisible() else None)
        self.retranslate()

    def add_action_row(self, widgets: Sequence[QWidget]) -> FlowLayout:
        """The page's buttons under its title, wrapping when the window is narrow."""
        row = FlowLayout()
        for widget in widgets:
            row.addWidget(widget)
        self.layout().insertLayout(1, row)  # type: ignore[union-attr]
        return row

    # subclasses define these
    def columns(self) -> Sequence[Column]:
        raise NotImplementedError

    def page_title(self) -> str:
        raise NotImplementedError

    def load(self) -> Sequence[Any]:
        raise NotImplementedError

    def after_load(self, rows: Sequence[Any]) -> None:
        self.summary.setText("")

    def refresh(self) -> None:
        rows = self.load()
        self.model.set_rows(rows)
        self.after_load(rows)
        self._loaded = True

    def showEvent(self, event: Any) -> None:
        self.refresh()
        super().showEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.page_title())
        self.search.setPlaceholderText(QCoreApplication.translate(
            "TablePage", "Search by name or code (Bengali or English)"))
        self.model.retranslate()
        if getattr(self, "_loaded", False):  # the footer too (Ctrl+L), not only the table
            self.after_load(self.model.rows)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def bn(self) -> bool:
        return self.ctx.lang == "bn"

    def pick(self, en: str, bn: str) -> str:
        return bn if self.bn() and bn else en

    def selected_row(self) -> Any:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)
