"""`shakha keys …`: who can open the encrypted branch database, and recovery through
head office (app.db.keyslots, app.db.recovery, app.db.machine_key).

Passwords are read from the terminal without echo, or one line from standard input when
a script pipes it in; they never appear on the command line (other users of the
computer could read them in the process list).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from app.commands import existing_file, output_file
from app.errors import QT_TR_NOOP, PermissionDenied, ValidationError


def read_password(prompt: str) -> str:
    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    line = sys.stdin.readline()
    if not line:
        raise ValidationError(QT_TR_NOOP("No password was given (standard input is empty)."))
    return line.rstrip("\r\n")


def _db(args: argparse.Namespace) -> Path:
    """The database named (its key need not be on this computer: that is what most of
    these commands are for)."""
    from app.commands.db import db_path

    path = db_path(args)
    if path.is_dir():
        raise ValidationError(QT_TR_NOOP("{path} is a folder, not a database file."),
                              path=str(path))
    if not path.is_file():
        raise ValidationError(QT_TR_NOOP("Database file not found: {path}"), path=str(path))
    return path


def _status(args: argparse.Namespace) -> int:
    from app.db import keyslots, machine_key

    path = _db(args)
    slots = keyslots.read_slots(path)
    if slots is None:
        print(f"{path} is not encrypted yet (run `shakha db upgrade`)")
        return 0
    held = machine_key.load(slots.db_id) is not None
    print(f"database {slots.db_id} (branch {slots.branch or '?'})")
    print(f"staff who can open it with their password: {', '.join(slots.names('password'))}")
    print(f"head office's recovery key: {', '.join(slots.names('recovery')) or 'none'}")
    print(f"this computer holds its key: {'yes' if held else 'no'} ({machine_key.key_dir()})")
    return 0


def _keypair(args: argparse.Namespace) -> int:
    from app.db.recovery import make_key_pair

    out = output_file(args.out)
    if out.exists():
        raise ValidationError(QT_TR_NOOP("{path} exists already; a recovery key is never "
                                         "overwritten."), path=str(out))
    public = make_key_pair(out)
    print(f"head office's recovery private key: {out} (keep it offline; owner-only)")
    print(f"public key for the branches: {public}")
    return 0


def _add_recovery(args: argparse.Namespace) -> int:
    from app.db.lock import shared
    from app.db.recovery import load_public
    from app.db.staff_keys import add_recovery

    path = _db(args)
    public = load_public(existing_file(args.public_key))
    with shared(path):
        key_id = add_recovery(path, public)
    print(f"head office's recovery key {key_id} can now recover {path}")
    return 0


def _request(args: argparse.Namespace) -> int:
    from app.db import backupfile, keyslots
    from app.db.recovery import make_request

    slots: keyslots.KeySlots | None
    if args.backup:
        slots = backupfile.read_header(existing_file(args.backup)).slots
    else:
        path = _db(args)
        slots = keyslots.read_slots(path)
    if slots is None:
        raise ValidationError(QT_TR_NOOP("This database is not encrypted yet."))
    out = make_request(slots, output_file(args.out))
    print(f"recovery request for branch {slots.branch or '?'} written to {out}: send it to "
          "head office, then apply its answer here with `shakha keys recover ANSWER`")
    return 0


def _answer(args: argparse.Namespace) -> int:
    from app.db.recovery import answer_request, load_private

    private = load_private(existing_file(args.recovery_key))
    out = answer_request(existing_file(args.request), private, output_file(args.out))
    print(f"answer written to {out}: it opens only on the computer that asked")
    return 0


def _recover(args: argparse.Namespace) -> int:
    from app.db import keyslots, machine_key, recovery, staff_keys
    from app.db.lock import shared
    from app.db.raw import connect, remember_key

    path = _db(args)
    slots = keyslots.read_slots(path)
    if slots is None:
        raise ValidationError(QT_TR_NOOP("{path} is not encrypted yet."), path=str(path))
    key = recovery.open_answer(existing_file(args.answer), slots.db_id)
    connect(path, key=key).close()  # the key opens this database, or this fails
    with shared(path):
        remember_key(path, key)
        machine_key.store(slots.db_id, key, path)
        if args.user:
            staff_keys.set_password(path, args.user, read_password(
                f"new password for {args.user}: "))
    recovery.used(slots.db_id)
    print(f"{path} recovered: this computer holds its key again" +
          (f"; {args.user} has a new password" if args.user else ""))
    return 0


def _enrol_machine(args: argparse.Namespace) -> int:
    from app.db import keyslots, machine_key, staff_keys
    from app.db.raw import database_key

    path = _db(args)
    slots = keyslots.read_slots(path)
    if slots is None:
        raise ValidationError(QT_TR_NOOP("{path} is not encrypted yet."), path=str(path))
    if not staff_keys.unlock(path, args.user, read_password(f"password of {args.user}: ")):
        raise PermissionDenied(QT_TR_NOOP("Wrong user name or password."))
    key = database_key(path)
    assert key is not None
    machine_key.store(slots.db_id, key, path)
    print(f"this computer now opens {path} for unattended work")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("keys", help="who can open the encrypted database; "
                                                "recovery through head office")
    sub = parser.add_subparsers(dest="keys_command", required=True)

    def command(name: str, handler, text: str, db: bool = True):  # type: ignore[no-untyped-def]
        cmd = sub.add_parser(name, help=text)
        if db:
            cmd.add_argument("--db", dest="db", default=argparse.SUPPRESS,
                             help="branch database file")
        cmd.set_defaults(handler=handler)
        return cmd

    command("status", _status, "the database's key slots and whether this computer holds it")
    command("recovery-keypair", _keypair, "head office: make its recovery key pair",
            db=False).add_argument("--out", required=True, help="private key file to write")
    command("add-recovery", _add_recovery, "seal the key to head office's recovery key"
            ).add_argument("public_key", help="head office's recovery public key file")
    req = command("recovery-request", _request, "branch: ask head office to recover the key")
    req.add_argument("--out", required=True, help="request file to write")
    req.add_argument("--backup", help="recover a backup's key instead of the database's")
    ans = command("recovery-answer", _answer, "head office: answer a recovery request",
                  db=False)
    ans.add_argument("request", help="the branch's request file")
    ans.add_argument("--recovery-key", required=True, help="head office's private key file")
    ans.add_argument("--out", required=True, help="answer file to write")
    rec = command("recover", _recover, "branch: apply head office's answer")
    rec.add_argument("answer", help="head office's answer file")
    rec.add_argument("--user", help="give this staff member a new password (read from "
                                    "the terminal or standard input)")
    command("enrol-machine", _enrol_machine, "let this computer open the database "
            "unattended (a staff password proves it may)").add_argument(
        "--user", required=True, help="staff member whose password opens the key")
