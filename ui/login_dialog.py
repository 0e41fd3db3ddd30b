"""Login: user name and password; the same message for any failure."""

from __future__ import annotations

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

from app.db.uow import Actor
from app.errors import ShakhaError
from app.services.common import Database
from app.services.users import authenticate
from ui.i18n import install_language, tr_error


class LoginDialog(QDialog):
    def __init__(self, engine: Database, branch_name: str, demo: bool, lang: str) -> None:
        super().__init__()
        self.engine = engine
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
        form.addRow(self.user_label, self.username)
        form.addRow(self.pass_label, self.password)
        form.addRow(self.lang_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Shakha — log in"))
        self.title.setText(self.tr("Branch: {name}").format(name=self.branch))
        self.user_label.setText(self.tr("&User name"))
        self.pass_label.setText(self.tr("&Password"))
        self.lang_label.setText(self.tr("&Language"))
        self.hint.setText(self.tr("Demo: user manager, officer1 or accountant; password demo")
                          if self.demo else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language(self) -> None:
        self.lang = self.language.currentData()
        install_language(self.lang)

    def _login(self) -> None:
        try:
            self.actor = authenticate(self.engine, self.username.text(), self.password.text())
        except ShakhaError as exc:
            self.message.setText(tr_error(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
