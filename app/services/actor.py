"""Who is acting: the logged-in user a service runs for (recorded in audit and outbox).

It belongs to the services side (the session makes it, services check it against the
role table, app.services.roles); the unit of work only records its staff id, and
app.db.uow re-exports it for the modules that import it from there. No imports: the
screens and the data layer may both name it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The user on whose behalf a service runs (recorded in audit and outbox)."""

    staff_id: int | None
    username: str
    role: str
    sanction_grade: str | None = None

    @classmethod
    def system(cls) -> Actor:
        """The software acting for head office (applying its decisions, setting up)."""
        return cls(staff_id=None, username="system", role="admin")
