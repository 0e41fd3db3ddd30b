"""`shakha hq …`: the head-office server and its administration (stable words)."""

from __future__ import annotations

import argparse
import json
import sys

from app.commands import existing_file, hq_command_factory, output_file
from app.errors import QT_TR_NOOP, IntegrityFailure, ValidationError
from app.os_reasons import os_reason


def _url(args: argparse.Namespace) -> str:
    """The --db URL, refused unless it names a PostgreSQL (or, for a one-machine trial,
    SQLite) database: `postgresql://` alone would reach whatever database the system's
    defaults name. The URL is not repeated: it may hold a password."""
    from sqlalchemy.engine import make_url

    url = getattr(args, "db", None)
    try:
        parsed = make_url(url) if url and "://" in url else None
    except ValueError:  # a port that is not a number
        parsed = None
    if parsed is None or parsed.get_backend_name() not in ("postgresql", "sqlite") \
            or not parsed.database:
        raise ValidationError(QT_TR_NOOP("Give the head-office database with --db URL, "
                                         "e.g. postgresql://user@host/dbname"))
    return str(url)


def _known_branch(engine, code: str) -> None:  # type: ignore[no-untyped-def]
    from app.headoffice.ingest import Refused, cursor

    try:
        cursor(engine, code)
    except Refused:
        raise ValidationError(QT_TR_NOOP("Branch {code} is not registered at head office "
                                         "(shakha hq enrol)."), code=code) from None


