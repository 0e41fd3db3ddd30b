"""The Bengali interface holds to the glossary (shared/GLOSSARY.md), in both wordings.

For each concept: the English words that name it, the Bengali that must appear (one of)
and the Bengali that must never appear, for West Bengal's wording (bn_IN, the base
i18n/*_bn.ts) and Bangladesh's (bn_BD, the overlay i18n/wording/bn_BD.ts over the base).
It reads every message of every .ts file, so a message added tomorrow is held to it too.
When it fails: fix the translation; for bn_BD run `python -m ui.i18n_build
--update-wording`, read the drafts it adds to i18n/wording/bn_BD.ts, correct them and
remove their type="unfinished".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest

from tests.i18n.catalog import BENGALI, PLACEHOLDER, Message, messages, overlay_entries

WORDINGS = ("bn_IN", "bn_BD")
B = f"[{BENGALI}]"
WORD_START, WORD_END = f"(?<!{B})", f"(?!{B})"
SYNC_FILES = ("app/sync/", "app/commands/sync.py", "app/commands/hq.py", "app/headoffice/",
              "ui/views/sync_view.py", "ui/views/hq_requests_box.py", "app/services/hq_req")
SAVINGS_INTEREST = r"savings interest|interest.{0,40}savings|savings.{0,40}interest|" \
                   r"credit interest"


def _in_sync(m: Message) -> bool:
    return bool(m.files) and all(f.startswith(SYNC_FILES) for f in m.files)


def _savings_interest(m: Message) -> bool:
    return bool(re.search(SAVINGS_INTEREST, m.words, re.I)) or (
        bool(re.search(r"\binterest\b", m.words, re.I))
        and bool(m.files) and all(f == "app/services/savings.py" for f in m.files))


@dataclass(frozen=True)
class Term:
    """A concept: where its English words are, the Bengali must / never say it so."""

    concept: str
    source: str  # regex over the English words (placeholders removed), case-insensitive
    must: str | dict[str, str] = ""  # one of these must appear (per wording if a dict)
    never: str | dict[str, str] = ""
    unless: str = ""  # regex over the English words: messages this term does not judge
    only: Callable[[Message], bool] | None = field(default=None, compare=False)

    def applies(self, m: Message) -> bool:
        if not re.search(self.source, m.words, re.I):
            return False
        if self.unless and re.search(self.unless, m.words, re.I):
            return False
        return self.only(m) if self.only else True

    def problem(self, m: Message, wording: str) -> str | None:
        text = m.text(wording)
        must = self.must.get(wording, "") if isinstance(self.must, dict) else self.must
        never = self.never.get(wording, "") if isinstance(self.never, dict) else self.never
        if must and not re.search(must, text):
            return f"should say {must}"
        if never and (found := re.search(never, text)):
            return f"must not say {found.group(0)!r}"
        return None


def per_country(west: str, east: str) -> tuple[dict[str, str], dict[str, str]]:
    """(must, never) for a term the glossary gives as "West Bengal / Bangladesh"."""
    return {"bn_IN": west, "bn_BD": east}, {"bn_IN": east, "bn_BD": west}


PLAIN_COLLATERAL = f"{WORD_START}(?<!সহ)জামানত"
GROUP_WORD = f"{WORD_START}দল(?!ীয়){WORD_END}|{WORD_START}দল(?:ে|ের|টি|টির|গুলো|গুলোর)" \
             f"{WORD_END}"

TERMS: tuple[Term, ...] = (
    # money words that mislead when mixed up
    Term("outstanding is a balance, not overdue", r"\boutstanding\b", must="স্থিতি|অবশিষ্ট",
         never="বকেয়া", unless=r"overdue|arrears|past due|\blate\b"),
    Term("outstanding beside arrears", r"\boutstanding\b",
         never="বকেয়া ঋণ স্থিতি|বকেয়া আসল|বকেয়া স্থিতি"),
    Term("overdue / arrears", r"overdue|arrears|past due|not late", must="বকেয়া"),
    Term("reverse: a correcting entry; the original stays", r"\brevers",
         must="সংশোধনী এন্ট্রি", never="বাতিল|সংশোধিত|রিভার্স",
         # Qt's print dialog: "Reverse" page order, "Reverse landscape" paper: no entry
         only=lambda m: m.context not in ("QPageSetupWidget", "QPrintSettingsOutput")),
    Term("cancel", r"\bcancel", must="বাতিল"),
    Term("Key Fact Statement", r"Key Fact Statement", must="মূল তথ্য বিবরণী.*KFS|KFS.*মূল তথ্য"),
    Term("KFS keeps its letters", r"\bKFS\b", must="KFS"),
    Term("the borrower agrees to the KFS", r"\baccept",
         must="সম্মতি", never="গ্রহণ",
         only=lambda m: "KFS" in m.source or m.context in ("KeyFactStatement", "KfsDialog")),
    Term("collateral", r"collateral", *per_country(PLAIN_COLLATERAL, "সহজামানত")),
    Term("a guarantee is no collateral", r"guarantee\b", must="গ্যারান্টি",
         never=PLAIN_COLLATERAL, unless="collateral"),
    Term("group guarantee", r"group guarantee(?! this)|group's guarantee",
         must="দলীয় গ্যারান্টি"),
    Term("guarantor", r"guarantor", must="জামিনদার"),
    Term("loan interest", r"\binterest\b", *per_country("সুদ", "সার্ভিস চার্জ"),
         only=lambda m: not _savings_interest(m)),
    Term("savings interest", r"\binterest\b", must={"bn_IN": "সুদ", "bn_BD": "মুনাফা"},
         never={"bn_BD": "সুদ|সার্ভিস চার্জ"}, only=_savings_interest),
    Term("loan product", r"\bproducts?\b", *per_country("প্রকল্প", "কর্মসূচি")),
    Term("individual loan", r"individual loan", must="একক ঋণ", never="ব্যক্তিগত"),
    Term("demand (DCB) is what is due", r"\bdemand\b", must="প্রাপ্য", never="চাহিদা"),
    Term("savings due is the set amount", r"savings due", must="নির্ধারিত সঞ্চয়",
         never="প্রাপ্য সঞ্চয়"),
    Term("due (an amount)", r"(?<!savings )(?<!over)\bdue\b(?! date)",
         *per_country("প্রাপ্য", f"{WORD_START}দেয়{WORD_END}"), unless=r"past due"),
    Term("due date", r"due date", must="কিস্তির তারিখ"),
    Term("installment schedule", r"(?<!re)\bschedule\b",
         must={"bn_IN": "কিস্তির তালিকা", "bn_BD": "পরিশোধের সূচি"},
         never={"bn_IN": "কিস্তিসূচি|কিস্তি-তালিকা|পরিশোধের সূচি|(?<!পুনঃ)তফসিল",
                "bn_BD": "কিস্তিসূচি|কিস্তি-তালিকা|কিস্তির তালিকা"}),
    Term("number of installments", r"^\s*installments\s*$|number of installments",
         must="কিস্তির সংখ্যা"),
    Term("reschedule", r"reschedul", *per_country("পুনর্নির্ধারণ", "পুনঃতফসিল")),
    Term("write-off", r"writ(?:e|ten|ing)[ -]off", *per_country("রাইট-অফ", "অবলোপ")),
    Term("certificate", r"certif", must={"bn_IN": "শংসাপত্র|প্রত্যয়ন", "bn_BD": "সনদ|প্রত্যয়ন"},
         never={"bn_IN": "সনদ", "bn_BD": "শংসাপত্র"}),
    Term("group", r"\bgroups?\b", must={"bn_IN": "দল", "bn_BD": "সমিতি|দলীয়"},
         never={"bn_IN": "সমিতি", "bn_BD": GROUP_WORD}),
    Term("a sync event is an entry", r"\bevents?\b", must="এন্ট্রি", never="ঘটনা",
         only=_in_sync),
    Term("a sync receipt is an acknowledgement file", r"\breceipt", must="প্রাপ্তিস্বীকার",
         never="রসিদ", only=_in_sync),
    Term("a money receipt", r"\breceipt\b", must="রসিদ", only=lambda m: not _in_sync(m)),
    Term("the app's name in quotes", r"(?-i:\bShakha\b)", must="‘শাখা’"),
    Term("portfolio at risk", r"portfolio at risk", must="ঝুঁকিপূর্ণ ঋণ.*PAR|PAR.*ঝুঁকিপূর্ণ"),
    Term("DCB keeps its letters", r"\bDCB\b", must="DCB"),
    Term("prepayment is paying in advance", r"prepay", must="অগ্রিম", never="আগাম"),
    Term("advance", r"\badvance\b", must="অগ্রিম"),
    Term("penalty", r"\bpenalt", must="জরিমানা"),
    Term("fee", r"\bfees?\b", must="ফি"),
    Term("insurance", r"\binsurance\b", must="বীমা"),
    Term("passbook", r"passbook", must="পাসবই"),
    Term("loan card", r"loan card", must="ঋণ কার্ড"),
    Term("field officer", r"field officer", must="মাঠকর্মী"),
    Term("head office", r"head[ -]office", must="প্রধান কার্যালয়"),
    Term("manager", r"\bmanager", must="ব্যবস্থাপক", never="ম্যানেজার", unless="^Demo:"),
    Term("accountant", r"\baccountant", must="হিসাবরক্ষক", unless="^Demo:"),
    Term("cashier", r"\bcashier", must="ক্যাশিয়ার"),
    Term("member", r"\bmembers?\b", must="সদস্য", unless="staff member"),
    Term("meeting", r"\bmeetings?\b", must="সভা"),
    Term("attendance", r"\battendance\b", must="হাজিরা"),
    Term("disbursement", r"\bdisburs", must="বিতরণ"),
    Term("sanction", r"\bsanction", must="মঞ্জুর"),
    Term("appraisal", r"\bappraisal", must="মূল্যায়ন"),
    Term("installment", r"\binstall?ments?\b|\binst\.", must="কিস্তি"),
    Term("collection", r"\bcollection\b", must="আদায়"),
    Term("repayment", r"\brepa(?:y|id)", must="পরিশোধ", unless="repayment schedule"),
    Term("principal", r"\bprincipal\b", must="আসল"),
    Term("savings", r"\bsavings\b", must="সঞ্চয়"),
    Term("compulsory", r"\bcompulsory\b", must="বাধ্যতামূলক"),
    Term("voluntary", r"\bvoluntary\b", must="ঐচ্ছিক"),
    Term("cash book", r"cash book", must="ক্যাশ বই"),
    Term("day close", r"close the day|day close|close day|closing the day", must="দিনের হিসাব"),
    Term("household income", r"household income", must="পারিবারিক আয়"),
    Term("signature", r"signature", must="স্বাক্ষর"),
    Term("thumb impression", r"\bthumb\b", must="টিপসই"),
    Term("branch", r"\bbranch\b", must="শাখা"),
    Term("village", r"\bvillages?\b", must="গ্রাম"),
    Term("sync", r"\bsync\b", must="সিঙ্ক"),
    Term("declining balance", r"declining balance", must="ক্রমহ্রাসমান"),
    Term("loan application", r"\bapplication", must="আবেদন"),
    Term("deposit", r"\bdeposit\b", must="জমা"),
    Term("withdrawal", r"\bwithdraw", must="উত্তোলন|তোলা|তুল"),
    Term("database", r"\bdatabase", must="ডেটাবেস", never="ডাটাবেস"),
    Term("page", r"\bpages?\b", must="পৃষ্ঠা", never=f"{WORD_START}পাতা",
         unless=r"wizard's page"),
    Term("report", r"\breports?\b", must="রিপোর্ট", never="প্রতিবেদন"),
    Term("a key (of a device) is a চাবি", r"\bkeys?\b", must="চাবি", never=r"কী ফাইল",
         only=_in_sync),
    Term("a sync bundle", r"\bbundle", must="বান্ডেল", only=_in_sync),
    Term("epoch", r"\bepoch", must="পর্ব"),
    Term("acknowledged by head office", r"acknowledg", must="প্রাপ্তিস্বীকার"),
    Term("her / she: the respectful pronoun", r"\b(?:she|her)\b",
         never=f"{WORD_START}(?:তার|তাকে|সে){WORD_END}(?! (?:বেশি|কম|চেয়ে|আগে|পরে?|মধ্যে))"),
)

# Words the glossary replaced: variants, English left in, the misleading ones.
NEVER_ANYWHERE = {
    "ডাটাবেস": "database is ডেটাবেস",
    "বকেয়া ঋণ স্থিতি": "outstanding is ঋণ স্থিতি",
    "বকেয়া আসল": "outstanding principal is অবশিষ্ট আসল",
    "রিভার্স": "reverse is সংশোধনী এন্ট্রি",
    "সংশোধিত": "reversed is সংশোধনী এন্ট্রি হয়েছে",
    "রেজোলিউশন": "an English word: resolution is সিদ্ধান্তপত্র",
    "ম্যানেজার": "an English word: manager is ব্যবস্থাপক",
    "ট্রান্সফার": "an English word: a transfer is স্থানান্তর / ব্যাংক হিসাবে জমা",
    "ব্যক্তিগত ঋণ": "an individual loan is একক ঋণ",
    "চাহিদা": "demand (DCB) is প্রাপ্য",
    "প্রস্তাবিত": "projected is আনুমানিক",
    "স্বেচ্ছা": "voluntary savings are ঐচ্ছিক",
    "কিস্তিসূচি": "the schedule is কিস্তির তালিকা / পরিশোধের সূচি",
    "কিস্তি-তালিকা": "the schedule is কিস্তির তালিকা / পরিশোধের সূচি",
    "মেয়াদোত্তীর্ণ": "days past due are বকেয়ার দিন",
    "মাপজোখ": "calibration is মাপ মেলানো",
    "লিপিবদ্ধ": "record is নথিভুক্ত",
    "বান্ডল": "bundle is বান্ডেল",
    "আগাম(?!ী)": "advance is অগ্রিম (আগামী, 'coming', is another word)",
    "ঘটনা": "a sync event is an এন্ট্রি",
    "আগে আসা তহবিল": "the fund received (not the fund that came earlier)",
    "চালু ঋণ": "an open loan is a চলতি ঋণ",
    "এখনো": "spelt এখনও",
    "পুরনো": "spelt পুরোনো",
    "মঞ্জুরী": "spelt মঞ্জুরি",
    "কর্মসূচী": "spelt কর্মসূচি",
    "বাৎসরিক": "yearly is বার্ষিক",
    "নীতিমালা প্রোফাইল": "a policy profile is a নীতি প্রোফাইল",
    "পদমর্যাদা": "a sanction grade is a গ্রেড",
    "জন্মতারিখ": "spelt জন্ম তারিখ",
    "ওপরে": "spelt উপরে",
    "আধিকারিক": "an officer is a কর্মকর্তা",
    "ইমেল": "spelt ই-মেইল",
    "বার্ষিক খরচের হার": "APR is the বার্ষিক শতকরা হার",
    "জামিন হিসেবে": "a lien holds savings ঋণের বিপরীতে; জামিন is bail",
}
# Latin words a Bengali message may keep although its source does not have them
LATIN_KEPT = {"KFS", "APR", "PAR", "DCB", "PDF", "NID", "EPIC", "MB", "JSON", "Ctrl", "Enter"}


def _violations(check: Callable[[Message, str], str | None]) -> list[str]:
    out = []
    for m in messages():
        for wording in WORDINGS:
            if (problem := check(m, wording)) is not None:
                out.append(f"{wording} [{m.context}] {m.source!r} → {m.text(wording)!r}: "
                           f"{problem}")
    return out


@pytest.mark.parametrize("term", TERMS, ids=lambda t: t.concept)
def test_every_message_words_the_concept_as_the_glossary_does(term: Term):
    bad = _violations(lambda m, w: term.problem(m, w) if term.applies(m) else None)
    assert bad == [], "\n".join(bad)


def test_the_concepts_are_found_in_the_messages_they_judge():
    """A term matching nothing would pass whatever the translations say."""
    idle = [t.concept for t in TERMS if not any(t.applies(m) for m in messages())]
    assert idle == []


def test_no_message_uses_a_replaced_or_misleading_word():
    def check(m: Message, wording: str) -> str | None:
        found = [f"{word} ({why})" for word, why in NEVER_ANYWHERE.items()
                 if re.search(f"{WORD_START}{word}", m.text(wording))]
        return "; ".join(found) or None

    assert _violations(check) == []


def test_no_english_left_in_a_bengali_message():
    """Latin words only where the source has them (commands, file names, codes) or for
    the glossary's kept abbreviations; and no message left as its English source."""
    def check(m: Message, wording: str) -> str | None:
        text = m.text(wording)
        words = set(re.findall("[A-Za-z]{3,}", m.words)) - LATIN_KEPT
        if words and text == m.source:
            return "not translated"
        source_words = {w.lower() for w in re.findall("[A-Za-z]+", m.source)}
        extra = [w for w in re.findall("[A-Za-z]{2,}", PLACEHOLDER.sub("", text))
                 if w.lower() not in source_words and w not in LATIN_KEPT]
        if re.search(r"\d\^\d", text):
            extra.append("^ (write the number out)")
        return f"English: {extra}" if extra else None

    assert _violations(check) == []


