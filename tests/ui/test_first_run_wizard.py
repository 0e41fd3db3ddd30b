"""The first-run wizard, real widgets offscreen: the demo, and setting a PC up for a
branch from head office's enrolment file (USB reply, real PostgreSQL head office), its
manager's password, and its existing book through the dry run into the commit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWizard

from app.db.engine import open_engine
from app.headoffice.devices import issue_enrolment
from app.services.users import authenticate
from app.sync.device import is_enrolled
from tests.sync.pgfixtures import hq, hq_keys, hq_keys_path, hq_url  # noqa: F401
from ui.wizard.first_run import DONE, ENROL, MANAGER, FirstRunWizard


def _enrolment(hq, hq_keys, tmp_path: Path) -> Path:  # noqa: F811
    path = tmp_path / "JB-CHD.enrol"
    path.write_text(json.dumps(issue_enrolment(hq, hq_keys, "JB-CHD",
                                               profile="bangladesh_mra")))
    return path


def test_try_the_demo_makes_nothing_here(qtbot, tmp_path):
    wizard = FirstRunWizard(tmp_path / "branch.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.welcome.demo.setChecked(True)
    assert wizard.welcome.nextId() == -1
    wizard.accept()
    assert wizard.choice == "demo" and not (tmp_path / "branch.db").exists()


def test_cancel_leaves_no_database(qtbot, tmp_path):
    wizard = FirstRunWizard(tmp_path / "branch.db")
    qtbot.addWidget(wizard)
    wizard.reject()
    assert wizard.choice == "" and not (tmp_path / "branch.db").exists()


def test_a_bad_enrolment_file_is_refused_on_the_page_and_nothing_is_made(qtbot, tmp_path):
    wizard = FirstRunWizard(tmp_path / "branch.db")
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert wizard.currentId() == ENROL
    bad = tmp_path / "x.enrol"
    bad.write_text("{}")
    wizard.enrol.file.setText(str(bad))
    wizard.next()
    assert wizard.currentId() == ENROL and "not an enrolment file" in wizard.enrol.problem.text()
    assert not (tmp_path / "branch.db").exists()


@pytest.mark.postgres
def test_a_branch_set_up_by_usb_with_its_manager_and_its_book(qtbot, tmp_path, hq,  # noqa: F811
                                                               hq_keys):  # noqa: F811
    db = tmp_path / "branch.db"
    wizard = FirstRunWizard(db)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.enrol
    page.file.setText(str(_enrolment(hq, hq_keys, tmp_path)))
    page.file.editingFinished.emit()
    assert "JB-CHD" in page.found.text() and page.institution.text() == "Janata Bank"
    page.name_bn.setText("চান্দিনা")
    page.name_en.setText("Chandina")
    page.usb.setChecked(True)
    page.reply.setText(str(tmp_path / "JB-CHD.reply"))
    wizard.next()
    assert wizard.currentId() == MANAGER, page.problem.text()
    assert (tmp_path / "JB-CHD.reply").is_file()
    manager = wizard.manager
    assert manager.name_en.isVisibleTo(manager)  # no staff list yet: her own account
    manager.user.setEditText("mita")
    manager.name_en.setText("Mita Roy")
    manager.name_bn.setText("মিতা রায়")
    manager.password.setText("mita-pass")
    manager.again.setText("mita-pass")
    wizard.next()
    assert manager.actor is not None, manager.problem.text()
    wizard.next()  # the book can wait
    assert wizard.currentId() == DONE
    assert "JB-CHD.reply" in wizard.currentPage().summary.text()
    wizard.accept()
    assert wizard.choice == "branch"
    engine = open_engine(db)
    try:
        assert is_enrolled(engine)
        assert authenticate(engine, "mita", "mita-pass").role == "branch_manager"
    finally:
        engine.dispose()


def test_the_wizard_speaks_bengali(qtbot, tmp_path):
    from ui.i18n import install_language

    wizard = FirstRunWizard(tmp_path / "branch.db")
    qtbot.addWidget(wizard)
    try:
        wizard.welcome.language.setCurrentIndex(0)  # বাংলা
        assert "প্রস্তুত করুন" in wizard.welcome.setup.text()
        assert wizard.windowTitle() == "‘শাখা’ — প্রথমবার চালু"
        # Qt's own wizard buttons too (i18n/qtdialogs_bn.ts): the first screen she sees
        buttons = [wizard.buttonText(b) for b in (
            QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
            QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
        assert buttons == ["< পেছনে (&B)", "পরবর্তী (&N) >", "শেষ করুন (&F)", "বাতিল"]
    finally:
        install_language("en")
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "&Next >"


def test_the_book_page_checks_then_imports_only_what_reconciles(qtbot, tmp_path, engine,
                                                                db_path):
    from app.domain.money import from_minor
    from tests.services.opening_world import counts, opening_world
    from ui.wizard.first_run import BOOK

    world, _rows, tb, book = opening_world(engine, tmp_path)
    wizard = FirstRunWizard(db_path)
    qtbot.addWidget(wizard)
    wizard.setProperty("manager_actor", world.manager)
    page = wizard.book
    wizard.setStartId(BOOK)
    wizard.show()
    page.file.setText(str(book))
    rows = {page.balance.item(r, 0).text(): r for r in range(page.balance.rowCount())}
    for code, minor in tb.outstanding_by_product.items():
        page.balance.item(rows[code], 1).setText(str(from_minor(minor)))
    page.balance.item(rows["Savings"], 1).setText(str(from_minor(tb.savings_minor)))
    page.balance.item(rows["Cash in the safe"], 1).setText("1")  # wrong
    page.dry_run()
    assert not page.commit.isEnabled() and "nothing is imported" in page.problem.text()
    page.balance.item(rows["Cash in the safe"], 1).setText(str(from_minor(tb.cash_minor)))
    page.dry_run()
    assert page.commit.isEnabled()
    before = counts(engine)
    page.bring_in()
    assert page.result is not None and counts(engine)["member"] == before["member"] + 30
    assert page.report.item(0).text().startswith("Imported: 3 groups, 30 members")


def test_settings_offers_the_book_and_the_support_bundle_to_the_manager(ctx, qtbot,
                                                                        tmp_path):
    from app.db.uow import Actor
    from app.services.support import support_bundle_of
    from ui.views.settings_view import SettingsView
    from ui.wizard.import_page import BookDialog

    view = SettingsView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.book.isVisible() and view.support.isVisible()
    dialog = BookDialog(ctx)
    qtbot.addWidget(dialog)
    assert dialog.page.codes == [] and dialog.page.balance.rowCount() == 2
    assert support_bundle_of(ctx.engine, tmp_path / "s.zip").is_file()
    ctx.actor = Actor(ctx.ids["officer"], "officer", "field_officer")
    officers = SettingsView(ctx)
    qtbot.addWidget(officers)
    officers.show()
    assert not officers.book.isVisible()
