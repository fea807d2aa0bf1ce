"""The per-provider pace's stored half: counts per provider and period, and slow-downs.

Counting is a conditional UPDATE, as for the profile's own counters (``engine.storage.quota``),
so two runners sharing a PostgreSQL database can never together pass a provider's limit. A
slow-down is read and written under the row's lock, so two runners told "too fast" at once
halve the pace twice, as they should, and never lose one of the halvings.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from engine.storage.db import database
from engine.storage.models import Campaign, CampaignItem, ProviderCounter, ProviderPaceState
from engine.storage.rows import tuples


@dataclass(frozen=True)
class StoredPace:
    factor: float
    deferrals: int
    slowed_at: datetime | None
    changed_at: datetime | None
    base_per_minute: int = 0


def paces(profile_id: int) -> dict[str, StoredPace]:
    """Every provider this profile has slowed down for (absent: the full pace)."""
    return {row.provider: _stored(row) for row in
            ProviderPaceState.select().where(ProviderPaceState.profile == profile_id)}


def locked_pace(profile_id: int, provider: str) -> StoredPace | None:
    """The provider's pace, its row locked until the caller's transaction ends."""
    # Write first, on both databases. PostgreSQL's FOR UPDATE locks only a row that exists, so
    # two runners slowing a provider down for the first time would both read "no row" and one
    # halving would be lost; the insert makes the second wait on the first's row instead. On
    # SQLite the write takes the write lock before the read, which a read first would have to
    # upgrade, failing at once when another runner wrote between.
    ProviderPaceState.insert(profile=profile_id, provider=provider).on_conflict_ignore().execute()
    query = ProviderPaceState.select().where(
        (ProviderPaceState.profile == profile_id) & (ProviderPaceState.provider == provider))
    if database.for_update:  # PostgreSQL
        query = query.for_update()
    row = query.first()
    return None if row is None else _stored(row)


def _stored(row: ProviderPaceState) -> StoredPace:
    return StoredPace(row.factor, row.deferrals, row.slowed_at, row.changed_at,
                      row.base_per_minute)


def save_pace(profile_id: int, provider: str, pace: StoredPace) -> None:
    """Keep ``pace`` (call in the transaction that locked it); a full pace keeps no row."""
    where = (ProviderPaceState.profile == profile_id) & (ProviderPaceState.provider == provider)
    if pace.factor >= 1.0:
        ProviderPaceState.delete().where(where).execute()
        return
    (ProviderPaceState
     .insert(profile=profile_id, provider=provider, factor=pace.factor,
             deferrals=pace.deferrals, slowed_at=pace.slowed_at, changed_at=pace.changed_at,
             base_per_minute=pace.base_per_minute)
     .on_conflict(conflict_target=[ProviderPaceState.profile, ProviderPaceState.provider],
                  update={ProviderPaceState.factor: pace.factor,
                          ProviderPaceState.deferrals: pace.deferrals,
                          ProviderPaceState.slowed_at: pace.slowed_at,
                          ProviderPaceState.changed_at: pace.changed_at,
                          ProviderPaceState.base_per_minute: pace.base_per_minute})
     .execute())


def answered_since(profile_id: int, provider: str, since: datetime) -> int:
    """Messages of the profile's campaigns the provider answered (sent, deferred, refused)
    since ``since``: the rate it was seen to accept."""
    return int(CampaignItem.select().join(Campaign).where(
        (Campaign.profile == profile_id) & (CampaignItem.provider == provider)
        & (CampaignItem.updated_at >= since)
        & CampaignItem.state.in_(("sent", "deferred", "failed"))).count())


def counts(profile_id: int, provider: str, periods: list[str]) -> dict[str, int]:
    return dict(tuples(
        ProviderCounter.select(ProviderCounter.period, ProviderCounter.count)
        .where((ProviderCounter.profile == profile_id) & (ProviderCounter.provider == provider)
               & ProviderCounter.period.in_(periods))))


class ProviderCounters:
    """One profile's counters per provider, for the sender's hot path (in its transaction)."""

    def __init__(self, profile_id: int) -> None:
        self._profile_id = profile_id
        self._ready: set[tuple[str, str]] = set()
        p = database.param
        table = ProviderCounter._meta.table_name
        where = f"WHERE profile_id = {p} AND provider = {p} AND period = {p}"
        self._take = f"UPDATE {table} SET count = count + 1 {where} AND count < {p}"
        self._give = f"UPDATE {table} SET count = count - 1 {where}"
        self._raise = f"UPDATE {table} SET count = {p} {where} AND count < {p}"

    def _ensure(self, provider: str, period: str) -> None:
        if (provider, period) not in self._ready:
            ProviderCounter.insert(profile=self._profile_id, provider=provider, period=period,
                                   count=0).on_conflict_ignore().execute()
            self._ready.add((provider, period))

    def take(self, provider: str, period: str, limit: int) -> bool:
        """Count one more message unless ``period`` already holds ``limit`` for ``provider``."""
        self._ensure(provider, period)
        cursor = database.execute_sql(self._take, (self._profile_id, provider, period, limit))
        return bool(cursor.rowcount == 1)

    def count_at_least(self, provider: str, period: str, count: int) -> None:
        """``period`` holds at least ``count`` for ``provider``: messages that went before it
        was counted take their places."""
        self._ensure(provider, period)
        database.execute_sql(self._raise, (count, self._profile_id, provider, period, count))

    def give_back(self, provider: str, period: str) -> None:
        database.execute_sql(self._give, (self._profile_id, provider, period))


def forget_before(period: str) -> int:
    """Drop counts of periods before ``period`` (an hour key): they limit nothing any more."""
    return int(ProviderCounter.delete().where(ProviderCounter.period < period).execute())
