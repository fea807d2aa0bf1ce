"""A profile's send window: the hours of the day, in its own time zone, when campaigns go out.

Each local day has one opening, from ``window_from`` until ``window_until`` (the next day's,
when it wraps past midnight), turned into UTC moments through zoneinfo on that very day, so
a daylight-saving change moves the window with the local clock. An opening whose time the
clock skips (02:30 on the night it jumps from 02:00 to 03:00) opens at the jump; a time the
clock goes through twice counts the first time.
"""

from __future__ import annotations

import zoneinfo
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from engine.config import SmtpProfile, time_of_day
from engine.errors import ConfigError


@dataclass(frozen=True)
class SendWindow:
    opens: time
    closes: time
    zone: zoneinfo.ZoneInfo

    def opening(self, moment: datetime) -> tuple[datetime, datetime]:
        """The opening that ``moment`` falls in, or else the next one: (from, until) in UTC."""
        local_day = _utc(moment).astimezone(self.zone).date()
        for offset in (-1, 0, 1, 2):
            day = local_day + timedelta(days=offset)
            start = _instant(day, self.opens, self.zone)
            end = _instant(day + timedelta(days=1) if self.closes <= self.opens else day,
                           self.closes, self.zone)
            if end > _utc(moment):
                return start, end
        raise AssertionError("a window opens every day")  # pragma: no cover

    def is_open(self, moment: datetime) -> bool:
        return self.opening(moment)[0] <= _utc(moment)

    def next_opening(self, moment: datetime) -> datetime:
        """``moment`` itself (in UTC) when the window is open then, else when it next opens."""
        return max(_utc(moment), self.opening(moment)[0])

    def closing(self, moment: datetime) -> datetime:
        """When the opening ``moment`` falls in (or the next one) closes, in UTC."""
        return self.opening(moment)[1]


def window_of(profile: SmtpProfile) -> SendWindow | None:
    """The profile's window; None when it sends at any hour."""
    if not profile.send_window:
        return None
    opens, closes = time_of_day(profile.window_from), time_of_day(profile.window_until)
    try:
        zone = zoneinfo.ZoneInfo(profile.window_zone.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError) as exc:
        raise ConfigError(f"Unknown time zone {profile.window_zone!r}.", "window_zone") from exc
    if opens is None or closes is None or opens == closes:
        # validate() refuses these; sending at every hour would break the user's choice
        raise ConfigError("The send window needs two different times of day.", "window_from")
    return SendWindow(opens, closes, zone)


def next_opening(profile: SmtpProfile, moment: datetime) -> datetime:
    """When ``profile`` may send from ``moment`` on, as far as its window goes (aware UTC)."""
    window = window_of(profile)
    return _utc(moment) if window is None else window.next_opening(moment)


def _utc(moment: datetime) -> datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def _instant(day: date, at: time, zone: zoneinfo.ZoneInfo) -> datetime:
    """When the local clock in ``zone`` first shows ``at`` on ``day``, in UTC."""
    wall = datetime.combine(day, at)
    first = wall.replace(tzinfo=zone, fold=0).astimezone(UTC)
    if first.astimezone(zone).replace(tzinfo=None) == wall:
        return first
    # Skipped by a jump forward: fold=0 read it with the offset before the jump, which
    # lands after it, fold=1 with the one after, which lands before. The jump lies between.
    before, after = wall.replace(tzinfo=zone, fold=1).astimezone(UTC), first
    while after - before > timedelta(seconds=1):
        middle = before + (after - before) / 2
        if middle.astimezone(zone).utcoffset() == after.astimezone(zone).utcoffset():
            after = middle
        else:
            before = middle
    return after.replace(microsecond=0)
