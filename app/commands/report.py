"""`shakha report portfolio|dcb`: the portfolio and DCB reports as JSON, carrying what the
printed reports show (classification and provisioning, by officer / group / product,
written-off loans, the PAR trend; the DCB's overdue / current / advance split)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from typing import TYPE_CHECKING

from app.commands import known_officer
from app.db.engine import default_db_path, open_engine
from app.db.migrate import check_branch_file
from app.errors import QT_TR_NOOP, ValidationError
from app.services.reports import (
    DcbReport,
    DcbRow,
    PortfolioReport,
    SliceRow,
    dcb_report,
    portfolio_report,
)

if TYPE_CHECKING:
    from app.services.report_trend import TrendPoint


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TR_NOOP("Not a date (YYYY-MM-DD): {text}"), text=text) from None


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    path = args.db or default_db_path()
    check_branch_file(path)  # missing, another program's file, or an unusable schema
    return open_engine(path)


def _slice(row: SliceRow) -> dict:
    return {"id": row.key, "code": row.code, "name_en": row.name_en, "name_bn": row.name_bn,
            "loans": row.loans, "borrowers": row.borrowers,
            "outstanding_minor": row.outstanding_minor, "overdue_minor": row.overdue_minor,
            "par_30_minor": row.par_30_minor, "par_30_percent": str(row.par_percent()),
            "over_90_days_minor": row.risk_minor, "provision_minor": row.provision_minor}


def portfolio_json(report: PortfolioReport, trend: tuple[TrendPoint, ...]) -> dict:
    """The portfolio report as `shakha report portfolio` prints it (the printed report's
    figures: classes, slices, written-off loans, PAR trend)."""
    return {
        "as_of": report.as_of.isoformat(), "profile": report.profile,
        "active_loans": report.active_loans, "borrowers": report.borrowers,
        "outstanding_minor": report.outstanding_minor, "overdue_minor": report.overdue_minor,
        "par_1_percent": str(report.par_percent(report.par_1_minor)),
        "par_30_percent": str(report.par_percent(report.par_30_minor)),
        "par_90_percent": str(report.par_percent(report.par_90_minor)),
        "ageing": [{"bucket": a.bucket, "loans": a.loans,
                    "outstanding_minor": a.outstanding_minor} for a in report.ageing],
        "classification": [{"class": c.code, "days_past_due_up_to": c.max_days,
                            "loans": c.loans, "outstanding_minor": c.outstanding_minor,
                            "overdue_minor": c.overdue_minor,
                            "provision_percent": None if c.provision_percent is None
                            else str(c.provision_percent),
                            "provision_minor": c.provision_minor} for c in report.classes],
        "provision_minor": report.provision_minor,
        "by_officer": [_slice(r) for r in report.by_officer],
        "by_group": [_slice(r) for r in report.by_group],
        "by_product": [_slice(r) for r in report.by_product],
        "written_off": {
            "loans": len(report.written_off),
            "written_off_minor": sum(w.written_off_minor for w in report.written_off),
            "recovered_minor": sum(w.recovered_minor for w in report.written_off),
            "items": [{"loan_no": w.loan_no, "member_code": w.member_code,
                       "name_en": w.name_en, "name_bn": w.name_bn, "on": w.on.isoformat(),
                       "written_off_minor": w.written_off_minor,
                       "recovered_minor": w.recovered_minor} for w in report.written_off]},
        "par_trend": [{"on": p.on.isoformat(), "loans": p.loans,
                       "outstanding_minor": p.outstanding_minor,
                       "par_1_percent": str(p.percent(p.par_1_minor)),
                       "par_30_percent": str(p.percent(p.par_30_minor)),
                       "par_90_percent": str(p.percent(p.par_90_minor))} for p in trend],
    }


def _portfolio(args: argparse.Namespace) -> int:
    from app.services.report_trend import par_trend

    as_of, engine = _date(args.as_of), _engine(args)
    known_officer(engine, args.officer)
    report = portfolio_report(engine, as_of, args.officer)
    trend = par_trend(engine, as_of, officer_id=args.officer)
    print(json.dumps(portfolio_json(report, trend), ensure_ascii=False, indent=2))
    return 0


def _dcb_row(row: DcbRow) -> dict:
    return {"id": row.key, "code": row.code, "name_en": row.name_en, "name_bn": row.name_bn,
            "loans": row.loans, **row.figures.as_dict()}


def dcb_json(report: DcbReport) -> dict:
    """The DCB report as `shakha report dcb` prints it: totals, then the split overdue /
    current / advance × principal / interest for the branch and each slice."""
    return {"start": report.start.isoformat(), "end": report.end.isoformat(),
            "demand_minor": report.demand_minor, "collection_minor": report.collection_minor,
            "balance_minor": report.balance_minor,
            "collection_rate_percent": str(report.collection_rate()),
            "split": report.totals.as_dict(),
            "by_officer": [_dcb_row(r) for r in report.by_officer],
            "by_group": [_dcb_row(r) for r in report.by_group],
            "by_product": [_dcb_row(r) for r in report.by_product]}


def _dcb(args: argparse.Namespace) -> int:
    start, end = _date(args.start), _date(args.end)
    if end < start:
        raise ValidationError(QT_TR_NOOP("The end date is before the start date."))
    print(json.dumps(dcb_json(dcb_report(_engine(args), start, end)), ensure_ascii=False,
                     indent=2))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("report", help="portfolio reports (PAR, ageing, DCB)")
    sub = parser.add_subparsers(dest="report", required=True)
    portfolio = sub.add_parser("portfolio", help="outstanding, ageing, PAR, classes, by "
                               "officer / group / product, written-off loans, PAR trend")
    portfolio.add_argument("--as-of", required=True)
    portfolio.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    portfolio.add_argument("--officer", type=int)
    portfolio.set_defaults(handler=_portfolio)
    dcb = sub.add_parser("dcb", help="demand, collection and balance for a period (overdue "
                         "/ current / advance, principal / interest, by officer / group / "
                         "product)")
    dcb.add_argument("--start", required=True)
    dcb.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    dcb.add_argument("--end", required=True)
    dcb.set_defaults(handler=_dcb)
