"""Bounces naming no failed recipient of ours: kept in the mailbox and listed for the user, who
assigns the address they are about (counted like any bounce) or dismisses them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from engine.bounces.codes import BounceCodeTable
from engine.cli.words import note_text as words
from engine.clock import FakeClock
from engine.collecting import review
from engine.collecting.collect import collect
from engine.collecting.job import mailbox_source
from engine.collecting.record import Rules, our_addresses
from engine.collecting.report import CollectReport
from engine.config import BounceMailbox, SmtpProfile
from engine.errors import ConfigError
from engine.jobs import CancelToken, run_to_end
from engine.notes import load
from engine.storage import bounces as store
from engine.storage import reviews, suppressions
from engine.storage.models import Bounce, BounceMessage
from tests.engine.collecting import mail
from tests.engine.collecting.conftest import Collect, Sent
from tests.engine.collecting.test_collect import Run, settings_for
from tests.servers.dovecot import DovecotServer, MailUser


@pytest.fixture
def collect_mailbox(clock: FakeClock, database_url: str) -> Run:
    """``collect_mailbox(mailbox, password, **rules)``: one collection from Dovecot."""
    def run(mailbox: BounceMailbox, password: str, **rules: object) -> CollectReport:
        values: dict[str, object] = {"threshold": mailbox.bounce_threshold}
        values.update(rules)
        return run_to_end(collect(
            mailbox_source(mailbox, password, timeout=5), rules=Rules(**values),  # type: ignore[arg-type]
            table=BounceCodeTable.default(), clock=clock, token=CancelToken(), retry_count=0))

    return run


def nobody_named(n: int = 1) -> bytes:
    """A hard bounce whose only failed recipient is not an address (``@mx.example.org``)."""
    return mail.dsn("@mx.example.org").replace(b"#", f"no-recipient-{n} #".encode(), 1)


def huge_header_nobody_named() -> bytes:
    """The same, with a 2 MB header line ahead of everything."""
    return b"X-Padding: " + b"x" * 2_000_000 + b"\r\n" + nobody_named(99)


def test_a_bounce_naming_no_recipient_stays_in_the_mailbox_and_is_listed_once_after_two_runs(
    dovecot: DovecotServer, dovecot_user: MailUser, collect_mailbox: Run, sent: Sent
) -> None:
    dovecot_user.put_many("INBOX", [nobody_named(), huge_header_nobody_named(),
                                    mail.dsn("ann@example.org")])
    mailbox = settings_for(dovecot, dovecot_user)

    first = collect_mailbox(mailbox, dovecot_user.password)
    assert (first.messages_read, first.hard_bounces, first.needs_review) == (3, 1, 2)
    assert first.deleted == 1
    assert dovecot_user.count("INBOX") == 2
    again = collect_mailbox(mailbox, dovecot_user.password)
    assert (again.messages_read, again.already_recorded, again.deleted) == (2, 2, 0)

    assert dovecot_user.count("INBOX") == 2
    listed = reviews.list_reviews()
    assert len(listed) == 2
    assert {words(r.why) for r in listed} == {"no failed recipient found"}
    assert Bounce.select().count() == 1  # nothing counted for them
    assert all(review.message_text(r.id).startswith(("Return-Path", "X-Padding"))
               for r in listed)


def test_assigning_an_address_counts_it_by_the_rules_and_the_next_run_deletes_it(
    dovecot: DovecotServer, dovecot_user: MailUser, collect_mailbox: Run, sent: Sent,
    clock: FakeClock,
) -> None:
    dovecot_user.put("INBOX", nobody_named())
    mailbox = settings_for(dovecot, dovecot_user, bounce_threshold=1)
    collect_mailbox(mailbox, dovecot_user.password)
    [kept] = reviews.list_reviews()

    done = review.assign(kept.id, " Bob@Example.org ", rules=Rules(threshold=1),
                         table=BounceCodeTable.default(), now=clock.now())

    assert (done.address, done.kind, done.newly_suppressed) == (
        "bob@example.org", "hard", ("bob@example.org",))
    [bounce] = store.list_bounces()
    assert (bounce.email, bounce.status, bounce.counted, bounce.matched_by) == (
        "bob@example.org", "5.1.1", True, "address")
    assert bounce.campaign_id == sent.campaign_id
    assert (load(bounce.outcome),) == done.outcomes
    assert "suppressed" in words(bounce.outcome)
    record = suppressions.get("bob@example.org")
    assert record is not None and record.reason == "hard_bounce"
    assert [e.actor for e in suppressions.events("bob@example.org")] == ["user"]
    assert reviews.list_reviews() == []
    assert [r.state for r in reviews.list_reviews(state=None)] == ["assigned"]

    report = collect_mailbox(mailbox, dovecot_user.password)
    assert (report.already_recorded, report.deleted, report.needs_review) == (1, 1, 0)
    assert dovecot_user.count("INBOX") == 0
    assert Bounce.select().count() == 1  # not counted a second time


def test_dismissing_counts_nothing_and_the_next_run_removes_it(
    dovecot: DovecotServer, dovecot_user: MailUser, collect_mailbox: Run, sent: Sent,
    clock: FakeClock,
) -> None:
    dovecot_user.put("INBOX", nobody_named())
    mailbox = settings_for(dovecot, dovecot_user)
    collect_mailbox(mailbox, dovecot_user.password)
    [kept] = reviews.list_reviews()

    review.dismiss(kept.id, now=clock.now())

    assert reviews.list_reviews() == []
    report = collect_mailbox(mailbox, dovecot_user.password)
    assert report.deleted == 1 and dovecot_user.count("INBOX") == 0
    assert Bounce.select().count() == 0 and suppressions.get("bob@example.org") is None


def test_a_kept_bounce_moves_to_the_processed_folder_once_settled(
    dovecot: DovecotServer, dovecot_user: MailUser, collect_mailbox: Run, sent: Sent,
    clock: FakeClock,
) -> None:
    dovecot_user.put("INBOX", nobody_named())
    mailbox = settings_for(dovecot, dovecot_user, processed_action="move",
                           processed_folder="Processed")
    collect_mailbox(mailbox, dovecot_user.password)
    assert (dovecot_user.count("INBOX"), dovecot_user.count("Processed")) == (1, 0)
    review.dismiss(reviews.list_reviews()[0].id, now=clock.now())
    collect_mailbox(mailbox, dovecot_user.password)
    assert (dovecot_user.count("INBOX"), dovecot_user.count("Processed")) == (0, 1)


OUR_PROFILE = SmtpProfile(name="News", from_address="news@news.example.com",
                          reply_to="replies@news.example.com",
                          bounce_address="bounces@news.example.com")
OUR_MAILBOX = BounceMailbox(username="desk@mail.example.com",
                            bounce_address="bounces@news.example.com")


@pytest.mark.parametrize("ours", [
    "replies@news.example.com", "desk@mail.example.com", "bounces+c9.k1.abc@news.example.com",
    "NEWS@news.example.com",
])
def test_our_own_addresses_are_never_recorded_and_the_bounce_goes_to_review(
    sent: Sent, collect_files: Collect, ours: str
) -> None:
    own = our_addresses(OUR_MAILBOX, [OUR_PROFILE])
    raw = mail.dsn(ours).replace(b"From: News <news@news.example.com>", b"From: a@b.example")
    report = collect_files([raw], own_addresses=own)
    assert Bounce.select().count() == 0 and suppressions.get(ours.lower()) is None
    assert report.needs_review == 1
    [kept] = reviews.list_reviews()
    assert words(kept.why) == f"names only our own address: {ours.lower()}"


def test_a_bounce_naming_ours_and_a_reader_counts_only_the_reader(
    sent: Sent, collect_files: Collect
) -> None:
    raw = mail.dsn("ann@example.org").replace(
        b"Final-Recipient: rfc822; ann@example.org",
        b"Final-Recipient: rfc822; replies@news.example.com\r\nAction: failed\r\n"
        b"Status: 5.1.1\r\n\r\nFinal-Recipient: rfc822; ann@example.org")
    report = collect_files([raw], own_addresses=our_addresses(OUR_MAILBOX, [OUR_PROFILE]))
    assert [b.email for b in store.list_bounces()] == ["ann@example.org"]
    assert report.needs_review == 0 and reviews.list_reviews() == []


def test_a_kept_bounce_is_recorded_once_even_from_files_collected_twice(
    sent: Sent, collect_files: Collect
) -> None:
    raw = nobody_named()
    collect_files([raw])
    collect_files([raw])  # the same message (same identity) again
    assert len(reviews.list_reviews()) == 1
    assert BounceMessage.select().count() == 1


@pytest.mark.parametrize(("address", "words"), [
    ("not an address", "not a valid e-mail address"),
    ("@mx.example.org", "not a valid e-mail address"),
    ("replies@news.example.com", "one of your own addresses"),
    ("bounces+tok@news.example.com", "one of your own addresses"),
])
def test_assigning_a_wrong_address_is_refused_plainly_and_changes_nothing(
    sent: Sent, collect_files: Collect, clock: FakeClock, address: str, words: str
) -> None:
    collect_files([nobody_named()])
    [kept] = reviews.list_reviews()
    rules = Rules(own_addresses=our_addresses(OUR_MAILBOX, [OUR_PROFILE]))
    with pytest.raises(ConfigError, match=words):
        review.assign(kept.id, address, rules=rules, table=BounceCodeTable.default(),
                      now=clock.now())
    assert reviews.list_reviews() == [kept] and Bounce.select().count() == 0


def test_a_settled_bounce_cannot_be_settled_again(
    sent: Sent, collect_files: Collect, clock: FakeClock
) -> None:
    collect_files([nobody_named()])
    [kept] = reviews.list_reviews()
    review.dismiss(kept.id, now=clock.now())
    with pytest.raises(ConfigError, match="already dismissed"):
        review.assign(kept.id, "ann@example.org", rules=Rules(),
                      table=BounceCodeTable.default(), now=clock.now())
    with pytest.raises(ConfigError, match="no bounce 999"):
        review.dismiss(999, now=clock.now())


def test_the_saved_settings_give_our_addresses(database_url: str) -> None:
    from engine.storage import repo

    repo.save_profile(OUR_PROFILE)
    repo.save_mailbox(replace(OUR_MAILBOX, host="imap.example.com"))
    rules = review.saved_rules()
    assert all(rules.is_ours(a) for a in (
        "news@news.example.com", "replies@news.example.com", "bounces@news.example.com",
        "bounces+x.y@news.example.com", "desk@mail.example.com"))
    assert not rules.is_ours("ann@example.org")


def test_a_kept_bounce_moves_to_the_review_folder_named_and_is_listed_once(
    dovecot: DovecotServer, dovecot_user: MailUser, collect_mailbox: Run, sent: Sent
) -> None:
    dovecot_user.put_many("INBOX", [nobody_named(), mail.dsn("ann@example.org"), mail.reply()])
    mailbox = settings_for(dovecot, dovecot_user, review_folder="Needs review")

    report = collect_mailbox(mailbox, dovecot_user.password)

    assert (report.needs_review, report.review_moved, report.deleted) == (1, 1, 1)
    assert (dovecot_user.count("INBOX"), dovecot_user.count("Needs review")) == (1, 1)
    again = collect_mailbox(mailbox, dovecot_user.password)
    assert (again.messages_read, again.review_moved) == (1, 0)  # only the reply is left
    assert len(reviews.list_reviews()) == 1


def test_a_review_folder_is_refused_for_pop3() -> None:
    mailbox = BounceMailbox(protocol="pop3", host="pop.example.com", port=995,
                            username="u@example.com", review_folder="Needs review")
    assert "POP3 has no folders" in mailbox.validate()["review_folder"]
