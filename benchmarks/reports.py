"""`reports`: the portfolio report and the month's DCB on a 5,000-member, 5-year branch
(~1 M installment rows, ~1.8 M journal rows).

Value: portfolio_report (PAR, ageing, the regulator's classes, by officer / group /
product, written-off loans) plus dcb_report (overdue / current / advance × principal /
interest, by officer / group / product) for the month to date, median of 5 runs each.
Baseline, same run: one hand-written SQL aggregate per report computing the same
headline figures in SQLite alone (the portfolio's loans, outstanding and overdue per
class; the DCB's fourteen split totals), through bare sqlite3 — the floor of each; the
benchmark checks both give the same totals. Extra: each report's own ratio, the CPU
time, and the PAR trend of the printed report (12 month ends), not in the value.
The reports read the per-loan caches (app.db.positions, migration 0016: positions,
monthly demand, date-ordered covering indexes); the baseline still adds up the 1 M
installments, as the figures were computed before.
Targets: ratio <= 2 and value < 0.3 s. SHAKHA_BENCH_REPORT_MEMBERS makes a smaller branch.
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.db.base import day_number
from app.db.raw import connect as raw_connect
from benchmarks.common import result

AS_OF = date(2026, 11, 25)
START = AS_OF.replace(day=1)

UNPAID = ("i.principal_minor + i.interest_minor - i.paid_principal_minor "
          "- i.paid_interest_minor")
PORTFOLIO_SQL = f"""
WITH pos AS (
  SELECT l.id,
         SUM(i.principal_minor - i.paid_principal_minor) AS outstanding,
         SUM(CASE WHEN {UNPAID} > 0 AND i.due_on < :d THEN {UNPAID} ELSE 0 END) AS overdue,
         MIN(CASE WHEN {UNPAID} > 0 AND i.due_on < :d THEN i.due_on END) AS oldest
  FROM loan l JOIN installment i ON i.loan_id = l.id
  WHERE l.status = 'disbursed' GROUP BY l.id)
SELECT CASE WHEN oldest IS NULL THEN 0 ELSE :d - oldest
       END AS dpd, COUNT(*), SUM(outstanding), SUM(overdue)
FROM pos GROUP BY dpd
"""

SPLIT = ", ".join(
    f"SUM(MAX(0, b{c} - pb{c})) AS do_{c}, "
    f"SUM(MAX(0, n{c} - MAX(0, pb{c} - b{c}))) AS dc_{c}, "
    f"SUM(MIN(pn{c}, MAX(0, b{c} - pb{c}))) AS co_{c}, "
    f"SUM(MIN(pn{c} - MIN(pn{c}, MAX(0, b{c} - pb{c})), MAX(0, n{c} - MAX(0, pb{c} - b{c}))))"
    f" AS cc_{c}" for c in ("p", "i"))
DCB_SQL = f"""
WITH scope AS (
  SELECT id FROM loan WHERE disbursed_on <= :e_iso
    AND (status = 'disbursed' OR (status = 'closed' AND closed_on >= :s_iso))),
due AS (
  SELECT loan_id,
         SUM(CASE WHEN due_on < :s THEN principal_minor ELSE 0 END) AS bp,
         SUM(CASE WHEN due_on < :s THEN interest_minor ELSE 0 END) AS bi,
         SUM(CASE WHEN due_on >= :s THEN principal_minor ELSE 0 END) AS np,
         SUM(CASE WHEN due_on >= :s THEN interest_minor ELSE 0 END) AS ni
  FROM installment WHERE loan_id IN scope AND due_on <= :e GROUP BY loan_id),
paid AS (
  SELECT loan_id,
         SUM(CASE WHEN business_date < :s THEN sg * principal_minor ELSE 0 END) AS pbp,
         SUM(CASE WHEN business_date < :s THEN sg * interest_minor ELSE 0 END) AS pbi,
         SUM(CASE WHEN business_date >= :s THEN sg * principal_minor ELSE 0 END) AS pnp,
         SUM(CASE WHEN business_date >= :s THEN sg * interest_minor ELSE 0 END) AS pni
  FROM (SELECT loan_id, business_date, principal_minor, interest_minor,
               CASE WHEN reverses_id IS NULL THEN 1 ELSE -1 END AS sg
        FROM journal_entry WHERE kind = 'repayment' AND loan_id IN scope
          AND business_date <= :e)
  GROUP BY loan_id),
