"""Every window and dialog fits an old branch PC's 1024 × 768 screen, in both languages.

Each dialog is opened as a user opens it, on the 1024 × 768 screen the UI tests run on
(tests/ui/screen_1024x768.json), and checked: it is no larger than the screen leaves for
it (a title bar and a task bar take 40 pixels), it could not be made to fit (its
minimum size), and no visible button, field or label of it lies outside it. Each is
saved as a PNG (to $SHAKHA_SCREENSHOTS when set) to be looked at. A meta-test makes sure
a new dialog is added here.
"""

from __future__ import annotations

import ast
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)
from sqlalchemy.orm import Session

from app.db.models import Meeting
from app.services.loan_application import apply_for_loan
from app.services.loan_sanction import sanction_loan
from app.services.meetings import MeetingEntry, MeetingRow, post_meeting
from tests.services.loan_world import TODAY, application, disbursed_loan, loan_world
from ui.context import AppContext
from ui.i18n import set_language

ROOT = Path(__file__).resolve().parents[2]
SCREEN_W, SCREEN_H = 1024, 768
USABLE_H = SCREEN_H - 40  # title bar and task bar


def screenshots(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SHAKHA_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def week(engine, qapp, monkeypatch):
    """A branch with two groups meeting today (one posted, one to enter), and loans
    applied, sanctioned and disbursed."""
    from app.db.models import Staff
    from tests.builders import make_group, make_member

    world = loan_world(engine)
    with Session(engine) as s, s.begin():
        other = make_group(s, officer=s.get(Staff, world.officer.staff_id), weekday=2)
        others = [make_member(s, group=other).id for _ in range(4)]
        to_enter = Meeting(group_id=world.group_id, scheduled_on=TODAY, status="scheduled")
        posted = Meeting(group_id=other.id, scheduled_on=TODAY, status="scheduled")
        s.add_all([to_enter, posted])
        s.flush()
        ids = (to_enter.id, posted.id)
    world.meeting_id, world.posted_meeting = ids  # type: ignore[attr-defined]
    post_meeting(engine, world.officer, MeetingEntry(ids[1], 150_00, (
        MeetingRow(others[0], savings_deposit_minor=100_00),
        MeetingRow(others[1], "absent", savings_deposit_minor=50_00))))
    world.disbursed = disbursed_loan(engine, world, world.members[0])  # type: ignore[attr-defined]
    world.applied = apply_for_loan(engine, world.officer, application(  # type: ignore[attr-defined]
        world.members[1])).loan_id
    sanctioned = apply_for_loan(engine, world.officer, application(world.members[2])).loan_id
    sanction_loan(engine, world.manager, sanctioned)
    world.sanctioned = sanctioned  # type: ignore[attr-defined]
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: None)
    return world


