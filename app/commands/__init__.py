"""`shakha` sub-commands, one module per area; each exposes `register(subparsers)`.

A command's handler takes the parsed `argparse.Namespace` and returns an exit code.
Handlers raise `ShakhaError` for anything the user did wrong; `app.cli` prints it and
exits 2 (bad input) or 1 (refused / failed check). No traceback ever reaches the user.
"""

from __future__ import annotations

import argparse
import errno
from datetime import date
from pathlib import Path

from app.errors import QT_TR_NOOP, ValidationError
from app.os_reasons import os_reason

COMMAND_MODULES = (
    "app.commands.db",
    "app.commands.keys",
    "app.commands.demo",
    "app.commands.schedule",
    "app.commands.print",
    "app.commands.sync",
    "app.commands.enrol",
    "app.commands.hq",
    "app.commands.report",
    "app.commands.opening",
    "app.commands.support",
)


def hq_command_factory(sub, wrap):  # type: ignore[no-untyped-def]
    """`command(name, handler, text)` adding a head-office sub-command to `sub`: every
    one takes `--db URL` and has its errors turned into words by `wrap`."""

    def command(name: str, handler, text: str):  # type: ignore[no-untyped-def]
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--db", dest="db", default=argparse.SUPPRESS,
                         help="head-office database URL")
        cmd.set_defaults(handler=wrap(handler))
        return cmd

    return command


def known_officer(engine, officer: int | None) -> None:  # type: ignore[no-untyped-def]
    """A --officer that names nobody is a typo, not "no meetings" or an empty report."""
    from app.errors import NotFound
    from app.services.users import list_staff

    if officer is not None and officer not in {s.id for s in list_staff(engine)}:
        raise NotFound(QT_TR_NOOP("No staff member with number {id}."), id=officer)


def dates_between(name: str, on: date, first: date, last: date) -> None:
    """A date a calculation cannot reach past (the calendar ends in 9999)."""
    if not first <= on <= last:
        raise ValidationError(QT_TR_NOOP("{name} must be a date from {first} to {last}."),
                              name=name, first=first.isoformat(), last=last.isoformat())


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
                              error=os_reason(IsADirectoryError(errno.EISDIR, name)))
    if not path.absolute().parent.is_dir():
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: the folder does not exist."),
                              path=name)
    return path
