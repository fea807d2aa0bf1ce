"""The screenshot tool's demo data: every pictured page has something on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import demo_data
from desktop.demo_data import DemoFiles
from desktop.pages.bounces import BouncesPage
from desktop.pages.campaigns_page import CampaignsPage
from desktop.pages.jobs_page import JobsPage
from desktop.pages.lists_page import ListsPage
from desktop.services import Services
from engine.storage import campaigns
from engine.storage.models import JobRun

pytestmark = pytest.mark.gui


@pytest.fixture
def files(services: Services, tmp_path: Path) -> DemoFiles:
    return demo_data.fill(services.secrets, tmp_path / "demo")


def test_the_lists_page_shows_contacts_with_merge_fields(
    qtbot, services: Services, files: DemoFiles  # type: ignore[no-untyped-def]
) -> None:
    page = ListsPage(services)
    qtbot.addWidget(page)
    assert page.list_view.count() == 2
    assert page.table.rowCount() > 10
    assert "tea:" in page.table.item(0, 4).text()


def test_one_campaign_is_a_draft_and_one_is_sending_with_items_in_every_state(
    files: DemoFiles,
) -> None:
    by_name = {c.name: c for c in campaigns.list_campaigns()}
    assert by_name[demo_data.DRAFT].status == "draft"
    sending = by_name[demo_data.SENDING]
    assert sending.status == "sending"
    counts = campaigns.item_counts(sending.id)
    for state in ("sent", "deferred", "failed", "excluded", "queued"):
        assert counts.get(state) > 0, state


def test_the_campaigns_page_shows_where_the_campaign_stands(
    qtbot, services: Services, files: DemoFiles  # type: ignore[no-untyped-def]
) -> None:
    page = CampaignsPage(services)
    qtbot.addWidget(page)
    assert page.list_view.count() == 3  # a draft, one sending, one scheduled
    # Suppressed before it was prepared: two hard bounces (one is enough) and a complaint.
    assert "Left out: 3 suppressed" in page.progress.text()


def test_the_bounces_page_has_a_log_a_decision_and_suppressed_addresses(
    qtbot, services: Services, files: DemoFiles  # type: ignore[no-untyped-def]
) -> None:
    page = BouncesPage(services)
    qtbot.addWidget(page)
    assert page.log_proxy.rowCount() >= 8
    kinds = {page.log_proxy.index(r, 2).data() for r in range(page.log_proxy.rowCount())}
    assert {"Hard bounce", "Soft bounce", "Spam complaint"} <= kinds
    page.log_view.selectRow(0)
    assert "What was done" in page.bounce_details.toPlainText()
    # Every hard bounce suppresses, collected (3) or refused at sending (1), and a complaint.
    assert page.suppressed_proxy.rowCount() == 5


def test_the_jobs_page_shows_last_runs(
    qtbot, services: Services, files: DemoFiles  # type: ignore[no-untyped-def]
) -> None:
    page = JobsPage(services)
    qtbot.addWidget(page)
    results = [page.table.item(r, 4).text() for r in range(page.table.rowCount())]
    assert "6 sent, 1 deferred, 1 failed" in results
    # the one failure is the latest collection's, for the Overview's attention list
    assert [(r.job, r.state) for r in JobRun.select().where(JobRun.state != "ok")] == [
        ("process_bounce_email", "failed")]


def test_the_overview_shows_a_send_a_scheduled_campaign_and_three_kinds_of_attention(
    files: DemoFiles,
) -> None:
    from engine.clock import SystemClock, stored_now
    from engine.storage.overview import read_overview

    overview = read_overview(stored_now(SystemClock()))
    assert [c.name for c in overview.sending] == [demo_data.SENDING]
    assert [c.name for c in overview.scheduled] == [demo_data.SCHEDULED]
    assert {a.code for a in overview.attention} == {"job_failed", "reviews_waiting"}
    assert [n.name for n in overview.secret_needs] == [
        "Newsletter (Brevo)", "Shop Gmail (small tests)", f"imap.{demo_data.SHOP}"]


def test_the_sign_up_sheet_has_one_row_of_each_problem_and_the_bounces_are_saved(
    files: DemoFiles,
) -> None:
    text = files.sign_up_sheet.read_text(encoding="utf-8")
    for problem in ("Zoe.Mueller@example.de", "maria.rossi.example.com", "info@",
                    "@gmial.com"):
        assert problem in text
    # eight bounces and a notice naming nobody (for Needs review)
    assert len(list(files.saved_bounces.rglob("*.eml"))) == 9
