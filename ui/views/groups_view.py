"""Groups: every group of the branch (or of the officer) with its meeting day."""

from __future__ import annotations

from collections.abc import Sequence

from app.format import format_number, weekday_name
from app.services.directory import GroupRow, list_groups
from ui.table import Column
from ui.views.base import TablePage


class GroupsView(TablePage):
    def columns(self) -> Sequence[Column]:
        return [
            (lambda: self.tr("Code"), lambda g: g.code, False),
            (lambda: self.tr("Group"), lambda g: self.pick(g.name_en, g.name_bn), False),
            (lambda: self.tr("Village"), lambda g: self.pick(g.village_en, g.village_bn), False),
            (lambda: self.tr("Meeting day"), lambda g: weekday_name(g.meeting_weekday, self.ctx.lang), False),
            (lambda: self.tr("Time"), lambda g: g.meeting_time, False),
            (lambda: self.tr("Field officer"), lambda g: self.pick(g.officer_en, g.officer_bn), False),
            (lambda: self.tr("Members"), lambda g: format_number(g.members, self.ctx.lang), True),
        ]

    def page_title(self) -> str:
        return self.tr("Groups")

    def load(self) -> Sequence[GroupRow]:
        officer = self.ctx.actor.staff_id if self.ctx.actor.role == "field_officer" else None
        return list_groups(self.ctx.engine, officer)


View = GroupsView
