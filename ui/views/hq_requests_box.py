"""Head office's requests to correct something, on the Sync page: read, then answered by
the manager with what was done (app.services.hq_requests)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.format import format_date
from app.services.hq_requests import HeadOfficeRequest, answer_request, head_office_requests
from ui.context import AppContext
from ui.ops import call
from ui.table import RowsModel, rows_table


class HeadOfficeRequestsBox(QWidget):
    """Hidden while there is no open request."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.model = RowsModel([
            (lambda: self.tr("Request"), lambda r: r.request_id, False),
            (lambda: self.tr("Received"),
             lambda r: format_date(r.received_at.date(), self.ctx.lang), False),
            (lambda: self.tr("From"), lambda r: r.asked_by, False),
            (lambda: self.tr("About"), lambda r: r.about, False),
            (lambda: self.tr("What head office asks"), lambda r: r.text, False),
        ])
        self.table = rows_table(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.answer_button = QPushButton()
        self.answer_button.clicked.connect(self.answer)
        self.answer_button.setVisible(ctx.actor.role == "branch_manager")
        row = QHBoxLayout()
        row.addWidget(self.title)
        row.addStretch()
        row.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Requests from head office"))
        self.answer_button.setText(self.tr("&Answer…"))
        self.model.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        rows = call(self, head_office_requests, self.ctx.engine) or []
        self.model.set_rows(rows)
        self.table.resizeRowsToContents()
        self.setVisible(bool(rows))
        if rows and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)

    def selected(self) -> HeadOfficeRequest | None:
        picked = self.table.selectionModel().selectedRows()
        return self.model.rows[picked[0].row()] if picked else None

    def answer(self, _checked: bool = False, note: str | None = None) -> bool:
        """Ask for the answer and give it; when it cannot be given (an empty note, a
        busy database), the message is shown and the note typed so far comes back in
        the box to be mended, not lost. `note` answers without asking (tests)."""
        request = self.selected()
        if request is None:
            return False
        typed = ""
        while True:
            if note is None:
                typed, ok = QInputDialog.getMultiLineText(
                    self, self.tr("Answer request {id}").format(id=request.request_id),
                    self.tr("What was done about it (for example: meeting reversed and "
                            "entered again)?"), typed)
                if not ok:
                    return False
            if call(self, answer_request, self.ctx.engine, self.ctx.actor,
                    request.request_id, typed if note is None else note) is not None:
                break
            if note is not None:
                return False
        self.ctx.data_changed.emit("sync")
        self.refresh()
        return True
