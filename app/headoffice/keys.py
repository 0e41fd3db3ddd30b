"""Head office's key pair for USB bundles: made once, the public half handed out.

`shakha hq init` makes it; a database without one (older, or emptied) gets one the
first time it is needed. Branches learn the public key with every network sync (the
cursor answer carries it), or from `shakha hq public-key` when they only use USB.
"""

from __future__ import annotations

from sqlalchemy import Engine, insert
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from app.headoffice.ingest import now
from app.headoffice.models import HqKeyPair
from app.sync.seal import new_private_key, public_of


def key_pair(engine: Engine) -> HqKeyPair:
    """The key pair, made now if there is none (two callers at once make one)."""
    with Session(engine, expire_on_commit=False) as session:
        pair = session.get(HqKeyPair, 1)
        if pair is not None:
            return pair
        private = new_private_key()
        values = {"id": 1, "public_key": public_of(private), "private_key": private,
                  "created_at": now()}
        if engine.dialect.name == "postgresql":
            session.execute(pg_insert(HqKeyPair).values(values).on_conflict_do_nothing())
        else:
            session.execute(insert(HqKeyPair).prefix_with("OR IGNORE").values(values))
        session.commit()
        pair = session.get(HqKeyPair, 1, populate_existing=True)
        assert pair is not None
        return pair


def public_key(engine: Engine) -> str:
    return key_pair(engine).public_key


def private_key(engine: Engine) -> str:
    return key_pair(engine).private_key
