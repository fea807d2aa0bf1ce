"""pytest plugin: real servers on 127.0.0.1 for the tests (`pytest_plugins` in conftest).

Fixtures (all servers listen on 127.0.0.1 only and are stopped by their own PID):

- `tls_certificate` (session) -> `Certificate`: self-signed, CN=localhost + 127.0.0.1.
- `dovecot` (session) -> `DovecotServer`: IMAP + POP3 in the clear, one user `user`/`secret`.
- `dovecot_tls` (session) -> `DovecotServer`: also imaps/pop3s and STARTTLS.
- `dovecot_user` (function) -> `MailUser`: a fresh, empty account on `dovecot`; prefer it
  to `dovecot.user`, which every test of the session shares.
- `postgres` (session) -> `PostgresServer`; `postgres_url` (session) -> its URL string.
- `smtp_server` (function) -> factory `smtp_server(tls=..., auth=..., replies=..., ...)`
  returning a started `SmtpServer` (in-process aiosmtpd); all are stopped after the test.
- `smtp_sink` (function) -> factory `smtp_sink(delay=..., pipelining=...)` returning a
  started `SinkProcess` (a separate process).
- `silent_server` (function) -> `SilentServer` that accepts and never answers.
- `refused_port` (function) -> a port where connecting is refused.
- `dns_server` (function) -> factory `dns_server({"example.test": ["@ IN TXT \"v=spf1 -all\""]})`
  returning a started `DnsServer` (Debian's nsd, authoritative for the zones given);
  `.resolver()` is a dnspython resolver asking it, `.address` the app's resolver setting.

A missing binary calls `tests.support.missing()`: skipped on a developer's machine, a failure
in CI. Tests using a server-process fixture are marked `servers` automatically.
Heavy imports happen inside the fixtures so that loading this plugin costs nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from tests.support import missing

if TYPE_CHECKING:
    from tests.servers.certs import Certificate
    from tests.servers.dns import DnsServer
    from tests.servers.dovecot import DovecotServer, MailUser
    from tests.servers.oauth import OAuthServer
    from tests.servers.ports import SilentServer
    from tests.servers.postgres import PostgresServer
    from tests.servers.smtp import SmtpServer
    from tests.servers.smtp_sink import SinkProcess

# Fixtures that start a process of their own: a test using one is marked `servers`.
PROCESS_FIXTURES = frozenset(
    {"dovecot", "dovecot_tls", "dovecot_user", "postgres", "postgres_url", "smtp_sink",
     "dns_server", "dovecot_oauth"}
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if PROCESS_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.servers)


@pytest.fixture(scope="session")
def tls_certificate(tmp_path_factory: pytest.TempPathFactory) -> Certificate:
    from tests.servers.certs import make_certificate

    return make_certificate(tmp_path_factory.mktemp("tls"))


@pytest.fixture(scope="session")
def _dovecots() -> Iterator[list[DovecotServer]]:
    """Every Dovecot of the session, stopped together: each master takes ~1 s to exit."""
    servers: list[DovecotServer] = []
    yield servers
    for server in servers:
        server.signal_stop()
    for server in servers:
        server.stop()


def _start_dovecot(
    servers: list[DovecotServer], certificate: Certificate | None,
    oauth_introspection_url: str | None = None,
) -> DovecotServer:
    from tests.servers.dovecot import DovecotServer, why_dovecot_cannot_run

    reason = why_dovecot_cannot_run()
    if reason is not None:
        missing(reason)
    server = DovecotServer.start(certificate=certificate,
                                 oauth_introspection_url=oauth_introspection_url)
    servers.append(server)
    return server


@pytest.fixture(scope="session")
def dovecot(_dovecots: list[DovecotServer]) -> Iterator[DovecotServer]:
    server = _start_dovecot(_dovecots, None)
    yield server
    server.signal_stop()


@pytest.fixture(scope="session")
def oauth_server() -> Iterator[OAuthServer]:
    """The local OAuth2 authorization server (tests/servers/oauth.py), for the whole session."""
    from tests.servers.oauth import OAuthServer

    with OAuthServer() as server:
        yield server


@pytest.fixture(scope="session")
def dovecot_oauth(
    _dovecots: list[DovecotServer], oauth_server: OAuthServer
) -> Iterator[DovecotServer]:
    """A Dovecot that also takes XOAUTH2/OAUTHBEARER, checking tokens at ``oauth_server``."""
    server = _start_dovecot(_dovecots, None, oauth_server.introspection_url)
    yield server
    server.signal_stop()


@pytest.fixture(scope="session")
def dovecot_tls(
    _dovecots: list[DovecotServer], tls_certificate: Certificate
) -> Iterator[DovecotServer]:
    server = _start_dovecot(_dovecots, tls_certificate)
    yield server
    server.signal_stop()


@pytest.fixture
def dovecot_user(dovecot: DovecotServer) -> MailUser:
    return dovecot.add_user()


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    from tests.servers.postgres import PostgresServer, why_postgres_cannot_run

    reason = why_postgres_cannot_run()
    if reason is not None:
        missing(reason)
    server = PostgresServer.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def postgres_url(postgres: PostgresServer) -> str:
    return postgres.url


@pytest.fixture
def smtp_server(tls_certificate: Certificate) -> Iterator[Callable[..., SmtpServer]]:
    """`smtp_server(tls="none"|"starttls"|"implicit", auth=None|(user, password),
    auth_require_tls=None, replies={addr: "550 ..."}, data_reply=None, drop_after=None,
    drop_at="data_end", data_reply_delay=0.0, delay=0.0, pipelining=False)`
    -> a started SmtpServer."""
    from tests.servers.smtp import SmtpServer

    started: list[SmtpServer] = []

    def start(**options: Any) -> SmtpServer:
        options.setdefault("certificate", tls_certificate)
        server = SmtpServer(**options).start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def smtp_sink(tmp_path: Path) -> Iterator[Callable[..., SinkProcess]]:
    """`smtp_sink(delay=0.0, pipelining=False)` -> a started SinkProcess."""
    from tests.servers.smtp_sink import SinkProcess

    started: list[SinkProcess] = []

    def start(**options: Any) -> SinkProcess:
        options.setdefault("count_file", tmp_path / f"sink-{len(started)}.json")
        sink = SinkProcess(**options).start()
        started.append(sink)
        return sink

    yield start
    for sink in started:
        sink.stop()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    from tests.servers.ports import SilentServer

    with SilentServer() as server:
        yield server


@pytest.fixture
def refused_port() -> Iterator[int]:
    from tests.servers.ports import refused_port as reserve

    with reserve() as port:
        yield port


@pytest.fixture
def dns_server(tmp_path: Path) -> Iterator[Callable[..., DnsServer]]:
    """`dns_server(zones)` -> a started DnsServer serving `zones` ({origin: [record lines]})."""
    from tests.servers.dns import DnsServer, why_nsd_cannot_run

    reason = why_nsd_cannot_run()
    if reason:
        missing(reason)
    started: list[DnsServer] = []

    def start(zones: dict[str, list[str]]) -> DnsServer:
        server = DnsServer.start(zones, tmp_path / f"dns-{len(started)}")
        started.append(server)
        return server

    yield start
    for server in started:
        server.stop()


@pytest.fixture
def unsubscribe_service(tmp_path: Path, tls_certificate: Certificate) -> Iterator[Any]:
    """A started `ServiceServer` (the one-click unsubscribe service over HTTPS, in a thread)
    with a fresh data folder and shared key; stopped after the test."""
    from engine.mail import signed_links
    from tests.servers.unsubscribe_service import ServiceServer

    server = ServiceServer(tmp_path / "service", signed_links.new_key(), tls_certificate)
    server.start()
    yield server
    server.stop()
