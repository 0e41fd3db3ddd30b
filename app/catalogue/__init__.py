"""Head office's reference data for each policy profile, shipped as data.

`<profile>.json` beside this module holds, for one profile, every loan product of the
institution described in shared/seeds (the Janata Bank RCD programmes for
`bangladesh_mra`, BJS's loans for `india_rbi`), the branch-wide delegation of sanction
powers and the fixed-date public holidays. Each product names its `source` (the seed's
words it comes from) and what it `assumed` where the seed is silent, for head office to
review before `shakha hq publish-catalogue` sends it to the branches.

Loading validates everything (`LoanProduct.from_dict`): a catalogue that cannot be
applied by every branch is refused here, not at the branches.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.money import to_minor
from app.domain.products import PROFILES, LoanProduct
from app.errors import QT_TR_NOOP, ValidationError

HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class CatalogueProduct:
    product: LoanProduct
    source: str
    assumed: tuple[str, ...]


@dataclass(frozen=True)
class FixedHoliday:
    month: int
    day: int
    name_en: str
    name_bn: str


@dataclass(frozen=True)
class Catalogue:
    profile: str
    version: int
    products: tuple[CatalogueProduct, ...]
    holidays: tuple[FixedHoliday, ...]
    sanction_powers: tuple[tuple[str, Decimal, Decimal], ...]

    def product(self, code: str) -> LoanProduct:
        for entry in self.products:
            if entry.product.code == code:
                return entry.product
        raise KeyError(code)

    def changes(self, years: tuple[int, ...]) -> list[tuple[str, str, dict[str, Any]]]:
        """(kind, key, payload) of every reference change head office publishes for it:
        products, the delegation table (rank = its order) and the holidays of `years`."""
        out: list[tuple[str, str, dict[str, Any]]] = [
            ("product", e.product.code, e.product.to_dict()) for e in self.products]
        for rank, (grade, without, with_) in enumerate(self.sanction_powers, 1):
            for collateral, limit in ((False, without), (True, with_)):
                out.append(("sanction_power", f"{grade}:{'with' if collateral else 'without'}",
                            {"grade": grade, "with_collateral": collateral,
                             "max_minor": to_minor(limit), "rank": rank}))
        for year in years:
            for h in self.holidays:
                out.append(("holiday", date(year, h.month, h.day).isoformat(),
                            {"name_en": h.name_en, "name_bn": h.name_bn}))
        return out


def profiles() -> tuple[str, ...]:
    return tuple(sorted(p.stem for p in HERE.glob("*.json")))


def load_catalogue(profile: str) -> Catalogue:
    """The catalogue of `profile`, validated (ValidationError names what is wrong)."""
    if profile not in PROFILES or not (HERE / f"{profile}.json").is_file():
        raise ValidationError(QT_TR_NOOP("No catalogue for policy profile {profile}."),
                              profile=profile)
    data = json.loads((HERE / f"{profile}.json").read_text(encoding="utf-8"))
    products = []
    for entry in data["products"]:
        product = LoanProduct.from_dict(entry["product"])
        if product.profile != profile:
            raise ValidationError(QT_TR_NOOP("Product {code}: unknown policy profile "
                                             "{profile}."), code=product.code,
                                  profile=product.profile)
        products.append(CatalogueProduct(product, str(entry.get("source", "")),
                                         tuple(entry.get("assumed", ()))))
    codes = [p.product.code for p in products]
    if len(set(codes)) != len(codes):
        raise ValidationError(QT_TR_NOOP("A product code is listed twice in the catalogue."))
    holidays = tuple(FixedHoliday(int(h["month"]), int(h["day"]), str(h["name_en"]),
                                  str(h["name_bn"])) for h in data.get("holidays", ()))
    for h in holidays:
        date(2024, h.month, h.day)  # a leap year: any real month and day exists in it
    powers = LoanProduct.from_dict(
        {**products[0].product.to_dict(), "sanction_powers": data.get("sanction_powers", [])}
    ).sanction_powers
    return Catalogue(profile, int(data.get("version", 1)), tuple(products), holidays, powers)
