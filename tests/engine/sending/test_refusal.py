"""A 5xx at send time counts like a bounce: the same rules and audit trail, against a real
aiosmtpd server, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from engine.cli.words import note_text as words
from engine.clock import FakeClock
from engine.collecting.job import process_bounce_email
from engine.config import BounceMailbox, BounceSettings
from engine.jobs import JobContext, run_to_end
from engine.notes import note
from engine.sending.outbound import queue_autoresponders, queue_test_send, send_outbound
from engine.storage import audience, autoresponders, repo, suppressions, unsubscribes
from engine.storage.autoresponders import AutoresponderDraft
from engine.storage.models import Bounce, CampaignItem, OutboundEmail, Subscription
from tests.engine.collecting import mail
from tests.engine.sending.conftest import (
    add_contacts,
    make_campaign,
    profile_for,
    send,
    start_campaign,
)


@pytest.fixture
def database_url(any_database: str) -> str:
    return any_database


pytestmark = pytest.mark.usefixtures("database_url")


def send_new_campaign(name: str, profile: Any, ctx: JobContext) -> dict[str, Any]:
    start_campaign(make_campaign(profile, name=name), ctx)
    return send(ctx)


def test_a_hard_5xx_at_send_time_suppresses_the_address_like_a_collected_hard_bounce(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server(replies={"person1@example.org": "550 5.1.1 No such user"})
    profile = profile_for(server)
    add_contacts("Newsletter", 3)
    ctx = context(profile)
    send_new_campaign("First", profile, ctx)
    [bounce] = Bounce.select()
    assert (bounce.email, bounce.kind, bounce.counted) == ("person1@example.org", "hard", True)
    assert words(bounce.outcome) == "hard bounce: suppressed at once"
    record = suppressions.get("person1@example.org")
    assert record is not None
    assert (record.reason, record.code, record.source) == (
        "hard_bounce", "5.1.1", "SMTP reply at sending")
    [event] = suppressions.events("person1@example.org")
    assert event.actor == "sending"
    assert words(event.reason).startswith("one hard bounce stops sending to an address")
    clock.advance(days=1)
    report = send_new_campaign("Second", profile, ctx)
    assert report["sent"] == 2
    [second] = CampaignItem.select().where((CampaignItem.email == "person1@example.org")
                                           & (CampaignItem.id > bounce.item_id))
    assert (second.state, second.exclude_reason) == ("excluded", "suppressed")


def test_with_the_cautious_setting_send_time_hard_5xx_count_toward_the_threshold(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    repo.save_setting(BounceSettings(count_hard_bounces=True))
    repo.save_mailbox(BounceMailbox(bounce_threshold=2))
    server = smtp_server(replies={"person1@example.org": "550 5.1.1 No such user"})
    profile = profile_for(server)
    add_contacts("Newsletter", 2)
    ctx = context(profile)
    for name in ("First", "Second", "Third", "Fourth"):
        send_new_campaign(name, profile, ctx)
        clock.advance(days=1)
    outcomes = [words(b.outcome) for b in Bounce.select().order_by(Bounce.id)]
    assert outcomes == ["counted 1 of 2", "counted 2 of 2; suppressed"]
    assert suppressions.get("person1@example.org") is not None
    tried = CampaignItem.select().where((CampaignItem.email == "person1@example.org")
                                        & (CampaignItem.state == "failed")).count()
    assert tried == 2


def test_a_soft_5xx_at_send_time_counts_once_its_resends_ran_out(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    repo.save_setting(BounceSettings(soft_retry_count=1, soft_retry_interval_minutes=60))
    server = smtp_server(replies={"person0@example.org": "552 5.2.2 Mailbox full"})
    profile = profile_for(server)
    add_contacts("Newsletter", 1)
    ctx = context(profile)
    send_new_campaign("First", profile, ctx)
    item = CampaignItem.get(CampaignItem.email == "person0@example.org")
    assert item.state == "deferred"
    clock.advance(hours=2)
    send(ctx)
    first, second = Bounce.select().order_by(Bounce.id)
    assert (first.counted, second.counted) == (False, True)
    assert words(first.outcome).startswith("re-send 1 of 1 after ")
    assert words(second.outcome) == "re-sends used up; counted 1 of 3"
    assert CampaignItem.get_by_id(item.id).state == "failed"


def test_refusals_at_sending_and_collected_bounces_count_toward_one_threshold(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
    tmp_path: Path,
) -> None:
    repo.save_setting(BounceSettings(count_hard_bounces=True))
    repo.save_mailbox(BounceMailbox(bounce_threshold=2))
    server = smtp_server(replies={"person0@example.org": "550 5.1.1 No such user"})
    profile = profile_for(server)
    add_contacts("Newsletter", 1)
    ctx = context(profile)
    send_new_campaign("First", profile, ctx)
    clock.advance(days=1)
    (tmp_path / "bounce.eml").write_bytes(mail.dsn("person0@example.org"))
    report = run_to_end(process_bounce_email(ctx, paths=[str(tmp_path)]))
    assert report["newly_suppressed"] == ["person0@example.org"]
    outcomes = [(b.matched_by, words(b.outcome)) for b in Bounce.select().order_by(Bounce.id)]
    assert outcomes == [("sending", "counted 1 of 2"), ("address", "counted 2 of 2; suppressed")]


# --- single messages: autoresponders count like campaign messages, test sends do not ---------


def queue_welcome(profile: Any, clock: FakeClock, ctx: JobContext,
                  address: str = "new@example.org") -> int:
    """An autoresponder on Newsletter and a contact who joined after it: its message queued.
    The contact's id."""
    mailing = audience.get_list("Newsletter") or audience.create_list("Newsletter")
    autoresponders.save_autoresponder(AutoresponderDraft(
        "Welcome", "Newsletter", profile.name, delay_minutes=0,
        subject="Welcome {{first_name|friend}}", text_body="Glad you joined."),
        now=clock.now().replace(tzinfo=None))
    clock.advance(minutes=1)
    contact = audience.save_contact(address, "Nina", list_ids=[mailing.id])
    Subscription.update(subscribed_at=clock.now().replace(tzinfo=None)).where(
        Subscription.contact == contact.id).execute()
    clock.advance(minutes=1)
    assert run_to_end(queue_autoresponders(ctx))["queued"] == 1
    return int(contact.id)


