"""Test connection against a real aiosmtpd on 127.0.0.1: every security mode, AUTH, failures."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

import pytest

from engine.cli.words import note_text
from engine.config import SmtpProfile
from engine.errors import AuthError, SmtpError
from engine.jobs import Cancelled
from engine.network import Hangup
from engine.sending.connect import check_smtp, open_smtp
from tests.servers.certs import Certificate
from tests.servers.ports import SilentServer
from tests.servers.smtp import SmtpServer

Start = Callable[..., SmtpServer]
PORT_SECURITY = {"none": "none", "starttls": "starttls", "implicit": "ssl"}


def profile_for(server: SmtpServer, **changes: Any) -> SmtpProfile:
    values: dict[str, Any] = {
        "name": "Test",
        "host": server.host,
        "port": server.port,
        "security": PORT_SECURITY[server.tls],
        "requires_auth": server.auth is not None,
        "username": server.auth[0] if server.auth else "",
        "from_address": "news@example.com",
        "bounce_address": "bounces@example.com",
    }
    values.update(changes)
    return SmtpProfile(**values)


@pytest.fixture
def trusted(monkeypatch: pytest.MonkeyPatch, tls_certificate: Certificate) -> None:
    """The app trusts the throwaway certificate the way it trusts any CA: SSL_CERT_FILE."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tls_certificate.cert_path))


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
def test_check_succeeds_without_auth_in_every_security_mode(
    smtp_server: Start, trusted: None, tls: str
) -> None:
    server = smtp_server(tls=tls)
    message = note_text(check_smtp(profile_for(server), None, timeout=5))
    assert message.startswith(f"Connected to 127.0.0.1 on port {server.port} with ")
    assert "logged in" not in message


@pytest.mark.parametrize("tls", ["none", "starttls", "implicit"])
def test_check_logs_in_in_every_security_mode(smtp_server: Start, trusted: None, tls: str) -> None:
    server = smtp_server(tls=tls, auth=("marketer", "s3cret"))
    passed = check_smtp(profile_for(server), "s3cret", timeout=5)
    assert (passed.code, passed.params["username"]) == ("smtp_check_passed", "marketer")
    assert note_text(passed).endswith("and logged in as marketer.")


def test_a_wrong_password_quotes_the_server(smtp_server: Start, trusted: None) -> None:
    server = smtp_server(tls="starttls", auth=("marketer", "s3cret"))
    with pytest.raises(AuthError) as caught:
        check_smtp(profile_for(server), "wrong", timeout=5)
    assert str(caught.value).startswith("Authentication failed: the server said 535")


def test_a_missing_password_is_said_before_connecting(smtp_server: Start) -> None:
    server = smtp_server(auth=("marketer", "s3cret"))
    with pytest.raises(AuthError, match="No password is stored"):
        check_smtp(profile_for(server), None, timeout=5)


def test_an_untrusted_certificate_is_named(smtp_server: Start) -> None:
    server = smtp_server(tls="implicit")
    with pytest.raises(SmtpError) as caught:
        check_smtp(profile_for(server), None, timeout=5)
    assert str(caught.value).startswith("Certificate not trusted for 127.0.0.1")


def test_certificate_checks_can_be_turned_off(smtp_server: Start) -> None:
    server = smtp_server(tls="starttls")
    assert check_smtp(profile_for(server, verify_certificate=False), None, timeout=5)


def test_a_refused_port_says_refused(refused_port: int) -> None:
    profile = SmtpProfile(name="T", host="127.0.0.1", port=refused_port, security="ssl",
                          requires_auth=False)
    with pytest.raises(SmtpError) as caught:
        check_smtp(profile, None, timeout=5)
    assert str(caught.value).startswith(f"Connection refused on port {refused_port}")


def test_a_silent_server_times_out_with_a_clear_message(silent_server: SilentServer) -> None:
    profile = SmtpProfile(name="T", host="127.0.0.1", port=silent_server.port,
                          security="none", requires_auth=False)
    with pytest.raises(SmtpError, match=r"^No answer from 127.0.0.1 on port \d+ within 0.3 s"):
        check_smtp(profile, None, timeout=0.3)


def test_starttls_missing_on_the_server_is_explained(smtp_server: Start) -> None:
    server = smtp_server(tls="none")
    with pytest.raises(SmtpError, match="does not offer STARTTLS"):
        check_smtp(profile_for(server, security="starttls"), None, timeout=5)


def test_tls_against_a_plain_port_explains_the_mismatch(smtp_server: Start, trusted: None) -> None:
    server = smtp_server(tls="none")
    with pytest.raises(SmtpError, match="security setting matches the port"):
        check_smtp(profile_for(server, security="ssl"), None, timeout=5)


def test_auth_not_offered_in_the_clear_suggests_encryption(smtp_server: Start) -> None:
    server = smtp_server(tls="starttls", auth=("marketer", "s3cret"))
    with pytest.raises(SmtpError, match="choose STARTTLS or SSL/TLS"):
        check_smtp(profile_for(server, security="none"), "s3cret", timeout=5)


def test_open_smtp_returns_a_client_that_can_send(smtp_server: Start, trusted: None) -> None:
    server = smtp_server(tls="starttls", auth=("marketer", "s3cret"))
    client = open_smtp(profile_for(server), "s3cret", timeout=5)
    client.sendmail("news@example.com", ["reader@example.org"], b"Subject: hi\r\n\r\nhello\r\n")
    client.quit()
    [received] = server.wait_for(1)
    assert received.login == "marketer" and received.tls


def test_hanging_up_cancels_a_wait_on_a_silent_server(silent_server: SilentServer) -> None:
    profile = SmtpProfile(name="T", host="127.0.0.1", port=silent_server.port,
                          security="none", requires_auth=False)
    hangup = Hangup()
    threading.Timer(0.2, hangup.hang_up).start()
    began = time.monotonic()
    with pytest.raises(Cancelled):
        check_smtp(profile, None, timeout=30, hangup=hangup)
    assert time.monotonic() - began < 10  # far below the 30 s timeout
