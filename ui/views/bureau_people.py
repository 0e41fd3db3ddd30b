"""The people of a household for the credit bureau: a person's details with the
Roman-letter name the officer checks (spelt from the Bengali to start with), and the
consent read out before a check is asked for. Used by the loan's credit-bureau tab
(ui/views/bureau_panel.py); all rules are in app.services.bureau."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import QT_TRANSLATE_NOOP
from app.format import date_for_typing, format_amount, parse_date
from app.services.bureau import Person, PersonInput, save_person, suggest_latin_name
from ui.context import AppContext
from ui.labels import id_document
from ui.ops import show_error

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
