"""The pace kept with each receiving provider: its limits, and slowing down when it says so.

A throttling reply from one provider (421, or a 4.7.x "try again later", "rate limited" —
Gmail's 4.7.28, Microsoft's 4.7.650, Yahoo's TSS04) halves that provider's pace, down to a
floor, and the pace then recovers by a quarter for every quiet interval without another one.
The other providers are not touched: one provider's throttling never slows the campaign's mail
to the rest. ``Pace`` is plain state with the times it was changed, so it can be stored and
shared by several runners (``engine.storage.pacing``), and every rule here is arithmetic on it.

A provider with no per-minute limit of its own (0) has nothing to halve. Its first throttling
reply takes the rate it was seen to accept — the messages it answered in the last minute —
as the pace to slow down from; that base is kept while the pace is slowed and dropped when
it is full again, so the provider is unlimited once more after it stopped throttling.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from engine.config import ProviderPace
from engine.sending.outcomes import SendOutcome

SLOWEST = 1 / 16  # a sixteenth of the preset: still moving, so recovery is noticed
SLOW_DOWN_BY = 0.5
RECOVER_BY = 1.25
RECOVER_EVERY = timedelta(minutes=2)
# Replies that mean "too fast" rather than "not now for this recipient".
_THROTTLING = re.compile(
    r"rate.?limit|too many|try (again )?later|throttl|temporarily deferred|"
    r"unusual rate|exceeded|\bTS[S]?0\d\b|slow down|busy",
    re.IGNORECASE,
)
_THROTTLING_STATUS = {"4.7.0", "4.7.1", "4.7.28", "4.7.500", "4.7.650", "4.7.651", "4.3.2",
                      "4.4.5", "4.2.1"}


def is_throttling(outcome: SendOutcome) -> bool:
    """Whether a deferral is the provider slowing the sender down (not a full mailbox)."""
    if outcome.state != "deferred" or outcome.lost_code:
        return False
    if outcome.status == "4.2.2":  # mailbox full: that recipient, not the pace
        return False
    if outcome.code == "421":
        return True
    return outcome.status in _THROTTLING_STATUS and bool(
        _THROTTLING.search(outcome.message) or outcome.status in {"4.7.28", "4.7.650"})


@dataclass(frozen=True)
class Pace:
    """How fast one profile sends to one provider now, against its preset."""

    factor: float = 1.0  # 1: the full preset
    deferrals: int = 0  # throttling replies since the pace was last full
    slowed_at: datetime | None = None
    changed_at: datetime | None = None  # when factor last moved (slow-down or recovery)
    # a minute's messages to slow down from when the preset has no per-minute limit (0: none)
    base_per_minute: int = 0

    @property
    def slowed(self) -> bool:
        return self.factor < 1.0

    def after_throttling(self, now: datetime, answered_last_minute: int = 0) -> Pace:
        """Slowed down once more; ``answered_last_minute`` becomes the base if none is kept
        yet (pass it for a preset with no per-minute limit)."""
        base = self.base_per_minute or answered_last_minute
        return Pace(max(SLOWEST, self.factor * SLOW_DOWN_BY), self.deferrals + 1, now, now,
                    base)

    def recovered(self, now: datetime) -> Pace:
        """The pace after the quiet intervals since it last changed."""
        if not self.slowed or self.changed_at is None:
            return self
        quiet = math.floor((now - self.changed_at) / RECOVER_EVERY)
        if quiet <= 0:
            return self
        factor = self.factor * RECOVER_BY ** quiet
        if factor >= 1.0:
            return Pace()
        return replace(self, factor=factor, changed_at=self.changed_at + quiet * RECOVER_EVERY)


def effective(preset: ProviderPace, pace: Pace) -> ProviderPace:
    """The preset scaled by the pace: at least one message a minute and one connection; a
    preset with no per-minute limit is held to its base, scaled."""
    if not pace.slowed:
        return preset

    def scaled(value: int) -> int:
        return 0 if value == 0 else max(1, math.floor(value * pace.factor))

    return replace(preset, per_minute=scaled(preset.per_minute or pace.base_per_minute),
                   per_hour=scaled(preset.per_hour),
                   connections=max(1, math.floor(preset.connections * pace.factor)))


def allowance(limit: ProviderPace, sent_last_minute: int, sent_last_hour: int) -> int:
    """How many more may go to this provider now (0 for the per-minute/hour limit reached)."""
    left = [limit.per_minute - sent_last_minute if limit.per_minute else None,
            limit.per_hour - sent_last_hour if limit.per_hour else None]
    bounded = [n for n in left if n is not None]
    return max(0, min(bounded)) if bounded else 1 << 30
