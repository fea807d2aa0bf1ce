"""A campaign's progress figures (``engine.sending.progress``) in plain English.

``campaign status`` and the Campaigns page show the same words, made here; the engine keeps
only the figures.
"""

from __future__ import annotations

from engine.sending.progress import CampaignProgress
from engine.storage.campaigns import ItemCounts

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
