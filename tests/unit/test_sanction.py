"""Sanction powers by grade, with and without collateral."""

from decimal import Decimal as D

import pytest

from app.domain.sanction import (
    JANATA_HEAD_OFFICE,
    JANATA_VILLAGE_WOMEN,
    can_sanction,
    next_authority,
)
from app.errors import ValidationError


def test_a_grade_4_branch_manager_sanctions_up_to_twenty_thousand():
    assert can_sanction("BM Gr-4", D("20000"), True, JANATA_VILLAGE_WOMEN)
    assert not can_sanction("BM Gr-4", D("20000.01"), True, JANATA_VILLAGE_WOMEN)


def test_without_collateral_no_grade_exceeds_the_collateral_free_limit():
    assert can_sanction("MD", D("500000"), True, JANATA_VILLAGE_WOMEN)
    assert not can_sanction("MD", D("60000"), False, JANATA_VILLAGE_WOMEN)
    assert can_sanction("Board", D("60000"), False, JANATA_VILLAGE_WOMEN)


def test_an_unknown_grade_has_no_power():
    assert not can_sanction("Cashier", D("1"), True, JANATA_VILLAGE_WOMEN)


def test_next_authority_is_the_lowest_that_can_sanction():
    assert next_authority(D("35000"), True, JANATA_VILLAGE_WOMEN) == "BM Gr-2"
    assert next_authority(D("250000"), True, JANATA_VILLAGE_WOMEN) == "DGM"
    assert next_authority(D("600000"), True, JANATA_VILLAGE_WOMEN) == "Board"
    assert next_authority(D("600000"), True, JANATA_HEAD_OFFICE) == "DMD"
    assert next_authority(D("100"), True, JANATA_VILLAGE_WOMEN, above="MD") == "Board"


def test_a_sanction_needs_a_positive_amount():
    with pytest.raises(ValidationError):
        can_sanction("MD", D("0"), True)


def test_every_seed_table_rises_from_the_lowest_authority_to_the_board():
    from app.domain.sanction import TABLES

    for table in TABLES.values():
        for kind in (False, True):
            limits = [p.limit(kind) for p in table]
            assert limits[-1] is None and table[-1].grade == "Board"
            assert limits[:-1] == sorted(limits[:-1])
