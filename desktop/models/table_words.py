"""A list file's format, an import's report and a cleanup's report in the reader's language:
the CLI's English sentences (``engine.cli.table_words``) through Qt's translation, context
"tables"; numbers as the reader's locale writes them, a row's problem as its note's words."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.i18n import format_number
from desktop.models.notes_words import note_words
from engine.cleanup.domains import DISPOSABLE_LIST, DisposableList
from engine.cleanup.report import REASONS, CleanupReport
from engine.cli import table_words
from engine.storage.csv_import import ImportReport
from engine.tables import TableFormat

CONTEXT = "tables"
SOURCE_TEXTS = (
    *table_words.DELIMITER_WORDS.values(), *table_words.FORMAT_SENTENCES.values(),
    *table_words.IMPORT_SENTENCES.values(), *table_words.CLEANUP_SENTENCES.values(),
    *table_words.DISPOSABLE_SENTENCES.values(),
    *REASONS.values(),
)


def _translate(english: str) -> str:
    return QCoreApplication.translate(CONTEXT, english) or english  # untranslated: SOURCE_TEXTS


def _number(value: int) -> str:
    return format_number(value)


def reason_words(code: str) -> str:
    """Why a cleanup removed or flagged a row (a ``REASONS`` code), as a label."""
    return _translate(REASONS.get(code, code.replace("_", " ")))


def disposable_words(source: DisposableList = DISPOSABLE_LIST) -> str:
    """Which list of throwaway-address domains the cleanup uses."""
    return table_words.disposable_text(source, _translate, _number)


def format_words(fmt: TableFormat) -> str:
    """How a list file is written, as a sentence."""
    described = table_words.format_text(fmt, _translate)
    return described[:1].upper() + described[1:] + "."


def import_summary_words(report: ImportReport) -> str:
    return table_words.import_summary(report, _translate, _number)


def import_problem_words(report: ImportReport, limit: int | None = None) -> list[str]:
    return table_words.import_problems(report, limit, _translate, note_words, _number)


def cleanup_report_words(report: CleanupReport) -> list[str]:
    return table_words.cleanup_lines(report, _translate, note_words, _number, reason_words)
