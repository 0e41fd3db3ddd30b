"""`shakha` with no sub-command opens the desktop interface.

This module is the seam between app/ (no Qt) and ui/: Qt is imported only inside
`launch_gui`, so `shakha --help` and every sub-command start without loading PySide6.
The work itself (fonts, language, database and demo, login, main window) is in
`ui.app_main.run_gui`.

`schema_is_current(path)` lets start-up skip importing Alembic when the database is
already at the newest migration (the common case): it reads the revision with a raw
and the migration files' `revision`/`down_revision` lines. Whenever it is not sure it
says False, and start-up runs app.db.migrate.upgrade_database as usual.

Start-up order (what a user on a slow PC sees): the file's header is checked (a stray
file is refused before any window); the window (login, or the main window with a
"loading" Today page) is shown as soon as Qt is up, before SQLAlchemy, the models or the
encryption libraries are imported; `open_branch` then runs in a worker: the schema check
and any migration (with its backup) first, so before anything can be written (neither
window writes before the database is open), then it imports the data layer, opens the
database and reads what the first screen needs. Nothing here imports SQLAlchemy at
module level.
"""

from __future__ import annotations

import argparse
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.errors import QT_TR_NOOP, ValidationError
from app.os_reasons import os_reason

if TYPE_CHECKING:
    from app.db.uow import Actor
    from app.services.common import Database

SQLITE_HEADER = b"SQLite format 3\x00"
VERSIONS_DIR = Path(__file__).resolve().parents[1] / "migrations" / "branch" / "versions"
_REVISION = re.compile(r"^(down_revision|revision)\s*(?::[^=]*)?=\s*['\"]?([\w-]+|None)['\"]?",
                       re.MULTILINE)
_MERGE = re.compile(r"^down_revision\s*(?::[^=]*)?=\s*\(([^)]*)\)", re.MULTILINE)


def head_revisions(versions_dir: Path = VERSIONS_DIR) -> set[str]:
    revisions: set[str] = set()
    parents: set[str] = set()
    for script in versions_dir.glob("*.py"):
        text = script.read_text(encoding="utf-8")
        found = dict(_REVISION.findall(text))
        if "revision" not in found:
            return set()  # a file we cannot read this way: let Alembic decide
        revisions.add(found["revision"])
        merged = _MERGE.search(text)  # a merge point: down_revision = ('a', 'b', ...)
        if merged:
            parents.update(re.findall(r"['\"]([\w-]+)['\"]", merged.group(1)))
        elif found.get("down_revision", "None") != "None":
            parents.add(found["down_revision"])
    return revisions - parents


def schema_is_current(db_path: str | os.PathLike[str]) -> bool:
    path = Path(db_path)
    if not path.exists():
        return False
    heads = head_revisions()
    if len(heads) != 1:
        return False
    from app.db.raw import DB_ERRORS, connect, database_key, is_plaintext

    if is_plaintext(path):
        return False  # from before encryption: `upgrade_database` converts it
    try:
        con = connect(path, readonly=True, key=database_key(path, must=False) or None)
        try:
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
        finally:
            con.close()
    except DB_ERRORS:
        return False
    return [r[0] for r in rows] == list(heads)


def check_database_file(db_path: str | os.PathLike[str]) -> None:
    """Refuse, with a clear message, a file that is not an SQLite database at all."""
    path = Path(db_path)
    try:
        with path.open("rb") as f:
            header = f.read(16)
    except OSError as exc:
        raise ValidationError(QT_TR_NOOP("Cannot open the database file {path}: {error}"),
                              path=str(path), error=os_reason(exc)) from exc
    keys = Path(os.fspath(path) + ".keys")  # an encrypted database's key file (app.db.keyslots)
    if header and header != SQLITE_HEADER and not keys.is_file():
        raise ValidationError(QT_TR_NOOP("This file is not a Shakha database: {path}"),
                              path=str(path))


def gui_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The GUI's options when `argv` names no sub-command (else None: use the full CLI)."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--db")
    parser.add_argument("--lang", choices=["bn", "en"])
    try:
        args, rest = parser.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None
    return None if rest else args


def prepare_database(path: Path) -> Path | None:
    """Before any window: refuse a stray file (or one a newer Shakha made); migrate
    (backup first) when behind, and return that backup so the user is told.

    Alembic is imported only when the schema is not current (after an update)."""
    check_database_file(path)  # a stray file is refused, not "upgraded"
    if not schema_is_current(path):
        from app.db.migrate import upgrade_database

        return upgrade_database(path)  # backs up first; MigrationFailed leaves it as is
    return None


@dataclass(frozen=True)
class OpenedBranch:
    """What the first screens need, read off the UI thread by `open_branch`."""

    engine: Database
    actor: Actor | None  # None until someone logs in (unless SHAKHA_AUTOLOGIN)
    branch_name_en: str
    branch_name_bn: str
    demo: bool
    wording: str = "bn_IN"  # the branch's Bengali (its policy profile): bn_IN or bn_BD
    upgrade_backup: Path | None = None  # the copy from before, when it was upgraded now


def open_branch(path: Path, login: str | None = None, prepare: bool = False
                ) -> OpenedBranch:
    """Import the data layer, open the database, read the branch; with `prepare`, bring
    it to the newest schema first (prepare_database: backup, then migrate).

    `login` is "user:password" for automation (SHAKHA_AUTOLOGIN); else actor is None.
    Also imports what the Today page uses, so the UI thread need not."""
    backup = prepare_database(path) if prepare else None
    import app.format  # noqa: F401  (imported here, in the worker)
    import app.services.today  # noqa: F401
    from app.db.engine import open_engine
    from app.services.branch import branch_wording
    from app.services.status import is_demo_branch, status_summary
    from app.services.users import authenticate

    engine = open_engine(path)
    actor = None
    if login:
        user, _, password = login.partition(":")
        actor = authenticate(engine, user, password)
    status = status_summary(engine)
    return OpenedBranch(engine, actor, status.branch_name_en, status.branch_name_bn,
                        is_demo_branch(engine), branch_wording(engine), backup)


def launch_gui(args: argparse.Namespace) -> int:
    from ui.app_main import run_gui  # the only place app/ reaches into ui/

    return run_gui(args)
