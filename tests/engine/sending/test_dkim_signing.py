"""Campaign and test sends of a profile that signs: every message arrives signed, and a profile
whose key is missing sends nothing rather than sending unsigned."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import dkim
import pytest

from engine.clock import FakeClock
from engine.config import DkimAlgorithm, Footers, SmtpProfile
from engine.errors import ConfigError
from engine.jobs import JobContext, run_to_end
from engine.mail.dkim import generate_key
from engine.sending.outbound import queue_test_send, send_outbound
from engine.sending.test_email import send_test_email
from engine.storage import repo
from engine.storage.models import CampaignItem
from tests.engine.mail.test_dkim import published
from tests.engine.sending.conftest import (
    PASSWORD,
    add_contacts,
    make_campaign,
    profile_for,
    send,
    start_campaign,
)

pytestmark = pytest.mark.usefixtures("database_url")


def signing_profile(server: Any, algorithm: DkimAlgorithm) -> SmtpProfile:
    repo.save_setting(Footers(unsubscribe_url_template="https://shop.example/u/{{token}}"))
    return profile_for(server, dkim_enabled=True, dkim_domain="shop.example",
                       dkim_selector="news1", dkim_algorithm=algorithm, max_connections=2)


def signed_headers(data: bytes) -> list[bytes]:
    head = data.split(b"\r\n\r\n")[0].replace(b"\r\n\t", b"").replace(b"\r\n ", b"")
    line = next(h for h in head.split(b"\r\n") if h.lower().startswith(b"dkim-signature:"))
    tags = dict(dkim.util.parse_tag_value(line.split(b":", 1)[1]))
    return tags[b"h"].replace(b" ", b"").split(b":")


@pytest.mark.parametrize("algorithm", ["rsa", "ed25519"])
def test_every_campaign_message_arrives_with_a_signature_dns_verifies(
    smtp_server: Callable[..., Any], dns_server: Callable[..., Any], clock: FakeClock,
    algorithm: DkimAlgorithm,
) -> None:
    private, public = generate_key(algorithm)
    dnsfunc = published(dns_server, "news1", public)
    server = smtp_server()
    profile = signing_profile(server, algorithm)
    add_contacts("Newsletter", 6)
    campaign = make_campaign(profile)
    ctx = JobContext(clock=clock, passwords={profile.key: PASSWORD,
                                             profile.dkim_secret_key: private})
    start_campaign(campaign, ctx)
    assert send(ctx)["sent"] == 6
    messages = server.wait_for(6)
    assert all(dkim.verify(m.data, dnsfunc=dnsfunc) for m in messages)
    assert all(b"list-unsubscribe" in signed_headers(m.data) and
               b"list-unsubscribe-post" in signed_headers(m.data) for m in messages)
    tampered = messages[0].data.replace(b"Subject: Hello", b"Subject: Hallo")
    assert tampered != messages[0].data
    assert not dkim.verify(tampered, dnsfunc=dnsfunc)


def test_a_test_send_of_a_signing_profile_arrives_signed(
    smtp_server: Callable[..., Any], dns_server: Callable[..., Any], clock: FakeClock,
) -> None:
    private, public = generate_key("ed25519")
    dnsfunc = published(dns_server, "news1", public)
    server = smtp_server()
    profile = signing_profile(server, "ed25519")
    add_contacts("Newsletter", 1)
    campaign = make_campaign(profile)
    ctx = JobContext(clock=clock, passwords={profile.key: PASSWORD,
                                             profile.dkim_secret_key: private})
    queue_test_send(campaign.id, ["me@example.com"], contact_email="person0@example.org",
                    ctx=ctx)
    assert run_to_end(send_outbound(ctx))["sent"] == 1
    assert dkim.verify(server.wait_for(1)[0].data, dnsfunc=dnsfunc)


def test_a_signing_profile_without_its_key_sends_nothing_and_says_why(
    smtp_server: Callable[..., Any], clock: FakeClock,
) -> None:
    server = smtp_server()
    profile = signing_profile(server, "rsa")
    add_contacts("Newsletter", 3)
    campaign = make_campaign(profile)
    ctx = JobContext(clock=clock, passwords={profile.key: PASSWORD})
    start_campaign(campaign, ctx)
    with pytest.raises(ConfigError) as raised:
        send(ctx)
    assert raised.value.note().code == "dkim_key_missing"
    assert raised.value.note().params == {"profile": profile.name}
    assert server.messages == []
    assert {i.state for i in CampaignItem.select()} == {"queued"}


def test_once_the_key_is_there_the_waiting_items_go_signed(
    smtp_server: Callable[..., Any], clock: FakeClock,
) -> None:
    server = smtp_server()
    profile = signing_profile(server, "ed25519")
    add_contacts("Newsletter", 2)
    campaign = make_campaign(profile)
    start_campaign(campaign, JobContext(clock=clock, passwords={profile.key: PASSWORD}))
    with pytest.raises(ConfigError):
        send(JobContext(clock=clock, passwords={profile.key: PASSWORD}))
    private, _ = generate_key("ed25519")
    assert send(JobContext(clock=clock, passwords={
        profile.key: PASSWORD, profile.dkim_secret_key: private}))["sent"] == 2
    assert all(m.data.startswith(b"DKIM-Signature:") for m in server.wait_for(2))


def test_the_profile_pages_test_email_is_signed_and_refused_without_the_key(
    smtp_server: Callable[..., Any], dns_server: Callable[..., Any],
) -> None:
    private, public = generate_key("rsa")
    dnsfunc = published(dns_server, "news1", public)
    server = smtp_server()
    profile = signing_profile(server, "rsa")
    with pytest.raises(ConfigError):
        send_test_email(profile, None, "me@example.com", Footers())
    assert server.messages == []
    send_test_email(profile, None, "me@example.com", Footers(), dkim_key=private)
    assert dkim.verify(server.wait_for(1)[0].data, dnsfunc=dnsfunc)
