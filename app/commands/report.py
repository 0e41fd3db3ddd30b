"""`shakha report portfolio|dcb`: the portfolio reports on the command line."""

from __future__ import annotations

import argparse
import json
from datetime import date

from app.commands import known_officer
from app.db.engine import default_db_path, open_engine
from app.db.migrate import check_branch_file
from app.errors import QT_TR_NOOP, ValidationError
from app.services.reports import dcb_report, portfolio_report


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TR_NOOP("Not a date (YYYY-MM-DD): {text}"), text=text) from None


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    path = args.db or default_db_path()
    check_branch_file(path)  # missing, another program's file, or an unusable schema
    return open_engine(path)


def _portfolio(args: argparse.Namespace) -> int:
    as_of, engine = _date(args.as_of), _engine(args)
    known_officer(engine, args.officer)
    report = portfolio_report(engine, as_of, args.officer)
    print(json.dumps({
        "as_of": report.as_of.isoformat(), "active_loans": report.active_loans,
        "borrowers": report.borrowers, "outstanding_minor": report.outstanding_minor,
        "overdue_minor": report.overdue_minor,
        "par_1_percent": str(report.par_percent(report.par_1_minor)),
        "par_30_percent": str(report.par_percent(report.par_30_minor)),
        "par_90_percent": str(report.par_percent(report.par_90_minor)),
        "ageing": [{"bucket": a.bucket, "loans": a.loans,
                    "outstanding_minor": a.outstanding_minor} for a in report.ageing],
    }, ensure_ascii=False, indent=2))
    return 0


def _dcb(args: argparse.Namespace) -> int:
    start, end = _date(args.start), _date(args.end)
    if end < start:
        raise ValidationError(QT_TR_NOOP("The end date is before the start date."))
    report = dcb_report(_engine(args), start, end)
    print(json.dumps({"start": start.isoformat(), "end": end.isoformat(),
                      "demand_minor": report.demand_minor,
                      "collection_minor": report.collection_minor,
                      "balance_minor": report.balance_minor,
                      "collection_rate_percent": str(report.collection_rate())}, indent=2))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="portfolio reports (PAR, ageing, DCB)")
    sub = parser.add_subparsers(dest="report", required=True)
    portfolio = sub.add_parser("portfolio", help="outstanding, ageing and PAR")
    portfolio.add_argument("--as-of", required=True)
    portfolio.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    portfolio.add_argument("--officer", type=int)
    portfolio.set_defaults(handler=_portfolio)
    dcb = sub.add_parser("dcb", help="demand, collection and balance for a period")
    dcb.add_argument("--start", required=True)
    dcb.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    dcb.add_argument("--end", required=True)
    dcb.set_defaults(handler=_dcb)
