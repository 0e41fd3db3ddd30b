"""The audit trail on screen: who did what and when, filtered by user, business dates,
member or loan, and saved as CSV or Excel (app.services.audit). Read only.

What was done and what it was about read in the user's words and digits (the action's
code stays in its tooltip, and the saved file keeps the codes, for matching with head
office); the details are the record's own data as stored."""

from __future__ import annotations

import re
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
from app.format import format_date, format_number, format_time, to_bengali_digits
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
        self._fill()

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
        self._fill()

    def _fill(self) -> None:
        self.table.setRowCount(len(self.rows))
        lang = self.ctx.lang
        actions, entities = self._actions(), self._entities()
        for r, row in enumerate(self.rows):
            ident = row.entity_id  # a number, a day or days: in her digits; a code stays
            if lang == "bn" and not re.search("[A-Za-z]", ident):
                ident = to_bengali_digits(ident)
            cells = (format_date(row.business_date, lang),
                     f"{format_date(row.at.date(), lang)} "
                     f"{format_time(row.at.strftime('%H:%M:%S'), lang)}",
                     row.username, actions.get(row.action, row.action),
                     f"{entities.get(row.entity, row.entity)} {ident}", row.details)
            for c, text in enumerate(cells):
                self.table.setItem(r, c, QTableWidgetItem(text))
            self.table.item(r, 3).setToolTip(row.action)
        self.table.setVerticalHeaderLabels([format_number(n, lang)
                                            for n in range(1, len(self.rows) + 1)])
        self.table.resizeColumnsToContents()
        self._count()

    def _entities(self) -> dict[str, str]:
        """What an audit row is about, by its entity's code."""
        return {"staff": self.tr("staff member"), "member": self.tr("member"),
                "group": self.tr("group"), "meeting": self.tr("meeting"),
                "meetings": self.tr("meeting"), "loan": self.tr("loan"),
                "savings": self.tr("savings account"), "cash": self.tr("cash"),
                "day": self.tr("day"), "bureau": self.tr("credit bureau"),
                "hq_request": self.tr("head office's request"),
                "opening": self.tr("opening books"), "passbook": self.tr("passbook"),
                "sanction_power": self.tr("sanction power"), "settings": self.tr("settings"),
                "records": self.tr("records")}

    def _actions(self) -> dict[str, str]:
        """What was done, by the audit row's action code (app.db.uow: an event's type
        or an audit row of its own); a code not here shows as it is."""
        return {
            "staff.logged_in": self.tr("Logged in"),
            "staff.logged_out": self.tr("Logged out"),
            "staff.login_failed": self.tr("Login failed"),
            "staff.first_login": self.tr("First login"),
            "staff.locked_out": self.tr("Locked out after failed logins"),
            "staff.unlocked": self.tr("Unlocked"),
            "staff.created": self.tr("Staff member added"),
            "staff.deactivated": self.tr("Staff member deactivated"),
            "staff.password_changed": self.tr("Password changed"),
            "settings.idle_lock": self.tr("Idle lock time set"),
            "sanction_power.set": self.tr("Sanction power set"),
            "member.registered": self.tr("Member registered"),
            "member.transferred": self.tr("Member moved to another group"),
            "member.dropped": self.tr("Member left"),
            "member.died": self.tr("Member's death recorded"),
            "member.readmitted": self.tr("Member readmitted"),
            "group.formed": self.tr("Group formed"),
            "meetings.ensured": self.tr("Meeting days scheduled"),
            "meeting.draft_saved": self.tr("Meeting draft saved"),
            "meeting.posted": self.tr("Meeting posted"),
            "meeting.not_held": self.tr("Meeting marked not held"),
            "meeting.rescheduled": self.tr("Meeting moved to another day"),
            "meeting.reversed": self.tr("Posted meeting reversed"),
            "loan.applied": self.tr("Loan application taken"),
            "loan.recommended": self.tr("Loan recommended"),
            "loan.forwarded": self.tr("Loan sent to head office"),
            "loan.sanctioned": self.tr("Loan sanctioned"),
            "loan.rejected": self.tr("Loan rejected"),
            "loan.kfs_accepted": self.tr("Borrower's agreement to the KFS recorded"),
            "loan.disbursed": self.tr("Loan disbursed"),
            "loan.tranche_paid": self.tr("Tranche paid out"),
            "loan.tranches_closed": self.tr("Tranches closed"),
            "loan.repaid": self.tr("Repayment at the counter"),
            "loan.prepaid": self.tr("Loan closed early (prepayment)"),
            "loan.closed": self.tr("Loan closed"),
            "loan.extended": self.tr("Loan term extended"),
            "loan.reschedule_requested": self.tr("Reschedule requested"),
            "loan.rescheduled": self.tr("Loan rescheduled"),
            "loan.reschedule_rejected": self.tr("Reschedule rejected"),
            "loan.reschedule_reversed": self.tr("Reschedule reversed"),
            "loan.written_off": self.tr("Loan written off"),
            "loan.recovered": self.tr("Recovery after write-off"),
            "loan.reversed": self.tr("Loan entry reversed"),
            "savings.opened": self.tr("Savings account opened"),
            "savings.closed": self.tr("Savings account closed"),
            "savings.deposit": self.tr("Savings deposit at the counter"),
            "savings.withdrawal": self.tr("Savings withdrawal"),
            "savings.interest_posted": self.tr("Savings interest posted"),
            "cash.transfer_in": self.tr("Fund received"),
            "cash.transfer_out": self.tr("Cash sent to the bank"),
            "cash.expense": self.tr("Expense recorded"),
            "cash.transfer_reversed": self.tr("Fund movement reversed"),
            "cash.difference_recorded": self.tr("Cash difference recorded"),
            "cash.difference_settled": self.tr("Cash difference settled"),
            "cash.difference_reversed": self.tr("Cash difference reversed"),
            "day.closed": self.tr("Day closed"),
            "bureau.person_saved": self.tr("Details for the credit bureau saved"),
            "bureau.check_requested": self.tr("Credit bureau check requested"),
            "hq_request.answered": self.tr("Head office's request answered"),
            "opening.imported": self.tr("Opening books imported"),
            "opening.group_imported": self.tr("A group's opening books imported"),
            "passbook.printed": self.tr("Passbook printed"),
            "records.changed": self.tr("Records changed"),
        }

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
