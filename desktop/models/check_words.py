"""The sending check's findings in the reader's language: the CLI's English sentences
(``engine.cli.check_words``) through Qt's translation, context "sending_check"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from engine.checking.report import Finding
from engine.cli import check_words

CONTEXT = "sending_check"
SOURCE_TEXTS = (
    *(text for pair in check_words.FINDINGS.values() for text in pair if text),
    *check_words.RULE_TITLES.values(), *check_words.STATUS_WORDS.values(),
    *(text for _size, one, many in check_words.AGES for text in (one, many)),
    "checked just now",
)


def _translate(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english) or english  # untranslated: SOURCE_TEXTS


def finding_words(finding: Finding) -> tuple[str, str]:
    return check_words.finding_words(finding, _translate)


def rule_title(rule: str) -> str:
    return check_words.rule_title(rule, _translate)


def status_words(status: str) -> str:
    return _translate(check_words.STATUS_WORDS.get(status, status))


def age_words(checked_at: datetime, now: datetime) -> str:
    return check_words.age_words(checked_at, now, _translate)
