"""A campaign's report: each recipient counted once, by outcome, receiving domain and hour."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from engine.cli.campaign_report import TOTAL, report_lines, summary_lines, timeline, write_csv
from engine.storage.models import (
    Bounce,
    BounceMessage,
    Campaign,
    CampaignItem,
    Unsubscribe,
)
from engine.storage.reports import Outcomes, campaign_report

pytestmark = pytest.mark.usefixtures("database_url")

START = datetime(2026, 12, 1, 9, 0)


def a_campaign(recipients: dict[str, str]) -> int:
    """Items for the addresses in the states given; the sent ones went out at 09:10."""
    campaign = Campaign.create(name="Spring", subject="News", status="sending",
                               started_at=START)
    for n, (email, state) in enumerate(recipients.items()):
        CampaignItem.create(campaign=campaign, email=email, token=f"t{n}", state=state,
                            sent_at=START + timedelta(minutes=10) if state == "sent" else None)
    return int(campaign.id)


def bounce(campaign_id: int, email: str, kind: str, at: datetime) -> None:
    item = CampaignItem.get((CampaignItem.campaign == campaign_id) & (CampaignItem.email == email))
    message = BounceMessage.create(content_hash=f"{email}-{kind}-{at}", kind=kind)
    Bounce.create(message=message, email=email, kind=kind, campaign=campaign_id, item=item,
                  created_at=at)


PEOPLE = {
    "ann@gmail.com": "sent", "bob@gmail.com": "sent", "cat@gmail.com": "sent",
    "dan@outlook.com": "sent", "eve@outlook.com": "failed", "fay@outlook.com": "deferred",
    "gus@example.org": "uncertain", "hal@example.org": "queued", "ivy@example.org": "excluded",
}


def test_each_recipient_is_counted_once_under_its_outcome() -> None:
    campaign = a_campaign(PEOPLE)
    bounce(campaign, "bob@gmail.com", "hard", START + timedelta(hours=1))
    bounce(campaign, "bob@gmail.com", "hard", START + timedelta(hours=2))  # the same, again
    bounce(campaign, "cat@gmail.com", "soft", START + timedelta(hours=1))
    bounce(campaign, "ann@gmail.com", "complaint", START + timedelta(hours=3))
    report = campaign_report(campaign)
    assert report is not None
    assert report.totals == Outcomes(recipients=8, delivered=3, waiting=1, deferred=1, failed=1,
                                     uncertain=1, hard_bounces=1, soft_bounces=1, complaints=1)


def test_the_table_by_domain_puts_the_biggest_first() -> None:
    report = campaign_report(a_campaign(PEOPLE))
    assert report is not None
    assert [(r.domain, r.outcomes.recipients) for r in report.by_domain] == [
        ("gmail.com", 3), ("outlook.com", 3), ("example.org", 2)]
    gmail = report.by_domain[0].outcomes
    assert (gmail.delivered, gmail.failed) == (3, 0)


def test_unsubscribes_count_those_for_the_campaign_and_global_ones_since_it_started() -> None:
    campaign = a_campaign(PEOPLE)
    Unsubscribe.create(email="ann@gmail.com", campaign=campaign, source="link")
    Unsubscribe.create(email="dan@outlook.com", campaign=None, source="mail",
                       created_at=START + timedelta(hours=1))
    Unsubscribe.create(email="cat@gmail.com", campaign=None, source="import",
                       created_at=START - timedelta(days=30))  # before: not this campaign's
    report = campaign_report(campaign)
    assert report is not None and report.totals.unsubscribes == 2


def test_the_hours_show_deliveries_and_what_came_back_when() -> None:
    campaign = a_campaign(PEOPLE)
    bounce(campaign, "bob@gmail.com", "hard", START + timedelta(hours=1, minutes=5))
    bounce(campaign, "ann@gmail.com", "complaint", START + timedelta(hours=1, minutes=30))
    report = campaign_report(campaign)
    assert report is not None
    assert [(h.hour.hour, h.delivered, h.hard_bounces, h.complaints) for h in report.by_hour] == [
        (9, 4, 0, 0), (10, 0, 1, 1)]


def test_a_campaign_that_is_gone_has_no_report() -> None:
    assert campaign_report(999) is None


def test_the_csv_has_the_totals_then_each_domain(tmp_path: Path) -> None:
    report = campaign_report(a_campaign(PEOPLE))
    assert report is not None
    path = tmp_path / "report.csv"
    write_csv(report, path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][:3] == ["Domain", "Recipients", "Delivered"]
    assert [r[0] for r in rows[1:]] == [TOTAL, "gmail.com", "outlook.com", "example.org"]
    assert rows[1][1] == "8"


def test_the_summary_gives_rates_against_what_they_are_measured_by() -> None:
    lines = summary_lines(Outcomes(recipients=1000, delivered=900, waiting=0, complaints=3))
    assert "Complaints: 3 (0.3% of delivered)" in lines
    assert "Delivered: 900 of 1000 tried so far (90.0%)" in lines


def test_the_words_have_a_line_per_domain() -> None:
    report = campaign_report(a_campaign(PEOPLE))
    assert report is not None
    lines = report_lines(report)
    assert lines[0] == "“Spring”"
    assert any(line.startswith("gmail.com") for line in lines)


def test_the_timeline_has_a_column_for_every_hour_between_the_first_and_the_last() -> None:
    campaign = a_campaign(PEOPLE)
    bounce(campaign, "bob@gmail.com", "soft", START + timedelta(hours=3, minutes=5))
    report = campaign_report(campaign)
    assert report is not None
    line = timeline(report)
    assert [s.hour for s in line.starts] == [9, 10, 11, 12]
    assert (line.delivered, line.bounces) == ([4, 0, 0, 0], [0, 0, 0, 1])


def test_a_long_campaign_is_shown_by_day() -> None:
    campaign = a_campaign(PEOPLE)
    bounce(campaign, "bob@gmail.com", "hard", START + timedelta(days=5))
    report = campaign_report(campaign)
    assert report is not None
    line = timeline(report)
    assert line.step == timedelta(days=1) and len(line.starts) == 6
    assert line.bounces[-1] == 1
