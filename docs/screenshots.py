"""Screenshots of the real app for the user guide, made offscreen from a demo branch.

Each shot is a page of the main window (or a dialog) as one user of a role sees it,
in English and in Bengali, grabbed from the widgets themselves: the guide shows what
the app shows today, never a drawing. `SHOTS` names them; the guide refers to them as
`shot:<name>`, and tests/docs checks that every name it uses is made here.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (name, user, what): a main-window page number, or a dialog
SHOTS: tuple[tuple[str, str, Any], ...] = (
    ("today", "officer1", 0), ("groups", "officer1", 1), ("members", "officer1", 2),
    ("meeting_entry", "officer1", "meeting"), ("loans", "manager", 3),
    ("application", "officer1", "application"), ("cash", "accountant", 4),
    ("reports", "manager", 5), ("sync", "manager", 6), ("settings", "manager", 7),
    ("wizard", "", "wizard"), ("wizard_book", "manager", "book"),
)
SIZE = (1024, 700)


def _settle() -> None:
    """Let every page finish loading (its work runs in workers) and paint."""
    from PySide6.QtCore import QCoreApplication, QThreadPool

    for _ in range(3):
        QThreadPool.globalInstance().waitForDone(30_000)
        QCoreApplication.processEvents()


def _widget(name: str, what: Any, ctx: Any, db: Path) -> Any:
    from ui.main_window import MainWindow

    if what == "meeting":
        from app.services.today import todays_meetings
        from ui.views.meeting_entry import MeetingEntryDialog

        meeting = todays_meetings(ctx.engine, _today(ctx.engine), ctx.actor.staff_id)[0]
        return MeetingEntryDialog(ctx, meeting.meeting_id)
    if what == "application":
        from ui.views.loan_application import ApplicationDialog

        return ApplicationDialog(ctx)
    if what in ("wizard", "book"):
        from ui.wizard.first_run import BOOK, FirstRunWizard

        wizard = FirstRunWizard(db if what == "book" else db.with_name("new-branch.db"))
        if what == "book":
            wizard.setProperty("manager_actor", ctx.actor)
            wizard.setStartId(BOOK)
        return wizard
    window = MainWindow(ctx)
    window.show_page(int(what))
    return window


def _today(engine: Any) -> Any:
    from app.services.branch import branch_info

    return branch_info(engine).business_date


def take(db: Path, out: Path, langs: tuple[str, ...] = ("en", "bn"),
         report: Callable[[str], None] = lambda _name: None) -> list[Path]:
    """Every shot of SHOTS in every language, as out/<name>_<lang>.png."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.db.engine import open_engine
    from app.services.users import authenticate
    from ui.app_main import STYLE, load_fonts
    from ui.context import AppContext
    from ui.i18n import install_language

    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE)  # type: ignore[union-attr]
    load_fonts(app)  # type: ignore[arg-type]
    out.mkdir(parents=True, exist_ok=True)
    engine = open_engine(db)
    made = []
    try:
        for lang in langs:
            install_language(lang)
            for name, user, what in SHOTS:
                actor = authenticate(engine, user or "manager", "demo")
                widget = _widget(name, what, AppContext(engine, actor, lang), db)
                widget.resize(*SIZE)
                widget.show()
                _settle()
                path = out / f"{name}_{lang}.png"
                widget.grab().save(str(path))
                widget.close()
                widget.deleteLater()
                _settle()
                made.append(path)
                report(path.name)
    finally:
        install_language("en")
        engine.dispose()
    return made


def demo_branch(folder: Path, members: int = 120) -> Path:
    """The demo branch the screenshots are taken from (fixed seed and date)."""
    from datetime import date

    from app.demo import generate_demo

    path = folder / "guide-demo.db"
    if not path.exists():
        generate_demo(path, members=members, years=1, seed=7, today=date(2026, 11, 25))
    return path


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("build/guide/img")
    with tempfile.TemporaryDirectory() as tmp:
        take(demo_branch(Path(tmp)), target, report=print)
