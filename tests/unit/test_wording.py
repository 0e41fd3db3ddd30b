"""West Bengal's and Bangladesh's Bengali: the branch's profile chooses, for every text."""

from __future__ import annotations

import pytest

from app.errors import QT_TR_NOOP, RuleViolation
from app.i18n import (
    current_wording,
    set_wording,
    tr_error,
    translate,
    wording_for_profile,
)
from app.wording import to_bangladesh


@pytest.mark.parametrize(("west", "east"), [
    ("সুদের হার", "সার্ভিস চার্জের হার"),
    ("মোট সুদ", "মোট সার্ভিস চার্জ"),
    ("সঞ্চয়ের সুদ জমা হবে", "সঞ্চয়ের মুনাফা জমা হবে"),  # savings interest is no charge
    ("রাইট-অফ করা ঋণ আদায়", "অবলোপিত ঋণ আদায়"),
    ("রাইট-অফের কারণ", "অবলোপনের কারণ"),
    ("কিস্তি পুনর্নির্ধারণের অনুরোধ", "পুনঃতফসিলের অনুরোধ"),
    ("জামানতের মূল্য", "সহজামানতের মূল্য"),
    ("এই ঋণ প্রকল্পে", "এই ঋণ কর্মসূচিতে"),
    ("দলে {size} জন সদস্য", "সমিতিতে {size} জন সদস্য"),
    ("দলীয় গ্যারান্টি", "দলীয় গ্যারান্টি"),  # the guarantee keeps its word
    ("ঋণ সমাপ্তির শংসাপত্র", "ঋণ সমাপ্তির সনদ"),
])
def test_a_draft_in_bangladesh_s_words_swaps_whole_words_with_their_endings(west, east):
    assert to_bangladesh(west) == east


def test_a_swapped_word_is_not_swapped_again_and_other_words_are_left_alone():
    assert to_bangladesh("সহজামানত") == "সহজামানত"
    assert to_bangladesh("সুদূর দলিল") == "সুদূর দলিল"  # words that only start alike


def test_the_policy_profile_chooses_the_wording():
    assert (wording_for_profile("india_rbi"), wording_for_profile("bangladesh_mra"),
            wording_for_profile("unknown")) == ("bn_IN", "bn_BD", "bn_IN")


def test_a_message_reads_in_the_process_s_wording_and_either_can_be_asked_for():
    assert current_wording() == "bn_IN"
    assert translate("print", "Interest", "bn") == "সুদ"
    assert translate("print", "Interest", "bn_BD") == "সার্ভিস চার্জ"
    set_wording("bn_BD")
    assert translate("print", "Interest", "bn") == "সার্ভিস চার্জ"
    assert translate("print", "Interest", "bn_IN") == "সুদ"
    assert translate("print", "Interest", "en") == "Interest"
    assert translate("print", "Borrower", "bn") == "ঋণগ্রহীতা"  # the same in both: the base


def test_an_error_in_bangladesh_s_wording_keeps_bengali_digits_and_amounts():
    from app.errors import Amount

    error = RuleViolation(QT_TR_NOOP("Loans above {limit} need collateral; the amount is "
                                     "{amount}."), limit=Amount(50_000_00), amount=Amount(60_000_00))
    assert tr_error(error, "bn_IN") == "৫০,০০০.০০-এর বেশি ঋণে জামানত লাগবে; পরিমাণ ৬০,০০০.০০।"
    assert tr_error(error, "bn_BD") == "৫০,০০০.০০-এর বেশি ঋণে সহজামানত লাগবে; পরিমাণ ৬০,০০০.০০।"


def test_a_branch_database_sets_its_wording(engine):
    from sqlalchemy.orm import Session

    from app.services.branch import branch_wording, use_branch_wording
    from tests.builders import make_branch

    with Session(engine) as s, s.begin():
        make_branch(s, profile="bangladesh_mra")
    assert branch_wording(engine) == "bn_BD"
    assert use_branch_wording(engine) == "bn_BD" and current_wording() == "bn_BD"
