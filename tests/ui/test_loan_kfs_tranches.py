"""The KFS dialog of a loan paid out in tranches (issue #18): its key facts say so, in
Bengali with Bangladesh's words, and read as the printed statement does."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from app.services.loan_disbursement import kfs
from app.services.loan_sanction import sanction_loan
from ui.context import AppContext
from ui.views.loan_kfs import KfsDialog, kfs_lines


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_the_kfs_dialog_says_the_loan_comes_in_tranches(engine, qtbot, lang):
    from app.services.loan_application import apply_for_loan
    from tests.services.loan_world import application, loan_world
    from ui.i18n import install_language

    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", members=7,
                   products=("JB-SFDP",), max_tranches=3)
    loan_id = apply_for_loan(engine, w.officer, application(
        w.members[0], product="JB-SFDP", amount_minor=30_000_00)).loan_id
    sanction_loan(engine, w.manager, loan_id)
    install_language(lang, "bn_BD")
    try:
        dialog = KfsDialog(AppContext(engine, w.officer, lang), loan_id)
        qtbot.addWidget(dialog)
        dialog.language.setCurrentIndex(dialog.language.findData(lang))
        facts = dict((label.text(), value.text()) for label, value in dialog.fact_labels)
        paper = kfs_lines(kfs(engine, loan_id), lang)
        out = os.environ.get("KFS_PNG_DIR")
        if out:
            dialog.resize(900, 760)
            dialog.show()
            dialog.grab().save(str(Path(out) / f"kfs-dialog-tranches-{lang}.png"))
    finally:
        install_language("en", "bn_IN")
    if lang == "bn":
        assert facts["ঋণ বিতরণ"] == "সর্বোচ্চ ৩ দফায়"
        rule = facts["দফায় বিতরণ হওয়া ঋণের পরিশোধ"]
        assert "দফাগুলোর তারিখ এখনও জানা নেই" in rule and "সার্ভিস চার্জ" in rule
    else:
        assert facts["Disbursal"] == "In up to 3 tranches"
        assert "The days of the tranches are not known yet" in facts["Repayment of tranches"]
    assert set(facts.items()) - {list(facts.items())[-1]} <= set(paper)
