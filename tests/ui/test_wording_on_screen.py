"""The screens speak the branch's Bengali, chosen by its database, and every button says
what it does (an imperative), as a person sees them."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QAbstractButton

from tests.services.meeting_world import meeting_world
from ui.context import AppContext
from ui.i18n import install_language
from ui.main_window import PAGES, MainWindow

# The last word of a Bengali button: a polite imperative (করুন, দিন, নিন, দেখুন, খুলুন,
# আনুন, পাঠান, বদলান …); a few buttons are no action but a place or a choice.
IMPERATIVE = re.compile(r"(?:ুন|ান|িন|নিন)$")
NOT_ACTIONS = {"বাতিল", "আজ", "◀ আগের দিন", "পরের দিন ▶", "ঠিক আছে", "হ্যাঁ", "না"}


def _words(text: str) -> str:
    """A button's words without its shortcut marks and a closing aside: '(&P)',
    '(Ctrl+P)', '…', '(অগ্রিম পরিশোধ)'."""
    text = re.sub(r"\((?:&\w|Ctrl\+\w+|Alt\+\w+)\)", "", text.replace("&&", "&"))
    text = text.replace("…", "").replace("&", "").strip()
    return re.sub(r"\s*\([^()]*\)$", "", text).strip()


def _window(engine, actor) -> MainWindow:  # type: ignore[no-untyped-def]
    install_language("bn")
    window = MainWindow(None, "bn")
    window.attach(AppContext(engine, actor, "bn"))
    return window


@pytest.mark.parametrize(("profile", "groups", "interest"), [
    ("india_rbi", "দল", "সুদ"), ("bangladesh_mra", "সমিতি", "সার্ভিস চার্জ")])
def test_the_branch_database_chooses_west_bengal_s_or_bangladesh_s_words(
        engine, qapp, qtbot, profile, groups, interest):
    from PySide6.QtCore import QCoreApplication

    world = meeting_world(engine, profile=profile)
    window = _window(engine, world.manager)
    qtbot.addWidget(window)
    try:
        assert window.nav.item(PAGES.index("groups")).text().startswith(groups)
        assert QCoreApplication.translate("LoanDialog", "Interest") == interest
    finally:
        install_language("en")


@pytest.mark.parametrize("profile", ["india_rbi", "bangladesh_mra"])
def test_every_button_on_every_page_and_loan_screen_is_an_imperative(
        engine, qapp, qtbot, profile):
    from ui.views.loan_actions import LoanDialog
    from ui.views.members_view import MemberPageDialog

    world = meeting_world(engine, profile=profile)
    window = _window(engine, world.manager)
    qtbot.addWidget(window)
    screens = []
    try:
        for row, name in enumerate(PAGES):
            window.nav.setCurrentRow(row)
            screens.append((name, window.page(name)))
        ctx = window.ctx
        for loan in world.loans[:1]:
            screens.append(("loan", LoanDialog(ctx, loan)))
        screens.append(("member", MemberPageDialog(ctx, world.members[0])))
        found, wrong = set(), []
        for name, screen in screens:
            for button in screen.findChildren(QAbstractButton):
                words = _words(button.text())
                if not words or button.isCheckable() or not re.search("[\u0980-\u09ff]", words):
                    continue
                found.add(words)
                if words not in NOT_ACTIONS and not IMPERATIVE.search(words.split()[-1]):
                    wrong.append((name, words))
    finally:
        install_language("en")
    assert len(found) > 20 and wrong == []
