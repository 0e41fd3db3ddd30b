"""The Key Fact Statement on screen, in the borrower's language (not the user's), and
the acceptance step. The printed KFS comes from app.services.printing when present."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.format import format_amount, format_date
from app.printing.kfs import (
    is_bangladesh,
    kfs_heading_rows,
    kfs_sections,
    kfs_title,
    schedule_headings,
    t,
)
from app.services.loan_disbursement import Kfs, accept_kfs, kfs
from ui.context import AppContext
from ui.i18n import current_language
from ui.ops import call, show_error


def kfs_lines(k: Kfs, lang: str) -> list[tuple[str, str]]:
    """(label, value) pairs of the statement in `lang`: the printed KFS's own words
    (app.printing.kfs), each section's title (and its note) as a row of its own."""
    rows = list(kfs_heading_rows(k, lang))
    for section in kfs_sections(k, lang):
        rows.append((section.title, ""))
        if section.note:
            rows.append((section.note, ""))
        rows.extend(section.rows)
    return rows


# the statement's own lines (app.printing.kfs) a borrower must see before she agrees:
# what she gets, what she pays, the APR; the complaints contact follows them
# (and, for a loan paid in tranches, how: its tranches' repayment rule)
KEY_FACTS = (("amount",), ("disbursal",), ("tranche_rule",), ("cash_paid",), ("inst_amount",),
             ("inst_count",), ("first_due",), ("total_interest",), ("total_payable",),
             ("apr", "effective_rate"))


def key_facts(k: Kfs, lang: str) -> list[tuple[str, str]]:
    """The KFS's key facts, worded and valued as on paper (the same rows of
    kfs_sections), then one line with whom to complain to: officer, phone, e-mail."""
    rows: dict[str, str] = {}
    sections = kfs_sections(k, lang)
    for section in sections:
        for label, value in section.rows:
            rows.setdefault(label, value)
    heading = t("bd_complaints" if is_bangladesh(k) else "grievance", lang)
    complaints = next(s for s in sections if s.title == heading)
    facts = []
    for keys in KEY_FACTS:
        for key in keys:
            label = t(key, lang)
            if label in rows:
                facts.append((label, rows[label]))
                break
    contact = [value for label, value in complaints.rows[:3] if value and value != "—"]
    facts.append((complaints.title, " · ".join(contact) or "—"))
    return facts


