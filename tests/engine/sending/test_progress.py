"""Where a campaign stands: the providers its messages still to go are slowed down for."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from engine.jobs import JobContext
from engine.sending.pacing import RECOVER_EVERY
from engine.sending.progress import SlowedProvider, campaign_progress
from engine.sending.provider_pace import ProviderPacer
from engine.sending.receivers import preset_paces
from engine.storage import repo
from engine.storage.models import Campaign, CampaignItem
from engine.storage.transactions import transaction
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for, start_campaign

pytestmark = pytest.mark.usefixtures("database_url")

NOW = datetime(2026, 12, 3, 14, 2)


class _Server:
    host, port, tls, auth = "127.0.0.1", 2525, "none", None


def ready_campaign(context: Callable[..., JobContext]) -> tuple[int, int]:
    """A campaign ready to send to three Gmail recipients: (campaign id, profile id)."""
    profile = profile_for(_Server())
    add_contacts("Newsletter", 3, domain="gmail.com")
    campaign = make_campaign(profile)
    start_campaign(campaign, context(profile))
    profile_id = repo.profile_id(profile.key)
    assert profile_id is not None
    return campaign.id, profile_id


def throttle(profile_id: int, provider: str, times: int, at: datetime) -> None:
    pacer = ProviderPacer(profile_id, preset_paces())
    for _ in range(times):
        with transaction():
            pacer.throttled(provider, at)


def test_the_progress_names_each_provider_slowed_down_with_its_pace_and_replies(
    context: Callable[..., JobContext],
) -> None:
    campaign_id, profile_id = ready_campaign(context)
    throttle(profile_id, "google", 2, NOW)
    progress = campaign_progress(campaign_id, NOW)
    assert progress is not None
    assert progress.slowed == (SlowedProvider("google", 0.25, 2, NOW),)


def test_a_provider_whose_pace_recovered_is_no_longer_named(
    context: Callable[..., JobContext],
) -> None:
    campaign_id, profile_id = ready_campaign(context)
    throttle(profile_id, "google", 1, NOW)
    # halved, it is full again after four quiet intervals (1.25^4 > 2)
    progress = campaign_progress(campaign_id, NOW + 4 * RECOVER_EVERY)
    assert progress is not None
    assert progress.slowed == ()


def test_a_campaign_with_nothing_left_to_send_names_no_slowed_provider(
    context: Callable[..., JobContext],
) -> None:
    campaign_id, profile_id = ready_campaign(context)
    throttle(profile_id, "google", 1, NOW)
    CampaignItem.update(state="sent").execute()
    Campaign.update(status="completed").execute()
    progress = campaign_progress(campaign_id, NOW)
    assert progress is not None
    assert progress.slowed == ()


def yahoo_campaign(context: Callable[..., JobContext], count: int) -> tuple[int, int]:
    profile = profile_for(_Server())
    add_contacts("Newsletter", count, domain="yahoo.com")
    campaign = make_campaign(profile)
    start_campaign(campaign, context(profile))
    profile_id = repo.profile_id(profile.key)
    assert profile_id is not None
    return campaign.id, profile_id


def test_the_forecast_waits_for_the_slowest_providers_pace(
    context: Callable[..., JobContext],
) -> None:
    # Yahoo's preset takes 60 a minute: 120 messages wait a minute, not the profile's 15 s
    campaign_id, _profile_id = yahoo_campaign(context, 120)
    progress = campaign_progress(campaign_id, NOW)
    assert progress is not None and progress.forecast is not None
    assert (progress.forecast.finish_at - NOW.replace(tzinfo=UTC)).total_seconds() >= 60


def test_a_slowed_provider_stretches_the_forecast(context: Callable[..., JobContext]) -> None:
    campaign_id, profile_id = yahoo_campaign(context, 120)
    full = campaign_progress(campaign_id, NOW)
    throttle(profile_id, "yahoo", 2, NOW)  # a quarter of the pace: 15 a minute
    slowed = campaign_progress(campaign_id, NOW)
    assert full is not None and full.forecast is not None
    assert slowed is not None and slowed.forecast is not None
    assert (slowed.forecast.finish_at - NOW.replace(tzinfo=UTC)).total_seconds() >= 7 * 60
    assert slowed.forecast.finish_at > full.forecast.finish_at
