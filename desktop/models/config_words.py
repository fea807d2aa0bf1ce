"""The settings' own English (``engine.config``) in the reader's language, context "config":
the engine's sentences are the source texts, so the CLI and the window say the same."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from engine.config import SCOPE_WORDS

CONTEXT = "config"
# desktop.models.catalogue hands these to lupdate (they are not literals in the window's code).
SOURCE_TEXTS = tuple(SCOPE_WORDS.values())


def _translate(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english) or english  # untranslated: SOURCE_TEXTS


def scope_words(scope: str) -> str:
    """What an exclusion scope ("campaign", "global") does to someone who unsubscribes."""
    return _translate(SCOPE_WORDS[scope])
