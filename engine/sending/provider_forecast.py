"""How the providers' paces stretch a forecast.

The sender passes over a provider at its limit and goes on with the others, so a queue
finishes no sooner than its slowest provider allows. Within a minute (an hour) a provider
takes its limit at the wire's speed and then waits for the next one, so ``count`` messages
need ``(count - 1) // per_minute`` minutes of waiting (and the same in hours): none for a
queue its limits take in one go. Spread over the whole queue that is a time per message,
which the forecast's clock takes when it is slower than the profile's own pace.
"""

from __future__ import annotations

from collections.abc import Mapping

from engine.config import ProviderPace
from engine.sending.pacing import Pace, effective
from engine.sending.receivers import OTHER


def waiting_seconds(limit: ProviderPace, count: int) -> float:
    """How long ``count`` messages wait for the provider's next minutes and hours."""
    if count <= 0:
        return 0.0
    minutes = (count - 1) // limit.per_minute * 60.0 if limit.per_minute else 0.0
    hours = (count - 1) // limit.per_hour * 3600.0 if limit.per_hour else 0.0
    return max(minutes, hours)


def seconds_per_message(mix: Mapping[str, int], paces: Mapping[str, ProviderPace],
                        slowed: Mapping[str, Pace]) -> float | None:
    """The seconds per message of the whole queue its slowest provider sets (as slowed now:
    recovery is not counted on); None when no provider holds it back."""
    total = sum(mix.values())
    counts: dict[str, int] = {}
    for provider, count in mix.items():
        name = provider if provider in paces else OTHER  # not found yet: counted as other
        counts[name] = counts.get(name, 0) + count
    slowest = max((waiting_seconds(effective(paces[name], slowed.get(name, Pace())), count)
                   for name, count in counts.items()), default=0.0)
    return slowest / total if slowest > 0 else None
