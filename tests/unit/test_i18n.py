"""Translations without Qt (printing, CLI) read the same .ts files the UI compiles."""

import xml.etree.ElementTree as ET
from pathlib import Path

from app.errors import QT_TR_NOOP, ValidationError
from app.i18n import I18N_DIR, available_languages, tr_error, translate


def test_english_is_the_source_and_bengali_is_available():
    assert available_languages()[0] == "en" and "bn" in available_languages()


def test_a_shell_text_reads_in_bengali():
    assert (translate("MainWindow", "Business date: {date}", "bn"),
            translate("MainWindow", "Business date: {date}", "en")) == (
        "কাজের তারিখ: {date}", "Business date: {date}")


def test_an_unknown_text_comes_back_unchanged():
    assert translate("MainWindow", "No such text anywhere", "bn") == "No such text anywhere"


def test_an_error_is_translated_with_its_placeholders_filled():
    error = ValidationError(QT_TR_NOOP("Not an amount: {text}"), text="12x")
    assert (tr_error(error, "bn"), tr_error(error, "en")) == (
        "টাকার অঙ্ক নয়: 12x", "Not an amount: 12x")


def test_every_shell_text_has_a_bengali_translation_with_the_same_placeholders():
    import re

    root = ET.parse(Path(I18N_DIR) / "shell_bn.ts").getroot()
    problems = []
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        node = message.find("translation")
        text = node.text if node is not None else None
        if not text or (node is not None and node.get("type") == "unfinished"):
            problems.append(("untranslated", source))
        elif set(re.findall(r"{\w+}", source)) != set(re.findall(r"{\w+}", text)):
            problems.append(("placeholders", source))
        elif "&" in source and "&" not in text:
            problems.append(("mnemonic", source))
    assert problems == []


def test_amounts_counts_and_nested_rules_in_an_error_read_in_the_user_s_language():
    from app.errors import Amount, Phrase, Phrases, RuleViolation

    error = RuleViolation(
        QT_TR_NOOP("The application does not meet these rules: {rules}"),
        rules=Phrases([Phrase(QT_TR_NOOP("The member is no longer active."))]))
    assert tr_error(error, "en") == ("The application does not meet these rules: "
                                     "The member is no longer active.")
    bengali = tr_error(error, "bn")
    assert "active" not in bengali and translate(
        "", "The member is no longer active.", "bn") in bengali
    money = RuleViolation(QT_TR_NOOP("Closing this loan today needs exactly {amount}."),
                          amount=Amount(1234567_89))
    assert "12,34,567.89" in tr_error(money, "en")
    assert "১২,৩৪,৫৬৭.৮৯" in tr_error(money, "bn") and str(money).endswith("12,34,567.89.")