def test_every_translation_keeps_the_placeholders_and_shortcut_of_its_source():
    def check(m: Message, wording: str) -> str | None:
        text = m.text(wording)
        if sorted(re.findall(r"{\w*}", m.source)) != sorted(re.findall(r"{\w*}", text)):
            return "placeholders differ"
        if re.search(r"&\w", m.source) and not re.search(r"\(&\w\)", text):
            return "shortcut (&X) lost"
        return None

    assert _violations(check) == []


def test_no_status_word_is_dropped_into_a_sentence():
    """'This meeting is already {status}' cannot be translated whole; a code may leak."""
    bad = [m.source for m in messages() if re.search(
        r"\b(?:is|was|be|been|are)\s+(?:already\s+|now\s+)?{(?:status|state|needed)}", m.source)]
    assert bad == []


def test_the_screen_kfs_and_the_printed_kfs_say_the_same():
    """One wording for each line of the Key Fact Statement, on screen and on paper: its
    lines are translated once, in the printed statement's context (app.printing.kfs),
    and the screen (ui/views/loan_kfs.py) translates none of them itself — so no second
    Bengali for "APR", "Amount paid to you" or "Complaints" can appear."""
    from app.printing.kfs import PERIOD, T

    lines = set(T.values()) | set(PERIOD.values())
    printed = {m.source for m in messages() if m.context == "print"}
    screen_own = [(m.context, m.source) for m in messages()
                  if "ui/views/loan_kfs.py" in m.files and m.source in lines]
    stale = [(m.context, m.source) for m in messages() if m.context == "KeyFactStatement"]
    assert lines <= printed and screen_own == [] and stale == []


