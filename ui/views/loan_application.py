"""The loan application dialog: appraisal fields with a live preview of the schedule, the
APR and the eligibility verdict (every failed rule in words), recomputed as fields change
by the same schedule engine the loan will have (app.services.loan_application)."""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShakhaError
from app.format import format_amount, format_date, format_number, format_percent, parse_amount
from app.services.directory import search_members
from app.services.loan_application import (
    ApplicationInput,
    ApplicationPreview,
    apply_for_loan,
    preview_application,
)
from app.services.loans import product_choices
from ui.amounts import read_back
from ui.context import AppContext
from ui.guarded_dialog import GuardedDialog
from ui.i18n import tr_error
from ui.ops import call


def _shown(value: object, lang: str) -> object:
    """A rule's number in the user's digits: amounts grouped 3,00,000.00, counts plain."""
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value, lang)
    if isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value):
        number = Decimal(value)
        if "." in value and len(value.split(".")[1]) == 2:
            return format_amount(int(number * 100), lang)
        return format_number(number, lang)
    return value


def failure_text(code_text: str, params: dict, lang: str = "en") -> str:
    """A failed rule in the installed language, its numbers in the user's digits."""
    from PySide6.QtCore import QCoreApplication

    try:
        return QCoreApplication.translate("", code_text).format(
            **{k: _shown(v, lang) for k, v in params.items()})
    except (KeyError, IndexError, ValueError):
        return code_text


def mode_label(key: str, lang: str = "") -> str:
    """A repayment mode's words ("Quarterly", "One-time, after 6 months")."""
    from PySide6.QtCore import QCoreApplication

    from app.domain.repayment_modes import MODE_LABELS, ONE_TIME_LABEL

    if key in MODE_LABELS:
        return QCoreApplication.translate("RepaymentMode", MODE_LABELS[key])
    months = key.removeprefix("one_time_").removesuffix("m")
    return QCoreApplication.translate("RepaymentMode", ONE_TIME_LABEL).format(
        months=format_number(int(months), lang or _lang()) if months.isdigit() else months)


def _lang() -> str:
    from ui.i18n import current_language

    return current_language()


