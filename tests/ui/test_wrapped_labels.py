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
