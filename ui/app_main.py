"""Start the GUI: fonts, language, database (demo on first start), login, main window.

Environment switches for automation (screenshots, the startup benchmark):
SHAKHA_AUTOLOGIN=user:password skips the login dialog; SHAKHA_SCREENSHOT=file.png saves
the main window and quits; SHAKHA_EXIT_WHEN_SHOWN=1 quits once the window is shown.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.db.engine import default_db_path, open_engine
from app.db.migrate import upgrade_database
from app.errors import ShakhaError
from app.services.branch import branch_info
from app.services.users import authenticate
from ui.context import AppContext
from ui.i18n import install_language, tr_error

FONTS_DIR = Path(__file__).resolve().parents[1] / "resources" / "fonts"
STYLE = """
QLabel#pageTitle { font-size: 16pt; font-weight: bold; padding: 4px 0; }
QLabel#loginTitle { font-size: 14pt; font-weight: bold; }
QLabel#loginMessage { color: #b00020; }
QListWidget#navigation { font-size: 12pt; }
QListWidget#navigation::item { padding: 8px 6px; }
"""


def load_fonts(app: QApplication) -> None:
    """Bundled Noto Sans + Noto Sans Bengali so Bengali shapes the same on every PC."""
    for ttf in sorted(FONTS_DIR.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(ttf))
    font = QFont()
    font.setFamilies(["Noto Sans", "Noto Sans Bengali"])
    font.setPointSize(11)
    app.setFont(font)


def _create_demo(app: QApplication, path: Path) -> None:
    from app.demo import generate_demo

    dialog = QProgressDialog()
    dialog.setLabelText("Creating a demo branch … / ডেমো শাখা তৈরি হচ্ছে …")
    dialog.setCancelButton(None)
    dialog.setRange(0, 100)
    dialog.setMinimumDuration(0)
    dialog.show()

    def progress(pct: int, _text: str) -> None:
        dialog.setValue(pct)
        app.processEvents()

    generate_demo(path, members=300, years=2, seed=1, progress=progress)
    dialog.close()


def _login(engine, demo: bool, lang: str):  # type: ignore[no-untyped-def]
    auto = os.environ.get("SHAKHA_AUTOLOGIN")
    if auto:
        user, _, password = auto.partition(":")
        return authenticate(engine, user, password), lang
    from ui.login_dialog import LoginDialog

    info = branch_info(engine)
    dialog = LoginDialog(engine, info.name_bn if lang == "bn" else info.name_en, demo, lang)
    if dialog.exec() != LoginDialog.DialogCode.Accepted or dialog.actor is None:
        return None, lang
    return dialog.actor, dialog.lang


def run_gui(args: argparse.Namespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("Shakha")
    app.setStyleSheet(STYLE)
    load_fonts(app)
    lang = args.lang or os.environ.get("SHAKHA_LANG", "bn")
    install_language(lang)
    path = Path(args.db) if args.db else default_db_path()
    demo = not path.exists()
    try:
        if demo:
            path.parent.mkdir(parents=True, exist_ok=True)
            _create_demo(app, path)
        else:
            upgrade_database(path)
        engine = open_engine(path)
        actor, lang = _login(engine, demo or "demo" in path.name, lang)
    except ShakhaError as exc:
        QMessageBox.critical(None, "Shakha", tr_error(exc))
        return 1
    if actor is None:
        return 0
    from ui.main_window import MainWindow

    window = MainWindow(AppContext(engine, actor, lang))
    window.show()
    shot = os.environ.get("SHAKHA_SCREENSHOT")
    if shot:
        QTimer.singleShot(800, lambda: (window.grab().save(shot), app.quit()))
    elif os.environ.get("SHAKHA_EXIT_WHEN_SHOWN"):
        QTimer.singleShot(0, app.quit)
    return app.exec()
