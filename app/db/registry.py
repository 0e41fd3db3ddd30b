"""Imports every `app/db/models*.py` module so Base.metadata knows all branch tables.

Each area keeps its tables in its own module (models.py, models_sync.py, …) so the
areas can grow independently; migrations and tests see them all through here.
"""

from __future__ import annotations

import importlib
from pathlib import Path


def import_all_models() -> None:
    here = Path(__file__).parent
    for path in sorted(here.glob("models*.py")):
        importlib.import_module(f"app.db.{path.stem}")
