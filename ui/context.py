"""What every window and view is given: the database, the acting user, the language.

Views connect to `data_changed(area)` to refresh what they show after a service call
changed something, and to `language_changed()` to retranslate.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine

from app.db.uow import Actor


class AppContext(QObject):
    data_changed = Signal(str)
    language_changed = Signal()

    def __init__(self, engine: Engine, actor: Actor, lang: str = "bn") -> None:
        super().__init__()
        self.engine = engine
        self.actor = actor
        self.lang = lang
