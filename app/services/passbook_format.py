"""The branch's passbook format: where the lines of its paper passbooks are.

Institutions print different passbooks (15 lines a page or 24, ruled a quarter inch or
7 mm apart); the branch sets its format once, in Settings beside the printer's
calibration, and every passbook print and the calibration page follow it. Printer
offsets (printing.py) then correct each printer's own shift.
"""

from __future__ import annotations

import json
from dataclasses import asdict

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from app.db.models import Setting
from app.db.uow import Actor, UnitOfWork
from app.errors import QT_TR_NOOP, ValidationError
from app.printing.passbook import DEFAULT_LAYOUT, PassbookLayout
from app.services import roles
from app.services.common import read_session
from app.services.roles import require

KEY = "passbook_layout"
LOWEST_LINE_MM = 285.0  # an A4 sheet is 297 mm; a printer cannot reach its last 12


def layout_of(session: Session) -> PassbookLayout:
    row = session.get(Setting, KEY)
    if row is None:
        return DEFAULT_LAYOUT
    try:
        saved = json.loads(row.value)
        return PassbookLayout(int(saved["lines_per_page"]), float(saved["pitch_mm"]),
                              float(saved["first_line_mm"]), float(saved["left_mm"]))
    except (ValueError, KeyError, TypeError):
        return DEFAULT_LAYOUT


def passbook_layout(engine: Engine) -> PassbookLayout:
    with read_session(engine) as s:
        return layout_of(s)


def save_passbook_layout(engine: Engine, actor: Actor, layout: PassbookLayout
                         ) -> PassbookLayout:
    """Check and keep the branch's passbook format (manager or admin)."""
    require(actor, roles.PRINTER_SETUP)
    check_layout(layout)
    with UnitOfWork(engine, actor) as uow:
        uow.session.merge(Setting(key=KEY, value=json.dumps(asdict(layout))))
    return layout


def check_layout(layout: PassbookLayout) -> None:
    """A format a passbook printer can print: refused in words otherwise."""
    if not 5 <= layout.lines_per_page <= 60:
        raise ValidationError(QT_TR_NOOP("A passbook page has 5 to 60 lines."))
    if not 3.0 <= layout.pitch_mm <= 15.0:
        raise ValidationError(QT_TR_NOOP("Lines are 3 to 15 mm apart."))
    if not 5.0 <= layout.first_line_mm <= 200.0:
        raise ValidationError(QT_TR_NOOP("The first line is 5 to 200 mm from the top "
                                         "of the page."))
    if not 0.0 <= layout.left_mm <= 80.0:
        raise ValidationError(QT_TR_NOOP("The left edge is 0 to 80 mm from the side of "
                                         "the page."))
    if layout.last_line_mm > LOWEST_LINE_MM:
        raise ValidationError(QT_TR_NOOP(
            "With these figures the last line would be {mm} mm from the top, off the "
            "printable page: fewer lines, closer lines or a higher first line."),
            mm=round(layout.last_line_mm))
