"""One helper for every service call from the UI (Anki's CollectionOp idea).

`run_op` runs the call off the UI thread, shows progress for long work, turns a
ShakhaError into a translated message box, logs anything unexpected (never a traceback
on screen) and tells open views what changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from platformdirs import user_log_dir
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.errors import ShakhaError
from ui.i18n import tr_error

_log = logging.getLogger("shakha.ui")


def _setup_log() -> None:
    from pathlib import Path

    folder = Path(user_log_dir("shakha", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(folder / "shakha.log", encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    _log.addHandler(handler)


def show_error(parent: QWidget | None, error: Exception) -> None:
    if not isinstance(error, ShakhaError):
        if not _log.handlers:
            _setup_log()
        _log.error("unexpected error", exc_info=error)
    QMessageBox.warning(parent, "Shakha", tr_error(error))


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


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


def run_op(parent: QWidget | None, fn: Callable[..., Any], *args: Any,
           on_done: Callable[[Any], None] | None = None, progress_label: str | None = None,
           ctx: Any = None, changed: str | None = None, **kwargs: Any) -> _Job:
    """Run `fn(*args, **kwargs)` in a worker; report errors; announce `changed`."""
    dialog = None
    if progress_label:
        dialog = QProgressDialog(progress_label, None, 0, 0, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
    job = _Job(fn, args, kwargs)

    def finished(result: Any) -> None:
        if dialog:
            dialog.close()
        if on_done:
            on_done(result)
        if ctx is not None and changed:
            ctx.data_changed.emit(changed)

    def failed(error: Exception) -> None:
        if dialog:
            dialog.close()
        show_error(parent, error)

    job.signals.done.connect(finished)
    job.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(job)
    return job