def test_bangladesh_s_overlay_is_read_finished_and_in_step_with_the_base():
    base = {(m.context, m.source): m.bn_IN for m in messages()}
    entries = overlay_entries()
    assert [key for key, e in entries.items() if not e.finished] == [], \
        'drafts not yet read: correct them and remove type="unfinished"'
    assert [key for key in entries if key not in base] == [], \
        "gone from the base: python -m ui.i18n_build --update-wording removes them"
    assert [key for key, e in entries.items() if e.base != base[key]] == [], \
        "the base changed since: python -m ui.i18n_build --update-wording drafts them again"
    assert [key for key, e in entries.items() if e.text == base[key]] == [], \
        "an overlay entry that says what the base says is not needed"


def test_base_files_are_west_bengal_s_and_the_overlay_bangladesh_s():
    from tests.i18n.catalog import I18N, OVERLAY

    tags = {ts.name: re.search(r'<TS [^>]*?\slanguage="([^"]+)"', ts.read_text("utf-8"))
            for ts in sorted(I18N.glob("*_bn.ts")) + [OVERLAY]}
    assert {name: m.group(1) if m else None for name, m in tags.items()} == {
        name: "bn_BD" if name == OVERLAY.name else "bn_IN" for name in tags}


# The issue's own examples, as they were translated: each must be caught.
WRONG_BEFORE = [
    ("outstanding is a balance, not overdue", "LoansView", "Outstanding", "বকেয়া ঋণ স্থিতি"),
    ("outstanding is a balance, not overdue", "ReportsView", "Outstanding principal",
     "বকেয়া আসল"),
    ("reverse: a correcting entry; the original stays", "", "Reverse meeting",
     "সভা বাতিল (রিভার্স)"),
    ("reverse: a correcting entry; the original stays", "", "{count} entries reversed.",
     "{count}টি এন্ট্রি বাতিল হয়েছে।"),
    ("reverse: a correcting entry; the original stays", "LoanDialog", "reversed", "সংশোধিত"),
    ("the borrower agrees to the KFS", "KfsDialog", "The borrower accepts",
     "ঋণগ্রহীতা গ্রহণ করেছেন"),
    ("a guarantee is no collateral", "ApplicationDialog", "Group guarantee", "দলীয় জামানত"),
    ("savings due is the set amount", "print", "Savings due", "প্রাপ্য সঞ্চয়"),
    ("number of installments", "ApplicationDialog", "Installments", "কিস্তি"),
    ("demand (DCB) is what is due", "ReportsView", "Demand, collection and balance",
     "চাহিদা, আদায় ও বাকি"),
    ("individual loan", "", "Individual loans need a clean repayment record.",
     "ব্যক্তিগত ঋণের জন্য পরিশোধের পরিষ্কার রেকর্ড লাগবে।"),
    ("the app's name in quotes", "", "This file is not a Shakha database: {path}",
     "এই ফাইলটি শাখার ডেটাবেস নয়: {path}"),
    ("her / she: the respectful pronoun", "MeetingEntryDialog",
     "To close all her loans today: {amount}", "আজ তার সব ঋণ বন্ধ করতে: {amount}"),
    ("installment schedule", "LoanDialog", "Schedule (projected)", "কিস্তি-তালিকা (প্রস্তাবিত)"),
]


