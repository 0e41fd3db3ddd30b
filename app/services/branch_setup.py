"""Setting a PC up for a real branch (the first-run wizard; app.sync.enrolment does the
enrolment itself).

`new_branch_database` makes the database of the branch an enrolment file names: the
schema, then the branch row (its code and policy profile from the file, its names as
the manager types them, the business date today). If anything fails the file is
removed, so the next start offers the set-up again rather than a half-made branch.
`reference_counts` says what head office's reference data has brought so far.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.db.models import Branch, Holiday, LoanProduct, Staff
from app.db.models_loans import SanctionPower
from app.domain.branch_code import is_branch_code
from app.domain.products import PROFILES
from app.errors import QT_TR_NOOP, ValidationError
from app.services.common import read_session


@dataclass(frozen=True)
class NewBranch:
    code: str
    profile: str
    name_en: str
    name_bn: str
    institution: str


def _check(new: NewBranch) -> None:
    if not is_branch_code(new.code):
        raise ValidationError(QT_TR_NOOP("{code} is not a branch code: use 2–20 capital "
                                         "letters A–Z, digits and hyphens (e.g. BJS-SHB)."),
                              code=new.code)
    if new.profile not in PROFILES:
        raise ValidationError(QT_TR_NOOP("Unknown policy profile: {profile}"),
                              profile=new.profile)
    if not (new.name_en.strip() or new.name_bn.strip()) or not new.institution.strip():
        raise ValidationError(QT_TR_NOOP("Write the branch's name and the institution's."))
    if max(len(new.name_en), len(new.name_bn), len(new.institution)) > 120:
        raise ValidationError(QT_TR_NOOP("At most {limit} characters."), limit=120)


def new_branch_database(path: str | Path, new: NewBranch, today: date | None = None) -> Path:
    """The new branch database at `path` (which must not exist yet)."""
    from app.db.engine import open_engine
    from app.db.migrate import upgrade_database

    _check(new)
    path = Path(path)
    if path.exists():
        raise ValidationError(QT_TR_NOOP("{path} already holds a branch; choose a new file."),
                              path=str(path))
    try:
        upgrade_database(path)
        engine = open_engine(path)
        try:
            with Session(engine) as s, s.begin():
                s.add(Branch(code=new.code, name_en=new.name_en.strip() or new.name_bn,
                             name_bn=new.name_bn.strip() or new.name_en,
                             institution=new.institution.strip(),
                             currency=PROFILES[new.profile].currency,
                             policy_profile=new.profile,
                             business_date=today or date.today()))
        finally:
            engine.dispose()
    except BaseException:
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
        raise
    return path


@dataclass(frozen=True)
class ReferenceCounts:
    products: int
    holidays: int
    staff: int
    sanction_powers: int


def reference_counts(engine: Engine) -> ReferenceCounts:
    with read_session(engine) as s:
        def count(model, *where) -> int:  # type: ignore[no-untyped-def]
            return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)
        return ReferenceCounts(count(LoanProduct, LoanProduct.active.is_(True)),
                               count(Holiday), count(Staff, Staff.active.is_(True)),
                               count(SanctionPower))


@dataclass(frozen=True)
class EnrolmentInfo:
    branch_code: str
    profile: str | None
    hq_url: str | None
    expires: date


def preview_enrolment(path: str | Path) -> EnrolmentInfo:
    """What an enrolment file says (verified), to show before anything is made."""
    from app.sync.enrolment import read_enrolment

    found = read_enrolment(Path(path))
    return EnrolmentInfo(found.branch_code, found.profile, found.hq_url,
                         found.expires.date())


@dataclass(frozen=True)
class SetupDone:
    path: Path
    branch_code: str
    online: bool
    reply: Path | None
    counts: ReferenceCounts
    pull_problem: str  # English (QT_TR_NOOP) text, empty when the pull worked
    pull_params: dict


def set_up_branch(path: str | Path, enrolment_file: str | Path, new: NewBranch, *,
                  online: bool, hq_url: str | None = None,
                  reply_out: str | Path | None = None) -> SetupDone:
    """Make the branch's database, enrol this PC (online, or a reply file for the USB
    stick) and, online, pull head office's reference data. If the enrolment fails the
    new database is removed: nothing half-made is left for the next start."""
    from app.db.engine import open_engine
    from app.errors import ShakhaError
    from app.sync.enrolment import enrol_online, read_enrolment, write_enrolment_reply

    enrolment = read_enrolment(Path(enrolment_file))
    if new.code != enrolment.branch_code or (enrolment.profile
                                              and new.profile != enrolment.profile):
        raise ValidationError(QT_TR_NOOP("The enrolment file is for branch {file}, this "
                                         "database is branch {branch}."),
                              file=enrolment.branch_code, branch=new.code)
    if not online and not reply_out:
        raise ValidationError(QT_TR_NOOP("Choose where to write the reply for head office."))
    path = new_branch_database(path, new)
    engine = open_engine(path)
    try:
        try:
            if online:
                enrol_online(engine, enrolment, hq_url or None)
            else:
                write_enrolment_reply(engine, enrolment, Path(str(reply_out)))
        except BaseException:
            engine.dispose()
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)
            raise
        problem, params = "", {}
        if online:
            try:
                pull_reference(engine)
            except ShakhaError as exc:  # enrolled all the same: the Sync page retries
                problem, params = exc.text, dict(exc.params)
        return SetupDone(path, enrolment.branch_code, online,
                         Path(str(reply_out)) if reply_out else None,
                         reference_counts(engine), problem, params)
    finally:
        engine.dispose()


def pull_reference(engine: Engine) -> None:
    """Head office's products, holidays, staff and sanction powers, now (a sync), and
    the sanction powers put in place."""
    from app.db.uow import Actor
    from app.services.loan_sanction import apply_hq_decisions
    from app.sync.service import sync_with_head_office

    sync_with_head_office(engine)
    apply_hq_decisions(engine, Actor.system())
