"""The credit-bureau tab of a loan: the household's people, where each one's check
stands, what the reports say per person and in total, and the verdict they make.

"Ask for a bureau check" records the person's consent (signature or thumb impression)
and sends the request with the next sync or USB stick; the branch never talks to a
bureau. A person's Roman-letter name (CIC files are Latin-1) is proposed from the
Bengali and saved only when the officer has checked it against the identity document.
All rules are in app.services.bureau*; this only asks and shows.
"""

from __future__ import annotations

import contextlib
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.bureau import OURS, CreditSummary
from app.domain.money import round_paisa, to_minor
from app.errors import QT_TRANSLATE_NOOP
from app.format import format_amount, format_date, format_number
from app.services.bureau import (
    Person,
    ask_for_bureau_check,
)
from app.services.bureau_checks import BureauPanel as PanelData
from app.services.bureau_checks import bureau_panel
from ui.context import AppContext
from ui.ops import call, show_error
from ui.views.bureau_people import RELATIONS, ConsentDialog, PersonDialog
from ui.views.loan_application import failure_text

STATES = {
    "not_asked": QT_TRANSLATE_NOOP("BureauPanel", "not asked"),
    "waiting_to_send": QT_TRANSLATE_NOOP("BureauPanel", "waiting to send"),
    "at_head_office": QT_TRANSLATE_NOOP("BureauPanel", "at head office"),
    "sent": QT_TRANSLATE_NOOP("BureauPanel", "sent to the bureau"),
    "received": QT_TRANSLATE_NOOP("BureauPanel", "report received"),
    "no_record": QT_TRANSLATE_NOOP("BureauPanel", "no record found"),
    "error": QT_TRANSLATE_NOOP("BureauPanel", "error — ask again"),
    "out_of_date": QT_TRANSLATE_NOOP("BureauPanel", "out of date — ask again"),
}
def _t(text: str) -> str:
    return QCoreApplication.translate("BureauPanel", text)


def add_referrals(verdict: QLabel, reasons: QListWidget, preview, lang: str) -> None:  # type: ignore[no-untyped-def]
    """On the application form: what the bureau side leaves to the manager. "Refer to the
    manager" is never shown as "eligible"."""
    if not getattr(preview, "referrals", ()):
        return
    if preview.eligible:
        verdict.setText(QCoreApplication.translate(
            "BureauPanel", "Refer to the manager — the credit bureau side cannot be "
                           "decided yet:"))
    for f in preview.referrals:
        reasons.addItem(failure_text(f.text, f.params, lang))


def add_bureau_tab(tabs: QTabWidget, ctx: AppContext, loan_id: int) -> BureauTab:
    """The loan dialog's hook: one tab, titled in the user's language."""
    tab = BureauTab(ctx, loan_id, tabs)
    tabs.addTab(tab, "")
    tab.retranslate()
    return tab


