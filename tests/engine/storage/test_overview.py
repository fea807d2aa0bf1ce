"""The Overview page's figures: campaigns sending and scheduled, recent campaigns' health, the
list's totals over time, and what needs the user."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from engine.config import BounceMailbox, SmtpProfile
from engine.secrets import MemorySecretStore
from engine.storage import repo
from engine.storage.models import (
    Bounce,
    BounceMessage,
    BounceReview,
    Campaign,
    CampaignItem,
    JobState,
    Suppression,
    SuppressionEvent,
    Unsubscribe,
)
from engine.storage.overview import (
    Attention,
    attention_items,
    list_trend,
    missing_secrets,
    read_overview,
    recent_health,
    scheduled,
    secret_needs,
    sending_now,
)


@pytest.fixture(autouse=True)
def _database(request: pytest.FixtureRequest) -> None:
    """SQLite, unless the test asks for both databases (``any_database``)."""
    if "any_database" not in request.fixturenames:
        request.getfixturevalue("database_url")


NOW = datetime(2026, 12, 3, 12, 0)


def a_campaign(name: str, status: str, states: dict[str, int], *,
               started_at: datetime | None = NOW - timedelta(hours=1),
               scheduled_at: datetime | None = None, pause_note: str = "") -> int:
    campaign = Campaign.create(name=name, status=status, started_at=started_at,
                               scheduled_at=scheduled_at, pause_note=pause_note)
    n = 0
    for state, count in states.items():
        for _ in range(count):
            CampaignItem.create(campaign=campaign, email=f"p{n}@{name.lower()}.example",
                                token=f"{name}-{n}", state=state)
            n += 1
    return int(campaign.id)


def bounce(campaign_id: int, email: str, kind: str, at: datetime = NOW) -> None:
    message = BounceMessage.create(content_hash=f"{campaign_id}-{email}-{kind}-{at}", kind=kind)
    Bounce.create(message=message, email=email, kind=kind, campaign=campaign_id, created_at=at)


def test_a_sending_campaign_counts_sent_done_and_recipients_without_the_excluded() -> None:
    cid = a_campaign("Winter", "sending", {"sent": 5, "failed": 1, "uncertain": 1, "queued": 2,
                                           "deferred": 1, "excluded": 4})
    [row] = sending_now(NOW)
    assert (row.campaign_id, row.name, row.sent, row.done, row.total) == (cid, "Winter", 5, 7, 10)


def test_only_campaigns_sending_now_are_listed_as_sending() -> None:
    a_campaign("Done", "completed", {"sent": 3})
    a_campaign("Held", "paused", {"queued": 3})
    a_campaign("Later", "sending", {"queued": 3}, scheduled_at=NOW + timedelta(hours=2))
    a_campaign("Now", "sending", {"queued": 3})
    assert [row.name for row in sending_now(NOW)] == ["Now"]


def test_scheduled_campaigns_come_soonest_first_and_past_times_are_not_scheduled() -> None:
    a_campaign("Friday", "ready", {}, started_at=None, scheduled_at=NOW + timedelta(days=2))
    a_campaign("Tonight", "sending", {"queued": 1}, scheduled_at=NOW + timedelta(hours=8))
    a_campaign("Gone", "sending", {"queued": 1}, scheduled_at=NOW - timedelta(hours=1))
    a_campaign("Dropped", "cancelled", {}, scheduled_at=NOW + timedelta(hours=1))
    assert [(c.name, c.at) for c in scheduled(NOW)] == [
        ("Tonight", NOW + timedelta(hours=8)), ("Friday", NOW + timedelta(days=2))]


def test_health_gives_bounce_and_complaint_rates_per_recipient_oldest_campaign_first() -> None:
    old = a_campaign("Autumn", "completed", {"sent": 200}, started_at=NOW - timedelta(days=20))
    new = a_campaign("Winter", "sending", {"sent": 1000, "queued": 50})
    bounce(new, "p1@winter.example", "hard")
    bounce(new, "p1@winter.example", "hard", NOW + timedelta(minutes=1))  # the same one again
    bounce(new, "p2@winter.example", "soft")
    bounce(new, "p3@winter.example", "complaint")
    bounce(old, "p1@autumn.example", "complaint")
    autumn, winter = recent_health(NOW)
    assert (autumn.campaign_id, winter.campaign_id) == (old, new)
    assert (winter.delivered, winter.bounced, winter.complained) == (1000, 2, 1)
    assert winter.bounce_rate == pytest.approx(0.002)
    assert winter.complaint_rate == pytest.approx(0.001)
    assert autumn.complaint_rate == pytest.approx(0.005)


def test_health_keeps_the_last_ten_started_campaigns_and_skips_drafts() -> None:
    for n in range(12):
        a_campaign(f"C{n:02}", "completed", {"sent": 1}, started_at=NOW - timedelta(days=12 - n))
    a_campaign("Draft", "draft", {}, started_at=None)
    names = [h.name for h in recent_health(NOW)]
    assert names == [f"C{n:02}" for n in range(2, 12)]


def test_the_bounce_rate_counts_a_soft_bounced_recipient_sent_back_to_the_queue() -> None:
    cid = a_campaign("Winter", "sending", {"sent": 3})
    item = CampaignItem.create(campaign=cid, email="soft@x.example", token="soft",
                               state="deferred", attempts=1)
    CampaignItem.update(attempts=1).where(CampaignItem.state == "sent").execute()
    bounce(cid, str(item.email), "soft")
    [health] = recent_health(NOW)
    assert health.bounce_rate == pytest.approx(1 / 4)  # of the four sent to, not the three


def test_a_campaign_waiting_for_its_start_time_has_no_health_yet() -> None:
    a_campaign("Monday", "sending", {"queued": 3}, scheduled_at=NOW + timedelta(days=1))
    assert recent_health(NOW) == []


def test_a_campaign_with_nothing_delivered_has_rates_of_zero() -> None:
    a_campaign("Empty", "sending", {"queued": 3})
    [health] = recent_health(NOW)
    assert (health.bounce_rate, health.complaint_rate) == (0.0, 0.0)


def suppressed_at(email: str, at: datetime) -> None:
    Suppression.create(email=email, reason="hard_bounce", created_at=at)
    SuppressionEvent.create(email=email, action="suppress", at=at)


def test_suppressed_over_time_ends_at_todays_count_and_winds_back_through_the_trail() -> None:
    suppressed_at("old@x.example", NOW - timedelta(days=100))
    suppressed_at("a@x.example", NOW - timedelta(days=3))
    suppressed_at("b@x.example", NOW - timedelta(hours=1))
    # suppressed 10 days ago, taken off yesterday
    SuppressionEvent.create(email="c@x.example", action="suppress", at=NOW - timedelta(days=10))
    SuppressionEvent.create(email="c@x.example", action="unsuppress", at=NOW - timedelta(days=1))
    trend = list_trend(NOW, days=30)
    assert len(trend.days) == 30 and trend.days[-1] == NOW.date()
    assert trend.suppressed[-1] == 3
    by_day = dict(zip(trend.days, trend.suppressed, strict=True))
    assert by_day[NOW.date() - timedelta(days=1)] == 2  # b not yet, c already gone
    assert by_day[NOW.date() - timedelta(days=2)] == 3  # c still suppressed, a already
    assert by_day[NOW.date() - timedelta(days=5)] == 2  # old and c
    assert by_day[NOW.date() - timedelta(days=20)] == 1  # old only


def test_unsubscribed_over_time_counts_each_address_once_from_its_first_unsubscribe(
) -> None:
    cid = a_campaign("Winter", "completed", {"sent": 1})
    Unsubscribe.create(email="a@x.example", campaign=cid, created_at=NOW - timedelta(days=4))
    Unsubscribe.create(email="a@x.example", campaign=None, created_at=NOW - timedelta(days=1))
    Unsubscribe.create(email="b@x.example", campaign=None, created_at=NOW - timedelta(days=60))
    trend = list_trend(NOW, days=30)
    assert trend.unsubscribed[0] == 1
    assert trend.unsubscribed[-6] == 1 and trend.unsubscribed[-5] == 2  # 4 days ago
    assert trend.unsubscribed[-1] == 2


def test_a_campaign_the_complaint_guard_paused_needs_attention_on_the_campaigns_page() -> None:
    cid = a_campaign("Winter", "paused", {"queued": 1},
                     pause_note='{"code":"complaint_limit","percent":0.4,"limit":0.3}')
    a_campaign("Held by hand", "paused", {"queued": 1})
    assert attention_items() == [
        Attention("campaign_paused", {"campaign": "Winter"}, "Campaigns", cid)]


def test_a_job_whose_last_run_failed_needs_attention_on_the_jobs_page() -> None:
    JobState.create(name="process_bounce_email", last_error='{"code":"timed_out","seconds":30}')
    JobState.create(name="process_campaign_messages")
    assert attention_items() == [
        Attention("job_failed", {"job": "process_bounce_email"}, "Jobs")]


def test_bounces_waiting_for_review_need_attention_on_the_bounces_page() -> None:
    for n in range(2):
        message = BounceMessage.create(content_hash=f"r{n}", kind="hard")
        BounceReview.create(message=message, kind="hard")
    settled = BounceMessage.create(content_hash="done", kind="hard")
    BounceReview.create(message=settled, kind="hard", state="dismissed")
    assert attention_items() == [Attention("reviews_waiting", {"count": 2}, "Bounces")]


def test_a_password_missing_from_the_keyring_needs_attention_on_its_page() -> None:
    shop = repo.save_profile(SmtpProfile(name="Shop", host="smtp.x.example", username="me"))
    repo.save_profile(SmtpProfile(name="Relay", host="relay.x.example", requires_auth=False))
    signed = repo.save_profile(SmtpProfile(name="Office", host="smtp.office365.com",
                                           username="me", auth_method="microsoft"))
    repo.save_mailbox(BounceMailbox(host="imap.x.example", username="bounces"))
    store = MemorySecretStore()
    store.set(shop.secret_key, "secret")
    assert missing_secrets(secret_needs(), store) == [
        Attention("password_missing",
                  {"kind": "smtp", "name": "Office", "auth_method": "microsoft"},
                  "SMTP profiles"),
        Attention("password_missing",
                  {"kind": "mailbox", "name": "imap.x.example", "auth_method": "password"},
                  "Bounce mailbox"),
    ]
    store.set(signed.secret_key, "token")
    store.set(BounceMailbox().secret_key, "secret")
    assert missing_secrets(secret_needs(), store) == []


def test_a_switched_off_mailbox_needs_no_password() -> None:
    repo.save_mailbox(BounceMailbox(host="imap.x.example", username="bounces", enabled=False))
    assert secret_needs() == []


@pytest.mark.usefixtures("any_database")
def test_the_whole_overview_reads_on_sqlite_and_postgresql() -> None:
    cid = a_campaign("Winter", "sending", {"sent": 3, "queued": 1})
    bounce(cid, "p0@winter.example", "hard")
    suppressed_at("p0@winter.example", NOW - timedelta(minutes=5))
    overview = read_overview(NOW)
    assert [(s.name, s.sent, s.total) for s in overview.sending] == [("Winter", 3, 4)]
    assert overview.health[0].bounced == 1
    assert overview.trend.suppressed[-1] == 1
