"""Reference data from head office (products, holidays, staff, decisions) on the branch.

Head office owns these; the branch applies each page of changes together with its
cursor in one transaction, so a crash between them can neither skip nor repeat a page.
Decisions and sanction powers land in `hq_decision` (key `kind:key`) for the services
that use them; nothing is emitted.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.db.canonical import canonical_json
from app.db.models import Branch, Holiday, LoanProduct, Setting, Staff
from app.db.models_sync import HqDecision
from app.domain.institution import SETTING_KEY, check_institution, check_profile_key
from app.domain.products import LoanProduct as ProductRule
from app.errors import QT_TR_NOOP, ValidationError
from app.faults import fault_point
from app.sync.outbox import SyncError, get_state, set_state

# The branch's answer to a head-office request (kind "request", kept as hq_decision
# "request:<id>"): written by app.services.hq_requests, read by app.headoffice.requests.
REQUEST_ANSWERED = "hq_request.answered"


def check_change(kind: str, key: str, payload: Any) -> None:
    """Refuse, where head office publishes it, a change `_apply` could not apply: every
    branch's pull would stop at it (a page is applied whole) until it is withdrawn."""
    if not isinstance(payload, dict):
        raise ValidationError(QT_TR_NOOP("The payload must be a JSON object."))
    if kind == "holiday":
        try:
            date.fromisoformat(key)
        except ValueError:
            raise ValidationError(QT_TR_NOOP("Not a date (YYYY-MM-DD): {text}"),
                                  text=key) from None
        _names(payload, "name_en", "name_bn")
    elif kind == "product":
        ProductRule.from_dict(payload)
    elif kind == "staff":
        _names(payload, "full_name_en", "full_name_bn", "role")
    elif kind == "sanction_power":
        if not isinstance(payload.get("grade"), str) or not payload["grade"].strip() \
                or not isinstance(payload.get("with_collateral"), bool) \
                or type(payload.get("max_minor")) is not int or payload["max_minor"] < 0:
            raise ValidationError(QT_TR_NOOP("The payload needs {names}."),
                                  names="grade, with_collateral, max_minor")
    elif kind == "institution":  # name, address, complaint contacts of one profile
        check_profile_key(key)
        check_institution(payload)
    elif kind == "bureau":  # a credit-bureau check's state or report summary
        from app.domain.bureau import BureauReport, ReportError

        try:
            if payload.get("state") not in ("sent", "answered") or (
                    payload["state"] == "answered") != (payload.get("report") is not None):
                raise ReportError("state is sent (no report) or answered (a report)")
            if payload.get("report") is not None:
                BureauReport.from_dict(payload["report"])
        except ReportError as exc:
            raise ValidationError(QT_TR_NOOP("A bureau answer cannot be used: {error}"),
                                  error=str(exc)) from None


def _names(payload: dict[str, Any], *names: str) -> None:
    missing = [n for n in names if not isinstance(payload.get(n), str) or not payload[n]]
    if missing:
        raise ValidationError(QT_TR_NOOP("The payload needs {names}."),
                              names=", ".join(missing))


