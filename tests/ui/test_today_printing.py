from PySide6.QtCore import Qt

from tests.services.meeting_world import meeting_world
from tests.ui.keys import active
from ui.context import AppContext
from ui.views.today_view import TodayView


def test_ctrl_p_on_today_previews_the_days_collection_sheets(engine, qtbot, monkeypatch):
    world = meeting_world(engine)
    shown = []
    monkeypatch.setattr("ui.views.print_preview.preview_pdf",
                        lambda _parent, title, pdf: shown.append((title, pdf)))
    view = active(qtbot, TodayView(AppContext(engine, world.officer, "bn")))
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    assert shown[0][1].startswith(b"%PDF")


def test_the_reports_page_prints_the_portfolio_and_the_months_dcb(engine, qtbot,
                                                                 monkeypatch):
    from ui.views.reports_view import ReportsView

    world = meeting_world(engine)
    shown = []
    monkeypatch.setattr("ui.views.print_preview.preview_pdf",
                        lambda _parent, title, pdf: shown.append((title, pdf)))
    view = active(qtbot, ReportsView(AppContext(engine, world.manager, "en")))
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20_000)
    view.dcb_button.click()
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20_000)
    assert [title for title, _ in shown] == ["Portfolio at risk (PAR) and ageing",
                                             "Demand, collection and balance"]
    assert all(pdf.startswith(b"%PDF") for _, pdf in shown)


def test_an_officer_prints_tomorrows_sheets_from_today_the_evening_before(engine, qtbot,
                                                                          monkeypatch):
    from datetime import timedelta

    from tests.printing.pdf_files import pdf_text
    from tests.services.meeting_world import TODAY

    world = meeting_world(engine)
    shown = []
    monkeypatch.setattr("ui.views.print_preview.preview_pdf",
                        lambda _parent, title, pdf: shown.append((title, pdf)))
    view = active(qtbot, TodayView(AppContext(engine, world.officer, "en")))
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert view.day() == TODAY + timedelta(days=1)
    qtbot.keyClick(view, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    sheet = pdf_text(shown[0][1])
    assert "26 November 2026, Thursday" in sheet and "Collection sheet" in sheet
