"""In Bengali every number a page shows is in Bengali digits (codes such as G0001,
JB-CHD-L000302 or Ctrl+1 excepted): a count or amount left in Latin digits is a string
that skipped app.format."""

import re
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel

from app.db.engine import open_engine
from app.demo import generate_demo
from app.services.loans import loans_by_status
from app.services.users import authenticate
from ui.context import AppContext
from ui.i18n import install_language
from ui.main_window import PAGES, MainWindow
from ui.views.loan_actions import LoanDialog
from ui.views.meeting_entry import MeetingEntryDialog
from ui.views.members_view import MemberPageDialog

CODE = re.compile(r"[A-Za-z0-9+\-_/.]*[A-Za-z][A-Za-z0-9+\-_/.]*")


def _latin_numbers(text: str) -> list[str]:
    return re.findall(r"[0-9]+", CODE.sub("", text))


def _texts(page) -> list[str]:
    texts = [w.text() for w in page.findChildren(QLabel) if w.isVisible()]
    texts += [w.text() for w in page.findChildren(QAbstractButton) if w.isVisible()]
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for column in range(model.columnCount()):
            texts.append(str(model.headerData(column, Qt.Orientation.Horizontal) or ""))
        if getattr(view, "verticalHeader", None) and view.verticalHeader().isVisible():
            texts += [str(model.headerData(row, Qt.Orientation.Vertical) or "")
                      for row in range(min(model.rowCount(), 40))]
        for row in range(min(model.rowCount(), 40)):
            for column in range(model.columnCount()):
                texts.append(str(model.index(row, column).data() or ""))
    return texts


def _daily_dialogs(window):
    """The meeting entry, a member's page and a loan's page, as the pages open them."""
    ctx = window.ctx
    today = window.page("today")
    meeting = today.model.rows[0]
    member = window.page("members").model.rows[0]
    loan = loans_by_status(ctx.engine, ("disbursed",))[0]
    return [("meeting entry", MeetingEntryDialog(ctx, meeting.meeting_id, window)),
            ("member page", MemberPageDialog(ctx, member.id, window)),
            ("loan page", LoanDialog(ctx, loan.loan_id, window))]


@pytest.mark.parametrize("profile", ["india_rbi", "bangladesh_mra"])
def test_every_page_in_bengali_shows_numbers_in_bengali_digits(profile, tmp_path, qtbot):
    path = tmp_path / "demo.db"
    generate_demo(path, members=60, years=1, seed=3, profile=profile,
                  today=date(2026, 11, 25))
    engine = open_engine(path)
    install_language("bn")
    try:
        window = MainWindow(AppContext(engine, authenticate(engine, "manager", "demo"), "bn"))
        qtbot.addWidget(window)
        window.show()
        found = {}
        for index, name in enumerate(PAGES):
            window.show_page(index)
            qtbot.wait(20)
            page = window.stack.currentWidget()
            bad = [t for t in _texts(page) if _latin_numbers(t)]
            bad += [t for t in (window.statusBar().findChildren(QLabel))
                    if _latin_numbers(t.text())]
            if bad:
                found[name] = bad[:5]
        for name, dialog in _daily_dialogs(window):
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.wait(20)
            bad = [t for t in _texts(dialog) if _latin_numbers(t)]
            if bad:
                found[name] = bad[:5]
        assert found == {}
    finally:
        install_language("en")
        engine.dispose()
