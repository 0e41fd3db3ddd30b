"""The credit-bureau tab of a loan: the household's people, where each one's check
stands, what the reports say per person and in total, and the verdict they make.

"Ask for a bureau check" records the person's consent (signature or thumb impression)
and sends the request with the next sync or USB stick; the branch never talks to a
bureau. A person's Roman-letter name (CIC files are Latin-1) is proposed from the
Bengali and saved only when the officer has checked it against the identity document.
All rules are in app.services.bureau*; this only asks and shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.bureau import OURS, CreditSummary
from app.domain.money import to_minor
from app.errors import QT_TRANSLATE_NOOP
from app.format import date_for_typing, format_amount, format_number, parse_date
from app.services.bureau import (
    Person,
    PersonInput,
    ask_for_bureau_check,
    save_person,
    suggest_latin_name,
)
from app.services.bureau_checks import BureauPanel as PanelData
from app.services.bureau_checks import bureau_panel
from ui.context import AppContext
from ui.labels import id_document
from ui.ops import call, show_error
from ui.views.loan_application import failure_text

STATES = {
    "not_asked": QT_TRANSLATE_NOOP("BureauPanel", "not asked"),
    "waiting_to_send": QT_TRANSLATE_NOOP("BureauPanel", "waiting to send"),
    "at_head_office": QT_TRANSLATE_NOOP("BureauPanel", "at head office"),
    "sent": QT_TRANSLATE_NOOP("BureauPanel", "sent to the bureau"),
    "received": QT_TRANSLATE_NOOP("BureauPanel", "report received"),
    "no_record": QT_TRANSLATE_NOOP("BureauPanel", "no record found"),
    "error": QT_TRANSLATE_NOOP("BureauPanel", "error — ask again"),
    "out_of_date": QT_TRANSLATE_NOOP("BureauPanel", "out of date — ask again"),
}
RELATIONS = {
    "self": QT_TRANSLATE_NOOP("BureauPanel", "the member herself"),
    "husband": QT_TRANSLATE_NOOP("BureauPanel", "husband"),
    "father": QT_TRANSLATE_NOOP("BureauPanel", "father"),
    "mother": QT_TRANSLATE_NOOP("BureauPanel", "mother"),
    "son": QT_TRANSLATE_NOOP("BureauPanel", "son"),
    "daughter": QT_TRANSLATE_NOOP("BureauPanel", "daughter"),
    "brother": QT_TRANSLATE_NOOP("BureauPanel", "brother"),
    "sister": QT_TRANSLATE_NOOP("BureauPanel", "sister"),
    "father_in_law": QT_TRANSLATE_NOOP("BureauPanel", "father-in-law"),
    "mother_in_law": QT_TRANSLATE_NOOP("BureauPanel", "mother-in-law"),
    "son_in_law": QT_TRANSLATE_NOOP("BureauPanel", "son-in-law"),
    "daughter_in_law": QT_TRANSLATE_NOOP("BureauPanel", "daughter-in-law"),
    "brother_in_law": QT_TRANSLATE_NOOP("BureauPanel", "brother-in-law"),
    "sister_in_law": QT_TRANSLATE_NOOP("BureauPanel", "sister-in-law"),
    "other": QT_TRANSLATE_NOOP("BureauPanel", "other"),
}
EXTRA_IDS = {"pan": QT_TRANSLATE_NOOP("BureauPanel", "PAN card"),
             "passport": QT_TRANSLATE_NOOP("BureauPanel", "Passport")}
CONSENT_TEXT = QT_TRANSLATE_NOOP(
    "BureauPanel",
    "Read this out: \"To decide on this loan, the branch will ask a credit bureau about "
    "the loans you have with every lender. Head office asks on the branch's behalf; the "
    "report is used only for this decision. Do you agree?\"")


def _t(text: str) -> str:
    return QCoreApplication.translate("BureauPanel", text)


def add_referrals(verdict: QLabel, reasons: QListWidget, preview, lang: str) -> None:  # type: ignore[no-untyped-def]
    """On the application form: what the bureau side leaves to the manager. "Refer to the
    manager" is never shown as "eligible"."""
    if not getattr(preview, "referrals", ()):
        return
    if preview.eligible:
        verdict.setText(QCoreApplication.translate(
            "BureauPanel", "Refer to the manager — the credit bureau side cannot be "
                           "decided yet:"))
    for f in preview.referrals:
        reasons.addItem(failure_text(f.text, f.params, lang))


