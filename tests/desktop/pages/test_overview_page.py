"""The Overview page: what is being sent and scheduled, the list's health, the next job runs
and what needs attention, each opening its page; read in a worker that never piles up."""

from __future__ import annotations

import threading
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QProgressBar

from desktop.main_window import MainWindow
from desktop.pages import overview_page
from desktop.pages.overview_page import ItemRow, OverviewPage
from engine.clock import stored_now
from engine.config import SmtpProfile
from engine.scheduler.jobs import JOBS
from engine.storage import repo
from engine.storage.models import BounceMessage, BounceReview, CampaignItem, JobState
from tests.engine.storage.test_overview import a_campaign, bounce, suppressed_at


def overview(window: MainWindow, qtbot: Any) -> OverviewPage:
    """The page read afresh (after the test's data was written)."""
    page = window.page("Overview")
    assert isinstance(page, OverviewPage)
    qtbot.waitUntil(lambda: not page.reading, timeout=5000)
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading, timeout=5000)
    return page


def rows(page: OverviewPage, section: str) -> list[ItemRow]:
    return getattr(page, section).findChildren(ItemRow)


def texts(page: OverviewPage, section: str) -> list[str]:
    return [row.label.text() for row in rows(page, section)]


def now(window: MainWindow) -> Any:
    return stored_now(window.services.clock)


def test_the_window_starts_on_the_overview(main_window: MainWindow) -> None:
    assert main_window.page_titles()[0] == "Overview"
    assert main_window.current_page.title == "Overview"  # type: ignore[attr-defined]
    assert main_window.navigation.currentRow() == 0


def test_each_sending_campaign_has_a_progress_bar_with_its_counts(
    main_window: MainWindow, qtbot: Any
) -> None:
    a_campaign("Winter sale", "sending", {"sent": 30, "failed": 2, "queued": 8},
               started_at=now(main_window) - timedelta(minutes=5))
    page = overview(main_window, qtbot)
    [row] = rows(page, "sending")
    bar = row.findChild(QProgressBar)
    assert row.label.text() == "Winter sale"
    assert (bar.value(), bar.maximum()) == (32, 40)
    assert bar.text() == "Sent 30 of 40"


def test_a_later_reading_moves_the_progress_bar_of_the_same_row(
    main_window: MainWindow, qtbot: Any
) -> None:
    cid = a_campaign("Winter sale", "sending", {"sent": 10, "queued": 30},
                     started_at=now(main_window) - timedelta(minutes=5))
    page = overview(main_window, qtbot)
    [row] = rows(page, "sending")
    queued = [item.id for item in CampaignItem.select().where(
        (CampaignItem.campaign == cid) & (CampaignItem.state == "queued")).limit(15)]
    CampaignItem.update(state="sent").where(CampaignItem.id.in_(queued)).execute()
    page = overview(main_window, qtbot)
    assert rows(page, "sending") == [row]  # kept, not built again
    assert row.findChild(QProgressBar).text() == "Sent 25 of 40"


def test_nothing_sending_says_so(main_window: MainWindow, qtbot: Any) -> None:
    page = overview(main_window, qtbot)
    assert rows(page, "sending") == []
    assert "No campaign is being sent." in [
        label.text() for label in page.sending.findChildren(QLabel)]


def test_the_next_scheduled_campaign_is_listed_and_opens_on_the_campaigns_page(
    main_window: MainWindow, qtbot: Any
) -> None:
    cid = a_campaign("Friday news", "ready", {"queued": 3}, started_at=None,
                     scheduled_at=now(main_window) + timedelta(days=2))
    a_campaign("Other", "draft", {}, started_at=None)
    page = overview(main_window, qtbot)
    [row] = rows(page, "scheduled")
    assert row.label.text().startswith("Friday news — starts ")
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    campaigns = main_window.current_page
    assert campaigns.title == "Campaigns"  # type: ignore[attr-defined]
    assert campaigns.current().id == cid  # type: ignore[attr-defined]
    assert campaigns.tabs.currentIndex() == campaigns.send_index  # type: ignore[attr-defined]


