"""`shakha hq bureau submit`: the submission file of one bureau as on a reference date.

India's four CICs take the uniform MFI file (mfi.py); Bangladesh's CIB and MF-CIB the
monthly subject, contract and link files (cib.py). Either way every field of every
record is checked first and every problem is listed (BureauFileError) — no file is
written while one remains. A file written is also kept at head office (bytes and
digest), and only renamed into place once that is recorded.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.domain.bureau_dates import ReferenceCalendar
from app.headoffice.admin import AdminError
from app.headoffice.bureau.adapters import BureauAdapter
from app.headoffice.bureau.book import BranchBook, read_book
from app.headoffice.bureau.checks import setting, store_file, write_temporary
from app.headoffice.bureau.mfi import MfiAccount, MfiHeader, MfiMember, render_mfi
from app.headoffice.bureau.models import HqBureauFile
from app.headoffice.bureau.selection import (
    STATUS_CODES,
    Reported,
    chosen,
    frequency_of,
    identities,
    key_person,
    latin,
    owed,
    period_start,
)
from app.headoffice.ingest import now
from app.headoffice.models import HqBranch


def mfi_account(r: Reported) -> MfiAccount:
    p, loan, applied = r.position, r.loan, r.loan.applied
    disbursed = loan.disbursed_on  # a tranched loan's first tranche
    assert disbursed is not None
    individual = applied.get("individual")
    return MfiAccount(
        account_ref=loan.loan.loan_no,
        category="" if individual is None else ("T02" if individual else "T01"),
        purpose=latin(str(applied.get("purpose", "")))[:20].strip(),
        status=STATUS_CODES[p.status], disbursed_on=disbursed,
        sanctioned_minor=loan.sanctioned_minor, disbursed_minor=p.disbursed_minor,
        balance_minor=owed(p.balance_minor), overdue_minor=owed(p.overdue_minor), dpd=p.dpd,
        cycle=applied.get("cycle") if isinstance(applied.get("cycle"), int) else None,
        applied_on=loan.applied_on, sanctioned_on=loan.sanctioned_on, closed_on=p.closed_on,
        last_payment_on=p.last_payment_on,
        applied_minor=applied.get("principal_minor") if isinstance(
            applied.get("principal_minor"), int) else None,
        installments=applied.get("installments") if isinstance(
            applied.get("installments"), int) else None,
        frequency=frequency_of(applied), installment_minor=loan.installment_minor,
        written_off_minor=p.written_off_minor, written_off_on=p.written_off_on)


def mfi_members(book: BranchBook, chosen_accounts: Sequence[Reported], state: str
                ) -> list[MfiMember]:
    """The chosen accounts grouped by member, each member read from what the branch
    sent about her (`bureau.person_saved`); what is missing shows as a problem."""
    by_member: dict[int, list[Reported]] = defaultdict(list)
    for r in chosen_accounts:
        by_member[r.member.id].append(r)
    out = []
    for member_id, reported in by_member.items():
        member = reported[0].member
        people = book.people.get(member_id, {})
        me = people.get("self", {})
        group = book.groups.get(member.group_id)
        group_code = group.code if group is not None else ""
        name, relation = key_person(people)
        born = me.get("date_of_birth")
        out.append(MfiMember(
            branch=book.branch, member_id=f"{book.branch}/{member.code}",
            kendra_id=group_code, group_id=group_code, name=str(me.get("name_latin", "")),
            birth_date=date.fromisoformat(born) if isinstance(born, str) else None,
            gender=str(me.get("gender", "")), key_person_name=name,
            key_person_relation=relation,
            monthly_income_minor=int(me.get("monthly_income_minor") or 0),
            address=str(me.get("address_latin", "")), state=state,
            pin=str(me.get("postal_code", "")), ids=identities(me),
            marital="M01" if relation == "husband" else "",
            accounts=tuple(mfi_account(r) for r in reported)))
    return out


@dataclass(frozen=True)
class Submitted:
    records: int
    accounts: int
    full: bool
    paths: tuple[Path, ...]


def _branches(session: Session, only: Sequence[str]) -> list[str]:
    known = list(session.scalars(select(HqBranch.code).order_by(HqBranch.code)))
    unknown = sorted(set(only) - set(known))
    if unknown:
        raise AdminError(f"unknown branch {', '.join(unknown)}")
    return [b for b in known if not only or b in only]


def submit(engine: Engine, adapter: BureauAdapter, as_of: date, out: Path,
           calendar: ReferenceCalendar, branches: Sequence[str] = (),
           full: bool | None = None) -> Submitted:
    """Write the bureau's submission file(s) as on `as_of` (see the module docstring)."""
    from app.domain.bureau_dates import full_file

    whole = full_file(as_of) if full is None else full
    paths: list[Path] = []
    try:
        with Session(engine) as session, session.begin():
            files, records, accounts = _render(session, adapter, as_of, calendar,
                                               branches, whole)
            paths = [out.with_name(out.name + suffix) if suffix else out
                     for suffix, _c in files]
            for path, (_suffix, content) in zip(paths, files, strict=True):
                store_file(session, adapter.code, "submission", path.name, content, as_of,
                           records)
                write_temporary(path, content)
    except BaseException:
        _remove_temporaries(paths)
        raise
    for path in paths:  # recorded at head office: now the files are there
        path.with_name(f".{path.name}.part").replace(path)
    return Submitted(records, accounts, whole, tuple(paths))


