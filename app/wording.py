"""West Bengal's and Bangladesh's Bengali: the words that differ, and a first draft of a
Bangladesh wording made from a West Bengal one.

The glossary (shared/GLOSSARY.md) gives "A / B" where the two differ: the base
translations (i18n/*_bn.ts) use A, the overlay i18n/wording/bn_BD.ts holds every message
that reads differently with B. `to_bangladesh` drafts that message by swapping the terms
below (longest first, whole words with their case endings); a person reads the draft
before it counts — `python -m ui.i18n_build --update-wording` adds drafts as unfinished.
"""

from __future__ import annotations

import re

# Bengali letters, vowel signs and the virama: a term never starts or ends inside a word.
_LETTER = "\u0980-\u09ff\u200c\u200d"

# (West Bengal, Bangladesh), each with its inflected forms; longer phrases first.
BANGLADESH_TERMS: tuple[tuple[str, str], ...] = (
    # savings interest: মুনাফা (before loan interest: সঞ্চয়ের সুদ is not a service charge)
    ("সঞ্চয়ের সুদের", "সঞ্চয়ের মুনাফার"),
    ("সঞ্চয়ের সুদ", "সঞ্চয়ের মুনাফা"),
    # loan interest: NGO-MFIs in Bangladesh say সার্ভিস চার্জ
    ("সুদের", "সার্ভিস চার্জের"),
    ("সুদসহ", "সার্ভিস চার্জসহ"),
    ("সুদে", "সার্ভিস চার্জে"),
    ("সুদ", "সার্ভিস চার্জ"),
    # write-off
    ("রাইট-অফ করা ঋণ", "অবলোপিত ঋণ"),
    ("রাইট-অফ হয়েছে", "অবলোপিত হয়েছে"),
    ("রাইট-অফের", "অবলোপনের"),
    ("রাইট-অফ", "অবলোপন"),
    # reschedule, schedule
    ("কিস্তি পুনর্নির্ধারণের", "পুনঃতফসিলের"),
    ("কিস্তি পুনর্নির্ধারণে", "পুনঃতফসিলে"),
    ("কিস্তি পুনর্নির্ধারণ", "পুনঃতফসিল"),
    ("পুনর্নির্ধারণের", "পুনঃতফসিলের"),
    ("পুনর্নির্ধারণ", "পুনঃতফসিল"),
    ("কিস্তির তালিকার", "পরিশোধের সূচির"),
    ("কিস্তির তালিকায়", "পরিশোধের সূচিতে"),
    ("কিস্তির তালিকা", "পরিশোধের সূচি"),
    # collateral: Janata Bank's সহজামানত
    ("জামানতের", "সহজামানতের"),
    ("জামানতে", "সহজামানতে"),
    ("জামানত", "সহজামানত"),
    # loan product: কর্মসূচি
    ("প্রকল্পের", "কর্মসূচির"),
    ("প্রকল্পে", "কর্মসূচিতে"),
    ("প্রকল্প", "কর্মসূচি"),
    # certificate
    ("শংসাপত্রের", "সনদের"),
    ("শংসাপত্র", "সনদ"),
    # group: সমিতি (a group guarantee stays দলীয় গ্যারান্টি)
    ("দলনেত্রীর", "সমিতির নেত্রীর"),
    ("দলনেত্রী", "সমিতির নেত্রী"),
    ("দলগুলোর", "সমিতিগুলোর"),
    ("দলগুলো", "সমিতিগুলো"),
    ("দলটির", "সমিতিটির"),
    ("দলটি", "সমিতিটি"),
    ("দলের", "সমিতির"),
    ("দলে", "সমিতিতে"),
    ("দল", "সমিতি"),
    # the identity card most Bangladeshi members show
    ("ভোটার কার্ড (EPIC)", "ভোটার আইডি কার্ড"),
)

_PATTERNS = tuple((re.compile(f"(?<![{_LETTER}]){re.escape(west)}(?![{_LETTER}])"), east)
                  for west, east in BANGLADESH_TERMS)


def to_bangladesh(text: str) -> str:
    """A draft of `text` (West Bengal wording) in Bangladesh's words."""
    marks: list[str] = []

    def hold(east: str) -> str:  # a swapped term is never swapped again
        marks.append(east)
        return f"\x00{len(marks) - 1}\x00"

    for pattern, east in _PATTERNS:
        text = pattern.sub(lambda _m, east=east: hold(east), text)  # type: ignore[misc]
    return re.sub(r"\x00(\d+)\x00", lambda m: marks[int(m.group(1))], text)
