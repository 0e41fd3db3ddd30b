"""Members: search in Bengali or English by name, guardian or code."""

from __future__ import annotations

from collections.abc import Sequence

from app.services.directory import MemberRow, search_members
from ui.table import Column
from ui.views.base import TablePage


class MembersView(TablePage):
    searchable = True

    def columns(self) -> Sequence[Column]:
        return [
            (lambda: self.tr("Code"), lambda m: m.code, False),
            (lambda: self.tr("Name"), lambda m: self.pick(m.name_en, m.name_bn), False),
            (lambda: self.tr("Husband / guardian"), lambda m: self.pick(m.guardian_en, m.guardian_bn), False),
            (lambda: self.tr("Group"), lambda m: m.group_code, False),
            (lambda: self.tr("Village"), lambda m: self.pick(m.village_en, m.village_bn), False),
            (lambda: self.tr("Status"), lambda m: self.status_text(m.status), False),
        ]

    def status_text(self, status: str) -> str:
        return {"active": self.tr("active"), "dropped": self.tr("dropped out"),
                "dead": self.tr("deceased"), "transferred": self.tr("transferred")
                }.get(status, status)

    def page_title(self) -> str:
        return self.tr("Members")

    def load(self) -> Sequence[MemberRow]:
        return search_members(self.ctx.engine, self.search.text())


View = MembersView