class BureauTab(QWidget):
    def __init__(self, ctx: AppContext, loan_id: int, tabs: QTabWidget | None = None) -> None:
        super().__init__()
        self.ctx, self.loan_id, self.tabs = ctx, loan_id, tabs
        self.data: PanelData | None = None
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.reasons = QListWidget()
        self.reasons.setWordWrap(True)
        self.reasons.setMaximumHeight(110)
        self.burden = QLabel()
        self.burden.setWordWrap(True)
        self.table = QTableWidget(0, 9)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2,
                                                           QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(2, 230)
        self.table.setWordWrap(True)  # the lenders' names wrap rather than widen the page
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.doubleClicked.connect(lambda _i: self.edit_person())
        self.buttons = {key: QPushButton() for key in ("ask", "add", "edit")}
        self.buttons["ask"].clicked.connect(lambda: self.ask())
        self.buttons["add"].clicked.connect(lambda: self.add_person())
        self.buttons["edit"].clicked.connect(lambda: self.edit_person())
        row = QHBoxLayout()
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.reasons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.burden)
        layout.addLayout(row)
        self.retranslate()
        self.reload()

    # ---- showing ---------------------------------------------------------------------
    def _in_her_words(self, params: dict) -> dict:
        """A reason's person and day as the reader reads them: in Bengali, the person by
        her Bengali name (the rules name her as the bureau spells her) and the day as a
        date, not the ISO text."""
        if not self.ctx.bn or self.data is None:
            return params
        names = {line.person.name_latin: line.person.name_bn for line in self.data.lines
                 if line.person.name_bn}
        shown = dict(params)
        if isinstance(shown.get("name"), str):
            shown["name"] = names.get(shown["name"], shown["name"])
        if isinstance(shown.get("date"), str):
            with contextlib.suppress(ValueError):  # not a day: shown as it is
                shown["date"] = format_date(date.fromisoformat(shown["date"]), self.ctx.lang)
        return shown

    def reload(self) -> None:
        data = call(self, bureau_panel, self.ctx.engine, self.loan_id)
        if data is None:
            return
        self.data = data
        lang = self.ctx.lang
        self.table.setRowCount(len(data.lines) + 1)
        for r, line in enumerate(data.lines):
            p = line.person
            name = p.name_latin if not self.ctx.bn or not p.name_bn else \
                f"{p.name_bn} ({p.name_latin})"
            self._row(r, (f"{name}\n{_t(RELATIONS.get(p.relation, p.relation))}",
                          _t(STATES.get(line.state, line.state))), line.summary, data.lender)
        total = data.credit.total
        self._row(len(data.lines), (self.tr("Household (each loan once)"), ""), total,
                  data.lender)
        self.table.resizeRowsToContents()
        self.buttons["ask"].setEnabled(data.can_ask)
        self.reasons.clear()
        reasons = data.failures + data.referrals
        if not data.can_ask:
            self.verdict.setText(self.tr("The reports of the household, as last received."))
        elif data.verdict == "not_eligible":
            self.verdict.setText(self.tr("Not eligible — these rules are not met:"))
        elif data.verdict == "refer":
            self.verdict.setText(self.tr("Refer to the manager — the credit bureau side cannot "
                                    "be decided yet:"))
        else:
            self.verdict.setText(self.tr("Eligible: the reports of the household meet every rule."))
        for _code, text, params in reasons:
            self.reasons.addItem(failure_text(text, self._in_her_words(params), lang))
        self.reasons.setVisible(bool(reasons))
        self.burden.setText(self.tr(
            "Monthly repayments of the household: {total} ({others} to other lenders); "
            "active loans with unknown installments: {unknown}.").format(
            total=format_amount(to_minor(total.monthly_obligations), lang),
            others=format_amount(to_minor(total.other_lenders_monthly), lang),
            unknown=format_number(total.unknown_installments, lang))
            + self._burden_text(data, lang))

    def _burden_text(self, data: PanelData, lang: str) -> str:
        """This loan's repayments with the household's others against the cap."""
        b = data.burden
        if b is None:
            return ""
        def money(amount: Decimal) -> str:  # the rule weighs them unrounded
            return format_amount(to_minor(round_paisa(amount, ROUND_HALF_UP)), lang)

        figures = {"total": money(b.total), "existing": money(b.existing),
                   "proposed": money(b.proposed), "income": money(b.monthly_income)}
        if b.allowed is None:
            return "\n" + self.tr(
                "With this loan the household would repay {total} a month ({existing} now "
                "+ {proposed} for this loan); there is no limit against income for this "
                "loan.").format(**figures)
        figures["allowed"] = money(b.allowed)
        share = ((b.cap or Decimal(0)) * 100).quantize(Decimal("0.01")).normalize()
        figures["percent"] = format_number(share, lang)
        text = self.tr(
            "With this loan the household would repay {total} a month ({existing} now + "
            "{proposed} for this loan), against a limit of {allowed}: {percent} % of its "
            "monthly income of {income}.") if b.counts_existing else self.tr(
            "This loan's installment comes to {proposed} a month, against a limit of "
            "{allowed}: {percent} % of the household's monthly income of {income}.")
        text = text.format(**figures)
        if not b.within:
            text += " " + self.tr("That is above the limit.")
        return "\n" + text

    def _row(self, r: int, first: tuple[str, str], s: CreditSummary, lender: str) -> None:
        lang = self.ctx.lang
        lenders = ", ".join(lender if name == OURS else name for name in s.lenders)
        cells = (*first, lenders, format_number(s.active_loans, lang),
                 format_amount(to_minor(s.outstanding), lang),
                 format_amount(to_minor(s.overdue), lang), format_number(s.worst_dpd, lang),
                 format_amount(to_minor(s.written_off), lang),
                 format_amount(to_minor(s.monthly_obligations), lang)
                 + (" +?" if s.unknown_installments else ""))
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text.replace(", ", ",\n") if c == 2 else text)
            if c >= 3:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, c, item)

    def selected_person(self) -> Person | None:
        row = self.table.currentRow()
        if self.data is None or not 0 <= row < len(self.data.lines):
            return None
        return self.data.lines[row].person

    # ---- actions -----------------------------------------------------------------------
    def ask(self, method: str | None = None) -> str | None:
        person = self.selected_person()
        if person is None or person.id is None or not person.checked:
            QMessageBox.information(self, self.tr("Ask for a bureau check"), self.tr(
                "Choose a person whose Roman-letter name has been checked (Edit person)."))
            return None
        if method is None:
            dialog = ConsentDialog(person, self)
            if not dialog.exec():
                return None
            method = dialog.method()
        try:
            request_id = ask_for_bureau_check(self.ctx.engine, self.ctx.actor, self.loan_id,
                                              person.id, method)
        except Exception as exc:  # noqa: BLE001 - every error reaches the user
            show_error(self, exc)
            return None
        self.ctx.data_changed.emit("loans")
        self.reload()
        return request_id

    def add_person(self) -> int | None:
        if self.data is None:
            return None
        return self._person_dialog(None)

    def edit_person(self) -> int | None:
        person = self.selected_person()
        return None if person is None else self._person_dialog(person)

    def _person_dialog(self, person: Person | None) -> int | None:
        assert self.data is not None
        dialog = PersonDialog(self.ctx, self.data.member_id, person, self)
        if not dialog.exec() or dialog.saved is None:
            return None
        self.reload()
        return dialog.saved

    def retranslate(self) -> None:
        self.buttons["ask"].setText(self.tr("Ask for a bureau check"))
        self.buttons["add"].setText(self.tr("Add a person of the household"))
        self.buttons["edit"].setText(self.tr("Edit person / check the name"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Person"), self.tr("Check"), self.tr("Lenders"), self.tr("Active loans"),
            self.tr("Outstanding"), self.tr("Overdue"), self.tr("Worst days past due"), self.tr("Written off"),
            self.tr("Monthly repayments")])
        if self.tabs is not None:
            self.tabs.setTabText(self.tabs.indexOf(self), self.tr("Credit bureau"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.data is not None:
                self.reload()
        super().changeEvent(event)


__all__ = ["BureauTab", "ConsentDialog", "PersonDialog", "add_bureau_tab", "add_referrals"]
