"""Sync: what has not yet reached head office, settings, sync now, USB bundle/receipt."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.format import format_date, format_number, format_time
from app.services.status import status_summary
from app.sync.service import (
    enrol_with_head_office,
    export_usb_bundle,
    export_usb_epoch_request,
    import_usb_receipt,
    restored_from_backup,
    save_sync_settings,
    start_new_epoch,
    sync_settings,
    sync_with_head_office,
)
from ui.context import AppContext
from ui.i18n import tr_message
from ui.ops import call, run_op
from ui.std_dialogs import open_file_name, save_file_name
from ui.views.hq_requests_box import HeadOfficeRequestsBox


class SyncView(QWidget):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.state = QLabel()
        self.state.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.url = QLineEdit()
        self.enrolment = QLabel()  # whether this computer has its device key
        self.enrolment.setWordWrap(True)
        self.enrol_button = QPushButton()
        self.enrol_button.clicked.connect(self.enrol)
        self.save = QPushButton()
        self.save.clicked.connect(self._save)
        self.sync_button = QPushButton()
        self.sync_button.clicked.connect(self.sync_now)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self._export)
        self.receipt_button = QPushButton()
        self.receipt_button.clicked.connect(self._receipt)
        self.epoch_button = QPushButton()  # only after a sync found an old backup
        self.epoch_button.clicked.connect(self.new_epoch)
        self.epoch_usb_button = QPushButton()  # the same, by USB stick
        self.epoch_usb_button.clicked.connect(self.new_epoch_by_usb)
        self.url_label, self.key_label = QLabel(), QLabel()
        form = QFormLayout()
        form.addRow(self.url_label, self.url)
        # the state a field of its own: a wrapped label beside a button in a row was
        # given one line's height and its Bengali clipped (the form measures its own
        # fields' height for their width, not a nested row's)
        form.addRow(self.key_label, self.enrolment)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.enrol_button)
        enrol_row.addStretch()
        form.addRow("", enrol_row)
        buttons = QHBoxLayout()
        for button in (self.save, self.sync_button, self.export_button, self.receipt_button,
                       self.epoch_button, self.epoch_usb_button):
            buttons.addWidget(button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.error)
        layout.addLayout(form)
        layout.addLayout(buttons)
        self.requests = HeadOfficeRequestsBox(ctx)
        layout.addWidget(self.requests, 1)
        layout.addStretch()
        self.url.setText(sync_settings(ctx.engine).hq_url)
        from app.services import roles  # only the manager changes head office's address
        self.url.setReadOnly(not roles.allowed(ctx.actor, roles.SYNC_SETTINGS))
        self.save.setEnabled(roles.allowed(ctx.actor, roles.SYNC_SETTINGS))
        ctx.data_changed.connect(lambda _area: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Sync with head office"))
        self.url_label.setText(self.tr("Head office address"))
        self.key_label.setText(self.tr("Device key"))
        self.enrol_button.setText(self.tr("&Enrol with head office…"))
        self.save.setText(self.tr("Save settings"))
        self.sync_button.setText(self.tr("&Sync now"))
        self.export_button.setText(self.tr("Export USB bundle…"))
        self.receipt_button.setText(self.tr("Import receipt…"))
        self.epoch_button.setText(self.tr("Continue in a &new epoch…"))
        self.epoch_usb_button.setText(self.tr("New epoch by &USB…"))
        self.refresh()

    def refresh(self) -> None:
        summary = status_summary(self.ctx.engine)
        last = self._when(summary.last_ack_time) or self.tr("never")
        if summary.pending_events == 0:
            self.state.setText(self.tr("Everything has reached head office. Last "
                                       "acknowledged: {last}.").format(last=last))
        elif summary.pending_events == 1:
            self.state.setText(self.tr(
                "1 event not yet at head office, from {oldest}; last acknowledged: "
                "{last}.").format(oldest=self._when(summary.oldest_pending), last=last))
        else:
            self.state.setText(self.tr(
                "{n} events not yet at head office, oldest from {oldest}; last "
                "acknowledged: {last}.").format(
                n=format_number(summary.pending_events, self.ctx.lang),
                oldest=self._when(summary.oldest_pending), last=last))
        self.requests.refresh()
        settings = sync_settings(self.ctx.engine)
        self.enrolment.setText(self.tr(
            "This computer is enrolled with head office; its key stays in the database.")
            if settings.enrolled else self.tr(
            "Not enrolled yet: choose the enrolment file head office sent."))
        self.enrol_button.setVisible(self.ctx.actor.role in ("branch_manager", "admin"))
        restored = restored_from_backup(self.ctx.engine) and \
            self.ctx.actor.role in ("branch_manager", "admin")
        self.epoch_button.setVisible(restored)
        self.epoch_usb_button.setVisible(restored)
        if summary.last_error_text:
            text = tr_message(summary.last_error_text, summary.last_error_params or {})
            self.error.setText(self.tr("Last error: {error}").format(error=text))
        else:
            self.error.setText("")

    def _when(self, utc: datetime | None) -> str:
        """A UTC time from the database as this computer's local date and time."""
        if utc is None:
            return ""
        local = utc.replace(tzinfo=UTC).astimezone()
        return f"{format_date(local.date(), self.ctx.lang)} " \
               f"{format_time(local.strftime('%H:%M'), self.ctx.lang)}"

    def enrol(self) -> None:
        """The manager gives the enrolment file head office sent: this computer makes
        its device key and registers it (to the address typed here, else the file's)."""
        path = open_file_name(self, self.tr("Enrolment file from head "
                                            "office"))
        if not path:
            return

        def done(_result: Any) -> None:
            self.url.setText(sync_settings(self.ctx.engine).hq_url)
            self._told(self.tr("This computer is enrolled with head office."))
            self.refresh()

        run_op(self, enrol_with_head_office, self.ctx.engine, self.ctx.actor, path,
               self.url.text(), on_done=done, progress_label=self.tr(
                   "Enrolling with head office…"), changed="sync")

    def _save(self) -> None:
        call(self, save_sync_settings, self.ctx.engine, self.ctx.actor, self.url.text())

    def sync_now(self) -> None:
        self._save()

        def done(_result: Any) -> None:
            self.refresh()

        def failed(_error: BaseException) -> None:
            self.refresh()

        run_op(self, sync_with_head_office, self.ctx.engine, on_done=done, on_failed=failed,
               progress_label=self.tr("Sending to head office…"), cancellable=True,
               changed="sync")

    def _confirm_new_epoch(self) -> bool:
        """The manager confirms that this database was restored from a backup on purpose;
        head office then keeps what it has and the rest is sent in a new epoch."""
        answer = QMessageBox.question(self, self.tr("Continue in a new epoch"), self.tr(
            "This database is older than what head office already holds: it was restored "
            "from a backup. Continue from here in a new epoch? Head office keeps every "
            "event it has; events it does not have are sent again. Work done after the "
            "backup on the lost computer is not on this one — re-enter it if needed."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def new_epoch_by_usb(self) -> None:
        """Write the request to a stick; head office's receipt, imported here, starts it."""
        if not self._confirm_new_epoch():
            return
        path = save_file_name(self, self.tr("New epoch by USB"), "new-epoch.shakha")
        if not path:
            return

        def written(_count: object) -> None:
            QMessageBox.information(self, self.tr("New epoch by USB"), self.tr(
                "Take this file to head office. Import the receipt it gives back here "
                "(Import receipt…); the next USB bundle then carries the new epoch."))
            self.refresh()

        run_op(self, export_usb_epoch_request, self.ctx.engine, self.ctx.actor, path,
               on_done=written)

    def new_epoch(self) -> None:
        if not self._confirm_new_epoch():
            return
        run_op(self, start_new_epoch, self.ctx.engine, self.ctx.actor,
               on_done=lambda _r: self.refresh(), on_failed=lambda _e: self.refresh(),
               progress_label=self.tr("Sending to head office…"), cancellable=True,
               changed="sync")

    def _export(self) -> None:
        path = save_file_name(self, self.tr("Export USB bundle"), "bundle.shakha")
        if path:
            run_op(self, export_usb_bundle, self.ctx.engine, path, changed="sync",
                   on_done=self._exported)

    def _receipt(self) -> None:
        path = open_file_name(self, self.tr("Import receipt"))
        if path:
            run_op(self, import_usb_receipt, self.ctx.engine, path, changed="sync",
                   on_done=lambda acked: self._told(self.tr(
                       "Receipt imported: head office holds everything up to event {n}, and "
                       "its latest reference data is here.").format(
                       n=format_number(acked, self.ctx.lang))))

    def _exported(self, written: tuple[int, int | None]) -> None:
        count, history = written
        text = self.tr("1 event written to the bundle. Take it to head office; bring "
                       "back the receipt.") if count == 1 else self.tr(
            "{n} events written to the bundle. Take it to head office; bring back the "
            "receipt.").format(n=format_number(count, self.ctx.lang))
        if history is not None:
            text += "\n" + self.tr("The branch's history is written beside it, in the file "
                                   "ending .snapshot: take both files.")
        self._told(text)

    def _told(self, text: str) -> None:
        QMessageBox.information(self, self.tr("Sync with head office"), text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


View = SyncView
