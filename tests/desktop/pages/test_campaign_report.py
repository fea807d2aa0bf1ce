"""The Campaigns page while and after sending: a progress bar, and a report per campaign with
its table by receiving domain, a chart over time and a CSV export."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from desktop.pages.campaigns_page import CampaignsPage
from engine.jobs import JobContext, run_to_end
from engine.sending.generate import generate_items
from engine.storage import campaigns
from engine.storage.models import CampaignItem
from tests.desktop.pages import test_campaigns_page as campaigns_tests
from tests.desktop.pages.test_campaigns_page import fill, settle

page = campaigns_tests.page


def prepared(page: CampaignsPage) -> int:
    fill(page)
    assert page.save()
    [info] = campaigns.list_campaigns()
    campaigns.prepare(info.id)
    run_to_end(generate_items(JobContext(clock=page.services.clock)))
    return info.id


def test_the_send_tab_shows_how_many_of_the_recipients_are_sent(
        page: CampaignsPage, qtbot: Any) -> None:
    campaign = prepared(page)
    page.tabs.setCurrentIndex(page.send_index)
    first = CampaignItem.select().where(CampaignItem.campaign == campaign).first()
    CampaignItem.update(state="sent").where(CampaignItem.id == first.id).execute()
    page._show_progress()
    settle(qtbot, page)
    assert page.progress_bar.isVisible()
    assert (page.progress_bar.value(), page.progress_bar.maximum()) == (1, 3)
    assert page.progress_bar.text() == "1 of 3 done (33%)"


def test_a_draft_shows_no_progress_bar(page: CampaignsPage, qtbot: Any) -> None:
    fill(page)
    page.save()
    page.tabs.setCurrentIndex(page.send_index)
    settle(qtbot, page)
    assert page.progress_bar.isHidden()


def test_the_report_tab_shows_the_table_by_domain_and_the_chart(
        page: CampaignsPage, qtbot: Any) -> None:
    campaign = prepared(page)
    CampaignItem.update(state="sent", sent_at=CampaignItem.updated_at).where(
        CampaignItem.campaign == campaign).execute()
    page.tabs.setCurrentIndex(page.report_index)
    qtbot.waitUntil(lambda: page.report_tab.report is not None and not page.report_tab.reading)
    table = page.report_tab.table
    assert table.horizontalHeaderItem(0).text() == "Domain"
    assert table.item(0, 0).text() == "All domains"
    assert table.item(0, 1).data(0) == 3  # a number: it sorts as one
    assert table.item(1, 0).text() == "example.org"
    assert "Delivered: 3 of 3 tried so far (100.0%)" in page.report_tab.summary.text()
    assert page.report_tab.chart.series()[0] == ("Delivered", [3])


def test_the_report_exports_the_same_table_as_csv(page: CampaignsPage, qtbot: Any,
                                                   tmp_path: Path) -> None:
    prepared(page)
    page.tabs.setCurrentIndex(page.report_index)
    qtbot.waitUntil(lambda: page.report_tab.report is not None and not page.report_tab.reading)
    path = tmp_path / "spring.csv"
    page.report_tab.export_csv(path)
    with path.open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0][0] == "Domain" and rows[1][:2] == ["All domains", "3"]


def test_choosing_another_campaign_on_the_report_tab_shows_its_report(
        page: CampaignsPage, qtbot: Any) -> None:
    prepared(page)
    page._on_duplicate_clicked()  # a draft copy, no recipients yet
    page.tabs.setCurrentIndex(page.report_index)
    names = [c.name for c in page._campaigns]
    for row, name in enumerate(names):
        page.list_view.setCurrentRow(row)
        qtbot.waitUntil(lambda n=name: page.report_tab.report is not None
                        and page.report_tab.report.name == n and not page.report_tab.reading)
