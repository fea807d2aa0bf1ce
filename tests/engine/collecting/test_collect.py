"""Collection against a real Dovecot: IMAP and POP3, corpus bounces, replies, faults."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

import pytest

from engine.bounces.classify import classify
from engine.bounces.codes import BounceCodeTable
from engine.clock import FakeClock
from engine.collecting.collect import collect
from engine.collecting.identity import content_hash
from engine.collecting.job import mailbox_source
from engine.collecting.record import Rules
from engine.collecting.report import CollectReport
from engine.config import BounceMailbox
from engine.errors import AuthError, MailboxError
from engine.jobs import Cancelled, CancelToken, run_to_end
from engine.storage import bounces as store
from engine.storage.models import Bounce, BounceMessage, JobRun, Unsubscribe
from tests.engine.collecting import mail
from tests.engine.collecting.conftest import Sent
from tests.engine.collecting.proxy import CutProxy
from tests.servers.dovecot import DovecotServer, MailUser
from tests.support import corpus_dir

Run = Callable[..., CollectReport]


def settings_for(dovecot: DovecotServer, user: MailUser, protocol: str = "imap",
                 **changes: object) -> BounceMailbox:
    mailbox = BounceMailbox(
        protocol=protocol,  # type: ignore[arg-type]
        host=dovecot.host, port=dovecot.imap_port if protocol == "imap" else dovecot.pop3_port,
        security="none", username=user.name, bounce_address="bounces@news.example.com",
    )
    return replace(mailbox, **changes)  # type: ignore[arg-type]


@pytest.fixture
def run_collect(clock: FakeClock, database_url: str) -> Run:
    def run(mailbox: BounceMailbox, password: str, *, retry_count: int = 0,
            chunk_size: int = 250, **rules: object) -> CollectReport:
        values: dict[str, object] = {"threshold": mailbox.bounce_threshold,
                                     "soft_retry_interval": timedelta(hours=4)}
        values.update(rules)
        return run_to_end(collect(
            mailbox_source(mailbox, password, timeout=5), rules=Rules(**values),  # type: ignore[arg-type]
            table=BounceCodeTable.default(), clock=clock, token=CancelToken(),
            retry_count=retry_count, chunk_size=chunk_size,
        ))

    return run


def corpus_messages() -> list[bytes]:
    return [p.read_bytes() for p in sorted((corpus_dir() / "emails/maildir/bsd").glob("*.eml"))]


def expected_kinds(messages: list[bytes]) -> dict[str, str]:
    kinds: dict[str, str] = {}
    for raw in messages:
        kinds.setdefault(content_hash(raw), classify(raw).kind)
    return kinds


def _names_nobody(raw: bytes) -> bool:
    result = classify(raw)
    return result.kind in ("hard", "soft", "complaint") and not result.recipients


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_corpus_is_recorded_once_bounces_deleted_and_replies_left_unread(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent, protocol: str
) -> None:
    messages = corpus_messages() + [
        mail.reply(), mail.reply("other@example.net", "Question about the offer"),
        mail.unsubscribe(sent.tokens["ann@example.org"]),
    ]
    dovecot_user.put_many("INBOX", messages)
    kinds = expected_kinds(messages)
    kinds[content_hash(messages[-1])] = "unsubscribe"
    others = sum(1 for raw in messages if kinds[content_hash(raw)] in ("not_bounce", "auto_reply"))
    # bounces naming no failed recipient are kept for review, in the mailbox
    unnamed = {content_hash(raw) for raw in messages if _names_nobody(raw)}
    unnamed_copies = sum(1 for raw in messages if _names_nobody(raw))  # (two files are alike)

    report = run_collect(settings_for(dovecot, dovecot_user, protocol), dovecot_user.password,
                         chunk_size=64)

    assert BounceMessage.select().count() == len(kinds)
    assert report.messages_read == len(kinds)
    assert report.unsubscribes == 1 and Unsubscribe.select().count() == 1
    assert report.non_bounces_left == others
    assert unnamed and report.needs_review == len(unnamed)
    assert dovecot_user.count("INBOX") == others + unnamed_copies
    left = dovecot_user.message_files("INBOX")
    if protocol == "imap":  # POP3 has no "unread"; Dovecot flags what POP3 RETR read
        assert all(not p.name.endswith("S") for p in left)
    assert all(classify(p.read_bytes()).kind in ("not_bounce", "auto_reply")
               or _names_nobody(p.read_bytes()) for p in left)

    again = run_collect(settings_for(dovecot, dovecot_user, protocol), dovecot_user.password)
    assert (again.messages_read, again.already_recorded) == (
        others + len(unnamed), others + unnamed_copies)
    assert again.needs_review == 0 and dovecot_user.count("INBOX") == others + unnamed_copies
    assert BounceMessage.select().count() == len(kinds)


def test_processed_bounces_and_replies_move_to_the_folders_named(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent
) -> None:
    dovecot_user.put_many("INBOX", [mail.dsn("ann@example.org"), mail.reply()])
    mailbox = settings_for(dovecot, dovecot_user, processed_action="move",
                           processed_folder="Processed", non_bounce_action="move",
                           non_bounce_folder="People")
    report = run_collect(mailbox, dovecot_user.password)
    assert (report.moved, report.non_bounces_moved) == (1, 1)
    assert dovecot_user.count("INBOX") == 0
    assert (dovecot_user.count("Processed"), dovecot_user.count("People")) == (1, 1)


def test_threshold_and_soft_resends_over_imap_with_a_moving_clock(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent,
    clock: FakeClock,
) -> None:
    mailbox = settings_for(dovecot, dovecot_user, bounce_threshold=2)
    token = sent.tokens["bob@example.org"]
    for _ in range(2):  # two soft bounces: two re-sends, nothing counted
        dovecot_user.put("INBOX", mail.dsn("bob@example.org", "4.2.2", tracking=token))
        report = run_collect(mailbox, dovecot_user.password, soft_retry_count=2)
        assert report.resends_scheduled == 1
        assert sent.item("bob@example.org").state == "deferred"
        clock.advance(hours=5)
    for expected in ([], ["bob@example.org"]):  # then each counts, the second suppresses
        dovecot_user.put("INBOX", mail.dsn("bob@example.org", "4.2.2", tracking=token))
        report = run_collect(mailbox, dovecot_user.password, soft_retry_count=2)
        assert report.newly_suppressed == expected
        clock.advance(hours=5)
    assert Bounce.select().where(Bounce.counted == True).count() == 2  # noqa: E712


def test_connection_cut_mid_batch_deletes_nothing_unrecorded_and_a_rerun_finishes(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent
) -> None:
    messages = [mail.dsn(f"person{n}@example.org") for n in range(120)] + [mail.reply()]
    dovecot_user.put_many("INBOX", messages)
    proxy = CutProxy(dovecot.imap_port, cut_after=60_000)  # inside the second chunk's FETCH
    proxy.refuse_after_cut = True
    try:
        mailbox = settings_for(dovecot, dovecot_user, port=proxy.port)
        with pytest.raises(MailboxError, match="lost while reading messages"):
            run_collect(mailbox, dovecot_user.password, chunk_size=40)
    finally:
        proxy.stop()
    assert proxy.cuts == 1
    recorded = {m.content_hash for m in BounceMessage.select()}
    assert 0 < len(recorded) < len(messages)
    remaining = {content_hash(raw) for raw in dovecot_user.messages("INBOX")}
    assert {content_hash(raw) for raw in messages} - remaining <= recorded  # none lost
    [failed] = JobRun.select().where(JobRun.state == "failed")
    assert "lost" in failed.error

    report = run_collect(settings_for(dovecot, dovecot_user), dovecot_user.password)
    assert BounceMessage.select().count() == len(messages)
    assert Bounce.select().count() == 120
    assert report.hard_bounces == 120 - len(recorded)
    assert dovecot_user.count("INBOX") == 1


def test_connection_cut_is_retried_and_the_same_run_finishes(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent,
    clock: FakeClock,
) -> None:
    dovecot_user.put_many("INBOX", [mail.dsn(f"p{n}@example.org") for n in range(60)])
    proxy = CutProxy(dovecot.imap_port, cut_after=40_000)
    try:
        start = clock.now()
        report = run_collect(settings_for(dovecot, dovecot_user, port=proxy.port),
                             dovecot_user.password, retry_count=2, chunk_size=20)
    finally:
        proxy.stop()
    assert (proxy.cuts, report.connection_attempts) == (1, 2)
    assert clock.now() - start == timedelta(seconds=5)  # the first backoff
    assert (report.messages_read, report.hard_bounces, report.deleted) == (60, 60, 60)
    assert Bounce.select().count() == 60


def test_connection_lost_while_removing_keeps_the_recorded_messages_for_the_next_run(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent
) -> None:
    messages = [mail.dsn(f"person{n}@example.org") for n in range(60)]
    dovecot_user.put_many("INBOX", messages)
    proxy = CutProxy(dovecot.imap_port, cut_on=b"UID STORE")  # the first removal
    proxy.refuse_after_cut = True
    try:
        with pytest.raises(MailboxError, match="lost while removing recorded messages"):
            run_collect(settings_for(dovecot, dovecot_user, port=proxy.port),
                        dovecot_user.password, chunk_size=20)
    finally:
        proxy.stop()
    recorded = BounceMessage.select().count()
    assert recorded >= 20  # the chunk whose removal was cut had committed
    assert dovecot_user.count("INBOX") == 60  # nothing removed

    report = run_collect(settings_for(dovecot, dovecot_user), dovecot_user.password)
    assert (report.already_recorded, report.hard_bounces) == (recorded, 60 - recorded)
    assert report.deleted == 60 and dovecot_user.count("INBOX") == 0
    assert Bounce.select().count() == 60  # none counted twice


def test_cancel_while_the_server_is_silent_stops_at_once(
    dovecot: DovecotServer, dovecot_user: MailUser, clock: FakeClock, database_url: str
) -> None:
    messages = [mail.dsn(f"p{n}@example.org") for n in range(60)]
    dovecot_user.put_many("INBOX", messages)
    proxy = CutProxy(dovecot.imap_port, stall_after=5_000)  # in the first FETCH, line up
    token = CancelToken()
    canceller = threading.Thread(target=lambda: proxy.stalled.wait(30) and token.cancel())
    canceller.start()
    began = time.monotonic()
    try:
        with pytest.raises(Cancelled):
            run_to_end(collect(
                mailbox_source(settings_for(dovecot, dovecot_user, port=proxy.port),
                               dovecot_user.password, timeout=60),
                rules=Rules(), table=BounceCodeTable.default(), clock=clock, token=token,
                chunk_size=20,
            ))
        waited = time.monotonic() - began
    finally:
        proxy.stop()
        canceller.join()
    assert proxy.stalled.is_set()
    assert waited < 5  # not the 60 s read timeout
    recorded = {m.content_hash for m in BounceMessage.select()}
    remaining = {content_hash(raw) for raw in dovecot_user.messages("INBOX")}
    assert {content_hash(raw) for raw in messages} - remaining <= recorded
    [run] = store.list_runs()
    assert run.state == "cancelled"


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_login_failure_is_retried_then_reported_plainly(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, protocol: str,
    clock: FakeClock,
) -> None:
    start = clock.now()
    with pytest.raises(AuthError, match="Authentication failed"):
        run_collect(settings_for(dovecot, dovecot_user, protocol), "wrong", retry_count=2)
    assert clock.now() - start == timedelta(seconds=5 + 10)
    [run] = store.list_runs()
    assert run.state == "failed" and run.summary["connection_attempts"] == 3
    assert "Authentication failed" in run.error
