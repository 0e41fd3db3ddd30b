"""`shakha print collection-sheets`: the day's sheets as one PDF, for automation."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

from app.db.engine import default_db_path, open_engine
from app.errors import QT_TR_NOOP, ValidationError


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    path = Path(getattr(args, "db", None) or default_db_path())
    if not path.exists():
        raise ValidationError(QT_TR_NOOP("Database file not found: {path}"), path=str(path))
    return open_engine(path)


def _write(out: str, pdf: bytes) -> None:
    target = Path(out)
    if not target.parent.exists():
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: the folder does not exist."),
                              path=out)
    tmp = target.with_name(target.name + ".part")
    try:
        tmp.write_bytes(pdf)
        os.replace(tmp, target)
    except OSError as exc:
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"), path=out,
                              error=exc.strerror or str(exc)) from None
    print(target)


def _sheets(args: argparse.Namespace) -> int:
    from app.services.printing import collection_sheets_pdf

    try:
        on = date.fromisoformat(args.date)
    except ValueError:
        raise ValidationError(QT_TR_NOOP("Not a date (YYYY-MM-DD): {text}"),
                              text=args.date) from None
    engine = _engine(args)
    _write(args.out, collection_sheets_pdf(engine, on, args.officer, args.lang))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help="print documents to PDF")
    sub = parser.add_subparsers(dest="document", required=True)
    sheets = sub.add_parser("collection-sheets", help="a day's collection sheets")
    sheets.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    sheets.add_argument("--date", required=True)
    sheets.add_argument("--officer", type=int)
    sheets.add_argument("--lang", choices=["bn", "en"], default="bn")
    sheets.add_argument("--out", required=True)
    sheets.set_defaults(handler=_sheets)
