"""The bounce rules, as pure functions of what is known about an address.

Hard bounces count one each toward the mailbox's threshold. A soft bounce first earns its
campaign item a re-send (up to the retry count); only when the re-sends are used up does it
count. Counted soft bounces go stale after a number of days and stop counting once a message
is known to have been delivered after them. Nothing counts from before an un-suppression.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from engine.storage.bounces import AddressFacts


def soft_counts_after(facts: AddressFacts, now: datetime, stale_days: int) -> datetime:
    """Soft bounces count only after this moment: stale before it, or a delivery came since."""
    soft_since = now - timedelta(days=stale_days)
    if facts.delivered_at is not None and facts.delivered_at > soft_since:
        soft_since = facts.delivered_at
    return soft_since


def still_counts(facts: AddressFacts, kind: str, at: datetime, soft_since: datetime) -> bool:
    """Whether a counted bounce at ``at`` still counts toward the threshold."""
    return (facts.unsuppressed_at is None or at > facts.unsuppressed_at) and (
        kind != "soft" or at > soft_since)


def live_bounce_times(facts: AddressFacts, now: datetime, stale_days: int) -> list[datetime]:
    """When the bounces that still count toward the threshold happened (naive UTC)."""
    soft_since = soft_counts_after(facts, now, stale_days)
    return sorted(at for kind, at in facts.counted if still_counts(facts, kind, at, soft_since))


def may_resend(*, soft_bounces_so_far: int, retry_count: int, suppressed: bool) -> bool:
    """A soft-bounced item is sent again while re-sends remain and nobody excluded it."""
    return not suppressed and soft_bounces_so_far < retry_count
