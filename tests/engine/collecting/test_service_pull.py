"""The desktop's pull of the unsubscribe service's requests, over verified HTTPS."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from engine.collecting.job import process_bounce_email
from engine.collecting.service_pull import pull_requests
from engine.config import BounceMailbox, ExclusionPolicy, UnsubscribeService
from engine.jobs import JobContext, run_to_end
from engine.mail import signed_links
from engine.storage import audience, repo, service_pull
from engine.storage.models import CampaignList, Contact, Subscription
from tests.engine.collecting.conftest import Sent, send_campaign
from tests.servers.unsubscribe_service import ServiceServer

ONE_CLICK = (b"List-Unsubscribe=One-Click", "application/x-www-form-urlencoded")
NOW = datetime(2026, 12, 3, 8, tzinfo=UTC)


@pytest.fixture
def lists(database_url: str) -> dict[str, int]:
    made = {name: audience.create_list(name).id for name in ("Offers", "Recipes", "Shop news")}
    audience.save_contact("ann@example.com", list_ids=made.values())
    audience.save_contact("bob@example.com", list_ids=[made["Offers"], made["Recipes"]])
    return made


@pytest.fixture
def campaign(lists: dict[str, int]) -> Sent:
    sent = send_campaign("December", ["ann@example.com", "bob@example.com"])
    for name in ("Offers", "Recipes"):
        CampaignList.create(campaign=sent.campaign_id, mailing_list=lists[name])
    return sent


def _settings(service: ServiceServer) -> UnsubscribeService:
    return UnsubscribeService(base_url=service.base_url, sender_name="Green Grocer",
                              ca_file=str(service.certificate.cert_path))


def _subscribed(email: str) -> set[int]:
    return {int(s.mailing_list_id) for s in Subscription.select().join(Contact)
            .where((Contact.email == email) & (Subscription.status == "subscribed"))}


def _one_click(service: ServiceServer, sent: Sent, email: str, lists: list[int]) -> None:
    signed = service.link(sent.tokens[email], lists, date.today())
    assert service.post(f"/u/{signed}", *ONE_CLICK)[0] == 200


def test_a_one_click_request_leaves_the_campaigns_lists_under_the_campaign_policy(
        unsubscribe_service: ServiceServer, campaign: Sent, lists: dict[str, int]) -> None:
    _one_click(unsubscribe_service, campaign, "ann@example.com",
               [lists["Offers"], lists["Recipes"]])
    report = pull_requests(_settings(unsubscribe_service), unsubscribe_service.key, now=NOW)
    assert (report.pulled, report.applied, report.error) == (1, 1, None)
    assert _subscribed("ann@example.com") == {lists["Shop news"]}
    assert _subscribed("bob@example.com") == {lists["Offers"], lists["Recipes"]}


def test_a_one_click_request_leaves_every_list_under_the_global_policy(
        unsubscribe_service: ServiceServer, campaign: Sent, lists: dict[str, int]) -> None:
    repo.save_setting(ExclusionPolicy(scope="global"))
    _one_click(unsubscribe_service, campaign, "ann@example.com", [lists["Offers"]])
    pull_requests(_settings(unsubscribe_service), unsubscribe_service.key, now=NOW)
    assert _subscribed("ann@example.com") == set()


def test_manage_page_choices_leave_only_the_unticked_lists(
        unsubscribe_service: ServiceServer, campaign: Sent, lists: dict[str, int]) -> None:
    import re

    signed = unsubscribe_service.link(campaign.tokens["bob@example.com"],
                                      [lists["Offers"], lists["Recipes"]], date.today())
    page = unsubscribe_service.get(f"/m/{signed}")[1]
    nonce = re.search(r'name="nonce" value="([^"]+)"', page)
    assert nonce
    body = f"nonce={nonce.group(1)}&keep={lists['Offers']}".encode()
    assert unsubscribe_service.post(f"/m/{signed}", body, ONE_CLICK[1])[0] == 200
    pull_requests(_settings(unsubscribe_service), unsubscribe_service.key, now=NOW)
    assert _subscribed("bob@example.com") == {lists["Offers"]}


def test_pulled_requests_are_acknowledged_and_the_catalog_published(
        unsubscribe_service: ServiceServer, campaign: Sent, lists: dict[str, int]) -> None:
    _one_click(unsubscribe_service, campaign, "ann@example.com", [lists["Offers"]])
    pull_requests(_settings(unsubscribe_service), unsubscribe_service.key, now=NOW)
    status, body = unsubscribe_service.get("/api/requests", unsubscribe_service.bearer())
    assert status == 200 and '"requests":[]' in body.replace(" ", "")
    assert '"oldest_unacknowledged":null' in body.replace(" ", "")
    signed = unsubscribe_service.link(campaign.tokens["ann@example.com"],
                                      list(lists.values()), date.today())
    page = unsubscribe_service.get(f"/m/{signed}")[1]
    assert "Green Grocer" in page and "Shop news" in page
    state = service_pull.load_pull_state()
    assert state.last_id == 1 and state.oldest_unacknowledged is None


def test_the_pull_recovers_after_the_service_was_down(
        unsubscribe_service: ServiceServer, campaign: Sent, lists: dict[str, int]) -> None:
    _one_click(unsubscribe_service, campaign, "ann@example.com", [lists["Offers"]])
    unsubscribe_service.stop()
    report = pull_requests(_settings(unsubscribe_service), unsubscribe_service.key, now=NOW,
                           timeout=3)
    assert report.error is not None and report.error.code == "service_unreachable"
    assert lists["Offers"] in _subscribed("ann@example.com")
    assert service_pull.load_pull_state().last_id == 0

    unsubscribe_service.start()  # the same port and data folder: its requests were kept
    report = pull_requests(_settings(unsubscribe_service), unsubscribe_service.key, now=NOW)
    assert (report.applied, report.error) == (1, None)
    assert lists["Offers"] not in _subscribed("ann@example.com")


def test_a_certificate_the_desktop_does_not_trust_is_refused_and_nothing_is_lost(
        unsubscribe_service: ServiceServer, campaign: Sent, lists: dict[str, int]) -> None:
    _one_click(unsubscribe_service, campaign, "ann@example.com", [lists["Offers"]])
    untrusted = replace(_settings(unsubscribe_service), ca_file="")  # system authorities only
    report = pull_requests(untrusted, unsubscribe_service.key, now=NOW, timeout=3)
    assert report.error is not None and report.error.code == "service_unreachable"
    assert "CERTIFICATE_VERIFY_FAILED" in str(report.error.params)
    assert lists["Offers"] in _subscribed("ann@example.com")


def test_a_wrong_key_is_refused_by_the_service(
        unsubscribe_service: ServiceServer, campaign: Sent) -> None:
    report = pull_requests(_settings(unsubscribe_service), signed_links.new_key(), now=NOW)
    assert report.error is not None and report.error.code == "service_refused"
    assert report.error.params["status"] == 401


def test_the_bounce_job_pulls_the_service_even_with_collection_off(
        unsubscribe_service: ServiceServer, campaign: Sent, lists: dict[str, int],
        tmp_path: Path) -> None:
    repo.save_mailbox(BounceMailbox(enabled=False))
    repo.save_setting(_settings(unsubscribe_service))
    _one_click(unsubscribe_service, campaign, "ann@example.com", [lists["Offers"]])
    ctx = JobContext(passwords={UnsubscribeService.SECRET_KEY:
                                signed_links.key_text(unsubscribe_service.key)})
    summary = run_to_end(process_bounce_email(ctx))
    assert summary["skipped"] == "collection_off"
    assert summary["unsubscribe_service"]["applied"] == 1
