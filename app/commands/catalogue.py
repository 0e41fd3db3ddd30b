"""Head office sets a branch up: `shakha hq publish-catalogue PROFILE` loads a profile's
catalogue (products, sanction powers, holidays); `shakha hq add-staff USER --branch CODE
--role ROLE --name-en … --name-bn …` sends the branch a staff member with a one-time
code, printed once: she logs in with it the first time and chooses her password."""

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


ROLES = ("field_officer", "accountant", "branch_manager", "auditor")


def _add_staff(args: argparse.Namespace) -> int:
    import secrets

    from argon2 import PasswordHasher

    from app.commands.hq import _engine, _known_branch
    from app.errors import QT_TR_NOOP, ValidationError
    from app.headoffice.admin import publish

    username = args.username.strip()
    if not username or len(username) > 40 or not username.isascii() or " " in username:
        raise ValidationError(QT_TR_NOOP("A user name is 1–40 letters or digits, no "
                                         "spaces."))
    if not args.name_en.strip() or not args.name_bn.strip():
        raise ValidationError(QT_TR_NOOP("User name and name are required."))
    engine = _engine(args)
    _known_branch(engine, args.branch)
    code = f"{secrets.randbelow(10**8):08d}"
    publish(engine, "staff", username, {
        "full_name_en": args.name_en.strip(), "full_name_bn": args.name_bn.strip(),
        "role": args.role, "sanction_grade": args.grade,
        "password_hash": "otc:" + PasswordHasher().hash(code)}, branch=args.branch)
    print(f"{username} at {args.branch}: one-time code {code[:4]}-{code[4:]} "
          "(give it to her; she chooses her password at her first login)")
    return 0


def add_hq_commands(command) -> None:  # type: ignore[no-untyped-def]
    """Called by app.commands.hq.register with its `command(name, handler, help)`."""
    cmd = command("publish-catalogue", _publish_catalogue,
                  "publish a profile's products, sanction powers and holidays")
    cmd.add_argument("profile", choices=["bangladesh_mra", "india_rbi"])
    cmd.add_argument("--year", type=int, action="append",
                     help="holidays of this year (repeat; default this year and next)")
    cmd.add_argument("--dry-run", action="store_true", help="count, publish nothing")
    staff = command("add-staff", _add_staff,
                    "send a branch a staff member with a one-time code for her first login")
    staff.add_argument("username")
    staff.add_argument("--branch", required=True, help="the branch's code")
    staff.add_argument("--role", required=True, choices=ROLES)
    staff.add_argument("--name-en", required=True)
    staff.add_argument("--name-bn", required=True)
    staff.add_argument("--grade", help="sanction grade (e.g. BM Gr-2)")
