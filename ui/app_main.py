"""Start the GUI: fonts, language, database (demo on first start), login, main window.

What a user sees first comes first: as soon as Qt is up (before SQLAlchemy, the models,
the encryption libraries or any page module is imported) the login dialog, or with
SHAKHA_AUTOLOGIN the main window with a "loading" Today page, is on screen; a file that
is no database is refused before it. Then a worker (app.gui_launch.open_branch) checks
the schema and runs any migration (backup first: before anything can be written, as
neither window writes before the database is open), imports the data layer and opens
the database; the login dialog gets its branch (and says what an upgrade did), and the
main window builds Today.

Environment switches for automation (screenshots, the startup benchmark):
SHAKHA_AUTOLOGIN=user:password skips the login dialog (only when set);
SHAKHA_SCREENSHOT=file.png saves the main window, once Today is filled, and quits;
SHAKHA_EXIT_WHEN_SHOWN=1 quits once the first window is shown (login dialog) or, with
SHAKHA_AUTOLOGIN, once Today is filled; it prints `shakha-timing <event> <t> <cpu>` lines
(time.monotonic(), and the process's CPU seconds so far) to stdout for the startup
benchmark: `shown` when the first window
has been painted, `opened` when the worker has opened the database, `ready` when Today
is filled and painted;
SHAKHA_LANG=en|bn picks the starting language (default Bengali; --lang wins).
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QLoggingCategory, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.errors import ShakhaError
from app.gui_launch import OpenedBranch, check_database_file, open_branch
from app.services.database import default_db_path
from ui.context import AppContext
from ui.i18n import install_language, set_wording

if TYPE_CHECKING:
    from ui.ops import Job

# Before the first window is painted this module touches as little of Qt as it can:
# the first use of a Qt class or of the `Qt` namespace builds all its enums (≈0.06 s for
# `Qt` alone), so ui.ops, Qt, QMessageBox and QProgressDialog are imported where used.

FONTS_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
FAMILIES = ["Noto Sans", "Noto Sans Bengali"]
DEMO_MEMBERS, DEMO_YEARS = 300, 2
STYLE = """
QLabel#pageTitle { font-size: 16pt; font-weight: bold; padding: 4px 0; }
QLabel#loginTitle { font-size: 14pt; font-weight: bold; }
QLabel#loginMessage { color: #b00020; }
QListWidget#navigation { font-size: 12pt; }
QListWidget#navigation::item { padding: 8px 6px; }
QListWidget#navigation::item:selected { background: #1b5e20; color: white; }
QStatusBar QLabel { padding: 0 10px; border-left: 1px solid #b0b0b0; }
"""


def load_fonts(app: QApplication) -> None:
    """Bundled Noto Sans + Noto Sans Bengali so Bengali shapes the same on every PC."""
    # Noto Sans has no Bengali; Qt says so once per text before using the fallback family
    QLoggingCategory.setFilterRules("qt.text.font.db.warning=false\nqt.text.font.db.info=false")
    for ttf in sorted(FONTS_DIR.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(11)
    app.setFont(font)


def time_left(elapsed_s: float, percent: int, lang: str) -> str:
    """How long the rest will take, from how long the part done took: what a progress
    dialog says instead of a promise made before it started."""
    from app.format import format_number

    if percent <= 0 or elapsed_s <= 0:
        return ""
    if percent >= 100:
        return QCoreApplication.translate("Startup", "Almost done …")
    left = elapsed_s * (100 - percent) / percent
    if left < 90:
        seconds = max(5, int(round(left / 5)) * 5)
        return QCoreApplication.translate("Startup", "About {n} seconds left").format(
            n=format_number(seconds, lang))
    return QCoreApplication.translate("Startup", "About {n} minutes left").format(
        n=format_number(int(round(left / 60)), lang))


def create_demo(path: Path, lang: str = "en") -> None:
    """First start: a demo branch, generated in a worker while a progress dialog shows."""
    from PySide6.QtCore import QEventLoop, Qt, QThreadPool
    from PySide6.QtWidgets import QProgressDialog

    from app.demo import generate_demo
    from app.format import format_number
    from app.services.database import open_database as open_engine
    from app.services.status import mark_demo_branch
    from ui.ops import Job

    dialog = QProgressDialog()
    dialog.setWindowTitle(QCoreApplication.translate("Startup", "Shakha"))
    making = QCoreApplication.translate(
        "Startup", "Creating a demo branch with {n} members (only this once) …").format(
        n=format_number(DEMO_MEMBERS, lang))
    dialog.setLabelText(making)
    dialog.setCancelButton(None)  # type: ignore[arg-type]
    dialog.setRange(0, 100)
    dialog.setMinimumDuration(0)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.show()
    job = Job(generate_demo, (path,), {"members": DEMO_MEMBERS, "years": DEMO_YEARS,
                                       "seed": 1}, cancellable=False)
    job.kwargs["progress"] = job._progress  # generate_demo reports (percent, text)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}
    started = time.monotonic()

    def advanced(pct: int, _text: str) -> None:  # the worker's step names are not shown
        dialog.setValue(pct)
        left = time_left(time.monotonic() - started, pct, lang) if pct >= 5 else ""
        dialog.setLabelText(f"{making}\n{left}" if left else making)

    job.signals.progress.connect(advanced, Qt.ConnectionType.QueuedConnection)

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    job.signals.done.connect(lambda r: finished("done", r), Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(lambda e: finished("error", e),
                               Qt.ConnectionType.QueuedConnection)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
    loop.exec()
    dialog.close()
    if "error" in outcome:
        raise outcome["error"]
    mark_demo_branch(open_engine(path))


def _fail(error: BaseException) -> int:
    from PySide6.QtWidgets import QMessageBox

    from ui.ops import error_text, setup_logging

    if not isinstance(error, ShakhaError):
        import logging

        setup_logging()
        logging.getLogger("shakha.ui").error("start-up failed", exc_info=error)

    QMessageBox.critical(None, QCoreApplication.translate("", "Shakha"), error_text(error))
    return 1


def _in_background(fn: Callable[..., Any], args: tuple, on_done: Callable[[Any], None],
                   on_failed: Callable[[BaseException], None]) -> Job:
    from PySide6.QtCore import Qt, QThreadPool

    from ui.ops import Job

    job = Job(fn, args, {}, cancellable=False)
    job.signals.done.connect(on_done, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(on_failed, Qt.ConnectionType.QueuedConnection)
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
    return job


def _timing(event: str) -> None:
    if os.environ.get("SHAKHA_EXIT_WHEN_SHOWN"):
        print(f"shakha-timing {event} {time.monotonic():.6f} {time.process_time():.6f}",
              flush=True)


class Startup:
    """The first window at once; the database opened in a worker; then the window filled."""

    def __init__(self, app: QApplication, path: Path, lang: str, note: str = "") -> None:
        self.app, self.path, self.lang, self.note = app, path, lang, note
        self.autologin = os.environ.get("SHAKHA_AUTOLOGIN") or None
        self.exit_when_shown = bool(os.environ.get("SHAKHA_EXIT_WHEN_SHOWN"))
        self.screenshot = os.environ.get("SHAKHA_SCREENSHOT")
        self.dialog: Any = None
        self.window: Any = None
        self.opened: OpenedBranch | None = None
        self.job: Job | None = None

    def run(self) -> int:
        from ui.main_window import MainWindow

        if self.autologin:
            self.window = MainWindow(None, self.lang)
            self.window.show()
        else:
            from ui.login_dialog import LoginDialog

            self.dialog = LoginDialog(None, "", False, self.lang)
            if self.note:  # what an upgrade did, said before anyone logs in
                self.dialog.message.setText(self.note)
            self.dialog.accepted.connect(self._logged_in)
            self.dialog.rejected.connect(lambda: self.app.exit(0))
            # between the dialog closing and the main window opening no window is visible
            self.app.setQuitOnLastWindowClosed(False)
            self.dialog.show()
        QTimer.singleShot(0, self._shown)
        try:
            return self.app.exec()
        finally:
            self.app.setQuitOnLastWindowClosed(True)

    def _shown(self) -> None:
        _timing("shown")
        if self.exit_when_shown and not self.autologin:
            self.app.exit(0)  # the login dialog is what this user sees first
            return
        from ui.ops import setup_logging

        setup_logging()
        self.job = _in_background(open_branch, (self.path, self.autologin, True),
                                  self._opened, self._failed)

    def _opened(self, opened: OpenedBranch) -> None:
        _timing("opened")
        self.opened = opened
        if opened.upgrade_backup is not None:  # said before anyone logs in
            self.note = upgrade_note(opened.upgrade_backup)
            if self.dialog is not None:
                self.dialog.message.setText(self.note)
        set_wording(opened.wording)  # a Bangladesh branch reads Bangladesh's words
        if self.window is not None:  # logged in automatically: fill the main window
            self._attach(self.window, opened.actor, self.window.lang)
        elif self.dialog is not None:
            name = opened.branch_name_bn if self.dialog.lang == "bn" else opened.branch_name_en
            self.dialog.set_branch(opened.engine, name, opened.demo)

    def _logged_in(self) -> None:
        from ui.main_window import MainWindow

        assert self.opened is not None  # the dialog accepts only once the database is open
        self.window = MainWindow(None, self.dialog.lang)
        self.window.show()
        self.app.setQuitOnLastWindowClosed(True)
        self._attach(self.window, self.dialog.actor, self.dialog.lang)
        self.dialog.deleteLater()
        self.dialog = None

    def _attach(self, window: Any, actor: Any, lang: str) -> None:
        assert self.opened is not None
        window.attach(AppContext(self.opened.engine, actor, lang))  # builds Today
        if self.note:
            window.statusBar().showMessage(self.note)
        QTimer.singleShot(0, self._ready)

    def _ready(self) -> None:
        _timing("ready")
        if self.screenshot:
            shot, window = self.screenshot, self.window
            QTimer.singleShot(200, lambda: (window.grab().save(shot), self.app.exit(0)))
        elif self.exit_when_shown:
            self.app.exit(0)

    def _failed(self, error: BaseException) -> None:
        # the message first, with the window still open behind it: closing the last
        # visible window would make Qt quit on its own, in the middle of the message
        self.app.exit(_fail(error))


def upgrade_note(backup: Path) -> str:
    return QCoreApplication.translate(
        "Startup", "Shakha was updated: the database was upgraded to this "
        "version. The copy from before is kept at {path}.").format(path=backup)


def run_gui(args: argparse.Namespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Shakha")
    app.setStyleSheet(STYLE)
    load_fonts(app)
    lang = getattr(args, "lang", None) or os.environ.get("SHAKHA_LANG", "bn")
    install_language(lang)
    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            choice = "demo"
            if os.environ.get("SHAKHA_FIRST_RUN") != "demo":  # `make run` goes to the demo
                from ui.wizard.first_run import first_run

                choice, lang = first_run(path)
            if not choice:
                return 0
            if choice == "demo":
                create_demo(path, lang)
        else:  # a stray file is refused before any window; the schema in the worker
            check_database_file(path)
    except Exception as exc:  # noqa: BLE001 - logged; the user reads one sentence
        return _fail(exc)
    return Startup(app, path, lang).run()
