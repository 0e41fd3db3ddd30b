"""Alt+letter reaches one field or button: no two visible texts on a page share their
mnemonic (with two, Qt only moves the focus between them and presses neither), in
English and in Bengali (whose texts carry the English letter as "(&L)")."""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel

from tests.ui.pages import every_page


def _shared_mnemonics(root) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)
    for widget in [*root.findChildren(QAbstractButton), *root.findChildren(QLabel),
                   *root.findChildren(QGroupBox)]:
        if not widget.isVisible() or (isinstance(widget, QLabel) and widget.buddy() is None):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        letter = re.search(r"&([^&\s])", text.replace("&&", ""))
        if letter:
            found[letter.group(1).lower()].append(text)
    return {k: v for k, v in found.items() if len(v) > 1}


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_no_two_texts_on_a_page_share_a_mnemonic(ctx, qtbot, lang):
    shared = {}
    for name, window in every_page(ctx, qtbot, lang):
        if found := _shared_mnemonics(window):
            shared[name] = found
    assert shared == {}
