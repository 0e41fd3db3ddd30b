"""Publishing a profile's catalogue (app.catalogue) as head office's reference data.

Only what differs from head office's latest version of each (kind, key) is published,
so publishing the same catalogue again adds nothing, and a changed rate goes out as one
new version of that product alone. Every change is checked as `publish` checks one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from app.catalogue import Catalogue
from app.headoffice.admin import publish
from app.headoffice.models import HqReference


@dataclass(frozen=True)
class Published:
    published: int
    unchanged: int


def _latest(engine: Engine) -> dict[tuple[str, str], tuple[dict, bool]]:
    """(kind, key) -> (payload, deleted) of head office's newest version for all branches."""
    with Session(engine) as session:
        newest = (select(HqReference.kind, HqReference.key,
                         func.max(HqReference.version).label("version"))
                  .where(HqReference.branch.is_(None))
                  .group_by(HqReference.kind, HqReference.key).subquery())
        rows = session.execute(select(HqReference).join(
            newest, HqReference.version == newest.c.version)).scalars()
        return {(r.kind, r.key): (json.loads(r.payload), r.deleted) for r in rows}


def publish_catalogue(engine: Engine, catalogue: Catalogue, years: tuple[int, ...],
                      dry_run: bool = False) -> Published:
    """Publish the catalogue's products, delegation and the holidays of `years`."""
    latest = _latest(engine)
    published = unchanged = 0
    for kind, key, payload in catalogue.changes(years):
        if latest.get((kind, key)) == (payload, False):
            unchanged += 1
            continue
        if not dry_run:
            publish(engine, kind, key, payload)
        published += 1
    return Published(published, unchanged)
