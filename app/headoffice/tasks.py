"""Head office's work list: what sync parked for a person (money in suspense, rows it could
not project, a branch restored from a backup), and how each was settled.

Nothing is deleted: a task is closed with who closed it and what was done, so the
suspense account can be audited afterwards.
"""

from __future__ import annotations

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from app.headoffice.admin import AdminError
from app.headoffice.ingest import now
from app.headoffice.models import HqTask


def tasks(engine: Engine, branch: str | None = None, include_done: bool = False
          ) -> list[HqTask]:
    """Open tasks (or all), oldest first: the order they should be worked through."""
    query = select(HqTask).order_by(HqTask.at, HqTask.id)
    if branch:
        query = query.where(HqTask.branch == branch)
    if not include_done:
        query = query.where(HqTask.done.is_(False))
    with Session(engine, expire_on_commit=False) as session:
        return list(session.scalars(query))


def close_task(engine: Engine, task_id: int, by: str, note: str) -> HqTask:
    """Mark a task settled, saying who did it and what was done."""
    by, note = by.strip(), note.strip()
    if not by or not note:
        raise AdminError("closing a task needs --by (who) and --note (what was done)")
    with Session(engine, expire_on_commit=False) as session, session.begin():
        task = session.get(HqTask, task_id, with_for_update=True)
        if task is None:
            raise AdminError(f"there is no task {task_id}")
        if task.done:
            when = f" on {task.done_at:%Y-%m-%d}" if task.done_at else ""
            raise AdminError(f"task {task_id} was already closed by {task.done_by}{when}")
        task.done, task.done_at, task.done_by, task.done_note = True, now(), by[:60], note
        return task
