"""The main window: navigation, pages, and the status bar (branch, user, date, sync).

Pages are ui/views/<name>_view.py modules exposing `View(ctx)`; each is imported and
built the first time it is shown (start-up stays quick). A page whose module is not
installed shows a short message instead.

The window can be shown before the branch database is open (`MainWindow(None, lang)`):
navigation, shortcuts and the language switch work at once, every page says it is
loading, and `attach(ctx)` later builds the page on screen and fills the status bar.
Nothing here imports SQLAlchemy or the services at module level.
"""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import QEvent, QTimer
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

from ui.context import AppContext
from ui.eliding_label import ElidingLabel
from ui.i18n import install_language, set_language, set_wording

PAGES = ("today", "groups", "members", "loans", "cash", "reports", "sync", "settings")
_log = logging.getLogger("shakha.ui")


class MissingPage(QWidget):
    """Shown for a page whose module is not installed (or failed to open)."""

    def __init__(self, broken: bool = False) -> None:
        from PySide6.QtCore import Qt  # not at import: see ui.app_main

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


class LoadingPage(QWidget):
    """Stands in for a page until the branch database is open; the window sets its texts."""

    def __init__(self) -> None:
        super().__init__()
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.message = QLabel()
        self.message.setObjectName("loadingMessage")
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addStretch()


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
    def __init__(self, ctx: AppContext | None, lang: str | None = None) -> None:
        super().__init__()
        self.ctx: AppContext | None = None
        self.lang = ctx.lang if ctx is not None else (lang or "bn")
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        for _name in PAGES:
            self.stack.addWidget(LoadingPage())  # placeholder until first shown
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self._row_changed)
        body = QWidget()
        layout = QHBoxLayout(body)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self.branch_label, self.user_label = QLabel(), QLabel()
        # the sync line gives way on a narrow window (all of it in its tooltip); the
        # branch, the user and the business date stay whole
        self.date_label, self.sync_label = QLabel(), ElidingLabel()
        self.clock_label = QLabel()  # shown only when the clocks disagree
        self.clock_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.clock_label.hide()
        self.statusBar().addWidget(self.sync_label, 1)
        for label in (self.clock_label, self.branch_label, self.user_label,
                      self.date_label):
            self.statusBar().addPermanentWidget(label)
        for number in range(1, len(PAGES) + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=number: self.show_page(n - 1))
        QShortcut(QKeySequence("Ctrl+Q"), self).activated.connect(self.close)
        QShortcut(QKeySequence("Ctrl+L"), self).activated.connect(self.toggle_language)
        QShortcut(QKeySequence("F5"), self).activated.connect(self.refresh)
        self.status_timer = QTimer(self)
        self.status_timer.timeout.connect(self.update_status)
        # as big as an old 1024 × 768 screen allows, up to what the pages like
        screen = self.screen().availableGeometry()
        self.resize(min(1180, screen.width()), min(720, screen.height() - 40))
        self.retranslate()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()
        if ctx is not None:
            self.attach(ctx)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: build the page on screen, start the status bar."""
        self.ctx = ctx
        if self.lang != ctx.lang:  # switched while loading: the context follows
            ctx.lang = self.lang
        from app.services.branch import branch_wording

        set_wording(branch_wording(ctx.engine))  # the branch's words (West Bengal / Bangladesh)
        ctx.data_changed.connect(lambda _area: self.update_status())
        from ui.background_sync import BackgroundSync

        self.background_sync = BackgroundSync(ctx, self)
        from ui.session_lock import install_session  # idle lock, switch user, log out

        self.session = install_session(self, ctx)
        ctx.language_changed.connect(self.update_status)
        self.status_timer.start(30_000)
        self._row_changed(self.nav.currentRow())
        self.update_status()

    @property
    def loading(self) -> bool:
        return self.ctx is None

    # pages -------------------------------------------------------------------------
    def page(self, name: str) -> QWidget:
        """The page called `name`, built now if it has not been shown yet."""
        if self.ctx is None:  # still opening the database: the loading placeholder
            placeholder = self.stack.widget(PAGES.index(name))
            assert placeholder is not None
            return placeholder
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
        current = self.ctx.lang if self.ctx is not None else self.lang
        self.lang = "en" if current == "bn" else "bn"
        if self.ctx is None:
            install_language(self.lang)
        else:
            set_language(self.ctx, self.lang)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shakha — branch office"))
        titles = [self.tr("Today"), self.tr("Groups"), self.tr("Members"), self.tr("Loans"),
                  self.tr("Cash"), self.tr("Reports"), self.tr("Sync"), self.tr("Settings")]
        for row, title in enumerate(titles):
            self.nav.item(row).setText(f"{title}   Ctrl+{row + 1}")
            self.nav.item(row).setToolTip(f"Ctrl+{row + 1}")
            placeholder = self.stack.widget(row)
            if isinstance(placeholder, LoadingPage):
                placeholder.title.setText(title)
                placeholder.message.setText(self.tr("Opening the branch database …"))
        self.update_status()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # status bar --------------------------------------------------------------------
    def update_status(self) -> None:
        if self.ctx is None:
            return
        from app.format import format_date, format_number
        from app.services.status import status_summary

        self.lang = self.ctx.lang
        status = status_summary(self.ctx.engine)
        lang = self.ctx.lang
        name = self.ctx.pick(status.branch_name_en, status.branch_name_bn)
        self.branch_label.setText(self.tr("Branch: {name} ({code})").format(
            name=name, code=status.branch_code))
        self.user_label.setText(self.tr("User: {name}").format(name=self.ctx.actor.username))
        self.date_label.setText(self.tr("Business date: {date}").format(
            date=format_date(status.business_date, lang)))
        if status.pending_events == 1:
            self.sync_label.setText(self.tr("1 event not yet at head office"))
        elif status.pending_events:
            self.sync_label.setText(self.tr("{n} events not yet at head office").format(
                n=format_number(status.pending_events, lang)))
        else:
            self.sync_label.setText(self.tr("Everything is at head office"))
        if status.open_requests == 1:
            self.sync_label.setText(self.tr("1 request from head office (Sync page)") +
                                    " · " + self.sync_label.text())
        elif status.open_requests:
            self.sync_label.setText(self.tr("{n} requests from head office (Sync page)")
                                    .format(n=format_number(status.open_requests, lang)) +
                                    " · " + self.sync_label.text())
        tip = []
        if status.oldest_pending:
            tip.append(self.tr("Oldest waiting since {date}").format(
                date=format_date(status.oldest_pending.date(), lang)))
        if status.last_ack_time:
            tip.append(self.tr("Head office last confirmed on {date}").format(
                date=format_date(status.last_ack_time.date(), lang)))
        else:
            tip.append(self.tr("Head office has not confirmed anything yet"))
        if status.last_error_text:
            from ui.i18n import tr_message

            self.sync_label.setText(self.tr("Sync failed") + " · " + self.sync_label.text())
            tip.insert(0, tr_message(status.last_error_text, status.last_error_params or {}))
        self.sync_label.setToolTip("\n".join([self.sync_label.text(), *tip]))
        self._show_clock(status.clock_skew_seconds if status.clock_warning else None, lang)

    def _show_clock(self, skew: int | None, lang: str) -> None:
        """SYNC.md, Clocks: a clock more than five minutes off head office's is shown."""
        from app.format import format_number

        self.clock_label.setVisible(skew is not None)
        if skew is None:
            return
        minutes = format_number(round(abs(skew) / 60), lang)
        text = self.tr("Clock {minutes} min ahead of head office's") if skew > 0 else \
            self.tr("Clock {minutes} min behind head office's")
        self.clock_label.setText(text.format(minutes=minutes))
        self.clock_label.setToolTip(self.tr(
            "This computer's date and time differ from head office's. Set them right "
            "(in the computer's settings), so that what you record carries the right "
            "time."))
