"""Warm-up plans: how many messages a new sending domain or IP may send on each of its first days.

A receiving provider trusts a sender it has not seen only as far as its mail is wanted; a
new domain or IP that starts at full volume is deferred (421, 4.7.x) and then blocked. The
presets follow the schedules the big sending services publish; each day's figure is a ceiling
on the profile's daily send rate, never a floor. After the plan's last day the daily rate
applies as it is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True)
class WarmupPlan:
    id: str
    days: tuple[int, ...]  # messages allowed on day 1, 2, …


PLANS: tuple[WarmupPlan, ...] = (
    # After SendGrid's recommended IP warm-up schedule ("Warming up an IP address"): about
    # doubling each day from 50, for a dedicated IP with an engaged list.
    WarmupPlan("new_ip", (50, 100, 500, 1_000, 5_000, 10_000, 20_000, 40_000, 70_000,
                          100_000, 150_000, 250_000, 400_000, 600_000, 1_000_000)),
    # The conservative schedule most deliverability guides give for a new domain on a shared
    # IP: double every second day from 50 over three weeks.
    WarmupPlan("new_domain", (50, 50, 100, 100, 250, 250, 500, 500, 1_000, 1_000, 2_500, 2_500,
                              5_000, 5_000, 10_000, 10_000, 10_000, 25_000, 25_000, 25_000,
                              25_000)),
)
CUSTOM = "custom"  # from a first day's figure to the daily rate over a number of days
PLAN_IDS = ("", *(plan.id for plan in PLANS), CUSTOM)  # "": no warm-up


def custom_days(first_day: int, days: int, daily_rate: int) -> tuple[int, ...]:
    """A ramp growing by the same factor each day, from ``first_day`` to ``daily_rate``."""
    if days <= 1 or first_day >= daily_rate:
        return (min(first_day, daily_rate),) * max(1, days)
    growth = (daily_rate / first_day) ** (1 / (days - 1))
    return tuple(min(daily_rate, math.floor(first_day * growth ** day + 1e-9))
                 for day in range(days))


def plan_days(plan_id: str, *, first_day: int, days: int, daily_rate: int) -> tuple[int, ...]:
    """Each day's ceiling under the plan; () for no plan (or one no longer known)."""
    if plan_id == CUSTOM:
        return custom_days(first_day, days, daily_rate)
    for plan in PLANS:
        if plan.id == plan_id:
            return plan.days
    return ()
