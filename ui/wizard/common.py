"""What the wizard's pages share: a service call that waits (the page cannot go on
without its answer) while the window stays painted, and the error shown on the page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEventLoop, Qt, QThreadPool
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from ui.ops import Job, error_text, log_unexpected


def wait_for(fn: Any, *args: Any, **kwargs: Any) -> Any:
    """`fn(*args, **kwargs)` in a worker; the event loop runs until it is done. Raises
    what it raised."""
    job = Job(fn, args, kwargs, cancellable=False)
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def finished(key: str, value: Any) -> None:
        outcome[key] = value
        loop.quit()

    job.signals.done.connect(lambda r: finished("done", r), Qt.ConnectionType.QueuedConnection)
    job.signals.failed.connect(lambda e: finished("error", e),
                               Qt.ConnectionType.QueuedConnection)
    job.setAutoDelete(False)
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        QThreadPool.globalInstance().start(job)
        loop.exec()
    finally:
        QGuiApplication.restoreOverrideCursor()
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("done")


def problem_label() -> QLabel:
    label = QLabel()
    label.setObjectName("loginMessage")  # the red of the login screen's messages
    label.setWordWrap(True)
    return label


def show_problem(label: QLabel, error: BaseException) -> None:
    log_unexpected(error)
    label.setText(error_text(error))
