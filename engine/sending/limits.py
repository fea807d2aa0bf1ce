"""A profile's sending limits, persisted so they hold across restarts, runners and campaigns.

The daily send rate and the optional hourly cap are counted per profile in storage's send
counters (``engine.storage.quota``; periods in UTC). A message takes its place in both
counters in the same transaction that marks it "sending", with a conditional UPDATE, so two
runners sharing the database can never together exceed a limit. Every attempt counts,
whatever the server answered: providers count what was offered to them.

The daily rate is the day's under the profile's warm-up plan (``engine.sending.warmup``); a
campaign goes out only while the profile's send window is open (``engine.sending.send_window``;
single messages, such as a test, go at any hour).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from engine.config import SmtpProfile
from engine.sending import send_window, warmup
from engine.storage import quota


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def day_key(moment: datetime) -> str:
    return _utc(moment).strftime("%Y-%m-%d")


def hour_key(moment: datetime) -> str:
    return _utc(moment).strftime("%Y-%m-%dT%H")


def minute_key(moment: datetime) -> str:
    return _utc(moment).strftime("%Y-%m-%dT%H:%M")


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
    rows = quota.counts(profile_id, [day_key(now), hour_key(now)])
    return Usage(rows.get(day_key(now), 0), rows.get(hour_key(now), 0))


def daily_rate(profile: SmtpProfile, now: datetime) -> int:
    """The daily send rate on ``now``'s UTC day, as the warm-up plan sets it."""
    return warmup.daily_rate(profile, _utc(now).date())


def quota_left(profile: SmtpProfile, used: Usage, now: datetime) -> int:
    """How many messages the counters allow now (the window aside)."""
    left = daily_rate(profile, now) - used.today
    if profile.hourly_limit:
        left = min(left, profile.hourly_limit - used.this_hour)
    return max(0, left)


def allowance(profile: SmtpProfile, used: Usage, now: datetime) -> int:
    """How many of a campaign's messages may go now: none while the send window is closed."""
    if send_window.next_opening(profile, now) > _utc(now):
        return 0
    return quota_left(profile, used, now)


def quota_free_at(profile: SmtpProfile, used: Usage, now: datetime) -> datetime:
    """When the counters have room again once they are used up."""
    if used.today >= daily_rate(profile, now):
        return next_day(now)
    return next_hour(now)


def when_free(profile: SmtpProfile, used: Usage, now: datetime) -> datetime:
    """When a campaign's sending may continue once it has stopped: when the counters have
    room again (now, if they have), and the send window is open."""
    free = _utc(now) if quota_left(profile, used, now) > 0 else quota_free_at(profile, used, now)
    return send_window.next_opening(profile, free)


class QuotaReserver:
    """Takes one message's place in the counters; call inside the caller's transaction."""

    def __init__(self, profile_id: int, profile: SmtpProfile) -> None:
        self._profile = profile
        self._counters = quota.Counters(profile_id)

    def reserve(self, now: datetime) -> bool:
        """True when the message may go; nothing is counted when it may not."""
        limits = [(day_key(now), daily_rate(self._profile, now))]
        if self._profile.hourly_limit:
            limits.append((hour_key(now), self._profile.hourly_limit))
        taken: list[str] = []
        for period, limit in limits:
            if not self._counters.take(period, limit):
                for done in taken:
                    self._counters.give_back(done)
                return False
            taken.append(period)
        return True

    def give_back(self, now: datetime) -> None:
        """Undo a reservation: the message was never offered to the server."""
        self._counters.give_back(day_key(now))
        if self._profile.hourly_limit:
            self._counters.give_back(hour_key(now))


@dataclass(frozen=True)
class Forecast:
    remaining: int
    finish_at: datetime  # when the last goes, under the warm-up's rates and the send window
    # how many days of the daily rate the remaining messages use, counted from today's, each
    # day's rate as the warm-up sets it (the window, the queue ahead and today's use aside)
    quota_days: float
    sending_days: int  # calendar days (UTC) on which messages go out
    today: int  # how many can still go today


@dataclass(frozen=True)
class Waiting:
    """``count`` messages of one campaign that the sender may take from ``ready_at`` on.

    Queued messages are ready now (or when their campaign is scheduled); a deferred one at
    its ``next_attempt_at``.
    """

    campaign_id: int
    ready_at: datetime
    count: int


@dataclass
class _Left:
    campaign_id: int
    ready_at: datetime
    count: int