class ApplicationDialog(GuardedDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None,
                 member_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.applied = None
        self.preview: ApplicationPreview | None = None
        self.products = {p.code: p for p in product_choices(ctx.engine)}
        self.member_search = QLineEdit()
        self.member_search.setMinimumWidth(110)  # room for a code or a name typed in
        self.member = QComboBox()
        self.product = QComboBox()
        self.amount = QLineEdit()
        self.installments = QSpinBox()
        self.installments.setRange(1, 1000)
        self.mode = QComboBox()  # shown only for a product with several repayment modes
        self.purpose = QLineEdit()
        self.income = QLineEdit()
        self.salary = QLineEdit()  # asked only for a product limited by salary
        self.salary_here = QCheckBox()
        self.repayments = QTableWidget(0, 2)
        self.add_repayment = QPushButton()
        self.add_repayment.clicked.connect(self._add_repayment_row)
        self.guarantors = QLineEdit()
        self.resolution = QCheckBox()
        self.collateral = QLineEdit()
        self.collateral_value = QLineEdit()
        self.equity = QLineEdit()
        self.note = QPlainTextEdit()
        self.note.setMaximumHeight(70)
        self.language = QComboBox()
        self.language.addItem("বাংলা", "bn")
        self.language.addItem("English", "en")
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.verdict = QLabel()
        self.failures = QListWidget()
        self.schedule = QTableWidget(0, 5)
        self.schedule.verticalHeader().setVisible(False)
        self.repayments.verticalHeader().setVisible(False)
        self.repayments.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # every column of the schedule as wide as it needs, never cut: the preview keeps
        # room for them (number, date and three amounts), the form gives way
        self.schedule.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.schedule.horizontalHeader().setStretchLastSection(True)
        self.schedule.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.failures.setWordWrap(True)  # a failed rule is a sentence: read it whole
        self.failures.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._layout()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.update_preview)
        self._connect()
        read_back(ctx, self.amount, self.income, self.salary, self.collateral_value,
                  self.equity)
        self._load_members(member_id)
        for p in self.products.values():
            self.product.addItem(f"{p.code} {ctx.pick(p.name_en, p.name_bn)}", p.code)
        self._product_changed()
        self.retranslate()
        screen = self.screen().availableGeometry()  # an old 1024 × 768 screen too
        self.resize(min(1000, screen.width() - 16), min(680, screen.height() - 48))

    def _layout(self) -> None:
        self.form = QFormLayout()
        pick = QVBoxLayout()  # the chosen member the field's whole width: a name in
        pick.addWidget(self.member_search)  # Bengali beside the search box was cut
        pick.addWidget(self.member)
        self.form.addRow("", pick)
        repaid = QHBoxLayout()
        repaid.addWidget(self.mode)
        repaid.addWidget(self.installments, 1)
        self.form.addRow("", self.product)
        self.form.addRow("", self.amount)
        self.form.addRow("", repaid)
        for widget in (self.purpose, self.income, self.salary, self.salary_here,
                       self.repayments, self.add_repayment, self.guarantors, self.resolution,
                       self.collateral, self.collateral_value, self.equity, self.note,
                       self.language):
            self.form.addRow("", widget)
        self.repayments.setMaximumHeight(90)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.verdict)
        right.addWidget(self.failures, 1)
        right.addWidget(self.schedule, 3)
        # the form scrolls (Tab brings the next field into view) where a 768-pixel
        # screen is too short for it; the preview and the buttons stay in place
        fields = QWidget()
        fields.setLayout(self.form)
        self.form_area = QScrollArea()
        self.form_area.setWidget(fields)
        self.form_area.setWidgetResizable(True)
        self.form_area.setFrameShape(QFrame.Shape.NoFrame)
        self.form_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        body = QHBoxLayout()
        body.addWidget(self.form_area, 3)
        body.addLayout(right, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(body)
        outer.addWidget(self.buttons)

    def _fit_form(self) -> None:
        """The scrolling form as wide as its labels and fields need (set again when the
        language changes the labels)."""
        fields = self.form_area.widget()
        if fields is not None:
            for combo in fields.findChildren(QComboBox):  # a long member or product name
                combo.setSizeAdjustPolicy(  # is shown cut, not made wider than the screen
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(12)
            for row in range(self.form.rowCount()):  # beside a tall field a label may
                label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)  # wrap
                field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
                tall = field is not None and isinstance(field.widget(), QTableWidget)
                if tall and label is not None and isinstance(label.widget(), QLabel):
                    label.widget().setWordWrap(True)  # type: ignore[union-attr]
                    label.widget().setMaximumWidth(200)  # type: ignore[union-attr]
            self.form_area.setMinimumWidth(
                fields.minimumSizeHint().width()
                + self.form_area.verticalScrollBar().sizeHint().width())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_form()  # the labels' final widths are known once shown

    def _schedule_width(self) -> int:
        """Room for a schedule row as the reader writes it: number, date and three
        amounts (Bengali digits and month names are wider)."""
        from datetime import date

        lang, metrics = self.ctx.lang, self.schedule.fontMetrics()
        cells = (format_number(888, lang), format_date(date(2026, 9, 28), lang),
                 *[format_amount(8_888_888, lang)] * 3)
        return sum(metrics.horizontalAdvance(c) + 12 for c in cells) \
            + self.schedule.verticalScrollBar().sizeHint().width() + 4

    def _connect(self) -> None:
        self.member_search.textChanged.connect(lambda _t: self._load_members(None))
        self.product.currentIndexChanged.connect(lambda _i: self._product_changed())
        self.mode.currentIndexChanged.connect(lambda _i: self._mode_changed())
        for line in (self.amount, self.income, self.salary, self.collateral_value,
                     self.equity, self.guarantors):
            line.textChanged.connect(lambda _t: self.schedule_preview())
        self.member.currentIndexChanged.connect(lambda _i: self.schedule_preview())
        self.installments.valueChanged.connect(lambda _v: self.schedule_preview())
        self.resolution.toggled.connect(lambda _v: self.schedule_preview())
        self.salary_here.toggled.connect(lambda _v: self.schedule_preview())
        self.repayments.itemChanged.connect(lambda _i: self.schedule_preview())

    def _load_members(self, select_id: int | None) -> None:
        current = select_id or self.member.currentData()
        self.member.blockSignals(True)
        self.member.clear()
        for m in search_members(self.ctx.engine, self.member_search.text(), limit=200):
            if m.status == "active":
                self.member.addItem(f"{m.code} {self.ctx.pick(m.name_en, m.name_bn)} "
                                    f"({m.group_code})", m.id)
        index = self.member.findData(current) if current else -1
        self.member.setCurrentIndex(max(index, 0))
        self.member.blockSignals(False)
        self.schedule_preview()

    def _product_changed(self) -> None:
        product = self.products.get(str(self.product.currentData()))
        self.mode.blockSignals(True)
        self.mode.clear()
        for key, _low, _high in product.modes if product is not None else ():
            self.mode.addItem(mode_label(key), key)
        self.mode.setVisible(self.mode.count() > 0)
        self.mode.blockSignals(False)
        self._salary_rows()
        if product is not None:
            self.installments.setRange(product.min_installments, product.max_installments)
            self.installments.setValue(product.default_installments)
        self._mode_changed()

    def _mode_changed(self) -> None:
        product = self.products.get(str(self.product.currentData()))
        for key, low, high in product.modes if product is not None else ():
            if key == self.mode.currentData():
                self.installments.setRange(low, high)
        self.schedule_preview()

    def _add_repayment_row(self) -> None:
        self.repayments.insertRow(self.repayments.rowCount())

    def schedule_preview(self) -> None:
        self._timer.start()

    # ---- reading the form --------------------------------------------------------------
    def _amount(self, line: QLineEdit) -> int:
        return parse_amount(line.text()) if line.text().strip() else 0

    def _repayment_rows(self) -> tuple[tuple[str, int], ...]:
        rows = []
        for r in range(self.repayments.rowCount()):
            lender = self.repayments.item(r, 0)
            amount = self.repayments.item(r, 1)
            if amount is not None and amount.text().strip():
                rows.append((lender.text().strip() if lender else "",
                             parse_amount(amount.text())))
        return tuple(rows)

    def _salary(self) -> int | None:
        product = self.products.get(str(self.product.currentData()))
        if product is None or not product.salary_limited or not self.salary.text().strip():
            return None  # not asked; for a salary-limited product the verdict says so
        return self._amount(self.salary)

    def application(self) -> ApplicationInput:
        return ApplicationInput(
            member_id=int(self.member.currentData() or 0),
            product_code=str(self.product.currentData() or ""),
            amount_minor=self._amount(self.amount), installments=self.installments.value(),
            purpose=self.purpose.text(), household_income_minor=self._amount(self.income),
            household_repayments=self._repayment_rows(),
            guarantors=tuple(g.strip() for g in self.guarantors.text().split(",")
                             if g.strip()),
            group_resolution=self.resolution.isChecked(), collateral=self.collateral.text(),
            collateral_value_minor=self._amount(self.collateral_value),
            equity_minor=self._amount(self.equity), appraisal_note=self.note.toPlainText(),
            kfs_language=str(self.language.currentData()),
            repayment_mode=str(self.mode.currentData() or ""),
            monthly_basic_salary_minor=self._salary(),
            salary_paid_here=self.salary_here.isChecked())

    # ---- preview -----------------------------------------------------------------------
    def update_preview(self) -> None:
        self.preview = None
        try:
            data = self.application()
            if data.member_id and data.product_code and data.amount_minor > 0:
                self.preview = preview_application(self.ctx.engine, data)
        except ShakhaError as exc:
            self._show_problem(tr_error(exc))
            return
        self._show_preview()

    def _show_problem(self, text: str) -> None:
        self.summary.setText("")
        self.verdict.setText(text)
        self.failures.clear()
        self.schedule.setRowCount(0)

    def _show_preview(self) -> None:
        p, lang = self.preview, self.ctx.lang
        self.failures.clear()
        if p is None:
            self._show_problem(self.tr("Choose the member and product and enter the amount."))
            return
        self.summary.setText(self.tr(
            "Installment {installment} × {count} · total interest {interest} · fees {fees}\n"
            "Paid out {net} · total to repay {payable} · APR {apr}\n"
            "First installment {first} · last {last}").format(
            installment=format_amount(p.installment_minor, lang), count=format_number(len(p.rows), lang),
            interest=format_amount(p.total_interest_minor, lang),
            fees=format_amount(p.total_fees_minor, lang),
            net=format_amount(p.net_disbursed_minor, lang),
            payable=format_amount(p.total_payable_minor, lang),
            apr=format_percent(p.apr_percent, lang), first=format_date(p.first_due, lang),
            last=format_date(p.last_due, lang)))
        if p.eligible:
            self.verdict.setText(self.tr("Eligible: every rule is met."))
        else:
            self.verdict.setText(self.tr("Not eligible — these rules are not met:"))
            for f in p.failures:
                self.failures.addItem(failure_text(f.text, f.params, lang))
        from ui.views.bureau_panel import add_referrals

        add_referrals(self.verdict, self.failures, p, lang)  # never "eligible" then
        self.schedule.setRowCount(len(p.rows))
        for r, row in enumerate(p.rows):
            for c, text in enumerate((format_number(row.number, lang),
                                      format_date(row.due_on, lang),
                                      format_amount(row.principal_minor, lang),
                                      format_amount(row.interest_minor, lang),
                                      format_amount(row.total_minor, lang))):
                self.schedule.setItem(r, c, QTableWidgetItem(text))

    def save(self) -> None:
        try:
            data = self.application()
        except ShakhaError as exc:
            from ui.ops import show_error

            show_error(self, exc)
            return
        done = call(self, apply_for_loan, self.ctx.engine, self.ctx.actor, data)
        if done is None:
            return
        self.applied = done
        self.ctx.data_changed.emit("loans")
        self.accept()

    def _salary_rows(self) -> None:
        """The salary rows, label and all, only for a product limited by salary."""
        product = self.products.get(str(self.product.currentData()))
        for widget in (self.salary, self.salary_here):
            self.form.setRowVisible(widget, bool(product and product.salary_limited))

    # ---- language ----------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Loan application"))
        self.member_search.setPlaceholderText(self.tr("Find member…"))
        labels = (self.tr("Member"), self.tr("Loan product"), self.tr("Loan amount"),
                  self.tr("Installments"), self.tr("Purpose (income-generating activity)"),
                  self.tr("Household income per year"), self.tr("Monthly basic salary"), "",
                  self.tr("Household repayments per month (all lenders)"), "",
                  self.tr("Guarantors (comma between names)"), self.tr("Group guarantee"),
                  self.tr("Collateral"), self.tr("Collateral value"),
                  self.tr("Own contribution (margin)"), self.tr("Appraisal note / production "
                                                              "plan"),
                  self.tr("KFS language"))
        for row, text in enumerate(labels):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget() is not None:
                label.widget().setText(text)  # type: ignore[attr-defined]
            elif text:
                self.form.setWidget(row, QFormLayout.ItemRole.LabelRole, QLabel(text))
        self._salary_rows()  # a label made just now would show in a hidden row
        for i in range(self.mode.count()):
            self.mode.setItemText(i, mode_label(str(self.mode.itemData(i))))
        self.schedule.setMinimumWidth(self._schedule_width())
        self._fit_form()
        self.add_repayment.setText(self.tr("Add a lender"))
        self.resolution.setText(self.tr("The group's resolution is signed"))
        self.salary_here.setText(self.tr("Salary paid through this branch"))
        self.repayments.setHorizontalHeaderLabels([self.tr("Lender"),
                                                   self.tr("Per month")])
        self.schedule.setHorizontalHeaderLabels([self.tr("No."), self.tr("Due date"),
                                                 self.tr("Principal"), self.tr("Interest"),
                                                 self.tr("Installment")])
        self._show_preview() if self.preview is not None else None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
