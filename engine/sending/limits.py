"""A profile's sending limits, persisted so they hold across restarts, runners and campaigns.

The daily send rate and the optional hourly cap are counted per profile in ``SendCounter``
(periods in UTC). A message takes its place in both counters in the same transaction that
marks it "sending", with a conditional UPDATE, so two runners sharing the database can never
together exceed a limit. Every attempt counts, whatever the server answered: providers count
what was offered to them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from engine.config import SmtpProfile
from engine.storage.db import database
from engine.storage.models import SendCounter
from engine.storage.rows import tuples


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def day_key(moment: datetime) -> str:
    return _utc(moment).strftime("%Y-%m-%d")


def hour_key(moment: datetime) -> str:
    return _utc(moment).strftime("%Y-%m-%dT%H")


def next_day(moment: datetime) -> datetime:
    start = _utc(moment).replace(hour=0, minute=0, second=0, microsecond=0)
    return start + timedelta(days=1)


def next_hour(moment: datetime) -> datetime:
    return _utc(moment).replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)


@dataclass(frozen=True)
class Usage:
    today: int
    this_hour: int


def usage(profile_id: int, now: datetime) -> Usage:
    rows: dict[str, int] = dict(tuples(
        SendCounter.select(SendCounter.period, SendCounter.count)
        .where((SendCounter.profile == profile_id)
               & SendCounter.period.in_([day_key(now), hour_key(now)]))
    ))
    return Usage(rows.get(day_key(now), 0), rows.get(hour_key(now), 0))


def allowance(profile: SmtpProfile, used: Usage) -> int:
    """How many messages may go now."""
    left = profile.daily_limit - used.today
    if profile.hourly_limit:
        left = min(left, profile.hourly_limit - used.this_hour)
    return max(0, left)


def when_free(profile: SmtpProfile, used: Usage, now: datetime) -> datetime:
    """When sending may continue once the allowance is used up."""
    if used.today >= profile.daily_limit:
        return next_day(now)
    return next_hour(now)


class QuotaReserver:
    """Takes one message's place in the counters; call inside the caller's transaction.

    Its UPDATEs are written once as SQL (peewee's query building costs more than the query).
    """

    def __init__(self, profile_id: int, profile: SmtpProfile) -> None:
        self._profile_id = profile_id
        self._profile = profile
        self._ready: set[str] = set()
        p = database.param
        table = SendCounter._meta.table_name
        self._take = (f"UPDATE {table} SET count = count + 1 "
                      f"WHERE profile_id = {p} AND period = {p} AND count < {p}")
        self._give = f"UPDATE {table} SET count = count - 1 WHERE profile_id = {p} AND period = {p}"

    def _ensure(self, period: str) -> None:
        if period not in self._ready:
            SendCounter.insert(profile=self._profile_id, period=period, count=0) \
                .on_conflict_ignore().execute()
            self._ready.add(period)

    def reserve(self, now: datetime) -> bool:
        """True when the message may go; nothing is counted when it may not."""
        limits = [(day_key(now), self._profile.daily_limit)]
        if self._profile.hourly_limit:
            limits.append((hour_key(now), self._profile.hourly_limit))
        taken: list[str] = []
        for period, limit in limits:
            self._ensure(period)
            cursor = database.execute_sql(self._take, (self._profile_id, period, limit))
            if cursor.rowcount != 1:
                for done in taken:
                    self._give_back(done)
                return False
            taken.append(period)
        return True

    def give_back(self, now: datetime) -> None:
        """Undo a reservation: the message was never offered to the server."""
        self._give_back(day_key(now))
        if self._profile.hourly_limit:
            self._give_back(hour_key(now))

    def _give_back(self, period: str) -> None:
        database.execute_sql(self._give, (self._profile_id, period))


@dataclass(frozen=True)
class Forecast:
    remaining: int
    finish_at: datetime
    quota_days: float  # how many days of the daily rate the remaining messages use
    sending_days: int  # calendar days (UTC) on which messages go out
    today: int  # how many can still go today


def forecast(profile: SmtpProfile, remaining: int, used: Usage, now: datetime,
             *, ahead: int = 0, seconds_per_message: float | None = None) -> Forecast:
    """When ``remaining`` messages (after ``ahead`` others on the same profile) will be sent.

    Computed from the persisted counters and the clock, so it is the same after a restart or
    a sleep of the machine. Batch pauses and the hourly cap are included.
    """
    now = _utc(now)
    per_message = seconds_per_message or 0.25 / max(1, profile.max_connections)
    total = remaining + ahead
    left = total
    day_left = max(0, profile.daily_limit - used.today)
    hour_left = max(0, profile.hourly_limit - used.this_hour) if profile.hourly_limit else None
    today = min(day_left, hour_left if hour_left is not None else day_left, total)
    moment = now
    days = {moment.date()} if total else set()
    while left > 0:
        can = min(left, day_left, hour_left if hour_left is not None else left)
        if can <= 0:
            if day_left <= 0:
                moment = next_day(moment)
                day_left = profile.daily_limit
            else:
                moment = next_hour(moment)
            if hour_left is not None:
                hour_left = profile.hourly_limit
            days.add(moment.date())
            continue
        pauses = max(0, math.ceil(can / max(1, profile.batch_size)) - 1)
        moment += timedelta(seconds=can * per_message + pauses * profile.batch_pause_seconds)
        days.add(moment.date())
        left -= can
        day_left -= can
        if hour_left is not None:
            hour_left -= can
    return Forecast(
        remaining=remaining,
        finish_at=moment,
        quota_days=remaining / profile.daily_limit if profile.daily_limit else math.inf,
        sending_days=len(days),
        today=max(0, today - ahead) if ahead < today else 0,
    )
