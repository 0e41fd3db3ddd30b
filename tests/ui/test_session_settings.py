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
    assert actions[:2] == ["Logged in", "Login failed"]  # newest first
    assert viewer.table.item(1, 3).toolTip() == "staff.login_failed"
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


def test_the_audit_trail_in_bengali_says_what_was_done_in_bengali_words_and_digits(
        ctx, qtbot):
    from ui.context import AppContext
    from ui.i18n import install_language

    _trail(ctx.engine, ctx.ids)
    install_language("bn")
    viewer = AuditViewer(AppContext(ctx.engine, ctx.actor, "bn"))
    qtbot.addWidget(viewer)
    row = [r for r in range(viewer.table.rowCount())
           if viewer.rows[r].action == "staff.login_failed"][0]
    what, about, when = (viewer.table.item(row, c).text() for c in (3, 4, 1))
    staff_id = viewer.rows[row].entity_id
    assert (what, about) == ("লগ-ইন ব্যর্থ", f"কর্মী {staff_id.translate(BN_DIGITS)}")
    assert not any(d in when for d in "0123456789") and ":" in when
    numbers = [viewer.table.verticalHeaderItem(r).text()
               for r in range(viewer.table.rowCount())]
    assert numbers[:2] == ["১", "২"]


BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")


def test_every_action_the_branch_audits_has_words_on_screen(ctx, qtbot):
    """Every action code a service writes (an event type or an audit row of its own) is
    worded: a new one without words would show its code."""
    import ast
    from pathlib import Path

    viewer = AuditViewer(ctx)
    qtbot.addWidget(viewer)
    worded = set(viewer._actions())
    written = set()
    for path in Path("app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("emit", "audit") and node.args \
                    and isinstance(node.args[0], ast.Constant):
                written.add(node.args[0].value)
    assert written - worded == set()


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
