"""The engine's stored notes (``engine.notes``) as sentences in the reader's language.

The English sentences are the CLI's (``engine.cli.words``); here each passes through Qt's
translation first (context "notes", the English sentence as the source text), so a
translation installed on the application speaks instead, and a sentence with no translation
stays English.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from desktop.i18n import format_datetime
from engine.cli.words import (
    HOW_WORDS,
    KIND_WORDS,
    SECURITY_WORDS,
    SENTENCES,
    note_text,
    report_lines,
    sentence,
)
from engine.errors import EngineError
from engine.jobs import Progress
from engine.notes import Note, Param

if TYPE_CHECKING:
    from engine.collecting.report import CollectReport

CONTEXT = "notes"
SOURCE_TEXTS = (*SENTENCES.values(), *SECURITY_WORDS.values(), *KIND_WORDS.values(),
                *HOW_WORDS.values())  # for desktop.models.catalogue


def _translate(english: str) -> str:
    # an empty translation is a translator's gap, not a sentence
    translated = QCoreApplication.translate(CONTEXT, english)  # untranslated: SOURCE_TEXTS
    if translated == english:  # a bounce reason, shown inside a note, is one of words' texts
        translated = QCoreApplication.translate("words", english)  # untranslated: SOURCE_TEXTS
    return translated or english


def local(moment: datetime | None) -> str:
    """A stored (naive UTC) time as the viewer's local date and time, as the locale writes it."""
    if moment is None:
        return ""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return format_datetime(aware)


def _local_at(stored: Param) -> str:
    # a note's time is stored as UTC ISO 8601; the window speaks the machine's zone
    try:
        return local(datetime.fromisoformat(str(stored)))
    except ValueError:
        return str(stored)


def note_words(stored: str | Note) -> str:
    """Any stored note (column text, or already loaded) as a sentence; an unknown code reads
    as its words and parameters, never fails."""
    return note_text(stored, _translate, _local_at)


def progress_words(progress: Progress) -> str:
    """What a job says it is doing, in the reader's language (a job's title is left out: the
    window shows which job it is by its own words)."""
    return note_words(progress.note) if progress.note else progress.message


def error_words(exc: BaseException) -> str:
    """What went wrong, in the reader's language: an engine error by its code and parameters
    where a sentence is written for them, its own (English) message otherwise."""
    if isinstance(exc, EngineError):
        said = sentence(exc.note(), _translate, _local_at)
        if said is not None:
            return said
    return str(exc) or type(exc).__name__


def report_words(report: CollectReport) -> list[str]:
    """A collection run's report in lines of words, its notes in the reader's language."""
    return report_lines(report, note_words)
