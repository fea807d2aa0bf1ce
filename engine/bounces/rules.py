"""The bounce rules, as pure functions of what is known about an address.

One set of rules for every bounce, whether read from the bounce mailbox or refused with a 5xx
while sending (``engine.sending.refusal``), so the log and the suppressed list read alike:

- A hard bounce stops sending to the address at once: it is suppressed. A cautious sender can
  make hard bounces count toward the threshold instead (``BounceSettings.count_hard_bounces``).
- A soft bounce first earns its campaign item a re-send (up to the retry count); only when the
  re-sends are used up does it count toward the bounce threshold. Counted soft bounces go stale
  after a number of days and stop counting once a message is known to have been delivered
  after them.
- Nothing counts from before an un-suppression.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from engine.config import BounceMailbox, BounceSettings
from engine.notes import Note, note


@dataclass
class AddressFacts:
    """What the threshold rule needs to know about one address (mutable within a chunk)."""

    email: str
    suppressed: bool = False
    unsuppressed_at: datetime | None = None
    delivered_at: datetime | None = None
    counted: list[tuple[str, datetime]] = field(default_factory=list)  # (kind, when)


@dataclass(frozen=True)
class CountingRules:
    """What the bounce threshold counts, from the bounce mailbox and bounce handling pages."""

    threshold: int = 3
    stale_days: int = 7
    count_hard_bounces: bool = False

    @classmethod
    def from_settings(cls, mailbox: BounceMailbox, settings: BounceSettings) -> CountingRules:
        return cls(threshold=mailbox.bounce_threshold, stale_days=settings.soft_bounce_stale_days,
                   count_hard_bounces=settings.count_hard_bounces)

    def toward_threshold(self, kind: str) -> bool:
        """Whether a counted bounce of this kind is one of the threshold's."""
        return kind == "soft" or (kind == "hard" and self.count_hard_bounces)


@dataclass(frozen=True)
class CountVerdict:
    """What a counted bounce does to its address, and the notes the audit trail keeps."""

    outcome: Note  # the bounce log's "what was done"
    suppress: bool  # on the suppressed list now (already there: its last bounce moves on)
    reason: str  # the suppression's reason: hard_bounce | soft_bounce
    why: Note  # the suppression event's reason
    first_bounce_at: datetime


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


def threshold_times(facts: AddressFacts, now: datetime, rules: CountingRules) -> list[datetime]:
    """When the bounces that still count toward the threshold happened (naive UTC)."""
    soft_since = soft_counts_after(facts, now, rules.stale_days)
    return sorted(at for kind, at in facts.counted
                  if rules.toward_threshold(kind) and still_counts(facts, kind, at, soft_since))


def may_resend(*, soft_bounces_so_far: int, retry_count: int, suppressed: bool) -> bool:
    """A soft-bounced item is sent again while re-sends remain and nobody excluded it."""
    return not suppressed and soft_bounces_so_far < retry_count


def resend_outcome(number: int, retry_count: int, when: datetime) -> Note:
    """The bounce log's note for a soft bounce that earned its item a re-send."""
    return note("resend", number=number, of=retry_count, at=f"{when:%Y-%m-%dT%H:%M}")


def count_bounce(kind: str, live: list[datetime], *, now: datetime, already_suppressed: bool,
                 rules: CountingRules, status: str, reason: str,
                 resends: str = "") -> CountVerdict:
    """A counted bounce (hard, or soft with no re-send left) at ``now``.

    ``live`` is ``threshold_times`` with this bounce among them; ``resends`` says why a soft
    one counted rather than earned a re-send ("used_up", "no_item").
    """
    if kind == "hard" and not rules.count_hard_bounces:
        outcome = note("hard_already_suppressed" if already_suppressed else "hard_suppressed")
        return CountVerdict(outcome, True, "hard_bounce",
                            note("hard_bounce", status=status, reason=reason), now)
    reached = len(live) >= rules.threshold
    code = ("counted_already_suppressed" if already_suppressed
            else "counted_suppressed" if reached else "counted")
    return CountVerdict(
        note(code, count=len(live), limit=rules.threshold, resends=resends or None),
        already_suppressed or reached, f"{kind}_bounce",
        note("threshold_reached", count=len(live), limit=rules.threshold, status=status,
             reason=reason),
        live[0] if live else now)
