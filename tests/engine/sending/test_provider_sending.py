"""Sending at each receiving provider's pace, against the real SMTP test server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from engine.clock import FakeClock
from engine.config import ProviderPace
from engine.jobs import JobContext, run_to_end
from engine.sending.receivers import dns_mx_lookup, preset_paces
from engine.sending.sender import send_campaigns
from engine.storage import pacing
from engine.storage.models import CampaignItem
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for, start_campaign
from tests.servers.dns import DnsServer
from tests.servers.smtp_sink import SinkProcess

pytestmark = pytest.mark.usefixtures("database_url")

THROTTLED = "421 4.7.28 Our system has detected an unusual rate of unsolicited mail"


def paces(**changes: ProviderPace) -> dict[str, ProviderPace]:
    return {**preset_paces(), **changes}


def by_state(provider: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for item in CampaignItem.select().where(CampaignItem.provider == provider):
        found[item.state] = found.get(item.state, 0) + 1
    return found


def send(ctx: JobContext, **kwargs: Any) -> dict[str, Any]:
    return run_to_end(send_campaigns(ctx, **kwargs))


def started(context: Callable[..., JobContext], server: Any, domain: str, count: int,
            others: int, **changes: Any) -> JobContext:
    """A campaign started to ``count`` recipients at ``domain`` and ``others`` at example.org,
    sent by a profile aimed at ``server`` (with ``changes``)."""
    profile = profile_for(server, **changes)
    add_contacts("Newsletter", count, domain=domain)
    add_contacts("Newsletter", others, domain="example.org", start=100)
    ctx = context(profile)
    start_campaign(make_campaign(profile), ctx)
    return ctx


def test_items_name_their_receiving_provider_when_they_are_made(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    profile = profile_for(smtp_server())
    for domain in ("gmail.com", "hotmail.com", "example.org"):
        add_contacts("Newsletter", 1, domain=domain, start=len(domain))
    start_campaign(make_campaign(profile), context(profile))
    assert {i.email.partition("@")[2]: i.provider for i in CampaignItem.select()} == {
        "gmail.com": "google", "hotmail.com": "microsoft", "example.org": "other"}


def test_a_company_domain_is_named_by_its_mx_from_the_dns_server(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
    dns_server: Callable[..., DnsServer],
) -> None:
    dns = dns_server({"greenleaf-tea.co": ["@ IN MX 1 aspmx.l.google.com."]})
    profile = profile_for(smtp_server())
    add_contacts("Newsletter", 2, domain="greenleaf-tea.co")
    start_campaign(make_campaign(profile),
                   context(profile, mx_lookup=dns_mx_lookup(dns.address, timeout=3)))
    assert {i.provider for i in CampaignItem.select()} == {"google"}


def test_a_provider_at_its_limit_waits_while_the_others_are_sent(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext], clock: FakeClock,
) -> None:
    server = smtp_server()
    ctx = started(context, server, "gmail.com", 6, 4, max_connections=2)
    three_a_minute = paces(google=ProviderPace(3, 0, 2, 100))
    report = send(ctx, paces=three_a_minute)
    assert by_state("google") == {"sent": 3, "queued": 3}
    assert by_state("other") == {"sent": 4}
    assert report["passed_over"] == {"google": 1}
    next_minute = clock.now().replace(second=0, microsecond=0) + timedelta(minutes=1)
    assert report["resume_at"] == next_minute.isoformat()
    clock.advance(minutes=1)
    send(ctx, paces=three_a_minute)
    assert by_state("google") == {"sent": 6}
    assert len(server.messages) == 10  # each once


def test_a_throttling_reply_slows_that_provider_and_no_other(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server(replies={"person1@gmail.com": THROTTLED})
    profile = profile_for(server)
    add_contacts("Newsletter", 3, domain="gmail.com")
    add_contacts("Newsletter", 3, domain="hotmail.com", start=10)
    ctx = context(profile)
    start_campaign(make_campaign(profile), ctx)
    report = send(ctx)
    assert report["throttled"] == {"google": 1}
    assert by_state("google") == {"sent": 2, "deferred": 1}
    assert by_state("microsoft") == {"sent": 3}
    stored = pacing.paces(CampaignItem.select().first().campaign.profile_id)
    assert set(stored) == {"google"}
    assert (stored["google"].factor, stored["google"].deferrals) == (0.5, 1)


def test_a_slowed_provider_is_held_to_its_lowered_limit(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server(replies={"person0@gmail.com": THROTTLED})
    profile = profile_for(server)
    add_contacts("Newsletter", 9, domain="gmail.com")
    ctx = context(profile)
    start_campaign(make_campaign(profile), ctx)
    # eight a minute, halved by the first reply: four a minute, the throttled one among them
    report = send(ctx, paces=paces(google=ProviderPace(8, 0, 1, 100)))
    assert by_state("google") == {"deferred": 1, "sent": 3, "queued": 5}
    assert report["passed_over"] == {"google": 1}



def send_with_gmail_on_one_connection(server: Any, context: Callable[..., JobContext]) -> None:
    """Eight Gmail recipients, then eight others, over four connections; Gmail's pace allows
    one connection."""
    ctx = started(context, server, "gmail.com", 8, 8, max_connections=4)
    send(ctx, paces=paces(google=ProviderPace(0, 0, 1, 100)))
    assert by_state("google") == {"sent": 8}
    assert by_state("other") == {"sent": 8}


def test_a_provider_capped_at_one_connection_gets_one_message_at_a_time_while_others_get_more(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    # a reply delay keeps each message open long enough for the connections' to overlap
    server = smtp_server(delay=0.05)
    send_with_gmail_on_one_connection(server, context)
    assert server.most_open_at_once["gmail.com"] == 1
    assert server.most_open_at_once["example.org"] > 1


def test_the_others_mail_lined_up_behind_a_capped_provider_goes_on_the_free_connections(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    server = smtp_server(delay=0.05)
    send_with_gmail_on_one_connection(server, context)
    arrived = [m.rcpt_tos[0].rpartition("@")[2] for m in server.messages]
    last = {domain: n for n, domain in enumerate(arrived)}
    # Gmail's eight go one after another; the others' are done long before, not after them
    assert last["example.org"] < last["gmail.com"]


def test_a_provider_with_no_minute_limit_is_slowed_to_half_of_what_it_answered_that_minute(
    smtp_sink: Callable[..., SinkProcess], context: Callable[..., JobContext], clock: FakeClock,
) -> None:
    # a provider that answers its seventh message "too fast", and every seventh after it
    sink = smtp_sink(throttle="yahoo.com:0:7")
    ctx = started(context, sink, "yahoo.com", 12, 3)
    unlimited = paces(yahoo=ProviderPace(0, 0, 1, 100))
    report = send(ctx, paces=unlimited)
    # seven answered in the minute: three a minute now, and this minute's places are taken
    assert by_state("yahoo") == {"sent": 6, "deferred": 1, "queued": 5}
    assert report["passed_over"] == {"yahoo": 1}
    assert by_state("other") == {"sent": 3}
    clock.advance(minutes=1)
    send(ctx, paces=unlimited)
    assert by_state("yahoo") == {"sent": 9, "deferred": 1, "queued": 2}
    assert sink.stop().throttled == 1
