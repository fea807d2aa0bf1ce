"""Every code the engine stores has words; a code without words still reads, never fails."""

from __future__ import annotations

import string

from engine.cli.words import SENTENCES, note_text
from engine.notes import CODES, Note, note


def _placeholders(sentence: str) -> set[str]:
    return {name for _text, name, _spec, _conv in string.Formatter().parse(sentence) if name}


def test_every_registered_code_has_a_sentence_and_every_sentence_a_registered_code() -> None:
    bases = {key.split("/")[0] for key in SENTENCES}
    assert set(CODES) <= bases, set(CODES) - bases
    assert bases <= set(CODES), bases - set(CODES)


def test_every_sentence_uses_only_its_codes_parameters() -> None:
    for key, sentence in SENTENCES.items():
        code = key.split("/")[0]
        assert _placeholders(sentence) <= set(CODES[code]) | {"because"}, key


def test_every_registered_code_reads_with_its_parameters_filled_in() -> None:
    for code, names in CODES.items():
        text = note_text(Note(code, {name: f"<{name}>" for name in names}))
        assert text and "{" not in text, code


def test_an_unknown_code_reads_as_its_words_and_parameters() -> None:
    assert note_text(note("quota_reached", limit=500, profile="Shop")) == (
        "Quota reached (limit 500, profile Shop)")


def test_a_sentence_missing_a_parameter_falls_back_to_the_generic_words() -> None:
    assert note_text(note("threshold_reached", count=3)) == "Threshold reached (count 3)"


def test_a_stopped_message_reads_as_the_error_that_stopped_it() -> None:
    stored = note("cannot_build", because="config_error", detail="The From address is missing.")
    assert note_text(stored) == "Cannot build the message: The From address is missing."


def test_variants_pick_whole_sentences() -> None:
    assert note_text(note("counted_suppressed", count=3, limit=3, resends="used_up")) == (
        "re-sends used up; counted 3 of 3; suppressed")
    assert note_text(note("only_own_addresses", addresses="a@x, b@x", count=2)) == (
        "names only our own addresses: a@x, b@x")


def test_a_run_reports_lists_read_as_sentences_and_an_old_english_line_as_it_was() -> None:
    from engine.cli.words import report_lines
    from engine.collecting.report import CollectReport

    report = CollectReport(messages_read=1, unreadable=1, errors=[
        note("message_unreadable", ref="7", because="empty_message").as_dict(),
        "message 8: unreadable",  # a summary stored before its items were notes
    ])
    assert report_lines(report)[-3:] == [
        "Errors: 2", "  - message 7: the message is empty; left in place",
        "  - message 8: unreadable"]


def test_a_jobs_progress_reads_after_its_jobs_title() -> None:
    from engine.cli.words import progress_text
    from engine.jobs import Progress

    progress = Progress(3, 10, note=note("messages_read", done=3, total=10),
                        job="Process bounce email")
    assert progress_text(progress) == "Process bounce email: 3 of 10 messages read"
    assert progress_text(Progress(3, None, note=note("messages_read", done=3))) == \
        "3 messages read"


def test_a_retry_reads_as_the_error_then_the_wait() -> None:
    from engine.cli.words import progress_text
    from engine.jobs import Progress

    retry = note("retrying", because="connection_closed", host="imap.example", port=993,
                 wait=2.5, attempt=2, attempts=3)
    assert progress_text(Progress(0, None, note=retry)) == (
        "imap.example closed the connection on port 993. "
        "Trying again in 2.5 s (attempt 2 of 3).")
