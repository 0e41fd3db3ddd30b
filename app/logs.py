"""The log file of unexpected errors (GUI and CLI alike), kept small: it rotates at
MAX_BYTES and keeps BACKUPS older files (shakha.log.1 …), so a PC left running for years
never fills its disk with it, and a support bundle carries only the recent ones."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

MAX_BYTES = 1024 * 1024
BACKUPS = 4
FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"


def log_file() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("shakha", appauthor=False)) / "shakha.log"


def log_files() -> list[Path]:
    """The log and its rotated copies that exist, newest first."""
    first = log_file()
    found = [first] + [first.with_name(f"{first.name}.{k}") for k in range(1, BACKUPS + 1)]
    return [p for p in found if p.is_file()]


def attach(logger: logging.Logger) -> None:
    """Write `logger` to the rotating log file (once a process); standard error when the
    folder cannot be written."""
    if any(isinstance(h, logging.FileHandler) for h in logger.handlers):
        return
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            log_file(), maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
