"""Login: user name and password; the same message for any failure.

Shown before the data layer is loaded (engine None): the user types while the database
opens; `set_branch` fills in the branch, and a login asked for meanwhile runs then.
A first login with head office's one-time code (app.services.first_login) opens two
more fields: she chooses her password, and is logged in with it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from app.errors import ShakhaError
from ui.i18n import install_language, tr_error

if TYPE_CHECKING:
    from app.services.actor import Actor
    from app.services.common import Database


class LoginDialog(QDialog):
    def __init__(self, engine: Database | None, branch_name: str, demo: bool,
                 lang: str) -> None:
        super().__init__()
        self.engine = engine
        self.pending = False  # OK pressed before the database was open
        self.actor: Actor | None = None
        self.lang = lang
        self.title = QLabel()
        self.title.setObjectName("loginTitle")
        self.branch = branch_name
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.language = QComboBox()
        self.language.addItem("বাংলা", "bn")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang == "bn" else 1)
        self.language.currentIndexChanged.connect(self._language)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.first_code = ""  # her one-time code, once it proved right
        self.new_password, self.again = QLineEdit(), QLineEdit()
        for line in (self.new_password, self.again):
            line.setEchoMode(QLineEdit.EchoMode.Password)
            line.setVisible(False)
        self.hint = QLabel()
        self.demo = demo
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._login)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.user_label, self.pass_label, self.lang_label = QLabel(), QLabel(), QLabel()
        self.user_label.setBuddy(self.username)
        self.pass_label.setBuddy(self.password)
        self.lang_label.setBuddy(self.language)
        form.addRow(self.user_label, self.username)
        form.addRow(self.pass_label, self.password)
        form.addRow(self.lang_label, self.language)
        self.new_label, self.again_label = QLabel(), QLabel()
        self.new_label.setBuddy(self.new_password)
        self.again_label.setBuddy(self.again)
        form.addRow(self.new_label, self.new_password)
        form.addRow(self.again_label, self.again)
        self.new_label.setVisible(False)
        self.again_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shakha — log in"))
        self.title.setText(self.tr("Branch: {name}").format(name=self.branch or "…"))
        self.user_label.setText(self.tr("&User name"))
        self.pass_label.setText(self.tr("&Password"))
        self.lang_label.setText(self.tr("&Language"))
        self.new_label.setText(self.tr("&New password"))
        self.again_label.setText(self.tr("Password &again"))
        self.hint.setText(self.tr("Demo: user manager, officer1 or accountant; password demo")
                          if self.demo else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language(self) -> None:
        self.lang = self.language.currentData()
        install_language(self.lang)

    def set_branch(self, engine: Database, branch_name: str, demo: bool) -> None:
        """The database is open: show its branch, and log in if OK was already pressed."""
        self.engine, self.branch, self.demo = engine, branch_name, demo
        self.retranslate()
        if self.pending:
            self.pending = False
            self.message.setText("")
            self._login()

    def _login(self) -> None:
        if self.engine is None:
            self.pending = True
            self.message.setText(self.tr("Opening the branch database …"))
            return
        from app.services.first_login import FirstLoginNeeded, first_login
        from app.services.users import authenticate

        try:
            if self.first_code:
                self.actor = first_login(self.engine, self.username.text(), self.first_code,
                                         self.new_password.text(), self.again.text())
            else:
                self.actor = authenticate(self.engine, self.username.text(),
                                          self.password.text())
        except FirstLoginNeeded as exc:  # the one-time code was right: now her password
            self.first_code = self.password.text()
            for widget in (self.new_label, self.new_password, self.again_label, self.again):
                widget.setVisible(True)
            self.username.setReadOnly(True)
            self.password.setEnabled(False)
            self.message.setText(tr_error(exc))
            self.new_password.setFocus()
            return
        except ShakhaError as exc:
            if self.first_code:
                self.message.setText(tr_error(exc))
                self.new_password.clear()
                self.again.clear()
                self.new_password.setFocus()
                return
            self.message.setText(tr_error(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
