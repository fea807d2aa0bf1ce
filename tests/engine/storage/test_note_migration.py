"""Schema step 4: each sentence an older release stored becomes its note, and reads the same."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.cli.words import note_text
from engine.notes import Note, load, note
from engine.storage import db, migrations

# (old sentence, the note it becomes); the words of each note are the old sentence again
OUTCOMES = [
    ("hard bounce: suppressed at once", note("hard_suppressed")),
    ("hard bounce: already suppressed", note("hard_already_suppressed")),
    ("counted 1 of 3", note("counted", count=1, limit=3)),
    ("counted 3 of 3; suppressed", note("counted_suppressed", count=3, limit=3)),
    ("re-sends used up; counted 2 of 3; already suppressed",
     note("counted_already_suppressed", count=2, limit=3, resends="used_up")),
    ("no campaign item to re-send; counted 1 of 2",
     note("counted", count=1, limit=2, resends="no_item")),
    ("re-send 1 of 3 after 2024-05-01 12:30 UTC",
     note("resend", number=1, of=3, at="2024-05-01T12:30")),
    ("complaint: suppressed", note("complaint_suppressed")),
    ("complaint: already suppressed", note("complaint_already_suppressed")),
]
RULES = [  # one per OUTCOMES row: the classifier's rule, stored beside the outcome
    ("table row 5.1.1 (Bad destination mailbox address)",
     note("table_row", row="5.1.1", meaning="Bad destination mailbox address")),
    ("table row 5.1.1 (Bad destination mailbox address) (inferred from the text)",
     note("table_row", row="5.1.1", meaning="Bad destination mailbox address", inferred=True)),
    ("5.2.9 not in table: row 5.2.0 (Other or undefined mailbox status)",
     note("parent_row", status="5.2.9", row="5.2.0",
          meaning="Other or undefined mailbox status")),
    ("4.x.x not in table: soft", note("class_soft")),
    ("5.x.x not in table: hard (inferred from the text)", note("class_hard", inferred=True)),
    ("5xx reply code", note("reply_hard")),
    ("no code: 9.1.1 (Hard bounce with no bounce code found)",
     note("no_code", row="9.1.1", meaning="Hard bounce with no bounce code found")),
    ("complaint report (feedback type abuse)",
     note("complaint_report_rule", feedback_type="abuse")),
    ("no failed recipient named; the address of the campaign item found by tracking",
     note("item_address", how="tracking")),
]
WHY_SUPPRESSED = [
    ("one hard bounce stops sending to an address: 5.1.1 (address does not exist)",
     note("hard_bounce", status="5.1.1", reason="user_unknown")),
    ("3 bounces reached the threshold of 3; last: 4.2.2 (mailbox full)",
     note("threshold_reached", count=3, limit=3, status="4.2.2", reason="mailbox_full")),
    ("complaint (feedback report)", note("complaint_report")),
    ("complaint (abuse report from ISP)", note("complaint", diagnostic="abuse report from ISP")),
    ("hard bounce found by list cleanup in bounces.csv",
     note("found_by_cleanup", kind="hard_bounce", file="bounces.csv")),
    ("removed from the command line", note("removed_from_cli")),
    ("taken off the suppressed list by hand", note("removed_by_hand")),
    ("the reader fixed their mailbox", Note("text", {"text": "the reader fixed their mailbox"})),
]
WHY_REVIEW = [
    ("no failed recipient found", note("no_failed_recipient")),
    ("names only our own address: news@shop.example",
     note("only_own_addresses", addresses="news@shop.example", count=1)),
    ("names only our own addresses: a@shop.example, b@shop.example",
     note("only_own_addresses", addresses="a@shop.example, b@shop.example", count=2)),
]
ITEM_ERRORS = [  # (state, old text, note)
    ("uncertain", "The app stopped while this message was being sent: it may or may not have "
                  "gone out.", note("stopped_while_sending")),
    ("failed", "550 5.1.1 No such user (hard)",
     note("refused", reply="550 5.1.1 No such user", type="hard")),
    ("deferred", "552 5.2.2 Mailbox full (soft failure, re-send 1 of 3)",
     note("refused", reply="552 5.2.2 Mailbox full", resend=1, of=3)),
    ("failed", "451 4.3.0 Try later (gave up after 8 attempts)",
     note("deferred", reply="451 4.3.0 Try later", gave_up_after=8)),
    ("deferred", "451 4.3.0 Try later", note("deferred", reply="451 4.3.0 Try later")),
    ("deferred", "connection lost: Connection reset by peer",
     note("connection_lost", detail="Connection reset by peer")),
    ("failed", "connection lost: no answer from the server in time (gave up after 8 attempts)",
     note("no_answer", gave_up_after=8)),
    ("uncertain", "connection lost (Connection reset by peer) after the whole message was sent: "
                  "it may or may not have arrived, so it is not sent again unless you choose to "
                  "send uncertain messages",
     note("uncertain_after_end", detail="Connection reset by peer")),
    ("failed", "Cannot build the message: The From address is missing.",
     note("cannot_build", because="text", text="The From address is missing.")),
]
OUTBOUND_ERRORS = [
    ("uncertain", "The app stopped while this message was being sent.",
     note("stopped_while_sending_single")),
    ("failed", "Not sent: the person unsubscribed.", note("unsubscribed")),
    ("failed", "Not sent: the address is on the suppressed list.", note("suppressed")),
]
JOB_ERRORS = [
    ("The app stopped during this run.", note("stopped_during_run")),
    ("Authentication failed: the server said 535 5.7.8 Bad credentials. Check the user name "
     "and password.", note("auth_refused", host="", reply="535 5.7.8 Bad credentials")),
    ("Authentication failed: the server said “[AUTHENTICATIONFAILED] no”. Check the user name "
     "and password.", note("mailbox_auth_refused", host="", reply="[AUTHENTICATIONFAILED] no")),
    ("smtp.example.com did not answer", Note("text", {"text": "smtp.example.com did not answer"})),
]


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    """A database at schema 3 holding each sentence shape the engine wrote before notes."""
    path = tmp_path / "v3.sqlite3"
    database = db.init_db(f"sqlite:///{path}")
    sql = database.execute_sql
    sql("UPDATE schema_version SET version = 3")
    sql("INSERT INTO campaign (name, status, created_at, send_when_ready, duplicates, "
        "generate_cursor, subject, from_name, from_address, reply_to, text_body, html_body) "
        "VALUES ('A', 'completed', '2024-05-01', 0, 0, 0, '', '', '', '', '', '')")
    for n, (state, text, _note) in enumerate(ITEM_ERRORS):
        sql("INSERT INTO campaign_item (campaign_id, email, token, state, exclude_reason, "
            "attempts, claimed_by, last_code, last_error, message_id, updated_at) "
            "VALUES (1, ?, ?, ?, '', 1, '', '', ?, '', '2024-05-01')",
            (f"p{n}@example.org", f"t{n}", state, text))
    for n, (state, text, _note) in enumerate(OUTBOUND_ERRORS):
        sql("INSERT INTO outbound_email (kind, to_address, subject, text_body, html_body, state, "
            "attempts, claimed_by, last_code, last_error, message_id, envelope_from, token, "
            "created_at) VALUES ('autoresponder', ?, '', '', '', ?, 1, '', '', ?, '', '', '', "
            "'2024-05-01')", (f"o{n}@example.org", state, text))
    for n, (_text, _note) in enumerate(OUTCOMES + WHY_REVIEW):
        sql("INSERT INTO bounce_message (content_hash, message_id, kind, subject, source, "
            "received_at) VALUES (?, '', 'hard', '', '', '2024-05-01')", (f"h{n}",))
    for n, ((text, _note), (rule, _rule)) in enumerate(zip(OUTCOMES, RULES, strict=True),
                                                       start=1):
        sql("INSERT INTO bounce (message_id, email, kind, status, status_inferred, reply_code, "
            "reason, rule, diagnostic, remote_host, counted, matched_by, outcome, created_at) "
            "VALUES (?, 'x@example.org', 'hard', '', 0, '', '', ?, '', '', 1, '', ?, "
            "'2024-05-01')", (n, rule, text))
    for n, (text, _note) in enumerate(WHY_REVIEW, start=len(OUTCOMES) + 1):
        sql("INSERT INTO bounce_review (message_id, kind, why, state, address, created_at, "
            "decided_by) VALUES (?, 'hard', ?, 'open', '', '2024-05-01', '')", (n, text))
    for text, _note in WHY_SUPPRESSED:
        sql("INSERT INTO suppression_event (email, action, reason, actor, at) "
            "VALUES ('x@example.org', 'suppress', ?, 'run:1', '2024-05-01')", (text,))
    for text, _note in JOB_ERRORS:
        sql("INSERT INTO job_run (job, runner, started_at, state, summary, error) "
            "VALUES ('process_bounce_email', '', '2024-05-01', 'failed', '{}', ?)", (text,))
    sql("INSERT INTO job_run (job, runner, started_at, state, summary, error) VALUES "
        "('process_bounce_email', '', '2024-05-01', 'ok', "
        "'{\"skipped\": \"Bounce collection is switched off for this mailbox.\"}', '')")
    sql("INSERT INTO job_state (name, paused, last_error, running_by) "
        "VALUES ('process_campaign_messages', 0, 'The app stopped during this run.', '')")
    db.close_db()
    return path


def _column(sql: str) -> list[str]:
    return [row[0] for row in db.database.execute_sql(sql).fetchall()]


def test_every_sentence_the_engine_stored_becomes_its_note_and_reads_as_before(
        old_database: Path) -> None:
    db.init_db(f"sqlite:///{old_database}")
    assert migrations.current_version(db.database) == migrations.LATEST
    found = {
        "outcome": _column("SELECT outcome FROM bounce ORDER BY id"),
        "rule": _column("SELECT rule FROM bounce ORDER BY id"),
        "why_suppressed": _column("SELECT reason FROM suppression_event ORDER BY id"),
        "why_review": _column("SELECT why FROM bounce_review ORDER BY id"),
        "item": _column("SELECT last_error FROM campaign_item ORDER BY id"),
        "outbound": _column("SELECT last_error FROM outbound_email ORDER BY id"),
        "job": _column("SELECT error FROM job_run WHERE state = 'failed' ORDER BY id"),
    }
    expected = {
        "outcome": OUTCOMES, "rule": RULES, "why_suppressed": WHY_SUPPRESSED,
        "why_review": WHY_REVIEW,
        "item": [(text, n) for _state, text, n in ITEM_ERRORS],
        "outbound": [(text, n) for _state, text, n in OUTBOUND_ERRORS], "job": JOB_ERRORS,
    }
    for column, pairs in expected.items():
        assert [load(text) for text in found[column]] == [n for _old, n in pairs], column
        # what the CLI shows is what it showed before (the window: through its translation)
        shown = [note_text(text) for text in found[column]]
        if column != "job":  # the job errors' host was never stored: they read as before
            assert shown == [old for old, _n in pairs], column
    assert _column("SELECT last_error FROM job_state") == [note("stopped_during_run").dump()]
    assert _column("SELECT summary FROM job_run WHERE state = 'ok'") == [
        '{"skipped": "collection_off"}']
    db.close_db()


def test_converting_twice_changes_nothing(old_database: Path) -> None:
    from engine.storage.note_migration import store_notes

    database = db.init_db(f"sqlite:///{old_database}")
    before = _column("SELECT last_error FROM campaign_item ORDER BY id")
    store_notes(database)
    assert _column("SELECT last_error FROM campaign_item ORDER BY id") == before
    db.close_db()
