"""A member with a disbursed loan, counter repayments and savings: documents' test data."""

from __future__ import annotations

from dataclasses import dataclass

import pypdfium2 as pdfium
from PIL import Image, ImageChops, ImageStat
from sqlalchemy import update
from sqlalchemy.orm import Session

from app.db.models import Member
from app.services.loan_closure import counter_repayment
from app.services.savings import counter_deposit, counter_withdrawal, open_account
from tests.services.loan_world import LoanWorld, disbursed_loan, loan_world


@dataclass
class PrintWorld:
    world: LoanWorld
    member_id: int
    loan_id: int
    account_id: int


def print_world(engine, deposits: int = 3, profile: str = "india_rbi") -> PrintWorld:
    """A member with a disbursed weekly group loan (BJS's, or Janata Bank's SFDP credit in
    a Bangladesh branch), counter repayments and savings."""
    bangladesh = profile == "bangladesh_mra"
    w = loan_world(engine, profile=profile, currency="BDT" if bangladesh else "INR",
                   members=8 if bangladesh else 5,
                   products=("JB-SFDP",) if bangladesh else ("BJS-GL", "BJS-IL"))
    member = w.members[0]
    with Session(engine) as s, s.begin():  # Bengali names with conjuncts and vowel signs
        s.execute(update(Member).where(Member.id == member).values(
            name_bn="লক্ষ্মী কর্মকার", name_en="Lakshmi Karmakar", passbook_no="PB-0042"))
    loan_id = disbursed_loan(engine, w, member, **({"product": "JB-SFDP"} if bangladesh
                                                   else {}))
    account = open_account(engine, w.accountant, member)
    for k in range(deposits):
        counter_deposit(engine, w.accountant, account, 100_00 + k * 10_00)
        counter_repayment(engine, w.accountant, loan_id, 500_00)
    counter_withdrawal(engine, w.accountant, account, 50_00)
    return PrintWorld(w, member, loan_id, account)


def pages(pdf: bytes, scale: float = 1.0) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    return [doc[i].render(scale=scale).to_pil().convert("L") for i in range(len(doc))]


def difference(a: Image.Image, b: Image.Image) -> float:
    if a.size != b.size:
        return 255.0
    return ImageStat.Stat(ImageChops.difference(a, b)).mean[0]
