"""A profile's daily send rate under its warm-up plan, day by day (UTC days, as the counters).

The plan's figure for a day is a ceiling on the daily rate the user set, never a floor: a
plan that would allow more than the profile's daily rate sends at the daily rate. Before the
plan's first day the first day's figure applies, so a plan set to start next week holds the
volume down already; after its last day the daily rate applies as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from engine.config import SmtpProfile
from engine.warmup_plans import plan_days


def ramp(profile: SmtpProfile) -> tuple[int, ...]:
    """Each plan day's ceiling; () with no warm-up (or a first day that is not a date)."""
    if start_day(profile) is None:
        return ()
    return plan_days(profile.warmup_plan, first_day=profile.warmup_first_day,
                     days=profile.warmup_days, daily_rate=profile.daily_limit)


def start_day(profile: SmtpProfile) -> date | None:
    # validate() refuses a plan without a first day; one read back unchecked sends at the
    # daily rate rather than guessing a start.
    if not profile.warmup_plan:
        return None
    try:
        return date.fromisoformat(profile.warmup_start.strip())
    except ValueError:
        return None


def daily_rate(profile: SmtpProfile, day: date) -> int:
    """How many messages the profile may send on the UTC day ``day``."""
    figures, start = ramp(profile), start_day(profile)
    if not figures or start is None:
        return profile.daily_limit
    index = max(0, (day - start).days)
    if index >= len(figures):
        return profile.daily_limit
    return min(profile.daily_limit, figures[index])


def rate_days(profile: SmtpProfile, count: int, day: date) -> float:
    """How many days of the daily rate ``count`` messages use from ``day`` on, each day's rate
    as the warm-up sets it: 250 messages over a ramp of 50, 100, 500 use 2.2 days."""
    figures, start = ramp(profile), start_day(profile)
    used = 0.0
    while count > 0:
        rate = daily_rate(profile, day)
        if rate <= 0:
            return float("inf")
        if start is None or (day - start).days >= len(figures):
            return used + count / rate  # past the ramp (or none): every day alike
        used += min(1.0, count / rate)
        count -= rate
        day += timedelta(days=1)
    return used


@dataclass(frozen=True)
class WarmupStanding:
    """Where the warm-up stands on a day, for the presentation."""

    day: int  # the plan's day number, 1 on its first day; 0 before it has started
    days: int  # how many days the plan has
    rate: int  # the day's send rate under it
    first_day: date
    last_day: date


def standing(profile: SmtpProfile, day: date) -> WarmupStanding | None:
    """The warm-up on UTC day ``day``; None with no plan, or once its last day is past."""
    figures, start = ramp(profile), start_day(profile)
    if not figures or start is None:
        return None
    number = (day - start).days + 1
    if number > len(figures):
        return None
    return WarmupStanding(max(0, number), len(figures), daily_rate(profile, day), start,
                          start + timedelta(days=len(figures) - 1))
