"""`shakha import` and `shakha import-template`: the branch's existing book comes in.

    shakha import --db BRANCH.db FILE.xlsx|FOLDER --dry-run
    shakha import --db BRANCH.db FILE.xlsx|FOLDER --user manager \
        --outstanding JB-VWE=1234567.00 --outstanding JB-TY=… --savings S --cash C
    shakha import-template --out book.xlsx|FOLDER [--lang bn]

The dry run prints, row by row, what is wrong and what would be created, then the
totals (and, given the trial balance, what differs): exit 0 when the file is clean
(and reconciles, if a trial balance was given), 1 otherwise. The import itself needs
the trial balance and the manager's login (password from SHAKHA_PASSWORD or asked),
and writes nothing unless everything agrees. --lang bn prints the report in Bengali.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.errors import QT_TR_NOOP, ValidationError


def _amount(text: str) -> int:
    from app.services import opening_cells as cell

    try:
        return cell.amount(text)
    except cell.CellError as exc:
        raise ValidationError(exc.text, **exc.params) from None


def trial_balance(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.services.opening_import import TrialBalance

    if not args.outstanding and args.savings is None and args.cash is None:
        return None
    by_product: dict[str, int] = {}
    for item in args.outstanding or ():
        code, sep, amount = item.partition("=")
        if not sep or not code.strip():
            raise ValidationError(QT_TR_NOOP("--outstanding is PRODUCT=AMOUNT, e.g. "
                                             "JB-VWE=125000.00"))
        by_product[code.strip()] = by_product.get(code.strip(), 0) + _amount(amount)
    if args.savings is None or args.cash is None:
        raise ValidationError(QT_TR_NOOP("The trial balance needs --savings and --cash (0 "
                                         "if none) besides the outstanding principal."))
    return TrialBalance({k: v for k, v in by_product.items() if v}, _amount(args.savings),
                        _amount(args.cash))


def _login(engine, username: str | None):  # type: ignore[no-untyped-def]
    from app.services.users import authenticate

    if not username:
        raise ValidationError(QT_TR_NOOP("The import is done by the branch manager: give "
                                         "--user and the password."))
    password = os.environ.get("SHAKHA_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise ValidationError(QT_TR_NOOP("Give the password in SHAKHA_PASSWORD (no "
                                             "terminal to ask it on)."))
        import getpass

        password = getpass.getpass(f"password for {username}: ")
    return authenticate(engine, username, password)


def _import(args: argparse.Namespace) -> int:
    from app.commands.db import _existing
    from app.db.engine import open_engine
    from app.services.opening_import import commit_import, dry_run_import
    from app.services.opening_report import report_lines

    path = _existing(args)
    source = Path(args.file)
    if not source.exists():
        raise ValidationError(QT_TR_NOOP("File not found: {path}"), path=args.file)
    tb = trial_balance(args)
    lang = getattr(args, "lang", None) or "en"
    engine = open_engine(path)
    try:
        report = dry_run_import(engine, source, tb)
        lines = report_lines(report, lang, rows=not args.quiet)
        if args.report:
            Path(args.report).write_text("\n".join(lines) + "\n", encoding="utf-8")
        for line in lines:
            print(line)
        if args.dry_run or not report.reconciled:
            if not args.dry_run and tb is None:
                print("nothing imported: give the opening trial balance (--outstanding, "
                      "--savings, --cash)", file=sys.stderr)
            return 0 if report.ok and (tb is None or report.reconciled) and args.dry_run \
                else 1
        if tb is None:
            print("nothing imported: give the opening trial balance (--outstanding, "
                  "--savings, --cash)", file=sys.stderr)
            return 1
        actor = _login(engine, args.user)
        done = commit_import(engine, actor, source, tb)
    finally:
        engine.dispose()
    created = done.totals.created
    print(f"imported: {created.get('groups', 0)} groups, {created.get('members', 0)} members, "
          f"{created.get('loans', 0)} loans, {created.get('savings', 0)} savings accounts"
          + (f" (batch {done.batch})" if done.batch else " (all of it was in already)"))
    return 0


def _template(args: argparse.Namespace) -> int:
    from app.commands import output_file
    from app.services.opening_templates import write_template

    out = Path(args.out)
    if out.suffix.lower() == ".xlsx":
        output_file(args.out)
    elif out.exists() and not out.is_dir():
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"), path=args.out,
                              error="not a folder")
    print(write_template(out, getattr(args, "lang", None) or "en"))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    cmd = subparsers.add_parser("import", help="bring in the existing book (dry run first)")
    cmd.add_argument("--db", dest="db", default=argparse.SUPPRESS, help="branch database")
    cmd.add_argument("file", help="an .xlsx workbook or a folder of CSV files")
    cmd.add_argument("--dry-run", action="store_true", help="report only, write nothing")
    cmd.add_argument("--outstanding", action="append", metavar="PRODUCT=AMOUNT",
                     help="trial balance: outstanding principal of a product (repeat)")
    cmd.add_argument("--savings", help="trial balance: all savings balances")
    cmd.add_argument("--cash", help="trial balance: cash in the safe")
    cmd.add_argument("--user", help="the branch manager's login")
    cmd.add_argument("--report", help="also write the report to this file")
    cmd.add_argument("--quiet", action="store_true", help="problems and totals only")
    cmd.add_argument("--lang", choices=["bn", "en"], default=argparse.SUPPRESS,
                     help="language of the report")
    cmd.set_defaults(handler=_import)
    tpl = subparsers.add_parser("import-template", help="write the templates to fill in")
    tpl.add_argument("--out", required=True, help="FILE.xlsx or a folder for CSV files")
    tpl.add_argument("--lang", choices=["bn", "en"], default=argparse.SUPPRESS)
    tpl.set_defaults(handler=_template)
