"""The branch's passbook format: lines to a page, spacing, first line, left edge."""

import pytest

from app.errors import PermissionDenied, ValidationError
from app.printing.passbook import DEFAULT_LAYOUT, PassbookLayout
from app.services.passbook_format import passbook_layout, save_passbook_layout
from app.services.printing import calibration_pdf, passbook_pdf, passbook_state
from tests.printing.world import pages, print_world


def _ink_box(pdf: bytes):
    return pages(pdf, 1.0)[0].point(lambda v: 255 - v).getbbox()


def test_a_branch_prints_on_the_default_format_until_its_manager_sets_one(engine):
    w = print_world(engine)
    assert passbook_layout(engine) == DEFAULT_LAYOUT
    fifteen = PassbookLayout(15, 7.0, 45.0, 20.0)
    save_passbook_layout(engine, w.world.manager, fifteen)
    assert passbook_layout(engine) == fifteen


def test_lines_turn_the_page_where_the_branchs_passbook_ends(engine):
    w = print_world(engine, deposits=12)  # 28 lines
    save_passbook_layout(engine, w.world.manager, PassbookLayout(12, 6.35, 38.0, 14.0))
    out = passbook_pdf(engine, w.world.accountant, w.member_id, "en")
    # each new page: the balances brought forward on line 1, entries from line 2
    assert [(s.page, s.first_line, s.last_line) for s in out.pages] == [
        (1, 1, 12), (2, 1, 12), (3, 1, 6)]
    assert len(pages(out.pdf, 0.2)) == 3
    state = passbook_state(engine, w.member_id)
    assert (state.page, state.line) == (3, 6)


def test_the_first_line_and_left_edge_move_the_print_and_the_test_page(engine):
    w = print_world(engine)
    plain = _ink_box(passbook_pdf(engine, w.world.accountant, w.member_id, "en",
                                  preview=True).pdf)
    save_passbook_layout(engine, w.world.manager, PassbookLayout(20, 6.35, 50.0, 24.0))
    moved = _ink_box(passbook_pdf(engine, w.world.accountant, w.member_id, "en",
                                  preview=True).pdf)
    assert (round((moved[0] - plain[0]) / 72 * 25.4), round((moved[1] - plain[1]) / 72 * 25.4)
            ) == (10, 12)
    tried = PassbookLayout(20, 6.35, 60.0, 24.0)  # tried before it is saved
    saved_bottom = _ink_box(calibration_pdf(engine, "", "en"))[3]  # the crosses, the ruler
    assert round((_ink_box(calibration_pdf(engine, "", "en", tried))[3] - saved_bottom)
                 / 72 * 25.4) == 10


@pytest.mark.parametrize("layout, words", [
    (PassbookLayout(4, 6.35, 38.0, 14.0), "5 to 60 lines"),
    (PassbookLayout(20, 2.0, 38.0, 14.0), "3 to 15 mm apart"),
    (PassbookLayout(20, 6.35, 2.0, 14.0), "first line"),
    (PassbookLayout(20, 6.35, 38.0, 90.0), "left edge"),
    (PassbookLayout(40, 7.0, 38.0, 14.0), "off the printable page"),
])
def test_a_format_no_printer_can_print_is_refused_in_words(engine, layout, words):
    w = print_world(engine)
    with pytest.raises(ValidationError, match=words):
        save_passbook_layout(engine, w.world.manager, layout)
    with pytest.raises(ValidationError, match=words):
        calibration_pdf(engine, "", "en", layout)
    assert passbook_layout(engine) == DEFAULT_LAYOUT


def test_only_the_manager_sets_the_format(engine):
    w = print_world(engine)
    with pytest.raises(PermissionDenied):
        save_passbook_layout(engine, w.world.accountant, PassbookLayout(15, 7.0, 45.0, 20.0))