def _dialogs(engine, world) -> dict[str, Callable[[AppContext], QWidget]]:  # type: ignore[no-untyped-def]
    from ui.login_dialog import LoginDialog
    from ui.views.bureau_people import ConsentDialog, PersonDialog
    from ui.views.cash_transfer_dialog import ReverseTransferDialog, TransferDialog
    from ui.views.cash_view import CounterDialog
    from ui.views.day_close import CashDifferencesDialog
    from ui.views.groups_view import FormGroupDialog
    from ui.views.loan_actions import LoanDialog
    from ui.views.loan_application import ApplicationDialog
    from ui.views.loan_kfs import KfsDialog
    from ui.views.meeting_entry import MeetingEntryDialog
    from ui.views.members_view import MemberPageDialog, RegisterMemberDialog
    from ui.views.print_calibration import PrinterCalibrationDialog
    from ui.views.print_preview import PrintPreviewDialog
    from ui.wizard.import_page import BookDialog

    def preview(ctx: AppContext) -> QWidget:
        from app.services.printing import collection_sheets_pdf

        pdf = collection_sheets_pdf(engine, TODAY, None, ctx.lang)
        return PrintPreviewDialog("Collection sheets", pdf)

    def application_with_preview(ctx: AppContext) -> QWidget:
        dialog = ApplicationDialog(ctx, member_id=world.members[4])
        dialog.amount.setText("45000")
        dialog.income.setText("60000")  # too little: the failed rules are listed too
        dialog.update_preview()
        return dialog

    def consent(ctx: AppContext) -> QWidget:
        from app.services.bureau import household

        return ConsentDialog(household(engine, world.members[0])[0])

    return {
        "ApplicationDialog-preview": application_with_preview,
        "LoginDialog": lambda ctx: LoginDialog(engine, "Saheberhat", True, ctx.lang),
        "MeetingEntryDialog": lambda ctx: MeetingEntryDialog(ctx, world.meeting_id),
        "MeetingEntryDialog-posted": lambda ctx: MeetingEntryDialog(ctx, world.posted_meeting),
        "ApplicationDialog": lambda ctx: ApplicationDialog(ctx, member_id=world.members[4]),
        "KfsDialog": lambda ctx: KfsDialog(ctx, world.sanctioned),
        "LoanDialog": lambda ctx: LoanDialog(ctx, world.disbursed),
        "LoanDialog-applied": lambda ctx: LoanDialog(ctx, world.applied),
        "RegisterMemberDialog": lambda ctx: RegisterMemberDialog(ctx),
        "MemberPageDialog": lambda ctx: MemberPageDialog(ctx, world.members[0]),
        "FormGroupDialog": lambda ctx: FormGroupDialog(ctx),
        "CounterDialog": lambda ctx: CounterDialog(ctx, True),
        "TransferDialog": lambda ctx: TransferDialog(ctx, "expense"),
        "ReverseTransferDialog": lambda ctx: ReverseTransferDialog(ctx),
        "CashDifferencesDialog": lambda ctx: CashDifferencesDialog(ctx),
        "PrinterCalibrationDialog": lambda ctx: PrinterCalibrationDialog(ctx),
        "PrintPreviewDialog": preview,
        "BookDialog": lambda ctx: BookDialog(ctx),
        "ConsentDialog": consent,
        "PersonDialog": lambda ctx: PersonDialog(ctx, world.members[0], None),
        **_session_dialogs(),
    }


def _session_dialogs() -> dict[str, Callable[[AppContext], QWidget]]:
    """Staff sessions (#19): the lock (as it looks when not full screen), the role table,
    the audit trail, the countersignature."""
    from types import SimpleNamespace

    from ui.audit_viewer import AuditViewer
    from ui.countersign import CountersignDialog
    from ui.session_lock import LockScreen
    from ui.views.settings_sessions import RolesDialog

    return {
        "LockScreen": lambda ctx: LockScreen(SimpleNamespace(  # type: ignore[arg-type]
            window=None, ctx=ctx, logged_out=False, locked=False)),
        "RolesDialog": lambda ctx: RolesDialog(),
        "AuditViewer": lambda ctx: AuditViewer(ctx),
        "CountersignDialog": lambda ctx: CountersignDialog(ctx, "day.close"),
    }


def outside(window: QWidget) -> list[str]:
    """Visible controls of `window` lying (partly) outside it; what sits inside a scroll
    area's viewport scrolls and is not counted."""
    found = []
    bounds = window.rect()
    for child in window.findChildren(QWidget):
        if not child.isVisible() or not isinstance(
                child, QAbstractButton | QLineEdit | QComboBox | QLabel):
            continue
        parent, scrolled = child.parentWidget(), False
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                scrolled = True
                break
            parent = parent.parentWidget()
        if scrolled:
            continue
        top_left = child.mapTo(window, child.rect().topLeft())
        bottom_right = child.mapTo(window, child.rect().bottomRight())
        if not (bounds.contains(top_left) and bounds.contains(bottom_right)):
            text = getattr(child, "text", lambda: "")()
            found.append(f"{type(child).__name__} '{text}'")
    return found


