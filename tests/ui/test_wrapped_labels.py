"""A sentence that wraps gets the lines it needs: no visible word-wrapped label on a page
is shorter than its text at its width (Bengali runs longer than English, and a label
squeezed into a row beside a button was cut through its vowel signs), on the old
1024 × 768 screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from tests.ui.pages import every_page


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_no_wrapped_sentence_on_a_page_is_cut(ctx, qtbot, lang):
    cut = []
    for name, window in every_page(ctx, qtbot, lang):
        cut += [(name, label.text()) for label in window.findChildren(QLabel)
                if label.isVisible() and label.wordWrap() and label.text()
                and label.heightForWidth(label.width()) > label.height() + 1]
    assert cut == []


def test_a_page_title_takes_one_line_where_the_line_has_room(ctx, qtbot):
    """Reports' Bengali title beside its two buttons wrapped with half the line empty."""
    from ui.views.base import TablePage

    wrapped = []
    for name, window in every_page(ctx, qtbot, "bn"):
        page = window.stack.currentWidget()
        if isinstance(page, TablePage) and \
                page.title.height() > 1.5 * page.title.fontMetrics().lineSpacing():
            wrapped.append(name)
    assert wrapped == []
