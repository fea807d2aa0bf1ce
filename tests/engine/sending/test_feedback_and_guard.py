"""Gmail's Feedback-ID on every campaign message, and the sender's complaint guard, against
a real aiosmtpd server on 127.0.0.1."""

from __future__ import annotations

import email
import email.policy
import re
from collections.abc import Callable
from typing import Any

import pytest

from engine.collecting.record import Rules
from engine.config import ComplaintGuard, SmtpProfile
from engine.jobs import JobContext
from engine.storage import campaigns, complaints, repo
from engine.storage.campaigns import CampaignInfo
from engine.storage.models import CampaignItem
from tests.engine.complaint_support import complain
from tests.engine.sending import conftest as setup
from tests.engine.sending.conftest import profile_for, send

pytestmark = pytest.mark.usefixtures("database_url")

# Gmail: up to four colon-separated fields, none empty, the last the sender's identifier.
FEEDBACK_ID = re.compile(r"[A-Za-z0-9._-]+(:[A-Za-z0-9._-]+){1,3}\Z")


def sending(server: Any, context: Callable[..., JobContext], count: int,
            **profile: Any) -> tuple[CampaignInfo, SmtpProfile, JobContext]:
    """A campaign to ``count`` contacts, its items made, ready for the sender."""
    saved = profile_for(server, **profile)
    setup.add_contacts("Newsletter", count)
    campaign = setup.make_campaign(saved)
    ctx = context(saved)
    setup.start_campaign(campaign, ctx)
    return campaign, saved, ctx


def feedback_ids(server: Any, count: int) -> set[str]:
    return {str(email.message_from_bytes(m.data, policy=email.policy.default)["Feedback-ID"])
            for m in server.wait_for(count)}


def test_every_campaign_message_names_campaign_profile_and_sender_in_feedback_id(
        smtp_server: Callable[..., Any], context: Callable[..., JobContext]) -> None:
    server = smtp_server()
    campaign, profile, ctx = sending(server, context, 3)
    assert send(ctx)["sent"] == 3
    profile_id = repo.profile_id(profile.key)
    [value] = feedback_ids(server, 3)  # one value for the whole campaign
    assert value == f"c{campaign.id}:p{profile_id}:shop.example"  # the From address's domain
    assert FEEDBACK_ID.match(value)


def test_the_configured_sender_id_is_the_last_field(
        smtp_server: Callable[..., Any], context: Callable[..., JobContext]) -> None:
    repo.save_setting(ComplaintGuard(feedback_sender_id="shop-news"))
    server = smtp_server()
    campaign, _profile, ctx = sending(server, context, 1)
    send(ctx)
    [value] = feedback_ids(server, 1)
    assert value.endswith(":shop-news") and value.startswith(f"c{campaign.id}:")


def test_a_campaign_past_the_limit_is_paused_before_its_next_batch(
        smtp_server: Callable[..., Any], context: Callable[..., JobContext]) -> None:
    server = smtp_server()
    campaign, _profile, ctx = sending(server, context, 8, daily_limit=4)
    assert send(ctx)["sent"] == 4  # the day's quota: the rest wait
    # Complaints recorded under the default guard (1,000 delivered) paused nothing; then the
    # user lowers the minimum, and the sender's own check pauses it before the next batch.
    complain(campaign.id, 0)
    assert Rules().complaint_guard == ComplaintGuard()
    repo.save_setting(ComplaintGuard(minimum_delivered=4))
    repo.save_profile(profile_for(server, daily_limit=100))
    assert send(ctx)["sent"] == 0
    assert campaigns.status_of(campaign.id) == "paused"
    reason = complaints.pause_reason(campaign.id)
    assert reason is not None and reason.params == {
        "rate": 25.0, "limit": 0.3, "complaints": 1, "delivered": 4}
    assert CampaignItem.select().where((CampaignItem.campaign == campaign.id)
                                       & (CampaignItem.state == "queued")).count() == 4
    assert len(server.wait_for(4)) == 4
