"""The window's words for list files and their reports pass through Qt's translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.models import notes_words
from desktop.models.table_words import (
    CONTEXT,
    format_words,
    import_problem_words,
    import_summary_words,
    reason_words,
)
from engine.notes import note
from engine.storage.csv_import import ImportReport
from engine.tables import TableFormat

ITALIAN = {
    (CONTEXT, "text table, {delimiter}-separated, {encoding}"):
        "tabella di testo separata da {delimiter}, {encoding}",
    (CONTEXT, "semicolon"): "punto e virgola",
    (CONTEXT, "line {line}: {why}"): "riga {line}: {why}",
    (CONTEXT, "Role account"): "Casella condivisa",
    (notes_words.CONTEXT, "no e-mail address"): "nessun indirizzo e-mail",
}


class _Italian(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        return ITALIAN.get((context, source)) or super().translate(
            context, source, disambiguation, n)


@pytest.fixture
def italian(qapp: QCoreApplication) -> Iterator[None]:
    translator = _Italian()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_a_format_reads_in_the_readers_language_as_a_sentence(italian: None) -> None:
    assert format_words(TableFormat("csv", "cp1252", delimiter=";")) == (
        "Tabella di testo separata da punto e virgola, Windows-1252.")


def test_a_row_not_imported_reads_with_its_note_translated(italian: None) -> None:
    report = ImportReport(rows=1, invalid=[(2, note("no_address"))])
    assert import_problem_words(report) == ["riga 2: nessun indirizzo e-mail"]


def test_a_removal_reason_reads_in_the_readers_language(italian: None) -> None:
    assert reason_words("role") == "Casella condivisa"
    assert reason_words("typo") == "Likely typo"  # no translation yet: the English stands


def test_an_untranslated_summary_stays_english(qapp: QCoreApplication) -> None:
    assert import_summary_words(ImportReport(rows=1, added=1, subscribed=1)) == (
        "1 rows: 1 new contacts, 0 updated, 0 invalid, 0 repeated in the file, 0 unreadable; "
        "1 newly on the list")
