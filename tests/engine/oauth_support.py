"""The local OAuth2 server set up as the Microsoft and Google endpoints, for the tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest
import requests

from engine import oauth

if TYPE_CHECKING:
    from tests.servers.oauth import OAuthServer

CLIENT = "newsletter-desk-test"
SMTP_SCOPE = oauth.scopes_for("microsoft", "smtp")[0]


def follow(url: str) -> None:
    """The user's browser: the test AS approves the login_hint at once and redirects."""
    reply = requests.get(url, allow_redirects=False, timeout=10)
    assert reply.status_code == 302, reply.text
    requests.get(reply.headers["Location"], timeout=10)


@pytest.fixture
def authority(oauth_server: OAuthServer) -> Iterator[OAuthServer]:
    oauth_server.add_client(CLIENT, [s for m in ("microsoft", "google")
                                     for u in ("smtp", "imap", "pop3")
                                     for s in oauth.scopes_for(m, u)])
    oauth_server.lifetime = 3600
    for method in ("microsoft", "google"):
        oauth.override_endpoints(method, oauth.Endpoints(
            f"{oauth_server.url}/authorize", f"{oauth_server.url}/token",
            f"{oauth_server.url}/devicecode"))
    yield oauth_server
    for method in ("microsoft", "google"):
        oauth.override_endpoints(method, None)
    oauth._sources.clear()
