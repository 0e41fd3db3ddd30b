"""Walking the main window's pages as a user does, on the old 1024 × 768 screen."""

from __future__ import annotations

from collections.abc import Iterator

from ui.context import AppContext
from ui.i18n import install_language
from ui.main_window import PAGES, MainWindow


def every_page(ctx, qtbot, lang: str) -> Iterator[tuple[str, MainWindow]]:  # type: ignore[no-untyped-def]
    """The main window in `lang`, 1024 × 768, showing each page in turn: (name, window)."""
    install_language(lang)
    window = MainWindow(AppContext(ctx.engine, ctx.actor, lang))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    for index, name in enumerate(PAGES):
        window.show_page(index)
        qtbot.wait(20)
        yield name, window
