"""The Jobs page and the scheduler thread behind it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from desktop.main_window import shutdown_page
from desktop.pages import jobs_page
from desktop.pages.jobs_page import JobsPage
from desktop.services import Services
from engine.storage import campaigns, runners
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for


@pytest.fixture
def page(qtbot, services: Services) -> JobsPage:  # type: ignore[no-untyped-def]
    widget = JobsPage(services)
    assert not widget.run_in_window.isChecked()  # off until the user asks
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.scheduler.stop()
    shutdown_page(widget)


def test_the_six_jobs_are_listed_waiting(page: JobsPage) -> None:
    assert page.table.rowCount() == 6
    assert page.table.item(0, 0).text() == "Generate campaign items"
    assert {page.table.item(r, 1).text() for r in range(6)} == {"waiting"}


def test_pause_and_resume_a_job(page: JobsPage, qtbot: Any) -> None:
    page.table.selectRow(1)
    page._on_pause_clicked()
    assert runners.job_status("process_campaign_messages").paused
    qtbot.waitUntil(lambda: page.table.item(1, 1).text() == "paused", timeout=5000)
    page._on_resume_clicked()
    assert not runners.job_status("process_campaign_messages").paused
    qtbot.waitUntil(lambda: page.table.item(1, 1).text() == "waiting", timeout=5000)


def test_the_jobs_state_is_read_outside_the_window_thread(
    page: JobsPage, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[threading.Thread] = []
    read = jobs_page.read_statuses

    def reading() -> Any:
        threads.append(threading.current_thread())
        return read()

    monkeypatch.setattr(jobs_page, "read_statuses", reading)
    page.refresh()
    page.refresh()  # asked again at once: read again, never on the window thread
    qtbot.waitUntil(lambda: len(threads) == 2 and not page.reading, timeout=5000)
    assert threading.main_thread() not in threads


def test_the_scheduler_thread_sends_a_campaign_and_stops_cleanly(
    page: JobsPage, qtbot: Any, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server()
    profile = profile_for(server)
    add_contacts("Newsletter", 4)
    campaign = make_campaign(profile)
    campaigns.prepare(campaign.id, send_when_ready=True)
    page.scheduler.poll_seconds = 0.2
    page.run_in_window.setChecked(True)
    assert page.scheduler.running
    qtbot.waitUntil(lambda: len(server.messages) == 4, timeout=15_000)
    qtbot.waitUntil(lambda: campaigns.get_campaign_by_id(campaign.id).status == "completed",
                    timeout=15_000)
    page.run_in_window.setChecked(False)
    assert not page.scheduler.running
    assert runners.job_status("process_campaign_messages").running_by == ""
