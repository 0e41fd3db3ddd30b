"""The printed KFS of a loan paid out in tranches (issue #18), rendered and read back:
in up to N tranches, the days not known before the first, the plan mid-tranches."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import pytest

from app.services.loan_application import apply_for_loan
from app.services.loan_disbursement import accept_kfs, kfs, pay_tranche
from app.services.loan_sanction import sanction_loan
from app.services.printing import kfs_pdf
from tests.printing.pdf_files import pdf_text
from tests.printing.world import pages
from tests.services.loan_world import TODAY, application, loan_world, set_business_date


def _tranched_bangladesh(engine) -> tuple[object, int]:
    w = loan_world(engine, profile="bangladesh_mra", currency="BDT", members=8,
                   products=("JB-SFDP",), max_tranches=3)
    loan_id = apply_for_loan(engine, w.officer, application(
        w.members[0], product="JB-SFDP", amount_minor=30_000_00)).loan_id
    sanction_loan(engine, w.manager, loan_id)
    accept_kfs(engine, w.officer, loan_id, "bn")
    return w, loan_id


def _flat(pdf: bytes) -> str:
    return " ".join(pdf_text(pdf).split())


def _look(pdf: bytes, name: str) -> None:
    """Every page renders; with KFS_PNG_DIR set, saved there for a person to look at."""
    images = pages(pdf, 1.5)
    assert images and all(img.getextrema()[0] < 128 for img in images)  # ink on each page
    out = os.environ.get("KFS_PNG_DIR")
    if out:
        for k, img in enumerate(images, 1):
            img.save(Path(out) / f"{name}-{k}.png")


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_the_kfs_before_the_first_tranche_says_the_days_are_not_known(engine, lang):
    _w, loan_id = _tranched_bangladesh(engine)
    pdf = kfs_pdf(engine, loan_id, lang)
    _look(pdf, f"kfs-tranches-unknown-{lang}")
    flat = _flat(pdf)
    if lang == "en":
        for words in ("In up to 3 tranches", "The days of the tranches are not known yet",
                      "repayment starts from the last tranche",
                      "(actual days ÷ 365) is added to the first installment"):
            assert words in flat, words
    else:
        for words in ("সর্বোচ্চ ৩ দফায়", "দফাগুলোর তারিখ এখনও জানা নেই",
                      "শেষ দফা থেকে"):
            assert words in flat, words


@pytest.mark.parametrize("lang", ["bn", "en"])
def test_the_kfs_mid_tranches_shows_the_tranches_paid_and_the_rest(engine, lang):
    w, loan_id = _tranched_bangladesh(engine)
    pay_tranche(engine, w.accountant, loan_id, 10_000_00)
    set_business_date(engine, TODAY + timedelta(days=28))
    statement = kfs(engine, loan_id)
    pdf = kfs_pdf(engine, loan_id, lang)
    _look(pdf, f"kfs-tranches-plan-{lang}")
    flat = _flat(pdf)
    if lang == "en":
        for words in ("Tranche 1", "paid on", "Tranche 2", "the rest, if paid on",
                      "after the last tranche", "Repayment starts from the last tranche"):
            assert words in flat, words
        assert f"{statement.apr_percent:.2f} %" in flat  # the plan's own APR
    else:
        for words in ("১ নম্বর দফা", "২ নম্বর দফা", "বাকি অংশ", "শেষ দফার"):
            assert words in flat, words
