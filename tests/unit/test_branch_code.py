"""A branch code is what survives loan numbers, keys and file names."""

from hypothesis import given
from hypothesis import strategies as st

from app.domain.branch_code import is_branch_code


def test_the_codes_of_the_seed_institutions_are_branch_codes():
    assert all(map(is_branch_code, ["BJS-SHB", "JB-CHD", "BJS-001", "OTHER"]))


@given(st.text(max_size=30))
def test_an_accepted_code_splits_back_out_of_a_key_and_is_safe_in_a_file_name(text):
    if is_branch_code(text):
        assert f"{text}.secret".partition(".")[0] == text
        assert text.isascii() and text == text.strip() and "/" not in text
        assert 2 <= len(text) <= 20 and text == text.upper()
