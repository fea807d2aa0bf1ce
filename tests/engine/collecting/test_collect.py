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
from engine.cli.words import note_text, report_lines
from engine.clock import FakeClock
from engine.collecting import connect
from engine.collecting.collect import collect
from engine.collecting.identity import content_hash
from engine.collecting.job import mailbox_source
from engine.collecting.record import Rules
from engine.collecting.report import CollectReport
from engine.config import BounceMailbox, SmtpProfile
from engine.errors import AuthError, MailboxError
from engine.jobs import Cancelled, CancelToken, run_to_end
from engine.notes import from_value
from engine.sending.render import MessageRenderer, MessageSpec
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
    # every message read is counted, the corpus's copies of a message as copies
    assert report.messages_read == len(messages) == report.bucket_total()
    assert report.copies == len(messages) - len(kinds)
    assert report.unsubscribes == 1 and Unsubscribe.select().count() == 1
    assert report.non_bounces_left == others
    assert unnamed and report.needs_review == len(unnamed)
    assert report.left_in_place == dovecot_user.count("INBOX") == others + unnamed_copies
    left = dovecot_user.message_files("INBOX")
    if protocol == "imap":  # POP3 has no "unread"; Dovecot flags what POP3 RETR read
        assert all(not p.name.endswith("S") for p in left)
    assert all(classify(p.read_bytes()).kind in ("not_bounce", "auto_reply")
               or _names_nobody(p.read_bytes()) for p in left)

    again = run_collect(settings_for(dovecot, dovecot_user, protocol), dovecot_user.password)
    assert again.messages_read == others + unnamed_copies == again.bucket_total()
    assert again.already_recorded + again.copies == again.messages_read
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


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_every_message_read_is_in_one_bucket_and_the_buckets_add_up_over_a_retried_cut(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent,
    collect_files: Callable[..., CollectReport], protocol: str,
) -> None:
    earlier = [mail.dsn(f"early{n}@example.org") for n in range(5)]
    collect_files(earlier)  # recorded by an earlier run (from saved files)
    bounces = [mail.dsn(f"person{n}@example.org") for n in range(40)]
    replies = [mail.reply(f"reader{n}@example.net") for n in range(3)]
    dovecot_user.put_many("INBOX", [*earlier, *bounces[:20], bounces[3], replies[0],
                                    *bounces[20:], *replies])
    port = dovecot.imap_port if protocol == "imap" else dovecot.pop3_port
    proxy = CutProxy(port, cut_after=30_000)  # in the third chunk; the retry carries on
    try:
        report = run_collect(settings_for(dovecot, dovecot_user, protocol, port=proxy.port),
                             dovecot_user.password, retry_count=1, chunk_size=10)
    finally:
        proxy.stop()
    assert (proxy.cuts, report.connection_attempts) == (1, 2)
    assert report.messages_read == 5 + 40 + 3 + 2 == report.bucket_total()
    assert (report.recorded, report.others_recorded, report.already_recorded,
            report.copies) == (40, 3, 5, 2)
    assert report.hard_bounces == 40
    assert report.mailbox_total() == report.messages_read
    assert report.deleted == 5 + 40 + 1
    assert report.left_in_place == report.non_bounces_left == dovecot_user.count("INBOX") == 4
    assert "Messages read: 50" in report_lines(report)


def _with_long_header(raw: bytes, length: int) -> bytes:
    line = b"X-Long-Header: " + b"x" * length + b"\r\n"
    return raw.replace(b"MIME-Version:", line + b"MIME-Version:", 1)


@pytest.mark.parametrize("protocol", ["imap", "pop3"])
def test_a_3_kb_and_a_2_mb_header_line_are_read_and_the_rest_of_the_mailbox_processed(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent, protocol: str
) -> None:
    messages = [mail.dsn("ann@example.org"),
                _with_long_header(mail.dsn("bob@example.org"), 3_000),
                _with_long_header(mail.dsn("cy@example.org"), 2_000_000),
                *(mail.dsn(f"person{n}@example.org") for n in range(5))]
    dovecot_user.put_many("INBOX", messages)
    report = run_collect(settings_for(dovecot, dovecot_user, protocol), dovecot_user.password)
    assert report.messages_read == 8 == report.bucket_total()
    assert report.errors == []
    assert {b.email for b in Bounce.select()} >= {"ann@example.org", "bob@example.org",
                                                  "cy@example.org"}
    assert report.deleted == 8 and dovecot_user.count("INBOX") == 0
    again = run_collect(settings_for(dovecot, dovecot_user, protocol), dovecot_user.password)
    assert again.messages_read == 0


def test_over_pop3_a_line_beyond_the_limit_skips_that_message_only_and_says_so(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(connect, "POP3_MAX_LINE", 1024 * 1024)  # the 2 MB line is beyond it
    messages = [_with_long_header(mail.dsn("cy@example.org"), 2_000_000),
                *(mail.dsn(f"person{n}@example.org") for n in range(5))]
    dovecot_user.put_many("INBOX", messages)
    report = run_collect(settings_for(dovecot, dovecot_user, "pop3"), dovecot_user.password)
    assert report.messages_read == report.deleted == 5
    assert [note_text(from_value(e)) for e in report.errors] == [
        "message 1: a line longer than 1 MB; left in the mailbox, not read"]
    [left] = dovecot_user.messages("INBOX")
    assert b"cy@example.org" in left


@pytest.mark.parametrize(("bounce_address", "case"), [
    ("news-bounces@shop.example", str), ("news-bounces@shop.example", str.upper),
    ("news+bounces@shop.example", str), ("news@shop.example", str),
    ("returns+list@shop.example", str.lower), ("MyBounces@Shop.Example", str.upper),
])
def test_a_verp_bounce_finds_its_item_whatever_the_bounce_address(
    dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run, sent: Sent,
    bounce_address: str, case: Callable[[str], str],
) -> None:
    # The envelope sender as the campaign renderer builds it, returned by the remote MTA
    # (some change the address's case) to a failed recipient that names nobody we know: only
    # the VERP token can tell which item bounced.
    profile = SmtpProfile(name="p", host="smtp.shop.example", from_address="news@shop.example",
                          bounce_address=bounce_address, use_verp=True)
    renderer = MessageRenderer(MessageSpec("s", "", "news@shop.example", text_body="x"),
                               profile, None)
    token = sent.tokens["bob@example.org"]
    returned_to = case(renderer.envelope_from(token))
    raw = mail.dsn("forwarded-bob@elsewhere.example").replace(
        b"To: bounces@news.example.com", f"To: <{returned_to}>".encode(), 1)
    dovecot_user.put("INBOX", raw)
    run_collect(settings_for(dovecot, dovecot_user), dovecot_user.password)
    [bounce] = store.list_bounces()
    assert (bounce.matched_by, bounce.email, bounce.campaign_id) == (
        "tracking", "bob@example.org", sent.campaign_id)
