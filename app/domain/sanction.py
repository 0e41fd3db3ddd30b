"""Sanction powers: who may approve how much, as data (Janata Bank RCD delegation tables).

A table lists the authorities from the lowest to the highest, each with the largest
amount it may sanction without collateral and with collateral (`None` = no limit,
the Board). Amounts in the seeds are in lakh taka (1 lac = 1,00,000).

Rules:
* `can_sanction(grade, amount, with_collateral, table)`: true when the amount is at
  most the grade's power for that kind of loan. An unknown grade has no power.
* `next_authority(...)`: the lowest authority in the table that can sanction the
  amount (the one an application is forwarded to), or None when nobody can.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from app.errors import QT_TR_NOOP, ValidationError

LAKH = Decimal("100000")


@dataclass(frozen=True)
class SanctionPower:
    """One authority's power: max amount without and with collateral (None = unlimited)."""

    grade: str
    without_collateral: Decimal | None
    with_collateral: Decimal | None

    def limit(self, with_collateral: bool) -> Decimal | None:
        return self.with_collateral if with_collateral else self.without_collateral


SanctionTable = tuple[SanctionPower, ...]


def _lac(value: str) -> Decimal:
    return Decimal(value) * LAKH


def _table(rows: Sequence[tuple[str, str | None, str | None]]) -> SanctionTable:
    return tuple(SanctionPower(g, None if w is None else _lac(w), None if c is None else _lac(c))
                 for g, w, c in rows)


# Village Women Employment Credit (RCD-42/14): BM Gr-4 0.20 lac … MD 5.00 lac. Without
# collateral no loan exceeds Tk 50,000 (0.50 lac), the product's collateral-free limit.
JANATA_VILLAGE_WOMEN: SanctionTable = _table((
    ("BM Gr-4", "0.20", "0.20"), ("BM Gr-3", "0.30", "0.30"), ("BM Gr-2", "0.40", "0.40"),
    ("BM Gr-1", "0.50", "0.50"), ("AGM", "0.50", "1.00"), ("DGM", "0.50", "3.00"),
    ("GM", "0.50", "4.00"), ("DMD", "0.50", "5.00"), ("MD", "0.50", "5.00"),
    ("Board", None, None),
))

# Credit for Trained Youth (RCD-44/14): BM Gr-4 0.50 lac … GM 5.00 lac. (Swanirvar
# credit has no table: its branch manager sanctions up to the product's Tk 40,000.)
JANATA_TRAINED_YOUTH: SanctionTable = _table((
    ("BM Gr-4", "0.50", "0.50"), ("BM Gr-3", "0.60", "0.60"), ("BM Gr-2", "0.70", "0.70"),
    ("BM Gr-1", "0.80", "0.80"), ("AGM", "1.00", "1.00"), ("DGM", "3.00", "3.00"),
    ("GM", "5.00", "5.00"), ("Board", None, None),
))

# Head-office products (Cyber Cafe, RCD 287): GM 3/5, DMD 3/7, MD 3/10 lac.
JANATA_HEAD_OFFICE: SanctionTable = _table((
    ("GM", "3.00", "5.00"), ("DMD", "3.00", "7.00"), ("MD", "3.00", "10.00"),
    ("Board", None, None),
))

TABLES: dict[str, SanctionTable] = {
    "janata_village_women": JANATA_VILLAGE_WOMEN,
    "janata_trained_youth": JANATA_TRAINED_YOUTH,
    "janata_head_office": JANATA_HEAD_OFFICE,
}


def _check_amount(amount: Decimal) -> None:
    if amount <= 0:
        raise ValidationError(QT_TR_NOOP("A sanction needs a positive amount."))


def can_sanction(grade: str, amount: Decimal, with_collateral: bool,
                 table: SanctionTable = JANATA_VILLAGE_WOMEN) -> bool:
    """True when `grade` may sanction `amount` of this kind (see the module docstring)."""
    _check_amount(amount)
    for power in table:
        if power.grade == grade:
            limit = power.limit(with_collateral)
            return limit is None or amount <= limit
    return False


def next_authority(amount: Decimal, with_collateral: bool,
                   table: SanctionTable = JANATA_VILLAGE_WOMEN,
                   above: str | None = None) -> str | None:
    """The lowest authority (above `above`, if given) that can sanction `amount`."""
    _check_amount(amount)
    grades = [p.grade for p in table]
    start = grades.index(above) + 1 if above in grades else 0
    for power in table[start:]:
        limit = power.limit(with_collateral)
        if limit is None or amount <= limit:
            return power.grade
    return None