class _Quota:
    """The day's and the hour's allowance as the simulated clock moves (periods in UTC)."""

    def __init__(self, profile: SmtpProfile, used: Usage, now: datetime) -> None:
        self.profile = profile
        self.day, self.hour = day_key(now), hour_key(now)
        self.day_left = max(0, daily_rate(profile, now) - used.today)
        self.hour_left = (max(0, profile.hourly_limit - used.this_hour)
                          if profile.hourly_limit else None)

    def move_to(self, moment: datetime) -> None:
        if day_key(moment) != self.day:
            self.day, self.day_left = day_key(moment), daily_rate(self.profile, moment)
        if hour_key(moment) != self.hour:
            self.hour = hour_key(moment)
            if self.hour_left is not None:
                self.hour_left = self.profile.hourly_limit

    @property
    def left(self) -> int:
        return min(self.day_left, self.hour_left if self.hour_left is not None else self.day_left)

    def take(self, count: int) -> None:
        self.day_left -= count
        if self.hour_left is not None:
            self.hour_left -= count

    def free_at(self, moment: datetime) -> datetime:
        return next_day(moment) if self.day_left <= 0 else next_hour(moment)


def default_seconds_per_message(profile: SmtpProfile) -> float:
    """A message's time on the wire before any was timed: a quarter second a connection."""
    return 0.25 / max(1, profile.max_connections)


def forecast_queue(profile: SmtpProfile, queue: list[Waiting], target: int, used: Usage,
                   now: datetime, *, seconds_per_message: float | None = None) -> Forecast:
    """When campaign ``target``'s messages in ``queue`` (the profile's whole queue) are sent.

    Plays the sender forward on a clock of its own: each batch takes up to ``batch_size`` of
    the messages ready at that moment in the order the sender claims them (campaign, then
    item: a deferred message of an earlier campaign goes before a later campaign's queued
    ones once it is due), within the day's rate under the warm-up and the hourly cap left,
    with the pause between batches; when nothing is ready it waits for the next retry time.
    While the send window is closed nothing goes: the clock jumps to its next opening, and a
    batch stops at the closing (the sender claims no message after it).
    Computed from the persisted counters and the clock, so it is the same after a restart.
    """
    now = _utc(now)
    per_message = seconds_per_message or default_seconds_per_message(profile)
    # By the time they become ready; once ready, only their campaign matters for the order
    # (a claim takes the lowest campaign first), so ready messages are counted per campaign.
    waiting = sorted((_Left(w.campaign_id, max(now, _utc(w.ready_at)), w.count)
                      for w in queue if w.count > 0), key=lambda w: w.ready_at)
    remaining = sum(w.count for w in waiting if w.campaign_id == target)
    left = remaining
    quota = _Quota(profile, used, now)
    window = send_window.window_of(profile)
    moment, finish, today = now, now, 0
    days: set[date] = set()
    batch_size = max(1, profile.batch_size)
    ready: dict[int, int] = {}
    admitted = 0
    while left > 0 and profile.daily_limit > 0:
        while admitted < len(waiting) and waiting[admitted].ready_at <= moment:
            group = waiting[admitted]
            ready[group.campaign_id] = ready.get(group.campaign_id, 0) + group.count
            admitted += 1
        if quota.left <= 0:
            moment = quota.free_at(moment)
            quota.move_to(moment)
            continue
        if window is not None and not window.is_open(moment):
            moment = window.next_opening(moment)
            quota.move_to(moment)
            continue
        if not any(ready.values()):
            moment = waiting[admitted].ready_at  # nothing is due: the next retry time
            quota.move_to(moment)
            continue
        room = start_room = min(batch_size, quota.left) if window is None else min(
            batch_size, quota.left, _fits_before_closing(window, moment, per_message))
        start = moment
        for campaign_id in sorted(ready):  # in claim order
            taken = min(room, ready[campaign_id])
            ready[campaign_id] -= taken
            room -= taken
            moment += timedelta(seconds=taken * per_message)
            if campaign_id == target and taken:
                left -= taken
                finish = moment
                days.add(start.date())
                if start.date() == now.date():
                    today += taken
            if room == 0:
                break
        quota.take(start_room - room)
        quota.move_to(moment)
        if left > 0 and quota.left > 0:
            moment += timedelta(seconds=profile.batch_pause_seconds)
            quota.move_to(moment)
    return Forecast(
        remaining=remaining,
        finish_at=finish,
        quota_days=warmup.rate_days(profile, remaining, now.date()),
        sending_days=len(days),
        today=today,
    )


def _fits_before_closing(window: send_window.SendWindow, moment: datetime,
                         per_message: float) -> int:
    """How many messages start before the open window closes (the first one does)."""
    seconds = (window.closing(moment) - moment).total_seconds()
    return max(1, math.ceil(seconds / per_message))


def forecast(profile: SmtpProfile, remaining: int, used: Usage, now: datetime,
             *, ahead: int = 0, seconds_per_message: float | None = None) -> Forecast:
    """When ``remaining`` messages, all ready now, will be sent after ``ahead`` others."""
    queue = [Waiting(0, now, ahead), Waiting(1, now, remaining)]
    return forecast_queue(profile, queue, 1, used, now, seconds_per_message=seconds_per_message)