x AS (
  SELECT COALESCE(bp, 0) AS bp, COALESCE(bi, 0) AS bi, COALESCE(np, 0) AS np,
         COALESCE(ni, 0) AS ni, COALESCE(pbp, 0) AS pbp, COALESCE(pbi, 0) AS pbi,
         MAX(COALESCE(pnp, 0), 0) AS pnp, MAX(COALESCE(pni, 0), 0) AS pni
  FROM scope LEFT JOIN due ON due.loan_id = scope.id
  LEFT JOIN paid ON paid.loan_id = scope.id
  WHERE due.loan_id IS NOT NULL OR paid.loan_id IS NOT NULL)
SELECT {SPLIT}, SUM(pnp), SUM(pni) FROM x
"""


def _database(tmp: Path) -> Path:
    members = int(os.environ.get("SHAKHA_BENCH_REPORT_MEMBERS", "5000"))
    if members == 5000:
        from benchmarks.startup import bench_db

        return bench_db()
    from app.demo import generate_demo

    path = tmp / "demo.db"
    generate_demo(path, members=members, years=2, seed=2, today=AS_OF)
    return path


def _median(fn: Callable[[], object], runs: int = 5) -> tuple[float, float, object]:
    """Median wall and CPU seconds of `fn`, after one warm-up run; its last result."""
    out = fn()
    walls, cpus = [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        out = fn()
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu)
    return statistics.median(walls), statistics.median(cpus), out


def run() -> dict:
    from app.db.engine import open_engine
    from app.services.report_trend import par_trend
    from app.services.reports import dcb_report, portfolio_report

    with tempfile.TemporaryDirectory() as tmp:
        path = _database(Path(tmp))
        engine = open_engine(path)
        con = raw_connect(path)
        # the journal's and installments' dates are day numbers (app.db.base.DayNumber)
        params = {"d": day_number(AS_OF), "s": day_number(START), "e": day_number(AS_OF),
                  "s_iso": START.isoformat(), "e_iso": AS_OF.isoformat()}
        p_wall, p_cpu, portfolio = _median(lambda: portfolio_report(engine, AS_OF))
        pb_wall, _c, classes = _median(lambda: con.execute(PORTFOLIO_SQL, params).fetchall())
        d_wall, d_cpu, dcb = _median(lambda: dcb_report(engine, START, AS_OF))
        db_wall, _c, split = _median(lambda: con.execute(DCB_SQL, params).fetchone())
        t_wall, t_cpu, _t = _median(lambda: par_trend(engine, AS_OF), 1)
        installments = con.execute("SELECT COUNT(*) FROM installment").fetchone()[0]
        con.close()
        engine.dispose()
    assert sum(row[2] for row in classes) == portfolio.outstanding_minor  # type: ignore[attr-defined]
    totals = dcb.totals  # type: ignore[attr-defined]
    assert (split[0], split[1], split[4], split[5]) == (
        totals.demand_overdue_p, totals.demand_current_p, totals.demand_overdue_i,
        totals.demand_current_i), "the hand-written DCB disagrees"
    value, baseline = p_wall + d_wall, pb_wall + db_wall
    return result("reports", value, baseline, target="ratio <= 2 and value < 0.3 s", unit="s",
                  cpu_s=round(p_cpu + d_cpu, 3), portfolio_s=round(p_wall, 4),
                  portfolio_ratio=round(p_wall / pb_wall, 3), dcb_s=round(d_wall, 4),
                  dcb_ratio=round(d_wall / db_wall, 3), par_trend_s=round(t_wall, 3),
                  par_trend_cpu_s=round(t_cpu, 3), installments=installments)
