"""The sync the app runs by itself, so a branch that forgets "Sync now" still reaches
head office whenever the network comes back.

Every CHECK_EVERY_MS a worker asks app.sync.service.background_sync, which does nothing
unless sync is set up, something waits and head office answers /health. Never a dialog:
the status bar shows what is pending and the last failure; the Sync page the details.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QThreadPool, QTimer

from ui.ops import Job, log_unexpected

CHECK_EVERY_MS = 60_000
FIRST_CHECK_MS = 15_000  # after start-up has settled


class BackgroundSync(QObject):
    def __init__(self, ctx: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.job: Job | None = None
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)
        QTimer.singleShot(FIRST_CHECK_MS, self.check)

    def check(self) -> None:
        """Start one background attempt unless one is still running."""
        if self.job is not None:
            return
        from app.sync.service import background_sync

        self.job = Job(background_sync, (self.ctx.engine,), {}, cancellable=False)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        QThreadPool.globalInstance().start(self.job)

    def _done(self, result: Any) -> None:
        self.job = None
        if result is not None:
            self.ctx.data_changed.emit("sync")

    def _failed(self, error: BaseException) -> None:
        self.job = None  # a sync error is remembered by the service: the status bar shows it
        log_unexpected(error)
        self.ctx.data_changed.emit("sync")

    def stop(self) -> None:
        self.timer.stop()
