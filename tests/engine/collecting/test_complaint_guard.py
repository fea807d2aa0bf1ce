"""A campaign pauses itself when the collector records the complaint that passes the limit."""

from __future__ import annotations

from pathlib import Path

import pytest

from engine.cli.words import note_text, report_lines
from engine.storage import campaigns, complaints
from engine.storage.models import CampaignItem
from tests.engine.collecting.conftest import Collect
from tests.engine.collecting.test_collect import Run, run_collect, settings_for
from tests.engine.complaint_support import complain, delivered_campaign
from tests.servers.dovecot import DovecotServer, MailUser

GOLDEN = Path(__file__).parents[1] / "bounces" / "golden" / "arf_complaint.eml"

pytestmark = pytest.mark.usefixtures("database_url")
__all__ = ["run_collect"]  # the fixture, used by name


def golden_complaint_about(campaign_id: int, n: int) -> bytes:
    """The golden ARF report, about person{n}'s message of the campaign (its tracking
    header and the recipient made ours)."""
    item = CampaignItem.get((CampaignItem.campaign == campaign_id)
                            & (CampaignItem.email == f"person{n}@example.org"))
    return (GOLDEN.read_bytes().replace(b"annoyed@isp.example", item.email.encode())
            .replace(b"c5.k1.cXV4", item.token.encode()))


def test_the_complaint_that_passes_the_limit_pauses_the_campaign_with_its_reason(
        collect_files: Collect) -> None:
    campaign = delivered_campaign("Spring", 1000, queued=100)
    complain(campaign, 1, 2, 3)  # 0.3%: at the limit, not past it
    report = collect_files([golden_complaint_about(campaign, 9)])
    assert report.complaints == 1
    assert report.paused_for_complaints == [campaign]
    assert campaigns.status_of(campaign) == "paused"
    reason = complaints.pause_reason(campaign)
    assert reason is not None
    assert note_text(reason).startswith(
        "Paused by the complaint guard: 4 of 1000 delivered recipients reported it as spam "
        "(0.4%), above the limit of 0.3%.")
    assert "Campaigns paused for too many complaints: 1" in report_lines(report)


def test_the_same_complaints_among_999_delivered_leave_it_sending(
        collect_files: Collect) -> None:
    campaign = delivered_campaign("Spring", 999, queued=100)
    complain(campaign, 1, 2, 3)
    report = collect_files([golden_complaint_about(campaign, 9)])
    assert report.complaints == 1 and report.paused_for_complaints == []
    assert campaigns.status_of(campaign) == "sending"
    assert complaints.complaint_rate(campaign).complaints == 4


def test_complaints_read_from_a_real_imap_mailbox_pause_the_campaign(
        dovecot: DovecotServer, dovecot_user: MailUser, run_collect: Run) -> None:
    campaign = delivered_campaign("Spring", 1000, queued=100)
    complain(campaign, 1, 2)
    dovecot_user.put_many("INBOX", [golden_complaint_about(campaign, n) for n in (7, 8)])
    report = run_collect(settings_for(dovecot, dovecot_user), dovecot_user.password)
    assert (report.complaints, report.deleted) == (2, 2)
    assert report.paused_for_complaints == [campaign]
    reason = complaints.pause_reason(campaign)
    assert reason is not None and (reason.params["complaints"], reason.params["delivered"]) == (
        4, 1000)