class KfsDialog(QDialog):
    """Shows the KFS in the chosen language; 'Accept' records the borrower's agreement.

    On a 1024 × 768 screen the key facts (amount, what she is paid, installments, total
    payable, APR) and whom to complain to are always in view; the whole statement and
    the repayment schedule are two tabs below them."""

    def __init__(self, ctx: AppContext, loan_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.loan_id = loan_id
        self.accepted = False
        self.statement = kfs(ctx.engine, loan_id)
        self.language = QComboBox()
        self.language.addItem("বাংলা", "bn")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if self.statement.language == "bn" else 1)
        self.language.currentIndexChanged.connect(lambda _i: self.render())
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.facts = QFrame()
        self.facts.setFrameShape(QFrame.Shape.StyledPanel)
        self.facts_grid = QGridLayout(self.facts)
        self.facts_grid.setHorizontalSpacing(16)
        self.facts_grid.setVerticalSpacing(4)
        self.fact_labels: list[tuple[QLabel, QLabel]] = []  # key facts, complaints last
        self.statement_box = QWidget()
        self.statement_grid = QGridLayout(self.statement_box)
        self.statement_grid.setColumnStretch(1, 1)
        self.statement_labels: list[tuple[QLabel, QLabel]] = []  # the whole statement
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.statement_box)
        self.schedule = QTableWidget(0, 4)
        self.schedule.verticalHeader().setVisible(False)
        self.schedule.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.schedule.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tabs = QTabWidget()
        self.tabs.addTab(scroll, "")
        self.tabs.addTab(self.schedule, "")
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_kfs)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.record_acceptance)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.language)
        top.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.render()
        screen = self.screen().availableGeometry()
        self.resize(min(960, screen.width() - 16), min(680, screen.height() - 48))

    def lang(self) -> str:
        return str(self.language.currentData())

    @staticmethod
    def _pair(bold: bool = True) -> tuple[QLabel, QLabel]:
        label, value = QLabel(), QLabel()
        label.setWordWrap(True)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if bold:
            font = value.font()
            font.setBold(True)
            value.setFont(font)
        return label, value

    def _render_facts(self, lang: str) -> None:
        facts = key_facts(self.statement, lang)
        half = len(facts) // 2  # the complaints line spans the width below them
        while len(self.fact_labels) < len(facts):
            label, value = self._pair()
            n = len(self.fact_labels)
            if n == len(facts) - 1:
                self.facts_grid.addWidget(label, half, 0)
                self.facts_grid.addWidget(value, half, 1, 1, 3)
            else:
                row, column = (n, 0) if n < half else (n - half, 2)
                self.facts_grid.addWidget(label, row, column)
                self.facts_grid.addWidget(value, row, column + 1)
            self.fact_labels.append((label, value))
        for (label, value), (text, shown) in zip(self.fact_labels, facts, strict=False):
            label.setText(text)
            value.setText(shown)

    def _render_statement(self, lang: str) -> None:
        lines = kfs_lines(self.statement, lang)
        while len(self.statement_labels) < len(lines):
            label, value = self._pair(bold=False)
            row = len(self.statement_labels)
            self.statement_grid.addWidget(label, row, 0)
            self.statement_grid.addWidget(value, row, 1)
            self.statement_labels.append((label, value))
        for (label, value), (text, shown) in zip(self.statement_labels, lines, strict=False):
            label.setText(text)
            value.setText(shown)
            font = label.font()
            font.setBold(not shown)  # a section's title (or its note) stands alone
            label.setFont(font)
        self.statement_grid.setRowStretch(len(lines), 1)

    def render(self) -> None:
        lang = self.lang()
        self.title.setText(kfs_title(self.statement, lang))
        self._render_facts(lang)
        self._render_statement(lang)
        self.tabs.setTabText(0, self.tr("The whole statement"))
        self.tabs.setTabText(1, t("schedule", lang))
        self.schedule.setHorizontalHeaderLabels(schedule_headings(lang)[1:5])
        self.schedule.setRowCount(len(self.statement.schedule))
        for r, row in enumerate(self.statement.schedule):
            for c, text in enumerate((format_date(row.due_on, lang),
                                      format_amount(row.principal_minor, lang),
                                      format_amount(row.interest_minor, lang),
                                      format_amount(row.total_minor, lang))):
                self.schedule.setItem(r, c, QTableWidgetItem(text))

    def record_acceptance(self) -> None:
        try:
            accept_kfs(self.ctx.engine, self.ctx.actor, self.loan_id, self.lang())
        except Exception as exc:  # noqa: BLE001 - every error reaches the user
            show_error(self, exc)
            return
        self.accepted = True
        self.ctx.data_changed.emit("loans")
        self.accept()

    def print_kfs(self) -> None:
        from app.services import printing

        render = getattr(printing, "kfs_pdf", None)
        if render is None:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(self, self.windowTitle(),
                                    self.tr("Printing the KFS is not installed yet."))
            return
        open_pdf(self, call(self, render, self.ctx.engine, self.loan_id, self.lang()))

    def retranslate(self) -> None:
        # the statement's own title (app.printing.kfs), in the user's language
        self.setWindowTitle(kfs_title(self.statement, current_language()))
        self.print_button.setText(self.tr("Print"))
        self.accept_button.setText(self.tr("The borrower accepts"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def open_pdf(parent: QWidget, data: bytes | None) -> None:
    """Show a rendered document in the in-app preview (print or save as PDF from there)."""
    if not data:
        return
    from ui.views.print_preview import preview_pdf

    preview_pdf(parent, parent.windowTitle(), data)
