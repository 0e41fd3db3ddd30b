"""One loan: its details, schedule, decisions and transactions, and the actions its
status allows (sanction, forward, reject, KFS, disbursement, counter repayment,
prepayment, reschedule, write-off, recovery, death case, reversal, certificate).

Every action method takes its inputs as optional arguments; when they are not given it
asks for them (tests give them). All rules are in app.services; this only asks and shows.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.format import format_amount, format_date, format_number, parse_amount
from app.services.loan_application import referral_reasons
from app.services.loan_closure import (
    closure_certificate,
    counter_repayment,
    prepay_loan,
    prepayment_quote,
    recover_written_off,
    settle_death_case,
    write_off_loan,
)
from app.services.loan_disbursement import close_tranches, disburse_loan, pay_tranche
from app.services.loan_reschedule import (
    approve_reschedule,
    reject_reschedule,
    request_reschedule,
    reverse_reschedule,
)
from app.services.loan_reversal import reverse_loan_entry
from app.services.loan_sanction import forward_loan, recommend_loan, reject_loan, sanction_loan
from app.services.loans import LoanDetail, loan_detail, loan_transactions
from ui.context import AppContext
from ui.labels import journal_kind, loan_status
from ui.ops import call, show_error
from ui.views.loan_application import failure_text
from ui.views.loan_kfs import KfsDialog, open_pdf

ACTIONS_BY_STATUS = {
    "applied": ("recommend", "sanction", "forward", "reject"),
    "recommended": ("sanction", "forward", "reject"),
    "forwarded": (),
    "sanctioned": ("kfs", "disburse", "reject"),  # with tranches paid: see reload
    "disbursed": ("repay", "prepay", "reschedule", "approve_reschedule", "reject_reschedule",
                  "reverse_reschedule", "write_off", "death", "reverse", "card"),
    "written_off": ("recover", "reverse"),
    "closed": ("certificate", "certificate_print", "reverse", "card"),
    "rejected": (),
}


# actions that undo or refuse: always at the right end, apart from the ones that move the
# loan on, so a second click where "Sanction" was never lands on "Reject"
REFUSING = ("reject", "reject_reschedule", "reverse_reschedule", "write_off", "death",
            "reverse")
ACTIONS_PER_ROW = 5

PROJECTED_STATUSES = ("applied", "recommended", "forwarded", "sanctioned")
# …and the schedule tab says so, until disbursement fixes the schedule


class LoanDialog(QDialog):
    def __init__(self, ctx: AppContext, loan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id = loan_id
        self.detail: LoanDetail = loan_detail(ctx.engine, loan_id)
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.tabs = QTabWidget()
        self.schedule = QTableWidget(0, 6)
        self.decisions = QTableWidget(0, 4)
        self.transactions = QTableWidget(0, 5)
        for table in (self.schedule, self.decisions, self.transactions):
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setSectionResizeMode(
                QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setStretchLastSection(True)
        self.transactions.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.tabs.addTab(self.schedule, "")
        self.tabs.addTab(self.decisions, "")
        self.tabs.addTab(self.transactions, "")
        from ui.views.bureau_panel import add_bureau_tab

        self.bureau = add_bureau_tab(self.tabs, ctx, loan_id)  # the household's reports
        self.buttons: dict[str, QPushButton] = {}
        for key in self.handlers():
            button = QPushButton()
            button.clicked.connect(lambda _c=False, k=key: self.handlers()[k]())
            button.hide()
            self.buttons[key] = button
        # the actions the loan's state allows, placed anew on each reload: those that move
        # it on from the left, those that refuse or undo at the right end of the last row
        self.action_grid = QGridLayout()
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self.action_grid)
        self.projected = False  # the schedule tab shows a projection, not the fixed one
        self.retranslate()
        self.reload()
        self.resize(900, 620)

    def handlers(self) -> dict[str, Callable[[], Any]]:
        return {"recommend": self.recommend, "sanction": self.sanction,
                "forward": self.forward, "reject": self.reject_application,
                "kfs": self.show_kfs, "disburse": self.disburse, "repay": self.repay,
                "prepay": self.prepay, "reschedule": self.reschedule,
                "approve_reschedule": self.approve_reschedule,
                "reject_reschedule": self.reject_reschedule,
                "reverse_reschedule": self.reverse_reschedule,
                "write_off": self.write_off, "death": self.settle_death,
                "recover": self.recover, "reverse": self.reverse,
                "close_tranches": self.close_tranches,
                "certificate": self.certificate, "card": self.print_card,
                "certificate_print": self.print_certificate}

    # ---- showing -----------------------------------------------------------------------
    def reload(self) -> None:
        d = self.detail = loan_detail(self.ctx.engine, self.loan_id)
        lang = self.ctx.lang
        self.setWindowTitle(f"{d.loan_no} — {d.member_code} "
                            f"{self.ctx.pick(d.member_en, d.member_bn)}")
        self.header.setText(self.tr(
            "{product} · {status} · amount {amount} · {count} installments · rate {rate} %\n"
            "Applied {applied} · outstanding principal {left} · purpose: {purpose}").format(
            product=d.product_code, status=loan_status(d.status),
            amount=format_amount(d.principal_minor, lang),
            count=format_number(d.installments_count, lang),
            rate=format_number(d.annual_rate_percent, lang),
            applied=format_date(d.applied_on, lang),
            left=format_amount(d.outstanding_principal_minor, lang), purpose=d.purpose))
        self.projected = False
        self._fill(self.schedule, [
            (format_number(i.number, lang), format_date(i.due_on, lang), format_amount(i.principal_minor, lang),
             format_amount(i.interest_minor, lang),
             format_amount(i.paid_principal_minor + i.paid_interest_minor, lang),
             format_date(i.paid_on, lang) if i.paid_on else "") for i in d.installments]
            or self._projected_schedule())
        self._title_schedule()
        self._fill(self.decisions, [
            (format_date(x.on_date, lang), self.step_text(x.action), x.authority, x.reason)
            for x in d.decisions])
        self.tx = loan_transactions(self.ctx.engine, self.loan_id)
        self._fill(self.transactions, [
            (format_number(t.entry_id, lang), format_date(t.on, lang), journal_kind(t.kind),
             ("−" if t.reverses_id else "") + format_amount(t.amount_minor, lang),
             self.tr("reversed") if t.reversed else t.reason) for t in self.tx])
        allowed = set(ACTIONS_BY_STATUS.get(d.status, ()))
        pending = d.pending_reschedule is not None
        allowed -= {"reschedule"} if pending else {"approve_reschedule", "reject_reschedule"}
        if not d.reschedule_reversible:
            allowed.discard("reverse_reschedule")
        if d.tranches_paid:  # part paid out: the next tranche, an early close or a reversal
            allowed = (allowed - {"reject"}) | {"close_tranches", "reverse"}
        self._place_actions([key for key in self.handlers() if key in allowed])
        if getattr(self, "bureau", None) is not None:
            self.bureau.reload()
        if pending:
            assert d.pending_reschedule is not None
            _id, count, reason, _by = d.pending_reschedule
            self.header.setText(self.header.text() + "\n" + self.tr(
                "A reschedule to {count} installments waits for approval: {reason}").format(
                count=format_number(count, lang), reason=reason))

    def _place_actions(self, keys: list[str]) -> None:
        grid = self.action_grid
        for button in self.buttons.values():
            grid.removeWidget(button)
            button.hide()
        onward = [k for k in keys if k not in REFUSING]
        refusing = [k for k in keys if k in REFUSING]
        for n, key in enumerate(onward):
            grid.addWidget(self.buttons[key], n // ACTIONS_PER_ROW, n % ACTIONS_PER_ROW)
        row = (len(onward) - 1) // ACTIONS_PER_ROW if onward else 0
        if len(onward) % ACTIONS_PER_ROW + len(refusing) > ACTIONS_PER_ROW \
                or (onward and len(onward) % ACTIONS_PER_ROW == 0):
            row += 1  # no room left on the last row
        for n, key in enumerate(reversed(refusing)):
            grid.addWidget(self.buttons[key], row, ACTIONS_PER_ROW - 1 - n)
        for column in range(ACTIONS_PER_ROW):
            grid.setColumnStretch(column, 1)  # equal columns: a place is a place
        for key in keys:
            self.buttons[key].show()

    def _fill(self, table: QTableWidget, rows: list[tuple]) -> None:
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))

    def _title_schedule(self) -> None:
        self.tabs.setTabText(0, self.tr("Schedule (projected)") if self.projected
                             else self.tr("Schedule"))

    def _projected_schedule(self) -> list[tuple[str, ...]]:
        """Before disbursement the schedule is not fixed yet: show the one it would
        have if disbursed on the business date (the KFS's), marked as projected."""
        if self.detail.status not in PROJECTED_STATUSES:
            return []
        from app.services.loan_disbursement import kfs

        statement = call(self, kfs, self.ctx.engine, self.loan_id)
        if statement is None:
            return []
        self.projected = True
        lang = self.ctx.lang
        return [(format_number(r.number, lang), format_date(r.due_on, lang),
                 format_amount(r.principal_minor, lang), format_amount(r.interest_minor, lang),
                 "", "") for r in statement.schedule]

    def step_text(self, action: str) -> str:
        return {"applied": self.tr("applied"), "recommended": self.tr("recommended"),
                "forwarded": self.tr("forwarded"), "sanctioned": self.tr("sanctioned"),
                "rejected": self.tr("rejected"),
                "hq_sanctioned": self.tr("sanctioned by head office"),
                "hq_rejected": self.tr("rejected by head office"),
                "reschedule_requested": self.tr("reschedule requested"),
                "rescheduled": self.tr("rescheduled"),
                "reschedule_rejected": self.tr("reschedule refused"),
                "reschedule_reversed": self.tr("reschedule reversed"),
                "prepayment_reversed": self.tr("prepayment reversed")}.get(action, action)

    # ---- asking ------------------------------------------------------------------------
    def _ask_text(self, title: str, label: str) -> str | None:
        text, ok = QInputDialog.getText(self, title, label)
        return text if ok else None

    def _ask_amount(self, title: str, label: str, default: int = 0) -> int | None:
        """An amount typed in either script; one that cannot be read is shown why and
        asked again with what was typed."""
        text = format_amount(default, self.ctx.lang) if default else ""
        while True:
            text, ok = QInputDialog.getText(self, title, label, text=text)
            if not ok:
                return None
            try:
                return parse_amount(text)
            except Exception as exc:  # noqa: BLE001 - shown to the user
                show_error(self, exc)

    def _run(self, fn: Callable[..., Any], *args: Any) -> Any:
        return self._apply(fn, self.loan_id, *args)

    def _apply(self, fn: Callable[..., Any], subject: int, *args: Any) -> Any:
        """Call a service on `subject` (this loan or its reschedule request) as the user;
        an error is shown, a success reloads the page."""
        try:
            result = fn(self.ctx.engine, self.ctx.actor, subject, *args)
        except Exception as exc:  # noqa: BLE001 - every error reaches the user
            show_error(self, exc)
            return False
        self.ctx.data_changed.emit("loans")
        self.reload()
        self.last_result = result
        return True

    # ---- actions -----------------------------------------------------------------------
    def recommend(self, text: str | None = None) -> Any:
        text = text if text is not None else self._ask_text(self.tr("Recommend"),
                                                            self.tr("Recommendation"))
        return None if text is None else self._run(recommend_loan, text)

    def sanction(self, note: str | None = None) -> Any:
        """Sanction with an optional note; asked with the reasons the verdict referred the
        application to the manager, when it did."""
        if note is None:
            label = self.tr("Note for the sanction (optional)")
            reasons = call(self, referral_reasons, self.ctx.engine, self.loan_id)
            if reasons:
                label = "\n".join((self.tr("The verdict referred this application to you:"),
                                    *(f"• {failure_text(f.text, f.params, self.ctx.lang)}"
                                      for f in reasons), "", label))
            note = self._ask_text(self.tr("Sanction"), label)
            if note is None:
                return None
        return self._run(sanction_loan, note)

    def forward(self, text: str | None = None) -> Any:
        text = text if text is not None else self._ask_text(
            self.tr("Forward to the next authority"), self.tr("Your recommendation"))
        return None if text is None else self._run(forward_loan, text)

    def reject_application(self, reason: str | None = None) -> Any:
        reason = reason if reason is not None else self._ask_text(
            self.tr("Reject"), self.tr("Reason for the rejection"))
        return None if reason is None else self._run(reject_loan, reason)

    def show_kfs(self) -> None:
        dialog = KfsDialog(self.ctx, self.loan_id, self)
        dialog.exec()
        self.reload()

    def hand_over_text(self) -> str:
        """What the borrower is paid in hand: the loan less what is deducted from it."""
        from app.services.loan_disbursement import kfs

        k = kfs(self.ctx.engine, self.loan_id)
        lang = self.ctx.lang
        return self.tr("Hand over {net}: the loan {amount} less fees {fees} and compulsory "
                       "savings {savings}.").format(
            net=format_amount(k.cash_paid_minor, lang),
            amount=format_amount(k.principal_minor, lang),
            fees=format_amount(k.principal_minor - k.net_disbursed_minor, lang),
            savings=format_amount(k.savings_deducted_minor, lang))

    def disburse(self, channel: str | None = None, amount_minor: int | None = None) -> Any:
        """Pay out the loan, or its next tranche when the product pays in tranches."""
        d = self.detail
        tranche = d.max_tranches > 1
        if tranche and amount_minor is None:
            left = d.principal_minor - sum(d.tranches_paid)
            amount_minor = self._ask_amount(self.tr("Disburse"), self.tr(
                "Tranche {number} of at most {most} — amount (left to pay out: {left})")
                .format(number=format_number(len(d.tranches_paid) + 1, self.ctx.lang),
                        most=format_number(d.max_tranches, self.ctx.lang),
                        left=format_amount(left, self.ctx.lang)), left)
            if amount_minor is None:
                return None
        if channel is None:
            choices = [self.tr("Cash"), self.tr("Transfer")]
            told = "" if tranche else self.hand_over_text() + "\n\n"
            picked, ok = QInputDialog.getItem(self, self.tr("Disburse"),
                                              told + self.tr("Pay out by"), choices, 0, False)
            if not ok:
                return None
            channel = "cash" if picked == choices[0] else "transfer"
        if tranche:
            return self._run(pay_tranche, amount_minor, channel)
        return self._run(disburse_loan, channel)

    def close_tranches(self, reason: str | None = None) -> Any:
        reason = reason if reason is not None else self._ask_text(
            self.tr("Close the tranches"),
            self.tr("No more tranches: the loan becomes what was paid out. Reason"))
        return None if reason is None else self._run(close_tranches, reason)

    def repay(self, amount_minor: int | None = None) -> Any:
        amount_minor = amount_minor if amount_minor is not None else self._ask_amount(
            self.tr("Repayment at the counter"), self.tr("Amount received"))
        return None if amount_minor is None else self._run(counter_repayment, amount_minor)

    def prepay(self, confirm: bool | None = None) -> Any:
        quote = call(self, prepayment_quote, self.ctx.engine, self.loan_id)
        if quote is None:
            return None
        if confirm is None:
            answer = QMessageBox.question(self, self.tr("Close the loan today"), self.tr(
                "To close the loan today she pays {amount} (interest to date {interest}; "
                "no prepayment penalty). Record it?").format(
                amount=format_amount(quote.amount_minor, self.ctx.lang),
                interest=format_amount(quote.accrued_interest_minor, self.ctx.lang)))
            confirm = answer == QMessageBox.StandardButton.Yes
        return self._run(prepay_loan, quote.amount_minor) if confirm else None

    def reschedule(self, installments: int | None = None, reason: str | None = None) -> Any:
        if installments is None:
            installments, ok = QInputDialog.getInt(self, self.tr("Reschedule"),
                                                   self.tr("New number of installments"),
                                                   self.detail.installments_count, 1, 1000)
            if not ok:
                return None
        reason = reason if reason is not None else self._ask_text(
            self.tr("Reschedule"), self.tr("Reason (e.g. flood, cyclone)"))
        return None if reason is None else self._run(request_reschedule, installments, reason)

    def _pending_id(self) -> int | None:
        pending = self.detail.pending_reschedule
        return pending[0] if pending else None

    def _run_on_request(self, fn: Callable[..., Any], *args: Any) -> Any:
        request_id = self._pending_id()
        return None if request_id is None else self._apply(fn, request_id, *args)

    def approve_reschedule(self, confirm: bool | None = None) -> Any:
        pending = self.detail.pending_reschedule
        if pending is None:
            return None
        if confirm is None:
            answer = QMessageBox.question(self, self.tr("Approve reschedule"), self.tr(
                "Replace what is left of this loan's schedule by {count} new installments? "
                "Reason given: {reason}").format(
                count=format_number(pending[1], self.ctx.lang), reason=pending[2]))
            confirm = answer == QMessageBox.StandardButton.Yes
        return self._run_on_request(approve_reschedule) if confirm else None

    def reject_reschedule(self, reason: str | None = None) -> Any:
        reason = reason if reason is not None else self._ask_text(
            self.tr("Refuse reschedule"), self.tr("Reason for refusing"))
        return None if reason is None else self._run_on_request(reject_reschedule, reason)

    def reverse_reschedule(self, reason: str | None = None) -> Any:
        reason = reason if reason is not None else self._ask_text(
            self.tr("Reverse reschedule"),
            self.tr("Reason (the schedule before the reschedule comes back)"))
        return None if reason is None else self._run(reverse_reschedule, reason)

    def write_off(self, reason: str | None = None) -> Any:
        reason = reason if reason is not None else self._ask_text(
            self.tr("Write off"), self.tr("Reason for the write-off"))
        return None if reason is None else self._run(write_off_loan, reason)

    def settle_death(self, note: str | None = None) -> Any:
        note = note if note is not None else self._ask_text(
            self.tr("Death case"), self.tr("Note (insurance claim number)"))
        return None if note is None else self._run(settle_death_case, note)

    def recover(self, amount_minor: int | None = None) -> Any:
        amount_minor = amount_minor if amount_minor is not None else self._ask_amount(
            self.tr("Recovery after write-off"), self.tr("Amount received"))
        return None if amount_minor is None else self._run(recover_written_off, amount_minor)

    def reverse(self, entry_id: int | None = None, reason: str | None = None) -> Any:
        if entry_id is None:
            row = self.transactions.currentRow()
            if row < 0:
                self.tabs.setCurrentWidget(self.transactions)
                QMessageBox.information(self, self.tr("Reverse"), self.tr(
                    "Choose the transaction to reverse in the Transactions tab."))
                return None
            entry_id = self.tx[row].entry_id
        reason = reason if reason is not None else self._ask_text(
            self.tr("Reverse"), self.tr("Reason for the reversal"))
        if reason is None:
            return None
        try:
            reverse_loan_entry(self.ctx.engine, self.ctx.actor, entry_id, reason)
        except Exception as exc:  # noqa: BLE001
            show_error(self, exc)
            return False
        self.ctx.data_changed.emit("loans")
        self.reload()
        return True

    def certificate(self) -> str | None:
        cert = call(self, closure_certificate, self.ctx.engine, self.loan_id)
        if cert is None:
            return None
        lang = self.ctx.lang
        how = {"repaid": self.tr("repaid in full"), "death": self.tr("settled after death "
                                                                     "(insurance)"),
               "recovered": self.tr("recovered after write-off")}.get(cert.how, cert.how)
        text = self.tr(
            "Loan closure certificate\n\nLoan {loan_no} of {member}, {amount} disbursed on "
            "{disbursed}, is closed on {closed}: {how}.\nPrincipal paid {principal}, "
            "interest paid {interest}. Nothing more is due on this loan.").format(
            loan_no=cert.loan_no, member=f"{cert.member_code} "
            f"{self.ctx.pick(cert.member_en, cert.member_bn)}",
            amount=format_amount(cert.principal_minor, lang),
            disbursed=format_date(cert.disbursed_on, lang) if cert.disbursed_on else "",
            closed=format_date(cert.closed_on, lang), how=how,
            principal=format_amount(cert.principal_paid_minor, lang),
            interest=format_amount(cert.interest_paid_minor, lang))
        if self.isVisible():
            QMessageBox.information(self, self.tr("Loan closure certificate"), text)
        return text

    def print_card(self) -> None:
        self._print("loan_card_pdf", self.tr("Loan card"))

    def print_certificate(self) -> None:
        self._print("closure_certificate_pdf", self.tr("Loan closure certificate"))

    def _print(self, name: str, title: str) -> None:
        from app.services import printing

        render = getattr(printing, name, None)
        if render is None:
            QMessageBox.information(self, title, self.tr("Printing this is not installed yet."))
            return
        open_pdf(self, call(self, render, self.ctx.engine, self.loan_id, self.ctx.lang))

    # ---- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        texts = {"recommend": self.tr("Recommend"), "sanction": self.tr("Sanction"),
                 "forward": self.tr("Forward"), "reject": self.tr("Reject"),
                 "kfs": self.tr("KFS and acceptance"), "disburse": self.tr("Disburse"),
                 "repay": self.tr("Repayment"), "prepay": self.tr("Close today (prepay)"),
                 "reschedule": self.tr("Request reschedule"),
                 "approve_reschedule": self.tr("Approve reschedule"),
                 "reject_reschedule": self.tr("Refuse reschedule"),
                 "reverse_reschedule": self.tr("Reverse reschedule"),
                 "write_off": self.tr("Write off"),
                 "death": self.tr("Death case"), "recover": self.tr("Recovery"),
                 "reverse": self.tr("Reverse"), "certificate": self.tr("Closure certificate"),
                 "card": self.tr("Print loan card"),
                 "certificate_print": self.tr("Print certificate"),
                 "close_tranches": self.tr("Close the tranches")}
        for key, button in self.buttons.items():
            button.setText(texts[key])
        self._title_schedule()
        self.tabs.setTabText(1, self.tr("Decisions"))
        self.tabs.setTabText(2, self.tr("Transactions"))
        self.schedule.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Due date"), self.tr("Principal"), self.tr("Interest"),
            self.tr("Paid"), self.tr("Paid on")])
        self.decisions.setHorizontalHeaderLabels([
            self.tr("Date"), self.tr("Step"), self.tr("Authority"), self.tr("Reason")])
        self.transactions.setHorizontalHeaderLabels([
            self.tr("No."), self.tr("Date"), self.tr("Entry"), self.tr("Amount"),
            self.tr("Note")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if hasattr(self, "tx"):
                self.reload()
        super().changeEvent(event)
