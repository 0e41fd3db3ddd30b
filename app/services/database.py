"""The branch database as the screens know it: where it is, opening it, and what a
storage error means. ui/ imports nothing from app.db (tests/ui/test_layers.py); it asks
here. Each function imports the data layer when called, so the first window is shown
before SQLAlchemy loads (ui.app_main)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from app.db.trouble import StorageTrouble


def default_db_path() -> Path:
    """The branch database in the user's data directory (SHAKHA_DB overrides it)."""
    from app.db.engine import default_db_path as path

    return path()


def open_database(path: str | Path) -> Engine:
    """The branch database at `path`, opened (its key from the machine slot or a login)."""
    from app.db.engine import open_engine

    return open_engine(path)


def storage_trouble(error: BaseException) -> StorageTrouble | None:
    """What a disk or file error means for the user (None: not a storage error)."""
    from app.db.trouble import storage_trouble as trouble

    return trouble(error)
