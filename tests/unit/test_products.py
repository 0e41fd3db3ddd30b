from decimal import Decimal

import pytest

from app.domain.products import DEMO_PRODUCTS, LoanProduct
from app.errors import ValidationError


@pytest.mark.parametrize("product", DEMO_PRODUCTS, ids=lambda p: p.code)
def test_a_product_survives_the_json_round_trip(product):
    assert LoanProduct.from_dict(product.to_dict()) == product


def test_an_unknown_product_field_is_refused():
    data = DEMO_PRODUCTS[0].to_dict() | {"colour": "red"}
    with pytest.raises(ValidationError, match="colour"):
        LoanProduct.from_dict(data)


def test_a_rate_above_the_bangladesh_cap_is_refused():
    data = DEMO_PRODUCTS[2].to_dict() | {"annual_rate_percent": "27"}
    with pytest.raises(ValidationError, match="cap"):
        LoanProduct.from_dict(data)


def test_a_float_rate_is_refused():
    data = DEMO_PRODUCTS[0].to_dict() | {"annual_rate_percent": 24.5}
    with pytest.raises(ValidationError):
        LoanProduct.from_dict(data)


def test_fees_are_a_percentage_of_the_loan():
    fees = DEMO_PRODUCTS[0].fees_for(Decimal("10000"))
    assert [f.amount for f in fees] == [Decimal("100.00"), Decimal("50.00")]
