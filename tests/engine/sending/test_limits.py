"""The forecast: finish time and days of quota, from the counters and the clock."""

from __future__ import annotations

from datetime import UTC, datetime

from engine.config import SmtpProfile
from engine.sending.limits import Usage, forecast

NOW = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)


def profile(**changes: object) -> SmtpProfile:
    values: dict[str, object] = {"name": "p", "daily_limit": 500, "batch_size": 50,
                                 "batch_pause_seconds": 10, "max_connections": 2}
    values.update(changes)
    return SmtpProfile(**values)  # type: ignore[arg-type]


def test_a_campaign_within_todays_quota_finishes_today() -> None:
    result = forecast(profile(), 100, Usage(0, 0), NOW, seconds_per_message=0.5)
    assert result.finish_at.date() == NOW.date()
    assert result.sending_days == 1
    assert result.quota_days == 0.2
    assert result.today == 100


def test_a_campaign_larger_than_the_daily_rate_spans_days() -> None:
    result = forecast(profile(), 1200, Usage(300, 0), NOW, seconds_per_message=0.5)
    # 200 today, 500 tomorrow, 500 the day after
    assert result.finish_at.date() == datetime(2026, 1, 7).date()
    assert result.sending_days == 3
    assert result.quota_days == 2.4
    assert result.today == 200


def test_the_hourly_cap_spreads_sending_over_hours() -> None:
    result = forecast(profile(hourly_limit=100), 250, Usage(0, 0), NOW, seconds_per_message=0.1)
    assert result.finish_at.hour == 11


def test_campaigns_ahead_on_the_same_profile_push_the_finish_back() -> None:
    alone = forecast(profile(), 400, Usage(0, 0), NOW, seconds_per_message=0.5)
    behind = forecast(profile(), 400, Usage(0, 0), NOW, ahead=400, seconds_per_message=0.5)
    assert behind.finish_at.date() > alone.finish_at.date()
    assert behind.today == 100


def test_the_same_counters_and_clock_give_the_same_forecast_after_a_restart() -> None:
    first = forecast(profile(), 900, Usage(120, 10), NOW)
    again = forecast(profile(), 900, Usage(120, 10), NOW)
    assert first == again
