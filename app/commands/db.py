"""`shakha db upgrade|backup|restore|check`: the branch database's administration."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.db.backups import backup_database
from app.db.check import check_database
from app.db.engine import default_db_path
from app.db.migrate import check_branch_file, current_revision, upgrade_database
from app.errors import QT_TR_NOOP, IntegrityFailure, PermissionDenied


def db_path(args: argparse.Namespace) -> Path:
    return Path(getattr(args, "db", None) or default_db_path())


def _existing(args: argparse.Namespace, current: bool = True) -> Path:
    """The branch database named, refused before anything opens it if it is missing,
    not a Shakha database, or of a schema this version cannot read (app.db.migrate)."""
    path = db_path(args)
    check_branch_file(path, current=current)
    return path


def _upgrade(args: argparse.Namespace) -> int:
    path = db_path(args)
    if path.exists() or path.is_dir():  # refused before anything opens it
        check_branch_file(path, current=False, new_ok=True)
    before = current_revision(path) if path.exists() else None
    backup = upgrade_database(path)
    after = current_revision(path)
    if not path.exists() or before == after:
        print(f"database {path} is already at the newest schema ({after}); nothing to do")
    elif before is None:
        print(f"database {path} created at schema {after}")
    else:
        print(f"database {path} upgraded from schema {before} to {after}")
    if backup:
        print(f"backup before the upgrade: {backup}")
    return 0


def _backup(args: argparse.Namespace) -> int:
    from app.db.lock import shared

    path = _existing(args, current=False)  # a copy before an upgrade is what it is for
    if args.out is None:
        with shared(path):  # read back before it is named (backup_database checks)
            print(backup_database(path))
        return 0
    from app.db.engine import open_engine
    from app.services.backup import back_up_to

    engine = open_engine(path)
    try:
        print(back_up_to(engine, args.out).path)
    finally:
        engine.dispose()
    return 0


def _unlock(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """What opens a backup whose key this computer does not hold: a staff password
    (--user, typed or piped in) or head office's answer to a recovery request."""
    from app.commands.keys import read_password
    from app.db import keyslots, recovery

    def unlock(header) -> bytes:  # type: ignore[no-untyped-def]
        if args.recovery:
            return recovery.open_answer(Path(args.recovery), header.db_id)
        if not args.user:
            raise PermissionDenied(QT_TR_NOOP(
                "This backup's key is not kept on this computer: give a staff password "
                "(--user NAME) or head office's recovery answer (--recovery FILE)."))
        key = keyslots.open_password_slot(header.slots, args.user,
                                          read_password(f"password of {args.user}: "))
        if key is None:
            raise PermissionDenied(QT_TR_NOOP("Wrong user name or password."))
        return key

    return unlock


def _restore(args: argparse.Namespace) -> int:
    from app.db.restore import restore_database

    done = restore_database(args.backup, db_path(args), other_branch=args.other_branch,
                            unlock=_unlock(args))
    print(f"restored {args.backup} (branch {done.branch_code}) into {db_path(args)}" + (
        f"; the previous file was kept as it was, in {done.kept}" if done.kept else ""))
    return 0


def _check(args: argparse.Namespace) -> int:
    report = check_database(_existing(args))
    if report.ok:
        print(f"ok: integrity, foreign keys, {report.journal_rows} journal rows chained, "
              f"{report.outbox_events} outbox events chained, balances equal the ledger")
        return 0
    print(f"{len(report.problems)} problem(s) found:")
    for problem in report.problems:
        print(f"- [{problem.code}] {problem.text}")
    raise IntegrityFailure(QT_TR_NOOP("The database check found problems (listed above)."))


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("db", help="database upgrade, backup, restore, check")
    sub = parser.add_subparsers(dest="db_command", required=True)
    for name, handler, text in (("upgrade", _upgrade, "apply migrations (backup first)"),
                                ("backup", _backup, "consistent copy of the database"),
                                ("restore", _restore, "put a backup in place"),
                                ("check", _check, "integrity, ledger chain and balances")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--db", dest="db", default=argparse.SUPPRESS,
                         help="branch database file")
        cmd.set_defaults(handler=handler)
        if name == "backup":
            cmd.add_argument("--out", help="backup file (default: backups/ beside the db)")
        if name == "restore":
            cmd.add_argument("backup", help="backup file to restore")
            cmd.add_argument("--other-branch", metavar="CODE",
                             help="the backup is of another branch: type its code again")
            cmd.add_argument("--user", help="a staff member whose password opens the backup "
                                            "(when this computer does not hold its key)")
            cmd.add_argument("--recovery", metavar="ANSWER",
                             help="head office's answer to `shakha keys recovery-request "
                                  "--backup FILE`")
