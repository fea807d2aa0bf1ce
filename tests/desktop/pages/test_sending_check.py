"""Check before sending in the window: the Check button of the SMTP profile and campaign
pages runs on a worker against the nsd test server and lists the findings; Start sending
warns about failed required rules and the user may still send."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.pages.campaigns_page import CampaignsPage
from desktop.pages.sending_checks_page import SendingChecksPage
from desktop.pages.smtp_profiles_page import SmtpProfilesPage
from desktop.services import Services
from engine.checking.cache import subject_key
from engine.checking.check import CheckResult
from engine.checking.report import Finding
from engine.cli.check_sending import cache_for
from engine.clock import FakeClock
from engine.config import CheckSettings, Footers
from engine.storage import campaigns, repo
from tests.desktop.pages.conftest import BoxAnswerer
from tests.desktop.pages.test_campaigns_page import prepared, settle
from tests.engine.checking.zones import private_key, shop_profile, shop_zones
from tests.engine.sending.conftest import add_contacts
from tests.servers.dns import DnsServer
from tests.servers.smtp import SmtpServer

DMARC_RECORD = '_dmarc.shop.example. TXT "v=DMARC1; p=none; rua=mailto:news@shop.example"'


@pytest.fixture
def shop(services: Services, dns_server: Callable[..., DnsServer],
         smtp_server: Callable[..., SmtpServer]) -> SmtpServer:
    """The shop's profile sending to a STARTTLS server on 127.0.0.1; its DNS on nsd."""
    relay = smtp_server(tls="starttls")
    profile = repo.save_profile(shop_profile(host=relay.host, port=relay.port,
                                             verify_certificate=False, requires_auth=False,
                                             username=""))
    services.secrets.set(profile.dkim_secret_key, private_key())
    repo.save_setting(Footers(unsubscribe_url_template="https://shop.example/u/{{token}}"))
    repo.save_setting(CheckSettings(resolver=dns_server(shop_zones(drop=("dmarc",))).address))
    return relay


@pytest.fixture
def smtp_page(qtbot: Any, services: Services, shop: SmtpServer,
              message_boxes: BoxAnswerer) -> Iterator[SmtpProfilesPage]:
    page = SmtpProfilesPage(services)
    qtbot.addWidget(page)
    page.show()
    yield page


def check(qtbot: Any, panel: Any) -> str:
    """Click Check, wait for the worker's findings; the findings as shown."""
    qtbot.mouseClick(panel.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.action.runner.running == 0 and panel.result is not None,
                    timeout=20_000)
    return str(panel.findings.toPlainText())


def test_check_on_the_profile_page_lists_findings_with_the_record_to_add(
        qtbot: Any, smtp_page: SmtpProfilesPage) -> None:
    panel = smtp_page.sending_check
    text = check(qtbot, panel)
    assert "✔ OK  SPF of the return-path domain" in text
    assert "✔ OK  Encrypted connection (TLS)" in text
    assert "✖ Problem  DMARC policy (required by Gmail, Yahoo, Outlook.com)" in text
    assert DMARC_RECORD in text
    assert panel.age.text() == "1 required rule not met, checked just now."


def test_copy_records_puts_the_records_to_add_on_the_clipboard(
        qtbot: Any, smtp_page: SmtpProfilesPage) -> None:
    panel = smtp_page.sending_check
    check(qtbot, panel)
    qtbot.mouseClick(panel.copy_button, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == DMARC_RECORD


def test_the_profile_page_shows_the_last_results_with_their_age(
        qtbot: Any, services: Services, shop: SmtpServer, message_boxes: BoxAnswerer) -> None:
    [profile] = repo.list_profiles()
    cache_for(services.database_url).put(profile.key, CheckResult(
        datetime.now(UTC) - timedelta(hours=3, minutes=5),
        (Finding("mx", "fail", "mx_missing", {"domain": "shop.example"}),)))
    page = SmtpProfilesPage(services)
    qtbot.addWidget(page)
    assert "Mail server (MX) for bounces" in page.sending_check.findings.toPlainText()
    assert page.sending_check.age.text() == "All required rules met, checked 3 hours ago."


@pytest.fixture
def campaign_page(qtbot: Any, services: Services, shop: SmtpServer,
                  message_boxes: BoxAnswerer) -> Iterator[CampaignsPage]:
    services.clock = FakeClock()
    add_contacts("Newsletter", 2)
    page = CampaignsPage(services)
    page.start_jobs = False
    qtbot.addWidget(page, before_close_func=lambda w: (settle(qtbot, w), w.runner.stop_all()))
    page.show()
    yield page


def test_check_on_the_campaign_page_includes_the_messages_own_rules(
        qtbot: Any, campaign_page: CampaignsPage, services: Services) -> None:
    prepared(campaign_page, services, qtbot)
    text = check(qtbot, campaign_page.sending_check)
    assert "One-click unsubscribe" in text
    assert "The message itself" in text


def start_sending(page: CampaignsPage, services: Services, qtbot: Any, boxes: BoxAnswerer,
                  *, answer: str = "", failed_check: bool = True) -> str | None:
    """Start a prepared campaign, a failing DMARC check kept for it; the status after."""
    campaign_id = prepared(page, services, qtbot)
    info = campaigns.get_campaign_by_id(campaign_id)
    assert info is not None
    [profile] = repo.list_profiles()
    if failed_check:
        cache_for(services.database_url).put(subject_key(profile.key, info.name), CheckResult(
            datetime.now(UTC), (Finding("dmarc", "fail", "dmarc_missing",
                                        {"domain": "shop.example"}),)))
    if answer:
        boxes.answers.append(answer)
    page._on_start_clicked()
    return campaigns.status_of(campaign_id)


def test_start_sending_after_a_failed_check_asks_and_cancel_keeps_it_unsent(
        qtbot: Any, campaign_page: CampaignsPage, services: Services,
        message_boxes: BoxAnswerer) -> None:
    status = start_sending(campaign_page, services, qtbot, message_boxes, answer="Cancel")
    assert "shop.example has no DMARC record" in message_boxes.seen[0]
    assert status == "ready"


def test_start_sending_after_a_failed_check_may_send_anyway(
        qtbot: Any, campaign_page: CampaignsPage, services: Services,
        message_boxes: BoxAnswerer) -> None:
    status = start_sending(campaign_page, services, qtbot, message_boxes, answer="Send anyway")
    assert status == "sending"


def test_start_sending_without_a_failed_check_asks_nothing(
        qtbot: Any, campaign_page: CampaignsPage, services: Services,
        message_boxes: BoxAnswerer) -> None:
    status = start_sending(campaign_page, services, qtbot, message_boxes, failed_check=False)
    assert message_boxes.seen == []
    assert status == "sending"


def test_the_dns_server_setting_is_saved_for_the_checks(
        qtbot: Any, services: Services, message_boxes: BoxAnswerer) -> None:
    page = SendingChecksPage(services)
    qtbot.addWidget(page)
    page.resolver_edit.setText("127.0.0.1:5353")
    assert page.save()
    assert repo.load_setting(CheckSettings) == CheckSettings("127.0.0.1:5353")


def test_a_dns_server_with_a_bad_port_is_refused_at_its_field(
        qtbot: Any, services: Services, message_boxes: BoxAnswerer) -> None:
    page = SendingChecksPage(services)
    qtbot.addWidget(page)
    page.resolver_edit.setText("127.0.0.1:dns")
    assert not page.save()
    assert repo.load_setting(CheckSettings) == CheckSettings()
