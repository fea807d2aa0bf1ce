"""The complaint rate, and the guard that pauses a campaign recipients report as spam."""

from __future__ import annotations

from datetime import timedelta

import pytest

from engine.cli.words import note_text
from engine.config import ComplaintGuard
from engine.notes import note
from engine.storage import campaigns, complaints
from engine.storage.models import Campaign, utcnow
from tests.engine.complaint_support import a_profile, complain, delivered_campaign
from tests.support import run_as_runners

pytestmark = pytest.mark.usefixtures("database_url")

GUARD = ComplaintGuard()  # 0.3% after at least 1,000 delivered


@pytest.fixture
def database_url(any_database: str) -> str:
    """The guard's conditional UPDATE and the distinct counts, on SQLite and PostgreSQL."""
    return any_database


def test_the_rate_is_complaints_over_delivered_items() -> None:
    campaign = delivered_campaign("Spring", 1200, queued=300)
    complain(campaign, 1, 2, 3)
    figures = complaints.complaint_rate(campaign)
    assert (figures.complaints, figures.delivered) == (3, 1200)
    assert figures.rate == pytest.approx(0.0025)
    assert figures.percent == pytest.approx(0.25)


def test_a_recipient_who_complains_twice_counts_once() -> None:
    campaign = delivered_campaign("Spring", 10)
    complain(campaign, 1, 1, 2)
    assert complaints.complaint_rate(campaign).complaints == 2


def test_a_campaign_with_nothing_delivered_has_a_rate_of_nothing() -> None:
    figures = complaints.complaint_rate(delivered_campaign("Spring", 0, queued=5))
    assert (figures.complaints, figures.delivered, figures.rate) == (0, 0, 0.0)


def test_a_profiles_rate_covers_its_campaigns_of_the_last_30_days() -> None:
    main, other = a_profile("Main"), a_profile("Other")
    now = utcnow()
    old = delivered_campaign("Old", 500, profile=main, sent_at=now - timedelta(days=40))
    complain(old, 1, 2, at=now - timedelta(days=39))
    recent = delivered_campaign("Recent", 800, profile=main, sent_at=now - timedelta(days=2))
    complain(recent, 1, at=now - timedelta(days=1))
    elsewhere = delivered_campaign("Elsewhere", 100, profile=other)
    complain(elsewhere, 1, 2, 3)
    figures = complaints.profile_complaint_rate(main, now)
    assert (figures.complaints, figures.delivered) == (1, 800)


def test_past_the_limit_after_1000_delivered_the_campaign_pauses_and_says_why() -> None:
    campaign = delivered_campaign("Spring", 1000, queued=50)
    complain(campaign, 1, 2, 3, 4)  # 0.4%
    reason = complaints.pause_if_exceeded(campaign, GUARD)
    assert reason == note("complaint_rate_exceeded", rate=0.4, limit=0.3, complaints=4,
                          delivered=1000)
    assert campaigns.status_of(campaign) == "paused"
    assert complaints.pause_reason(campaign) == reason
    assert note_text(Campaign.get_by_id(campaign).pause_note) == (
        "Paused by the complaint guard: 4 of 1000 delivered recipients reported it as spam "
        "(0.4%), above the limit of 0.3%. Check the list and the message before you resume it.")


def test_with_999_delivered_the_same_rate_does_not_pause_it() -> None:
    campaign = delivered_campaign("Spring", 999, queued=50)
    complain(campaign, 1, 2, 3, 4)
    assert complaints.pause_if_exceeded(campaign, GUARD) is None
    assert campaigns.status_of(campaign) == "sending"


def test_a_rate_at_the_limit_does_not_pause_it() -> None:
    campaign = delivered_campaign("Spring", 1000)
    complain(campaign, 1, 2, 3)  # exactly 0.3%: the limit is passed above it
    assert complaints.pause_if_exceeded(campaign, GUARD) is None


def test_the_limit_and_minimum_are_the_users() -> None:
    campaign = delivered_campaign("Spring", 200)
    complain(campaign, 1, 2)  # 1%
    assert complaints.pause_if_exceeded(
        campaign, ComplaintGuard(limit_percent=2.0, minimum_delivered=100)) is None
    assert complaints.pause_if_exceeded(
        campaign, ComplaintGuard(limit_percent=0.5, minimum_delivered=100)) is not None


def test_only_a_sending_campaign_is_paused_by_the_guard() -> None:
    campaign = delivered_campaign("Spring", 1000, status="completed")
    complain(campaign, 1, 2, 3, 4)
    assert complaints.pause_if_exceeded(campaign, GUARD) is None
    assert campaigns.status_of(campaign) == "completed"


def test_a_second_runner_finds_it_paused_already() -> None:
    campaign = delivered_campaign("Spring", 1000)
    complain(campaign, 1, 2, 3, 4)
    assert complaints.pause_if_exceeded(campaign, GUARD) is not None
    assert complaints.pause_if_exceeded(campaign, GUARD) is None  # no second pause, no change
    assert complaints.guard_profile(0, GUARD) == []


def test_after_the_user_resumes_only_a_further_complaint_pauses_it_again() -> None:
    campaign = delivered_campaign("Spring", 1000, queued=50)
    complain(campaign, 1, 2, 3, 4)
    complaints.pause_if_exceeded(campaign, GUARD)
    campaigns.resume(campaign)
    assert campaigns.status_of(campaign) == "sending"
    assert complaints.pause_reason(campaign) is None
    assert complaints.pause_if_exceeded(campaign, GUARD) is None  # the same four: accepted
    complain(campaign, 5)
    reason = complaints.pause_if_exceeded(campaign, GUARD)
    assert reason is not None and reason.params["complaints"] == 5


def test_a_campaign_the_user_paused_has_no_engine_reason() -> None:
    campaign = delivered_campaign("Spring", 10, queued=5)
    campaigns.pause(campaign)
    assert complaints.pause_reason(campaign) is None


def test_the_guard_checks_every_sending_campaign_of_the_profile() -> None:
    main = a_profile()
    bad = delivered_campaign("Bad", 1000, profile=main, queued=5)
    good = delivered_campaign("Good", 1000, profile=main, queued=5)
    complain(bad, 1, 2, 3, 4)
    complain(good, 1)
    assert complaints.guard_profile(main, GUARD) == [bad]
    assert campaigns.status_of(good) == "sending"


@pytest.mark.parametrize(("guard", "field"), [
    (ComplaintGuard(limit_percent=0), "limit_percent"),
    (ComplaintGuard(limit_percent=101), "limit_percent"),
    (ComplaintGuard(minimum_delivered=0), "minimum_delivered"),
    (ComplaintGuard(feedback_sender_id="shop:example"), "feedback_sender_id"),
    (ComplaintGuard(feedback_sender_id="shop example"), "feedback_sender_id"),
])
def test_the_settings_refuse_what_cannot_work(guard: ComplaintGuard, field: str) -> None:
    assert set(guard.validate()) == {field}


def test_the_default_settings_are_gmails_line_after_1000_delivered() -> None:
    assert (GUARD.limit_percent, GUARD.minimum_delivered, GUARD.validate()) == (0.3, 1000, {})


def test_runners_checking_at_the_same_moment_pause_it_once() -> None:
    campaign = delivered_campaign("Spring", 1000, queued=5)
    complain(campaign, 1, 2, 3, 4)
    paused = run_as_runners(4, lambda: complaints.pause_if_exceeded(campaign, GUARD))
    assert sum(reason is not None for reason in paused) == 1
    assert campaigns.status_of(campaign) == "paused"
