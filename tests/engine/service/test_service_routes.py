"""The service over HTTPS on 127.0.0.1: RFC 8058's POST, the pages, refusals, the pull API."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from engine.clock import FakeClock
from engine.mail import signed_links
from tests.servers.certs import Certificate
from tests.servers.unsubscribe_service import ServiceServer

TOKEN = "abcdefghijklmnop"
FORM = "application/x-www-form-urlencoded"


def _requests(service: ServiceServer, since: int = 0) -> dict[str, Any]:
    status, body = service.get(f"/api/requests?since={since}", service.bearer())
    assert status == 200
    return json.loads(body)


def _nonce(page: str) -> str:
    found = re.search(r'name="nonce" value="([^"]+)"', page)
    assert found
    return found.group(1)


def test_the_one_click_post_as_gmail_sends_it_is_recorded_with_200(
        unsubscribe_service: ServiceServer) -> None:
    signed = unsubscribe_service.link(TOKEN, [4, 2], date.today())
    status, body = unsubscribe_service.post(f"/u/{signed}", b"List-Unsubscribe=One-Click", FORM)
    assert status == 200
    assert "Unsubscribed" in body
    [request] = _requests(unsubscribe_service)["requests"]
    assert (request["token"], request["action"], request["lists"]) == (TOKEN, "unsubscribe",
                                                                       [2, 4])


def test_a_repeated_one_click_post_is_recorded_once(unsubscribe_service: ServiceServer) -> None:
    signed = unsubscribe_service.link(TOKEN, [1], date.today())
    for _ in range(3):
        assert unsubscribe_service.post(f"/u/{signed}", b"List-Unsubscribe=One-Click",
                                        FORM)[0] == 200
    assert len(_requests(unsubscribe_service)["requests"]) == 1


def test_a_get_shows_a_confirm_page_and_records_nothing(
        unsubscribe_service: ServiceServer) -> None:
    signed = unsubscribe_service.link(TOKEN, [1], date.today())
    status, page = unsubscribe_service.get(f"/u/{signed}")
    assert status == 200
    assert "<form" in page and 'name="nonce"' in page
    assert _requests(unsubscribe_service)["requests"] == []


def test_the_confirm_form_records_and_its_replay_is_refused(
        unsubscribe_service: ServiceServer) -> None:
    signed = unsubscribe_service.link(TOKEN, [1], date.today())
    nonce = _nonce(unsubscribe_service.get(f"/u/{signed}")[1])
    status, page = unsubscribe_service.post(f"/u/{signed}", f"nonce={nonce}".encode(), FORM)
    assert status == 200 and "You are unsubscribed" in page
    status, page = unsubscribe_service.post(f"/u/{signed}", f"nonce={nonce}".encode(), FORM)
    assert status == 409 and "already sent" in page
    assert len(_requests(unsubscribe_service)["requests"]) == 1


def test_opening_the_link_again_says_already_unsubscribed(
        unsubscribe_service: ServiceServer) -> None:
    signed = unsubscribe_service.link(TOKEN, [1], date.today())
    unsubscribe_service.post(f"/u/{signed}", b"List-Unsubscribe=One-Click", FORM)
    status, page = unsubscribe_service.get(f"/u/{signed}")
    assert status == 200 and "already unsubscribed" in page


def test_a_form_post_without_a_rendered_nonce_is_refused(
        unsubscribe_service: ServiceServer) -> None:
    signed = unsubscribe_service.link(TOKEN, [1], date.today())
    status, page = unsubscribe_service.post(f"/u/{signed}", b"nonce=made-up", FORM)
    assert status == 409 and "<h1>This link cannot be used</h1>" in page
    assert _requests(unsubscribe_service)["requests"] == []


def test_a_forged_link_is_refused_with_a_plain_page(unsubscribe_service: ServiceServer) -> None:
    forged = signed_links.sign(b"z" * 32, TOKEN, [1], date.today())
    for status, page in (unsubscribe_service.get(f"/u/{forged}"),
                         unsubscribe_service.post(f"/u/{forged}", b"List-Unsubscribe=One-Click",
                                                  FORM),
                         unsubscribe_service.get(f"/m/{forged}")):
        assert status == 403
        assert "This link is not valid" in page
    assert _requests(unsubscribe_service)["requests"] == []


def test_a_garbled_link_is_refused_with_a_plain_page(unsubscribe_service: ServiceServer) -> None:
    status, page = unsubscribe_service.get("/u/not-a-link")
    assert status == 400 and "This link is not valid" in page


def test_an_expired_link_is_refused_with_a_plain_page(unsubscribe_service: ServiceServer) -> None:
    old = unsubscribe_service.link(TOKEN, [1], date.today() - timedelta(days=200))
    status, page = unsubscribe_service.post(f"/u/{old}", b"List-Unsubscribe=One-Click", FORM)
    assert status == 410 and "expired" in page


def test_the_manage_page_records_the_lists_left(unsubscribe_service: ServiceServer) -> None:
    signed = unsubscribe_service.link(TOKEN, [1, 2, 3], date.today())
    nonce = _nonce(unsubscribe_service.get(f"/m/{signed}")[1])
    status, page = unsubscribe_service.post(f"/m/{signed}", f"nonce={nonce}&keep=2".encode(),
                                            FORM)
    assert status == 200 and "no longer receive" in page
    [request] = _requests(unsubscribe_service)["requests"]
    assert (request["action"], request["lists"]) == ("manage", [1, 3])


def test_the_pull_api_refuses_a_wrong_key(unsubscribe_service: ServiceServer) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}):
        assert unsubscribe_service.get("/api/requests", headers)[0] == 401


def test_acknowledged_requests_are_no_longer_pulled_and_the_oldest_is_reported(
        tmp_path: Path, tls_certificate: Certificate) -> None:
    clock = FakeClock(datetime(2026, 12, 1, 9, tzinfo=UTC))
    service = ServiceServer(tmp_path / "s", signed_links.new_key(), tls_certificate,
                            clock=clock).start()
    try:
        for token in ("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb"):
            service.post(f"/u/{service.link(token, [1], clock.now().date())}",
                         b"List-Unsubscribe=One-Click", FORM)
            clock.advance(hours=1)
        pulled = _requests(service)
        assert pulled["oldest_unacknowledged"] == "2026-12-01T09:00:00+00:00"
        first = pulled["requests"][0]["id"]
        status, _ = service.post_json("/api/ack", {"up_to": first})
        assert status == 200
        left = _requests(service)
        assert [r["token"] for r in left["requests"]] == ["bbbbbbbbbbbbbbbb"]
        assert left["oldest_unacknowledged"] == "2026-12-01T10:00:00+00:00"
    finally:
        service.stop()