def add_bureau_tab(tabs: QTabWidget, ctx: AppContext, loan_id: int) -> BureauTab:
    """The loan dialog's hook: one tab, titled in the user's language."""
    tab = BureauTab(ctx, loan_id, tabs)
    tabs.addTab(tab, "")
    tab.retranslate()
    return tab


class BureauTab(QWidget):
    def __init__(self, ctx: AppContext, loan_id: int, tabs: QTabWidget | None = None) -> None:
        super().__init__()
        self.ctx, self.loan_id, self.tabs = ctx, loan_id, tabs
        self.data: PanelData | None = None
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.reasons = QListWidget()
        self.reasons.setWordWrap(True)
        self.reasons.setMaximumHeight(110)
        self.burden = QLabel()
        self.burden.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2,
                                                           QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 230)
        self.table.setWordWrap(True)  # the lenders' names wrap rather than widen the page
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        self.buttons = {key: QPushButton() for key in ("ask", "add", "edit")}
        self.buttons["ask"].clicked.connect(lambda: self.ask())
        self.buttons["add"].clicked.connect(lambda: self.add_person())
        self.buttons["edit"].clicked.connect(lambda: self.edit_person())
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.burden)
        layout.addLayout(row)
        self.retranslate()
        self.reload()

    # ---- showing ---------------------------------------------------------------------
    def reload(self) -> None:
        data = call(self, bureau_panel, self.ctx.engine, self.loan_id)
        if data is None:
            return
        self.data = data
        lang = self.ctx.lang
        self.table.setRowCount(len(data.lines) + 1)
        for r, line in enumerate(data.lines):
            p = line.person
            name = p.name_latin if not self.ctx.bn or not p.name_bn else \
                f"{p.name_bn} ({p.name_latin})"
            self._row(r, (f"{name}\n{_t(RELATIONS.get(p.relation, p.relation))}",
                          _t(STATES.get(line.state, line.state))), line.summary, data.lender)
        total = data.credit.total
        self._row(len(data.lines), (self.tr("Household (each loan once)"), ""), total,
                  data.lender)
        self.table.resizeRowsToContents()
        self.buttons["ask"].setEnabled(data.can_ask)
        self.reasons.clear()
        reasons = data.failures + data.referrals
        if not data.can_ask:
            self.verdict.setText(self.tr("The reports of the household, as last received."))
        elif data.verdict == "not_eligible":
            self.verdict.setText(self.tr("Not eligible — these rules are not met:"))
        elif data.verdict == "refer":
            self.verdict.setText(self.tr("Refer to the manager — the credit bureau side cannot "
                                    "be decided yet:"))
        else:
            self.verdict.setText(self.tr("Eligible: the reports of the household meet every rule."))
        for _code, text, params in reasons:
            self.reasons.addItem(failure_text(text, params, lang))
        self.reasons.setVisible(bool(reasons))
        self.burden.setText(self.tr(
            "Monthly repayments of the household: {total} ({others} to other lenders); "
            "active loans with unknown installments: {unknown}.").format(
            total=format_amount(to_minor(total.monthly_obligations), lang),
            others=format_amount(to_minor(total.other_lenders_monthly), lang),
            unknown=format_number(total.unknown_installments, lang)))

    def _row(self, r: int, first: tuple[str, str], s: CreditSummary, lender: str) -> None:
        lang = self.ctx.lang
        lenders = ", ".join(lender if name == OURS else name for name in s.lenders)
        cells = (*first, lenders, format_number(s.active_loans, lang),
                 format_amount(to_minor(s.outstanding), lang),
                 format_amount(to_minor(s.overdue), lang), format_number(s.worst_dpd, lang),
                 format_amount(to_minor(s.written_off), lang),
                 format_amount(to_minor(s.monthly_obligations), lang)
                 + (" +?" if s.unknown_installments else ""))
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text.replace(", ", ",\n") if c == 2 else text)
            if c >= 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    def selected_person(self) -> Person | None:
        row = self.table.currentRow()
        if self.data is None or not 0 <= row < len(self.data.lines):
            return None
        return self.data.lines[row].person

    # ---- actions -----------------------------------------------------------------------
    def ask(self, method: str | None = None) -> str | None:
        person = self.selected_person()
        if person is None or person.id is None or not person.checked:
            QMessageBox.information(self, self.tr("Ask for a bureau check"), self.tr(
                "Choose a person whose Roman-letter name has been checked (Edit person)."))
            return None
        if method is None:
            dialog = ConsentDialog(person, self)
            if not dialog.exec():
                return None
            method = dialog.method()
        try:
            request_id = ask_for_bureau_check(self.ctx.engine, self.ctx.actor, self.loan_id,
                                              person.id, method)
        except Exception as exc:  # noqa: BLE001 - every error reaches the user
            show_error(self, exc)
            return None
        self.ctx.data_changed.emit("loans")
        self.reload()
        return request_id

    def add_person(self) -> int | None:
        if self.data is None:
            return None
        return self._person_dialog(None)

    def edit_person(self) -> int | None:
        person = self.selected_person()
        return None if person is None else self._person_dialog(person)

    def _person_dialog(self, person: Person | None) -> int | None:
        assert self.data is not None
        dialog = PersonDialog(self.ctx, self.data.member_id, person, self)
        if not dialog.exec() or dialog.saved is None:
            return None
        self.reload()
        return dialog.saved

    def retranslate(self) -> None:
        self.buttons["ask"].setText(self.tr("Ask for a bureau check"))
        self.buttons["add"].setText(self.tr("Add a person of the household"))
        self.buttons["edit"].setText(self.tr("Edit person / check the name"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Person"), self.tr("Check"), self.tr("Lenders"), self.tr("Active loans"),
            self.tr("Outstanding"), self.tr("Overdue"), self.tr("Worst days past due"), self.tr("Written off"),
            self.tr("Monthly repayments")])
        if self.tabs is not None:
            self.tabs.setTabText(self.tabs.indexOf(self), self.tr("Credit bureau"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.data is not None:
                self.reload()
        super().changeEvent(event)


class ConsentDialog(QDialog):
    """The consent read out to the person, and how she (or he) agreed."""

    def __init__(self, person: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent for a credit bureau check"))
        text = QLabel(_t(CONSENT_TEXT))
        text.setWordWrap(True)
        who = QLabel(self.tr("Person: {name}").format(name=person.name_bn or person.name_latin))
        self.signature = QRadioButton(self.tr("Signed the form"))
        self.thumb = QRadioButton(self.tr("Thumb impression on the form"))
        self.group = QButtonGroup(self)
        for button in (self.signature, self.thumb):
            self.group.addButton(button)
        self.agreed = QCheckBox(self.tr("The person agreed, and the form is kept in the file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (who, text, self.signature, self.thumb, self.agreed, buttons):
            layout.addWidget(widget)

    def method(self) -> str:
        return "thumb" if self.thumb.isChecked() else "signature"

    def accept(self) -> None:
        if not self.agreed.isChecked() or self.group.checkedButton() is None:
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Without her consent, signed or thumb-printed, no check is asked for."))
            return
        super().accept()


class PersonDialog(QDialog):
    """One person of the household; saving is the officer's check of the spelling."""

    def __init__(self, ctx: AppContext, member_id: int, person: Person | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.member_id, self.person = ctx, member_id, person
        self.saved: int | None = None
        self.setWindowTitle(self.tr("Person of the household"))
        self.relation, self.gender, self.id_type = QComboBox(), QComboBox(), QComboBox()
        for code, words in RELATIONS.items():
            self.relation.addItem(_t(words), code)
        for code, words in (("F", QT_TRANSLATE_NOOP("BureauPanel", "woman")),
                            ("M", QT_TRANSLATE_NOOP("BureauPanel", "man")),
                            ("T", QT_TRANSLATE_NOOP("BureauPanel", "transgender"))):
            self.gender.addItem(_t(words), code)
        self.id_type.addItem("", "")
        for code in ("aadhaar", "voter_id", "ration_card", "pan", "nid", "passport"):
            self.id_type.addItem(_t(EXTRA_IDS[code]) if code in EXTRA_IDS else id_document(code),
                                 code)
        self.name_bn, self.name_latin, self.born = QLineEdit(), QLineEdit(), QLineEdit()
        self.id_number, self.income = QLineEdit(), QLineEdit()
        self.address, self.postal = QLineEdit(), QLineEdit()
        self.earning = QCheckBox(self.tr("Earns an income (checked with the bureau too)"))
        self.checked = QCheckBox(self.tr("I checked the Roman-letter spelling against the identity "
                                    "document"))
        suggest = QPushButton(self.tr("Spell it from the Bengali"))
        suggest.clicked.connect(self.suggest)
        self.born.setPlaceholderText(self.tr("day/month/year, like 31/01/1990"))
        spelling = QHBoxLayout()
        spelling.addWidget(self.name_latin, 1)
        spelling.addWidget(suggest)
        form = QFormLayout()
        form.addRow(self.tr("Who"), self.relation)
        form.addRow(self.tr("Name in Bengali"), self.name_bn)
        form.addRow(self.tr("Name in Roman letters"), spelling)
        form.addRow("", self.checked)
        form.addRow(self.tr("Woman or man"), self.gender)
        form.addRow(self.tr("Date of birth"), self.born)
        form.addRow(self.tr("Identity document"), self.id_type)
        form.addRow(self.tr("Document number"), self.id_number)
        form.addRow("", self.earning)
        form.addRow(self.tr("Monthly income"), self.income)
        form.addRow(self.tr("Address in Roman letters"), self.address)
        form.addRow(self.tr("Postal code"), self.postal)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._fill(person)

    def _fill(self, p: Person | None) -> None:
        if p is None:
            self.relation.setCurrentIndex(self.relation.findData("husband"))
            self.gender.setCurrentIndex(self.gender.findData("M"))
            return
        self.relation.setCurrentIndex(max(0, self.relation.findData(p.relation)))
        self.relation.setEnabled(p.relation != "self")
        self.gender.setCurrentIndex(max(0, self.gender.findData(p.gender)))
        self.id_type.setCurrentIndex(max(0, self.id_type.findData(p.id_document_type)))
        self.name_bn.setText(p.name_bn)
        self.name_latin.setText(p.name_latin)
        self.checked.setChecked(False)  # every save is a new check by this officer
        self.born.setText(date_for_typing(p.date_of_birth, self.ctx.lang)
                          if p.date_of_birth else "")
        self.id_number.setText(p.id_document_number)
        self.earning.setChecked(p.earning)
        self.income.setText(format_amount(p.monthly_income_minor, self.ctx.lang)
                            if p.monthly_income_minor else "")
        self.address.setText(p.address_latin)
        self.postal.setText(p.postal_code)
        for widget in (self.address, self.postal):
            widget.setEnabled(p.relation == "self")

    def suggest(self) -> None:
        self.name_latin.setText(suggest_latin_name(self.name_bn.text()))
        self.checked.setChecked(False)

    def data(self) -> PersonInput:
        from app.format import parse_amount, to_latin_digits

        born = parse_date(self.born.text()) if self.born.text().strip() else None
        income = parse_amount(self.income.text()) if self.income.text().strip() else 0
        return PersonInput(
            str(self.relation.currentData()), self.name_latin.text().strip(),
            self.name_bn.text().strip(), str(self.gender.currentData()), born,
            str(self.id_type.currentData()), to_latin_digits(self.id_number.text()).strip(),
            self.earning.isChecked(), income, self.address.text().strip(),
            to_latin_digits(self.postal.text()).strip())

    def save(self) -> None:
        if not self.checked.isChecked():
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Check the Roman-letter spelling against the identity document first: the "
                "bureau matches on it."))
            return
        try:
            self.saved = save_person(self.ctx.engine, self.ctx.actor, self.member_id,
                                     self.data(), self.person.id if self.person else None)
        except Exception as exc:  # noqa: BLE001 - every error reaches the user
            show_error(self, exc)
            return
        self.ctx.data_changed.emit("loans")
        self.accept()


__all__ = ["BureauTab", "ConsentDialog", "PersonDialog", "add_bureau_tab", "add_referrals"]
