"""The countersignature the role table asks for (app.services.roles, COUNTERSIGN): a
second person — one who may do the action alone — gives her user name and password on
the same screen; the service checks both (e.g. the accountant closes the day, the branch
manager countersigns)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from app.errors import ShakhaError
from app.services import roles
from app.services.actor import Actor
from ui.context import AppContext
from ui.i18n import tr_error

NOT_NEEDED = None  # she may do it alone


class CountersignDialog(QDialog):
    def __init__(self, ctx: AppContext, action: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.action = ctx, action
        self.signer: Actor | None = None
        self.note, self.message = QLabel(), QLabel()
        self.note.setWordWrap(True)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.username, self.password = QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.user_label, self.pass_label = QLabel(), QLabel()
        self.user_label.setBuddy(self.username)
        self.pass_label.setBuddy(self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.sign)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.note)
        form.addRow(self.user_label, self.username)
        form.addRow(self.pass_label, self.password)
        form.addRow(self.message)
        form.addRow(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        from PySide6.QtCore import QCoreApplication

        what = QCoreApplication.translate("", roles.ACTION_NAMES[self.action])
        self.setWindowTitle(self.tr("Countersignature"))
        self.note.setText(self.tr("{action}: the branch manager countersigns with her user "
                                  "name and password.").format(action=what))
        self.user_label.setText(self.tr("&User name"))
        self.pass_label.setText(self.tr("&Password"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def sign(self) -> None:
        from app.services.users import authenticate

        try:
            signer = authenticate(self.ctx.engine, self.username.text(), self.password.text(),
                                  record=False)
            roles.require(self.ctx.actor, self.action, signer)
        except ShakhaError as exc:
            self.message.setText(tr_error(exc))
            self.password.clear()
            return
        self.signer = signer
        self.accept()


def countersignature(parent: QWidget | None, ctx: AppContext, action: str
                     ) -> Actor | None | bool:
    """NOT_NEEDED (None) when she may do `action` alone; the countersigning Actor; False
    when it is needed and was not given (cancelled), or the table refuses her anyway."""
    grant = roles.grant(ctx.actor.role, action)
    if grant is not roles.Grant.COUNTERSIGN:
        return NOT_NEEDED
    dialog = CountersignDialog(ctx, action, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.signer is None:
        return False
    return dialog.signer
