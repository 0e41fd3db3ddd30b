"""An amount in words, as written on a receipt or voucher: Indian numbering (crore,
lakh, thousand, hundred) in English and in Bengali.

"Rupees One Lakh Twenty-Five Thousand Three Hundred Forty and Fifty Paise Only";
"এক লক্ষ পঁচিশ হাজার তিন শত চল্লিশ টাকা পঞ্চাশ পয়সা মাত্র". Taka and poisha for
Bangladesh. A crore count above 99 is itself said in lakh and thousand.
"""

from __future__ import annotations

ONES = ("Zero", "One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine",
        "Ten", "Eleven", "Twelve", "Thirteen", "Fourteen", "Fifteen", "Sixteen",
        "Seventeen", "Eighteen", "Nineteen")
TENS = ("", "", "Twenty", "Thirty", "Forty", "Fifty", "Sixty", "Seventy", "Eighty",
        "Ninety")
# 0–99: every Bengali number word is its own word
_BENGALI_WORDS = (
    "শূন্য এক দুই তিন চার পাঁচ ছয় সাত আট নয় "
    "দশ এগারো বারো তেরো চৌদ্দ পনেরো ষোলো সতেরো আঠারো উনিশ "
    "বিশ একুশ বাইশ তেইশ চব্বিশ পঁচিশ ছাব্বিশ সাতাশ আটাশ ঊনত্রিশ "
    "ত্রিশ একত্রিশ বত্রিশ তেত্রিশ চৌত্রিশ পঁয়ত্রিশ ছত্রিশ সাঁইত্রিশ আটত্রিশ ঊনচল্লিশ "
    "চল্লিশ একচল্লিশ বিয়াল্লিশ তেতাল্লিশ চুয়াল্লিশ পঁয়তাল্লিশ ছেচল্লিশ সাতচল্লিশ আটচল্লিশ "
    "ঊনপঞ্চাশ "
    "পঞ্চাশ একান্ন বাহান্ন তিপ্পান্ন চুয়ান্ন পঞ্চান্ন ছাপ্পান্ন সাতান্ন আটান্ন ঊনষাট "
    "ষাট একষট্টি বাষট্টি তেষট্টি চৌষট্টি পঁয়ষট্টি ছেষট্টি সাতষট্টি আটষট্টি ঊনসত্তর "
    "সত্তর একাত্তর বাহাত্তর তিয়াত্তর চুয়াত্তর পঁচাত্তর ছিয়াত্তর সাতাত্তর আটাত্তর ঊনআশি "
    "আশি একাশি বিরাশি তিরাশি চুরাশি পঁচাশি ছিয়াশি সাতাশি আটাশি ঊননব্বই "
    "নব্বই একানব্বই বিরানব্বই তিরানব্বই চুরানব্বই পঁচানব্বই ছিয়ানব্বই সাতানব্বই আটানব্বই "
    "নিরানব্বই")
BENGALI = tuple(_BENGALI_WORDS.split())
SCALES = {"en": ((10**7, "Crore"), (10**5, "Lakh"), (1000, "Thousand"), (100, "Hundred")),
          "bn": ((10**7, "কোটি"), (10**5, "লক্ষ"), (1000, "হাজার"), (100, "শত"))}
CURRENCY = {  # (whole, hundredth) in English and Bengali
    "INR": (("Rupees", "Paise"), ("টাকা", "পয়সা")),
    "BDT": (("Taka", "Poisha"), ("টাকা", "পয়সা")),
}
assert len(BENGALI) == 100


def _below_hundred(n: int, lang: str) -> str:
    if lang == "bn":
        return BENGALI[n]
    if n < 20:
        return ONES[n]
    tens, ones = divmod(n, 10)
    return TENS[tens] + (f"-{ONES[ones]}" if ones else "")


def number_in_words(n: int, lang: str = "en") -> str:
    """A whole number ≥ 0 in words, Indian numbering."""
    if n < 0:
        raise ValueError("a negative number has no amount in words")
    if n < 100:
        return _below_hundred(n, lang)
    parts = []
    for scale, name in SCALES["bn" if lang == "bn" else "en"]:
        count, n = divmod(n, scale)
        if count:
            parts.append(f"{number_in_words(count, lang)} {name}")
    if n:
        parts.append(_below_hundred(n, lang))
    return " ".join(parts)


def amount_in_words(minor: int, currency: str, lang: str = "en") -> str:
    """An amount in minor units in words with its currency, as a receipt writes it."""
    whole, hundredths = divmod(abs(int(minor)), 100)
    (en_whole, en_part), (bn_whole, bn_part) = CURRENCY.get(currency, CURRENCY["INR"])
    if lang == "bn":
        text = f"{number_in_words(whole, 'bn')} {bn_whole}"
        if hundredths:
            text += f" {number_in_words(hundredths, 'bn')} {bn_part}"
        return f"{text} মাত্র"
    text = f"{en_whole} {number_in_words(whole)}"
    if hundredths:
        text += f" and {number_in_words(hundredths)} {en_part}"
    return f"{text} Only"
