"""Notices in other languages and charsets: one small message of our own per language (most
without a DSN part, read from their words alone), and the phrase files they are read with
(``engine/bounces/phrases/<code>.toml``). ``golden/languages/expected.json`` holds each
result and says what the message shows."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from engine.bounces import phrasebook
from engine.bounces.classify import classify
from engine.bounces.reasons import REASON_WORDS, reason_from_text
from tests.support import assert_classified_as

LANGUAGES = Path(__file__).parent / "golden" / "languages"
EXPECTED: dict[str, dict[str, Any]] = json.loads(
    (LANGUAGES / "expected.json").read_text(encoding="utf-8"))
# What the issue asks every language to recognise from its words
REQUIRED_REASONS = ("user_unknown", "host_unknown", "mailbox_full", "too_big", "spam",
                    "expired")


def test_every_language_message_has_an_expected_result_and_a_description() -> None:
    assert {p.stem for p in LANGUAGES.glob("*.eml")} == set(EXPECTED)
    assert [name for name, want in EXPECTED.items() if not want.get("language")] == []


def test_every_phrase_file_has_a_golden_message() -> None:
    codes = {language.code for language in phrasebook.LANGUAGES}
    assert codes >= {"de", "fr", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja", "ko", "tr"}
    assert {code for code in codes if not any(n.startswith(f"{code}_") for n in EXPECTED)} == set()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_notice_in_each_language_names_its_failed_recipient_with_code_and_reason(
        name: str) -> None:
    assert_classified_as((LANGUAGES / f"{name}.eml").read_bytes(), EXPECTED[name])


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_a_language_notice_never_names_the_sender_as_a_failed_recipient(name: str) -> None:
    result = classify((LANGUAGES / f"{name}.eml").read_bytes())
    assert "news@news.example.com" not in {r.address for r in result.recipients}


@pytest.mark.parametrize("language", phrasebook.LANGUAGES, ids=lambda lang: lang.code)
def test_each_language_file_names_the_common_reasons_and_bounce_words(
        language: phrasebook.Language) -> None:
    assert set(REQUIRED_REASONS) <= set(language.reasons)
    assert set(language.reasons) <= set(REASON_WORDS)
    assert {"subjects", "notice", "lead_ins", "original"} <= set(language.recognise)


@pytest.mark.parametrize("language", phrasebook.LANGUAGES, ids=lambda lang: lang.code)
def test_each_phrase_of_a_reason_reads_as_that_reason_in_a_sentence(
        language: phrasebook.Language) -> None:
    wrong = {}
    for reason, phrases in language.reasons.items():
        for phrase in phrases:
            if phrase.startswith("re:"):
                continue
            got = reason_from_text(f"550 {phrase.upper()}.")
            if got != reason:
                wrong[phrase] = (reason, got)
    assert wrong == {}


def test_a_pattern_phrase_is_lower_case_and_starts_with_a_literal_word() -> None:
    patterns = [p[3:] for language in phrasebook.LANGUAGES
                for phrases in (*language.reasons.values(), *language.recognise.values())
                for p in phrases if p.startswith("re:")]
    assert [p for p in patterns if re.sub(r"\\.", "", p) != re.sub(r"\\.", "", p).lower()
            or not re.match(r"\w{3}", p)] == []


def test_english_words_decide_before_another_language_s_phrases() -> None:
    # English behaves as it did before the phrase files: they are read only when it finds
    # nothing
    assert reason_from_text("User unknown. Das Postfach ist voll.") == "user_unknown"
    assert reason_from_text("Das Postfach ist voll.") == "mailbox_full"


def test_a_phrase_finds_its_text_in_any_case_and_with_a_typographic_apostrophe() -> None:
    assert reason_from_text("L’UTILISATEUR N’EXISTE PAS") == "user_unknown"
    assert reason_from_text("KULLANICI BULUNAMADI") == "user_unknown"  # dotless ı folds to i


def test_a_language_file_with_an_unknown_key_or_a_broken_pattern_fails_to_load(
        tmp_path: Path) -> None:
    (tmp_path / "xx.toml").write_text('[recognise]\nsubject = ["x"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="unknown"):
        phrasebook.read_languages(tmp_path)
    (tmp_path / "xx.toml").write_text('[reasons]\nspam = ["re:(unclosed"]\n', encoding="utf-8")
    with pytest.raises(re.error):
        phrasebook.read_languages(tmp_path)


def test_only_english_prose_is_left_to_the_english_rules_alone() -> None:
    english = ("this is the mail system at host mx.example.org. i'm sorry to have to inform "
               "you that your message could not be delivered to one or more recipients.")
    assert phrasebook.reads_as_english(english)
    openings = ["die zustellung an folgende empfänger oder gruppen ist fehlgeschlagen:",
                "votre message à a@example.org n'a pas pu être remis.",
                "su mensaje no llegó a algunos o a todos los destinatarios.",
                "il messaggio per a@example.org non è stato recapitato.",
                "não foi possível entregar sua mensagem para um ou mais destinatários.",
                "bezorging bij deze geadresseerden of groepen is mislukt:",
                "zwrot wiadomości - nie można dostarczyć wiadomości do adresata.",
                "şu alıcılara veya gruplara teslim başarısız oldu:"]
    assert [text for text in openings if phrasebook.reads_as_english(text)] == []
