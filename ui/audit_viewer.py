"""The audit trail on screen: who did what and when, filtered by user, business dates,
member or loan, and saved as CSV or Excel (app.services.audit). Read only."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from app.errors import ShakhaError
from app.format import format_date, format_number
from ui.context import AppContext
from ui.i18n import tr_error
from ui.std_dialogs import save_file_name


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _date(q: QDate) -> date:
    return date(q.year(), q.month(), q.day())


class AuditViewer(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        from app.services.status import status_summary
        from app.services.users import list_staff

        self.ctx = ctx
        self.rows: list = []
        self.staff = QComboBox()
        self.staff.addItem("", None)
        for person in list_staff(ctx.engine):
            self.staff.addItem(person.username, person.id)
        today = status_summary(ctx.engine).business_date
        self.use_dates = QCheckBox()
        self.date_from, self.date_to = QDateEdit(_qdate(today)), QDateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.member, self.loan = QLineEdit(), QLineEdit()
        self.show_button, self.export_button = QPushButton(), QPushButton()
        self.show_button.setDefault(True)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self._export)
        for line in (self.member, self.loan):
            line.returnPressed.connect(self.refresh)
        self.labels = [QLabel() for _ in range(5)]
        for label, buddy in zip(self.labels, (self.staff, self.use_dates, self.member,
                                              self.loan, self.date_to), strict=True):
            label.setBuddy(buddy)
        grid = QGridLayout()
        grid.addWidget(self.labels[0], 0, 0)
        grid.addWidget(self.staff, 0, 1)
        grid.addWidget(self.use_dates, 0, 2)
        grid.addWidget(self.date_from, 0, 3)
        grid.addWidget(self.labels[4], 0, 4)
        grid.addWidget(self.date_to, 0, 5)
        grid.addWidget(self.labels[2], 1, 0)
        grid.addWidget(self.member, 1, 1)
        grid.addWidget(self.labels[3], 1, 2)
        grid.addWidget(self.loan, 1, 3)
        grid.addWidget(self.show_button, 1, 4)
        grid.addWidget(self.export_button, 1, 5)
        self.table = QTableWidget(0, 6)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.count, self.message = QLabel(), QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.resize(960, 600)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Audit trail"))
        self.staff.setItemText(0, self.tr("Everyone"))
        for label, text in zip(self.labels, (self.tr("&User"), "", self.tr("&Member code"),
                                             self.tr("&Loan number"), self.tr("to")),
                               strict=True):
            label.setText(text)
        self.use_dates.setText(self.tr("&Business dates from"))
        self.show_button.setText(self.tr("&Show"))
        self.export_button.setText(self.tr("&Export…"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Business date"), self.tr("Time (UTC)"), self.tr("User"),
            self.tr("What"), self.tr("About"), self.tr("Details")])
        self._count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def where(self):  # type: ignore[no-untyped-def]
        from app.services.audit import AuditFilter

        dates = self.use_dates.isChecked()
        return AuditFilter(staff_id=self.staff.currentData(),
                           date_from=_date(self.date_from.date()) if dates else None,
                           date_to=_date(self.date_to.date()) if dates else None,
                           member_code=self.member.text(), loan_no=self.loan.text())

    def refresh(self) -> None:
        from app.services.audit import audit_trail

        try:
            self.rows = audit_trail(self.ctx.engine, self.ctx.actor, self.where())
        except ShakhaError as exc:
            self.message.setText(tr_error(exc))
            return
        self.message.clear()
        self.table.setRowCount(len(self.rows))
        lang = self.ctx.lang
        for r, row in enumerate(self.rows):
            cells = (format_date(row.business_date, lang),
                     row.at.strftime("%Y-%m-%d %H:%M:%S"), row.username, row.action,
                     f"{row.entity} {row.entity_id}", row.details)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self._count()

    def _count(self) -> None:
        self.count.setText(self.tr("{n} rows").format(n=format_number(len(self.rows),
                                                                      self.ctx.lang)))

    def export_to(self, path: str) -> None:
        from app.services.audit import export_audit

        try:
            export_audit(self.rows, path)
        except (OSError, ShakhaError) as exc:
            self.message.setText(tr_error(exc) if isinstance(exc, ShakhaError) else str(exc))
            return
        self.message.setText(self.tr("Saved: {path}").format(path=path))

    def _export(self) -> None:
        path = save_file_name(self, self.tr("Export the audit trail"), "audit.xlsx",
                              self.tr("Excel (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)
