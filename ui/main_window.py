"""The main window: navigation, pages, and the status bar (branch, user, date, sync).

Pages are ui/views/<name>_view.py modules exposing `View(ctx)`; each is imported and
built the first time it is shown (start-up stays quick). A page whose module is not
installed shows a short message instead.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.format import format_date, format_number
from app.services.status import status_summary
from ui.context import AppContext
from ui.i18n import set_language

PAGES = ("today", "groups", "members", "loans", "cash", "reports", "sync", "settings")
_log = logging.getLogger("shakha.ui")


class MissingPage(QWidget):
    """Shown for a page whose module is not installed (or failed to open)."""

    def __init__(self, broken: bool = False) -> None:
        super().__init__()
        self.broken = broken
        self.message = QLabel()
        self.message.setObjectName("pageTitle")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.message.setText(
            self.tr("This page could not be opened. The details were saved to the log file.")
            if self.broken else self.tr("This part is not installed yet."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def build_page(name: str, ctx: AppContext) -> QWidget:
    module_name = f"ui.views.{name}_view"
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name == module_name:
            return MissingPage()
        _log.exception("page %s failed to import", name)
        return MissingPage(broken=True)
    except Exception:  # noqa: BLE001 - a broken page must not take the window down
        _log.exception("page %s failed to import", name)
        return MissingPage(broken=True)
    try:
        return module.View(ctx)
    except Exception:  # noqa: BLE001
        _log.exception("page %s failed to open", name)
        return MissingPage(broken=True)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for _name in PAGES:
            self.stack.addWidget(QWidget())  # placeholder until first shown
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self._row_changed)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.branch_label, self.user_label = QLabel(), QLabel()
        self.date_label, self.sync_label = QLabel(), QLabel()
        for label in (self.branch_label, self.user_label, self.date_label, self.sync_label):
            self.statusBar().addPermanentWidget(label)
        for number in range(1, len(PAGES) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_page(n - 1))
        QShortcut(QKeySequence("Ctrl+Q"), self).activated.connect(self.close)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.toggle_language)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.refresh)
        ctx.data_changed.connect(lambda _area: self.update_status())
        ctx.language_changed.connect(self.update_status)
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.update_status)
        self.status_timer.start(30_000)
        self.resize(1180, 720)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()

    # pages -------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page called `name`, built now if it has not been shown yet."""
        if name not in self.pages:
            index = PAGES.index(name)
            page = build_page(name, self.ctx)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if placeholder is not None:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages[name] = page
        return self.pages[name]

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.stack.setCurrentWidget(self.page(PAGES[row]))

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        page = self.stack.currentWidget()
        if page is not None:
            page.setFocus()
            page.focusNextChild()

    def refresh(self) -> None:
        """F5: the current page reads its data again; the status bar too."""
        page = self.stack.currentWidget()
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()
        self.update_status()

    # language ----------------------------------------------------------------------
    def toggle_language(self) -> None:
        set_language(self.ctx, "en" if self.ctx.lang == "bn" else "bn")

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shakha — branch office"))
        titles = [self.tr("Today"), self.tr("Groups"), self.tr("Members"), self.tr("Loans"),
                  self.tr("Cash"), self.tr("Reports"), self.tr("Sync"), self.tr("Settings")]
        for row, title in enumerate(titles):
            self.nav.item(row).setText(f"{title}   Ctrl+{row + 1}")
            self.nav.item(row).setToolTip(f"Ctrl+{row + 1}")
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # status bar --------------------------------------------------------------------
    def update_status(self) -> None:
        status = status_summary(self.ctx.engine)
        lang = self.ctx.lang
        name = self.ctx.pick(status.branch_name_en, status.branch_name_bn)
        self.branch_label.setText(self.tr("Branch: {name} ({code})").format(
            name=name, code=status.branch_code))
        self.user_label.setText(self.tr("User: {name}").format(name=self.ctx.actor.username))
        self.date_label.setText(self.tr("Business date: {date}").format(
            date=format_date(status.business_date, lang)))
        if status.pending_events:
            self.sync_label.setText(self.tr("{n} events not yet at head office").format(
                n=format_number(status.pending_events, lang)))
        else:
            self.sync_label.setText(self.tr("Everything is at head office"))
        tip = []
        if status.oldest_pending:
            tip.append(self.tr("Oldest waiting since {date}").format(
                date=format_date(status.oldest_pending.date(), lang)))
        if status.last_ack_time:
            tip.append(self.tr("Head office last confirmed on {date}").format(
                date=format_date(status.last_ack_time.date(), lang)))
        else:
            tip.append(self.tr("Head office has not confirmed anything yet"))
        self.sync_label.setToolTip("\n".join(tip))
