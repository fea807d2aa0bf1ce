"""Building blocks for the sending tests: a profile aimed at a test server, a list, a campaign."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

import pytest

from engine.clock import FakeClock
from engine.config import SmtpProfile
from engine.jobs import JobContext, run_to_end
from engine.sending.generate import generate_items
from engine.sending.sender import send_campaigns
from engine.storage import audience, campaigns, repo
from engine.storage.campaigns import CampaignDraft, CampaignInfo

PASSWORD = "s3cret"


def profile_for(server: Any, **changes: Any) -> SmtpProfile:
    """A saved profile sending to ``server`` (an SmtpServer or a SinkProcess)."""
    tls = getattr(server, "tls", "none")
    auth = getattr(server, "auth", None)
    values: dict[str, Any] = {
        "name": "Test server", "host": server.host, "port": server.port,
        "security": {"none": "none", "starttls": "starttls", "implicit": "ssl"}[tls],
        "requires_auth": auth is not None, "username": auth[0] if auth else "",
        "from_name": "The Shop", "from_address": "news@shop.example",
        "bounce_address": "bounces@shop.example", "daily_limit": 10_000,
        "batch_size": 100, "batch_pause_seconds": 0, "max_connections": 1,
    }
    values.update(changes)
    profile = SmtpProfile(**values)
    existing = repo.get_profile(profile.name)
    if existing is not None:
        profile = dataclasses.replace(profile, key=existing.key)
    return repo.save_profile(profile)


def add_contacts(list_name: str, count: int, *, start: int = 0,
                 domain: str = "example.org") -> list[str]:
    mailing = audience.get_list(list_name) or audience.create_list(list_name)
    emails = []
    for n in range(start, start + count):
        email = f"person{n}@{domain}"
        audience.save_contact(email, f"First{n}", f"Last{n}", {"city": f"City{n}"},
                              list_ids=[mailing.id])
        emails.append(email)
    return emails


def make_campaign(profile: SmtpProfile, lists: tuple[str, ...] = ("Newsletter",),
                  **changes: Any) -> CampaignInfo:
    values: dict[str, Any] = {
        "name": "Spring sale", "subject": "Hello {{first_name|friend}}",
        "profile_name": profile.name, "list_names": lists,
        "text_body": "Dear {{first_name|there}} from {{city}},\nour spring sale starts now.\n",
        "html_body": "<html><body><p>Dear {{first_name|there}} from {{city}}</p></body></html>",
    }
    values.update(changes)
    return campaigns.save_campaign(CampaignDraft(**values))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def context(clock: FakeClock) -> Callable[..., JobContext]:
    def make(profile: SmtpProfile | None = None, **kwargs: Any) -> JobContext:
        passwords = {profile.key: PASSWORD} if profile else {}
        return JobContext(clock=clock, passwords=passwords, **kwargs)

    return make


def start_campaign(campaign: CampaignInfo, ctx: JobContext) -> dict[str, Any]:
    campaigns.prepare(campaign.id, send_when_ready=True)
    return run_to_end(generate_items(ctx))


def send(ctx: JobContext) -> dict[str, Any]:
    return run_to_end(send_campaigns(ctx))
