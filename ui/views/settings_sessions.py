"""Settings, staff sessions: who may do what (the role table, read only), the audit trail,
the idle lock's time, unlocking a locked-out user, locking the screen and logging out."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services import roles
from ui.context import AppContext
from ui.ops import call


class RolesDialog(QDialog):
    """The role × action table as the services enforce it (app.services.roles)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(len(roles.TABLE), len(roles.ROLE_ORDER))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(900, 640)
        self.retranslate()

    def retranslate(self) -> None:
        from PySide6.QtCore import QCoreApplication

        self.setWindowTitle(self.tr("Who may do what"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("", roles.ROLE_NAMES[r]) for r in roles.ROLE_ORDER])
        self.table.setVerticalHeaderLabels(
            [QCoreApplication.translate("", roles.ACTION_NAMES[a]) for a in roles.TABLE])
        marks = {roles.Grant.YES: "✓", roles.Grant.COUNTERSIGN: self.tr("✓ countersigned"),
                 roles.Grant.NO: "—"}
        for r, (_action, cells) in enumerate(roles.table_rows()):
            for c, grant in enumerate(cells):
                item = QTableWidgetItem(marks[grant])
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.note.setText(self.tr("✓ countersigned: with the branch manager's user name and "
                                  "password as well. The administrator is head office's "
                                  "staff, or the software acting for head office."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class SessionsBox(QGroupBox):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        from app.services.session import IDLE_MAX, IDLE_MIN

        self.ctx = ctx
        manager = roles.allowed(ctx.actor, roles.STAFF_MANAGE)
        self.roles_button, self.audit_button = QPushButton(), QPushButton()
        self.roles_button.clicked.connect(lambda: RolesDialog(self).exec())
        self.audit_button.clicked.connect(self._audit)
        self.audit_button.setVisible(roles.allowed(ctx.actor, roles.AUDIT_VIEW))
        self.lock_button, self.logout_button = QPushButton(), QPushButton()
        self.lock_button.clicked.connect(lambda: self._session("lock"))
        self.logout_button.clicked.connect(lambda: self._session("log_out"))
        self.idle = QSpinBox()
        self.idle.setRange(IDLE_MIN, IDLE_MAX)
        self.idle.setEnabled(manager)
        self.idle_save = QPushButton()
        self.idle_save.setVisible(manager)
        self.idle_save.clicked.connect(self._save_idle)
        self.locked = QComboBox()
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self._unlock)
        self.idle_label, self.locked_label = QLabel(), QLabel()
        self.idle_label.setBuddy(self.idle)
        self.locked_label.setBuddy(self.locked)
        from ui.flow_layout import FlowLayout

        layout = QVBoxLayout(self)
        row = QWidget()
        flow = FlowLayout(row)  # wraps on a narrow window (Bengali labels are long)
        for button in (self.roles_button, self.audit_button, self.lock_button,
                       self.logout_button):
            flow.addWidget(button)
        layout.addWidget(row)
        grid = QGridLayout()
        grid.addWidget(self.idle_label, 0, 0)
        grid.addWidget(self.idle, 0, 1)
        grid.addWidget(self.idle_save, 0, 2)
        grid.addWidget(self.locked_label, 1, 0)
        grid.addWidget(self.locked, 1, 1)
        grid.addWidget(self.unlock_button, 1, 2)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        for widget in (self.locked_label, self.locked, self.unlock_button):
            widget.setVisible(manager)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Staff and sessions"))
        self.roles_button.setText(self.tr("&Who may do what…"))
        self.audit_button.setText(self.tr("&Audit trail…"))
        self.lock_button.setText(self.tr("Lock / sw&itch user (Ctrl+Shift+U)"))
        self.logout_button.setText(self.tr("Log &out (Ctrl+Shift+Q)"))
        self.idle_label.setText(self.tr("Lock after &minutes idle"))
        self.idle_save.setText(self.tr("Sa&ve"))
        self.locked_label.setText(self.tr("Locked out"))
        self.unlock_button.setText(self.tr("Unloc&k"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        from app.services.session import idle_lock_minutes, locked_staff

        self.idle.setValue(idle_lock_minutes(self.ctx.engine))
        self.locked.clear()
        for staff_id, username in locked_staff(self.ctx.engine):
            self.locked.addItem(username, staff_id)
        if not self.locked.count():
            self.locked.addItem(self.tr("nobody"), None)
        self.unlock_button.setEnabled(self.locked.currentData() is not None)

    def _save_idle(self) -> None:
        from app.services.session import set_idle_lock_minutes

        minutes = call(self, set_idle_lock_minutes, self.ctx.engine, self.ctx.actor,
                       self.idle.value())
        guard = getattr(self.window(), "session", None)
        if minutes is not None and guard is not None:
            guard.set_idle_minutes(minutes)

    def _unlock(self) -> None:
        from app.services.session import unlock_staff

        staff_id = self.locked.currentData()
        if staff_id is not None:
            call(self, unlock_staff, self.ctx.engine, self.ctx.actor, staff_id)
            self.refresh()

    def _audit(self) -> None:
        from ui.audit_viewer import AuditViewer

        AuditViewer(self.ctx, self).exec()

    def _session(self, what: str) -> None:
        guard = getattr(self.window(), "session", None)
        if guard is None:
            return
        if what == "lock":
            guard.lock(any_user=True)
        else:
            guard.log_out()