def fits(window: QWidget) -> dict[str, object]:
    """What does not fit 1024 × 768 (empty when all is well)."""
    problems: dict[str, object] = {}
    size, least = window.frameGeometry().size(), window.minimumSizeHint()
    if size.width() > SCREEN_W or size.height() > USABLE_H:
        problems["size"] = (size.width(), size.height())
    if least.width() > SCREEN_W or least.height() > USABLE_H:
        problems["minimum"] = (least.width(), least.height())
    cut = outside(window)
    if cut:
        problems["outside"] = cut
    return problems


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_every_dialog_fits_1024_by_768(engine, week, qtbot, tmp_path, lang):
    folder = screenshots(tmp_path)
    bad = {}
    for role in ("officer", "manager"):
        ctx = AppContext(engine, getattr(week, role), lang)
        set_language(ctx, lang)
        for name, make in _dialogs(engine, week).items():
            dialog = make(ctx)
            qtbot.addWidget(dialog)
            dialog.show()
            qtbot.waitExposed(dialog)
            problems = fits(dialog)
            dialog.grab().save(str(folder / f"{name}-{role}-{lang}.png"))
            if problems:
                bad[f"{name} ({role})"] = problems
            dialog.hide()
    assert bad == {}


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_the_status_bar_reads_whole_at_900_by_600(engine, week, qtbot, tmp_path, lang):
    """A smaller window still shows the branch, the user and the business date whole;
    the sync line gives way (shortened, all of it in its tooltip)."""
    from app.errors import ShakhaError
    from app.sync.outbox import remember_sync_error
    from ui.main_window import MainWindow

    # the longest sync line there is: a failure, events waiting
    remember_sync_error(engine, ShakhaError("Head office could not be reached."))
    ctx = AppContext(engine, week.manager, lang)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    set_language(ctx, lang)
    window.show()
    window.resize(900, 600)
    qtbot.waitUntil(lambda: window.width() <= 900)
    for label in (window.branch_label, window.user_label, window.date_label):
        assert label.width() >= label.sizeHint().width(), label.text()
    assert outside(window) == []
    sync = window.sync_label
    assert sync.text() in sync.toolTip() and sync.elided()
    assert sync.elided() == sync.text() or sync.elided().endswith("…")
    window.grab().save(str(screenshots(tmp_path) / f"main-900x600-{lang}.png"))


def dialog_classes() -> set[str]:
    """The dialogs a user can open: every class of ui/ that is a QDialog (directly or
    through another class of ui/), less those only there to be derived from (a class
    another dialog of ui/ derives from is a base: its subclasses are opened instead)."""
    bases: dict[str, set[str]] = {}
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {getattr(b, "id", getattr(b, "attr", "")) for b in node.bases}
    dialogs = {"QDialog"}
    while True:
        more = {name for name, of in bases.items() if of & dialogs} - dialogs
        if not more:
            break
        dialogs |= more
    derived_from = set().union(*(bases[name] for name in dialogs if name in bases))
    return dialogs - {"QDialog"} - derived_from


def test_every_dialog_of_the_app_is_opened_here():
    """A dialog added to ui/ must be added to the list above (so it is checked too)."""
    def constants(values: tuple) -> list[str]:  # a long dict's keys are one tuple
        return [c for v in values for c in (constants(v) if isinstance(v, tuple) else [v])
                if isinstance(c, str)]

    listed = {name.split("-")[0] for name in constants(
        _dialogs.__code__.co_consts + _session_dialogs.__code__.co_consts)}
    classes = dialog_classes()
    assert "GuardedDialog" not in classes and "MeetingEntryDialog" in classes
    assert classes - listed == set()


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_the_kfs_shows_apr_and_the_grievance_contact_without_scrolling(engine, week, qtbot,
                                                                      lang):
    from ui.views.loan_kfs import KfsDialog

    ctx = AppContext(engine, week.officer, lang)
    set_language(ctx, lang)
    dialog = KfsDialog(ctx, week.sanctioned)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    index = dialog.language.findData(lang)
    dialog.language.setCurrentIndex(index)
    apr = next(value for label, value in dialog.fact_labels if "APR" in label.text())
    grievance = dialog.fact_labels[-1][1]
    assert grievance.text() and "%" in apr.text() or "%" in apr.text()
    for value in (apr, grievance):
        corner = value.mapTo(dialog, value.rect().bottomRight())
        assert value.isVisible() and dialog.rect().contains(corner), value.text()
        assert not value.visibleRegion().isEmpty()
    assert fits(dialog) == {}
