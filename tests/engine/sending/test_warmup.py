"""The daily send rate under a warm-up plan, day by day (UTC days)."""

from __future__ import annotations

from datetime import date

from engine.config import SmtpProfile
from engine.sending.warmup import WarmupStanding, daily_rate, rate_days, standing

START = date(2026, 3, 2)


def profile(**changes: object) -> SmtpProfile:
    values: dict[str, object] = {"name": "p", "daily_limit": 2_000, "warmup_plan": "new_ip",
                                 "warmup_start": START.isoformat()}
    values.update(changes)
    return SmtpProfile(**values)  # type: ignore[arg-type]


def test_the_first_day_of_the_plan_sends_its_first_figure() -> None:
    assert daily_rate(profile(), START) == 50


def test_each_later_day_sends_that_days_figure() -> None:
    assert daily_rate(profile(), date(2026, 3, 4)) == 500  # day 3 of new_ip


def test_before_the_plan_starts_the_first_days_figure_applies() -> None:
    assert daily_rate(profile(), date(2026, 2, 20)) == 50


def test_a_plan_figure_above_the_daily_rate_is_held_to_the_daily_rate() -> None:
    assert daily_rate(profile(), date(2026, 3, 6)) == 2_000  # day 5: 5,000


def test_after_the_plans_last_day_the_daily_rate_applies() -> None:
    assert daily_rate(profile(daily_limit=5_000_000), date(2026, 3, 17)) == 5_000_000


def test_no_plan_sends_at_the_daily_rate() -> None:
    assert daily_rate(profile(warmup_plan=""), START) == 2_000


def test_a_custom_plan_ramps_from_its_first_figure_to_the_daily_rate() -> None:
    custom = profile(warmup_plan="custom", warmup_first_day=100, warmup_days=3)
    assert [daily_rate(custom, date(2026, 3, d)) for d in (2, 3, 4, 5)] == \
        [100, 447, 2_000, 2_000]


def test_days_of_the_rate_count_each_day_at_its_warm_up_figure() -> None:
    # 50 + 100 on the first two days, then 100 of day 3's 500
    assert rate_days(profile(), 250, START) == 2.2


def test_days_of_the_rate_without_a_plan_are_messages_over_the_daily_rate() -> None:
    assert rate_days(profile(warmup_plan=""), 3_000, START) == 1.5


def test_the_standing_names_the_day_of_the_plan_and_its_last_day() -> None:
    assert standing(profile(), date(2026, 3, 4)) == WarmupStanding(
        3, 15, 500, START, date(2026, 3, 16))


def test_the_standing_before_the_start_is_day_zero() -> None:
    before = standing(profile(), date(2026, 3, 1))
    assert before is not None and before.day == 0 and before.rate == 50


def test_there_is_no_standing_once_the_plan_is_over() -> None:
    assert standing(profile(), date(2026, 3, 17)) is None
