"""Sync: what has not yet reached head office."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from app.format import format_number
from app.services.branch import sync_summary
from ui.context import AppContext


class SyncView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.refresh_button)
        layout.addStretch()
        ctx.data_changed.connect(lambda _a: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync with head office"))
        self.refresh_button.setText(self.tr("&Refresh"))
        self.refresh()

    def refresh(self) -> None:
        summary = sync_summary(self.ctx.engine)
        if summary.pending_events == 0:
            self.state.setText(self.tr("Everything has reached head office."))
            return
        oldest = summary.oldest_pending.strftime("%Y-%m-%d %H:%M") if summary.oldest_pending \
            else ""
        self.state.setText(self.tr("{n} events not yet at head office, oldest from {oldest}; "
                                   "last acknowledged: {last}.").format(
            n=format_number(summary.pending_events, self.ctx.lang), oldest=oldest,
            last=summary.last_acknowledged or self.tr("never")))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.refresh()
        super().showEvent(event)


View = SyncView
