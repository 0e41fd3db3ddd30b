"""Settings: the interface language and the user's own password."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.services.users import change_password
from ui.context import AppContext
from ui.i18n import install_language
from ui.ops import call


class SettingsView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.language = QComboBox()
        self.language.addItem("বাংলা", "bn")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if ctx.lang == "bn" else 1)
        self.language.currentIndexChanged.connect(self._language)
        self.old_password, self.new_password = QLineEdit(), QLineEdit()
        for field in (self.old_password, self.new_password):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.change = QPushButton()
        self.change.clicked.connect(self._change_password)
        self.lang_label, self.old_label, self.new_label = QLabel(), QLabel(), QLabel()
        self.lang_label.setBuddy(self.language)
        self.old_label.setBuddy(self.old_password)
        self.new_label.setBuddy(self.new_password)
        form = QFormLayout()
        form.addRow(self.lang_label, self.language)
        form.addRow(self.old_label, self.old_password)
        form.addRow(self.new_label, self.new_password)
        form.addRow("", self.change)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(form)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.lang_label.setText(self.tr("&Language"))
        self.old_label.setText(self.tr("Current password"))
        self.new_label.setText(self.tr("New password"))
        self.change.setText(self.tr("&Change password"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language(self) -> None:
        self.ctx.lang = self.language.currentData()
        install_language(self.ctx.lang)
        self.ctx.language_changed.emit()

    def _change_password(self) -> None:
        done = call(self, lambda: change_password(self.ctx.engine, self.ctx.actor,
                                                  self.old_password.text(),
                                                  self.new_password.text()) or True)
        if done:
            self.old_password.clear()
            self.new_password.clear()
            QMessageBox.information(self, "Shakha", self.tr("The password was changed."))


View = SettingsView
