"""The Campaigns page: writing, refusing unknown merge fields, preview, prepare and progress."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt

from desktop.pages.campaigns_page import CampaignsPage
from desktop.services import Services
from engine.clock import FakeClock
from engine.jobs import JobContext, run_to_end
from engine.sending.generate import generate_items
from engine.storage import campaigns
from engine.storage.models import Campaign, CampaignItem, OutboundEmail, Suppression
from tests.engine.sending.conftest import add_contacts, profile_for


class _Server:
    host, port, tls, auth = "127.0.0.1", 2525, "none", None


@pytest.fixture
def page(qtbot, services: Services) -> Iterator[CampaignsPage]:  # type: ignore[no-untyped-def]
    services.clock = FakeClock()
    profile_for(_Server(), daily_limit=2)
    add_contacts("Newsletter", 3)
    widget = CampaignsPage(services)
    widget.start_jobs = False
    # its reads end before it closes, as the main window's shutdown makes sure
    qtbot.addWidget(widget, before_close_func=lambda w: (settle(qtbot, w),
                                                         w.runner.stop_all()))
    widget.show()
    yield widget


def settle(qtbot: Any, page: CampaignsPage) -> None:
    """Wait for the progress the page asked for (read in a worker thread) to be shown."""
    qtbot.waitUntil(lambda: not page.reading and not page._read_again, timeout=10_000)


def fill(page: CampaignsPage, **values: Any) -> None:
    page._on_new_clicked()
    page.name.setText(values.get("name", "Spring"))
    page.subject.setText(values.get("subject", "Hi {{first_name|there}}"))
    page.text_body.setPlainText(values.get("text", "Dear {{first_name}} from {{city}}"))
    for i in range(page.lists.count()):
        page.lists.item(i).setCheckState(Qt.CheckState.Checked)


def test_an_unknown_merge_field_is_shown_at_its_field_and_nothing_is_saved(
    page: CampaignsPage,
) -> None:
    fill(page, text="Hi {{shoe_size}}")
    assert not page.save()
    assert "{{shoe_size}}" in page.errors["text_body"].text()
    assert campaigns.list_campaigns() == []


def test_saving_lists_the_campaign_as_a_draft(page: CampaignsPage) -> None:
    fill(page)
    assert page.save()
    assert page.list_view.item(0).text() == "Spring — Draft"
    assert not page.has_unsaved_changes()


def test_preview_as_a_contact_fills_in_its_fields(page: CampaignsPage) -> None:
    fill(page)
    page.save()
    page.show_preview("person1@example.org")
    assert "<b>Subject:</b> Hi First1" in page.preview_head.text()
    assert "Dear First1 from City1" in page.preview_text.toPlainText()


def test_duplicate_makes_an_editable_copy(page: CampaignsPage) -> None:
    fill(page)
    page.save()
    page._on_duplicate_clicked()
    assert page.name.text() == "Spring (copy)"


def test_a_test_send_is_queued_for_each_typed_address(page: CampaignsPage) -> None:
    fill(page)
    page.save()
    page.test_addresses.setText("me@example.com, you@example.com")
    page._on_test_clicked()
    assert sorted(o.to_address for o in OutboundEmail.select()) == \
        ["me@example.com", "you@example.com"]
    assert all(o.subject.startswith("[Test] ") for o in OutboundEmail.select())


def test_prepared_campaign_shows_who_is_left_out_and_the_forecast(
    page: CampaignsPage, services: Services, qtbot: Any,
) -> None:
    fill(page)
    page.save()
    Suppression.create(email="person0@example.org", reason="manual")
    page._on_prepare_clicked()
    run_to_end(generate_items(JobContext(clock=services.clock)))
    page.refresh()
    settle(qtbot, page)
    text = page.progress.text()
    assert "Ready to send" in text
    assert "Left out: 1 suppressed" in text
    assert "Expected to finish" in text and "using 1.0 days of the daily rate" in text
    assert page.start_button.isEnabled()


def prepared(page: CampaignsPage, services: Services, qtbot: Any) -> int:
    fill(page)
    page.save()
    page._on_prepare_clicked()
    run_to_end(generate_items(JobContext(clock=services.clock)))
    page.refresh()
    settle(qtbot, page)
    info = page.current()
    assert info is not None
    return info.id


def prepared_as(page: CampaignsPage, services: Services, qtbot: Any, item_state: str,
                status: str) -> int:
    """A prepared campaign whose items all are in ``item_state`` and it in ``status``."""
    campaign_id = prepared(page, services, qtbot)
    CampaignItem.update(state=item_state).where(CampaignItem.campaign == campaign_id).execute()
    Campaign.update(status=status).where(Campaign.id == campaign_id).execute()
    return campaign_id


def test_the_pages_progress_is_read_outside_the_window_thread(
    page: CampaignsPage, services: Services, qtbot: Any, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.pages import campaigns_page

    prepared(page, services, qtbot)
    threads: list[threading.Thread] = []
    real = campaigns_page.campaign_progress

    def reading(*args: Any) -> Any:
        threads.append(threading.current_thread())
        return real(*args)

    monkeypatch.setattr(campaigns_page, "campaign_progress", reading)
    page._on_timer_timeout()
    settle(qtbot, page)
    page.refresh()
    settle(qtbot, page)
    assert len(threads) == 2
    assert threading.main_thread() not in threads
    assert "Ready to send" in page.progress.text()


def test_the_page_reads_once_a_second_while_sending_and_less_often_otherwise(
    page: CampaignsPage, services: Services, qtbot: Any,
) -> None:
    from desktop.pages.campaigns_page import REFRESH_BUSY_MS, REFRESH_IDLE_MS

    campaign_id = prepared(page, services, qtbot)
    assert page.timer.interval() == REFRESH_IDLE_MS
    campaigns.start(campaign_id)
    page.refresh()
    settle(qtbot, page)
    assert page.timer.interval() == REFRESH_BUSY_MS == 1000
    assert REFRESH_IDLE_MS >= 5000


def test_a_completed_campaign_with_uncertain_messages_says_how_many(
    page: CampaignsPage, services: Services, qtbot: Any,
) -> None:
    campaign_id = prepared(page, services, qtbot)
    CampaignItem.update(state="sent").where(CampaignItem.campaign == campaign_id).execute()
    CampaignItem.update(state="uncertain").where(
        CampaignItem.email.in_(["person1@example.org", "person2@example.org"])).execute()
    Campaign.update(status="completed").where(Campaign.id == campaign_id).execute()
    page.refresh()
    settle(qtbot, page)
    assert page.progress.text().startswith("<b>Completed, 2 uncertain</b>")
    assert page.list_view.currentItem().text() == "Spring — Completed, 2 uncertain"
    assert page.uncertain_button.isEnabled()


def test_the_campaign_list_says_what_a_completed_campaign_still_holds(
    page: CampaignsPage, services: Services, qtbot: Any,
) -> None:
    prepared_as(page, services, qtbot, "uncertain", "completed")
    page._on_new_clicked()  # another campaign is chosen: the list alone says it
    page.refresh()
    assert page.list_view.item(0).text() == "Spring — Completed, 3 uncertain"


def test_a_button_stays_as_it_was_while_the_next_second_is_read(
    page: CampaignsPage, services: Services, qtbot: Any,
) -> None:
    campaign_id = prepared(page, services, qtbot)
    CampaignItem.update(state="uncertain").where(CampaignItem.campaign == campaign_id).execute()
    page.refresh()
    settle(qtbot, page)
    assert page.uncertain_button.isEnabled()
    page._on_timer_timeout()
    assert page.reading and page.uncertain_button.isEnabled()  # no flicker each second
    settle(qtbot, page)
    assert page.uncertain_button.isEnabled()


def test_a_campaign_the_guard_paused_says_why_and_shows_its_rate_against_gmails_lines(
    page: CampaignsPage, services: Services, qtbot: Any,
) -> None:
    from engine.config import ComplaintGuard
    from engine.storage import complaints
    from tests.engine.complaint_support import complain

    campaign_id = prepared_as(page, services, qtbot, "sent", "sending")
    complain(campaign_id, 1)
    assert complaints.pause_if_exceeded(campaign_id, ComplaintGuard(minimum_delivered=3))
    page.refresh()
    settle(qtbot, page)
    text = page.progress.text()
    assert text.startswith("<b>Paused</b><br><span style='color:#a40000'>Paused by the "
                           "complaint guard: 1 of 3 delivered recipients reported it as spam "
                           "(33.33%), above the limit of 0.3%.")
    assert "Complaints: 1 of 3 delivered (33.33%), at or past Gmail&#x27;s 0.3% line" in text
    assert not page.complaint_bar.isHidden()  # on the Send tab, shown once it is chosen
    assert page.complaint_bar.percent() == pytest.approx(100 / 3)
    assert page.resume_button.isEnabled()


def test_a_provider_slowed_down_for_the_profile_is_named_with_its_pace_and_replies(
    page: CampaignsPage, services: Services, qtbot: Any,
) -> None:
    from desktop.i18n import format_datetime
    from engine.sending.provider_pace import ProviderPacer
    from engine.sending.receivers import preset_paces
    from engine.storage.transactions import transaction

    campaign_id = prepared_as(page, services, qtbot, "queued", "sending")
    profile_id = Campaign.get_by_id(campaign_id).profile_id
    now = services.clock.now().replace(tzinfo=None)
    pacer = ProviderPacer(profile_id, preset_paces())
    for _ in range(2):
        with transaction():
            pacer.throttled("other", now)
    page.refresh()
    settle(qtbot, page)
    assert (f"Other providers: slowed down at {format_datetime(now)} to 25% of its pace "
            "(throttling replies: 2)") in page.progress.text()
