"""Where a campaign stands: counts per state, the recent rate, and when it will finish.

Everything here is computed from the database and the clock, never from timers in memory,
so the figures are the same after a restart or a sleep of the machine.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import peewee as pw

from engine.sending import limits
from engine.sending.limits import Forecast
from engine.storage import campaigns, repo
from engine.storage.campaigns import ItemCounts
from engine.storage.models import Campaign, CampaignItem

RATE_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class CampaignProgress:
    status: str
    counts: ItemCounts
    per_minute: float  # messages sent per minute over the last ten minutes
    forecast: Forecast | None
    daily_limit: int
    used_today: int


def recent_rate(campaign_id: int, now: datetime) -> float:
    since = now - RATE_WINDOW
    sent = CampaignItem.select().where(
        (CampaignItem.campaign == campaign_id) & (CampaignItem.state == "sent")
        & (CampaignItem.sent_at >= since)).count()
    return float(sent) / (RATE_WINDOW.total_seconds() / 60)


def _ahead(campaign_id: int, profile_id: int) -> int:
    """Messages of earlier campaigns on the same profile: they go first."""
    earlier = Campaign.select(Campaign.id).where(
        (Campaign.profile == profile_id) & (Campaign.status == "sending")
        & (Campaign.id < campaign_id))
    return int(CampaignItem.select(pw.fn.COUNT(CampaignItem.id)).where(
        CampaignItem.campaign.in_(earlier)
        & CampaignItem.state.in_(("queued", "deferred", "sending"))).scalar() or 0)


def campaign_progress(campaign_id: int, now: datetime) -> CampaignProgress | None:
    """``now`` is naive UTC, as stored."""
    info = campaigns.get_campaign_by_id(campaign_id)
    if info is None:
        return None
    counts = campaigns.item_counts(campaign_id)
    profile = repo.get_profile(info.draft.profile_name)
    profile_id = repo.profile_id(profile.key) if profile else None
    if profile is None or profile_id is None:
        return CampaignProgress(info.status, counts, 0.0, None, 0, 0)
    used = limits.usage(profile_id, now)
    rate = recent_rate(campaign_id, now)
    forecast = None
    remaining = counts.remaining if counts.total else 0
    if remaining and info.status in ("ready", "sending", "paused"):
        forecast = limits.forecast(
            profile, remaining, used, now, ahead=_ahead(campaign_id, profile_id),
            seconds_per_message=60.0 / rate if rate > 0 else None)
    return CampaignProgress(info.status, counts, rate, forecast, profile.daily_limit,
                            used.today)
