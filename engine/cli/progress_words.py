"""A campaign's progress figures (``engine.sending.progress``) in plain English.

``campaign status`` and the Campaigns page show the same words, made here; the engine keeps
only the figures.
"""

from __future__ import annotations

from datetime import datetime

from engine.cli.words import note_text
from engine.config import GMAIL_LIMIT_PERCENT, GMAIL_WARNING_PERCENT
from engine.sending.progress import CampaignProgress, SlowedProvider
from engine.sending.receivers import provider
from engine.sending.warmup import WarmupStanding
from engine.storage.campaigns import ItemCounts
from engine.storage.complaints import ComplaintRate

STATUS_WORDS = {
    "draft": "Draft", "generating": "Preparing recipients…", "ready": "Ready to send",
    "sending": "Sending", "paused": "Paused", "completed": "Completed", "cancelled": "Cancelled",
}
EXCLUDE_WORDS = {"suppressed": "suppressed", "unsubscribed": "unsubscribed",
                 "invalid": "invalid address"}


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


def statuses_in_words(holdings: dict[int, ItemCounts],
                      campaigns_: list[tuple[int, str]]) -> dict[int, str]:
    """``status_words`` for many campaigns (id, status), with ``completed_holdings``."""
    return {cid: status_words(status, holdings.get(cid)) for cid, status in campaigns_}


def progress_lines(progress: CampaignProgress) -> list[str]:
    """The "where it stands" text, line by line (plain text; the first line is the status)."""
    c = progress.counts
    lines = [status_words(progress.status, progress.counts)]
    if progress.pause_reason is not None:
        lines.append(note_text(progress.pause_reason))
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
    lines.extend(slowed_words(slowed) for slowed in progress.slowed)
    if progress.daily_limit:
        lines.append(f"Today: {progress.used_today} of {progress.daily_limit} messages the "
                     "profile may send per day")
    if progress.warmup is not None:
        lines.append(warmup_words(progress.warmup))
    if progress.window_closed_until is not None:
        lines.append(window_words(progress.window_closed_until))
    if (f := progress.forecast) is not None:
        days = "less than a day" if f.quota_days < 1 else f"{f.quota_days:.1f} days"
        lines.append(f"Expected to finish {f.finish_at:%Y-%m-%d %H:%M} UTC, using {days} of "
                     f"the daily rate ({f.sending_days} sending day(s))")
    if progress.complaints.delivered or progress.complaints.complaints:
        lines.append(complaint_words(progress.complaints))
    return lines


def slowed_words(slowed: SlowedProvider) -> str:
    """``Gmail / Google: slowed down at 2026-12-03 14:02 UTC to 25% of its pace (throttling
    replies: 3)``: the count after a colon reads right for one reply and for many."""
    return (f"{provider(slowed.provider).name}: slowed down at "
            f"{slowed.slowed_at:%Y-%m-%d %H:%M} UTC to {slowed.factor:.0%} of its pace "
            f"(throttling replies: {slowed.deferrals})")


def warmup_words(warmup: WarmupStanding) -> str:
    """``Warm-up: day 3 of 15, the last 2026-03-16``; before it starts, its first figure."""
    if warmup.day == 0:
        return (f"Warm-up starts {warmup.first_day:%Y-%m-%d}; until then messages a day at "
                f"most: {warmup.rate:,}")
    return f"Warm-up: day {warmup.day} of {warmup.days}, the last {warmup.last_day:%Y-%m-%d}"


def window_words(opens_at: datetime) -> str:
    return f"Send window closed: sending resumes {opens_at:%Y-%m-%d %H:%M} UTC"


def complaint_level(figures: ComplaintRate) -> str:
    """Where the rate stands against Gmail's lines: ``fine``, ``watch`` (from 0.1%) or
    ``harmful`` (from 0.3%, where Gmail starts to refuse or spam-folder the mail)."""
    if figures.percent >= GMAIL_LIMIT_PERCENT:
        return "harmful"
    return "watch" if figures.percent >= GMAIL_WARNING_PERCENT else "fine"


LEVEL_WORDS = {"fine": "below Gmail's 0.1% line", "watch": "past Gmail's 0.1% line: watch it",
               "harmful": "at or past Gmail's 0.3% line: mail providers start refusing it"}


def complaint_words(figures: ComplaintRate) -> str:
    """``Complaints: 3 of 1,200 delivered (0.25%), past Gmail's 0.1% line: watch it``."""
    if not figures.delivered:
        return "Complaints: none yet, nothing delivered"
    return (f"Complaints: {figures.complaints:,} of {figures.delivered:,} delivered "
            f"({figures.percent:.2f}%), {LEVEL_WORDS[complaint_level(figures)]}")


def uncertain_warning(counts: ItemCounts) -> str:
    n = counts.get("uncertain")
    if not n:
        return ""
    return (f"{n} message(s) may or may not have gone out. They are not re-sent unless you "
            "choose to (“Send uncertain” in the window, `campaign uncertain NAME --resend`).")
