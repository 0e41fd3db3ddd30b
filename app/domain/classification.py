"""Loan classification by days past due, as each regulator defines it, with provisioning.

India (RBI, early recognition of stress, which NBFC-MFIs report): standard (nothing
overdue), SMA-0 (overdue 1–30 days), SMA-1 (31–60), SMA-2 (61–90), NPA (more than 90).
RBI sets no provisioning rate per SMA class, so none is computed here.

Bangladesh (MRA's loan classification and provisioning for microcredit): standard /
regular (nothing overdue, 1 % general provision), watchful (1–30 days, 5 %),
substandard (31–180, 25 %), doubtful (181–365, 75 %), bad/loss (more than 365, 100 %),
provisioned on the outstanding principal.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal


@dataclass(frozen=True)
class AssetClass:
    code: str
    max_days: int | None  # days past due, inclusive; None: everything above the last
    provision_percent: Decimal | None  # None: the regulator sets none for this class


def _classes(*rows: tuple[str, int | None, str | None]) -> tuple[AssetClass, ...]:
    return tuple(AssetClass(code, days, Decimal(p) if p is not None else None)
                 for code, days, p in rows)


CLASSES = {
    "india_rbi": _classes(("standard", 0, None), ("sma_0", 30, None), ("sma_1", 60, None),
                          ("sma_2", 90, None), ("npa", None, None)),
    "bangladesh_mra": _classes(("standard", 0, "1"), ("watchful", 30, "5"),
                               ("substandard", 180, "25"), ("doubtful", 365, "75"),
                               ("bad_loss", None, "100")),
}


def classes_for(profile: str) -> tuple[AssetClass, ...]:
    """The classes of a policy profile (India's for an unknown one)."""
    return CLASSES.get(profile, CLASSES["india_rbi"])


def classify(dpd: int, classes: tuple[AssetClass, ...]) -> AssetClass:
    """The class of a loan `dpd` days past due."""
    for cls in classes:
        if cls.max_days is None or dpd <= cls.max_days:
            return cls
    return classes[-1]


def provision_minor(outstanding_minor: int, cls: AssetClass) -> int | None:
    """The provision the class asks on an outstanding amount (half up), or None."""
    if cls.provision_percent is None:
        return None
    return int((Decimal(outstanding_minor) * cls.provision_percent / 100)
               .quantize(Decimal("1"), rounding=ROUND_HALF_UP))
