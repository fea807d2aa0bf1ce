"""Where a campaign stands: counts per state, the rate, when it will finish, all in words.

Everything here is computed from the database and the clock, never from timers in memory,
so the figures are the same after a restart or a sleep of the machine. The Campaigns page and
``campaign status`` show the same words, made here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from engine.sending import limits
from engine.sending.limits import Forecast, Waiting
from engine.storage import campaigns, repo
from engine.storage import progress as figures
from engine.storage.campaigns import ItemCounts

RATE_WINDOW = timedelta(minutes=10)
STATUS_WORDS = {
    "draft": "Draft", "generating": "Preparing recipients…", "ready": "Ready to send",
    "sending": "Sending", "paused": "Paused", "completed": "Completed", "cancelled": "Cancelled",
}
EXCLUDE_WORDS = {"suppressed": "suppressed", "unsubscribed": "unsubscribed",
                 "invalid": "invalid address"}


@dataclass(frozen=True)
class CampaignProgress:
    status: str
    counts: ItemCounts
    per_minute: float  # messages per minute over the time spent sending them (0: not known)
    forecast: Forecast | None
    daily_limit: int
    used_today: int

    @property
    def status_text(self) -> str:
        return status_words(self.status, self.counts)


def status_words(status: str, counts: ItemCounts | None) -> str:
    """The status as the user reads it: a completed campaign says what it still holds."""
    words = STATUS_WORDS.get(status, status)
    if counts is None or status != "completed":
        return words
    extra = []
    if counts.get("uncertain"):
        extra.append(f"{counts.get('uncertain')} uncertain")
    if counts.remaining:
        # soft bounces collected after the end are re-sent: the campaign is done otherwise
        extra.append(f"{counts.remaining} re-send{'s' if counts.remaining != 1 else ''} due")
    return ", ".join([words, *extra])


def statuses_in_words(campaigns_: list[tuple[int, str]]) -> dict[int, str]:
    """``status_words`` for many campaigns (id, status) at once: one query, for a list."""
    held = figures.held_items(cid for cid, status in campaigns_ if status == "completed")
    return {cid: status_words(status, ItemCounts(held.get(cid, {}), {}, 0))
            for cid, status in campaigns_}


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
    profile = repo.get_profile(info.draft.profile_name)
    profile_id = repo.profile_id(profile.key) if profile else None
    if profile is None or profile_id is None:
        return CampaignProgress(info.status, counts, 0.0, None, 0, 0)
    used = limits.usage(profile_id, now)
    rate = recent_rate(campaign_id, now)
    forecast = None
    remaining = counts.remaining if counts.total else 0
    if remaining and info.status in ("ready", "sending", "paused", "completed"):
        forecast = limits.forecast_queue(
            profile, profile_queue(profile_id, campaign_id, now), campaign_id, used, now,
            seconds_per_message=60.0 / rate if rate > 0 else None)
    return CampaignProgress(info.status, counts, rate, forecast, profile.daily_limit,
                            used.today)


def progress_lines(progress: CampaignProgress) -> list[str]:
    """The "where it stands" text, line by line (plain text; the first line is the status)."""
    c = progress.counts
    lines = [progress.status_text]
    if c.total:
        lines.append(f"Sent {c.get('sent')} · deferred {c.get('deferred')} · failed "
                     f"{c.get('failed')} · remaining {c.remaining}")
        left_out = [f"{n} {EXCLUDE_WORDS.get(r, r)}"
                    for r, n in sorted(c.excluded_by_reason.items())]
        if c.duplicates:
            left_out.append(f"{c.duplicates} on more than one list (sent once)")
        if left_out:
            lines.append("Left out: " + ", ".join(left_out))
    if progress.per_minute:
        rate = progress.per_minute
        # a small list's rate is below 1 a minute: "0 per minute" would read as stuck
        lines.append(f"Rate: {rate:.0f} per minute" if rate >= 10
                     else f"Rate: {rate:.1f} per minute")
    if progress.daily_limit:
        lines.append(f"Today: {progress.used_today} of {progress.daily_limit} messages the "
                     "profile may send per day")
    if (f := progress.forecast) is not None:
        days = "less than a day" if f.quota_days < 1 else f"{f.quota_days:.1f} days"
        lines.append(f"Expected to finish {f.finish_at:%Y-%m-%d %H:%M} UTC, using {days} of "
                     f"the daily rate ({f.sending_days} sending day(s))")
    return lines


def uncertain_warning(counts: ItemCounts) -> str:
    n = counts.get("uncertain")
    if not n:
        return ""
    return (f"{n} message(s) may or may not have gone out. They are not re-sent unless you "
            "choose to (“Send uncertain” in the window, `campaign uncertain NAME --resend`).")
