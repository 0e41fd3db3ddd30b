"""`shakha` sub-commands, one module per area; each exposes `register(subparsers)`.

A command's handler takes the parsed `argparse.Namespace` and returns an exit code.
Handlers raise `ShakhaError` for anything the user did wrong; `app.cli` prints it and
exits 2 (bad input) or 1 (refused / failed check). No traceback ever reaches the user.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from app.errors import QT_TR_NOOP, ValidationError

COMMAND_MODULES = (
    "app.commands.db",
    "app.commands.demo",
    "app.commands.schedule",
    "app.commands.print",
    "app.commands.sync",
    "app.commands.hq",
    "app.commands.report",
)


def existing_file(name: str) -> Path:
    """A file the command reads (a bundle, a receipt), refused if it is not one."""
    path = Path(name)
    if not path.is_file():
        raise ValidationError(QT_TR_NOOP("File not found: {path}"), path=name)
    return path


def output_file(name: str) -> Path:
    """A file the command writes, refused before any work if it cannot be one."""
    path = Path(name)
    if path.is_dir():
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"), path=name,
                              error=os.strerror(errno.EISDIR))
    if not path.absolute().parent.is_dir():
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: the folder does not exist."),
                              path=name)
    return path
