"""How the providers' paces stretch a forecast.

The sender passes over a provider at its limit and goes on with the others, so a queue
finishes no sooner than its slowest provider allows: ``count / rate`` for each. Spread over
the whole queue that is a time per message, ``max(share / rate)``, which the forecast's clock
takes when it is slower than the profile's own pace; with messages mixed evenly through the
queue, the two bounds meet exactly where the sender would.
"""

from __future__ import annotations

from collections.abc import Mapping

from engine.config import ProviderPace
from engine.sending.pacing import Pace, effective
from engine.sending.receivers import OTHER


def per_second(limit: ProviderPace) -> float | None:
    """The most a provider's limits let through a second over an hour; None: no limit."""
    rates = [limit.per_minute / 60 if limit.per_minute else None,
             limit.per_hour / 3600 if limit.per_hour else None]
    bounded = [rate for rate in rates if rate is not None]
    return min(bounded) if bounded else None


def seconds_per_message(mix: Mapping[str, int], paces: Mapping[str, ProviderPace],
                        slowed: Mapping[str, Pace]) -> float | None:
    """The seconds per message of the whole queue its slowest provider sets (as slowed now:
    recovery is not counted on); None when no provider limits it."""
    total = sum(mix.values())
    slowest: float | None = None
    for provider, count in mix.items():
        name = provider if provider in paces else OTHER  # not found yet: counted as other
        rate = per_second(effective(paces[name], slowed.get(name, Pace())))
        if rate and count:
            seconds = (count / total) / rate
            slowest = seconds if slowest is None else max(slowest, seconds)
    return slowest
