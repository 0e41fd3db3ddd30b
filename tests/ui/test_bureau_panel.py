"""The loan's credit-bureau tab: people of the household, consent, asking, the states and
what the reports say, in English and Bengali."""

from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QMessageBox

from app.services.loan_application import apply_for_loan
from tests.services.bureau_world import (
    HUSBAND,
    checked_household,
    hq_says,
    other_loan,
    report,
)
from tests.services.loan_world import TODAY, application, loan_world
from ui.context import AppContext
from ui.views.bureau_panel import BureauTab, ConsentDialog, PersonDialog
from ui.views.loan_actions import LoanDialog


@pytest.fixture
def applied(engine, qapp):
    world = loan_world(engine)
    loan_id = apply_for_loan(engine, world.officer, application(world.members[0])).loan_id
    return world, loan_id


@pytest.fixture(autouse=True)
def _no_popups(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    return shown


def _column(tab: BureauTab, column: int) -> list[str]:
    return [tab.table.item(r, column).text() for r in range(tab.table.rowCount())]


def test_the_loan_page_has_a_credit_bureau_tab_referring_to_the_manager(engine, applied,
                                                                       qtbot):
    world, loan_id = applied
    dialog = LoanDialog(AppContext(engine, world.officer, "en"), loan_id)
    qtbot.addWidget(dialog)
    titles = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "Credit bureau" in titles
    tab = dialog.bureau
    assert "Refer to the manager" in tab.verdict.text()
    assert _column(tab, 1)[0] == "not asked"


def test_in_bengali_a_reason_names_the_member_by_her_bengali_name(engine, applied, qtbot):
    from ui.i18n import install_language

    world, loan_id = applied
    install_language("bn")
    try:
        tab = BureauTab(AppContext(engine, world.officer, "bn"), loan_id)
        qtbot.addWidget(tab)
        me = tab.data.lines[0].person
        reasons = [tab.reasons.item(i).text() for i in range(tab.reasons.count())]
        assert f"{me.name_bn}-এর ক্রেডিট ব্যুরো রিপোর্ট এখনও আসেনি।" in reasons
        assert not any(me.name_latin in r for r in reasons)
    finally:
        install_language("en")


def test_asking_needs_a_checked_name_and_then_the_consent(engine, applied, qtbot,
                                                          _no_popups):
    world, loan_id = applied
    tab = BureauTab(AppContext(engine, world.officer, "en"), loan_id)
    qtbot.addWidget(tab)
    tab.table.selectRow(0)
    assert tab.ask("thumb") is None  # her spelling is not checked yet
    assert "checked" in _no_popups[-1]
    checked_household(engine, world.officer, world.members[0], HUSBAND)
    tab.reload()
    tab.table.selectRow(1)
    assert tab.ask("signature") is not None
    assert _column(tab, 1)[:2] == ["not asked", "waiting to send"]


def test_the_consent_dialog_refuses_without_agreement(engine, applied, qtbot, _no_popups):
    world, _loan = applied
    checked_household(engine, world.officer, world.members[0])
    from app.services.bureau import household

    dialog = ConsentDialog(household(engine, world.members[0])[0])
    qtbot.addWidget(dialog)
    dialog.thumb.setChecked(True)
    dialog.accept()
    assert dialog.result() == 0 and "consent" in _no_popups[-1]
    dialog.agreed.setChecked(True)
    dialog.accept()
    assert dialog.result() == 1 and dialog.method() == "thumb"


def test_a_person_is_saved_only_once_the_officer_checked_the_spelling(engine, applied,
                                                                     qtbot, _no_popups):
    world, _loan = applied
    ctx = AppContext(engine, world.officer, "bn")
    dialog = PersonDialog(ctx, world.members[0], None)
    qtbot.addWidget(dialog)
    dialog.name_bn.setText("গোপাল দাস")
    dialog.suggest()
    assert dialog.name_latin.text() == "Gopal Das"
    dialog.born.setText("০৯/০১/১৯৮৫")
    dialog.id_type.setCurrentIndex(dialog.id_type.findData("voter_id"))
    dialog.id_number.setText("WB1234567")
    dialog.save()
    assert dialog.saved is None and "spelling" in _no_popups[-1]
    dialog.checked.setChecked(True)
    dialog.save()
    assert dialog.saved is not None


def test_what_the_reports_say_is_shown_per_person_and_for_the_household(engine, applied,
                                                                       qtbot):
    world, loan_id = applied
    me, husband = checked_household(engine, world.officer, world.members[0], HUSBAND)
    from app.services.bureau import ask_for_bureau_check

    joint = other_loan("JT-9", outstanding_minor=30_000_00)
    hq_says(engine, ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb"),
            report(TODAY, joint, other_loan("AS-1", lender="Jana Small Finance")))
    hq_says(engine, ask_for_bureau_check(engine, world.officer, loan_id, husband, "thumb"),
            report(TODAY, joint))
    for lang in ("en", "bn"):
        from ui.i18n import install_language

        install_language(lang)
        tab = BureauTab(AppContext(engine, world.officer, lang), loan_id)
        qtbot.addWidget(tab)
        tab.resize(1000, 420)
        tab.show()
        if lang == "en":
            assert _column(tab, 1)[:2] == ["report received", "report received"]
            assert _column(tab, 4) == ["45,000.00", "30,000.00", "45,000.00"]  # joint once
        else:
            assert _column(tab, 4)[-1] == "৪৫,০০০.০০"
        shots = os.environ.get("SHAKHA_SHOTS")
        if shots:
            tab.grab().save(os.path.join(shots, f"bureau_tab_{lang}.png"))
    install_language("en")


def test_the_tab_weighs_this_loan_with_the_households_repayments_against_the_limit(
        engine, applied, qtbot):
    world, loan_id = applied
    me = checked_household(engine, world.officer, world.members[0])[0]
    from app.services.bureau import ask_for_bureau_check
    from ui.i18n import install_language

    hq_says(engine, ask_for_bureau_check(engine, world.officer, loan_id, me, "thumb"),
            report(TODAY, other_loan(installment_minor=1_500_00)))
    try:
        for lang, words in (("en", ("against a limit of 7,500.00: 50 % of its monthly "
                                    "income of 15,000.00", "above the limit")),
                            ("bn", ("সীমা ৭,৫০০.০০", "সীমার বেশি"))):
            install_language(lang)
            tab = BureauTab(AppContext(engine, world.officer, lang), loan_id)
            qtbot.addWidget(tab)
            assert all(w in tab.burden.text() for w in words), tab.burden.text()
    finally:
        install_language("en")
