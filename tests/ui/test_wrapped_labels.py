"""A sentence that wraps gets the lines it needs: no visible word-wrapped label on a page
is shorter than its text at its width (Bengali runs longer than English, and a label
squeezed into a row beside a button was cut through its vowel signs), on the old
1024 × 768 screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from ui.context import AppContext
from ui.i18n import install_language
from ui.main_window import PAGES, MainWindow


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_no_wrapped_sentence_on_a_page_is_cut(ctx, qtbot, lang):
    install_language(lang)
    window = MainWindow(AppContext(ctx.engine, ctx.actor, lang))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    cut = []
    for index, name in enumerate(PAGES):
        window.show_page(index)
        qtbot.wait(20)
        cut += [(name, label.text()) for label in window.findChildren(QLabel)
                if label.isVisible() and label.wordWrap() and label.text()
                and label.heightForWidth(label.width()) > label.height() + 1]
    assert cut == []


def test_a_page_title_takes_one_line_where_the_line_has_room(ctx, qtbot):
    """Reports' Bengali title beside its two buttons wrapped with half the line empty."""
    from ui.views.base import TablePage

    install_language("bn")
    window = MainWindow(AppContext(ctx.engine, ctx.actor, "bn"))
    qtbot.addWidget(window)
    window.resize(1024, 768)
    window.show()
    wrapped = []
    for index, name in enumerate(PAGES):
        window.show_page(index)
        qtbot.wait(20)
        page = window.stack.currentWidget()
        if isinstance(page, TablePage) and \
                page.title.height() > 1.5 * page.title.fontMetrics().lineSpacing():
            wrapped.append(name)
    assert wrapped == []
