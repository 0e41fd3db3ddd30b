"""`shakha enrol FILE`: give this branch database its device identity.

`shakha enrol FILE --db BRANCH.db --hq URL` makes the device key and registers it with
head office over the network (without --hq: the address in the file); `shakha enrol
FILE --db BRANCH.db --out REPLY` writes the reply for head office instead, carried by
USB stick (`shakha hq accept-enrolment REPLY` there). `shakha rotate-key --db
BRANCH.db --hq URL` replaces the device key with a new one, asked with the old key.
The key stays in the branch database: sync needs no key file (app.sync.enrolment).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands import existing_file, output_file
from app.errors import QT_TR_NOOP, ValidationError


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.db.engine import default_db_path, open_engine
    from app.db.migrate import check_branch_file

    path = Path(getattr(args, "db", None) or default_db_path())
    check_branch_file(path)
    return open_engine(path)


def _enrol(args: argparse.Namespace) -> int:
    from app.sync.address import check_hq_url
    from app.sync.enrolment import enrol_online, read_enrolment, write_enrolment_reply

    if args.hq and args.out:
        raise ValidationError(QT_TR_NOOP("Give either --hq URL (online) or --out FILE "
                                         "(USB), not both."))
    enrolment = read_enrolment(existing_file(args.file))
    out = output_file(args.out) if args.out else None
    url = check_hq_url(args.hq) if args.hq else None
    engine = _engine(args)
    try:
        if out is not None:
            done = write_enrolment_reply(engine, enrolment, out)
            print(f"branch {done.branch_code}: device key {done.key_id} made; take "
                  f"{args.out} to head office (shakha hq accept-enrolment {args.out})")
        else:
            done = enrol_online(engine, enrolment, url, timeout=args.timeout)
            print(f"branch {done.branch_code} enrolled with head office at {done.hq_url}; "
                  f"device key {done.key_id}")
    finally:
        engine.dispose()
    return 0


def _rotate(args: argparse.Namespace) -> int:
    from app.sync.address import check_hq_url
    from app.sync.rotation import rotate_device_key

    if not args.hq:
        raise ValidationError(QT_TR_NOOP("Give head office's address with --hq URL."))
    url = check_hq_url(args.hq)
    engine = _engine(args)
    try:
        new = rotate_device_key(engine, url, timeout=args.timeout, retries=args.retries)
    finally:
        engine.dispose()
    print(f"the device key was replaced; head office now accepts only key {new}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("enrol", help="enrol this branch with head office "
                                   "(from the enrolment file head office wrote)")
    parser.add_argument("file", help="the enrolment file")
    parser.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    parser.add_argument("--hq", help="head office's address (default: the one in the file)")
    parser.add_argument("--out", help="write the reply for head office here (USB) instead "
                        "of registering online")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds to wait")
    parser.set_defaults(handler=_enrol)

    rotate = subparsers.add_parser("rotate-key", help="replace this branch's device key "
                                   "(asked with the old one)")
    rotate.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    rotate.add_argument("--hq", help="head office's address")
    rotate.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    rotate.add_argument("--retries", type=int, default=3, help="retries of a request")
    rotate.set_defaults(handler=_rotate)
