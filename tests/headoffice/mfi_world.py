"""Members and accounts for the MFI-file tests: a valid portfolio to break one rule at a
time, and a hypothesis strategy of valid portfolios."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import strategies as st

from app.headoffice.bureau.mfi import MfiAccount, MfiHeader, MfiMember

AS_OF = date(2025, 3, 31)
HEADER = MfiHeader("MFI0000123", "BEGHORIA JANAKALYAN SAMITY", AS_OF, date(2025, 4, 2))

ACTIVE = MfiAccount(
    account_ref="BJS-001-L000001", category="T01", purpose="Goat rearing", status="S04",
    disbursed_on=date(2024, 6, 5), sanctioned_minor=20_000_00, disbursed_minor=20_000_00,
    balance_minor=9_872_00, overdue_minor=0, dpd=0, cycle=2, applied_on=date(2024, 5, 20),
    sanctioned_on=date(2024, 5, 28), last_payment_on=date(2025, 3, 26),
    applied_minor=20_000_00, installments=46, frequency="weekly", installment_minor=487_00)
LATE = replace(ACTIVE, account_ref="BJS-001-L000002", status="S05", balance_minor=4_100_00,
               overdue_minor=974_00, dpd=12, cycle=1)
CLOSED = replace(ACTIVE, account_ref="BJS-001-L000003", status="S07", balance_minor=0,
                 overdue_minor=0, closed_on=date(2025, 3, 12),
                 last_payment_on=date(2025, 3, 12))
WRITTEN_OFF = replace(ACTIVE, account_ref="BJS-001-L000004", status="S06",
                      balance_minor=6_000_00, overdue_minor=6_000_00, dpd=200,
                      written_off_minor=6_000_00, written_off_on=date(2025, 1, 15),
                      last_payment_on=date(2024, 8, 1))
RINA = MfiMember(
    branch="BJS-001", member_id="BJS-001/M00001", kendra_id="G001", group_id="G001",
    name="Rina Das", birth_date=date(1990, 4, 2), gender="F", key_person_name="Gopal Das",
    key_person_relation="husband", monthly_income_minor=15_000_00,
    address="Ward 4, Saheberhat, Cooch Behar", state="WB", pin="736135",
    ids=(("aadhaar", "123456789012"),), marital="M01", accounts=(ACTIVE, CLOSED))
SALMA = replace(RINA, member_id="BJS-001/M00002", name="Salma Khatun",
                birth_date=date(1984, 11, 30), key_person_name="Karim Sheikh",
                ids=(("voter_id", "WB/12/345/678"),), accounts=(LATE, WRITTEN_OFF))
PORTFOLIO = (RINA, SALMA)

# --- hypothesis: any valid portfolio ---------------------------------------------------

names = st.text(alphabet=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghij"),
                min_size=2, max_size=30).map(str.strip).filter(lambda t: len(t) >= 2)


@st.composite
def accounts(draw, n: int) -> MfiAccount:  # type: ignore[no-untyped-def]
    disbursed = draw(st.dates(date(2015, 1, 1), AS_OF))
    amount = draw(st.integers(1_000, 2_00_000)) * 100
    kind = draw(st.sampled_from(["active", "late", "closed", "written_off"]))
    after = st.dates(disbursed, AS_OF)
    base = MfiAccount(
        account_ref=f"BJS-001-L{n:06d}", category=draw(st.sampled_from(["T01", "T02"])),
        purpose=draw(names)[:20], status="S04", disbursed_on=disbursed,
        sanctioned_minor=amount, disbursed_minor=amount, balance_minor=amount,
        overdue_minor=0, applied_on=disbursed - timedelta(days=draw(st.integers(0, 30))),
        sanctioned_on=disbursed, installments=draw(st.integers(1, 104)),
        frequency=draw(st.sampled_from(["weekly", "fortnightly", "monthly"])),
        installment_minor=draw(st.integers(1, 10_000)) * 100)
    if kind == "closed":
        return replace(base, status="S07", balance_minor=0, closed_on=draw(after))
    balance = draw(st.integers(1, amount // 100)) * 100
    if kind == "active":
        return replace(base, balance_minor=balance)
    overdue = draw(st.integers(1, balance // 100)) * 100
    dpd = draw(st.integers(1, 999))
    if kind == "late":
        return replace(base, status="S05", balance_minor=balance, overdue_minor=overdue,
                       dpd=dpd)
    return replace(base, status="S06", balance_minor=balance, overdue_minor=overdue, dpd=dpd,
                   written_off_minor=balance, written_off_on=draw(after))


@st.composite
def portfolios(draw) -> list[MfiMember]:  # type: ignore[no-untyped-def]
    out, n = [], 0
    for m in range(draw(st.integers(1, 6))):
        loans = []
        for _ in range(draw(st.integers(1, 3))):
            n += 1
            loans.append(draw(accounts(n)))
        born = draw(st.dates(date(1940, 1, 1), date(1995, 1, 1)))
        out.append(replace(RINA, member_id=f"BJS-001/M{m:05d}", name=draw(names),
                           birth_date=born, key_person_name=draw(names),
                           accounts=tuple(loans)))
    return out