def _engine(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from app.headoffice.db import hq_engine

    return hq_engine(_url(args))


def _filtered(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The engine of a listing; its --branch, if given, must be a branch head office
    knows: a typo would read as "nothing open"."""
    engine = _engine(args)
    if args.branch:
        _known_branch(engine, args.branch)
    return engine


def _keys(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Head office's key file (--keys, else $SHAKHA_HQ_KEYS, else the default place)."""
    from app.headoffice.keys import load_keys

    return load_keys(args.keys)


def _keys_path(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from pathlib import Path

    from app.headoffice.keys import default_keys_path

    return Path(args.keys) if args.keys else default_keys_path()


def _init(args: argparse.Namespace) -> int:
    from app.headoffice.db import init_database

    path = init_database(_url(args), _keys_path(args))
    if getattr(args, "recovery_public", None):
        _add_recovery_public(path, args.recovery_public)
    print(f"head-office database is ready; head office's keys are in {path} (keep a copy "
          "of that file somewhere safe: without it head office cannot sign or open "
          "bundles)", file=sys.stderr)
    return 0


def _add_recovery_public(keys_path, public_file: str) -> None:  # type: ignore[no-untyped-def]
    """Put head office's recovery public key (`shakha keys recovery-keypair` wrote it
    beside the private one, `.pub`) into the key file: enrolments carry it from now on."""
    from pathlib import Path

    from app.headoffice.keys import HqKeys, recovery_public

    try:
        public = recovery_public(existing_file(public_file).read_text(encoding="ascii"))
    except (ValueError, UnicodeDecodeError):
        raise ValidationError(QT_TR_NOOP("{path} is not head office's recovery public key."),
                              path=public_file) from None
    keys = HqKeys.load(Path(keys_path))
    keys.with_recovery(public).save(Path(keys_path))
    print(f"head office's recovery key is in {keys_path}: every enrolment file carries it",
          file=sys.stderr)


def _enrol(args: argparse.Namespace) -> int:
    from app.headoffice.devices import issue_enrolment
    from app.sync.address import check_hq_url

    out = output_file(args.out)
    url = check_hq_url(args.url) if args.url else None
    keys, engine = _keys(args), _engine(args)
    content = issue_enrolment(engine, keys, args.code, hq_url=url, profile=args.profile,
                              valid_days=args.days)
    _write_private(out, json.dumps(content, indent=2, ensure_ascii=False) + "\n")
    print(f"enrolment file for branch {content['branch']} written to {args.out}; valid "
          f"once, until {content['expires']} (UTC). Give it to the branch only: whoever "
          "holds it can enrol a computer as that branch.")
    return 0


def _write_private(path, text: str) -> None:  # type: ignore[no-untyped-def]
    """A file only its owner can read (an enrolment file holds a one-time secret)."""
    import os

    tmp = path.with_name(path.name + ".part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)


def _accept_enrolment(args: argparse.Namespace) -> int:
    from app.headoffice.devices import accept_enrolment, read_enrolment_reply
    from app.headoffice.ingest import Refused

    reply_file = existing_file(args.reply)
    keys, engine = _keys(args), _engine(args)
    try:
        reply = read_enrolment_reply(keys, reply_file.read_bytes()[:1_000_000])
        answer = accept_enrolment(engine, keys, reply)["answer"]
    except Refused as exc:
        raise ValidationError(QT_TR_NOOP("The enrolment reply was refused: {reason}"),
                              reason=exc.reason) from None
    print(f"branch {answer['branch']} enrolled: its device key is {answer['key_id']}")
    return 0


def _revoke_branch(args: argparse.Namespace) -> int:
    from app.headoffice.devices import revoke_branch

    count = revoke_branch(_engine(args), args.code)
    print(f"branch {args.code}: {count} device key(s) revoked; every request with them is "
          "now refused. Enrol the branch again (shakha hq enrol) to let it sync.")
    return 0


def _confirm_epoch(args: argparse.Namespace) -> int:
    from app.headoffice.epochs import confirm_epoch

    engine = _engine(args)
    _known_branch(engine, args.code)
    epoch = confirm_epoch(engine, args.code, args.by or "head office")
    print(f"branch {args.code} may close epoch {epoch} and start a new one: its next sync "
          "(or its epoch request by USB, imported again) opens it")
    return 0


def _tls(args: argparse.Namespace) -> tuple[str | None, str | None]:
    """uvicorn's TLS options; plain HTTP only on a loopback address or behind a TLS
    proxy the administrator names (branch data must not cross a network in clear)."""
    from app.sync.address import is_loopback

    if bool(args.tls_cert) != bool(args.tls_key):
        raise ValidationError(QT_TR_NOOP("Give both --tls-cert FILE and --tls-key FILE."))
    if args.tls_cert:
        if args.behind_tls_proxy:
            raise ValidationError(QT_TR_NOOP("Give either --tls-cert/--tls-key or "
                                             "--behind-tls-proxy, not both."))
        return str(existing_file(args.tls_cert)), str(existing_file(args.tls_key))
    if not args.behind_tls_proxy and not is_loopback(args.host):
        raise ValidationError(QT_TR_NOOP(
            "Head office serves plain HTTP only on this computer (127.0.0.1). To serve "
            "{host}, give --tls-cert FILE --tls-key FILE, or --behind-tls-proxy when a "
            "TLS proxy in front of it takes the connections."), host=args.host)
    return None, None


def _serve(args: argparse.Namespace) -> int:
    """Refuses to start, rather than answer every branch with an error, when the
    database cannot be used, the key file is not this head office's, the address
    cannot be listened on or would carry branch data in clear."""
    import socket

    import uvicorn
    from sqlalchemy import select

    from app.headoffice.api import create_app
    from app.headoffice.keys import check_keys_belong
    from app.headoffice.models import HqBranch

    if not 1 <= args.port <= 65535:
        raise ValidationError(QT_TR_NOOP("--port is a number from 1 to 65535."))
    cert, tls_key = _tls(args)
    keys = _keys(args)
    engine = _engine(args)
    with engine.connect() as conn:  # reachable, and set up by `shakha hq init`
        conn.execute(select(HqBranch.code).limit(1))
    try:
        family, kind, _, _, address = socket.getaddrinfo(args.host, args.port,
                                                         type=socket.SOCK_STREAM)[0]
        with socket.socket(family, kind) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(address)
    except OSError as exc:
        raise ValidationError(QT_TR_NOOP("Cannot listen on {host} port {port}: {error}"),
                              host=args.host, port=args.port,
                              error=os_reason(exc)) from None
    check_keys_belong(engine, keys)
    uvicorn.run(create_app(engine, keys, project_every=5.0), host=args.host, port=args.port,
                log_level="warning", proxy_headers=args.behind_tls_proxy,
                ssl_certfile=cert, ssl_keyfile=tls_key)
    return 0


def _verify(args: argparse.Namespace) -> int:
    from app.headoffice.ingest import verify_chain

    engine = _engine(args)
    _known_branch(engine, args.branch)  # an unknown code is a typo, not a broken chain
    count, problem = verify_chain(engine, args.branch)
    print(f"{count} events")
    if problem:
        print(problem)
        raise IntegrityFailure(QT_TR_NOOP("The chain of branch {code} is broken."),
                               code=args.branch)
    print("chain ok")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from app.headoffice.admin import publish

    try:
        payload = json.loads(args.payload)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None
    engine = _engine(args)
    if args.branch:
        _known_branch(engine, args.branch)
    print(publish(engine, args.kind, args.key, payload, args.branch, args.delete))
    return 0


def _silent(args: argparse.Namespace) -> int:
    from app.headoffice.silent import silent_branches

    if not 0 <= args.days <= 36_500:
        raise ValidationError(QT_TR_NOOP("--days is a number of days, from 0 to 36500."))
    found = silent_branches(_engine(args), args.days)
    if not found:
        print(f"no branch has been silent for {args.days} days")
    for branch in found:
        seen = branch.last_seen.isoformat(sep=" ", timespec="minutes") \
            if branch.last_seen else "never synced"
        pending = "pending unknown" if branch.pending_estimate is None else \
            f"about {branch.pending_estimate} events pending (estimate)"
        print(f"{branch.code}\tlast seen {seen}\t{branch.quiet_days} days silent\t{pending}")
    return 0


def _alarms(args: argparse.Namespace) -> int:
    from app.headoffice.silent import alarms

    found = alarms(_engine(args), args.branch)  # alarms may name codes never registered
    if not found:
        print("no alarms")
    for alarm in found:
        print(f"{alarm.at.isoformat(sep=' ', timespec='minutes')}\t{alarm.branch}\t"
              f"{alarm.kind}\t{alarm.detail}")
    return 0


def _portfolio(args: argparse.Namespace) -> int:
    from datetime import date

    from app.format import format_amount
    from app.headoffice.portfolio import consolidated_portfolio

    try:
        as_of = date.fromisoformat(args.as_of) if args.as_of else date.today()
    except ValueError:
        raise ValidationError(QT_TR_NOOP("Not a date (YYYY-MM-DD): {text}"),
                              text=args.as_of) from None
    lines = consolidated_portfolio(_engine(args), as_of)
    if args.json:
        print(json.dumps([{
            "branch": p.branch, "members": p.members, "active_loans": p.active_loans,
            "borrowers": p.borrowers, "outstanding_minor": p.outstanding_minor,
            **{f"par_{d}_minor": p.par_minor[d] for d in sorted(p.par_minor)},
            "open_tasks": p.open_tasks,
            "synced_up_to": p.synced_up_to.isoformat() if p.synced_up_to else None}
            for p in lines], indent=2))
        return 0
    print(f"portfolio as of {as_of.isoformat()}")
    print("branch\tmembers\tloans\toutstanding\tPAR>30\topen tasks\tsynced up to")
    for p in lines:
        synced = p.synced_up_to.isoformat(sep=" ", timespec="minutes") \
            if p.synced_up_to else "never"
        print(f"{p.branch}\t{p.members}\t{p.active_loans}\t"
              f"{format_amount(p.outstanding_minor)}\t{p.par_percent(30)} %\t"
              f"{p.open_tasks}\t{synced}")
    return 0


def _tasks(args: argparse.Namespace) -> int:
    from app.format import format_amount
    from app.headoffice.tasks import tasks

    found = tasks(_filtered(args), args.branch, args.all)
    if not found:
        print("no open tasks" if not args.all else "no tasks")
    for t in found:
        money = f"\tsuspense {format_amount(t.suspense_minor)}" if t.suspense_minor else ""
        state = f"\tclosed by {t.done_by}: {t.done_note}" if t.done else ""
        print(f"{t.id}\t{t.at.isoformat(sep=' ', timespec='minutes')}\t{t.branch}\t{t.kind}"
              f"\t{t.detail}{money}{state}")
    return 0


def _close_task(args: argparse.Namespace) -> int:
    from app.headoffice.admin import AdminError
    from app.headoffice.tasks import close_task

    if not 0 < args.task < 2**63:  # beyond what the database can hold: no such task
        raise AdminError(f"there is no task {args.task}")
    task = close_task(_engine(args), args.task, args.by, args.note)
    print(f"task {task.id} closed")
    return 0


def _ask_branch(args: argparse.Namespace) -> int:
    from app.headoffice.requests import ask_branch

    request_id = ask_branch(_engine(args), args.code, args.text, args.about, args.by)
    print(f"request {request_id} sent to {args.code} (it reaches the branch with its "
          "next sync or USB receipt)")
    return 0


def _requests(args: argparse.Namespace) -> int:
    from app.headoffice.requests import branch_requests

    found = branch_requests(_filtered(args), args.branch, args.all)
    if not found:
        print("no open requests" if not args.all else "no requests")
    for r in found:
        about = f" [{r.about}]" if r.about else ""
        state = f"\tanswered {r.answered_on}: {r.answer}" if r.answer is not None \
            else "\topen"
        print(f"{r.request_id}\t{r.asked_at}\t{r.branch}\t{r.asked_by}{about}: {r.text}"
              f"{state}")
    return 0


def _import_bundle(args: argparse.Namespace) -> int:
    from app.headoffice.ingest import Refused
    from app.headoffice.usb import import_bundle_answer

    bundle, receipt = existing_file(args.bundle), output_file(args.receipt)
    keys = _keys(args)
    try:
        ack, answer = import_bundle_answer(_engine(args), keys, bundle, receipt)
    except OSError as exc:  # writing the receipt; importing the bundle again is harmless
        raise ValidationError(QT_TR_NOOP("Cannot write {path}: {error}"), path=args.receipt,
                              error=os_reason(exc)) from None
    except Refused as exc:
        if exc.code in ("fork", "epoch"):
            raise ValidationError(QT_TR_NOOP(
                "The bundle was refused: {reason}. If the branch database was restored "
                "from an old backup, the branch asks for a new epoch with `shakha sync "
                "export --new-epoch --out FILE`; import that bundle here."),
                reason=exc.reason) from None
        raise ValidationError(exc.reason) from None
    if answer is not None:
        print(f"new epoch {answer['epoch']} for the branch, starting after event "
              f"{answer['base']}; receipt written to {args.receipt}")
    else:
        print(f"acknowledged up to {ack.acked_seq}; receipt written to {args.receipt}")
    return 0


def _project(args: argparse.Namespace) -> int:
    from app.headoffice.projector import branches, project_branch, rebuild

    engine = _engine(args)
    codes = [args.branch] if args.branch else branches(engine)
    for code in codes:
        _known_branch(engine, code)
        if args.rebuild:
            print(f"{code}: rebuilt from {rebuild(engine, code)} stored event(s)")
        else:
            print(f"{code}: {project_branch(engine, code)} event(s) projected")
    return 0


def _status(args: argparse.Namespace) -> int:
    from app.headoffice.projector import status

    rows = status(_engine(args))
    if not rows:
        print("no branches")
    for s in rows:
        seen = s.last_seen.isoformat(sep=" ", timespec="minutes") if s.last_seen \
            else "never"
        print(f"{s.code}\tlast seen {seen}\tacknowledged {s.epoch}/{s.acked_seq}\t"
              f"projected {s.projected_epoch}/{s.projected_seq} (lag {s.lag})\t"
              f"alarms {s.alarms}\topen tasks {s.open_tasks}")
    return 0


def _plain_errors(handler):  # type: ignore[no-untyped-def]
    """Trouble in words, not a traceback: an administrator's mistake (AdminError: a
    branch code, a task, a request), an unreachable server, a missing database, or a
    database `shakha hq init` has not set up."""
    import functools

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        from sqlalchemy.exc import DBAPIError

        from app.headoffice.admin import AdminError

        try:
            return int(handler(args) or 0)
        except AdminError as exc:
            raise ValidationError(str(exc)) from None
        except DBAPIError as exc:
            text = str(exc.orig if exc.orig is not None else exc).strip()
            reason = (text.splitlines() or [""])[0]
            if "relation" in reason and "does not exist" in reason:
                raise ValidationError(QT_TR_NOOP(
                    "The head-office database is not set up yet: run shakha hq init "
                    "--db URL first.")) from None
            raise ValidationError(QT_TR_NOOP(
                "Cannot use the head-office database: {reason}"), reason=reason) from None
    return run


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("hq", help="head-office server and administration")
    sub = parser.add_subparsers(dest="hq_command", required=True)

    command = hq_command_factory(sub, _plain_errors)

    init = command("init", _init, "create or upgrade the head-office database (and make "
                   "head office's key file if there is none)")
    init.add_argument("--keys", help="head office's key file (default: $SHAKHA_HQ_KEYS "
                      "or the user's config folder)")
    init.add_argument("--recovery-public", help="head office's recovery public key (the "
                      ".pub file `shakha keys recovery-keypair` wrote): enrolments carry it")
    enrol = command("enrol", _enrol, "write a one-time enrolment file for a branch")
    enrol.add_argument("code")
    enrol.add_argument("--out", required=True, help="the enrolment file to write")
    enrol.add_argument("--url", help="head office's address, as branches reach it")
    enrol.add_argument("--profile", help="the branch's policy profile (india_rbi, "
                       "bangladesh_mra)")
    enrol.add_argument("--days", type=int, default=7, help="valid for this many days "
                       "(default 7)")
    enrol.add_argument("--keys", help="head office's key file")
    accept = command("accept-enrolment", _accept_enrolment,
                     "register a branch from the enrolment reply it wrote (USB)")
    accept.add_argument("reply")
    accept.add_argument("--keys", help="head office's key file")
    command("revoke-branch", _revoke_branch,
            "refuse every request of a branch's device from now on").add_argument("code")
    confirm = command("confirm-epoch", _confirm_epoch, "let a restored branch start a new "
                      "epoch (after speaking to it)")
    confirm.add_argument("code")
    confirm.add_argument("--by", help="who confirms (kept with the confirmation)")
    serve = command("serve", _serve, "run the HTTP API")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8650)
    serve.add_argument("--tls-cert", help="the server's certificate (PEM)")
    serve.add_argument("--tls-key", help="the certificate's private key (PEM)")
    serve.add_argument("--behind-tls-proxy", action="store_true",
                       help="a TLS proxy in front takes the connections: serve plain HTTP "
                       "on --host for it")
    serve.add_argument("--keys", help="head office's key file")
    command("verify", _verify, "check a branch's chain").add_argument("--branch",
                                                                      required=True)
    pub = command("publish", _publish, "publish reference data (holiday, product …)")
    pub.add_argument("kind")
    pub.add_argument("key")
    pub.add_argument("payload", help="JSON object")
    pub.add_argument("--branch", help="only for this branch")
    pub.add_argument("--delete", action="store_true")
    command("silent", _silent, "list branches that have not synced for N days") \
        .add_argument("--days", type=int, required=True)
    command("alarms", _alarms, "list gap, fork and tamper alarms, newest first") \
        .add_argument("--branch", help="only for this branch")
    portfolio = command("portfolio", _portfolio,
                        "every branch's loans, PAR and open tasks, as synced")
    portfolio.add_argument("--as-of", help="YYYY-MM-DD (default: today)")
    portfolio.add_argument("--json", action="store_true", help="machine-readable output")
    listing = command("tasks", _tasks, "what sync parked for a person, oldest first")
    listing.add_argument("--branch", help="only for this branch")
    listing.add_argument("--all", action="store_true", help="closed ones too")
    closing = command("close-task", _close_task, "mark a task settled (who, what was done)")
    closing.add_argument("task", type=int)
    closing.add_argument("--by", required=True, help="who settled it")
    closing.add_argument("--note", required=True, help="what was done")
    imp = command("import-bundle", _import_bundle, "import a branch's USB bundle")
    imp.add_argument("bundle")
    imp.add_argument("--receipt", required=True, help="receipt file to carry back")
    imp.add_argument("--keys", help="head office's key file")
    ask = command("ask-branch", _ask_branch,
                  "ask a branch to correct something (it answers from the app)")
    ask.add_argument("code")
    ask.add_argument("--text", required=True, help="what to correct, and why")
    ask.add_argument("--by", required=True, help="who asks")
    ask.add_argument("--about", default="", help="what it concerns, e.g. a loan number")
    requests = command("requests", _requests, "requests to branches, open or all")
    requests.add_argument("--branch", help="only for this branch")
    requests.add_argument("--all", action="store_true", help="answered ones too")
    project = command("project", _project, "derive the consolidated tables from the "
                      "stored events (what `hq serve` does after each batch)")
    project.add_argument("--rebuild", action="store_true",
                         help="empty them and derive them again from the event store")
    project.add_argument("--branch", help="only this branch")
    command("status", _status, "per branch: last seen, acknowledged and projected "
            "events (lag), alarms, open tasks")
    from app.commands.catalogue import add_hq_commands

    add_hq_commands(command)
    from app.commands.hq_bureau import register_bureau

    register_bureau(sub, _plain_errors)
