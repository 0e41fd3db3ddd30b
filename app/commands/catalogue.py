"""`shakha hq publish-catalogue PROFILE`: head office loads a profile's catalogue."""

from __future__ import annotations

import argparse
from datetime import date


def _publish_catalogue(args: argparse.Namespace) -> int:
    from app.catalogue import load_catalogue
    from app.commands.hq import _engine
    from app.errors import QT_TR_NOOP, ValidationError
    from app.headoffice.catalogue import publish_catalogue

    years = tuple(args.year or (date.today().year, date.today().year + 1))
    if any(not 2000 <= y <= 2100 for y in years):
        raise ValidationError(QT_TR_NOOP("--year is a year from 2000 to 2100."))
    catalogue = load_catalogue(args.profile)
    done = publish_catalogue(_engine(args), catalogue, years, dry_run=args.dry_run)
    verb = "would publish" if args.dry_run else "published"
    print(f"{args.profile}: {verb} {done.published} change(s), {done.unchanged} unchanged "
          f"({len(catalogue.products)} products, holidays of {', '.join(map(str, years))})")
    for entry in catalogue.products:
        if entry.assumed:
            print(f"  {entry.product.code}: review (not in the seed): "
                  f"{'; '.join(entry.assumed)}")
    return 0


def add_hq_commands(command) -> None:  # type: ignore[no-untyped-def]
    """Called by app.commands.hq.register with its `command(name, handler, help)`."""
    cmd = command("publish-catalogue", _publish_catalogue,
                  "publish a profile's products, sanction powers and holidays")
    cmd.add_argument("profile", choices=["bangladesh_mra", "india_rbi"])
    cmd.add_argument("--year", type=int, action="append",
                     help="holidays of this year (repeat; default this year and next)")
    cmd.add_argument("--dry-run", action="store_true", help="count, publish nothing")
