"""Backups from Settings and after closing the day, without leaving the app."""

from __future__ import annotations

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from app.services.meetings import mark_not_held
from ui.views.cash_view import CashView
from ui.views.settings_view import SettingsView


def test_settings_backs_up_to_the_chosen_file_and_says_it_was_checked(
        ctx, qtbot, tmp_path, monkeypatch):
    told = []
    target = tmp_path / "usb" / "copy.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "Shakha backup (*.db)"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.backup.click()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    assert target.exists() and told[0].startswith(f"The backup was written and checked: "
                                                  f"{target}")


def test_closing_the_day_leaves_a_backup_beside_the_database(ctx, qtbot, db_path,
                                                             monkeypatch):
    from sqlalchemy import select
    from sqlalchemy.orm import Session

    from app.db.models import Meeting, Staff
    from app.db.uow import Actor

    with Session(ctx.engine) as s:
        meeting = s.scalars(select(Meeting)).first()
        officer = s.scalars(select(Staff).where(Staff.role == "field_officer")).first()
    mark_not_held(ctx.engine, Actor(officer.id, officer.username, "field_officer"),
                  meeting.id, "flood")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("0", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    view = CashView(ctx)
    qtbot.addWidget(view)
    view.close_the_day()
    backups = db_path.parent / "backups"
    qtbot.waitUntil(lambda: any(backups.glob("*day-close-2026-11-25*.db")), timeout=15_000)
