"""The printed portfolio report and DCB report (A4 landscape).

Portfolio: the headline figures; the regulator's classes (RBI's standard, SMA-0/1/2 and
NPA; MRA's standard, watchful, substandard, doubtful and bad/loss with provisioning); the
ageing; the trend of portfolio at risk over the last twelve month ends, drawn with
reportlab's own charts; the portfolio by field officer, by product and by group; and
the written-off loans with what has been recovered.
DCB: the branch's demand, collection and balance, overdue / current / advance ×
principal / interest, then the same by field officer, product and group.
Outstanding is অবশিষ্ট আসল, overdue বকেয়া: two words, never one for both.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from reportlab.graphics import renderPDF
from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape

from app.format import format_amount, format_date, format_number, format_percent
from app.printing.forms import MARGIN, Column, Form
from app.printing.labels import label
from app.printing.text import FACES, draw

if TYPE_CHECKING:
    from app.printing.collection_sheet import SheetHeader
    from app.services.report_trend import TrendPoint
    from app.services.reports import DcbFigures, DcbReport, DcbRow, PortfolioReport, SliceRow

LONG = "d MMMM y"
CHART_H = 170.0
SERIES = (("par_1_minor", colors.HexColor("#1f77b4"), "trend_par_1"),
          ("par_30_minor", colors.HexColor("#ff7f0e"), "trend_par_30"),
          ("par_90_minor", colors.HexColor("#d62728"), "trend_par_90"))


def _subtitle(head: SheetHeader, lang: str) -> str:
    return f"{head.institution} — {label('branch', lang)}: {head.branch_name} ({head.branch_code})"


def _name(row: SliceRow | DcbRow, lang: str) -> str:
    name = row.name_bn if lang == "bn" and row.name_bn else row.name_en
    return f"{row.code} {name}".strip() if row.code != row.name_en else name


def _slice_table(form: Form, title: str, rows: tuple[SliceRow, ...], lang: str,
                 provision: bool) -> None:
    if not rows:
        return
    form.heading(title)
    cols = [Column(label("name", lang), 0), Column(label("loans", lang), 55, True),
            Column(label("borrowers", lang), 65, True),
            Column(label("outstanding_principal", lang), 95, True),
            Column(label("overdue", lang), 90, True), Column(label("par_30_short", lang), 70, True),
            Column(label("over_90", lang), 95, True)]
    if provision:
        cols.append(Column(label("provision", lang), 90, True))

    def cells(r: SliceRow) -> list[str]:
        out = [_name(r, lang), format_number(r.loans, lang), format_number(r.borrowers, lang),
               format_amount(r.outstanding_minor, lang), format_amount(r.overdue_minor, lang),
               format_percent(r.par_percent(), lang), format_amount(r.risk_minor, lang)]
        return out + ([format_amount(r.provision_minor or 0, lang)] if provision else [])

    total = [label("total", lang), format_number(sum(r.loans for r in rows), lang), "",
             format_amount(sum(r.outstanding_minor for r in rows), lang),
             format_amount(sum(r.overdue_minor for r in rows), lang), "",
             format_amount(sum(r.risk_minor for r in rows), lang)]
    if provision:
        total.append(format_amount(sum(r.provision_minor or 0 for r in rows), lang))
    form.table(cols, [cells(r) for r in rows], total)


def trend_chart(form: Form, trend: tuple[TrendPoint, ...], lang: str) -> None:
    """PAR > 1, > 30 and > 90 days at each month end: a reportlab line chart; its axis
    figures and legend are drawn as shaped text (Bengali digits and words)."""
    if len(trend) < 2:
        return
    form.heading(label("par_trend", lang))
    form.need(CHART_H + 30)
    width = form.page_w - 2 * MARGIN - 60
    values = [[float(p.percent(getattr(p, key))) for p in trend] for key, _c, _l in SERIES]
    top = max(5.0, max(max(v) for v in values) * 1.15)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 40, 20, width - 200, CHART_H - 30
    plot.data = [[(k, v) for k, v in enumerate(series)] for series in values]
    for n, (_key, colour, _l) in enumerate(SERIES):
        plot.lines[n].strokeColor, plot.lines[n].strokeWidth = colour, 1.6
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 0, len(trend) - 1
    plot.xValueAxis.valueSteps = list(range(len(trend)))
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, top
    step = top / 5
    plot.yValueAxis.valueSteps = [step * k for k in range(6)]
    plot.xValueAxis.visibleLabels = plot.yValueAxis.visibleLabels = False
    plot.yValueAxis.visibleGrid, plot.yValueAxis.gridStrokeColor = True, colors.lightgrey
    drawing = Drawing(width, CHART_H)
    drawing.initialFontName = FACES[("latin", False)][0]  # ours, embedded: no Helvetica
    drawing.add(plot)
    x0, y0 = MARGIN + 20, form.y - CHART_H
    renderPDF.draw(drawing, form.c, x0, y0)
    c = form.c
    for k in range(6):  # the y axis: percent
        y = y0 + plot.y + plot.height * k / 5
        tick = Decimal(str(step * k)).quantize(Decimal("0.1"))
        draw(c, x0 + plot.x - 4, y - 3, format_number(tick, lang) + "%", 7,
             align="right")
    for k, point in enumerate(trend):  # the x axis: month ends
        x = x0 + plot.x + plot.width * k / (len(trend) - 1)
        draw(c, x, y0 + plot.y - 11, format_date(point.on, lang, "MM/yy"), 7, align="center")
    legend_x = x0 + plot.x + plot.width + 20
    for n, (key, colour, text) in enumerate(SERIES):
        y = y0 + plot.y + plot.height - 14 - n * 16
        c.setStrokeColor(colour)
        c.setLineWidth(2)
        c.line(legend_x, y + 3, legend_x + 18, y + 3)
        c.setStrokeColor(colors.black)
        c.setLineWidth(1)
        last = trend[-1]
        draw(c, legend_x + 24, y, f"{label(text, lang)}: "
             f"{format_percent(last.percent(getattr(last, key)), lang)}", 8.5)
    form.y = y0 - 12


def portfolio_document(report: PortfolioReport, head: SheetHeader, lang: str,
                       trend: tuple[TrendPoint, ...] = ()) -> bytes:
    form = Form(label("portfolio_report", lang), _subtitle(head, lang), lang,
                address=head.address, reference=format_date(report.as_of, lang, LONG),
                pagesize=landscape(A4))

    def money(minor: int) -> str:
        return format_amount(minor, lang, head.currency, symbol=True)

    rows = [
        (label("as_of", lang), format_date(report.as_of, lang, LONG)),
        (label("active_loans", lang), format_number(report.active_loans, lang)),
        (label("borrowers", lang), format_number(report.borrowers, lang)),
        (label("outstanding_principal", lang), money(report.outstanding_minor)),
        (label("overdue_amount", lang), money(report.overdue_minor)),
        (label("par_1", lang), format_percent(report.par_percent(report.par_1_minor), lang)),
        (label("par_30", lang), format_percent(report.par_percent(report.par_30_minor), lang)),
        (label("par_90", lang), format_percent(report.par_percent(report.par_90_minor), lang)),
    ]
    provision = report.provision_minor is not None
    if provision:
        rows.append((label("provision_total", lang), money(report.provision_minor or 0)))
    form.pairs(rows, label_width=300)
    _classes(form, report, lang, provision)
    form.heading(label("ageing", lang))
    form.table([Column(label("days_overdue", lang), 220), Column(label("loans", lang), 100, True),
                Column(label("outstanding_principal", lang), 0, True)],
               [[label(f"bucket_{a.bucket}", lang), format_number(a.loans, lang),
                 format_amount(a.outstanding_minor, lang)] for a in report.ageing],
               [label("total", lang), format_number(sum(a.loans for a in report.ageing), lang),
                format_amount(sum(a.outstanding_minor for a in report.ageing), lang)])
    trend_chart(form, trend, lang)
    _slice_table(form, label("by_officer", lang), report.by_officer, lang, provision)
    _slice_table(form, label("by_product", lang), report.by_product, lang, provision)
    _slice_table(form, label("by_group", lang), report.by_group, lang, provision)
    _written_off(form, report, lang)
    return form.pdf()


def _classes(form: Form, report: PortfolioReport, lang: str, provision: bool) -> None:
    form.heading(label("classes_bd" if report.profile == "bangladesh_mra" else "classes_in",
                       lang))
    cols = [Column(label("class", lang), 0), Column(label("loans", lang), 70, True),
            Column(label("outstanding_principal", lang), 120, True),
            Column(label("overdue", lang), 110, True)]
    if provision:
        cols += [Column(label("provision_rate", lang), 80, True),
                 Column(label("provision", lang), 110, True)]

    def cells(c):  # type: ignore[no-untyped-def]
        out = [label(f"class_{c.code}", lang), format_number(c.loans, lang),
               format_amount(c.outstanding_minor, lang), format_amount(c.overdue_minor, lang)]
        if provision:
            out += [format_percent(c.provision_percent, lang) if c.provision_percent is not None
                    else "", format_amount(c.provision_minor or 0, lang)]
        return out

    total = [label("total", lang), format_number(sum(c.loans for c in report.classes), lang),
             format_amount(sum(c.outstanding_minor for c in report.classes), lang),
             format_amount(sum(c.overdue_minor for c in report.classes), lang)]
    if provision:
        total += ["", format_amount(report.provision_minor or 0, lang)]
    form.table(cols, [cells(c) for c in report.classes], total)


def _written_off(form: Form, report: PortfolioReport, lang: str) -> None:
    form.heading(label("written_off", lang))
    if not report.written_off:
        form.paragraph(label("none_written_off", lang), 10)
        return
    rows = [[w.loan_no, f"{w.member_code} {w.name_bn if lang == 'bn' and w.name_bn else w.name_en}",
             format_date(w.on, lang, "dd/MM/yyyy"), format_amount(w.written_off_minor, lang),
             format_amount(w.recovered_minor, lang),
             format_amount(max(w.written_off_minor - w.recovered_minor, 0), lang)]
            for w in report.written_off]
    off = sum(w.written_off_minor for w in report.written_off)
    back = sum(w.recovered_minor for w in report.written_off)
    form.table([Column(label("loan_no", lang), 120), Column(label("member", lang), 0),
                Column(label("written_off_on", lang), 95),
                Column(label("written_off_amount", lang), 110, True),
                Column(label("recovered", lang), 100, True),
                Column(label("still_due", lang), 100, True)], rows,
               [label("total", lang), format_number(len(rows), lang), "",
                format_amount(off, lang), format_amount(back, lang),
                format_amount(max(off - back, 0), lang)])


# ---- DCB ----------------------------------------------------------------------------------

DCB_COLUMNS = ("demand_overdue", "demand_current", "collection_overdue", "collection_current",
               "collection_advance", "balance_overdue", "balance_current")


def _part(f: DcbFigures, part: str) -> list[int]:
    return [getattr(f, f"{name}_{part}") for name in DCB_COLUMNS]


def _dcb_table(form: Form, title: str, rows: tuple[DcbRow, ...], lang: str) -> None:
    if not rows:
        return
    form.heading(title)
    cols = [Column(label("name", lang), 0), Column(label("part", lang), 62)] + [
        Column(label(f"dcb_{name}", lang), 74, True) for name in DCB_COLUMNS]
    body = []
    for r in rows:
        for n, part in enumerate(("p", "i")):
            body.append([_name(r, lang) if n == 0 else "",
                         label("principal" if part == "p" else "interest", lang),
                         *[format_amount(v, lang) for v in _part(r.figures, part)]])
    form.table(cols, body)


def dcb_document(report: DcbReport, head: SheetHeader, lang: str) -> bytes:
    form = Form(label("dcb_report", lang), _subtitle(head, lang), lang, address=head.address,
                reference=f"{format_date(report.start, lang, 'dd/MM/yyyy')} – "
                          f"{format_date(report.end, lang, 'dd/MM/yyyy')}",
                pagesize=landscape(A4))

    def money(minor: int) -> str:
        return format_amount(minor, lang, head.currency, symbol=True)

    form.pairs([
        (label("period", lang), f"{format_date(report.start, lang, LONG)} – "
                                f"{format_date(report.end, lang, LONG)}"),
        (label("demand", lang), money(report.demand_minor)),
        (label("collection", lang), money(report.collection_minor)),
        (label("dcb_balance", lang), money(report.balance_minor)),
        (label("collection_rate", lang), format_percent(report.collection_rate(), lang)),
    ], label_width=300)
    t = report.totals
    form.heading(label("dcb_split", lang))
    form.table([Column("", 0), Column(label("principal", lang), 140, True),
                Column(label("interest", lang), 140, True),
                Column(label("total", lang), 140, True)],
               [[label(f"dcb_{name}", lang), format_amount(p, lang), format_amount(i, lang),
                 format_amount(p + i, lang)]
                for name, p, i in zip(DCB_COLUMNS, _part(t, "p"), _part(t, "i"), strict=True)])
    _dcb_table(form, label("by_officer", lang), report.by_officer, lang)
    _dcb_table(form, label("by_product", lang), report.by_product, lang)
    _dcb_table(form, label("by_group", lang), report.by_group, lang)
    return form.pdf()
