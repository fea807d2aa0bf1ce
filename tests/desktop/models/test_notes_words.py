"""The window's words for a note pass through Qt's translation."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.models.notes_words import CONTEXT, note_words, progress_words
from engine.jobs import Progress
from engine.notes import note


class _German(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if context == CONTEXT and source == "counted {count} of {limit}":
            return "{count} von {limit} gezählt"
        if context == CONTEXT and source == "{rows} rows read…":
            return "{rows} Zeilen gelesen…"
        if context == CONTEXT and source == "hard bounce":
            return "Unzustellbarkeit"
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


@pytest.fixture
def in_oslo(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The machine's zone is Oslo's (UTC+1 in December)."""
    import time

    monkeypatch.setenv("TZ", "Europe/Oslo")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_stored_time_reads_in_the_machines_zone_in_the_window_and_in_utc_in_the_cli(
        qapp: QCoreApplication, in_oslo: None) -> None:
    from engine.cli.words import note_text

    resend = note("resend", number=1, of=3, at="2026-12-03T14:30")  # stored: UTC ISO 8601
    # the locale's short format (US English in tests), in Oslo's time
    assert note_words(resend) == "re-send 1 of 3 after 12/3/26 3:30\u202fPM"
    assert note_text(resend) == "re-send 1 of 3 after 2026-12-03 14:30 UTC"


def test_a_network_failure_reads_with_its_host_port_and_timeout(qapp: QCoreApplication) -> None:
    timed_out = note("timed_out", host="mail.example.com", port=587, timeout=20.0)
    assert note_words(timed_out).startswith("No answer from mail.example.com on port 587 "
                                            "within 20 s.")
    failed = note("profile_failed", profile="Main", because="connection_refused",
                  host="127.0.0.1", port=1)
    assert note_words(failed).startswith("Main: Connection refused on port 1 by 127.0.0.1:")


def test_a_jobs_progress_reads_in_the_windows_language(german: None) -> None:
    progress = Progress(500, 1000, note=note("rows_reading", rows=500))
    assert progress_words(progress) == "500 Zeilen gelesen…"


def test_a_progress_with_only_english_words_reads_as_they_are(qapp: QCoreApplication) -> None:
    assert progress_words(Progress(1, None, "waiting for work")) == "waiting for work"


def test_a_coded_parameter_reads_through_its_translated_words(german: None) -> None:
    said = note_words(note("found_by_cleanup", kind="hard_bounce", file="bounces.mbox"))
    assert said.startswith("Unzustellbarkeit ")
