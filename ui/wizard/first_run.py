"""First run: this PC has no branch database yet.

Welcome: the language, then "Set up this PC for a branch (enrolment file from head
office)" or "Try the demo". Setting up: the enrolment file (from a USB stick or any
folder) is checked and shown (branch, profile, head office, expiry); the manager types
the branch's names and chooses online registration or a reply file for the USB stick;
Next makes the database, the device key and the enrolment (app.services.branch_setup)
and, online, pulls head office's products, holidays, staff and sanction powers. Then
the manager's password (her one-time code from head office, or — when the staff list
has not come yet — her new account), the existing book if she has it at hand
(ui.wizard.import_page; it can wait), and what was done.

Keyboard-first: every field has a mnemonic, Enter goes on, Escape cancels; in Bengali
the mnemonic is a Latin letter in brackets (as the rest of the app).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from app.format import format_date
from ui.i18n import current_language, install_language
from ui.std_dialogs import open_file_name
from ui.wizard.common import problem_label, show_problem, wait_for

WELCOME, ENROL, MANAGER, BOOK, DONE = range(5)
INSTITUTIONS = {"india_rbi": "Beghoria Janakalyan Samity", "bangladesh_mra": "Janata Bank"}


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.language = QComboBox()
        self.language.addItem("বাংলা", "bn")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if current_language() == "bn" else 1)
        self.language.currentIndexChanged.connect(
            lambda _i: install_language(str(self.language.currentData())))
        self.setup = QRadioButton()
        self.demo = QRadioButton()
        self.setup.setChecked(True)
        self.lang_label = QLabel()
        self.lang_label.setBuddy(self.language)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(self.lang_label)
        row.addWidget(self.language, 1)
        layout.addLayout(row)
        layout.addWidget(self.intro)
        layout.addWidget(self.setup)
        layout.addWidget(self.demo)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Shakha"))
        self.lang_label.setText(self.tr("&Language"))
        self.intro.setText(self.tr("This computer has no branch database yet."))
        self.setup.setText(self.tr("&Set up this PC for a branch (enrolment file from head "
                                   "office)"))
        self.demo.setText(self.tr("Try the &demo (a made-up branch to practise on)"))

    def nextId(self) -> int:
        return ENROL if self.setup.isChecked() else -1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class EnrolPage(QWizardPage):
    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.info: Any = None
        self.done: Any = None
        self.file = QLineEdit()
        self.file.editingFinished.connect(self._preview)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose)
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.name_bn, self.name_en, self.institution = QLineEdit(), QLineEdit(), QLineEdit()
        self.online, self.usb = QRadioButton(), QRadioButton()
        self.online.setChecked(True)
        self.hq_url, self.reply = QLineEdit(), QLineEdit()
        self.problem = problem_label()
        self.form = QFormLayout()
        pick = QHBoxLayout()
        pick.addWidget(self.file, 1)
        pick.addWidget(self.browse)
        self.labels = [QLabel() for _ in range(6)]
        self.form.addRow(self.labels[0], pick)
        self.labels[0].setBuddy(self.file)
        for label, widget in zip(self.labels[1:], (self.name_bn, self.name_en,
                                                   self.institution, self.hq_url, self.reply),
                                 strict=True):
            self.form.addRow(label, widget)
            label.setBuddy(widget)
        self.form.insertRow(1, "", self.found)
        self.form.insertRow(5, "", self.online)
        self.form.insertRow(7, "", self.usb)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Set up this PC for a branch"))
        self.setSubTitle(self.tr("Head office gave you an enrolment file for this branch "
                                 "(on a USB stick, or by e-mail)."))
        for label, text in zip(self.labels, (
                self.tr("&Enrolment file"), self.tr("Branch name (&Bengali)"),
                self.tr("Branch name (E&nglish)"), self.tr("&Institution"),
                self.tr("&Head office's address"), self.tr("&Reply file")), strict=True):
            label.setText(text)
        self.browse.setText(self.tr("Choose… (&F)"))
        self.online.setText(self.tr("Register &online with head office now"))
        self.usb.setText(self.tr("No network: &write the reply for head office to a USB "
                                 "stick"))
        self._show_found()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose(self) -> None:
        name = open_file_name(self, self.tr("Enrolment file"), "",
                              self.tr("Enrolment files (*.enrol *.json);;All files (*)"))
        if name:
            self.file.setText(name)
            self._preview()

    def _preview(self) -> None:
        from app.errors import ShakhaError
        from app.services.branch_setup import preview_enrolment

        self.info = None
        self.problem.setText("")
        if not self.file.text().strip():
            self._show_found()
            return
        try:
            self.info = preview_enrolment(self.file.text().strip())
        except ShakhaError as exc:
            show_problem(self.problem, exc)
        self._show_found()
        if self.info is not None:
            if not self.institution.text():
                self.institution.setText(INSTITUTIONS.get(self.info.profile or "", ""))
            if not self.hq_url.text():
                self.hq_url.setText(self.info.hq_url or "")
            if not self.reply.text():
                self.reply.setText(str(Path(self.file.text()).with_suffix(".reply")))

    def _show_found(self) -> None:
        info = self.info
        self.found.setText("" if info is None else self.tr(
            "Branch {code}, rules {profile}; head office {hq}; valid until {date}.").format(
            code=info.branch_code, profile=info.profile or "—", hq=info.hq_url or "—",
            date=format_date(info.expires, current_language())))

    def validatePage(self) -> bool:
        """Make the database and enrol; the next page needs both."""
        from app.services.branch_setup import NewBranch, set_up_branch

        if self.done is not None:
            return True
        self._preview()
        if self.info is None:
            if not self.problem.text():
                self.problem.setText(self.tr("Choose the enrolment file from head office."))
            return False
        new = NewBranch(self.info.branch_code, self.info.profile or "india_rbi",
                        self.name_en.text(), self.name_bn.text(), self.institution.text())
        try:
            self.done = wait_for(set_up_branch, self.db_path, self.file.text().strip(), new,
                                 online=self.online.isChecked(),
                                 hq_url=self.hq_url.text().strip() or None,
                                 reply_out=self.reply.text().strip() or None)
        except Exception as exc:  # noqa: BLE001 - shown on the page, nothing was made
            show_problem(self.problem, exc)
            return False
        return True


class ManagerPage(QWizardPage):
    """Her one-time code from head office and her own password; or, before head office's
    staff list has come, her new manager's account."""

    def __init__(self) -> None:
        super().__init__()
        self.actor: Any = None
        self.waiting: list[tuple[str, str, str, str]] = []
        self.user = QComboBox()
        self.user.setEditable(True)
        self.code, self.name_en, self.name_bn = QLineEdit(), QLineEdit(), QLineEdit()
        self.password, self.again = QLineEdit(), QLineEdit()
        for line in (self.password, self.again):
            line.setEchoMode(QLineEdit.EchoMode.Password)
        self.problem = problem_label()
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, widget in zip(self.labels, (self.user, self.code, self.name_en,
                                               self.name_bn, self.password, self.again),
                                 strict=True):
            label.setBuddy(widget)
            self.form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        self.retranslate()

    def engine(self) -> Any:
        from app.services.database import open_database as open_engine

        return open_engine(self.wizard().property("db_path"))

    def initializePage(self) -> None:
        from app.services.first_login import awaiting_first_login

        engine = self.engine()
        try:
            self.waiting = [w for w in awaiting_first_login(engine)
                            if w[3] == "branch_manager"]
        finally:
            engine.dispose()
        self.user.clear()
        for username, en, bn, _role in self.waiting:
            self.user.addItem(f"{username} — {bn if current_language() == 'bn' else en}",
                              username)
        with_code = bool(self.waiting)
        self.user.setEditable(not with_code)
        for widget, shown in ((self.code, with_code), (self.name_en, not with_code),
                              (self.name_bn, not with_code)):
            widget.setVisible(shown)
            self.form.labelForField(widget).setVisible(shown)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The branch manager's password"))
        self.setSubTitle(self.tr("Type the one-time code head office gave you, then choose "
                                 "your own password.") if self.waiting else self.tr(
            "Head office's staff list has not come yet: make the manager's account now."))
        for label, text in zip(self.labels, (
                self.tr("&User name"), self.tr("One-time &code"), self.tr("Name (E&nglish)"),
                self.tr("Name (&Bengali)"), self.tr("New &password"),
                self.tr("Password &again")), strict=True):
            label.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def validatePage(self) -> bool:
        from app.services.first_login import create_first_manager, first_login

        if self.actor is not None:
            return True
        engine = self.engine()
        try:
            if self.waiting:
                self.actor = first_login(engine, str(self.user.currentData()),
                                         self.code.text(), self.password.text(),
                                         self.again.text())
            else:
                self.actor = create_first_manager(engine, self.user.currentText(),
                                                  self.name_en.text(), self.name_bn.text(),
                                                  self.password.text(), self.again.text())
        except Exception as exc:  # noqa: BLE001 - shown on the page
            show_problem(self.problem, exc)
            self.password.clear()
            self.again.clear()
            return False
        finally:
            engine.dispose()
        self.wizard().setProperty("manager_actor", self.actor)
        return True


class DonePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.summary)

    def initializePage(self) -> None:
        from ui.i18n import tr_message

        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        done = wizard.enrol.done
        book = wizard.book.result
        lines = [self.tr("This PC is now branch {code}'s: {path}").format(
            code=done.branch_code, path=str(done.path))]
        if done.online:
            lines.append(self.tr("Registered with head office. Loan products: {products}, "
                                 "holidays: {holidays}, staff: {staff}.").format(
                products=done.counts.products, holidays=done.counts.holidays,
                staff=done.counts.staff))
        else:
            lines.append(self.tr("Take {reply} to head office; the first sync (Sync page) "
                                 "then brings the products, holidays, staff and sanction "
                                 "powers.").format(
                reply=str(done.reply)))
        if done.pull_problem:
            lines.append(self.tr("Head office's reference data did not come yet: {why} "
                                 "The Sync page tries again.").format(
                why=tr_message(done.pull_problem, done.pull_params)))
        if book is not None:
            lines.append(self.tr("Existing book brought in: {members} members, {loans} "
                                 "loans.").format(members=book.totals.created.get("members", 0),
                                                  loans=book.totals.created.get("loans", 0)))
        else:
            lines.append(self.tr("The existing book can be brought in later: shakha import, "
                                 "or this wizard's page again from Settings."))
        self.summary.setText("\n\n".join(lines))
        self.setTitle(self.tr("Ready"))


class FirstRunWizard(QWizard):
    def __init__(self, db_path: Path) -> None:
        from ui.wizard.import_page import BookPage

        super().__init__()
        self.setProperty("db_path", str(db_path))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.welcome, self.enrol = WelcomePage(), EnrolPage(db_path)
        self.manager, self.book = ManagerPage(), BookPage()
        for number, page in ((WELCOME, self.welcome), (ENROL, self.enrol),
                             (MANAGER, self.manager), (BOOK, self.book), (DONE, DonePage())):
            self.setPage(number, page)
        self.setStartId(WELCOME)
        self.resize(760, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shakha — first start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def choice(self) -> str:
        """"demo", "branch" (set up) or "" (cancelled)."""
        if self.result() != int(QWizard.DialogCode.Accepted):
            return ""
        return "branch" if self.enrol.done is not None else "demo"


def first_run(db_path: Path) -> tuple[str, str]:
    """Show the wizard; (its choice, the language chosen)."""
    wizard = FirstRunWizard(db_path)
    wizard.exec()
    return wizard.choice, current_language()
