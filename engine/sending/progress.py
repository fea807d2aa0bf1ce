"""Where a campaign stands: counts per state, the rate, when it will finish, as figures.

Everything here is computed from the database and the clock, never from timers in memory,
so the figures are the same after a restart or a sleep of the machine. The words are the
presentation's (``engine.cli.progress_words``, shown by ``campaign status`` and the
Campaigns page alike).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from engine.config import SmtpProfile
from engine.notes import Note
from engine.sending import limits, provider_forecast, send_window, warmup
from engine.sending.limits import Forecast, Waiting
from engine.sending.pacing import Pace
from engine.sending.provider_pace import ProviderPacer
from engine.sending.receivers import profile_paces
from engine.sending.warmup import WarmupStanding
from engine.storage import campaigns, complaints, repo
from engine.storage import progress as figures
from engine.storage.campaigns import ItemCounts
from engine.storage.complaints import ComplaintRate

RATE_WINDOW = timedelta(minutes=10)


@dataclass(frozen=True)
class SlowedProvider:
    """A receiving provider the profile sends to more slowly now, after its throttling
    replies (``engine.sending.pacing.Pace``)."""

    provider: str  # its id in receivers.toml
    factor: float  # the share of its pace it is sent at now (0.25: a quarter)
    deferrals: int  # throttling replies since its pace was last full
    slowed_at: datetime  # the last of them, naive UTC


@dataclass(frozen=True)
class CampaignProgress:
    status: str
    counts: ItemCounts
    per_minute: float  # messages per minute over the time spent sending them (0: not known)
    forecast: Forecast | None
    daily_limit: int  # today's send rate, under the warm-up plan when there is one
    used_today: int
    complaints: ComplaintRate = ComplaintRate(0, 0)
    pause_reason: Note | None = None  # why the engine paused it; None when the user did
    # the profile's providers slowed down now, which the messages still to go wait for
    slowed: tuple[SlowedProvider, ...] = ()
    warmup: WarmupStanding | None = None  # the profile's warm-up today; None: none, or over
    window_closed_until: datetime | None = None  # the send window's next opening (aware UTC)


def completed_holdings(campaigns_: list[tuple[int, str]]) -> dict[int, ItemCounts]:
    """What each completed campaign of (id, status) still holds (uncertain messages, re-sends
    due), for a list: one query."""
    held = figures.held_items(cid for cid, status in campaigns_ if status == "completed")
    return {cid: ItemCounts(held.get(cid, {}), {}, 0) for cid, status in campaigns_}


def recent_rate(campaign_id: int, now: datetime) -> float:
    """Messages per minute over the time the last ten minutes' messages took to go out.

    Divided by the time between the first and the last of them, not by the window: 27
    messages sent in one second are a rate of about 1,600 a minute, not 2.7. One message, or
    several with the same time, give no rate (0).
    """
    sent = figures.sent_since(campaign_id, now - RATE_WINDOW)
    first, last = sent.first, sent.last
    if sent.count < 2 or first is None or last is None:
        return 0.0
    seconds = (last - first).total_seconds()
    return 60.0 * (sent.count - 1) / seconds if seconds > 0 else 0.0


def slowed_providers(slowed: Mapping[str, Pace]) -> tuple[SlowedProvider, ...]:
    """The providers slowed down (``ProviderPacer.paces``), the most recently slowed first."""
    found = [SlowedProvider(provider, pace.factor, pace.deferrals, pace.slowed_at)
             for provider, pace in slowed.items() if pace.slowed_at is not None]
    return tuple(sorted(found, key=lambda s: (s.slowed_at, s.provider), reverse=True))


def seconds_per_message(profile: SmtpProfile, profile_id: int, campaign_id: int, rate: float,
                        slowed: Mapping[str, Pace]) -> float:
    """The forecast's time a message: the rate seen (else the profile's default), or what the
    slowest receiving provider's pace (as ``slowed`` leaves it) allows the queue, whichever
    is slower."""
    seen = 60.0 / rate if rate > 0 else limits.default_seconds_per_message(profile)
    slowest = provider_forecast.seconds_per_message(
        figures.provider_mix(profile_id, campaign_id), profile_paces(profile), slowed)
    return max(seen, slowest or 0.0)


def profile_queue(profile_id: int, campaign_id: int, now: datetime) -> list[Waiting]:
    """The profile's whole queue as the sender will see it, with ``campaign_id`` in it.

    The messages still to go of every other campaign of the profile the sender takes (a
    completed one's due re-sends too), and of this one as if started now (or at its
    scheduled time), by when the sender may take them. One query, grouped: a profile's
    completed campaigns stay in the set for good, but only those with messages to go add
    rows.
    """
    queue: list[Waiting] = []
    for group in figures.profile_queue(profile_id, campaign_id):
        at = max(now, group.scheduled_at) if group.scheduled_at is not None else now
        if group.state == "deferred" and group.next_attempt_at is not None:
            at = max(at, group.next_attempt_at)
        queue.append(Waiting(group.campaign_id, at, group.count))
    return queue


def campaign_progress(campaign_id: int, now: datetime) -> CampaignProgress | None:
    """``now`` is naive UTC, as stored."""
    info = campaigns.get_campaign_by_id(campaign_id)
    if info is None:
        return None
    counts = campaigns.item_counts(campaign_id)
    rated = complaints.complaint_rate(campaign_id)
    reason = complaints.pause_reason(campaign_id)
    profile = repo.get_profile(info.draft.profile_name)
    profile_id = repo.profile_id(profile.key) if profile else None
    if profile is None or profile_id is None:
        return CampaignProgress(info.status, counts, 0.0, None, 0, 0, rated, reason)
    used = limits.usage(profile_id, now)
    rate = recent_rate(campaign_id, now)
    forecast = None
    remaining = counts.remaining if counts.total else 0
    # read once: the forecast waits for them, and the page names them
    slowed = ProviderPacer(profile_id, profile_paces(profile)).paces(now) if remaining else {}
    if remaining and info.status in ("ready", "sending", "paused", "completed"):
        forecast = limits.forecast_queue(
            profile, profile_queue(profile_id, campaign_id, now), campaign_id, used, now,
            seconds_per_message=seconds_per_message(profile, profile_id, campaign_id, rate,
                                                    slowed))
    window = send_window.window_of(profile)
    return CampaignProgress(info.status, counts, rate, forecast, limits.daily_rate(profile, now),
                            used.today, rated, reason, slowed_providers(slowed),
                            warmup=warmup.standing(profile, now.date()),
                            window_closed_until=None if window is None or window.is_open(now)
                            else window.next_opening(now))
