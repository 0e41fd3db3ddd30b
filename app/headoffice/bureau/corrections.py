"""A bureau's rejections of a submission file, as a correction queue per branch.

Each rejected field becomes a correction for the branch whose member or account it is
(the member ids and account numbers of our files begin with the branch code); each
branch is asked, with the next sync, to correct them (app.headoffice.requests: head
office never edits a branch's facts); a correction leaves the queue when the branch's
manager answers that request (the answer comes up with the branch's next sync). The
file itself is kept as it came; importing it again adds nothing.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.headoffice.bureau.adapters import BureauAdapter
from app.headoffice.bureau.checks import store_file
from app.headoffice.bureau.models import HqBureauCorrection, HqBureauFile
from app.headoffice.ingest import now
from app.headoffice.models import HqBranch
from app.headoffice.requests import ask_branch


@dataclass(frozen=True)
class Queued:
    corrections: int
    branches: tuple[str, ...]
    unknown: tuple[str, ...]  # rejections naming no branch head office knows
    already: bool = False


def _branch_of(member_id: str, account_ref: str, known: set[str]) -> str | None:
    if "/" in member_id and member_id.split("/", 1)[0] in known:
        return member_id.split("/", 1)[0]
    matches = [b for b in known if account_ref.startswith(f"{b}-")]
    return max(matches, key=len) if matches else None


def import_rejections(engine: Engine, adapter: BureauAdapter, content: bytes, name: str
                      ) -> Queued:
    file_name, rejections = adapter.read_rejections(content)
    digest = hashlib.sha256(content).hexdigest()
    with Session(engine) as session, session.begin():
        if session.scalars(select(HqBureauFile.id).where(
                HqBureauFile.sha256 == digest)).first() is not None:
            return Queued(0, (), (), already=True)
        known = set(session.scalars(select(HqBranch.code)))
        stored = store_file(session, adapter.code, "rejection", name, content,
                            records=len(rejections))
        per_branch: dict[str, list[HqBureauCorrection]] = defaultdict(list)
        unknown = []
        for r in rejections:
            branch = _branch_of(r.member_id, r.account_ref, known)
            if branch is None:
                unknown.append(r.member_id or r.account_ref)
                continue
            row = HqBureauCorrection(branch=branch, file_id=stored.id,
                                     member_ref=r.member_id[:40],
                                     account_ref=r.account_ref[:40], field=r.field[:40],
                                     code=r.code[:20], message=r.message, at=now())
            session.add(row)
            per_branch[branch].append(row)
        session.flush()
        file_id = stored.id
        asks = {b: _text(adapter.code, file_name, rows) for b, rows in per_branch.items()}
    for branch, words in asks.items():
        request_id = ask_branch(engine, branch, words, about=f"{adapter.code} {file_name}"[:200],
                                by=f"bureau {adapter.code}")
        with Session(engine) as session, session.begin():
            for row in session.scalars(select(HqBureauCorrection).where(
                    HqBureauCorrection.branch == branch,
                    HqBureauCorrection.file_id == file_id)):
                row.request_id = request_id
    return Queued(sum(len(v) for v in per_branch.values()), tuple(sorted(per_branch)),
                  tuple(unknown))


def _text(bureau: str, file_name: str, rows: list[HqBureauCorrection]) -> str:
    lines = [f"{bureau} rejected {len(rows)} field(s) of {file_name}; please correct:"]
    lines += [f"- {r.member_ref} {r.account_ref} {r.field}: {r.message} ({r.code})"
              for r in rows[:40]]
    if len(rows) > 40:
        lines.append(f"… and {len(rows) - 40} more (shakha hq bureau corrections)")
    return "\n".join(lines)[:2000]


@dataclass(frozen=True)
class Correction:
    """A rejected field, and where its correction stands: asked of the branch (the
    request id), answered by the branch's manager (with the note and the day), or
    named no branch at all."""

    row: HqBureauCorrection
    answer: str | None = None
    answered_on: str | None = None

    @property
    def state(self) -> str:
        return "answered" if self.answered_on is not None else "asked"


def corrections(engine: Engine, branch: str | None = None, include_done: bool = False
                ) -> list[Correction]:
    """The correction queue, oldest first: waiting for the branch, or (`include_done`)
    also those the branch has answered (its answer comes up with its next sync)."""
    from app.headoffice.requests import branch_requests

    query = select(HqBureauCorrection).order_by(HqBureauCorrection.at, HqBureauCorrection.id)
    if branch:
        query = query.where(HqBureauCorrection.branch == branch)
    answers = {(r.branch, r.request_id): r for r in branch_requests(engine, branch, True)
               if r.answered_on is not None}
    with Session(engine, expire_on_commit=False) as session:
        rows = list(session.scalars(query))
    out = []
    for row in rows:
        answered = answers.get((row.branch, row.request_id or ""))
        if answered is not None and not include_done:
            continue
        out.append(Correction(row, answered.answer if answered else None,
                              answered.answered_on if answered else None))
    return out
