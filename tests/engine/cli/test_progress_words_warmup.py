"""The CLI's lines for the warm-up and the send window on a campaign's progress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from engine.cli.campaign import status_lines
from engine.cli.progress_words import progress_lines, warmup_words, window_words
from engine.clock import FakeClock
from engine.jobs import JobContext
from engine.sending.progress import CampaignProgress
from engine.sending.warmup import WarmupStanding
from engine.storage import campaigns
from engine.storage.campaigns import ItemCounts
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for, start_campaign

DAY_3 = WarmupStanding(3, 15, 500, date(2026, 3, 2), date(2026, 3, 16))


def test_the_warm_up_line_names_the_day_of_the_plan_and_its_last_day() -> None:
    assert warmup_words(DAY_3) == "Warm-up: day 3 of 15, the last 2026-03-16"


def test_before_the_warm_up_starts_its_first_figure_follows_a_colon() -> None:
    not_yet = WarmupStanding(0, 15, 1_000, date(2026, 3, 2), date(2026, 3, 16))
    assert warmup_words(not_yet) == ("Warm-up starts 2026-03-02; until then messages a day at "
                                     "most: 1,000")


def test_a_closed_window_says_when_sending_resumes_in_utc() -> None:
    assert window_words(datetime(2026, 3, 4, 17, 0, tzinfo=UTC)) == \
        "Send window closed: sending resumes 2026-03-04 17:00 UTC"


def test_the_progress_shows_todays_warm_up_rate_and_where_the_plan_stands() -> None:
    progress = CampaignProgress("sending", ItemCounts({"queued": 10}, {}, 0), 0.0, None, 500,
                                120, warmup=DAY_3)
    lines = progress_lines(progress)
    assert "Today: 120 of 500 messages the profile may send per day" in lines
    assert "Warm-up: day 3 of 15, the last 2026-03-16" in lines
    assert not any(line.startswith("Send window") for line in lines)


@pytest.mark.usefixtures("database_url")
def test_campaign_status_shows_the_warm_up_and_the_closed_window(
    smtp_server: Callable[..., Any],
) -> None:
    profile = profile_for(smtp_server(), warmup_plan="new_ip", warmup_start="2026-01-05",
                          send_window=True, window_from="18:00", window_until="20:00",
                          window_zone="Europe/Rome")
    add_contacts("Newsletter", 3)
    campaign = make_campaign(profile)
    start_campaign(campaign, JobContext(clock=FakeClock()))
    info = campaigns.get_campaign_by_id(campaign.id)
    assert info is not None
    text = "\n".join(status_lines(info, datetime(2026, 1, 5, 9, 0)))
    assert "Warm-up: day 1 of 15, the last 2026-01-19" in text
    assert "Send window closed: sending resumes 2026-01-05 17:00 UTC" in text
    assert "(50/day today, under the warm-up)" in text
