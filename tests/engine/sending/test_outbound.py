"""Single messages: test sends and autoresponders, through the outbound job."""

from __future__ import annotations

import email
import email.policy
from collections.abc import Callable
from typing import Any

import pytest

from engine.clock import FakeClock
from engine.jobs import JobContext, run_to_end
from engine.sending.outbound import queue_autoresponders, queue_test_send, send_outbound
from engine.storage import audience, autoresponders
from engine.storage.autoresponders import AutoresponderDraft
from engine.storage.models import OutboundEmail
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for

pytestmark = pytest.mark.usefixtures("database_url")


def join_later(clock: FakeClock, email_address: str, first_name: str) -> None:
    """A minute on, someone joins the Newsletter list (after its autoresponder existed)."""
    from engine.storage.models import Subscription

    clock.advance(minutes=1)
    mailing = audience.get_list("Newsletter")
    assert mailing is not None
    contact = audience.save_contact(email_address, first_name, list_ids=[mailing.id])
    Subscription.update(subscribed_at=clock.now().replace(tzinfo=None)).where(
        Subscription.contact == contact.id).execute()


def test_a_test_send_arrives_rendered_for_the_chosen_contact(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 2)
    campaign = make_campaign(profile)
    ctx = context(profile)
    queue_test_send(campaign.id, ["me@example.com"], contact_email="person1@example.org",
                    ctx=ctx)
    report = run_to_end(send_outbound(ctx))
    assert report["sent"] == 1
    message = server.wait_for(1)[0]
    assert message.rcpt_tos == ("me@example.com",)
    parsed = email.message_from_bytes(message.data.replace(b"\r\n", b"\n"),
                                      policy=email.policy.default)
    assert parsed["Subject"] == "[Test] Hello First1"
    assert OutboundEmail.get().state == "sent"


def test_an_autoresponder_goes_once_after_its_delay_to_new_subscribers_only(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 1)  # joined before the autoresponder existed
    autoresponders.save_autoresponder(AutoresponderDraft(
        "Welcome", "Newsletter", profile.name, delay_minutes=30,
        subject="Welcome {{first_name|friend}}", text_body="Glad you joined, {{first_name}}."),
        now=clock.now().replace(tzinfo=None))
    join_later(clock, "new@example.org", "Nina")
    ctx = context(profile)
    assert run_to_end(queue_autoresponders(ctx))["queued"] == 0
    clock.advance(minutes=31)
    assert run_to_end(queue_autoresponders(ctx))["queued"] == 1
    assert run_to_end(queue_autoresponders(ctx))["queued"] == 0
    run_to_end(send_outbound(ctx))
    message = server.wait_for(1)[0]
    assert message.rcpt_tos == ("new@example.org",)
    assert b"Glad you joined, Nina." in message.data
    assert len(server.messages) == 1


def test_an_autoresponder_message_has_its_own_feedback_id_and_a_test_send_none(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    from engine.storage import repo

    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 1)
    campaign = make_campaign(profile)
    welcome = autoresponders.save_autoresponder(AutoresponderDraft(
        "Welcome", "Newsletter", profile.name, subject="Welcome", text_body="Hi."),
        now=clock.now().replace(tzinfo=None))
    join_later(clock, "new@example.org", "Nina")
    ctx = context(profile)
    assert run_to_end(queue_autoresponders(ctx))["queued"] == 1
    queue_test_send(campaign.id, ["me@example.com"], contact_email="person0@example.org",
                    ctx=ctx)
    run_to_end(send_outbound(ctx))
    by_rcpt = {m.rcpt_tos[0]: email.message_from_bytes(m.data, policy=email.policy.default)
               for m in server.wait_for(2)}
    assert by_rcpt["new@example.org"]["Feedback-ID"] == (
        f"a{welcome.id}:p{repo.profile_id(profile.key)}:shop.example")
    # a test send goes to the user: a complaint about it would say nothing of the list
    assert by_rcpt["me@example.com"]["Feedback-ID"] is None


def test_a_test_send_goes_while_the_send_window_is_closed(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    # the window is for campaigns: the marketer wants the test in their inbox now
    server = smtp_server()
    profile = profile_for(server, send_window=True, window_from="18:00",
                          window_until="20:00", window_zone="Europe/Rome")
    add_contacts("Newsletter", 1)
    ctx = context(profile)
    queue_test_send(make_campaign(profile).id, ["me@example.com"], contact_email=None, ctx=ctx)
    assert run_to_end(send_outbound(ctx))["sent"] == 1
    assert len(server.wait_for(1)) == 1
