"""TLS towards the relay, against the aiosmtpd test server: offered and used passes, offered
but not used by the profile fails, not offered fails, implicit TLS passes."""

from __future__ import annotations

from collections.abc import Callable

from engine.checking.tls import check_tls
from tests.servers.smtp import SmtpServer


def test_starttls_offered_and_used_passes(smtp_server: Callable[..., SmtpServer]) -> None:
    server = smtp_server(tls="starttls")
    finding = check_tls(server.host, server.port, "starttls", verify_certificate=False)
    assert (finding.status, finding.code) == ("pass", "tls_starttls")


def test_starttls_offered_but_profile_sends_in_the_clear_fails(
        smtp_server: Callable[..., SmtpServer]) -> None:
    server = smtp_server(tls="starttls")
    finding = check_tls(server.host, server.port, "none", verify_certificate=False)
    assert (finding.status, finding.code) == ("fail", "tls_offered_unused")


def test_relay_without_starttls_fails(smtp_server: Callable[..., SmtpServer]) -> None:
    server = smtp_server(tls="none")
    finding = check_tls(server.host, server.port, "starttls", verify_certificate=False)
    assert (finding.status, finding.code) == ("fail", "tls_not_offered")


def test_implicit_tls_passes(smtp_server: Callable[..., SmtpServer]) -> None:
    server = smtp_server(tls="implicit")
    finding = check_tls(server.host, server.port, "ssl", verify_certificate=False)
    assert (finding.status, finding.code) == ("pass", "tls_implicit")


def test_unreachable_relay_is_unknown(refused_port: int) -> None:
    finding = check_tls("127.0.0.1", refused_port, "starttls", verify_certificate=False)
    assert (finding.status, finding.code) == ("unknown", "tls_unreachable")