@pytest.mark.parametrize(("concept", "context", "source", "wrong"), WRONG_BEFORE,
                         ids=[w[2] for w in WRONG_BEFORE])
def test_the_terms_catch_the_wordings_the_issue_found(concept, context, source, wrong):
    term = next(t for t in TERMS if t.concept == concept)
    message = Message("x_bn.ts", context, source, (), wrong, wrong)
    assert term.applies(message) and term.problem(message, "bn_IN") is not None


@pytest.mark.parametrize(("concept", "source", "west_only"), [
    ("collateral", "Collateral", "জামানত"),
    ("write-off", "Write off", "রাইট-অফ করুন"),
    ("reschedule", "Request reschedule", "কিস্তি পুনর্নির্ধারণের অনুরোধ করুন"),
    ("loan interest", "Total interest", "মোট সুদ"),
    ("loan product", "Loan product", "ঋণ প্রকল্প"),
])
def test_a_west_bengal_word_left_in_bangladesh_s_wording_is_caught(concept, source, west_only):
    term = next(t for t in TERMS if t.concept == concept)
    message = Message("x_bn.ts", "X", source, (), west_only, west_only)
    assert term.problem(message, "bn_IN") is None
    assert term.problem(message, "bn_BD") is not None


def test_a_member_named_in_a_bengali_message_is_named_in_bengali(engine):
    """'{member} has an open loan…': her code and Bengali name in a Bengali sentence,
    the Roman-letter name in English (not 'Member 1' inside Bengali words)."""
    from app.errors import ShakhaError
    from app.i18n import tr_error
    from app.services.members import drop_out
    from tests.services.meeting_world import meeting_world

    world = meeting_world(engine)
    with pytest.raises(ShakhaError) as refused:
        drop_out(engine, world.manager, world.members[0], "moved away")
    bengali, english = tr_error(refused.value, "bn"), tr_error(refused.value, "en")
    assert "সদস্য" in bengali and not re.search("[A-Za-z]{3,}", bengali.replace("M0", ""))
    assert english.startswith("M0") and "Member" in english and "সদস্য" not in english
