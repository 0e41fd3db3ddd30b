"""Today: the meetings of the business date, in meeting order, with what is due —
and, stepping a day back or forward (Alt+Left / Alt+Right, Alt+Home back to today), the
meeting calendar of any other day. From here a meeting is entered (Enter), marked not
held, moved to another day, or (posted, by the manager) reversed."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from app.format import format_amount, format_date, format_number, format_time
from app.services.meetings import ensure_meetings
from app.services.status import status_summary
from app.services.today import TodayMeeting, todays_meetings
from ui.ops import call
from ui.table import Column
from ui.views import meeting_actions
from ui.views.base import TablePage


class TodayView(TablePage):
    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        # `activated` is Enter and double-click (one signal, so a meeting opens once)
        self.table.activated.connect(lambda _i: self.open_meeting())
        self.shown_on: date | None = None  # None: the business date
        self.buttons: dict[str, QPushButton] = {}
        for key, slot, keys in (
                ("previous", lambda: self.step(-1), "Alt+Left"),
                ("today", lambda: self.show_date(None), "Alt+Home"),
                ("next", lambda: self.step(1), "Alt+Right"),
                ("not_held", self.not_held, "Ctrl+H"),
                ("move", self.move, "Ctrl+M"),
                ("reverse", self.reverse, "Ctrl+R")):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[key] = button
            QShortcut(QKeySequence(keys), self).activated.connect(slot)
        self.notice = QLabel()  # what was last posted from here
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.layout().insertWidget(1, self.notice)  # type: ignore[union-attr]
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_sheets)
        self.add_action_row([*self.buttons.values(), self.print_button])
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_sheets)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setToolTip(self.tr("Enter or double-click opens the meeting"))
        if hasattr(self, "print_button"):
            self.print_button.setText(self.tr("&Print collection sheets (Ctrl+P)"))
        if hasattr(self, "buttons"):
            for key, text in (("previous", self.tr("◀ Day before")),
                              ("today", self.tr("Today")), ("next", self.tr("Day after ▶")),
                              ("not_held", self.tr("Not held… (Ctrl+H)")),
                              ("move", self.tr("Move… (Ctrl+M)")),
                              ("reverse", self.tr("Reverse… (Ctrl+R)"))):
                self.buttons[key].setText(text)
            self.buttons["reverse"].setVisible(self.ctx.actor.role == "branch_manager")

    def business_date(self) -> date:
        return status_summary(self.ctx.engine).business_date

    def day(self) -> date:
        return self.shown_on or self.business_date()

    def show_date(self, on: date | None) -> None:
        """Show the meetings of `on` (None: the business date); days ahead are scheduled
        from the groups' weekdays first, so the calendar is never blank."""
        today = self.business_date()
        self.shown_on = None if on == today else on
        if on is not None and on > today:
            call(self, ensure_meetings, self.ctx.engine, self.ctx.actor, on, on)
        self.retranslate()
        self.refresh()

    def step(self, days: int) -> None:
        self.show_date(self.day() + timedelta(days=days))

    def _chosen(self) -> TodayMeeting | None:
        meeting = self.selected_row()
        if meeting is None:
            QMessageBox.information(self, self.page_title(),
                                    self.tr("Choose a meeting in the list first."))
        return meeting

    def not_held(self, reason: str | None = None) -> bool:
        meeting = self._chosen()
        return bool(meeting) and meeting_actions.not_held(self, self.ctx, meeting.meeting_id,
                                                          reason)

    def move(self, new_date: str | None = None, reason: str | None = None) -> bool:
        meeting = self._chosen()
        return bool(meeting) and meeting_actions.move(self, self.ctx, meeting.meeting_id,
                                                      self.day(), new_date, reason)

    def reverse(self, reason: str | None = None) -> bool:
        meeting = self._chosen()
        return bool(meeting) and meeting_actions.reverse(self, self.ctx, meeting.meeting_id,
                                                         reason)

    def print_sheets(self) -> None:
        """The morning's job: this officer's (or the branch's) sheets for the day."""
        from app.services.printing import collection_sheets_pdf
        from ui.views.print_preview import preview_in_background

        on = self.day()
        officer = self.ctx.actor.staff_id if self.ctx.is_field_officer() else None
        if not self.load():
            QMessageBox.information(self, self.tr("Collection sheets"), self.tr(
                "No meetings on {date}: there is no collection sheet to print.").format(
                date=format_date(on, self.ctx.lang)))
            return
        preview_in_background(self, self.tr("Collection sheets"), collection_sheets_pdf,
                              self.ctx.engine, on, officer, self.ctx.lang)

    def columns(self) -> Sequence[Column]:
        lang = lambda: self.ctx.lang  # noqa: E731
        return [
            (lambda: self.tr("Time"), lambda m: format_time(m.meeting_time, self.ctx.lang), False),
            (lambda: self.tr("Group"), lambda m: f"{m.group_code} {self.pick(m.group_name_en, m.group_name_bn)}", False),
            (lambda: self.tr("Village"), lambda m: self.pick(m.village_en, m.village_bn), False),
            (lambda: self.tr("Field officer"), lambda m: self.pick(m.officer_name_en, m.officer_name_bn), False),
            (lambda: self.tr("Members"), lambda m: format_number(m.member_count, lang()), True),
            (lambda: self.tr("Due (with arrears)"), lambda m: format_amount(m.due_minor, lang()), True),
            (lambda: self.tr("Status"), lambda m: self.status_text(m.status), False),
        ]

    def status_text(self, status: str) -> str:
        return {"scheduled": self.tr("not yet entered"), "draft": self.tr("draft"),
                "posted": self.tr("posted"), "not_held": self.tr("not held"),
                "reversed": self.tr("reversed")}.get(status, status)

    def page_title(self) -> str:
        if getattr(self, "shown_on", None) is None:
            return self.tr("Today's meetings")
        assert self.shown_on is not None
        return self.tr("Meetings of {date}").format(
            date=format_date(self.shown_on, self.ctx.lang, "full"))

    def open_meeting(self) -> None:
        """Enter or double-click: the selected meeting's entry — to type, to resume a
        draft, to enter again after a reversal, or (posted, not held) to read."""
        meeting = self.selected_row()
        if meeting is None:
            return
        from ui.views.meeting_entry import MeetingEntryDialog

        dialog = MeetingEntryDialog(self.ctx, meeting.meeting_id, self)
        dialog.exec()
        if dialog.posted:  # what was posted, where the officer looks next: no extra box
            self.notice.setText(dialog.result_text)
            self.notice.setVisible(True)
        self.refresh()

    def load(self) -> Sequence[TodayMeeting]:
        on = self.day()
        officer = self.ctx.actor.staff_id if self.ctx.is_field_officer() else None
        return todays_meetings(self.ctx.engine, on, officer)

    def after_load(self, rows: Sequence[Any]) -> None:
        """Totals of the meetings to be held: one not held collects nothing today."""
        lang = self.ctx.lang
        held = [m for m in rows if m.status != "not_held"]
        text = self.tr("Meetings: {n} · total due {amount}").format(
            n=format_number(len(held), lang),
            amount=format_amount(sum(m.due_minor for m in held), lang))
        if len(held) < len(rows):
            text += " · " + self.tr("not held: {n}").format(
                n=format_number(len(rows) - len(held), lang))
        if not rows:
            text = self.tr("No meetings on this day.")
        self.summary.setText(text)


View = TodayView
