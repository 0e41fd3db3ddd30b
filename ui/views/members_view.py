"""Members: search in Bengali or English; register (with duplicate warnings), transfer,
drop-out, death and the member page."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidFields, ShakhaError
from app.format import (
    date_for_typing,
    format_amount,
    format_date,
    format_number,
    parse_amount,
    parse_date,
)
from app.services.branch import branch_info
from app.services.directory import MemberRow, list_groups, search_members
from app.services.members import (
    DuplicateWarning,
    NewMember,
    drop_out,
    member_page,
    member_problems,
    record_death,
    register_member,
    transfer_member,
)
from app.services.savings import COUNTER_ROLES, close_account
from ui.amounts import read_back
from ui.context import AppContext
from ui.guarded_dialog import GuardedDialog
from ui.i18n import tr_error, tr_message
from ui.labels import (
    account_status,
    attendance,
    id_document,
    journal_kind,
    loan_status,
    member_status,
    savings_kind,
)
from ui.ops import call, show_error, warn
from ui.std_dialogs import open_file_name
from ui.table import Column
from ui.views.base import TablePage


class RegisterMemberDialog(GuardedDialog):
    """The member's particulars; possible duplicates are shown before anything is saved."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.registered = None
        self.photo: bytes | None = None
        self.setWindowTitle(self.tr("Register a member"))
        self.setMinimumWidth(520)  # room for Bengali names and the date hint
        self.group = QComboBox()
        officer = ctx.actor.staff_id if ctx.actor.role == "field_officer" else None
        for g in list_groups(ctx.engine, officer):
            self.group.addItem(f"{g.code} {ctx.pick(g.name_en, g.name_bn)}", g.id)
        self.name_en, self.name_bn = QLineEdit(), QLineEdit()
        self.guardian_en, self.guardian_bn = QLineEdit(), QLineEdit()
        self.id_type, self.id_number = QComboBox(), QLineEdit()
        bangladesh = branch_info(ctx.engine).policy_profile.startswith("bangladesh")
        for code in ("nid", "voter_id") if bangladesh else ("aadhaar", "voter_id",
                                                             "ration_card"):
            self.id_type.addItem(id_document(code), code)
        self.phone, self.income, self.birth = QLineEdit(), QLineEdit(), QLineEdit()
        self.birth.setPlaceholderText(self.tr("day/month/year, like 31/01/1990"))
        self.photo_button = QPushButton(self.tr("Choose photo…"))
        self.photo_button.clicked.connect(self.choose_photo)
        read_back(ctx, self.income)
        form = self.form = QFormLayout(self)
        self.problems: dict[str, QLabel] = {}  # field -> what is wrong with it, under it
        for field, label, widget in (
                ("group", self.tr("Group"), self.group),
                ("name", self.tr("Name (English)"), self.name_en),
                ("", self.tr("Name (Bengali)"), self.name_bn),
                ("", self.tr("Husband / guardian (English)"), self.guardian_en),
                ("", self.tr("Husband / guardian (Bengali)"), self.guardian_bn),
                ("", self.tr("ID document"), self.id_type),
                ("id", self.tr("ID number"), self.id_number),
                ("birth", self.tr("Date of birth"), self.birth),
                ("phone", self.tr("Phone"), self.phone),
                ("income", self.tr("Household income per year"), self.income),
                ("photo", self.tr("Photo"), self.photo_button)):
            form.addRow(label, widget)
            if field:
                problem = QLabel()
                problem.setObjectName("fieldProblem")
                problem.setStyleSheet("color: #b00020")
                problem.setWordWrap(True)
                form.addRow("", problem)
                form.setRowVisible(problem, False)
                self.problems[field] = problem
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def choose_photo(self) -> None:
        path = open_file_name(self, self.tr("Photo"), "", self.tr("Images (*.jpg *.jpeg *.png)"))
        if path:
            self.photo = Path(path).read_bytes()
            self.photo_button.setText(Path(path).name)

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each wrong field's message under it, all at once; the first one gets the
        cursor. A problem of no field of the form is shown in a message box."""
        for field, label in self.problems.items():
            label.setText(problems.get(field, ""))
            self.form.setRowVisible(label, field in problems)
        others = [text for field, text in problems.items() if field not in self.problems]
        if others:
            warn(self, "\n".join(others))
        widgets = {"group": self.group, "name": self.name_en, "id": self.id_number,
                   "birth": self.birth, "phone": self.phone, "income": self.income,
                   "photo": self.photo_button}
        first = next((widgets[f] for f in self.problems if f in problems), None)
        if first is not None:
            first.setFocus()

    def new_member(self) -> NewMember | None:
        """The form as a NewMember, or None after showing what cannot be read (every
        field that is wrong, the service's checks included)."""
        problems: dict[str, str] = {}
        income, birth = 0, None
        try:
            income = parse_amount(self.income.text()) if self.income.text().strip() else 0
        except ShakhaError as exc:
            problems["income"] = tr_error(exc)
        try:
            birth = parse_date(self.birth.text()) if self.birth.text().strip() else None
        except ShakhaError as exc:
            problems["birth"] = tr_error(exc)
        new = NewMember(int(self.group.currentData() or 0), self.name_en.text(),
                         self.name_bn.text(), self.guardian_en.text(), self.guardian_bn.text(),
                         date_of_birth=birth, id_document_type=str(self.id_type.currentData()),
                         id_document_number=self.id_number.text(), phone=self.phone.text(),
                         household_income_minor=income, photo=self.photo)
        on = branch_info(self.ctx.engine).business_date
        for problem in member_problems(new, on):
            problems.setdefault(problem.field, tr_message(problem.text, problem.params))
        self.show_problems(problems)
        return None if problems else new

    def save(self, confirm: bool = False) -> None:
        new = self.new_member()
        if new is None:
            return
        try:
            done = register_member(self.ctx.engine, self.ctx.actor, new, confirm)
        except InvalidFields as exc:
            self.show_problems({p.field: tr_message(p.text, p.params) for p in exc.problems})
            return
        except Exception as exc:  # noqa: BLE001 - every error reaches the user
            show_error(self, exc)
            return
        if done.member_id is None:
            if self.confirm_duplicate(done.warnings):
                self.save(confirm=True)
            return
        self.registered = done
        self.ctx.data_changed.emit("members")
        self.accept()


    def confirm_duplicate(self, warnings: Sequence[DuplicateWarning]) -> bool:
        """'The same person?' — No is the default (Enter does not register her twice);
        a second member with an ID document already registered is the manager's call."""
        names = "\n".join(f"{w.member_code} {self.ctx.pick(w.name_en, w.name_bn)} — "
                          + (self.tr("same ID document") if w.reason == "same_id_document"
                             else self.tr("same name, guardian and village"))
                          for w in warnings)
        same_id = any(w.reason == "same_id_document" for w in warnings)
        if same_id and self.ctx.actor.role not in ("branch_manager", "admin"):
            QMessageBox.information(self, self.tr("Possible duplicate"), self.tr(
                "These members look like the same person:\n{names}\n\nOnly the branch "
                "manager can register her, after checking she is not the same person."
            ).format(names=names))
            return False
        answer = QMessageBox.question(
            self, self.tr("Possible duplicate"),
            self.tr("These members look like the same person:\n{names}\n\n"
                    "Register anyway?").format(names=names),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes


class MemberPageDialog(QDialog):
    """Everything about one member: loans, savings, attendance, passbook, history; a
    savings account is closed from here (its balance paid out at the counter)."""

    def __init__(self, ctx: AppContext, member_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id = ctx, member_id
        self.header = QLabel()
        self.tabs = QTabWidget()
        self.close_account = QPushButton(self.tr("Close the selected savings account…"))
        self.close_account.clicked.connect(self.close_selected_account)
        self.passbook_button = QPushButton(self.tr("Print passbook…"))
        self.passbook_button.clicked.connect(self.print_new_lines)
        self.counter = ctx.actor.role in COUNTER_ROLES + ("admin",)
        actions = QHBoxLayout()  # the actions of the tab shown, and only those
        actions.addStretch()
        actions.addWidget(self.close_account)
        actions.addWidget(self.passbook_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs)
        layout.addLayout(actions)
        self.tabs.currentChanged.connect(lambda _i: self.show_tab_actions())
        self.reload()
        self.resize(720, 480)

    def reload(self) -> None:
        ctx, lang = self.ctx, self.ctx.lang
        page = self.page = member_page(ctx.engine, self.member_id)
        self.setWindowTitle(f"{page.code} {ctx.pick(page.name_en, page.name_bn)}")
        self.header.setText(self.tr(
            "Group {group} · village {village} · joined {joined}\nOutstanding {outstanding} · "
            "arrears {arrears} · savings {savings}").format(
            group=f"{page.group_code} {ctx.pick(page.group_name_en, page.group_name_bn)}",
            village=ctx.pick(page.village_en, page.village_bn),
            joined=format_date(page.joining_date, lang),
            outstanding=format_amount(page.outstanding_minor, lang),
            arrears=format_amount(page.arrears_minor, lang),
            savings=format_amount(page.savings_balance_minor, lang)))
        current = self.tabs.currentIndex()
        self.tabs.clear()
        self.tabs.addTab(self._table([self.tr("Loan"), self.tr("Status"), self.tr("Amount"),
                                      self.tr("Outstanding"), self.tr("Arrears")],
                                     [(x.loan_no, loan_status(x.status),
                                       format_amount(x.principal_minor, lang),
                                       format_amount(x.outstanding_minor, lang),
                                       format_amount(x.arrears_minor, lang))
                                      for x in page.loans], (2, 3, 4)),
                         self.tr("Loans"))
        self.savings = self._table([self.tr("Account"), self.tr("Kind"), self.tr("Status"),
                                    self.tr("Balance")],
                                   [(a.account_no, savings_kind(a.kind),
                                     account_status(a.status),
                                     format_amount(a.balance_minor, lang))
                                    for a in page.savings], (3,))
        self.tabs.addTab(self.savings, self.tr("Savings"))
        self.passbook = self._table([self.tr("Date"), self.tr("Entry"), self.tr("Amount")],
                                    [(format_date(p.on, lang), journal_kind(p.kind),
                                      format_amount(p.amount_minor, lang))
                                     for p in page.passbook], (2,))
        self.tabs.addTab(self.passbook, self.tr("Passbook"))
        self.tabs.addTab(self._table([self.tr("Date"), self.tr("Attendance")],
                                     [(format_date(d, lang), attendance(st))
                                      for d, st in page.attendance]),
                         self.tr("Attendance"))
        self.tabs.setCurrentIndex(max(current, 0))
        self.show_tab_actions()

    def show_tab_actions(self) -> None:
        """Closing an account belongs to the Savings tab, printing to the Passbook tab."""
        tab = self.tabs.currentWidget()
        self.close_account.setVisible(self.counter and tab is getattr(self, "savings", None))
        self.passbook_button.setVisible(tab is getattr(self, "passbook", None))

    def print_new_lines(self) -> None:
        from ui.views.print_passbook import print_passbook

        print_passbook(self, self.ctx, self.member_id)
        self.reload()

    def close_selected_account(self, confirm: bool | None = None) -> int | None:
        """Close the savings account selected on the Savings tab, after the user
        confirms the payout; returns what was paid out."""
        row = self.savings.currentRow()
        if row < 0 or row >= len(self.page.savings):
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Choose the account on the Savings tab first."))
            return None
        account = self.page.savings[row]
        if confirm is None:
            confirm = QMessageBox.question(self, self.windowTitle(), self.tr(
                "Close account {account} and pay out {amount} in cash?").format(
                account=account.account_no,
                amount=format_amount(account.balance_minor, self.ctx.lang))
            ) == QMessageBox.StandardButton.Yes
        if not confirm:
            return None
        paid = call(self, close_account, self.ctx.engine, self.ctx.actor, account.account_id)
        if paid is not None:
            self.ctx.data_changed.emit("cash")
            self.reload()
        return paid

    def _table(self, headers: list[str], rows: list[tuple], money: tuple[int, ...] = ()
               ) -> QTableWidget:
        """Read-only, each column as wide as its text (loan numbers whole), amounts
        right-aligned so their digits line up."""
        table = QTableWidget(len(rows), len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().setVisible(False)  # its numbers would be in Latin digits
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(str(value))
                if c in money:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        return table


class MembersView(TablePage):
    searchable = True

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.buttons: dict[str, QPushButton] = {}
        for key, slot in (("register", self.register), ("page", self.open_page),
                          ("passbook", self.print_passbook),
                          ("transfer", self.transfer), ("drop", self.drop_out),
                          ("death", self.death)):
            button = QPushButton()
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.add_action_row(list(self.buttons.values()))
        self.notice = QLabel()  # the code of the member just registered
        self.notice.setObjectName("notice")
        self.notice.hide()
        self.layout().insertWidget(2, self.notice)  # type: ignore[union-attr]
        QShortcut(QKeySequence("Ctrl+N"), self, self.register)
        self.table.doubleClicked.connect(lambda _i: self.open_page())
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        if hasattr(self, "buttons"):
            texts = {"register": self.tr("Register (Ctrl+N)"), "page": self.tr("Member page"),
                     "passbook": self.tr("Print passbook…"),
                     "transfer": self.tr("Transfer…"), "drop": self.tr("Drop out…"),
                     "death": self.tr("Record death…")}
            for key, text in texts.items():
                self.buttons[key].setText(text)

    def columns(self) -> Sequence[Column]:
        return [
            (lambda: self.tr("Code"), lambda m: m.code, False),
            (lambda: self.tr("Name"), lambda m: self.pick(m.name_en, m.name_bn), False),
            (lambda: self.tr("Husband / guardian"), lambda m: self.pick(m.guardian_en, m.guardian_bn), False),
            (lambda: self.tr("Group"), lambda m: m.group_code, False),
            (lambda: self.tr("Village"), lambda m: self.pick(m.village_en, m.village_bn), False),
            (lambda: self.tr("Status"), lambda m: member_status(m.status), False),
        ]

    def page_title(self) -> str:
        return self.tr("Members")

    def load(self) -> Sequence[MemberRow]:
        return search_members(self.ctx.engine, self.search.text())

    def register(self) -> None:
        """A new member: once saved, her code is said and she is selected in the list."""
        dialog = RegisterMemberDialog(self.ctx, self)
        dialog.exec()
        self.refresh()
        done = dialog.registered
        if done is not None and done.member_id is not None:
            self.search.setText(done.code)  # (refreshes: she is listed, whatever the filter)
            rows = [m.id for m in self.model.rows]
            if done.member_id in rows:
                self.table.selectRow(rows.index(done.member_id))
            self.notice.setText(self.tr("Registered: {code}").format(code=done.code))
            self.notice.setVisible(True)

    def open_page(self) -> None:
        member = self.selected_row()
        if member is not None:
            MemberPageDialog(self.ctx, member.id, self).exec()

    def print_passbook(self) -> None:
        """New lines of the selected member's passbook, from the next free line."""
        member = self.selected_row()
        if member is not None:
            from ui.views.print_passbook import print_passbook

            print_passbook(self, self.ctx, member.id)

    def _reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, self.tr("Reason"))
        return text if ok else None

    def transfer(self) -> None:
        member = self.selected_row()
        if member is None:
            return
        groups = [g for g in list_groups(self.ctx.engine) if g.code != member.group_code]
        labels = [f"{g.code} {self.pick(g.name_en, g.name_bn)}" for g in groups]
        choice, ok = QInputDialog.getItem(self, self.tr("Transfer"), self.tr("To group"),
                                          labels, 0, False)
        reason = self._reason(self.tr("Transfer")) if ok else None
        if reason is not None:
            target = groups[labels.index(choice)]
            call(self, transfer_member, self.ctx.engine, self.ctx.actor, member.id, target.id,
                 reason)
            self.ctx.data_changed.emit("members")
            self.refresh()

    def drop_out(self) -> None:
        member = self.selected_row()
        reason = self._reason(self.tr("Drop out")) if member is not None else None
        if member is not None and reason is not None:
            call(self, drop_out, self.ctx.engine, self.ctx.actor, member.id, reason)
            self.ctx.data_changed.emit("members")
            self.refresh()

    def death(self) -> None:
        member = self.selected_row()
        if member is None:
            return
        text = date_for_typing(branch_info(self.ctx.engine).business_date, self.ctx.lang)
        died = None
        while died is None:  # a date that cannot be read is asked again, as typed
            text, ok = QInputDialog.getText(self, self.tr("Record death"),
                                            self.tr("Date of death (day/month/year)"),
                                            text=text)
            if not ok:
                return
            died = call(self, parse_date, text)
        loans = call(self, record_death, self.ctx.engine, self.ctx.actor, member.id, died)
        if loans:
            QMessageBox.information(self, self.tr("Record death"), self.tr(
                "{count} open loan(s) now await death settlement.").format(
                count=format_number(len(loans), self.ctx.lang)))
        self.ctx.data_changed.emit("members")
        self.refresh()


View = MembersView
