"""`shakha print ...`: documents as PDF files, for automation.

collection-sheets (a day's sheets, up to a week ahead), passbook (new lines, or --reprint),
loan-card, kfs, voucher (a disbursement's payment voucher), receipt, closure-certificate,
calibration (the printer test page), portfolio, dcb and cash-book. --db and --lang may
come before `print` or after the document's name. A --printer must have been calibrated.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.commands import known_officer
from app.db.engine import default_db_path, open_engine
from app.db.migrate import check_branch_file
from app.errors import QT_TR_NOOP, ValidationError
from app.os_reasons import os_reason


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    path = Path(getattr(args, "db", None) or default_db_path())
    check_branch_file(path)  # missing, another program's file, or an unusable schema
    from app.services.branch import use_branch_wording

    engine = open_engine(path)
    use_branch_wording(engine)  # a Bangladesh branch's documents in Bangladesh's words
    return engine


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or "bn"


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
        tmp.unlink(missing_ok=True)
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"), path=out,
                              error=os_reason(exc)) from None
    print(target)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TR_NOOP("Not a date (YYYY-MM-DD): {text}"),
                              text=text) from None


def _sheets(args: argparse.Namespace) -> int:
    from app.services.printing import collection_sheets_pdf

    on = _date(args.date)
    engine = _engine(args)
    known_officer(engine, args.officer)
    _write(args.out, collection_sheets_pdf(engine, on, args.officer, _lang(args)))
    return 0


def _passbook(args: argparse.Namespace) -> int:
    from app.db.uow import Actor
    from app.services.printing import passbook_pdf

    engine = _engine(args)
    printout = passbook_pdf(engine, Actor.system(), args.member, _lang(args),
                            reprint=args.reprint, printer=args.printer)
    _write(args.out, printout.pdf)
    for span in printout.pages:
        print(f"page {span.page}: lines {span.first_line}-{span.last_line}")
    return 0


def _simple(render: str) -> Callable[[argparse.Namespace], int]:
    """A handler calling app.services.printing.<render>(engine, <id>, lang)."""
    def handler(args: argparse.Namespace) -> int:
        from app.services import printing

        engine = _engine(args)
        key = args.loan if hasattr(args, "loan") else args.entry
        _write(args.out, getattr(printing, render)(engine, key, _lang(args)))
        return 0
    return handler


def _calibration(args: argparse.Namespace) -> int:
    from app.services.printing import calibration_pdf

    _write(args.out, calibration_pdf(_engine(args), args.printer, _lang(args)))
    return 0


def _portfolio(args: argparse.Namespace) -> int:
    from app.services.printing import portfolio_pdf

    as_of = _date(args.as_of)
    engine = _engine(args)
    known_officer(engine, args.officer)
    _write(args.out, portfolio_pdf(engine, as_of, args.officer, _lang(args)))
    return 0


def _dcb(args: argparse.Namespace) -> int:
    from app.services.printing import dcb_pdf

    start, end = _date(args.start), _date(args.end)
    if end < start:  # as `shakha report dcb` says
        raise ValidationError(QT_TR_NOOP("The end date is before the start date."))
    _write(args.out, dcb_pdf(_engine(args), start, end, _lang(args)))
    return 0


def _cash_book(args: argparse.Namespace) -> int:
    from app.services.printing import cash_book_pdf

    _write(args.out, cash_book_pdf(_engine(args), _date(args.date), _lang(args)))
    return 0


def _document(sub: argparse._SubParsersAction, name: str, help_text: str
              ) -> argparse.ArgumentParser:
    parser = sub.add_parser(name, help=help_text)
    parser.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    parser.add_argument("--lang", choices=["bn", "en"], default=argparse.SUPPRESS,
                        help="language of the document (default: bn)")
    parser.add_argument("--out", required=True, help="PDF file to write")
    return parser


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("print", help="print documents to PDF")
    sub = parser.add_subparsers(dest="document", required=True)
    sheets = _document(sub, "collection-sheets", "a day's collection sheets")
    sheets.add_argument("--date", required=True)
    sheets.add_argument("--officer", type=int, help="field officer's staff id (default: all)")
    sheets.set_defaults(handler=_sheets)
    passbook = _document(sub, "passbook", "a member's new passbook lines")
    passbook.add_argument("--member", type=int, required=True)
    passbook.add_argument("--reprint", action="store_true",
                          help="every line from page 1 (a lost passbook)")
    passbook.add_argument("--printer", default="",
                          help="a calibrated printer whose offsets to apply")
    passbook.set_defaults(handler=_passbook)
    for name, render, help_text in (
            ("loan-card", "loan_card_pdf", "a loan's card"),
            ("kfs", "kfs_pdf", "a loan's Key Fact Statement"),
            ("voucher", "voucher_pdf", "a loan's disbursement payment voucher"),
            ("closure-certificate", "closure_certificate_pdf", "a closed loan's certificate")):
        doc = _document(sub, name, help_text)
        doc.add_argument("--loan", type=int, required=True)
        doc.set_defaults(handler=_simple(render))
    receipt = _document(sub, "receipt", "the money receipt of a journal entry")
    receipt.add_argument("--entry", type=int, required=True)
    receipt.set_defaults(handler=_simple("receipt_pdf"))
    calibration = _document(sub, "calibration", "the printer calibration page")
    calibration.add_argument("--printer", default="",
                             help="a calibrated printer (its offsets, to check them)")
    calibration.set_defaults(handler=_calibration)
    portfolio = _document(sub, "portfolio", "the portfolio report (PAR, ageing)")
    portfolio.add_argument("--as-of", required=True)
    portfolio.add_argument("--officer", type=int)
    portfolio.set_defaults(handler=_portfolio)
    dcb = _document(sub, "dcb", "the demand-collection-balance report")
    dcb.add_argument("--start", required=True)
    dcb.add_argument("--end", required=True)
    dcb.set_defaults(handler=_dcb)
    cash = _document(sub, "cash-book", "a day's cash book, for signing at day close")
    cash.add_argument("--date", required=True)
    cash.set_defaults(handler=_cash_book)