def _apply(session: Session, change: dict[str, Any]) -> None:
    kind, key, payload = change["kind"], change["key"], change["payload"]
    if kind == "holiday":
        day = date.fromisoformat(key)
        row = session.scalars(select(Holiday).where(Holiday.on_date == day)).first()
        if change["deleted"]:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(Holiday(on_date=day, name_en=payload["name_en"],
                                name_bn=payload["name_bn"]))
        else:
            row.name_en, row.name_bn = payload["name_en"], payload["name_bn"]
    elif kind == "product":
        rule = ProductRule.from_dict(payload)  # validates; a bad product is refused
        product = session.scalars(select(LoanProduct).where(LoanProduct.code == key)).first()
        if product is None:
            product = LoanProduct(code=key, name_en=rule.name_en, name_bn=rule.name_bn,
                                  definition=payload, version=change["version"])
            session.add(product)
        product.definition, product.version = payload, change["version"]
        product.active = not change["deleted"]
    elif kind == "staff":
        staff = session.scalars(select(Staff).where(Staff.username == key)).first()
        if staff is None:
            staff = Staff(username=key, password_hash=payload.get("password_hash", "!"))
            session.add(staff)
        for field in ("full_name_en", "full_name_bn", "role", "sanction_grade"):
            setattr(staff, field, payload.get(field))
        staff.active = not change["deleted"]
    elif kind == "institution":
        _apply_institution(session, key, payload, change["deleted"])
    else:  # decisions, sanction powers: kept for the services that use them
        if kind == "sanction_power":  # and in force at once, as products are: a branch
            _apply_power(session, key, payload, change["deleted"])  # enrolled by USB
        decision = session.get(HqDecision, f"{kind}:{key}")
        if change["deleted"]:
            if decision is not None:
                session.delete(decision)
        elif decision is None:
            session.add(HqDecision(key=f"{kind}:{key}", payload=canonical_json(payload)))
        else:
            decision.payload = canonical_json(payload)


def _apply_power(session: Session, key: str, payload: dict[str, Any], deleted: bool
                 ) -> None:
    """Head office's delegation row (key `grade:with|without`) into the branch's table,
    which app.services.loan_sanction reads; its 'Head-office decisions' applies the same
    rows again, changing nothing."""
    from app.db.models_loans import SanctionPower

    if deleted or not payload:
        grade, _, kind = key.rpartition(":")
        row = session.get(SanctionPower, (grade, kind == "with"))
        if row is not None:
            session.delete(row)
        return
    grade, with_collateral = str(payload["grade"]), bool(payload["with_collateral"])
    row = session.get(SanctionPower, (grade, with_collateral))
    if row is None:
        session.add(SanctionPower(grade=grade, with_collateral=with_collateral,
                                  max_minor=int(payload["max_minor"]),
                                  rank=int(payload.get("rank", 0))))
    else:
        row.max_minor, row.rank = int(payload["max_minor"]), int(payload.get("rank", 0))


def _apply_institution(session: Session, profile: str, payload: Any, deleted: bool) -> None:
    """Head office's institution block, kept in the settings of a branch of its profile."""
    branch = session.scalars(select(Branch)).first()
    if branch is None or branch.policy_profile != profile:
        return
    row = session.get(Setting, SETTING_KEY)
    if deleted:
        if row is not None:
            session.delete(row)
        return
    session.merge(Setting(key=SETTING_KEY, value=canonical_json(
        asdict(check_institution(payload)))))


def apply_page(engine: Engine, page: dict[str, Any], cursor: int) -> int:
    """Apply one page of reference changes and its cursor in one transaction.

    `cursor` is the one the page was asked with. If the branch has moved past it since
    (another sync, or a later USB receipt imported first), only the changes after the
    branch's own cursor are applied, and none once it is at or past the page's end:
    nothing is applied twice, nothing older overwrites anything newer."""
    with Session(engine) as session, session.begin():
        current = int(get_state(session, "ref_cursor", "0"))
        if page.get("reset"):  # head office never reached this cursor: its database was
            if current == cursor:  # restored or replaced; start again
                set_state(session, "ref_cursor", 0)
            return 0
        try:
            if not cursor <= current < int(page["next_cursor"]):
                return 0
            changes = [c for c in page["changes"] if int(c["version"]) > current]
            for change in changes:
                _apply(session, change)
        except (ValidationError, KeyError, TypeError, ValueError) as exc:
            raise SyncError(QT_TR_NOOP("Head office sent reference data this branch "
                                       "cannot use ({error}); nothing was applied."),
                            error=str(exc)) from None
        fault_point("sync.pull.before_cursor")
        set_state(session, "ref_cursor", int(page["next_cursor"]))
        return len(changes)
