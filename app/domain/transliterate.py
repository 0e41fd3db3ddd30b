"""Bengali names in Roman letters, for credit-bureau files (which are Latin-1).

A member's name, her husband's and her address travel to the credit information
companies in Latin letters only. `bengali_to_latin` gives the officer a first
spelling to check (she corrects it to how the woman's voter card or Aadhaar spells
it; the checked spelling is what is stored). The scheme is the everyday one used on
Indian and Bangladeshi identity documents, not a scholarly one with diacritics
(ISO 15919 needs letters Latin-1 does not have):

* consonants: ক k, খ kh, গ g, ঘ gh, ঙ ng, চ ch, ছ chh, জ/য j, ঝ jh, ঞ n, ট/ত t,
  ঠ/থ th, ড/দ d, ঢ/ধ dh, ণ/ন n, প p, ফ f, ব b, ভ bh, ম m, র/ড় r, ঢ় rh, ল l,
  শ/ষ sh, স s, হ h, য় y, ৎ t; ং ng, ঃ h; ঁ (chandrabindu) is not written.
* vowels, alone or as signs: অ/া a, ই/ঈ i, উ/ঊ u, ঋ ri, এ e, ঐ oi, ও o, ঔ ou.
* the inherent vowel is written "a" (Kalpana, Tapan), and dropped
  - at the end of a word of more than one syllable (Gopal, Das) unless the word
    ends in a conjunct (Prashanta) or in ত/থ/দ/ধ/হ right after a conjunct (Subrata);
  - inside a word, before a single consonant carrying আ, or in র/য় before any single
    consonant with a vowel sign (Sarkar, Sultana, Salma, Parbhin), where Bengali
    speakers drop it too; elsewhere it stays (Minati, Tapasi, Saraswati).
* conjuncts: a second ব is "w" (Swapan, Biswas is "Bishwas"), য-phala "y"
  (Shyamali), ক্ষ "ksh" (Lakshmi), জ্ঞ "gy", ঙ before ক/গ "n" (Ghoksadanga).
* each word starts with a capital; Bengali digits become 0–9; Latin text, spaces,
  full stops and hyphens pass through; anything else is dropped.

No transliteration of names is exact (Roy/Ray, Parveen/Parbhin): that is why the
officer checks it. `latin1_problems` says what keeps a spelling out of a CIC file.
"""

from __future__ import annotations

import unicodedata

HASANT = "\u09cd"
NUKTA = "\u09bc"
CHANDRABINDU = "\u0981"
ZW = ("\u200c", "\u200d")  # zero-width (non-)joiner: shaping hints only

CONSONANTS = {
    "ক": "k", "খ": "kh", "গ": "g", "ঘ": "gh", "ঙ": "ng", "চ": "ch", "ছ": "chh",
    "জ": "j", "ঝ": "jh", "ঞ": "n", "ট": "t", "ঠ": "th", "ড": "d", "ঢ": "dh", "ণ": "n",
    "ত": "t", "থ": "th", "দ": "d", "ধ": "dh", "ন": "n", "প": "p", "ফ": "f", "ব": "b",
    "ভ": "bh", "ম": "m", "য": "j", "র": "r", "ল": "l", "শ": "sh", "ষ": "sh", "স": "s",
    "হ": "h", "\u09dc": "r", "\u09dd": "rh", "\u09df": "y", "ৎ": "t",
}  # ড় ঢ় য় written as code points: NFC takes them apart (composition exclusions)
INDEPENDENT_VOWELS = {
    "অ": "a", "আ": "a", "ই": "i", "ঈ": "i", "উ": "u", "ঊ": "u", "ঋ": "ri", "এ": "e",
    "ঐ": "oi", "ও": "o", "ঔ": "ou",
}
VOWEL_SIGNS = {
    "া": "a", "ি": "i", "ী": "i", "ু": "u", "ূ": "u", "ৃ": "ri", "ে": "e", "ৈ": "oi",
    "ো": "o", "ৌ": "ou",
}
SIGNS = {"ং": "ng", "ঃ": "h"}
DIGITS = {chr(0x09E6 + d): str(d) for d in range(10)}
# final consonants that keep their vowel right after a conjunct (Subrata, Debabrata)
KEEP_AFTER_CONJUNCT = frozenset("তথদধহ")
# consonants whose inherent vowel Bengali drops before any consonant with a vowel sign
SOFT = frozenset("র\u09df")
# a word ending in one of these conjuncts drops its vowel (গঞ্জ ganj), others keep it
DROPS_AFTER_FINAL_CONJUNCT = frozenset("জ")
NASAL_BEFORE_VELAR = frozenset("কখগঘ")
PASS_THROUGH = frozenset(" .-'")


