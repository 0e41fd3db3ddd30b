"""The application context every window, view and dialog is given (`ctx`).

How to write a page for the main window (ui/views/<name>_view.py):

    class GroupsView(QWidget):            # any QWidget subclass
        def __init__(self, ctx: AppContext) -> None:
            super().__init__()
            self.ctx = ctx
            ...
            ctx.data_changed.connect(self.on_data_changed)
            self.retranslate()

        def retranslate(self) -> None:     # every visible text, via self.tr(...)
            ...

        def changeEvent(self, event):      # run-time language switch
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            super().changeEvent(event)

        def refresh(self) -> None:         # optional: F5 and the main window call it
            ...

    View = GroupsView                      # the main window looks for `View`

What the context holds:
- `ctx.engine`  the branch database (pass it to app.services functions; no SQL in ui/)
- `ctx.actor`   the logged-in user (app.services.actor.Actor: staff_id, username, role, grade)
- `ctx.lang`    "en" or "bn": pass it to app.format (amounts, dates, digits) and use it
                to pick name_en / name_bn columns (`ctx.pick(en, bn)` does that)
- `ctx.data_changed(str)`  emit after a service call changed data, with the area name
                ("meetings", "members", "groups", "loans", "cash", "sync", ...); every view
                may refresh itself if it shows that area (ui.ops.run_op emits it for you)
- `ctx.language_changed()`  emitted after the language switched (Qt also sends every
                widget a LanguageChange event; use either to retranslate)

Service calls from the UI go through ui.ops: `run_op(self, fn, *args, on_done=...,
changed="members")` for work that may take time (runs in a worker, shows progress and
translated errors), `call(self, fn, *args)` for quick synchronous calls.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # not at run time: the main window is shown before the data layer loads
    from app.services.actor import Actor
    from app.services.common import Database


class AppContext(QObject):
    data_changed = Signal(str)
    language_changed = Signal()

    def __init__(self, engine: Database, actor: Actor, lang: str = "bn") -> None:
        super().__init__()
        self.engine = engine
        self.actor = actor
        self.lang = lang

    @property
    def bn(self) -> bool:
        return self.lang == "bn"

    def pick(self, en: str, bn: str) -> str:
        """The Bengali text in Bengali (when there is one), else the English."""
        return bn if self.lang == "bn" and bn else en

    def is_field_officer(self) -> bool:
        return self.actor.role == "field_officer"
