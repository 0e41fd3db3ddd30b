"""Groups: every group of the branch (or of the officer) with its meeting day; form a group."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from app.format import format_number, format_time, weekday_name
from app.services.directory import GroupRow, list_groups
from app.services.groups import NewGroup, form_group, list_field_officers, list_villages
from ui.context import AppContext
from ui.guarded_dialog import GuardedDialog
from ui.ops import call
from ui.table import Column
from ui.views.base import TablePage


class FormGroupDialog(GuardedDialog):
    """Name, village, meeting day/time/place, field officer and size of a new group."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.formed = None
        self.setWindowTitle(self.tr("Form a group"))
        self.setMinimumWidth(460)
        self.name_en, self.name_bn = QLineEdit(), QLineEdit()
        self.village, self.officer, self.weekday = QComboBox(), QComboBox(), QComboBox()
        for v in list_villages(ctx.engine):
            self.village.addItem(ctx.pick(v.name_en, v.name_bn), v.id)
        for o in list_field_officers(ctx.engine):
            self.officer.addItem(ctx.pick(o.name_en, o.name_bn), o.id)
        if ctx.actor.role == "field_officer":
            self.officer.setCurrentIndex(max(0, self.officer.findData(ctx.actor.staff_id)))
        for day in range(7):
            self.weekday.addItem(weekday_name(day, ctx.lang), day)
        self.time = QLineEdit("10:00")
        self.time.setInputMask("99:99")
        self.place = QLineEdit()
        self.max_size = QSpinBox()
        self.max_size.setRange(1, 20)
        self.max_size.setValue(20)
        form = QFormLayout(self)
        form.addRow(self.tr("Name (English)"), self.name_en)
        form.addRow(self.tr("Name (Bengali)"), self.name_bn)
        form.addRow(self.tr("Village"), self.village)
        form.addRow(self.tr("Meeting day"), self.weekday)
        form.addRow(self.tr("Meeting time"), self.time)
        form.addRow(self.tr("Meeting place"), self.place)
        form.addRow(self.tr("Field officer"), self.officer)
        form.addRow(self.tr("Most members"), self.max_size)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def new_group(self) -> NewGroup:
        return NewGroup(self.name_en.text(), self.name_bn.text(),
                        int(self.village.currentData() or 0), int(self.weekday.currentData()),
                        self.time.text(), int(self.officer.currentData() or 0),
                        self.place.text(), self.max_size.value())

    def save(self) -> None:
        self.formed = call(self, form_group, self.ctx.engine, self.ctx.actor, self.new_group())
        if self.formed is not None:
            self.ctx.data_changed.emit("groups")
            self.accept()


class GroupsView(TablePage):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.form_button = QPushButton()
        self.form_button.clicked.connect(self.form_group)
        self.add_action_row([self.form_button])
        QShortcut(QKeySequence("Ctrl+N"), self, self.form_group)
        self.form_button.setText(self.tr("Form a group (Ctrl+N)"))

    def columns(self) -> Sequence[Column]:
        return [
            (lambda: self.tr("Code"), lambda g: g.code, False),
            (lambda: self.tr("Group"), lambda g: self.pick(g.name_en, g.name_bn), False),
            (lambda: self.tr("Village"), lambda g: self.pick(g.village_en, g.village_bn), False),
            (lambda: self.tr("Meeting day"), lambda g: weekday_name(g.meeting_weekday, self.ctx.lang), False),
            (lambda: self.tr("Time"), lambda g: format_time(g.meeting_time, self.ctx.lang), False),
            (lambda: self.tr("Field officer"), lambda g: self.pick(g.officer_en, g.officer_bn), False),
            (lambda: self.tr("Members"), lambda g: format_number(g.members, self.ctx.lang), True),
        ]

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "form_button"):
            self.form_button.setText(self.tr("Form a group (Ctrl+N)"))

    def page_title(self) -> str:
        return self.tr("Groups")

    def load(self) -> Sequence[GroupRow]:
        officer = self.ctx.actor.staff_id if self.ctx.actor.role == "field_officer" else None
        return list_groups(self.ctx.engine, officer)

    def form_group(self) -> None:
        FormGroupDialog(self.ctx, self).exec()
        self.refresh()


View = GroupsView
