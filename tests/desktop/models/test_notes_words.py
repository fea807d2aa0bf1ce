"""The window's words for a note pass through Qt's translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.models.notes_words import CONTEXT, note_words
from engine.notes import note


class _German(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context == CONTEXT and source == "counted {count} of {limit}":
            return "{count} von {limit} gezählt"
        return super().translate(context, source, disambiguation, n)


@pytest.fixture
def german(qapp: QCoreApplication) -> Iterator[None]:
    translator = _German()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_note_reads_in_english_without_a_translation(qapp: QCoreApplication) -> None:
    assert note_words(note("counted", count=2, limit=3).dump()) == "counted 2 of 3"


def test_an_installed_translation_speaks_instead(german: None) -> None:
    assert note_words(note("counted", count=2, limit=3)) == "2 von 3 gezählt"
    assert note_words(note("hard_suppressed")) == "hard bounce: suppressed at once"
