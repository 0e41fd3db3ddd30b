"""Names and places for demo branches: common Bengali women's names, husbands, villages."""

from __future__ import annotations

WOMEN = [
    ("Rina", "রিনা"), ("Mousumi", "মৌসুমী"), ("Shefali", "শেফালী"), ("Anjali", "অঞ্জলি"),
    ("Sabita", "সবিতা"), ("Mitali", "মিতালী"), ("Purnima", "পূর্ণিমা"), ("Lakshmi", "লক্ষ্মী"),
    ("Sarasvati", "সরস্বতী"), ("Kalpana", "কল্পনা"), ("Minati", "মিনতি"), ("Jharna", "ঝর্ণা"),
    ("Champa", "চম্পা"), ("Rekha", "রেখা"), ("Shyamali", "শ্যামলী"), ("Tapasi", "তাপসী"),
    ("Sumitra", "সুমিত্রা"), ("Bishakha", "বিশাখা"), ("Dipali", "দীপালি"), ("Krishna", "কৃষ্ণা"),
    ("Ruksana", "রুকসানা"), ("Nasima", "নাসিমা"), ("Salma", "সালমা"), ("Jahanara", "জাহানারা"),
    ("Rahima", "রহিমা"), ("Fatema", "ফাতেমা"), ("Amena", "আমেনা"), ("Sultana", "সুলতানা"),
    ("Parveen", "পারভীন"), ("Shirin", "শিরিন"), ("Moyna", "ময়না"), ("Sraboni", "শ্রাবণী"),
]
MEN = [
    ("Gopal", "গোপাল"), ("Haren", "হরেন"), ("Nirmal", "নির্মল"), ("Subrata", "সুব্রত"),
    ("Bimal", "বিমল"), ("Kartik", "কার্তিক"), ("Swapan", "স্বপন"), ("Prasanta", "প্রশান্ত"),
    ("Abdul", "আব্দুল"), ("Rafiqul", "রফিকুল"), ("Jamal", "জামাল"), ("Karim", "করিম"),
    ("Shahidul", "শহিদুল"), ("Mizanur", "মিজানুর"), ("Tapan", "তপন"), ("Ashok", "অশোক"),
]
SURNAMES = [
    ("Das", "দাস"), ("Barman", "বর্মন"), ("Roy", "রায়"), ("Sarkar", "সরকার"),
    ("Mondal", "মণ্ডল"), ("Biswas", "বিশ্বাস"), ("Ghosh", "ঘোষ"), ("Pramanik", "প্রামাণিক"),
    ("Adhikari", "অধিকারী"), ("Debnath", "দেবনাথ"), ("Khatun", "খাতুন"), ("Bibi", "বিবি"),
    ("Sheikh", "শেখ"), ("Miah", "মিয়া"), ("Islam", "ইসলাম"), ("Karmakar", "কর্মকার"),
]
VILLAGES_IN = [
    ("Tufanganj", "তুফানগঞ্জ"), ("Dinhata", "দিনহাটা"), ("Saheberhat", "সাহেবেরহাট"),
    ("Balarampur", "বলরামপুর"), ("Chilakhana", "চিলাখানা"), ("Natabari", "নাটাবাড়ি"),
    ("Deocharai", "দেওচড়াই"), ("Maruganj", "মারুগঞ্জ"), ("Bakshirhat", "বক্সিরহাট"),
    ("Ghoksadanga", "ঘোকসাডাঙ্গা"), ("Patchhara", "পাটছড়া"), ("Andaran Phulbari", "আন্দারান ফুলবাড়ি"),
]
VILLAGES_BD = [
    ("Chandina", "চান্দিনা"), ("Daudkandi", "দাউদকান্দি"), ("Burichang", "বুড়িচং"),
    ("Laksam", "লাকসাম"), ("Muradnagar", "মুরাদনগর"), ("Homna", "হোমনা"),
    ("Brahmanpara", "ব্রাহ্মণপাড়া"), ("Debidwar", "দেবিদ্বার"), ("Barura", "বরুড়া"),
    ("Titas", "তিতাস"), ("Meghna", "মেঘনা"), ("Nangalkot", "নাঙ্গলকোট"),
]
GROUP_NAMES = [
    ("Joba", "জবা"), ("Shapla", "শাপলা"), ("Padma", "পদ্মা"), ("Tista", "তিস্তা"),
    ("Torsha", "তোর্সা"), ("Kadam", "কদম"), ("Shiuli", "শিউলি"), ("Bakul", "বকুল"),
    ("Rajanigandha", "রজনীগন্ধা"), ("Ujjwala", "উজ্জ্বলা"), ("Pragati", "প্রগতি"),
    ("Sonali", "সোনালী"), ("Annapurna", "অন্নপূর্ণা"), ("Ekata", "একতা"), ("Mukti", "মুক্তি"),
]
# (month, day, English, Bengali) — fixed-date holidays of each profile
HOLIDAYS = {
    "india_rbi": [(1, 26, "Republic Day", "প্রজাতন্ত্র দিবস"),
                  (8, 15, "Independence Day", "স্বাধীনতা দিবস"),
                  (10, 2, "Gandhi Jayanti", "গান্ধী জয়ন্তী"),
                  (10, 20, "Durga Puja (Dashami)", "দুর্গাপূজা (দশমী)"),
                  (4, 14, "Bengali New Year", "পয়লা বৈশাখ")],
    "bangladesh_mra": [(2, 21, "Language Martyrs' Day", "শহীদ দিবস"),
                       (3, 26, "Independence Day", "স্বাধীনতা দিবস"),
                       (4, 14, "Pohela Boishakh", "পহেলা বৈশাখ"),
                       (12, 16, "Victory Day", "বিজয় দিবস")],
}