def test_a_hard_5xx_to_an_autoresponder_suppresses_the_address_like_a_collected_hard_bounce(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server(replies={"new@example.org": "550 5.1.1 No such user"})
    profile = profile_for(server)
    ctx = context(profile)
    contact_id = queue_welcome(profile, clock, ctx)
    report = run_to_end(send_outbound(ctx))
    assert report["failed"] == 1
    [bounce] = Bounce.select()
    assert (bounce.email, bounce.kind, bounce.status, bounce.counted, bounce.matched_by) == (
        "new@example.org", "hard", "5.1.1", True, "single")
    assert words(bounce.outcome) == "hard bounce: suppressed at once"
    assert (bounce.campaign_id, bounce.item_id, bounce.contact_id) == (None, None, contact_id)
    assert bounce.message.source == "SMTP reply at sending"
    record = suppressions.get("new@example.org")
    assert record is not None
    assert (record.reason, record.code, record.source) == (
        "hard_bounce", "5.1.1", "SMTP reply at sending")
    [event] = suppressions.events("new@example.org")
    assert event.actor == "sending"
    assert words(event.reason).startswith("one hard bounce stops sending to an address")
    assert OutboundEmail.get().state == "failed"
    # the next campaign to the list leaves the address out
    start_campaign(make_campaign(profile, name="First", text_body="Hello",
                                 html_body="<p>Hello</p>"), ctx)
    item = CampaignItem.get(CampaignItem.email == "new@example.org")
    assert (item.state, item.exclude_reason) == ("excluded", "suppressed")


def test_a_soft_5xx_to_an_autoresponder_is_resent_then_counts_once_its_resends_ran_out(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    repo.save_setting(BounceSettings(soft_retry_count=1, soft_retry_interval_minutes=60))
    server = smtp_server(replies={"new@example.org": "552 5.2.2 Mailbox full"})
    profile = profile_for(server)
    ctx = context(profile)
    queue_welcome(profile, clock, ctx)
    assert run_to_end(send_outbound(ctx))["deferred"] == 1
    row = OutboundEmail.get()
    assert row.state == "deferred"
    assert row.next_attempt_at == clock.now().replace(tzinfo=None) + timedelta(minutes=60)
    clock.advance(minutes=30)
    assert run_to_end(send_outbound(ctx))["sent"] == 0  # not due yet: nothing tried
    assert Bounce.select().count() == 1
    clock.advance(minutes=31)
    assert run_to_end(send_outbound(ctx))["failed"] == 1
    first, second = Bounce.select().order_by(Bounce.id)
    assert (first.counted, second.counted) == (False, True)
    assert words(first.outcome).startswith("re-send 1 of 1 after ")
    assert words(second.outcome) == "re-sends used up; counted 1 of 3"
    assert OutboundEmail.get().state == "failed"
    assert suppressions.get("new@example.org") is None  # 1 of 3: not yet


def test_a_refused_test_send_is_not_a_bounce_and_suppresses_nothing(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server(replies={"me@example.com": "550 5.1.1 No such user",
                                  "full@example.com": "552 5.2.2 Mailbox full"})
    profile = profile_for(server)
    add_contacts("Newsletter", 1)
    ctx = context(profile)
    campaign = make_campaign(profile)
    queue_test_send(campaign.id, ["me@example.com", "full@example.com"], contact_email=None,
                    ctx=ctx)
    report = run_to_end(send_outbound(ctx))
    assert (report["failed"], report["deferred"]) == (2, 0)
    errors = {r.to_address: (r.state, words(r.last_error)) for r in OutboundEmail.select()}
    assert errors["me@example.com"][0] == "failed"
    assert "5.1.1 No such user" in errors["me@example.com"][1]
    assert errors["full@example.com"][0] == "failed"  # not re-sent hours later either
    assert "5.2.2 Mailbox full" in errors["full@example.com"][1]
    assert Bounce.select().count() == 0
    assert suppressions.get("me@example.com") is None
    assert suppressions.get("full@example.com") is None


def test_an_autoresponder_resend_is_not_sent_to_an_address_suppressed_meanwhile(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    repo.save_setting(BounceSettings(soft_retry_count=2, soft_retry_interval_minutes=60))
    server = smtp_server(replies={"new@example.org": "552 5.2.2 Mailbox full"})
    profile = profile_for(server)
    ctx = context(profile)
    queue_welcome(profile, clock, ctx)
    run_to_end(send_outbound(ctx))
    assert OutboundEmail.get().state == "deferred"
    suppressions.suppress("new@example.org", "manual", actor="user",
                          why=note("by_user", text="asked by phone"),
                          at=clock.now().replace(tzinfo=None))
    server.replies.clear()  # it would be accepted now
    clock.advance(hours=2)
    report = run_to_end(send_outbound(ctx))
    assert (report["sent"], report["excluded"]) == (0, 1)
    row = OutboundEmail.get()
    assert (row.state, words(row.last_error)) == (
        "failed", "Not sent: the address is on the suppressed list.")
    assert server.messages == []
    assert Bounce.select().count() == 1  # the first refusal only


def test_an_autoresponder_resend_is_not_sent_to_someone_who_left_its_list_meanwhile(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    repo.save_setting(BounceSettings(soft_retry_count=2, soft_retry_interval_minutes=60))
    server = smtp_server(replies={"new@example.org": "552 5.2.2 Mailbox full"})
    profile = profile_for(server)
    ctx = context(profile)
    queue_welcome(profile, clock, ctx)
    run_to_end(send_outbound(ctx))
    newsletter = audience.get_list("Newsletter")
    assert newsletter is not None
    unsubscribes.unsubscribe_from_list("new@example.org", newsletter.id, source="phone",
                                       at=clock.now().replace(tzinfo=None), scope="campaign")
    server.replies.clear()  # it would be accepted now
    clock.advance(hours=2)
    report = run_to_end(send_outbound(ctx))
    assert (report["sent"], report["excluded"]) == (0, 1)
    assert words(OutboundEmail.get().last_error) == "Not sent: the person unsubscribed."
    assert server.messages == []
