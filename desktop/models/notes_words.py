"""The engine's stored notes (``engine.notes``) as sentences in the reader's language.

The English sentences are the CLI's (``engine.cli.words``); here each passes through Qt's
translation first (context "notes", the English sentence as the source text), so a
translation installed on the application speaks instead, and a sentence with no translation
stays English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.cli.words import SENTENCES, note_text
from engine.notes import Note

CONTEXT = "notes"
SOURCE_TEXTS = tuple(SENTENCES.values())  # what a translator translates (#17's lupdate list)


def _translate(english: str) -> str:
    # an empty translation is a translator's gap, not a sentence
    return QCoreApplication.translate(CONTEXT, english) or english


def note_words(stored: str | Note) -> str:
    """Any stored note (column text, or already loaded) as a sentence; an unknown code reads
    as its words and parameters, never fails."""
    return note_text(stored, _translate)