def test_the_health_charts_get_each_campaigns_rates_and_gmails_lines(
    main_window: MainWindow, qtbot: Any
) -> None:
    old = a_campaign("Autumn", "completed", {"sent": 1000},
                     started_at=now(main_window) - timedelta(days=9))
    new = a_campaign("Winter", "sending", {"sent": 500},
                     started_at=now(main_window) - timedelta(hours=2))
    for n in range(5):
        bounce(old, f"p{n}@autumn.example", "hard")
    bounce(old, "p9@autumn.example", "complaint")
    bounce(new, "p1@winter.example", "complaint")
    bounce(new, "p2@winter.example", "complaint")
    page = overview(main_window, qtbot)
    assert [(c.label, c.fraction) for c in page.bounce_chart.columns()] == [
        ("Autumn", 0.005), ("Winter", 0.0)]
    assert [(c.label, c.fraction) for c in page.complaint_chart.columns()] == [
        ("Autumn", 0.001), ("Winter", 0.004)]
    assert [line.fraction for line in page.complaint_chart.lines()] == [0.001, 0.003]
    assert page.complaint_chart.columns()[1].colour == "#cc0000"  # past Gmail's limit


def test_the_complaint_chart_draws_gmails_two_lines(main_window: MainWindow, qtbot: Any) -> None:
    a_campaign("Winter", "completed", {"sent": 10}, started_at=now(main_window))
    page = overview(main_window, qtbot)
    chart = page.complaint_chart
    image = chart.grab().toImage()
    text = chart.palette().windowText().color()
    for fraction in (0.001, 0.003):
        y = round(chart.y_of(fraction))
        inked = [x for x in range(60, image.width() - 200)
                 if any(QColor(image.pixel(x, y + dy)).lightness() < 128
                        for dy in (-1, 0, 1))]
        assert len(inked) > (image.width() - 260) // 3, (fraction, text.name())


def test_clicking_a_finished_campaigns_column_opens_its_report(
    main_window: MainWindow, qtbot: Any
) -> None:
    cid = a_campaign("Autumn", "completed", {"sent": 10},
                     started_at=now(main_window) - timedelta(days=3))
    page = overview(main_window, qtbot)
    chart = page.complaint_chart
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.column_rect(0).center().toPoint())
    campaigns = main_window.current_page
    assert campaigns.current().id == cid  # type: ignore[attr-defined]
    assert campaigns.tabs.currentIndex() == campaigns.report_index  # type: ignore[attr-defined]


def test_a_health_column_opens_from_the_keyboard_too(main_window: MainWindow, qtbot: Any) -> None:
    cid = a_campaign("Winter", "sending", {"sent": 10, "queued": 1},
                     started_at=now(main_window))
    page = overview(main_window, qtbot)
    page.bounce_chart.setFocus()
    qtbot.waitUntil(page.bounce_chart.hasFocus, timeout=2000)
    qtbot.keyClick(page.bounce_chart, Qt.Key.Key_Return)
    campaigns = main_window.current_page
    assert campaigns.current().id == cid  # type: ignore[attr-defined]
    assert campaigns.tabs.currentIndex() == campaigns.send_index  # type: ignore[attr-defined]


def test_suppressed_and_unsubscribed_totals_are_shown_over_30_days(
    main_window: MainWindow, qtbot: Any
) -> None:
    suppressed_at("a@x.example", now(main_window) - timedelta(days=40))
    suppressed_at("b@x.example", now(main_window) - timedelta(days=2))
    page = overview(main_window, qtbot)
    suppressed, unsubscribed = page.trend_chart.series()
    assert len(suppressed.values) == 30
    assert (suppressed.values[0], suppressed.values[-1]) == (1, 2)
    assert suppressed.name == "Suppressed\n2 now"
    assert set(unsubscribed.values) == {0}


def test_each_jobs_next_run_is_listed_and_opens_the_jobs_page(
    main_window: MainWindow, qtbot: Any
) -> None:
    page = overview(main_window, qtbot)
    listed = texts(page, "job_runs")
    assert len(listed) == len(JOBS)
    assert listed[1] == "Send campaign messages: when there is work"
    qtbot.mouseClick(rows(page, "job_runs")[1].button, Qt.MouseButton.LeftButton)
    assert main_window.current_page.title == "Jobs"  # type: ignore[attr-defined]


def attention(page: OverviewPage, code: str) -> ItemRow:
    [row] = [r for r in rows(page, "attention") if r.objectName() == f"attention_{code}"]
    return row


