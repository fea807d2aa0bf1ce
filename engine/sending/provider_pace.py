"""One profile's pace with each receiving provider, kept in the database across runners.

Joins the rules (``engine.sending.pacing``) to their stored state
(``engine.storage.pacing``): a message to a provider takes a place in that provider's minute
and hour, under the preset scaled by how far the provider slowed the profile down; a
throttling reply slows it down further. Call inside the caller's transaction, as the profile's
own ``QuotaReserver``.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta

from engine.config import ProviderPace
from engine.sending.limits import hour_key, minute_key
from engine.sending.pacing import Pace, effective
from engine.storage import pacing as store

MINUTE = timedelta(minutes=1)


def _pace(stored: store.StoredPace | None) -> Pace:
    if stored is None:
        return Pace()
    return Pace(stored.factor, stored.deferrals, stored.slowed_at, stored.changed_at,
                stored.base_per_minute)


def _stored(pace: Pace) -> store.StoredPace:
    return store.StoredPace(pace.factor, pace.deferrals, pace.slowed_at, pace.changed_at,
                            pace.base_per_minute)


class ProviderPacer:
    def __init__(self, profile_id: int, presets: Mapping[str, ProviderPace]) -> None:
        self._profile_id = profile_id
        self._presets = dict(presets)
        self._counters = store.ProviderCounters(profile_id)

    def preset(self, provider: str) -> ProviderPace:
        return self._presets.get(provider) or self._presets["other"]

    def paces(self, now: datetime) -> dict[str, Pace]:
        """Every slowed provider's pace as it stands now (recovery applied)."""
        found = {provider: _pace(stored).recovered(now)
                 for provider, stored in store.paces(self._profile_id).items()}
        return {provider: pace for provider, pace in found.items() if pace.slowed}

    def limit(self, provider: str, now: datetime) -> ProviderPace:
        stored = store.paces(self._profile_id).get(provider)
        return effective(self.preset(provider), _pace(stored).recovered(now))

    def reserve(self, provider: str, now: datetime, limit: ProviderPace) -> bool:
        """Take one place in the provider's minute and hour under ``limit`` (read with
        ``limit()`` before the transaction: on SQLite a transaction that reads before it writes
        cannot take the write lock once another runner wrote); nothing is counted on False."""
        taken: list[str] = []
        for period, most in ((minute_key(now), limit.per_minute), (hour_key(now), limit.per_hour)):
            if not most:
                continue
            if not self._counters.take(provider, period, most):
                for done in taken:
                    self._counters.give_back(provider, done)
                return False
            taken.append(period)
        return True

    def give_back(self, provider: str, now: datetime, limit: ProviderPace) -> None:
        if limit.per_minute:
            self._counters.give_back(provider, minute_key(now))
        if limit.per_hour:
            self._counters.give_back(provider, hour_key(now))

    def throttled(self, provider: str, now: datetime) -> Pace:
        """The provider said "too fast": its pace, slowed down and kept."""
        pace = _pace(store.locked_pace(self._profile_id, provider)).recovered(now)
        answered = 0
        if not self.preset(provider).per_minute and not pace.base_per_minute:
            # No limit of its own to halve: half of what it answered in the last minute, and
            # those messages fill this minute's places, as if they had been counted
            answered = store.answered_since(self._profile_id, provider, now - MINUTE)
            self._counters.count_at_least(provider, minute_key(now), answered)
        slowed = pace.after_throttling(now, answered)
        store.save_pace(self._profile_id, provider, _stored(slowed))
        return slowed
