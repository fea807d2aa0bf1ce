"""The forecast from the profile's whole queue, checked against the sender on a fake clock.

Against a real aiosmtpd server: the forecast is taken before anything is sent, then the sender
runs day after day (the clock moved to each resume time it reports) and the day the campaign's
last message really went out must be the forecast's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from engine.clock import FakeClock
from engine.config import SmtpProfile
from engine.jobs import JobContext
from engine.sending.limits import Forecast
from engine.sending.progress import CampaignProgress, campaign_progress
from engine.storage import campaigns
from engine.storage.models import CampaignItem
from tests.engine.sending.conftest import (
    add_contacts,
    make_campaign,
    profile_for,
    send,
    start_campaign,
)

pytestmark = pytest.mark.usefixtures("database_url")


def naive(clock: FakeClock) -> datetime:
    return clock.now().replace(tzinfo=None)


def send_until_done(ctx: JobContext, clock: FakeClock, campaign_id: int) -> None:
    for _ in range(30):
        report = send(ctx)
        if not campaigns.item_counts(campaign_id).remaining:
            return
        if report["resume_at"]:
            resume = datetime.fromisoformat(report["resume_at"])
        else:  # nothing due now: the scheduler's next run after the earliest retry time
            resume = min(i.next_attempt_at for i in CampaignItem.select().where(
                CampaignItem.state == "deferred")).replace(tzinfo=UTC)
        assert resume > clock.now()
        clock.advance(seconds=(resume - clock.now()).total_seconds())
    raise AssertionError("the campaign never finished")


def last_sent_day(campaign_id: int) -> Any:
    return max(i.sent_at for i in CampaignItem.select().where(
        CampaignItem.campaign == campaign_id)).date()


def test_the_second_campaign_on_a_profile_finishes_the_day_its_forecast_says(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server, daily_limit=5, batch_size=2)
    add_contacts("First", 7)
    add_contacts("Second", 4, domain="example.net")
    ctx = context(profile)
    first = make_campaign(profile, ("First",), name="First")
    second = make_campaign(profile, ("Second",), name="Second")
    start_campaign(first, ctx)
    start_campaign(second, ctx)
    progress = campaign_progress(second.id, naive(clock))
    assert progress is not None and progress.forecast is not None
    send_until_done(ctx, clock, second.id)
    # 5 of First on the first day, 2 of First and 3 of Second the next, the last one after
    assert last_sent_day(second.id) == datetime(2026, 1, 7).date()
    assert progress.forecast.finish_at.date() == last_sent_day(second.id)
    assert progress.forecast.today == 0


def last_sent_at(campaign_id: int) -> Any:
    return max(i.sent_at for i in CampaignItem.select().where(
        CampaignItem.campaign == campaign_id))


def forecast_then_send(profile: SmtpProfile, ctx: JobContext, clock: FakeClock,
                       contacts: int) -> tuple[int, CampaignProgress, Forecast]:
    """One campaign to ``contacts`` addresses: its progress before it sends, then sent out."""
    add_contacts("First", contacts)
    campaign = make_campaign(profile, ("First",), name="First")
    start_campaign(campaign, ctx)
    progress = campaign_progress(campaign.id, naive(clock))
    assert progress is not None and progress.forecast is not None
    send_until_done(ctx, clock, campaign.id)
    return campaign.id, progress, progress.forecast


def test_under_a_warm_up_the_campaign_finishes_the_day_its_forecast_says(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    # a ramp of 3, 5 and then the daily rate of 10
    profile = profile_for(smtp_server(), daily_limit=10, batch_size=4, warmup_plan="custom",
                          warmup_start="2026-01-05", warmup_first_day=3, warmup_days=3)
    campaign_id, _, forecast = forecast_then_send(profile, context(profile), clock, 12)
    assert last_sent_day(campaign_id) == datetime(2026, 1, 7).date()
    assert forecast.finish_at.date() == last_sent_day(campaign_id)
    assert (forecast.today, forecast.sending_days) == (3, 3)


def test_under_a_send_window_the_campaign_finishes_at_the_opening_its_forecast_says(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    # 18:00 to 20:00 in Rome (17:00 to 19:00 UTC); the clock starts at 09:00 UTC
    profile = profile_for(smtp_server(), daily_limit=5, batch_size=2, send_window=True,
                          window_from="18:00", window_until="20:00", window_zone="Europe/Rome")
    campaign_id, progress, forecast = forecast_then_send(profile, context(profile), clock, 12)
    assert progress.window_closed_until == datetime(2026, 1, 5, 17, 0, tzinfo=UTC)
    # 5, 5 and 2, each evening at the opening
    assert last_sent_at(campaign_id) == datetime(2026, 1, 7, 17, 0)
    assert forecast.finish_at.replace(microsecond=0, tzinfo=None) == last_sent_at(campaign_id)


def test_a_deferred_messages_retry_time_is_in_the_forecast(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server, daily_limit=5, batch_size=2)
    add_contacts("First", 3)
    add_contacts("Second", 3, domain="example.net")
    ctx = context(profile)
    first = make_campaign(profile, ("First",), name="First")
    second = make_campaign(profile, ("Second",), name="Second")
    start_campaign(first, ctx)
    start_campaign(second, ctx)
    # One of Second's messages was refused with a 451 and waits for its retry, two days on.
    CampaignItem.update(state="deferred", attempts=1,
                        next_attempt_at=datetime(2026, 1, 7, 15, 30)).where(
        CampaignItem.email == "person1@example.net").execute()
    progress = campaign_progress(second.id, naive(clock))
    assert progress is not None and progress.forecast is not None
    send_until_done(ctx, clock, second.id)
    assert last_sent_day(second.id) == datetime(2026, 1, 7).date()
    assert progress.forecast.finish_at == datetime(2026, 1, 7, 15, 30, 0, 250000,
                                                   tzinfo=progress.forecast.finish_at.tzinfo)


def test_an_earlier_campaigns_retries_go_before_a_later_campaigns_queue(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    profile = profile_for(server, daily_limit=4, batch_size=4)
    add_contacts("First", 4)
    add_contacts("Second", 7, domain="example.net")
    ctx = context(profile)
    first = make_campaign(profile, ("First",), name="First")
    second = make_campaign(profile, ("Second",), name="Second")
    start_campaign(first, ctx)
    start_campaign(second, ctx)
    # All of First's messages wait for a retry at midnight: Second takes today's quota, and
    # First's four take the whole of the next day's.
    CampaignItem.update(state="deferred", attempts=1,
                        next_attempt_at=datetime(2026, 1, 6)).where(
        CampaignItem.campaign == first.id).execute()
    progress = campaign_progress(second.id, naive(clock))
    assert progress is not None and progress.forecast is not None
    send_until_done(ctx, clock, second.id)
    assert last_sent_day(second.id) == datetime(2026, 1, 7).date()
    assert progress.forecast.finish_at.date() == last_sent_day(second.id)
    assert progress.forecast.today == 4


def test_campaign_status_forecasts_from_the_profiles_whole_queue(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    from engine.cli.campaign import status_lines

    server = smtp_server()
    profile = profile_for(server, daily_limit=5, batch_size=2)
    add_contacts("First", 7)
    add_contacts("Second", 4, domain="example.net")
    ctx = context(profile)
    start_campaign(make_campaign(profile, ("First",), name="First"), ctx)
    second = make_campaign(profile, ("Second",), name="Second")
    start_campaign(second, ctx)
    info = campaigns.get_campaign_by_id(second.id)
    assert info is not None
    text = "\n".join(status_lines(info, naive(clock)))
    assert "finishes about 2026-01-07 " in text


def test_the_rate_is_taken_over_the_time_the_messages_took_to_go_out(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    from datetime import timedelta

    from engine.cli.progress_words import progress_lines

    server = smtp_server()
    profile = profile_for(server)
    add_contacts("First", 27)
    ctx = context(profile)
    campaign = make_campaign(profile, ("First",), name="First")
    start_campaign(campaign, ctx)
    send(ctx)
    # The 27 went out within one second.
    start = naive(clock)
    for n, item in enumerate(CampaignItem.select().order_by(CampaignItem.id)):
        item.sent_at = start + timedelta(seconds=n / 26)
        item.save()
    progress = campaign_progress(campaign.id, start + timedelta(minutes=1))
    assert progress is not None
    assert 1500 < progress.per_minute < 1600
    assert "Rate: 1560 per minute" in progress_lines(progress)


def test_a_completed_campaign_with_a_re_send_due_does_not_read_as_plainly_completed(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    from engine.cli.progress_words import progress_lines

    server = smtp_server()
    profile = profile_for(server)
    add_contacts("First", 2)
    ctx = context(profile)
    campaign = make_campaign(profile, ("First",), name="First")
    start_campaign(campaign, ctx)
    send(ctx)
    campaigns.Campaign.update(status="completed").execute()
    # a soft bounce collected after the end: the message is to be sent again
    CampaignItem.update(state="deferred", next_attempt_at=naive(clock)).where(
        CampaignItem.email == "person1@example.org").execute()
    progress = campaign_progress(campaign.id, naive(clock))
    assert progress is not None
    lines = progress_lines(progress)
    assert lines[0] == "Completed, 1 re-send due"
    assert "remaining 1" in lines[1]
