"""`shakha hq bureau …`: head office's credit-bureau work.

    shakha hq bureau configure --bureau CRIF --member-id ID --member-name NAME --db URL
    shakha hq bureau configure --branch BJS-001 --state WB --db URL
    shakha hq bureau enquire --bureau CRIF --out FILE --db URL      # checks branches asked for
    shakha hq bureau import FILE --db URL                           # a response or rejection file
    shakha hq bureau submit --as-of DATE --bureau X --out FILE --db URL
                            [--calendar weekly|fortnightly|9,16,23,end] [--branch C] [--full]
    shakha hq bureau corrections [--branch C] [--all] --db URL
    shakha hq bureau history REQUEST_ID --db URL

A submission file with any problem is not written: every problem is printed, one a
line (branch, member / account, segment.field, rule), and the command exits 2.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date

from app.commands import existing_file, hq_command_factory, output_file
from app.errors import QT_TR_NOOP, ValidationError

MAX_FILE_BYTES = 50_000_000


def _adapter(code: str):  # type: ignore[no-untyped-def]
    from app.headoffice.bureau.adapters import ADAPTERS, adapter

    try:
        return adapter(code)
    except KeyError:
        raise ValidationError(QT_TR_NOOP("Unknown bureau {code}: use one of {codes}."),
                              code=code, codes=", ".join(sorted(ADAPTERS))) from None


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(QT_TR_NOOP("Not a date (YYYY-MM-DD): {text}"),
                              text=text) from None


def _configure(args: argparse.Namespace) -> int:
    from app.commands.hq import _engine, _known_branch
    from app.domain.branch_code import is_branch_code
    from app.headoffice.bureau.checks import set_setting
    from app.headoffice.bureau.mfi import STATES

    engine = _engine(args)
    if args.bureau:
        code = _adapter(args.bureau).code
        if not args.member_id or not args.member_name:
            raise ValidationError(QT_TR_NOOP("Give --member-id and --member-name: what the "
                                             "bureau calls head office."))
        if len(args.member_id) > 10 or len(args.member_name) > 30 or not (
                args.member_id + args.member_name).isascii() or "|" in args.member_name:
            raise ValidationError(QT_TR_NOOP("A member id is at most 10 and a name at most "
                                             "30 plain letters or digits."))
        set_setting(engine, f"member_id:{code}", args.member_id)
        set_setting(engine, f"member_name:{code}", args.member_name)
        print(f"{code}: member id {args.member_id} ({args.member_name})")
    if args.branch:
        if not is_branch_code(args.branch):
            raise ValidationError(QT_TR_NOOP("Not a branch code: {code}"), code=args.branch)
        _known_branch(engine, args.branch)
        if args.state not in STATES:
            raise ValidationError(QT_TR_NOOP("Give the branch's --state as a two-letter "
                                             "state code (WB for West Bengal)."))
        set_setting(engine, f"state:{args.branch}", args.state)
        print(f"{args.branch}: state {args.state}")
    if not args.bureau and not args.branch:
        raise ValidationError(QT_TR_NOOP("Give --bureau (with --member-id and "
                                         "--member-name) or --branch (with --state)."))
    return 0


def _enquire(args: argparse.Namespace) -> int:
    from app.commands.hq import _engine
    from app.headoffice.bureau.checks import enquire

    out = output_file(args.out)
    count = enquire(_engine(args), _adapter(args.bureau), out,
                    _date(args.date) if args.date else date.today())
    print(f"{count} check(s) written to {out}" if count else "no check waiting to be sent")
    return 0


def _read(name: str) -> bytes:
    path = existing_file(name)
    if path.stat().st_size > MAX_FILE_BYTES:
        raise ValidationError(QT_TR_NOOP("{path} is larger than 50 MB: not a bureau file."),
                              path=name)
    return path.read_bytes()


def _import(args: argparse.Namespace) -> int:
    from app.commands.hq import _engine
    from app.headoffice.bureau.adapters import which_bureau
    from app.headoffice.bureau.checks import import_response
    from app.headoffice.bureau.corrections import import_rejections
    from app.headoffice.bureau.enquiry import ExchangeError

    content = _read(args.file)
    try:
        kind, bureau = which_bureau(content)
        adapter = _adapter(args.bureau or bureau)
        engine = _engine(args)
        if kind == "response":
            done = import_response(engine, adapter, content, existing_file(args.file).name)
            print(f"{'already imported' if done.already else f'{done.reports} report(s)'}"
                  f" from {adapter.code}; they reach the branches with their next sync")
            for request_id in done.unknown:
                print(f"no such request at head office: {request_id}", file=sys.stderr)
            return 0
        queued = import_rejections(engine, adapter, content, existing_file(args.file).name)
    except ExchangeError as exc:
        raise ValidationError(QT_TR_NOOP("{path} cannot be read: {reason}"),
                              path=args.file, reason=str(exc)) from None
    if queued.already:
        print("already imported")
        return 0
    print(f"{queued.corrections} correction(s) for {', '.join(queued.branches) or 'no branch'}")
    for ref in queued.unknown:
        print(f"no branch head office knows: {ref}", file=sys.stderr)
    return 0


def _submit(args: argparse.Namespace) -> int:
    from app.commands.hq import _engine
    from app.domain.bureau_dates import CalendarError, calendar_named
    from app.headoffice.bureau.mfi import BureauFileError
    from app.headoffice.bureau.submission import submit

    as_of = _date(args.as_of)
    if not date(2000, 1, 1) <= as_of <= date.today():
        raise ValidationError(QT_TR_NOOP("--as-of is a date from 2000 up to today."))
    out = output_file(args.out)
    try:
        calendar = calendar_named(args.calendar)
    except CalendarError as exc:
        raise ValidationError(str(exc)) from None
    if not calendar.is_reference_date(as_of) and not args.full:
        raise ValidationError(QT_TR_NOOP(
            "{date} is not a reference date of the {calendar} calendar; the one before it "
            "is {previous} (or give --full for a file of every account as on {date})."),
            date=as_of.isoformat(), calendar=args.calendar,
            previous=calendar.on_or_before(as_of).isoformat())
    try:
        done = submit(_engine(args), _adapter(args.bureau), as_of, out, calendar,
                      tuple(args.branch or ()), True if args.full else None)
    except BureauFileError as exc:
        for problem in exc.problems:
            print(problem.line())
        raise ValidationError(QT_TR_NOOP("{count} problem(s) above; no file was written."),
                              count=len(exc.problems)) from None
    kind = "full file" if done.full else "changes since the previous reference date"
    print(f"{done.records} member(s), {done.accounts} account(s) ({kind}) written to "
          f"{', '.join(str(p) for p in done.paths)}")
    return 0


def _corrections(args: argparse.Namespace) -> int:
    from app.commands.hq import _filtered
    from app.headoffice.bureau.corrections import corrections

    found = corrections(_filtered(args), args.branch, args.all)
    if not found:
        print("no corrections waiting")
    for found_one in found:
        c = found_one.row
        state = f"answered {found_one.answered_on}: {found_one.answer}" \
            if found_one.state == "answered" else f"asked {c.request_id}"
        print(f"{c.id}\t{c.at:%Y-%m-%d}\t{c.branch}\t{c.member_ref}\t{c.account_ref}\t"
              f"{c.field}\t{c.code}\t{c.message}\t{state}")
    return 0


def _history(args: argparse.Namespace) -> int:
    from app.commands.hq import _engine
    from app.headoffice.bureau.checks import report_history

    found = report_history(_engine(args), args.request)
    if not found:
        print("no report for this request yet")
    for report, kept in found:
        print(f"{report.report_date}\t{report.outcome}\t{report.reference}\tfile "
              f"{kept.name} ({kept.sha256[:12]}…, {kept.at:%Y-%m-%d %H:%M})")
    return 0


def register_bureau(sub: argparse._SubParsersAction, wrap) -> None:  # type: ignore[no-untyped-def]
    """`bureau` under `shakha hq`; `wrap` turns head-office errors into words."""
    parser = sub.add_parser("bureau", help="credit bureaus: checks, answers, submission files")
    inner = parser.add_subparsers(dest="bureau_command", required=True)

    command = hq_command_factory(inner, wrap)

    conf = command("configure", _configure, "head office's id with a bureau; a branch's state")
    conf.add_argument("--bureau")
    conf.add_argument("--member-id")
    conf.add_argument("--member-name")
    conf.add_argument("--branch")
    conf.add_argument("--state")
    enq = command("enquire", _enquire, "write the enquiry file of the checks waiting")
    enq.add_argument("--bureau", required=True)
    enq.add_argument("--out", required=True)
    enq.add_argument("--date", help="the file's date (default: today)")
    imp = command("import", _import, "import a bureau's response or rejection file")
    imp.add_argument("file")
    imp.add_argument("--bureau", help="(default: the one the file names)")
    sub_ = command("submit", _submit, "write a submission file as on a reference date")
    sub_.add_argument("--as-of", required=True, help="YYYY-MM-DD, a reference date")
    sub_.add_argument("--bureau", required=True)
    sub_.add_argument("--out", required=True)
    sub_.add_argument("--calendar", default="fortnightly",
                      help="weekly (9,16,23,end), fortnightly (15,end) or days like 7,14,end")
    sub_.add_argument("--branch", action="append", help="only this branch (repeatable)")
    sub_.add_argument("--full", action="store_true", help="every account, not the changes")
    corr = command("corrections", _corrections, "rejected fields waiting for a branch")
    corr.add_argument("--branch")
    corr.add_argument("--all", action="store_true")
    command("history", _history, "every report kept for a request").add_argument("request")
