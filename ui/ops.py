"""One helper for every service call from the UI (Anki's CollectionOp idea).

    run_op(self, services.meetings.post_meeting, engine, actor, meeting_id,
           on_done=self.after_post, progress_label=self.tr("Posting …"), changed="meetings")

runs the call in a QThreadPool worker, shows a progress dialog when the work takes
longer than a moment, turns a ShakhaError into a translated message box, logs anything
unexpected to the log file (the user sees a translated sentence, never a traceback) and,
on success, emits `ctx.data_changed(changed)` so open views refresh. The context is
`ctx=` or the `ctx` attribute of `parent` (every view has one).

Cancellable work: pass `cancellable=True` and a function that accepts the keyword
arguments `progress(percent, text)` and `cancelled() -> bool`; the dialog's Cancel
button makes `cancelled()` true, the function stops at its next check and raises or
returns what it has.

`call(parent, fn, *args)` is the synchronous variant for quick reads and writes: returns
the result, or None after showing the error.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.errors import QT_TR_NOOP, ShakhaError
from ui.i18n import tr_error, tr_message

_log = logging.getLogger("shakha.ui")


def log_file() -> Path:
    from app.logs import log_file as path

    return path()


def setup_logging() -> None:
    """Unexpected errors go to shakha.log in the user's log folder (rotating, once per
    process: app.logs)."""
    from app.logs import attach

    attach(_log)


def error_text(error: BaseException) -> str:
    """What the user reads: the translated ShakhaError, or a generic sentence."""
    if isinstance(error, ShakhaError):
        return tr_error(error)
    from app.services.database import storage_trouble

    trouble = storage_trouble(error)
    if trouble is not None:
        return tr_error(trouble)
    if isinstance(error, OSError):  # a file, disk or network refusal: the reason, in her words
        from app.os_reasons import os_reason

        return tr_message(QT_TR_NOOP("This could not be done: {reason}. The details were "
                                     "saved to the log file."), {"reason": os_reason(error)})
    return QCoreApplication.translate(
        "", "Something went wrong. The details were saved to the log file.")


def log_unexpected(error: BaseException) -> None:
    """Anything but a ShakhaError is a bug: its traceback goes to the log file."""
    if not isinstance(error, ShakhaError):
        setup_logging()
        _log.error("unexpected error", exc_info=error)


def app_title() -> str:
    """The app's name as a message box's title, in the reader's language."""
    return QCoreApplication.translate("", "Shakha")


def warn(parent: QWidget | None, text: str) -> None:
    """A refusal or problem, already in the reader's words, under the app's name."""
    QMessageBox.warning(parent, app_title(), text)


def show_error(parent: QWidget | None, error: BaseException) -> None:
    log_unexpected(error)
    warn(parent, error_text(error))


def call(parent: QWidget | None, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Quick synchronous service call; returns None after showing an error."""
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # noqa: BLE001 - every error reaches the user as a message
        show_error(parent, exc)
        return None


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, str)


class Job(QRunnable):
    """One service call in a worker thread; results come back as Qt signals."""

    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict,
                 cancellable: bool) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()
        self.cancel_event = threading.Event()
        if cancellable:
            self.kwargs = {**kwargs, "progress": self._progress,
                           "cancelled": self.cancel_event.is_set}

    def _progress(self, percent: int, text: str = "") -> None:
        self.signals.progress.emit(int(percent), text)

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_op(parent: QWidget | None, fn: Callable[..., Any], *args: Any,
           on_done: Callable[[Any], None] | None = None, progress_label: str | None = None,
           changed: str | None = None, ctx: Any = None, cancellable: bool = False,
           on_failed: Callable[[BaseException], None] | None = None, **kwargs: Any) -> Job:
    """Run `fn(*args, **kwargs)` in a worker; report errors; announce `changed`."""
    ctx = ctx if ctx is not None else getattr(parent, "ctx", None)
    dialog: QProgressDialog | None = None
    job = Job(fn, args, kwargs, cancellable)
    if progress_label or cancellable:
        dialog = QProgressDialog(parent)
        dialog.setLabelText(progress_label or "")
        dialog.setRange(0, 100 if cancellable else 0)
        if cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("", "Cancel"))
        else:
            dialog.setCancelButton(None)  # type: ignore[arg-type]
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if cancellable:
            dialog.canceled.connect(job.cancel)

        def progressed(percent: int, text: str) -> None:
            if dialog is not None:
                dialog.setValue(percent)
                if text:
                    dialog.setLabelText(text)

        job.signals.progress.connect(progressed, Qt.ConnectionType.QueuedConnection)

    def finished(result: Any) -> None:
        if dialog is not None:
            dialog.close()
        if on_done is not None:
            on_done(result)
        if ctx is not None and changed:
            ctx.data_changed.emit(changed)

    def failed(error: BaseException) -> None:
        if dialog is not None:
            dialog.close()
        if on_failed is not None:
            on_failed(error)
        show_error(parent, error)

    job.signals.done.connect(finished, Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(failed, Qt.ConnectionType.QueuedConnection)
    _running.add(job)
    job.signals.done.connect(lambda _r: _running.discard(job))
    job.signals.failed.connect(lambda _e: _running.discard(job))
    job.setAutoDelete(False)
    QThreadPool.globalInstance().start(job)
    return job


_running: set[Job] = set()  # keeps jobs (and their signal objects) alive until they finish
