"""The wizard's page for the existing book (app.services.opening_import), as `shakha
import` does it: the file (.xlsx or a folder of CSV files), the opening trial balance
typed in (outstanding principal per loan product, savings, cash), Check — the dry run,
every problem and what each row would create, in the user's language — then Import,
which is possible only once the check is clean and the totals agree. The page may be
skipped: the book can come in later.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from app.errors import ShakhaError
from app.format import parse_amount
from ui.i18n import current_language
from ui.std_dialogs import existing_directory, open_file_name
from ui.wizard.common import problem_label, show_problem, wait_for


class BookPage(QWizardPage):
    """In the wizard it opens the new branch's file; in Settings (BookDialog) it is given
    the open database and the manager."""

    def __init__(self, engine: Any = None, actor: Any = None) -> None:
        super().__init__()
        self.given_engine, self.given_actor = engine, actor
        self.result: Any = None  # the committed ImportReport
        self.checked: Any = None  # the last dry run's report
        self.codes: list[str] = []
        self.file = QLineEdit()
        self.file.textChanged.connect(lambda _t: self._changed())
        self.pick_file, self.pick_folder = QPushButton(), QPushButton()
        self.pick_file.clicked.connect(self._choose_file)
        self.pick_folder.clicked.connect(self._choose_folder)
        self.balance = QTableWidget(0, 2)
        self.balance.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.balance.verticalHeader().setVisible(False)
        self.balance.itemChanged.connect(lambda _i: self._changed())
        self.check, self.commit = QPushButton(), QPushButton()
        self.check.clicked.connect(self.dry_run)
        self.commit.clicked.connect(self.bring_in)
        self.report = QListWidget()
        self.report.setWordWrap(True)
        self.problem = problem_label()
        self.file_label = QLabel()
        self.file_label.setBuddy(self.file)
        row = QHBoxLayout()
        row.addWidget(self.file_label)
        row.addWidget(self.file, 1)
        row.addWidget(self.pick_file)
        row.addWidget(self.pick_folder)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check)
        buttons.addWidget(self.commit)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.balance, 3)
        layout.addLayout(buttons)
        layout.addWidget(self.report, 2)
        layout.addWidget(self.problem)
        self.retranslate()

    def engine(self) -> Any:
        from app.services.database import open_database as open_engine

        if self.given_engine is not None:
            return _Borrowed(self.given_engine)
        return open_engine(self.wizard().property("db_path"))

    def actor(self) -> Any:
        if self.given_actor is not None:
            return self.given_actor
        return self.wizard().property("manager_actor")  # she just set her password

    def initializePage(self) -> None:
        from app.services.loans import product_choices

        engine = self.engine()
        try:
            self.codes = [p.code for p in product_choices(_engine_of(engine))]
        finally:
            engine.dispose()
        self.balance.blockSignals(True)
        self.balance.setRowCount(len(self.codes) + 2)
        for row, code in enumerate([*self.codes, "", ""]):
            item = QTableWidgetItem(code)
            self.balance.setItem(row, 0, item)
            self.balance.setItem(row, 1, QTableWidgetItem(""))
        self.balance.blockSignals(False)
        self.retranslate()
        self._changed()

    def retranslate(self) -> None:
        self.setTitle(self.tr("The branch's existing book"))
        self.setSubTitle(self.tr("Groups, members, open loans, savings and cash from the "
                                 "old system. You may skip this and do it later."))
        self.file_label.setText(self.tr("&File"))
        self.pick_file.setText(self.tr("Workbook… (&W)"))
        self.pick_folder.setText(self.tr("CSV folder… (&V)"))
        self.check.setText(self.tr("&Check (nothing is written)"))
        self.commit.setText(self.tr("&Import"))
        self.balance.setHorizontalHeaderLabels([self.tr("Opening trial balance"),
                                                self.tr("Amount")])
        rows = self.balance.rowCount()
        for row, text in ((rows - 2, self.tr("Savings")), (rows - 1, self.tr("Cash in the "
                                                                             "safe"))):
            item = self.balance.item(row, 0) if row >= 0 else None
            if item is not None:
                item.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_file(self) -> None:
        name = open_file_name(self, self.tr("Existing book"), "", self.tr("Workbooks (*.xlsx)"))
        if name:
            self.file.setText(name)

    def _choose_folder(self) -> None:
        name = existing_directory(self, self.tr("Folder of CSV files"))
        if name:
            self.file.setText(name)

    def _changed(self) -> None:
        self.checked = None
        self.commit.setEnabled(False)
        self.check.setEnabled(bool(self.file.text().strip()) and self.result is None)

    def trial_balance(self) -> Any:
        from app.services.opening_import import TrialBalance

        def amount(row: int) -> int:
            item = self.balance.item(row, 1)
            return parse_amount(item.text()) if item is not None and item.text() else 0

        rows = self.balance.rowCount()
        outstanding = {code: amount(k) for k, code in enumerate(self.codes) if amount(k)}
        return TrialBalance(outstanding, amount(rows - 2), amount(rows - 1))

    def dry_run(self) -> None:
        from app.services.opening_import import dry_run_import
        from app.services.opening_report import report_lines

        self.problem.setText("")
        self.report.clear()
        engine = self.engine()
        try:
            report = wait_for(dry_run_import, _engine_of(engine), self.file.text().strip(),
                              self.trial_balance())
        except (ShakhaError, OSError) as exc:
            show_problem(self.problem, exc)
            return
        finally:
            engine.dispose()
        self.report.addItems(report_lines(report, current_language()))
        self.checked = report
        self.commit.setEnabled(report.reconciled)
        if not report.reconciled:
            self.problem.setText(self.tr("Correct the file or the trial balance, then check "
                                         "again: nothing is imported until they agree."))

    def bring_in(self) -> None:
        from app.services.opening_import import commit_import

        actor = self.actor()
        engine = self.engine()
        try:
            self.result = wait_for(commit_import, _engine_of(engine), actor,
                                   self.file.text().strip(),
                                   self.trial_balance())
        except (ShakhaError, OSError) as exc:
            show_problem(self.problem, exc)
            return
        finally:
            engine.dispose()
        self.commit.setEnabled(False)
        self.check.setEnabled(False)
        created = self.result.totals.created
        self.problem.setText("")
        self.report.insertItem(0, self.tr("Imported: {groups} groups, {members} members, "
                                          "{loans} loans, {savings} savings accounts.").format(
            groups=created.get("groups", 0), members=created.get("members", 0),
            loans=created.get("loans", 0), savings=created.get("savings", 0)))


class _Borrowed:
    """An engine this page did not open: it must not dispose of it."""

    def __init__(self, engine: Any) -> None:
        self.engine = engine

    def dispose(self) -> None:
        pass


def _engine_of(engine: Any) -> Any:
    return engine.engine if isinstance(engine, _Borrowed) else engine


class BookDialog(QDialog):
    """Settings → bring in the existing book: the wizard's page on the open branch."""

    def __init__(self, ctx: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.page = BookPage(ctx.engine, ctx.actor)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.page)
        layout.addWidget(close)
        self.page.initializePage()
        self.setWindowTitle(self.page.title())
        self.resize(900, 640)
