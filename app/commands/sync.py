"""`shakha sync`: send everything to head office and pull reference data.

`shakha sync --db BRANCH.db --hq URL` exits 0 only when every event is acknowledged and
reference data is pulled; the branch signs with its device key, kept in its database
since `shakha enrol` (no key file). `shakha sync export --out FILE` and `shakha sync
import-receipt FILE` do the same job by USB stick; the bundle is encrypted to head
office's key from the enrolment file. A database restored from an old backup continues
in a new epoch:
`shakha sync --new-epoch` over the network, or by USB `shakha sync export --new-epoch
--out FILE` (a request instead of events) and then head office's receipt.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands import existing_file, output_file
from app.errors import QT_TR_NOOP, Phrase, ValidationError
from app.os_reasons import os_reason
from app.sync.address import check_hq_url


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.db.engine import default_db_path, open_engine
    from app.db.migrate import check_branch_file

    path = Path(getattr(args, "db", None) or default_db_path())
    check_branch_file(path)  # missing, another program's file, or an unusable schema
    return open_engine(path)


def _options(args: argparse.Namespace) -> None:
    """Words a scheduled script may get wrong, refused before anything is opened."""
    if args.file and args.action != "import-receipt":
        raise ValidationError(QT_TR_NOOP("Only `shakha sync import-receipt` takes a file "
                                         "name: {file}"), file=args.file)
    if not args.timeout > 0:
        raise ValidationError(QT_TR_NOOP("--timeout is a number of seconds above 0."))
    if args.retries < 0:
        raise ValidationError(QT_TR_NOOP("--retries is a number, 0 or more."))
    if args.action is None and args.hq:
        check_hq_url(args.hq)


def _run(args: argparse.Namespace) -> int:
    from app.sync.client import SyncClient

    _options(args)
    if args.action == "export":
        return _export(args)
    if args.action == "import-receipt":
        return _receipt(args)
    if not args.hq:
        raise ValidationError(QT_TR_NOOP("Give head office's address with --hq URL."))
    engine = _engine(args)
    try:
        client = SyncClient(engine, args.hq, timeout=args.timeout, retries=args.retries)
    except BaseException:
        engine.dispose()
        raise
    try:
        if args.new_epoch:
            result, carried = client.run_in_new_epoch_if_restored()
            print(f"new epoch confirmed by head office; {carried} events carried over"
                  if carried is not None else "no new epoch needed: this database is in "
                  "step with head office", file=sys.stderr)
        else:
            result = client.run()
    finally:
        client.close()
        engine.dispose()
    print(f"sent {result.uploaded} events; acknowledged up to {result.acked_seq}; "
          f"{result.pulled} reference changes applied; {result.snapshot_chunks} snapshot "
          "chunks sent")
    if result.clock_warning:
        print(f"warning: this computer's clock differs from head office's by "
              f"{int(result.clock_skew_seconds or 0)} seconds", file=sys.stderr)
    elif result.server_time and result.clock_skew_seconds is None:
        print(f"warning: head office's time could not be read ({result.server_time[:40]!r}); "
              "this computer's clock was not compared with it", file=sys.stderr)
    return 0


def _export(args: argparse.Namespace) -> int:
    from app.sync.bundle import export_epoch_request
    from app.sync.device import device_key, enrolled_branch
    from app.sync.usb_snapshot import export_with_snapshot, snapshot_path

    if not args.out:
        raise ValidationError(QT_TR_NOOP("Give the bundle file with --out FILE."))
    out = output_file(args.out)
    engine = _engine(args)
    device_key(engine)  # not enrolled, or another branch's: said before anything is written
    enrolled_branch(engine)
    try:
        if args.new_epoch:
            held = export_epoch_request(engine, out)
            print(f"new-epoch request ({held} events held) written to {args.out}; import "
                  "head office's receipt for it with `shakha sync import-receipt`",
                  file=sys.stderr)
            return 0
        count, chunks = export_with_snapshot(engine, out)
    except OSError as exc:  # the stick is full or was pulled: no half file left on it
        for part in (out, snapshot_path(out)):
            part.with_name(part.name + ".part").unlink(missing_ok=True)
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"), path=args.out,
                              error=os_reason(exc)) from None
    print(f"{count} events written to {args.out}", file=sys.stderr)
    if chunks is not None:
        print(f"the branch's history ({chunks} snapshot chunks) written to "
              f"{snapshot_path(Path(args.out))}: take both files to head office",
              file=sys.stderr)
    return 0


def _receipt(args: argparse.Namespace) -> int:
    from app.sync.bundle import import_receipt, reference_cursor
    from app.sync.outbox import RestoredFromBackup, local_cursor

    if not args.file:
        raise ValidationError(QT_TR_NOOP("Give the receipt file."))
    receipt = existing_file(args.file)
    engine = _engine(args)
    before, reference_before = local_cursor(engine).epoch, reference_cursor(engine)
    try:
        acked = import_receipt(engine, receipt)
    except RestoredFromBackup as exc:  # by USB, the network's --new-epoch is no help
        raise RestoredFromBackup(QT_TR_NOOP(
            "{problem} By USB stick: `shakha sync export --new-epoch --out FILE` asks "
            "head office for the new epoch."), problem=Phrase(exc.text, **exc.params)) \
            from None
    after = local_cursor(engine)
    if after.epoch != before:
        print(f"new epoch {after.epoch} confirmed by head office; "
              f"{after.last_seq - after.acked_seq} events to send with the next export")
    else:
        print(f"acknowledged up to {acked}")
    if reference_cursor(engine) != reference_before:
        print(f"reference data from head office applied up to version "
              f"{reference_cursor(engine)}")
    return 0


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync", help="sync with head office (network or USB)")
    parser.add_argument("action", nargs="?", choices=["export", "import-receipt"])
    parser.add_argument("file", nargs="?", help="receipt file (import-receipt)")
    parser.add_argument("--db", dest="db", default=argparse.SUPPRESS)
    parser.add_argument("--hq", help="head office URL")
    parser.add_argument("--out", help="bundle file (export)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request")
    parser.add_argument("--retries", type=int, default=3, help="retries of a failed request")
    parser.add_argument("--new-epoch", action="store_true",
                        help="after a restore from backup: continue in a new epoch if head "
                        "office finds this database behind it (a branch in step just "
                        "syncs); with export: write the request to the bundle")
    parser.set_defaults(handler=_run)
