"""A label that gives way when its window is narrow: it shows as much of its text as
fits, ending in '…', and the whole text in its tooltip. For the status bar's sync line,
which can grow long ("Sync failed · 1,234 events not yet at head office · …") on a
900-pixel window, where the branch, user and date must stay whole."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidingLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(self.fontMetrics().horizontalAdvance("…") * 6, hint.height())

    def elided(self) -> str:
        """The text as shown in the label's present width."""
        from PySide6.QtCore import Qt  # not at import: see ui.app_main

        room = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room)

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.text():  # (empty until the database is open: nothing to draw yet)
            return
        from PySide6.QtCore import Qt

        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(Qt.AlignmentFlag.AlignVCenter
                                                  | Qt.AlignmentFlag.AlignLeft), self.elided())
