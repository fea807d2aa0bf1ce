"""After a full send and a full collection, the database holds data, codes and notes: no
sentence the engine wrote in English (a real aiosmtpd server, a real Dovecot)."""

from __future__ import annotations

import json
import re
import socket
from collections.abc import Callable, Iterator
from typing import Any

import peewee as pw

from engine.cli.words import SENTENCES
from engine.clock import FakeClock
from engine.config import BounceMailbox, BounceSettings
from engine.jobs import JobContext, run_to_end
from engine.notes import CODES, Note, from_value, load
from engine.scheduler.runner import Runner
from engine.storage import models, repo
from engine.storage.models import CampaignItem
from tests.engine.collecting import mail
from tests.engine.sending.conftest import PASSWORD, add_contacts, make_campaign, profile_for
from tests.servers.dovecot import DovecotServer, MailUser

# Columns that hold notes: each value is one, with a registered code and its parameters.
NOTE_COLUMNS = {
    (models.Bounce, "outcome"), (models.Bounce, "rule"), (models.BounceReview, "why"),
    (models.SuppressionEvent, "reason"), (models.CampaignItem, "last_error"),
    (models.OutboundEmail, "last_error"), (models.JobRun, "error"),
    (models.JobState, "last_error"), (models.Campaign, "pause_note"),
}
# Columns that hold JSON: their strings are checked one by one.
JSON_COLUMNS = {(models.JobRun, "summary"), (models.Setting, "value"),
                (models.Contact, "fields"), (models.MailingList, "field_names")}
# What the test put in, or the servers and messages said: data, kept verbatim.
DATA_COLUMNS = {
    (models.Campaign, "name"), (models.Campaign, "subject"), (models.Campaign, "text_body"),
    (models.Campaign, "html_body"), (models.Campaign, "from_name"),
    (models.Contact, "first_name"), (models.Contact, "last_name"),
    (models.SmtpProfileRecord, "name"), (models.SmtpProfileRecord, "from_name"),
    (models.BounceCodeRecord, "meaning"),  # the user's own code table
    (models.BounceMessage, "subject"), (models.Bounce, "diagnostic"),
}
# What an identifier, a code, an address, a time or a host looks like: no words with spaces.
IDENTIFIER = re.compile(r"[^\s]*\Z")


def _sentence_patterns() -> list[re.Pattern[str]]:
    """Every sentence the words module knows, as a pattern: the engine writing one of them
    itself (instead of its note) is exactly what must not happen."""
    patterns = []
    for sentence in SENTENCES.values():
        literal = re.sub(r"\{[a-z_]+\}", "", sentence).strip(" :;().")
        if len(literal) < 8:  # "{reply}", "{detail}": nothing of the engine's own
            continue
        parts = [re.escape(p) for p in re.split(r"\{[a-z_]+\}", sentence)]
        patterns.append(re.compile(".*".join(parts) + r"\Z", re.DOTALL))
    return patterns


SENTENCE_PATTERNS = _sentence_patterns()


def is_engine_sentence(text: str) -> bool:
    return any(p.match(text) for p in SENTENCE_PATTERNS)


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def text_values() -> Iterator[tuple[type[models.BaseModel], str, str]]:
    """(model, column, value) for every non-empty text value in every table."""
    for model in models.ALL_MODELS:
        columns = [f for f in model._meta.sorted_fields
                   if isinstance(f, (pw.CharField, pw.TextField))]
        if not columns:
            continue
        for row in model.select(*columns).tuples():
            for field, value in zip(columns, row, strict=True):
                if value:
                    yield model, field.name, value


def note_problems(where: str, found: Note) -> list[str]:
    """What is wrong with a note the engine wrote: an unknown code, a stray parameter, a
    sentence of its own words as a parameter."""
    if found.code == "text" or found.code not in CODES:
        return [f"{where}: not a registered note"]
    allowed = set(CODES[found.code]) | {"because"}
    if found.code == "cannot_build" or "because" in found.params:
        allowed |= {name for names in CODES.values() for name in names}
    wrong = [f"{where}: parameter {name}" for name in found.params if name not in allowed]
    return wrong + [f"{where}: a sentence as parameter {name}" for name, v in
                    found.params.items() if isinstance(v, str) and is_engine_sentence(v)]


def summary_problems(where: str, summary: dict[str, Any]) -> list[str]:
    """A job run's summary: its ``errors`` and ``notes`` lists hold notes only."""
    return [problem for key in ("errors", "notes") for item in summary.get(key, [])
            for problem in ([f"{where}: {key} item {item!r} is not a note"]
                            if not isinstance(item, dict)
                            else note_problems(f"{where} {key}", from_value(item)))]


def problems_with(model: type[models.BaseModel], column: str, value: str) -> list[str]:
    where = f"{model.__name__}.{column} = {value[:120]!r}"
    if (model, column) in NOTE_COLUMNS:
        return note_problems(where, load(value))
    if (model, column) in JSON_COLUMNS:
        data = json.loads(value)
        wrong = []
        if (model, column) == (models.JobRun, "summary"):
            # the lists' notes hold server words and file names as parameters: data
            wrong = summary_problems(where, data)
            data = {k: v for k, v in data.items() if k not in ("errors", "notes")}
        return wrong + [f"{where}: {text!r} in its JSON" for text in _strings(data)
                        if is_engine_sentence(text) or not (IDENTIFIER.match(text)
                                                            or text in DATA_STRINGS)]
    if (model, column) in DATA_COLUMNS:
        return [f"{where}: an engine sentence"] if is_engine_sentence(value) else []
    if IDENTIFIER.match(value) or value in DATA_STRINGS:
        return []
    return [f"{where}: words in a column for codes and identifiers"]


