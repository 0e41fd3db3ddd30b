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
