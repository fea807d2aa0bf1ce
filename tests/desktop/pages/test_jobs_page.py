"""The Jobs page and the scheduler thread behind it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from desktop.main_window import shutdown_page
from desktop.pages import jobs_page
from desktop.pages.bounces import BouncesPage
from desktop.pages.jobs_page import JobsPage
from desktop.services import Services
from engine.config import BounceMailbox
from engine.storage import campaigns, repo, runners
from engine.storage.bounces import COLLECT_JOB
from engine.storage.models import JobState
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for
from tests.servers.dovecot import DovecotServer, MailUser


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

    def reading(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return read(*args)

    monkeypatch.setattr(jobs_page, "read_statuses", reading)
    page.refresh()
    page.refresh()  # asked again at once: read again, never on the window thread
    qtbot.waitUntil(lambda: len(threads) == 2 and not page.reading, timeout=5000)
    assert threading.main_thread() not in threads


def test_a_read_ending_after_the_page_shut_down_starts_no_other(
    page: JobsPage, qtbot: Any
) -> None:
    page.refresh()
    page.refresh()  # a second read asked for while the first runs
    shutdown_page(page)  # waits for the first read's thread
    qtbot.wait(100)  # its result arrives, and with it the ask for the second
    assert page.runner.running == 0


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


# --- the numbers are true -------------------------------------------------------------------


def _row(name: str) -> int:
    return list(jobs_page.JOB_NAMES).index(name)


def _cell(page: JobsPage, name: str, column: str) -> str:
    return page.table.item(_row(name), jobs_page.COLUMNS.index(column)).text()


def test_a_job_left_held_by_a_runner_that_died_is_not_shown_running(
    page: JobsPage, qtbot: Any
) -> None:
    # the app was killed mid-collection: its hold stays in the database until a runner
    # recovers it, and with the box unticked none does
    JobState.update(running_by="gone-host:999999:dead/window").where(
        JobState.name == COLLECT_JOB).execute()
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading, timeout=5000)
    assert not page.run_in_window.isChecked()
    assert _cell(page, COLLECT_JOB, "State") == "stopped mid-run (the app stopped)"
    assert "running" not in {page.table.item(r, 1).text() for r in range(6)}


def test_next_run_times_in_the_past_are_not_shown(
    page: JobsPage, qtbot: Any, services: Services
) -> None:
    past = services.clock.now().replace(tzinfo=None) - timedelta(hours=3)
    repo.save_mailbox(BounceMailbox(host="imap.example.org", username="bounces@example.org"))
    JobState.update(next_run_at=past).execute()
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading, timeout=5000)
    # nothing runs jobs (box unticked): the collection waits for them, due since then
    assert _cell(page, COLLECT_JOB, "Next run (UTC)") == "when jobs run (due since " + (
        past.strftime("%Y-%m-%d %H:%M") + ")")
    # a job that runs when there is work, with none
    assert _cell(page, "process_campaign_messages", "Next run (UTC)") == "when there is work"


def test_a_collection_with_its_mailbox_switched_off_is_not_shown_due(
    page: JobsPage, qtbot: Any, services: Services
) -> None:
    # the runner does not collect a switched-off mailbox: the page says so, not "due"
    past = services.clock.now().replace(tzinfo=None) - timedelta(hours=3)
    repo.save_mailbox(BounceMailbox(host="imap.example.org", username="bounces@example.org",
                                    enabled=False))
    JobState.update(next_run_at=past).execute()
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading, timeout=5000)
    assert _cell(page, COLLECT_JOB, "Next run (UTC)") == "when there is work"


def test_collect_now_updates_the_jobs_last_run_and_next_run(
    page: JobsPage, qtbot: Any, services: Services, dovecot: DovecotServer,
    dovecot_user: MailUser,
) -> None:
    settings = BounceMailbox(protocol="imap", host=dovecot.host, port=dovecot.imap_port,
                             security="none", username=dovecot_user.name,
                             bounce_address="bounces@news.example.com")
    repo.save_mailbox(settings)
    services.secrets.set(settings.key, dovecot_user.password)
    bounces_page = BouncesPage(services)
    qtbot.addWidget(bounces_page)
    bounces_page.collect_button.click()
    qtbot.waitUntil(lambda: bounces_page.worker is None and bounces_page.runner.running == 0,
                    timeout=30_000)
    assert bounces_page.report is not None
    page.refresh()
    qtbot.waitUntil(lambda: not page.reading, timeout=5000)
    status = runners.job_status(COLLECT_JOB)
    assert status.last_run_at is not None and status.next_run_at is not None
    assert _cell(page, COLLECT_JOB, "Last run (UTC)") == status.last_run_at.strftime(
        "%Y-%m-%d %H:%M")
    assert _cell(page, COLLECT_JOB, "Next run (UTC)") == status.next_run_at.strftime(
        "%Y-%m-%d %H:%M")
    assert _cell(page, COLLECT_JOB, "Last result") == "nothing to do"
    shutdown_page(bounces_page)


def test_jobs_started_by_run_now_with_the_box_unticked_say_why_they_run(
    page: JobsPage, qtbot: Any
) -> None:
    page.table.selectRow(_row("mark_campaigns_completed"))
    page.run_now_button.click()
    qtbot.waitUntil(lambda: page.scheduler.running, timeout=5000)
    assert not page.run_in_window.isChecked()
    assert page.scheduler_label.text().startswith(
        "Jobs are running in this window because you sent something or pressed Run now")


def test_a_window_closed_before_the_autostart_delay_does_not_start_the_scheduler(
    qtbot: Any, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings

    monkeypatch.setattr(jobs_page, "AUTOSTART_MS", 50)
    QSettings().setValue(jobs_page.SETTING, True)
    widget = JobsPage(services)
    qtbot.addWidget(widget)
    shutdown_page(widget)
    qtbot.wait(300)
    try:
        assert not widget.scheduler.running
    finally:
        widget.scheduler.stop()
        QSettings().setValue(jobs_page.SETTING, False)


def test_an_unsubscribe_request_waiting_over_24_hours_is_a_warning(
        page: JobsPage, services: Services, qtbot: Any) -> None:
    from engine.clock import stored_now
    from engine.config import UnsubscribeService
    from engine.storage import service_pull

    assert page.service_warning.isHidden()
    repo.save_setting(UnsubscribeService(base_url="https://unsub.shop.example"))
    now = stored_now(services.clock)
    service_pull.save_pull_state(service_pull.PullState(
        last_id=3, oldest_unacknowledged=now - timedelta(hours=30), last_pulled_at=now))
    page.refresh()
    qtbot.waitUntil(lambda: page.service_warning.isVisible(), timeout=5000)
    assert "waited 30 hours" in page.service_warning.text()
    assert "48 hours" in page.service_warning.text()


def test_a_service_not_reached_for_a_day_is_a_warning(
        page: JobsPage, services: Services, qtbot: Any) -> None:
    from engine.clock import stored_now
    from engine.config import UnsubscribeService
    from engine.storage import service_pull

    repo.save_setting(UnsubscribeService(base_url="https://unsub.shop.example"))
    now = stored_now(services.clock)
    service_pull.save_pull_state(service_pull.PullState(last_pulled_at=now - timedelta(hours=26)))
    page.refresh()
    qtbot.waitUntil(lambda: page.service_warning.isVisible(), timeout=5000)
    assert "not been reached for 26 hours" in page.service_warning.text()
    service_pull.save_pull_state(service_pull.PullState(last_pulled_at=now))
    page.refresh()
    qtbot.waitUntil(lambda: page.service_warning.isHidden(), timeout=5000)
