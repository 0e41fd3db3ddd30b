"""A restored branch's new epoch, confirmed by a person (SYNC.md, Upload).

A branch restored from an old backup asks head office for a new epoch. The request is
recorded and head office's "restored" alarm raised at once (the first time it is
asked), but the epoch opens only after a person at head office, having spoken to the
branch, confirms it: `shakha hq confirm-epoch CODE`. Until then the request is refused
with a reason the branch shows ("waits for head office to confirm"); asked again after
the confirmation, it opens. The confirmation is for the branch's current epoch only:
once that epoch is closed, it confirms nothing more.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.headoffice.models import HqAlarm, HqBranch
from app.headoffice.models_trust import HqEpochConfirmation


def require_confirmed(engine: Engine, code: str, epoch: int) -> None:
    """Refused ("unconfirmed") unless a person confirmed closing `epoch` of `code`;
    a request for another epoch than head office's current one passes (start_epoch
    answers it as a repeat or refuses it as stale)."""
    from app.headoffice.ingest import Refused, now

    with Session(engine) as session, session.begin():
        branch = session.get(HqBranch, code)
        if branch is None or epoch != branch.epoch:
            return
        row = session.get(HqEpochConfirmation, (code, epoch))
        if row is not None and row.confirmed_at is not None:
            return
        if row is None or row.requested_at is None:
            if row is None:
                row = HqEpochConfirmation(branch=code, epoch=epoch)
                session.add(row)
            row.requested_at = now()
            session.add(HqAlarm(branch=code, kind="restored", at=now(), detail=(
                f"branch {code} asks for a new epoch (restored from an old backup?): "
                f"confirm with `shakha hq confirm-epoch {code}` after speaking to it")))
    raise Refused(f"a new epoch for branch {code} waits for head office to confirm it "
                  f"(shakha hq confirm-epoch {code}); sync again after that",
                  code="unconfirmed")


def confirm_epoch(engine: Engine, code: str, by: str) -> int:
    """A person confirms that `code` may close its current epoch; returns that epoch.
    Refused when head office does not know the branch."""
    from app.headoffice.ingest import Refused, now

    with Session(engine) as session, session.begin():
        branch = session.get(HqBranch, code)
        if branch is None:
            raise Refused(f"branch {code} is not registered at head office")
        row = session.get(HqEpochConfirmation, (code, branch.epoch))
        if row is None:
            row = HqEpochConfirmation(branch=code, epoch=branch.epoch)
            session.add(row)
        row.confirmed_at, row.confirmed_by = now(), by[:60]
        return branch.epoch