# Data with spaces that lands outside the data columns: sources and runner labels.
DATA_STRINGS: set[str] = set()


def _collect_and_send(smtp_server: Callable[..., Any], dovecot: DovecotServer,
                      user: MailUser, clock: FakeClock) -> None:
    repo.save_setting(BounceSettings(soft_retry_count=1, soft_retry_interval_minutes=60))
    server = smtp_server(replies={
        "person1@example.org": "550 5.1.1 No such user",  # a 5xx at send time: suppressed
        "person2@example.org": "552 5.2.2 Mailbox full",  # soft: re-sent, then counted
        "person3@example.org": "451 4.3.0 Try again later",  # a deferral
    })
    profile = profile_for(server)
    add_contacts("Newsletter", 8)
    from engine.storage import campaigns

    campaigns.prepare(make_campaign(profile).id, send_when_ready=True)
    mailbox = BounceMailbox(host=dovecot.host, port=dovecot.imap_port, security="none",
                            username=user.name, bounce_address="bounces@news.example.com",
                            bounce_threshold=1)
    repo.save_mailbox(mailbox)
    DATA_STRINGS.update({f"{user.name}@{dovecot.host}/INBOX", "SMTP reply at sending"})
    # the mailbox password is wrong at first: the collection job fails
    wrong = JobContext(clock=clock, runner_id="host:1/window",
                       passwords={profile.key: PASSWORD, mailbox.secret_key: "wrong"})
    run_to_end(Runner(wrong).run_until_idle())
    tokens = {i.email: i.token for i in CampaignItem.select()}
    user.put_many("INBOX", [
        mail.dsn("person4@example.org", "4.2.2", tracking=tokens["person4@example.org"]),
        mail.dsn("person5@example.org", tracking=tokens["person5@example.org"]),
        mail.dsn("person2@example.org", "4.2.2", tracking=tokens["person2@example.org"]),
        mail.complaint("person6@example.org", tracking=tokens["person6@example.org"]),
        mail.dsn("bounces@news.example.com"),  # names only our own address: for review
        mail.dsn("stranger@example.net", "4.2.2"),  # no campaign item to re-send
        mail.reply(),
        b"   \r\n",  # not mail at all: an item of the run summary's errors
    ])
    clock.advance(days=1)
    right = JobContext(clock=clock, runner_id="host:1/window",
                       passwords={profile.key: PASSWORD, mailbox.secret_key: user.password})
    run_to_end(Runner(right).run_until_idle())
    states = {i.email: i.state for i in CampaignItem.select()}
    assert states["person1@example.org"] == "failed" and states["person0@example.org"] == "sent"
    assert states["person3@example.org"] == "deferred"


def test_after_a_full_send_and_collection_every_text_column_holds_data_codes_or_notes(
    smtp_server: Callable[..., Any], dovecot: DovecotServer, dovecot_user: MailUser,
    database_url: str,
) -> None:
    _collect_and_send(smtp_server, dovecot, dovecot_user, FakeClock())
    seen = {(model, column) for model, column, _value in text_values()}
    # the run did reach what it is meant to look at
    assert {(models.Bounce, "outcome"), (models.BounceReview, "why"),
            (models.SuppressionEvent, "reason"), (models.CampaignItem, "last_error"),
            (models.JobRun, "error")} <= seen
    codes = {load(value).code for model, column, value in text_values()
             if (model, column) in NOTE_COLUMNS}
    assert codes >= {"hard_suppressed", "resend", "counted_suppressed", "complaint_suppressed",
                     "only_own_addresses", "refused", "deferred", "hard_bounce",
                     "threshold_reached", "complaint", "mailbox_auth_refused"}, codes
    summaries = [json.loads(run.summary) for run in models.JobRun.select()]
    assert [from_value(e).code for s in summaries for e in s.get("errors", [])] == [
        "message_unreadable"]
    problems = [p for model, column, value in text_values()
                for p in problems_with(model, column, value)]
    assert problems == []


def closed_port() -> int:
    """A 127.0.0.1 port nothing listens on: bound, then let go."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _fail_to_reach_the_servers(smtp_server: Callable[..., Any], clock: FakeClock) -> None:
    """A send job whose profile points at a closed port, a collection from a mailbox at
    another: both fail below the mail protocol (a failed run keeps its error, not its
    summary's lists: those are checked where a run ends with them, in the first test)."""
    server = smtp_server()
    profile = profile_for(server, port=closed_port())
    add_contacts("Newsletter", 2)
    from engine.storage import campaigns

    campaigns.prepare(make_campaign(profile).id, send_when_ready=True)
    mailbox = BounceMailbox(host="127.0.0.1", port=closed_port(), security="none",
                            username="nobody", bounce_address="bounces@news.example.com")
    repo.save_mailbox(mailbox)
    ctx = JobContext(clock=clock, runner_id="host:1/window",
                     passwords={profile.key: PASSWORD, mailbox.secret_key: "secret"})
    run_to_end(Runner(ctx).run_until_idle())


def test_a_refused_port_while_sending_and_collecting_is_stored_as_notes_with_host_and_port(
    smtp_server: Callable[..., Any], database_url: str,
) -> None:
    _fail_to_reach_the_servers(smtp_server, FakeClock())
    failed = models.JobRun.select().where(models.JobRun.state == "failed")
    errors = {run.job: load(run.error) for run in failed}
    for job in ("process_bounce_email", "process_campaign_messages"):
        assert errors[job].code == "connection_refused", job
        assert set(errors[job].params) == {"host", "port"}, job
    problems = [p for model, column, value in text_values()
                for p in problems_with(model, column, value)]
    assert problems == []
