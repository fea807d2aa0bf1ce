"""The forecast: finish time and days of quota, from the counters and the clock."""

from __future__ import annotations

from datetime import UTC, datetime

from engine.config import SmtpProfile
from engine.sending.limits import Usage, allowance, forecast, when_free

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


def warming_up(**changes: object) -> SmtpProfile:
    # new_ip from today: 50, 100, 500, 1,000 … held to the daily rate of 500
    return profile(warmup_plan="new_ip", warmup_start="2026-01-05", **changes)


def test_a_warm_up_holds_todays_allowance_to_its_first_days_figure() -> None:
    assert allowance(warming_up(), Usage(0, 0), NOW) == 50
    assert allowance(warming_up(), Usage(50, 0), NOW) == 0
    assert when_free(warming_up(), Usage(50, 0), NOW) == datetime(2026, 1, 6, tzinfo=UTC)


def test_under_a_warm_up_the_forecast_finishes_the_day_the_ramp_reaches_the_total() -> None:
    result = forecast(warming_up(), 300, Usage(0, 0), NOW, seconds_per_message=0.5)
    # 50 today, 100 tomorrow, 150 of 500 the day after
    assert result.finish_at.date() == datetime(2026, 1, 7).date()
    assert result.sending_days == 3
    assert result.today == 50
    assert result.quota_days == 2.3


def evenings(**changes: object) -> SmtpProfile:
    # 18:00 to 20:00 in Rome: 17:00 to 19:00 UTC in January
    return profile(send_window=True, window_from="18:00", window_until="20:00",
                   window_zone="Europe/Rome", **changes)


def test_a_closed_send_window_allows_nothing_until_it_opens() -> None:
    assert allowance(evenings(), Usage(0, 0), NOW) == 0
    assert when_free(evenings(), Usage(0, 0), NOW) == datetime(2026, 1, 5, 17, tzinfo=UTC)


def test_a_full_day_resumes_at_the_next_days_opening_of_the_window() -> None:
    assert when_free(evenings(), Usage(500, 0), datetime(2026, 1, 5, 18, tzinfo=UTC)) == \
        datetime(2026, 1, 6, 17, tzinfo=UTC)


def test_the_forecast_sends_only_while_the_window_is_open() -> None:
    # two hours a day at 1 message a minute: 120 a day, well within the daily rate
    result = forecast(evenings(batch_pause_seconds=0), 300, Usage(0, 0), NOW,
                      seconds_per_message=60)
    assert result.finish_at == datetime(2026, 1, 7, 18, 0, tzinfo=UTC)
    assert result.sending_days == 3
    assert result.today == 120


def test_the_forecast_under_a_warm_up_and_a_window_honours_both() -> None:
    result = forecast(warming_up(send_window=True, window_from="18:00", window_until="20:00",
                                 window_zone="Europe/Rome"), 160, Usage(0, 0), NOW,
                      seconds_per_message=1)
    # 50 today and 100 tomorrow from 17:00 UTC, the last 10 at the third evening's opening
    assert result.finish_at.date() == datetime(2026, 1, 7).date()
    assert result.finish_at.hour == 17