# Names go together within a community: a Hindu woman, her husband and their surname,
# or a Muslim woman (often Khatun/Bibi/Begum) and her husband (Sheikh, Miah, ...).
HINDU = (WOMEN[:20] + WOMEN[30:], MEN[:8] + MEN[14:], SURNAMES[:10] + SURNAMES[15:])
MUSLIM = (WOMEN[20:30], MEN[8:14], SURNAMES[12:15] + [("Sarkar", "সরকার"), ("Mondal", "মণ্ডল")])
MUSLIM_WOMEN_SURNAMES = SURNAMES[10:12] + [("Begum", "বেগম")]
MEN_ONLY = [("Miah", "মিয়া")]  # a man's family name a woman does not take
# share of Hindu households in the demo villages of each profile
HINDU_SHARE = {"india_rbi": 0.75, "bangladesh_mra": 0.15}

Name = tuple[str, str]  # (English, Bengali)


def person(rng, profile: str, women: bool = True  # type: ignore[no-untyped-def]
           ) -> tuple[Name, Name, Name, Name]:
    """(first name, surname, husband's first name, husband's surname)."""
    hindu = rng.random() < HINDU_SHARE[profile]
    women_names, men_names, surnames = HINDU if hindu else MUSLIM
    family = rng.choice(surnames)
    takes_family = hindu or not women or (rng.random() < 0.4 and family not in MEN_ONLY)
    own = family if takes_family else rng.choice(MUSLIM_WOMEN_SURNAMES)
    first = rng.choice(women_names if women else men_names)
    return first, own, rng.choice(men_names), family


# Typed by the branch's officers, so in Bengali script, as a real branch's would be; where
# a group meets differs between West Bengal (an anganwadi centre, a club room) and
# Bangladesh (the leader's yard, a samity house).
MEETING_PLACES = {
    "india_rbi": ("অঙ্গনওয়াড়ি কেন্দ্র", "দলনেত্রীর বাড়ির উঠান", "প্রাথমিক বিদ্যালয়ের বারান্দা",
                  "ক্লাবঘর", "পঞ্চায়েত অফিসের পাশে"),
    "bangladesh_mra": ("দলনেত্রীর বাড়ির উঠান", "সমিতি ঘর", "প্রাথমিক বিদ্যালয় মাঠ",
                       "ইউনিয়ন পরিষদ চত্বর", "বাজারের পাশের ঘর"),
}
# Six, in the order the history draws them (the same seed draws the same places).
LOAN_PURPOSES = ("ছাগল পালন", "দর্জির কাজ", "মুদি দোকান", "ধানের ব্যবসা", "হাঁস-মুরগি পালন",
                 "বাঁশের কাজ")
# What staff wrote on the demo's files, in Bengali as the branch writes them.
RECOMMENDATION = "দল তাঁর জামিন দিচ্ছে; কিস্তি শোধের রেকর্ড পরিষ্কার।"
SANCTION_NOTE = "শাখার অনুমোদন-সীমার মধ্যে।"
WRITE_OFF_REASON = "১৮০ দিনের বেশি বকেয়া"
APPLICATION_PURPOSES = ("ছাগল পালন", "সবজি বিক্রি", "দর্জির কাজ", "হাঁস-মুরগি পালন",
                        "ছোট মুদি দোকান")
