"""The figures a campaign's progress is computed from, each read in one query.

``engine.sending.progress`` turns them into the rate, the forecast and the words; nothing here
keeps state, so the figures are the same after a restart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

import peewee as pw

from engine.storage.campaign_states import SENDING_STATUSES
from engine.storage.campaigns import UNFINISHED
from engine.storage.models import Campaign, CampaignItem
from engine.storage.rows import tuples

# What a completed campaign may still hold: uncertain items, and soft bounces' re-sends.
HELD = ("uncertain", *UNFINISHED)


def held_items(campaign_ids: Iterable[int]) -> dict[int, dict[str, int]]:
    """Per campaign, how many items each ``HELD`` state has (campaigns holding none are
    absent); 500 campaigns a query."""
    ids = list(campaign_ids)
    held: dict[int, dict[str, int]] = {}
    for start in range(0, len(ids), 500):
        for cid, state, count in tuples(
                CampaignItem.select(CampaignItem.campaign, CampaignItem.state,
                                    pw.fn.COUNT(CampaignItem.id))
                .where(CampaignItem.campaign.in_(ids[start:start + 500])
                       & CampaignItem.state.in_(HELD))
                .group_by(CampaignItem.campaign, CampaignItem.state)):
            held.setdefault(int(cid), {})[str(state)] = int(count)
    return held


@dataclass(frozen=True)
class SentSince:
    """The campaign's messages sent since a moment: how many, the first and the last time."""

    count: int
    first: datetime | None
    last: datetime | None


def sent_since(campaign_id: int, since: datetime) -> SentSince:
    count, first, last = next(iter(tuples(CampaignItem.select(
        pw.fn.COUNT(CampaignItem.id), pw.fn.MIN(CampaignItem.sent_at),
        pw.fn.MAX(CampaignItem.sent_at),
    ).where((CampaignItem.campaign == campaign_id) & (CampaignItem.state == "sent")
            & (CampaignItem.sent_at >= since)))))
    return SentSince(int(count or 0), first if isinstance(first, datetime) else None,
                     last if isinstance(last, datetime) else None)


@dataclass(frozen=True)
class QueuedGroup:
    """``count`` unfinished items of one campaign in one state with one retry time."""

    campaign_id: int
    scheduled_at: datetime | None
    state: str
    next_attempt_at: datetime | None
    count: int


def _queued(profile_id: int, campaign_id: int) -> pw.Expression:
    """The unfinished items of the profile's campaigns the sender takes, and of
    ``campaign_id`` whatever its status."""
    return ((Campaign.profile == profile_id)
            & (Campaign.status.in_(SENDING_STATUSES) | (Campaign.id == campaign_id))
            & CampaignItem.state.in_(UNFINISHED))


def profile_queue(profile_id: int, campaign_id: int) -> list[QueuedGroup]:
    """The unfinished items of every campaign of the profile the sender takes, and of
    ``campaign_id`` whatever its status, grouped. A profile's completed campaigns stay in the
    set for good, but only those with messages to go add rows."""
    rows = tuples(
        CampaignItem.select(CampaignItem.campaign, Campaign.scheduled_at, CampaignItem.state,
                            CampaignItem.next_attempt_at, pw.fn.COUNT(CampaignItem.id))
        .join(Campaign)
        .where(_queued(profile_id, campaign_id))
        .group_by(CampaignItem.campaign, Campaign.scheduled_at, CampaignItem.state,
                  CampaignItem.next_attempt_at)
    )
    return [QueuedGroup(int(cid), scheduled if isinstance(scheduled, datetime) else None,
                        str(state), retry if isinstance(retry, datetime) else None, int(count))
            for cid, scheduled, state, retry, count in rows]


def provider_mix(profile_id: int, campaign_id: int) -> dict[str, int]:
    """The same items as ``profile_queue``, counted per receiving provider ("" for items whose
    provider the sender has not found yet)."""
    rows = tuples(
        CampaignItem.select(CampaignItem.provider, pw.fn.COUNT(CampaignItem.id))
        .join(Campaign)
        .where(_queued(profile_id, campaign_id))
        .group_by(CampaignItem.provider)
    )
    return {str(provider): int(count) for provider, count in rows}
