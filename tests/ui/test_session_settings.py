"""Settings' staff sessions: the role table shown read only as the services enforce it,
the audit trail filtered and exported, the idle time saved, a locked-out user unlocked."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from app.errors import PermissionDenied
from app.services import roles, session
from app.services.actor import Actor
from ui.audit_viewer import AuditViewer
from ui.main_window import PAGES, MainWindow
from ui.views.settings_sessions import RolesDialog, SessionsBox


@pytest.fixture(autouse=True)
def _cheap_keys(monkeypatch):
    from app.db import keyslots
    monkeypatch.setattr(keyslots, "ARGON2", {"t": 1, "m": 64, "p": 1})


def test_the_role_table_on_screen_is_the_one_the_services_enforce(qtbot):
    dialog = RolesDialog()
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == len(roles.TABLE)
    assert table.columnCount() == len(roles.ROLE_ORDER)
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers
    for r, action in enumerate(roles.TABLE):
        assert table.verticalHeaderItem(r).text() == roles.ACTION_NAMES[action]
        for c, role in enumerate(roles.ROLE_ORDER):
            shown = table.item(r, c).text()
            grant = roles.grant(role, action)
            assert shown == {"yes": "✓", "no": "—"}.get(grant.value, "✓ countersigned")


def test_the_role_table_reads_in_bengali(qtbot):
    from ui.i18n import install_language

    install_language("bn")
    dialog = RolesDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.horizontalHeaderItem(0).text() == "মাঠকর্মী"
    assert dialog.windowTitle() != "Who may do what"


def _trail(engine, ids):
    with pytest.raises(PermissionDenied):
        session.log_in(engine, "officer", "wrong")
    session.log_in(engine, "manager", "secret-pass-1")


def test_the_audit_trail_is_filtered_by_user_and_exported(ctx, qtbot, tmp_path):
    _trail(ctx.engine, ctx.ids)
    viewer = AuditViewer(ctx)
    qtbot.addWidget(viewer)
    actions = [viewer.table.item(r, 3).text() for r in range(viewer.table.rowCount())]
    assert actions[:2] == ["staff.logged_in", "staff.login_failed"]  # newest first
    viewer.staff.setCurrentIndex(viewer.staff.findText("officer"))
    viewer.refresh()
    assert [r.action for r in viewer.rows] == ["staff.login_failed"]
    viewer.export_to(str(tmp_path / "audit.csv"))
    with open(tmp_path / "audit.csv", encoding="utf-8-sig") as handle:
        lines = list(csv.reader(handle))
    assert lines[0][:5] == ["id", "at_utc", "business_date", "user", "action"]
    assert [line[4] for line in lines[1:]] == ["staff.login_failed"]
    viewer.export_to(str(tmp_path / "audit.xlsx"))
    sheet = load_workbook(tmp_path / "audit.xlsx").active
    assert [row[4] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        "staff.login_failed"]


def test_a_member_code_nobody_has_is_said_not_shown_as_an_empty_trail(ctx, qtbot):
    viewer = AuditViewer(ctx)
    qtbot.addWidget(viewer)
    viewer.member.setText("NOPE-1")
    viewer.refresh()
    assert "No member has the code NOPE-1" in viewer.message.text()


def test_the_manager_saves_the_idle_time_and_the_lock_follows(ctx, qtbot):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show_page(PAGES.index("settings"))
    box = window.pages["settings"].sessions
    box.idle.setValue(25)
    box.idle_save.click()
    assert session.idle_lock_minutes(ctx.engine) == 25
    assert window.session.timer.interval() == 25 * 60_000


def test_the_manager_unlocks_a_locked_out_officer_from_settings(ctx, qtbot):
    for _ in range(5):
        with pytest.raises(PermissionDenied):
            session.log_in(ctx.engine, "officer", "wrong")
    box = SessionsBox(ctx)
    qtbot.addWidget(box)
    assert box.locked.currentText() == "officer" and box.unlock_button.isEnabled()
    box.unlock_button.click()
    assert session.locked_staff(ctx.engine) == []
    assert session.log_in(ctx.engine, "officer", "secret-pass-1").username == "officer"


def test_an_officer_sees_the_table_but_cannot_change_the_idle_time_or_unlock(ctx, qtbot):
    ctx.actor = Actor(ctx.ids["officer"], "officer", "field_officer")
    box = SessionsBox(ctx)
    qtbot.addWidget(box)
    assert not box.idle.isEnabled() and box.idle_save.isHidden()
    assert box.unlock_button.isHidden() and box.audit_button.isHidden()
    assert not box.roles_button.isHidden()
