"""The sending job against a real aiosmtpd server on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from engine.bounces.codes import BounceCodeTable
from engine.cli.words import note_text as words
from engine.clock import FakeClock, SystemClock
from engine.collecting.collect import collect
from engine.collecting.record import Rules
from engine.collecting.sources import FileSource
from engine.errors import AuthError
from engine.jobs import CancelToken, JobContext, run_to_end
from engine.scheduler import jobs
from engine.sending.generate import mark_completed
from engine.sending.sender import send_campaigns
from engine.storage import campaigns
from engine.storage.models import Bounce, Campaign, CampaignItem, SendCounter
from tests.engine.collecting import mail
from tests.engine.sending.conftest import (
    PASSWORD,
    add_contacts,
    make_campaign,
    profile_for,
    send,
    start_campaign,
)

pytestmark = pytest.mark.usefixtures("database_url")


def parsed(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(  # type: ignore[return-value]
        data.replace(b"\r\n", b"\n"), policy=email.policy.default)


def states(campaign_id: int) -> dict[str, str]:
    return {i.email: i.state for i in
            CampaignItem.select().where(CampaignItem.campaign == campaign_id)}


def test_messages_arrive_over_starttls_with_auth_headers_footer_and_merge_fields(
    smtp_server: Callable[..., Any], tls_certificate: Any, context: Callable[..., JobContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_certificate.cert_path))
    server = smtp_server(tls="starttls", auth=("mailer", PASSWORD))
    profile = profile_for(server, host="localhost")
    add_contacts("Newsletter", 3)
    campaign = make_campaign(profile)
    ctx = context(profile)
    start_campaign(campaign, ctx)
    report = send(ctx)
    assert report["sent"] == 3
    received = server.wait_for(3)
    assert all(m.tls and m.login == "mailer" for m in received)
    by_rcpt = {m.rcpt_tos[0]: m for m in received}
    item = CampaignItem.get(CampaignItem.email == "person1@example.org")
    message = by_rcpt["person1@example.org"]
    assert message.mail_from == f"bounces+{item.token}@shop.example"
    mail = parsed(message.data)
    assert mail["Subject"] == "Hello First1"
    assert mail["X-Newsletter-Desk-Tracking"] == item.token
    assert mail["Message-ID"] == item.message_id
    text = mail.get_body(("plain",)).get_content()
    assert "Dear First1 from City1" in text
    assert f"subject=unsubscribe%20{item.token}" in text
    assert set(states(campaign.id).values()) == {"sent"}


def test_implicit_tls_is_used_when_the_profile_says_ssl(
    smtp_server: Callable[..., Any], tls_certificate: Any, context: Callable[..., JobContext],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_certificate.cert_path))
    server = smtp_server(tls="implicit", auth=("mailer", PASSWORD))
    profile = profile_for(server, host="localhost")
    add_contacts("Newsletter", 2)
    ctx = context(profile)
    start_campaign(make_campaign(profile), ctx)
    assert send(ctx)["sent"] == 2
    assert all(m.tls for m in server.wait_for(2))


def test_a_wrong_password_stops_the_job_and_sends_nothing(
    smtp_server: Callable[..., Any], clock: FakeClock,
) -> None:
    server = smtp_server(auth=("mailer", PASSWORD), auth_require_tls=False)
    profile = profile_for(server)
    add_contacts("Newsletter", 2)
    ctx = JobContext(clock=clock, passwords={profile.key: "wrong"})
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    with pytest.raises(AuthError):
        send(ctx)
    assert set(states(campaign.id).values()) == {"queued"}
    assert server.messages == []
    assert SendCounter.select().where(SendCounter.count > 0).count() == 0


def test_batches_have_the_profiles_size_and_pause_measured_at_the_server(
    smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server()
    profile = profile_for(server, batch_size=4, batch_pause_seconds=1)
    add_contacts("Newsletter", 10)
    ctx = JobContext(clock=SystemClock(), passwords={})
    start_campaign(make_campaign(profile), ctx)
    assert send(ctx)["sent"] == 10
    batches = server.connections()
    assert [len(b) for b in batches] == [4, 4, 2]
    for before, after in zip(batches, batches[1:], strict=False):
        assert after[0].received_at - before[-1].received_at >= 0.95


def test_the_daily_limit_stops_the_campaign_and_it_resumes_the_next_day(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server, daily_limit=5, batch_size=2)
    add_contacts("Newsletter", 12)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    first = send(ctx)
    assert first["sent"] == 5
    assert first["resume_at"] == "2026-01-06T00:00:00+00:00"
    assert send(ctx)["sent"] == 0  # still the same day: nothing more
    clock.advance(days=1)
    assert send(ctx)["sent"] == 5
    clock.advance(days=1)
    assert send(ctx)["sent"] == 2
    assert len(server.messages) == 12
    assert campaigns.item_counts(campaign.id).get("sent") == 12


def test_two_campaigns_on_one_profile_share_its_daily_limit(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server, daily_limit=6)
    add_contacts("Newsletter", 4)
    ctx = context(profile)
    start_campaign(make_campaign(profile, name="One"), ctx)
    start_campaign(make_campaign(profile, name="Two"), ctx)
    assert send(ctx)["sent"] == 6
    assert len(server.messages) == 6


def test_the_hourly_cap_holds_within_the_daily_rate(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server, daily_limit=100, hourly_limit=3)
    add_contacts("Newsletter", 5)
    ctx = context(profile)
    start_campaign(make_campaign(profile), ctx)
    report = send(ctx)
    assert report["sent"] == 3
    assert report["resume_at"] == "2026-01-05T10:00:00+00:00"
    clock.advance(hours=1)
    assert send(ctx)["sent"] == 2
    assert len(server.messages) == 5


def test_a_refusal_at_send_time_is_logged_with_the_same_reason_a_bounce_gets(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server(replies={
        "person1@example.org": "550 5.1.1 No such user",
        "person2@example.org": "552 5.2.2 Mailbox full",
    })
    profile = profile_for(server)
    add_contacts("Newsletter", 3)
    ctx = context(profile)
    start_campaign(make_campaign(profile), ctx)
    send(ctx)
    reasons = {b.email: b.reason for b in Bounce.select()}
    assert reasons == {"person1@example.org": "user_unknown",
                       "person2@example.org": "mailbox_full"}


def test_per_recipient_replies_give_sent_deferred_and_failed(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server(replies={
        "person1@example.org": "451 4.3.0 Try again later",
        "person2@example.org": "550 5.1.1 No such user",
        "person3@example.org": "552 5.2.2 Mailbox full",
        "person4@example.org": "421 4.7.0 Too busy, closing",
    })
    profile = profile_for(server)
    add_contacts("Newsletter", 6)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    report = send(ctx)
    assert (report["sent"], report["deferred"], report["failed"]) == (2, 3, 1)
    items = {i.email: i for i in CampaignItem.select()}
    assert items["person1@example.org"].state == "deferred"
    assert items["person1@example.org"].last_code == "451"
    assert items["person2@example.org"].state == "failed"
    assert items["person2@example.org"].last_code == "550"
    # mailbox full is soft: re-sent later like a soft bounce
    assert items["person3@example.org"].state == "deferred"
    assert items["person4@example.org"].state == "deferred"
    bounces = {b.email: b.kind for b in Bounce.select()}
    assert bounces == {"person2@example.org": "hard", "person3@example.org": "soft"}
    # the server recovers; deferred items go again once due, and only then
    server.replies.clear()
    assert send(ctx)["sent"] == 0
    clock.advance(hours=5)
    assert send(ctx)["sent"] == 3
    received = sorted(m.rcpt_tos[0] for m in server.messages)
    assert received == sorted(f"person{n}@example.org" for n in (0, 1, 3, 4, 5))


def quick_opener(timeout: float) -> Callable[..., Any]:
    """The default opener with a short client timeout, for servers that answer late."""
    from engine.sending.connect import open_smtp

    return lambda profile, password: (lambda: open_smtp(profile, password, timeout=timeout))


def received_by(server: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for message in server.messages:
        for rcpt in message.rcpt_tos:
            counts[rcpt] = counts.get(rcpt, 0) + 1
    return counts


@pytest.mark.parametrize("pipelining", [False, True])
@pytest.mark.parametrize("connections", [1, 2])
def test_a_line_cut_after_the_server_stored_the_message_leaves_it_uncertain_never_resent(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
    pipelining: bool, connections: int,
) -> None:
    server = smtp_server(drop_after=2, drop_at="stored", pipelining=pipelining)
    profile = profile_for(server, max_connections=connections)
    add_contacts("Newsletter", 5)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    report = send(ctx)
    assert server.dropped >= 1
    assert report["uncertain"] == server.dropped
    assert report["deferred"] == 0
    assert list(states(campaign.id).values()).count("uncertain") == server.dropped
    clock.advance(days=1)
    server.drop_after = None
    send(ctx)
    assert received_by(server) == {f"person{n}@example.org": 1 for n in range(5)}
    item = CampaignItem.get(CampaignItem.state == "uncertain")
    assert "may or may not" in words(item.last_error)


def test_a_reply_later_than_the_clients_timeout_leaves_the_message_uncertain(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server(data_reply_delay=3.0)
    profile = profile_for(server)
    add_contacts("Newsletter", 1)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    report = run_to_end(send_campaigns(ctx, opener_factory=quick_opener(1.0)))
    assert (report["uncertain"], report["deferred"], report["sent"]) == (1, 0, 0)
    server.data_reply_delay = 0.0
    clock.advance(days=1)
    run_to_end(send_campaigns(ctx, opener_factory=quick_opener(1.0)))
    assert received_by(server) == {"person0@example.org": 1}
    assert states(campaign.id) == {"person0@example.org": "uncertain"}


def test_a_line_cut_at_the_end_of_data_leaves_that_message_uncertain_and_the_rest_continue(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    # The body's end had left: whether the server kept it, the sender cannot know.
    server = smtp_server(drop_after=2)
    profile = profile_for(server)
    add_contacts("Newsletter", 5)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    report = send(ctx)
    assert (report["sent"], report["uncertain"], report["deferred"]) == (4, 1, 0)
    assert server.dropped == 1
    server.drop_after = None
    clock.advance(minutes=10)
    assert send(ctx)["sent"] == 0
    assert len(server.messages) == 4


@pytest.mark.parametrize("pipelining", [False, True])
def test_a_line_cut_before_the_body_was_sent_defers_the_message_and_it_goes_once_later(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
    pipelining: bool,
) -> None:
    server = smtp_server(drop_after=2, drop_at="rcpt", pipelining=pipelining)
    profile = profile_for(server)
    add_contacts("Newsletter", 5)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    report = send(ctx)
    assert (report["sent"], report["deferred"], report["uncertain"]) == (4, 1, 0)
    assert server.dropped == 1
    server.drop_after = None
    clock.advance(minutes=10)
    assert send(ctx)["sent"] == 1
    assert received_by(server) == {f"person{n}@example.org": 1 for n in range(5)}
    assert set(states(campaign.id).values()) == {"sent"}


def test_several_connections_share_a_batch(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server, max_connections=3)
    add_contacts("Newsletter", 12)
    ctx = context(profile)
    start_campaign(make_campaign(profile), ctx)
    assert send(ctx)["sent"] == 12
    assert len({m.connection for m in server.messages}) == 3
    assert sorted(m.rcpt_tos[0] for m in server.messages) == \
        sorted(f"person{n}@example.org" for n in range(12))


def test_pipelining_is_used_when_offered_and_outcomes_stay_right(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server(pipelining=True, replies={"person1@example.org": "550 5.1.1 Unknown"})
    profile = profile_for(server)
    add_contacts("Newsletter", 4)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    report = send(ctx)
    assert (report["sent"], report["failed"]) == (3, 1)
    assert states(campaign.id)["person1@example.org"] == "failed"


def test_suppressed_after_generation_is_excluded_at_send_time(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    from engine.storage.models import Suppression

    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 3)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    Suppression.create(email="person0@example.org", reason="manual")
    assert send(ctx)["excluded"] == 1
    item = CampaignItem.get(CampaignItem.email == "person0@example.org")
    assert (item.state, item.exclude_reason) == ("excluded", "suppressed")
    assert len(server.messages) == 2


def test_a_paused_campaign_sends_nothing_until_resumed(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 3)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    campaigns.pause(campaign.id)
    assert send(ctx)["sent"] == 0
    campaigns.resume(campaign.id)
    assert send(ctx)["sent"] == 3
    assert timedelta(0) == timedelta(0)
    assert len(server.messages) == 3


def test_a_soft_bounce_resend_goes_out_after_the_campaign_completed_and_it_stays_completed(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
    tmp_path: Path,
) -> None:
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 2)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    send(ctx)
    run_to_end(mark_completed(ctx))
    completed_at = Campaign.get_by_id(campaign.id).completed_at
    assert Campaign.get_by_id(campaign.id).status == "completed"
    # The bounce comes back after sending, as bounces do.
    token = CampaignItem.get(CampaignItem.email == "person0@example.org").token
    (tmp_path / "bounce.eml").write_bytes(mail.dsn("person0@example.org", "4.2.2",
                                                   tracking=token))
    run_to_end(collect(lambda: FileSource([tmp_path]),
                       rules=Rules(soft_retry_interval=timedelta(hours=4)),
                       table=BounceCodeTable.default(), clock=clock, token=CancelToken(),
                       retry_count=0))
    assert states(campaign.id)["person0@example.org"] == "deferred"
    sending = jobs.job("process_campaign_messages")
    assert not sending.has_work(ctx)  # not due yet
    clock.advance(hours=5)
    assert sending.has_work(ctx)
    assert send(ctx)["sent"] == 1
    assert received_by(server) == {"person0@example.org": 2, "person1@example.org": 1}
    run_to_end(mark_completed(ctx))
    record = Campaign.get_by_id(campaign.id)
    assert (record.status, record.completed_at) == ("completed", completed_at)
    assert set(states(campaign.id).values()) == {"sent"}
