"""Money as integer minor units (paisa/poisha) in storage and Decimal in arithmetic.

Floats never touch money: a float cannot represent 0.10 exactly and a lost paisa is a
real harm. Every rounding names its rule at the point the rule says so.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, ROUND_HALF_UP, Decimal, InvalidOperation

PAISA = Decimal("0.01")
MINOR_PER_MAJOR = 100


class MoneyError(ValueError):
    """An amount that is not a valid amount of money."""


def to_decimal(value: Decimal | int | str) -> Decimal:
    """Accept a Decimal, an int (major units) or a decimal string; refuse floats."""
    if isinstance(value, float):
        raise MoneyError("floats are not accepted for money")
    if isinstance(value, bool):
        raise MoneyError("not an amount")
    try:
        result = Decimal(value)
    except (InvalidOperation, ValueError, TypeError) as exc:
        raise MoneyError(f"not an amount: {value!r}") from exc
    if not result.is_finite():
        raise MoneyError(f"not a finite amount: {value!r}")
    return result


def to_minor(amount: Decimal | int | str) -> int:
    """Major-unit amount → integer minor units; refuses fractions of a paisa."""
    dec = to_decimal(amount)
    minor = dec * MINOR_PER_MAJOR
    if minor != minor.to_integral_value():
        raise MoneyError(f"amount has more than two decimals: {amount}")
    return int(minor)


def from_minor(minor: int) -> Decimal:
    """Integer minor units → Decimal major units with exactly two decimals."""
    return (Decimal(int(minor)) / MINOR_PER_MAJOR).quantize(PAISA)


def round_paisa(amount: Decimal, rounding: str = ROUND_HALF_EVEN) -> Decimal:
    """Round to 0.01 (half-even unless a rule says otherwise)."""
    return amount.quantize(PAISA, rounding=rounding)


def round_to_multiple(
    amount: Decimal, multiple: Decimal, rounding: str = ROUND_HALF_EVEN
) -> Decimal:
    """Round to a multiple such as 0.01, 1, 5, 10 or 100 (half-even by default)."""
    if multiple <= 0:
        raise MoneyError("rounding multiple must be positive")
    units = (amount / multiple).quantize(Decimal(1), rounding=rounding)
    return round_paisa(units * multiple)


__all__ = [
    "PAISA",
    "MINOR_PER_MAJOR",
    "MoneyError",
    "ROUND_HALF_EVEN",
    "ROUND_HALF_UP",
    "to_decimal",
    "to_minor",
    "from_minor",
    "round_paisa",
    "round_to_multiple",
]
