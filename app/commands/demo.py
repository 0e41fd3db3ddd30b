"""`shakha demo`: generate a realistic demo branch database."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from app.commands import dates_between
from app.demo import generate_demo
from app.errors import QT_TR_NOOP, ValidationError


def _run(args: argparse.Namespace) -> int:
    if not args.db:
        raise ValidationError(QT_TR_NOOP("Give the new database file with --db PATH."))
    today = None
    if args.today:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            raise ValidationError(QT_TR_NOOP("Not a date (YYYY-MM-DD): {text}"),
                                  text=args.today) from None
        dates_between("--today", today, date(1990, 1, 1), date(2200, 12, 31))

    def progress(pct: int, text: str) -> None:
        print(f"\r{pct:3d}% {text:<30}", end="", file=sys.stderr, flush=True)

    summary = generate_demo(Path(args.db), members=args.members, years=args.years,
                            seed=args.seed, branch_code=args.branch_code, profile=args.profile,
                            today=today, progress=progress)
    print(file=sys.stderr)
    print(f"demo branch {summary.branch_code}: {summary.members} members in {summary.groups} "
          f"groups, {summary.loans} loans, {summary.journal_rows} journal rows, up to "
          f"{summary.today.isoformat()}, in {summary.seconds:.1f} s -> {summary.path}")
    print("log in as manager, accountant or officer1 with the password 'demo'")
    if summary.recovery_key:
        print(f"the database is encrypted; head office's recovery key for this demo is "
              f"{summary.recovery_key} (made by the demo, owner-only; at a real branch only "
              "head office holds it and the branch gets the public key at enrolment)")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("demo", help="generate a demo branch database")
    parser.add_argument("--db", dest="db", default=argparse.SUPPRESS, help="new database file")
    parser.add_argument("--members", type=int, default=300)
    parser.add_argument("--years", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--branch-code", default=None,
                        help="default BJS-SHB (India) or JB-CHD (Bangladesh)")
    parser.add_argument("--profile", choices=["india_rbi", "bangladesh_mra"],
                        default="india_rbi")
    parser.add_argument("--today", help="last day of history (default: today)")
    parser.set_defaults(handler=_run)
