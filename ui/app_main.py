"""Start the GUI: fonts, language, database (demo on first start), login, main window.

Environment switches for automation (screenshots, the startup benchmark):
SHAKHA_AUTOLOGIN=user:password skips the login dialog (only when set);
SHAKHA_SCREENSHOT=file.png saves the main window as an image and quits;
SHAKHA_EXIT_WHEN_SHOWN=1 quits as soon as the main window is shown and Today is filled;
SHAKHA_LANG=en|bn picks the starting language (default Bengali; --lang wins).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QLoggingCategory,
    Qt,
    QThreadPool,
    QTimer,
)
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.db.engine import default_db_path, open_engine
from app.errors import ShakhaError
from app.format import format_number
from app.gui_launch import check_database_file, schema_is_current
from app.services.status import is_demo_branch, mark_demo_branch, status_summary
from app.services.users import authenticate
from ui.context import AppContext
from ui.i18n import install_language
from ui.ops import Job, error_text, setup_logging

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
    QLoggingCategory.setFilterRules("qt.text.font.db.warning=false")
    for ttf in sorted(FONTS_DIR.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    font = QFont()
    font.setFamilies(FAMILIES)
    font.setPointSize(11)
    app.setFont(font)


def create_demo(path: Path, lang: str = "en") -> None:
    """First start: a demo branch, generated in a worker while a progress dialog shows."""
    from app.demo import generate_demo

    dialog = QProgressDialog()
    dialog.setWindowTitle(QCoreApplication.translate("Startup", "Shakha"))
    dialog.setLabelText(QCoreApplication.translate(
        "Startup", "Creating a demo branch with {n} members … (once, about a minute)")
        .format(n=format_number(DEMO_MEMBERS, lang)))
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
    job.signals.progress.connect(lambda pct, _text: dialog.setValue(pct),
                                 Qt.ConnectionType.QueuedConnection)

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


def _login(engine: Any, lang: str) -> tuple[Any, str]:
    auto = os.environ.get("SHAKHA_AUTOLOGIN")
    if auto:
        user, _, password = auto.partition(":")
        return authenticate(engine, user, password), lang
    from ui.login_dialog import LoginDialog

    status = status_summary(engine)
    name = status.branch_name_bn if lang == "bn" else status.branch_name_en
    dialog = LoginDialog(engine, name, is_demo_branch(engine), lang)
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.actor is None:
        return None, dialog.lang
    return dialog.actor, dialog.lang


def _fail(error: BaseException) -> int:
    QMessageBox.critical(None, QCoreApplication.translate("", "Shakha"), error_text(error))
    return 1


def run_gui(args: argparse.Namespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Shakha")
    app.setStyleSheet(STYLE)
    setup_logging()
    load_fonts(app)
    lang = getattr(args, "lang", None) or os.environ.get("SHAKHA_LANG", "bn")
    install_language(lang)
    path = Path(args.db) if getattr(args, "db", None) else default_db_path()
    try:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            create_demo(path, lang)
        else:
            check_database_file(path)  # a stray file is refused, not "upgraded"
            if not schema_is_current(path):
                from app.db.migrate import upgrade_database  # Alembic only when needed

                upgrade_database(path)  # backs up first; MigrationFailed leaves it as is
        engine = open_engine(path)
        actor, lang = _login(engine, lang)
    except ShakhaError as exc:
        return _fail(exc)
    except Exception as exc:  # noqa: BLE001 - logged; the user reads one sentence
        import logging

        logging.getLogger("shakha.ui").exception("start-up failed")
        return _fail(exc)
    if actor is None:
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(engine, actor, lang))
    window.show()
    shot = os.environ.get("SHAKHA_SCREENSHOT")
    if shot:
        QTimer.singleShot(1200, lambda: (window.grab().save(shot), app.quit()))
    elif os.environ.get("SHAKHA_EXIT_WHEN_SHOWN"):
        QTimer.singleShot(0, app.quit)
    return app.exec()
