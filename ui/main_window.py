"""The main window: navigation, pages, and the status bar (branch, user, date, sync)."""

from __future__ import annotations

import importlib

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from app.format import format_date, format_number
from app.services.branch import branch_info, sync_summary
from ui.context import AppContext
from ui.i18n import install_language

PAGES = ("today", "groups", "members", "loans", "cash", "reports", "sync", "settings")


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for name in PAGES:
            module = importlib.import_module(f"ui.views.{name}_view")
            page = module.View(ctx)
            self.pages[name] = page
            self.stack.addWidget(page)
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
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
        ctx.data_changed.connect(lambda _a: self.update_status())
        ctx.language_changed.connect(self.update_status)
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.update_status)
        self.status_timer.start(30_000)
        self.resize(1180, 720)
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()

    def show_page(self, index: int) -> None:
        self.nav.setCurrentRow(index)
        page = self.stack.currentWidget()
        if page is not None:
            page.setFocus()

    def toggle_language(self) -> None:
        self.ctx.lang = "en" if self.ctx.lang == "bn" else "bn"
        install_language(self.ctx.lang)
        self.ctx.language_changed.emit()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shakha — branch office"))
        titles = [self.tr("Today"), self.tr("Groups"), self.tr("Members"), self.tr("Loans"),
                  self.tr("Cash"), self.tr("Reports"), self.tr("Sync"), self.tr("Settings")]
        for row, title in enumerate(titles):
            self.nav.item(row).setText(f"{title}   Ctrl+{row + 1}")
        self.update_status()

    def update_status(self) -> None:
        info = branch_info(self.ctx.engine)
        lang = self.ctx.lang
        name = info.name_bn if lang == "bn" else info.name_en
        self.branch_label.setText(self.tr("Branch: {name} ({code})").format(name=name,
                                                                           code=info.code))
        self.user_label.setText(self.tr("User: {name}").format(name=self.ctx.actor.username))
        self.date_label.setText(self.tr("Business date: {date}").format(
            date=format_date(info.business_date, lang)))
        pending = sync_summary(self.ctx.engine).pending_events
        self.sync_label.setText(self.tr("Sync: {n} pending").format(
            n=format_number(pending, lang)) if pending else self.tr("Sync: up to date"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
