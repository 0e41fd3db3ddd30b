"""Repayment modes: the ways a programme lets a loan be repaid, chosen per loan.

The Janata Bank seeds name several modes for one programme ("Repayable by onetime/
installment (fortnightly/monthly/quarterly/half yearly). Repayment period and mode of
repayment is fixed depending on the nature of activities"), so a product may list the
modes it allows (`LoanProduct.repayment_modes`) and the term it allows in months
(`min_term_months`–`max_term_months`); the officer picks one mode for each loan.

A mode is a word: `weekly`, `fortnightly`, `monthly`, `quarterly` (every 3 months),
`half_yearly` (every 6 months), `yearly` (every 12 months), or `one_time_<N>m` (the whole
loan with its interest in one payment N months after disbursement, e.g. `one_time_6m`
for grain storage credit). Each becomes a schedule frequency and period (`every`), and
the product's term range becomes that mode's range of installments:
  least = ⌈min term ÷ months per installment⌉ (at least 1), most = ⌊max term ÷ it⌋,
where a week is 12/52 of a month and a fortnight 12/26; a one-time mode has exactly one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from app.domain.schedule import Frequency
from app.errors import QT_TR_NOOP, QT_TRANSLATE_NOOP, ValidationError

_ONE_TIME = re.compile(r"^one_time_([1-9][0-9]?)m$")
_REGULAR: dict[str, tuple[Frequency, int]] = {
    "weekly": (Frequency.WEEKLY, 1),
    "fortnightly": (Frequency.FORTNIGHTLY, 1),
    "monthly": (Frequency.MONTHLY, 1),
    "quarterly": (Frequency.MONTHLY, 3),
    "half_yearly": (Frequency.MONTHLY, 6),
    "yearly": (Frequency.MONTHLY, 12),
}
# Shown to the officer choosing a mode (translated in the "RepaymentMode" context).
MODE_LABELS = {
    "weekly": QT_TRANSLATE_NOOP("RepaymentMode", "Weekly"),
    "fortnightly": QT_TRANSLATE_NOOP("RepaymentMode", "Fortnightly"),
    "monthly": QT_TRANSLATE_NOOP("RepaymentMode", "Monthly"),
    "quarterly": QT_TRANSLATE_NOOP("RepaymentMode", "Quarterly"),
    "half_yearly": QT_TRANSLATE_NOOP("RepaymentMode", "Half-yearly"),
    "yearly": QT_TRANSLATE_NOOP("RepaymentMode", "Yearly"),
}
ONE_TIME_LABEL = QT_TRANSLATE_NOOP("RepaymentMode", "One-time, after {months} months")
MAX_TERM_MONTHS = 120


@dataclass(frozen=True)
class RepaymentMode:
    """One mode as the schedule sees it: frequency, period and installment range."""

    key: str
    frequency: Frequency
    every: int
    min_installments: int
    max_installments: int

    @property
    def one_time(self) -> bool:
        return self.key.startswith("one_time_")


def mode_key(frequency: Frequency, every: int) -> str:
    """The word for a frequency and period (`monthly`, 3 → `quarterly`; else e.g.
    `weekly_2`, which no product lists but a product's own schedule may use)."""
    for key, value in _REGULAR.items():
        if value == (frequency, every):
            return key
    return f"{frequency.value}_{every}"


def is_mode(key: str) -> bool:
    return key in _REGULAR or _ONE_TIME.match(key) is not None


def months_per_installment(frequency: Frequency, every: int) -> Decimal:
    return Decimal(12) * every / frequency.base_periods_per_year


def mode_of(key: str, min_term_months: int, max_term_months: int) -> RepaymentMode:
    """The mode `key` for a term of `min_term_months`–`max_term_months` (see the module
    docstring); refused when the mode is unknown or allows no installment in the term."""
    one_time = _ONE_TIME.match(key)
    if one_time:
        months = int(one_time.group(1))
        if not min_term_months <= months <= max_term_months:
            raise ValidationError(QT_TR_NOOP("Repayment mode {mode} falls outside the "
                                             "product's term of {low}–{high} months."),
                                  mode=key, low=min_term_months, high=max_term_months)
        return RepaymentMode(key, Frequency.MONTHLY, months, 1, 1)
    if key not in _REGULAR:
        raise ValidationError(QT_TR_NOOP("Unknown repayment mode: {mode}"), mode=key)
    frequency, every = _REGULAR[key]
    per_year, months = frequency.base_periods_per_year, 12 * every  # exact, in integers
    low = max(1, -(-min_term_months * per_year // months))
    high = max_term_months * per_year // months
    if high < low:
        raise ValidationError(QT_TR_NOOP("Repayment mode {mode} falls outside the "
                                         "product's term of {low}–{high} months."),
                              mode=key, low=min_term_months, high=max_term_months)
    return RepaymentMode(key, frequency, every, low, high)


def check_term(code: str, min_term_months: int, max_term_months: int) -> None:
    if not 1 <= min_term_months <= max_term_months <= MAX_TERM_MONTHS:
        raise ValidationError(QT_TR_NOOP("Product {code}: the term must be 1–{most} months, "
                                         "shortest first."), code=code, most=MAX_TERM_MONTHS)
