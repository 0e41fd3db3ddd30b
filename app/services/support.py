"""A support bundle: what a technician needs to help a branch, and nothing about members.

`write_support_bundle(out, db_path)` writes a zip with
- `versions.json`: Shakha's version, Python, the operating system, the key libraries,
  whether it runs as the bundle, the database's schema revision;
- `status.json`: the branch code and profile, business date, counts of rows (members,
  loans, …), events waiting for head office, last sync and its error, file and disk sizes;
- `db-check.txt`: `shakha db check`'s findings as codes and row numbers;
- `logs/`: the log file and its rotated copies, scrubbed.

Member data stays out: nothing is read from the members' rows but the words to scrub —
every member's names (English and Bengali), guardian's names, code, national ID, phone
and address, and her savings account and loan numbers — which are replaced by ‹…› in
the logs wherever they appear (a traceback may quote a value); the SQL parameters a
database error quotes are dropped whole. db check's sentences (which name accounts) are
not copied: only each finding's code and its numeric facts.
"""

from __future__ import annotations

import json
import platform
import re
import shutil
import sqlite3
import sys
import zipfile
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from app import __version__
from app.logs import log_files

LIBRARIES = ("PySide6-Essentials", "SQLAlchemy", "alembic", "reportlab", "babel", "httpx",
             "cryptography", "openpyxl", "pypdfium2")
REDACTED = "‹…›"
_PARAMETERS = re.compile(r"\[parameters: .*?\]$", re.MULTILINE)
_COUNTED = ("member", "member_group", "loan", "installment", "savings_account",
            "journal_entry", "outbox_event", "meeting", "staff")


def _versions(db_path: Path | None) -> dict[str, Any]:
    libs: dict[str, str | None] = {}
    for name in LIBRARIES:
        try:
            libs[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            libs[name] = None
    return {"shakha": __version__, "python": sys.version.split()[0],
            "platform": platform.platform(), "machine": platform.machine(),
            "bundled": bool(getattr(sys, "frozen", False)), "libraries": libs,
            "schema": _read_one(db_path, "SELECT version_num FROM alembic_version")}


def _read_one(db_path: Path | None, sql: str) -> Any:
    rows = _read(db_path, sql)
    return rows[0][0] if rows else None


def _read(db_path: Path | None, sql: str) -> list[tuple]:
    if db_path is None or not db_path.is_file():
        return []
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        try:
            return con.execute(sql).fetchall()
        finally:
            con.close()
    except sqlite3.Error:
        return []


def _status(db_path: Path | None) -> dict[str, Any]:
    out: dict[str, Any] = {"database": str(db_path) if db_path else None}
    if db_path is None or not db_path.is_file():
        return out
    out["file_bytes"] = db_path.stat().st_size
    out["disk_free_bytes"] = shutil.disk_usage(db_path.parent).free
    branch = _read(db_path, "SELECT code, policy_profile, business_date FROM branch")
    if branch:
        out["branch"], out["profile"], out["business_date"] = branch[0]
    out["rows"] = {t: _read_one(db_path, f"SELECT count(*) FROM {t}") for t in _COUNTED}
    state = dict(_read(db_path, "SELECT key, value FROM sync_state WHERE key IN "
                                "('acked_seq', 'last_sync', 'last_error', 'epoch', "
                                "'ref_cursor', 'server_time')"))
    out["sync"] = state
    return out


def _check(db_path: Path | None) -> str:
    if db_path is None or not db_path.is_file():
        return "no database\n"
    from app.db.check import check_database

    report = check_database(db_path)
    lines = [f"ok: {report.ok}", f"journal rows: {report.journal_rows}",
             f"outbox events: {report.outbox_events}"]
    for problem in report.problems:
        facts = {k: v for k, v in problem.params.items() if isinstance(v, int)}
        lines.append(f"{problem.code} {json.dumps(facts, sort_keys=True)}")
    return "\n".join(lines) + "\n"


def member_words(db_path: Path | None) -> set[str]:
    """Every value that would identify a member (see the module docstring)."""
    words: set[str] = set()
    for row in _read(db_path, "SELECT name_en, name_bn, guardian_name_en, guardian_name_bn, "
                              "code, id_document_number, phone, address FROM member"):
        words.update(str(v) for v in row if v)
    for table, column in (("savings_account", "account_no"), ("loan", "loan_no")):
        words.update(str(v) for (v,) in _read(db_path, f"SELECT {column} FROM {table}") if v)
    return {w.strip() for w in words if len(w.strip()) >= 3}


def scrub(text: str, words: set[str]) -> str:
    text = _PARAMETERS.sub("[parameters: ‹dropped›]", text)
    for word in sorted(words, key=len, reverse=True):  # "Rina Das" before "Rina"
        if word in text:
            text = text.replace(word, REDACTED)
    return text


def write_support_bundle(out: str | Path, db_path: str | Path | None) -> Path:
    """Write the zip (module docstring); returns its path."""
    out = Path(out)
    db = Path(db_path) if db_path else None
    words = member_words(db)
    made = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    tmp = out.with_name(out.name + ".part")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr("versions.json", json.dumps(_versions(db), indent=1))
            archive.writestr("status.json", json.dumps(_status(db) | {"made": made},
                                                       indent=1, default=str))
            archive.writestr("db-check.txt", _check(db))
            for path in log_files():
                text = path.read_text(encoding="utf-8", errors="replace")
                archive.writestr(f"logs/{path.name}", scrub(text, words))
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return out


def support_bundle_of(engine: Any, out: str | Path) -> Path:
    """The support bundle of the branch database `engine` has open (Settings)."""
    return write_support_bundle(out, engine.url.database)
