"""Today: the meetings of the business date, in meeting order, with what is due."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox, QPushButton

from app.format import format_amount, format_number, format_time
from app.services.status import status_summary
from app.services.today import TodayMeeting, todays_meetings
from ui.table import Column
from ui.views.base import TablePage


class TodayView(TablePage):
    def __init__(self, ctx: Any) -> None:
        super().__init__(ctx)
        # `activated` is Enter and double-click (one signal, so a meeting opens once)
        self.table.activated.connect(lambda _i: self.open_meeting())
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_sheets)
        self.top.addWidget(self.print_button)
        QShortcut(QKeySequence("Ctrl+P"), self).activated.connect(self.print_sheets)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.table.setToolTip(self.tr("Enter or double-click opens the meeting"))
        if hasattr(self, "print_button"):
            self.print_button.setText(self.tr("&Print collection sheets (Ctrl+P)"))

    def print_sheets(self) -> None:
        """The morning's job: this officer's (or the branch's) sheets for the day."""
        from app.services.printing import collection_sheets_pdf
        from ui.views.print_preview import preview_in_background

        on = status_summary(self.ctx.engine).business_date
        officer = self.ctx.actor.staff_id if self.ctx.is_field_officer() else None
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
        return self.tr("Today's meetings")

    def open_meeting(self) -> None:
        """Enter or double-click: open the meeting entry of the selected meeting."""
        meeting = self.selected_row()
        if meeting is None or meeting.status in ("posted", "not_held", "reversed"):
            return
        try:
            from ui.views.meeting_entry import MeetingEntryDialog
        except ModuleNotFoundError:
            QMessageBox.information(self, self.tr("Today's meetings"),
                                    self.tr("Meeting entry is not installed yet."))
            return
        MeetingEntryDialog(self.ctx, meeting.meeting_id, self).exec()
        self.refresh()

    def load(self) -> Sequence[TodayMeeting]:
        on = status_summary(self.ctx.engine).business_date
        officer = self.ctx.actor.staff_id if self.ctx.is_field_officer() else None
        return todays_meetings(self.ctx.engine, on, officer)

    def after_load(self, rows: Sequence[Any]) -> None:
        total = sum(m.due_minor for m in rows)
        self.summary.setText(self.tr("Meetings: {n} · total due {amount}").format(
            n=format_number(len(rows), self.ctx.lang),
            amount=format_amount(total, self.ctx.lang)))


View = TodayView
