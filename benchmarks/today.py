"""`today`: opening the Today view on a 5,000-member demo branch (all meetings of the day).

Value: TodayView.refresh() — todays_meetings (dues with arrears per group) plus filling
the Qt model and formatting every cell — as a branch manager sees it (every officer).
Baseline, same run: a bare sqlite3 SELECT of the same meetings with group, village and
officer (no dues). Median of 7 runs each; target: value under 0.25 s.
"""

from __future__ import annotations

import os
import statistics
import time

from benchmarks.common import result
from benchmarks.startup import bench_db

BARE_SQL = """
SELECT m.id, g.code, g.name_en, g.name_bn, v.name_en, v.name_bn, g.meeting_time,
       s.full_name_en, m.status
FROM meeting m JOIN member_group g ON g.id = m.group_id
JOIN village v ON v.id = g.village_id JOIN staff s ON s.id = g.field_officer_id
WHERE m.scheduled_on = ? ORDER BY g.meeting_time, g.code
"""


def run() -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.db.engine import open_engine
    from app.db.raw import connect
    from app.db.uow import Actor
    from app.services.status import status_summary
    from app.services.users import authenticate
    from ui.context import AppContext
    from ui.views.today_view import TodayView

    path = bench_db()
    app = QApplication.instance() or QApplication([])
    engine = open_engine(path)
    actor: Actor = authenticate(engine, "manager", "demo")
    view = TodayView(AppContext(engine, actor, "bn"))
    model = view.model

    def open_today() -> int:
        view.refresh()
        cells = [model.index(r, c).data() for r in range(model.rowCount())
                 for c in range(model.columnCount())]
        return len(cells)

    on = status_summary(engine).business_date.isoformat()
    con = connect(path)  # the same encrypted file, read raw

    def bare() -> int:
        return len(con.execute(BARE_SQL, (on,)).fetchall())

    def timed(fn) -> float:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        fn()
        return time.perf_counter() - start

    open_today()
    bare()  # warm both caches the same way
    ours = statistics.median(timed(open_today) for _ in range(7))
    base = statistics.median(timed(bare) for _ in range(7))
    meetings = model.rowCount()
    con.close()
    view.deleteLater()
    del app
    return result("today", ours, base, target="value < 0.25 s", unit="s", meetings=meetings)
