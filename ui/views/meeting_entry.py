"""Meeting entry, keyboard-first: type each member's amounts, Enter moves down.

Columns to type: received, savings deposit, withdrawal, attendance (P present, A absent,
S absent but sent payment, L leave — or উ/অ/প/ছ, shown so in Bengali; the legend under
the table says so, and an absent woman's row is greyed). Bengali or Latin digits; what is
typed is shown back in the reader's digits. Three tick columns (Space toggles): paid by
the group for her, loan use checked, closes her loans today — ticking the last fills in
exactly what closes them (interest to date only).

Totals are always visible; Post (Ctrl+Enter) is refused until they equal the cash
counted — negative (−) when the meeting paid out more than it collected. Ctrl+S saves a
draft (and says so); closing the window saves one too, so nothing typed is lost — and if
even the draft cannot be saved the user may discard (Alt+D) or keep editing.

A posted meeting opens read only (what was posted, who posted it); a reversed one opens
with what was posted, to be corrected and entered again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import ShakhaError
from app.format import format_amount, format_date, format_number, parse_amount, parse_signed_amount
from app.services.meetings import (
    MeetingEntry,
    MeetingRow,
    meeting_sheet,
    post_meeting,
    save_draft,
)
from ui import guarded_dialog
from ui.amounts import read_back
from ui.context import AppContext
from ui.i18n import tr_error
from ui.ops import app_title, warn
from ui.views.meeting_table import (
    AMOUNTS,
    ATTENDANCE,
    ATTENDANCE_LETTER,
    BY_GROUP,
    CLOSES,
    DEPOSIT,
    DUES,
    INVALID,
    RECEIVED,
    TICKS,
    USE_CHECKED,
    WITHDRAWABLE,
    WITHDRAWAL,
    EntryTable,
)

__all__ = ["ATTENDANCE", "CLOSES", "RECEIVED", "USE_CHECKED", "WITHDRAWABLE",
           "MeetingEntryDialog"]


def two_lines(header: str) -> str:
    """A header of two words or more on two lines, so that fourteen columns fit a
    1024-pixel screen in Bengali too (Qt's header draws the line break)."""
    words = header.split()
    if len(words) < 2:
        return header
    middle = min(range(1, len(words)), key=lambda k: abs(
        len(" ".join(words[:k])) - len(" ".join(words[k:]))))
    return " ".join(words[:middle]) + "\n" + " ".join(words[middle:])


class MeetingEntryDialog(QDialog):
    def __init__(self, ctx: AppContext, meeting_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting_id = meeting_id
        self.sheet = meeting_sheet(ctx.engine, meeting_id)
        self.read_only = self.sheet.status in ("posted", "not_held")
        self.dirty = False
        self.posted = False
        self.result_text = ""
        self._filling = False
        self._closes_ticked: dict[int, bool] = {}  # each row's "closes loan", as last seen
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.note = QLabel()  # read only / entered again / draft saved
        self.note.setWordWrap(True)
        self.table = EntryTable(len(self.sheet.members), 14)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers
                                   if self.read_only else
                                   QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setObjectName("meetingTotals")
        self.totals.setWordWrap(True)
        self.cash_label = QLabel()
        self.cash = QLineEdit()
        # as wide as a crore with paisa and a sign, whatever is shown beside it
        self.cash.setFixedWidth(self.cash.fontMetrics().horizontalAdvance("−৮৮,৮৮,৮৮,৮৮৮.৮৮")
                                + 16)
        self.cash.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.cash_label.setBuddy(self.cash)
        self.cash.textChanged.connect(self._changed)
        read_back(ctx, self.cash, signed=True)
        self.post_button, self.draft_button = QPushButton(), QPushButton()
        self.close_button = QPushButton()
        self.post_button.clicked.connect(self.post)
        self.draft_button.clicked.connect(self.save_draft)
        self.close_button.clicked.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.cash_label)
        bottom.addWidget(self.cash)
        for button in (self.draft_button, self.post_button, self.close_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.totals)
        layout.addLayout(bottom)
        for widget in (self.cash, self.cash_label, self.post_button, self.draft_button):
            widget.setVisible(not self.read_only)
        self.close_button.setVisible(self.read_only)
        if not self.read_only:
            QShortcut(QKeySequence("Ctrl+Return"), self).activated.connect(self.post)
            QShortcut(QKeySequence("Ctrl+Enter"), self).activated.connect(self.post)
            QShortcut(QKeySequence("Ctrl+S"), self).activated.connect(self.save_draft)
        self._fill()
        # every column as wide as its contents, so the ticks fit on a 1366-pixel screen
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(36)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in DUES:
            self.table.setColumnHidden(column, self.read_only)
        for column in AMOUNTS:  # room to type an amount, however short the header
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
        self.table.itemChanged.connect(self._changed)
        self.retranslate()
        self._fit_to_screen()
        self.table.setCurrentCell(0, RECEIVED)
        self.table.setFocus()

    def _fit_to_screen(self) -> None:
        """Wide enough for every column (no sideways scrolling during a meeting), as
        far as the screen allows; tall enough for a group of twenty where it can."""
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        amount = self.fontMetrics().horizontalAdvance("৮৮,৮৮৮.৮৮") + 12
        for column in AMOUNTS:
            self.table.setColumnWidth(column, max(amount, header.sectionSizeHint(column)))
        margins = self.layout().contentsMargins()  # type: ignore[union-attr]
        needed = (self.table.verticalHeader().sizeHint().width()
                  + self.table.horizontalHeader().length() + 2 * self.table.frameWidth()
                  + self.table.verticalScrollBar().sizeHint().width()
                  + margins.left() + margins.right())
        screen = self.screen().availableGeometry()
        self.resize(min(max(needed, 800), screen.width() - 16),
                    min(680, screen.height() - 48))

    # --- filling -------------------------------------------------------------------------



    def shown_entry(self) -> MeetingEntry | None:
        """What the table starts from: what was posted (read only), else the draft (after
        a reversal: what was posted, to be corrected)."""
        return self.sheet.posted if self.sheet.status == "posted" else self.sheet.draft

    def _fill(self) -> None:
        self._filling = True
        lang = self.ctx.lang
        start = self.shown_entry()
        typed_rows = {r.member_id: r for r in start.rows} if start else {}
        # the serial numbers of the printed sheet, in the reader's digits
        self.table.setVerticalHeaderLabels([format_number(n, lang) for n in
                                            range(1, len(self.sheet.members) + 1)])
        editable = not self.read_only
        for row, member in enumerate(self.sheet.members):
            name = member.name_bn if lang == "bn" and member.name_bn else member.name_en
            number = (f"{format_number(member.installment_no, lang)}/"
                      f"{format_number(member.installments_count, lang)}"
                      if member.loan_id else "")
            saved = typed_rows.get(member.member_id)
            values = [member.member_code, name, number,
                      format_amount(member.due_minor, lang),
                      format_amount(member.arrears_minor, lang),
                      format_amount(member.savings_due_minor, lang),
                      format_amount(member.withdrawable_minor, lang)]
            for column, text in enumerate(values):
                self.table.setItem(row, column, self.table.cell(text, right=column > 1))
            typed = [saved.repayment_minor, saved.savings_deposit_minor,
                     saved.savings_withdrawal_minor] if saved else [0, 0, 0]
            for column, minor in zip(AMOUNTS, typed, strict=True):
                text = format_amount(minor, lang) if minor else ""
                self.table.setItem(row, column, self.table.cell(text, editable=editable))
            letters = ATTENDANCE_LETTER.get(lang, ATTENDANCE_LETTER["en"])
            letter = letters[saved.attendance if saved else "present"]
            self.table.setItem(row, ATTENDANCE, self.table.cell(letter, editable=editable,
                                                           right=False))
            ticked = (saved.paid_by_group, saved.utilisation_checked,
                      saved.closes_loans) if saved else (False, False, False)
            self._closes_ticked[row] = ticked[2]
            for column, on in zip(TICKS, ticked, strict=True):
                self.table.setItem(row, column, self.table.tick(
                    on, enabled=editable and (column != CLOSES or member.closing_minor > 0)))
            self.table.mark_attendance(row, self.ctx.lang)
        if self.sheet.draft and not self.read_only:
            self.cash.setText(format_amount(self.sheet.draft.cash_counted_minor, lang))
        self._filling = False

    def retranslate(self) -> None:
        lang = self.ctx.lang
        name = self.sheet.group_name_bn if lang == "bn" and self.sheet.group_name_bn \
            else self.sheet.group_name_en
        group = f"{self.sheet.group_code} {name}"
        self.setWindowTitle(self.tr("Meeting entry"))
        self.title.setText(self.tr("Meeting of {group} on {date}").format(
            group=group, date=format_date(self.sheet.on, lang)))
        self.note.setText(self._note())
        self.note.setVisible(bool(self.note.text()))
        self.table.setHorizontalHeaderLabels([two_lines(text) for text in (
            self.tr("Code"), self.tr("Member"), self.tr("Installment"), self.tr("Due"),
            self.tr("Arrears"), self.tr("Savings due"), self.tr("Withdrawable"),
            self.tr("Received"), self.tr("Savings deposit"), self.tr("Withdrawal"),
            self.tr("Attendance"), self.tr("By group"), self.tr("Use checked"),
            self.tr("Closes loan"))])
        self._filling, filling = True, self._filling  # a tooltip is no typing
        try:
            for row, member in enumerate(self.sheet.members):
                tip = self.tr("To close all her loans today: {amount}").format(
                    amount=format_amount(member.closing_minor, lang)
                ) if member.closing_minor and not self.read_only else ""
                for column in (RECEIVED, CLOSES):
                    item = self.table.item(row, column)
                    if item is not None:
                        item.setToolTip(tip)
        finally:
            self._filling = filling
        self.legend.setText(self.tr(
            "Attendance: P present · A absent · S absent, sent her payment · L on leave"))
        self.cash_label.setText(self.tr("&Cash counted (− if paid out)"))
        self.cash.setToolTip(self.tr("The cash brought back from the meeting. When more "
                                     "was paid out than collected, type it with a minus: "
                                     "−100"))
        self.post_button.setText(self.tr("Post (Ctrl+Enter)"))
        self.draft_button.setText(self.tr("Save draft (Ctrl+S)"))
        self.close_button.setText(self.tr("Close"))
        self._update_totals()

    def _note(self) -> str:
        lang = self.ctx.lang
        if self.sheet.status == "posted":
            by = self.sheet.posted_by_bn if lang == "bn" and self.sheet.posted_by_bn \
                else self.sheet.posted_by_en
            return self.tr("Posted by {name}; shown read only. To correct it, the manager "
                           "reverses it (Today, Ctrl+R) and it is entered again.").format(
                name=by)
        if self.sheet.status == "not_held":
            return self.tr("Not held: {reason}").format(reason=self.sheet.reason)
        if self.sheet.reentry:
            return self.tr("Reversed ({reason}). Correct what was posted and post it again; "
                           "it goes in the cash book of {date}.").format(
                reason=self.sheet.reason,
                date=format_date(self.sheet.posting_day or self.sheet.on, lang))
        return ""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- reading what was typed --------------------------------------------------------


    def entry(self) -> MeetingEntry:
        """What was typed, as a MeetingEntry (raises ShakhaError naming a bad cell)."""
        rows = []
        for row, member in enumerate(self.sheet.members):
            attendance = self.table.attendance(row)
            if attendance is None:
                raise ShakhaError(self.tr("Attendance of {member}: type P, A, S or L.")
                                  .format(member=member.member_code))
            amount = self.table.amount
            rows.append(MeetingRow(member.member_id, attendance, amount(row, RECEIVED),
                                   amount(row, DEPOSIT), amount(row, WITHDRAWAL),
                                   paid_by_group=self.table.ticked(row, BY_GROUP),
                                   utilisation_checked=self.table.ticked(row, USE_CHECKED),
                                   closes_loans=self.table.ticked(row, CLOSES)))
        cash = parse_signed_amount(self.cash.text()) if self.cash.text().strip() else 0
        return MeetingEntry(self.meeting_id, cash, tuple(rows))

    def _changed(self, *args: object) -> None:
        if self._filling:
            return
        self.dirty = True
        item = args[0] if args and isinstance(args[0], QTableWidgetItem) else None
        if item is not None:
            self._filling = True  # what follows rewrites cells: no second round
            try:
                if item.column() == CLOSES:
                    # only a tick or untick: a cell repainted (greyed, its tooltip) is
                    # no reason to fill or clear her amount
                    ticked = self.table.ticked(item.row(), CLOSES)
                    if self._closes_ticked.get(item.row(), False) != ticked:
                        self._closes_ticked[item.row()] = ticked
                        self._closing_toggled(item.row())
                elif item.column() in AMOUNTS:
                    self._in_readers_digits(item)
                elif item.column() == ATTENDANCE:
                    self.table.mark_attendance(item.row(), self.ctx.lang)
            finally:
                self._filling = False
        self._update_totals()

    def _in_readers_digits(self, item: QTableWidgetItem) -> None:
        """An amount typed '120' or '১২০' is shown back as the reader writes it, with
        paisa (১২০.০০ in Bengali); what cannot be read stays as typed (in red)."""
        try:
            minor = parse_amount(item.text()) if item.text().strip() else 0
        except ShakhaError:
            return
        item.setText(format_amount(minor, self.ctx.lang) if minor else "")


    def _closing_toggled(self, row: int) -> None:
        """Ticking "closes loan" fills in what closes her loans; unticking clears it."""
        closing = self.sheet.members[row].closing_minor
        received = self.table.item(row, RECEIVED)
        if received is None:
            return
        if self.table.ticked(row, CLOSES):
            received.setText(format_amount(closing, self.ctx.lang))
        else:
            try:
                same = self.table.amount(row, RECEIVED) == closing
            except ShakhaError:
                same = False
            if same:
                received.setText("")

    def _update_totals(self) -> None:
        lang = self.ctx.lang
        sums, bad = [0, 0, 0], False
        self._filling, filling = True, self._filling
        try:
            for row in range(self.table.rowCount()):
                for k, column in enumerate(AMOUNTS):
                    item = self.table.item(row, column)
                    try:
                        sums[k] += self.table.amount(row, column)
                        if item and item.background().color() == INVALID:
                            item.setBackground(QBrush())
                            self.table.mark_attendance(row, self.ctx.lang)
                    except ShakhaError:
                        bad = True
                        if item:
                            item.setBackground(QBrush(INVALID))
        finally:
            self._filling = filling
        net = sums[0] + sums[1] - sums[2]
        cash = self.tr("cash to count {n}") if net >= 0 else self.tr("cash paid out {n}")
        text = self.tr("Received {r} · savings {d} · withdrawn {w}").format(
            r=format_amount(sums[0], lang), d=format_amount(sums[1], lang),
            w=format_amount(sums[2], lang)) + " · " + cash.format(
            n=format_amount(abs(net), lang))
        if bad:
            text += " · " + self.tr("red cells are not amounts")
        self.totals.setText(text)

    # --- actions -------------------------------------------------------------------------
    def save_draft(self) -> bool:
        problem = self._save_draft()
        if problem:
            warn(self, problem)
        return not problem

    def _save_draft(self) -> str:
        """Save what was typed as a draft; '' when saved, else why not (translated)."""
        if self.read_only:
            return ""
        try:
            save_draft(self.ctx.engine, self.ctx.actor, self.entry())
        except ShakhaError as exc:
            return tr_error(exc)
        self.dirty = False
        self.note.setText(self.tr("Draft saved. It can be resumed from Today."))
        self.note.setVisible(True)
        self.ctx.data_changed.emit("meetings")
        return ""

    def post(self) -> None:
        if self.read_only:
            return
        try:
            entry = self.entry()
            posted = post_meeting(self.ctx.engine, self.ctx.actor, entry)
        except ShakhaError as exc:
            warn(self, tr_error(exc))
            return
        self.posted, self.dirty = True, False
        self.ctx.data_changed.emit("meetings")
        lang = self.ctx.lang
        paying = sum(1 for r in entry.rows if r.repayment_minor or r.savings_deposit_minor
                     or r.savings_withdrawal_minor)
        text = self.tr("Posted {group}: {members} members paid or saved, {amount} collected.") \
            if posted.collected_minor >= 0 else \
            self.tr("Posted {group}: {members} members paid or saved, {amount} paid out.")
        self.result_text = text.format(group=self.sheet.group_code,
                                       members=format_number(paying, lang),
                                       amount=format_amount(abs(posted.collected_minor), lang))
        self.accept()

    def reject(self) -> None:
        """Closing keeps what was typed as a draft; if even that cannot be saved (an amount
        that is not one), the user discards it (Alt+D) or goes back to mend it."""
        if self.dirty and not self.posted and not self.read_only:
            problem = self._save_draft()
            if problem and not guarded_dialog.ask_discard(self, app_title(), self.tr(
                    "The draft cannot be saved: {problem}\nClose without saving what was "
                    "typed?").format(problem=problem)):
                return
        super().reject()