def _render(session: Session, adapter: BureauAdapter, as_of: date,
            calendar: ReferenceCalendar, branches: Sequence[str], whole: bool
            ) -> tuple[list[tuple[str, bytes]], int, int]:
    """(suffix and bytes of each file, records, accounts); BureauFileError if any
    field breaks a rule."""
    member_id = setting(session, f"member_id:{adapter.code}")
    member_name = setting(session, f"member_name:{adapter.code}") or ""
    if not member_id:
        raise AdminError(f"head office's member id with {adapter.code} is not set: "
                         f"shakha hq bureau configure --bureau {adapter.code} "
                         "--member-id ID --member-name NAME")
    books = [read_book(session, code) for code in _branches(session, branches)]
    last_sent = session.scalar(select(func.max(HqBureauFile.as_of)).where(
        HqBureauFile.bureau == adapter.code, HqBureauFile.kind == "submission",
        HqBureauFile.as_of < as_of))
    cib = adapter.submission == "cib"  # always a full file (cib.cib_records)
    reported = sent_before(session, adapter, books,
                           period_start(as_of, calendar, whole or cib, last_sent), as_of)
    if cib:
        from app.headoffice.bureau.cib import render_cib

        files = render_cib(books, as_of, calendar, member_id, adapter.code, reported)
        return files, len(files[0][1].splitlines()) - 2, len(files[1][1].splitlines()) - 2
    members = [m for book in books for m in mfi_members(
        book, list(chosen(book, as_of, calendar, whole, last_sent, reported)),
        setting(session, f"state:{book.branch}") or "")]
    header = MfiHeader(member_id, member_name, as_of, now().date())
    return ([("", render_mfi(members, header))], len(members),
            sum(len(m.accounts) for m in members))


def sent_before(session: Session, adapter: BureauAdapter, books: Sequence[BranchBook],
                since: date, as_of: date) -> set[str]:
    """The numbers of the books' loans cancelled (every payout reversed) after `since`
    and by `as_of` — the only ones a file for that period may carry — that a
    submission file kept for this bureau carried: the bureau holds them and must be
    told (selection.py). Read from the files themselves — what was sent is what they
    say — as the account's own record: an MFI account segment (`ACTCRD|ref|ref|`) or a
    CIB contract line (`C|ref|`)."""
    out = set()
    for loan_no in sorted({f.loan.loan_no for book in books for f in book.loans
                           if f.cancelled_on is not None and since < f.cancelled_on <= as_of}):
        record = (f"\r\nC|{loan_no}|" if adapter.submission == "cib"
                  else f"ACTCRD|{loan_no}|{loan_no}|").encode("latin-1")
        pattern = b"%" + re.sub(rb"([\\%_])", rb"\\\1", record) + b"%"
        if session.scalar(select(HqBureauFile.id).where(
                HqBureauFile.bureau == adapter.code, HqBureauFile.kind == "submission",
                HqBureauFile.content.op("LIKE", is_comparison=True)(pattern))
                .limit(1)) is not None:
            out.add(loan_no)
    return out


def _remove_temporaries(paths: Sequence[Path]) -> None:
    for path in paths:
        path.with_name(f".{path.name}.part").unlink(missing_ok=True)
