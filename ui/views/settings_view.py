"""Settings: the interface language, the branch's business date, the user's own password."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.format import format_date, format_number
from app.services.status import status_summary
from app.services.users import change_password
from ui.context import AppContext
from ui.i18n import set_language
from ui.ops import call
from ui.std_dialogs import save_file_name


class SettingsView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.language = QComboBox()
        self.language.addItem("বাংলা", "bn")
        self.language.addItem("English", "en")
        self.language.currentIndexChanged.connect(self._language)
        self.business_date = QLabel()
        self.user = QLabel()
        self.old_password, self.new_password, self.repeat_password = (
            QLineEdit(), QLineEdit(), QLineEdit())
        for field in (self.old_password, self.new_password, self.repeat_password):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_password.returnPressed.connect(self._change_password)
        self.change = QPushButton()
        self.change.clicked.connect(self._change_password)
        self.message = QLabel()
        self.message.setObjectName("loginMessage")
        self.lang_label, self.date_label, self.user_label = QLabel(), QLabel(), QLabel()
        self.old_label, self.new_label, self.repeat_label = QLabel(), QLabel(), QLabel()
        self.lang_label.setBuddy(self.language)
        self.old_label.setBuddy(self.old_password)
        self.new_label.setBuddy(self.new_password)
        self.repeat_label.setBuddy(self.repeat_password)
        self.general = QGroupBox()
        form = QFormLayout(self.general)
        form.addRow(self.lang_label, self.language)
        form.addRow(self.date_label, self.business_date)
        form.addRow(self.user_label, self.user)
        self.calibrate = QPushButton()
        self.calibrate.clicked.connect(self._calibrate)
        form.addRow("", self.calibrate)
        self.backup = QPushButton()
        self.backup.clicked.connect(self._backup)
        form.addRow("", self.backup)
        self.book = QPushButton()  # the existing book at going live (manager)
        self.book.clicked.connect(self._book)
        self.book.setVisible(ctx.actor is not None and ctx.actor.role == "branch_manager")
        form.addRow("", self.book)
        self.support = QPushButton()
        self.support.clicked.connect(self._support)
        form.addRow("", self.support)
        self.password_box = QGroupBox()
        pw = QFormLayout(self.password_box)
        pw.addRow(self.old_label, self.old_password)
        pw.addRow(self.new_label, self.new_password)
        pw.addRow(self.repeat_label, self.repeat_password)
        pw.addRow("", self.change)
        pw.addRow("", self.message)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.general)
        layout.addWidget(self.password_box)
        from ui.views.settings_sessions import SessionsBox  # roles, audit, idle lock

        self.sessions = SessionsBox(ctx)
        layout.addWidget(self.sessions)
        layout.addStretch()
        ctx.language_changed.connect(self.refresh)
        ctx.data_changed.connect(lambda _area: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Settings"))
        self.general.setTitle(self.tr("This computer"))
        self.password_box.setTitle(self.tr("My password"))
        self.lang_label.setText(self.tr("&Language"))
        self.date_label.setText(self.tr("Business date"))
        self.user_label.setText(self.tr("Logged in as"))
        self.old_label.setText(self.tr("C&urrent password"))
        self.new_label.setText(self.tr("&New password"))
        self.repeat_label.setText(self.tr("&Repeat the new password"))
        self.change.setText(self.tr("&Change password"))
        self.calibrate.setText(self.tr("Passbook &printer calibration…"))
        self.backup.setText(self.tr("&Back up the database…"))
        self.book.setText(self.tr("Bring in the &existing book…"))
        self.support.setText(self.tr("Save a &support bundle…"))
        self.refresh()

    def _calibrate(self) -> None:
        """Print the test page once and record this printer's margins and offsets."""
        from ui.views.print_calibration import PrinterCalibrationDialog

        PrinterCalibrationDialog(self.ctx, self).exec()

    def _book(self) -> None:
        from ui.wizard.import_page import BookDialog

        BookDialog(self.ctx, self).exec()
        self.ctx.data_changed.emit("members")

    def _support(self) -> None:
        """Versions, logs and the database check for a technician (no member data)."""

        from app.services.support import support_bundle_of
        from ui.ops import run_op

        path = save_file_name(self, self.tr("Save a support bundle"), "shakha-support.zip",
                              self.tr("Zip (*.zip)"))
        if path:
            run_op(self, support_bundle_of, self.ctx.engine, path,
                   progress_label=self.tr("Writing the support bundle …"),
                   on_done=lambda made: QMessageBox.information(
                       self, self.tr("Save a support bundle"),
                       self.tr("Written: {path}. It holds no member's data.").format(
                           path=str(made))))

    def _backup(self) -> None:
        """A checked copy of the branch database where the user says (a USB stick)."""

        from app.services.backup import back_up_to
        from app.services.branch import branch_info
        from ui.ops import run_op

        info = branch_info(self.ctx.engine)
        suggested = f"shakha-{info.code}-{info.business_date.isoformat()}.db"
        path = save_file_name(self, self.tr("Back up the database"), suggested,
                              self.tr("Shakha backup (*.db)"))
        if not path:
            return

        def done(made) -> None:  # type: ignore[no-untyped-def]
            QMessageBox.information(self, self.tr("Back up the database"), self.tr(
                "The backup was written and checked: {path} ({size} MB).").format(
                path=str(made.path),
                size=format_number(max(1, round(made.size_bytes / 1_000_000)), self.ctx.lang)))

        run_op(self, back_up_to, self.ctx.engine, path, on_done=done,
               progress_label=self.tr("Backing up the database …"))

    def refresh(self) -> None:
        with QSignalBlocker(self.language):
            self.language.setCurrentIndex(0 if self.ctx.lang == "bn" else 1)
        status = status_summary(self.ctx.engine)
        self.business_date.setText(format_date(status.business_date, self.ctx.lang, "long"))
        self.user.setText(self.ctx.actor.username)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language(self) -> None:
        set_language(self.ctx, self.language.currentData())

    def _change_password(self) -> None:
        if self.new_password.text() != self.repeat_password.text():
            self.message.setText(self.tr("The two new passwords are not the same."))
            self.repeat_password.clear()
            self.repeat_password.setFocus()
            return
        done = call(self, lambda: change_password(self.ctx.engine, self.ctx.actor,
                                                  self.old_password.text(),
                                                  self.new_password.text()) or True)
        if done:
            for field in (self.old_password, self.new_password, self.repeat_password):
                field.clear()
            self.message.setText("")
            QMessageBox.information(self, self.tr("Settings"),
                                    self.tr("Your password was changed."))


View = SettingsView