def test_nothing_to_attend_to_says_so(main_window: MainWindow, qtbot: Any) -> None:
    page = overview(main_window, qtbot)
    assert rows(page, "attention") == []
    assert "Nothing needs your attention." in [
        label.text() for label in page.attention.findChildren(QLabel)]


def test_a_failed_job_needs_attention_and_opens_the_jobs_page(
    main_window: MainWindow, qtbot: Any
) -> None:
    JobState.update(last_error='{"code":"timed_out","seconds":30}').where(
        JobState.name == "process_bounce_email").execute()
    page = overview(main_window, qtbot)
    row = attention(page, "job_failed")
    assert row.label.text() == ("The last run of “Collect bounces” failed. See the Jobs page "
                                "for the error.")
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    assert main_window.current_page.title == "Jobs"  # type: ignore[attr-defined]


def test_bounces_waiting_for_review_need_attention_and_open_the_review_tab(
    main_window: MainWindow, qtbot: Any
) -> None:
    for n in range(3):
        BounceReview.create(message=BounceMessage.create(content_hash=f"r{n}", kind="hard"),
                            kind="hard")
    page = overview(main_window, qtbot)
    row = attention(page, "reviews_waiting")
    assert row.label.text().startswith("Bounces waiting for your review: 3.")
    qtbot.mouseClick(row.button, Qt.MouseButton.LeftButton)
    bounces = main_window.current_page
    assert bounces.title == "Bounces"  # type: ignore[attr-defined]
    assert bounces.tabs.currentIndex() == bounces.review_index  # type: ignore[attr-defined]


def test_a_password_missing_from_the_keyring_needs_attention_and_opens_its_page(
    main_window: MainWindow, qtbot: Any
) -> None:
    repo.save_profile(SmtpProfile(name="Shop", host="smtp.x.example", username="me"))
    page = overview(main_window, qtbot)
    row = attention(page, "password_missing")
    assert row.label.text() == ("The password of SMTP profile “Shop” is not in the keyring: "
                                "sending through it will fail.")
    qtbot.mouseClick(row.label, Qt.MouseButton.LeftButton)  # the sentence opens it too
    assert main_window.current_page.title == "SMTP profiles"  # type: ignore[attr-defined]


def test_a_campaign_paused_by_the_complaint_guard_needs_attention_and_opens_it(
    main_window: MainWindow, qtbot: Any
) -> None:
    cid = a_campaign("Winter", "paused", {"queued": 2}, started_at=now(main_window),
                     pause_note='{"code":"complaint_limit","percent":0.5,"limit":0.3}')
    page = overview(main_window, qtbot)
    row = attention(page, "campaign_paused")
    assert row.label.text().startswith("“Winter” paused itself")
    row.button.setFocus()
    qtbot.keyClick(row.button, Qt.Key.Key_Space)  # keyboard reachable
    campaigns = main_window.current_page
    assert campaigns.title == "Campaigns"  # type: ignore[attr-defined]
    assert campaigns.current().id == cid  # type: ignore[attr-defined]


def test_the_figures_are_read_outside_the_window_thread(
    main_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    real = overview_page.read_figures

    def reading(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(overview_page, "read_figures", reading)
    page = overview(main_window, qtbot)
    assert threads and threading.main_thread() not in threads
    qtbot.waitUntil(lambda: page.runner.running == 0, timeout=5000)  # the thread ends too


def test_no_read_piles_up_while_one_runs(
    main_window: MainWindow, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = overview(main_window, qtbot)
    release = threading.Event()
    real = overview_page.read_figures

    def slow(*args: Any) -> Any:
        release.wait(5)
        return real(*args)

    monkeypatch.setattr(overview_page, "read_figures", slow)
    started = page.reads_started
    page.refresh()
    for _ in range(5):
        page.refresh()
        page._on_timer_timeout()  # the 5-second timer ticking during a slow read
    qtbot.wait(50)
    assert page.reads_started == started + 1
    assert page.runner.running == 1
    release.set()
    qtbot.waitUntil(lambda: not page.reading and page.runner.running == 0, timeout=5000)
    assert page.reads_started == started + 1  # nothing was queued behind it


def test_a_hidden_overview_does_not_read_on_its_timer(
    main_window: MainWindow, qtbot: Any
) -> None:
    page = overview(main_window, qtbot)
    main_window.show_page("Jobs")
    started = page.reads_started
    page._on_timer_timeout()
    assert page.reads_started == started
