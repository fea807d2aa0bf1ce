"""The sending job under a warm-up plan and a send window, against a real aiosmtpd server."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest

from engine.clock import FakeClock
from engine.jobs import JobContext
from engine.scheduler import jobs
from engine.sending.progress import campaign_progress
from engine.storage import campaigns, db
from engine.storage.campaigns import CampaignInfo
from tests.engine.sending.conftest import (
    add_contacts,
    make_campaign,
    profile_for,
    send,
    start_campaign,
)

pytestmark = pytest.mark.usefixtures("database_url")

# A custom ramp from 3 to the daily rate of 10 over three days: 3, 5, 10
WARM_UP = {"daily_limit": 10, "batch_size": 4, "warmup_plan": "custom",
           "warmup_start": "2026-01-05", "warmup_first_day": 3, "warmup_days": 3}
# 18:00 to 20:00 in Rome: 17:00 to 19:00 UTC in January (the clock starts at 09:00 UTC)
EVENINGS = {"send_window": True, "window_from": "18:00", "window_until": "20:00",
            "window_zone": "Europe/Rome"}


def started(server: Any, context: Callable[..., JobContext], contacts: int,
            **settings: Any) -> tuple[JobContext, CampaignInfo]:
    """A campaign to ``contacts`` addresses, its items made, on a profile with ``settings``."""
    profile = profile_for(server, **settings)
    add_contacts("Newsletter", contacts)
    ctx = context(profile)
    campaign = make_campaign(profile)
    start_campaign(campaign, ctx)
    return ctx, campaign


def test_a_warm_up_day_sends_its_figure_and_sending_resumes_the_next_utc_day(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    ctx, _ = started(server, context, 20, **WARM_UP)
    first = send(ctx)
    assert first["sent"] == 3
    assert first["resume_at"] == "2026-01-06T00:00:00+00:00"
    assert send(ctx)["sent"] == 0
    sent_each_day = []
    for _ in range(3):
        clock.advance(days=1)
        sent_each_day.append(send(ctx)["sent"])
    assert sent_each_day == [5, 10, 2]
    assert len(server.messages) == 20


def test_the_warm_up_limit_holds_across_a_restart(
    database_url: str, smtp_server: Callable[..., Any], clock: FakeClock,
    context: Callable[..., JobContext],
) -> None:
    ctx, campaign = started(smtp_server(), context, 20, **WARM_UP)
    assert send(ctx)["sent"] == 3
    db.close_db()
    db.init_db(database_url)
    again = send(ctx)
    assert again["sent"] == 0
    assert again["resume_at"] == "2026-01-06T00:00:00+00:00"
    progress = campaign_progress(campaign.id, clock.now().replace(tzinfo=None))
    assert progress is not None and progress.warmup is not None
    assert (progress.used_today, progress.daily_limit, progress.warmup.day) == (3, 3, 1)


def test_nothing_goes_while_the_window_is_closed_and_sending_resumes_at_its_opening(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server()
    ctx, _ = started(server, context, 6, **EVENINGS)
    closed = send(ctx)
    assert closed["sent"] == 0
    assert closed["resume_at"] == "2026-01-05T17:00:00+00:00"
    assert server.messages == []
    clock.advance(hours=8)
    assert send(ctx)["sent"] == 6


def test_the_sending_job_is_not_due_while_the_window_is_closed(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    ctx, _ = started(smtp_server(), context, 2, **EVENINGS)
    sending = jobs.job("process_campaign_messages")
    assert not sending.has_work(ctx)
    clock.advance(hours=8)
    assert sending.has_work(ctx)


class TickingClock(FakeClock):
    """Moves a second each time it is read, so time passes while a batch is sending."""

    def now(self) -> datetime:
        self.advance(seconds=1)
        return super().now()


def test_a_batch_stops_claiming_when_the_window_closes(
    smtp_server: Callable[..., Any], context: Callable[..., JobContext],
) -> None:
    ctx, campaign = started(smtp_server(), context, 200, batch_size=200, **EVENINGS)
    # a minute before the window closes (19:00 UTC), read a few times for each message
    clock = TickingClock(datetime(2026, 1, 5, 18, 59, 0, tzinfo=UTC))
    report = send(JobContext(clock=clock, passwords=ctx.passwords))
    assert 0 < report["sent"] < 200
    assert report["resume_at"] == "2026-01-06T17:00:00+00:00"
    counts = campaigns.item_counts(campaign.id)
    assert counts.get("queued") == 200 - report["sent"]
    assert counts.get("sending") == 0
