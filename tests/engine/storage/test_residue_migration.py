"""Schema step 9: the summary lists' lines and the network errors' sentences older releases
stored become notes, and read as before."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from engine.cli.words import note_text
from engine.notes import Note, from_value, load, note
from engine.storage import db, migrations

_REFUSED = ("Connection refused on port 1 by 127.0.0.1: no mail service listens there. "
            "Check the port and the security setting.")
_TIMEOUT = ("No answer from mail.example.com on port 587 within 20 s. Check the server name "
            "and port, and that a firewall does not block the connection.")
_UIDPLUS = ("imap.example.com offers neither UIDPLUS (UID EXPUNGE) nor MOVE, and another mail "
            "program has marked messages deleted in “INBOX”: expunging would remove those "
            "too, so recorded messages were only marked deleted. They are removed when that "
            "program empties the folder; the next run does not count them again.")

# (job, summary key, the old line, the note it becomes); the old words are exactly what
# older releases wrote, so rewording engine.network makes this test say the step needs them
ITEMS = [
    ("process_bounce_email", "errors", "message 17: unreadable",
     note("message_unreadable", ref="17")),
    ("process_bounce_email", "errors", "message 9: the message is empty; left in place",
     note("message_unreadable", ref="9", because="text", text="the message is empty")),
    ("process_bounce_email", "errors",
     "message 3: a line longer than 2 MB; left in the mailbox, not read",
     note("line_too_long", ref="3", megabytes=2)),
    ("process_bounce_email", "errors", "/tmp/saved/a.eml: Permission denied",
     note("file_unreadable", file="/tmp/saved/a.eml", detail="Permission denied")),
    ("process_bounce_email", "notes", _UIDPLUS,
     note("only_marked_deleted", host="imap.example.com", folder="INBOX")),
    ("process_campaign_messages", "errors", f"Main: {_REFUSED}",
     note("profile_failed", profile="Main", because="connection_refused", host="127.0.0.1",
          port=1)),
    ("process_outbound_email", "errors", "Main: something else went wrong",
     note("profile_failed", profile="Main", because="text", text="something else went wrong")),
    ("process_bounce_email", "notes", "a line no release wrote",
     note("text", text="a line no release wrote")),
]
# (old JobRun.error, the note it becomes)
DETAILS = [
    (note("mailbox_error", detail=_REFUSED).dump(),
     note("connection_refused", host="127.0.0.1", port=1)),
    (note("smtp_error", detail=_TIMEOUT).dump(),
     note("timed_out", host="mail.example.com", port=587, timeout=20.0)),
    (note("smtp_error", detail="The server name “nowhere.invalid” could not be found. Check "
                               "its spelling.").dump(),
     note("host_not_found", host="nowhere.invalid")),
    (note("smtp_error", detail="Certificate not trusted for mail.example.com (self-signed "
                               "certificate). If you trust this server anyway, untick “Verify "
                               "the server certificate”.").dump(),
     note("certificate_untrusted", host="mail.example.com", reason="self-signed certificate")),
    (note("mailbox_error", detail="The folder is gone.").dump(),
     note("mailbox_error", detail="The folder is gone.")),
]


@pytest.fixture
def old_database(tmp_path: Path) -> Path:
    """A database from just before the conversion, holding each old shape of a summary line
    and an error detail."""
    path = tmp_path / "before.sqlite3"
    database = db.init_db(f"sqlite:///{path}")
    sql = database.execute_sql
    # the version just before this step, wherever it stands in the list (later steps follow)
    before = migrations.MIGRATIONS.index(migrations._store_residue_notes)
    sql("UPDATE schema_version SET version = ?", (before,))
    for job, key, text, _note in ITEMS:
        sql("INSERT INTO job_run (job, runner, started_at, state, summary, error) "
            "VALUES (?, '', '2024-05-01', 'ok', ?, '')", (job, json.dumps({key: [text]})))
    for text, _note in DETAILS:
        sql("INSERT INTO job_run (job, runner, started_at, state, summary, error) "
            "VALUES ('process_bounce_email', '', '2024-05-01', 'failed', '{}', ?)", (text,))
    sql("INSERT INTO job_state (name, paused, last_error, running_by) "
        "VALUES ('process_campaign_messages', 0, ?, '')", (DETAILS[0][0],))
    db.close_db()
    return path


def _column(sql: str) -> list[str]:
    return [row[0] for row in db.database.execute_sql(sql).fetchall()]


def test_every_summary_line_becomes_its_note_and_reads_as_before(old_database: Path) -> None:
    db.init_db(f"sqlite:///{old_database}")
    assert migrations.current_version(db.database) == migrations.LATEST
    summaries = [json.loads(s) for s in _column(
        "SELECT summary FROM job_run WHERE state = 'ok' ORDER BY id")]
    found = [from_value(summary[key][0]) for summary, (_job, key, _t, _n)
             in zip(summaries, ITEMS, strict=True)]
    assert found == [n for _job, _key, _text, n in ITEMS]
    assert [note_text(n) for n in found] == [text for _job, _key, text, _n in ITEMS]
    db.close_db()


def test_a_network_sentence_stored_as_detail_becomes_its_failure_with_host_and_port(
        old_database: Path) -> None:
    db.init_db(f"sqlite:///{old_database}")
    errors = _column("SELECT error FROM job_run WHERE state = 'failed' ORDER BY id")
    assert [load(e) for e in errors] == [n for _text, n in DETAILS]
    assert [note_text(e) for e in errors] == [note_text(t) for t, _n in DETAILS]
    assert _column("SELECT last_error FROM job_state") == [DETAILS[0][1].dump()]
    db.close_db()


def test_converting_twice_changes_nothing(old_database: Path) -> None:
    from engine.storage.residue_migration import store_residue_notes

    database = db.init_db(f"sqlite:///{old_database}")
    before = _column("SELECT summary || error FROM job_run ORDER BY id")
    store_residue_notes(database)
    assert _column("SELECT summary || error FROM job_run ORDER BY id") == before
    db.close_db()


def test_a_note_under_another_keeps_its_own_parameters_beside_the_failure() -> None:
    from engine.storage.residue_migration import detail_note

    stored = Note("cannot_build", {"because": "smtp_error", "detail": _REFUSED}).dump()
    assert load(detail_note(stored)) == note("cannot_build", because="connection_refused",
                                             host="127.0.0.1", port=1)
