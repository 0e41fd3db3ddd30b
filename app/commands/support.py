"""`shakha support-bundle --out FILE`: versions, status, db check and logs for a
technician, without member data (app.services.support)."""

from __future__ import annotations

import argparse
from pathlib import Path


def _support(args: argparse.Namespace) -> int:
    from app.commands import output_file
    from app.commands.db import db_path
    from app.services.support import write_support_bundle

    output_file(args.out)
    path = db_path(args)
    print(write_support_bundle(args.out, path if Path(path).is_file() else None))
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    cmd = subparsers.add_parser("support-bundle",
                                help="write a zip for support: versions, logs, db check "
                                     "(no member data)")
    cmd.add_argument("--db", dest="db", default=argparse.SUPPRESS, help="branch database")
    cmd.add_argument("--out", required=True, help="the .zip file to write")
    cmd.set_defaults(handler=_support)