class _Akshara:
    """One written syllable: a consonant cluster (maybe empty) and its vowel.

    `vowel` is None for the inherent vowel, "" where a hasant kills it."""

    __slots__ = ("cluster", "vowel", "sign")

    def __init__(self, cluster: list[str], vowel: str | None) -> None:
        self.cluster = cluster
        self.vowel = vowel
        self.sign = ""  # ং ঃ after the vowel

    @property
    def inherent(self) -> bool:
        return bool(self.cluster) and self.vowel is None


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    for z in ZW:
        text = text.replace(z, "")
    # NFC leaves ড় ঢ় য় as letter + nukta: join them again
    return text.replace("\u09a1" + NUKTA, "\u09dc").replace(
        "\u09a2" + NUKTA, "\u09dd").replace("\u09af" + NUKTA, "\u09df")


def _aksharas(word: str) -> list[_Akshara]:
    out: list[_Akshara] = []
    cluster: list[str] = []
    joined = False  # the last consonant was followed by a hasant
    for ch in word:
        if ch in CONSONANTS:
            if cluster and not joined:
                out.append(_Akshara(cluster, None))
                cluster = []
            cluster.append(ch)
            joined = False
        elif ch == HASANT:
            joined = True
        elif ch in VOWEL_SIGNS:
            out.append(_Akshara(cluster, VOWEL_SIGNS[ch]))
            cluster, joined = [], False
        elif ch in INDEPENDENT_VOWELS:
            if cluster:
                out.append(_Akshara(cluster, "" if joined else None))
                cluster = []
            out.append(_Akshara([], INDEPENDENT_VOWELS[ch]))
            joined = False
        elif ch in SIGNS:
            if cluster:
                out.append(_Akshara(cluster, "" if joined else None))
                cluster, joined = [], False
            if out:
                out[-1].sign += SIGNS[ch]
        # chandrabindu, stray nukta and anything unknown: not written
    if cluster:
        out.append(_Akshara(cluster, "" if joined else None))
    return out


def _drop_inherent(syllables: list[_Akshara]) -> None:
    """Decide, for each inherent vowel, whether it is spoken (see the module docstring)."""
    last = len(syllables) - 1
    for i, s in enumerate(syllables):
        if not s.inherent or s.sign:
            continue
        if i == last:
            if i == 0 or (len(s.cluster) > 1
                           and s.cluster[-1] not in DROPS_AFTER_FINAL_CONJUNCT):
                continue  # one-syllable word, or ends in a conjunct: "a" kept
            before = syllables[i - 1]
            if s.cluster[0] in KEEP_AFTER_CONJUNCT and len(before.cluster) > 1:
                continue
            s.vowel = ""
            continue
        nxt = syllables[i + 1]
        if i == 0 or len(s.cluster) > 1 or syllables[i - 1].vowel == "":
            continue
        if len(nxt.cluster) != 1 or not nxt.vowel:
            continue
        if nxt.vowel == "a" or s.cluster[0] in SOFT:
            s.vowel = ""


def _word(word: str) -> str:
    syllables = _aksharas(word)
    _drop_inherent(syllables)
    out = ""
    for s in syllables:
        if s.cluster:
            out += _cluster(s.cluster)
        out += "a" if s.vowel is None else s.vowel
        out += s.sign
    return out


def _cluster(cluster: list[str]) -> str:
    if cluster[:2] == ["জ", "ঞ"]:
        return "gy" + "".join(CONSONANTS[c] for c in cluster[2:])
    out = ""
    for i, c in enumerate(cluster):
        if i and c == "ব" and cluster[i - 1] != "ম":
            out += "w"  # ব-phala: স্বপন Swapan, বিশ্বাস Bishwas
        elif i and c == "য":
            out += "y"  # য-phala: শ্যামলী Shyamali
        elif c == "ঙ" and i + 1 < len(cluster) and cluster[i + 1] in NASAL_BEFORE_VELAR:
            out += "n"  # ঙ্গ: Ganga, not Gangga
        else:
            out += CONSONANTS[c]
    return out


def bengali_to_latin(text: str) -> str:
    """A Roman-letter spelling of a Bengali name or address for the officer to check."""
    words: list[str] = []
    current = ""
    for ch in _normalise(text):
        if ch.isspace():
            words.append(current)
            words.append(" ")
            current = ""
        else:
            current += ch
    words.append(current)
    out = []
    for token in words:
        if token == " ":
            out.append(" ")
            continue
        latin = ""
        run = ""
        for ch in token:
            if "\u0980" <= ch <= "\u09ff" and ch not in DIGITS:
                run += ch
                continue
            if run:
                latin += _word(run)
                run = ""
            if ch in DIGITS:
                latin += DIGITS[ch]
            elif ch.isascii() and (ch.isalnum() or ch in PASS_THROUGH or ch in ",/"):
                latin += ch
        if run:
            latin += _word(run)
        out.append(latin[:1].upper() + latin[1:] if latin and latin[0].isalpha() and
                   latin.islower() else latin)
    return " ".join("".join(out).split())


SEPARATORS = frozenset("|~\u00ac")  # field separators of the CIC files (¬ is 170)


def latin1_problems(text: str) -> list[str]:
    """Why `text` cannot go into a CIC file as it is (empty: it can)."""
    problems = []
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        problems.append("not_latin1")
    if any(ch in SEPARATORS for ch in text):
        problems.append("separator")
    if any(unicodedata.category(ch).startswith("C") for ch in text):
        problems.append("control")
    return problems
