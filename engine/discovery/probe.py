"""The last resort: asking ``smtp.``/``imap.``/``pop3.``/``mail.<domain>`` on the usual ports
what they speak, as Thunderbird's guess does.

Each try connects, reads the greeting (after the TLS handshake on the implicit-TLS ports) and,
on the others, asks for the capabilities to see whether STARTTLS is offered. The certificate
is not checked here: the probe only learns what answers, and Test connection (which checks it
as the profile says) confirms the choice. All tries run at once, each within ``timeout``.
"""

from __future__ import annotations

import contextlib
import imaplib
import poplib
import smtplib
import socket
import ssl
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from engine.discovery.result import Security, ServerKind, ServerSettings

DEFAULT_TIMEOUT = 4.0

# host templates per kind, in Thunderbird's order
HOSTS: dict[ServerKind, tuple[str, ...]] = {
    "smtp": ("smtp.{domain}", "mail.{domain}"),
    "imap": ("imap.{domain}", "mail.{domain}"),
    "pop3": ("pop3.{domain}", "pop.{domain}", "mail.{domain}"),
}
# (port, security) per kind, best first: implicit TLS, then STARTTLS, then in the clear
PORTS: dict[ServerKind, tuple[tuple[int, Security], ...]] = {
    "smtp": ((465, "ssl"), (587, "starttls"), (25, "starttls")),
    "imap": ((993, "ssl"), (143, "starttls")),
    "pop3": ((995, "ssl"), (110, "starttls")),
}


@dataclass(frozen=True)
class Attempt:
    kind: ServerKind
    host: str
    port: int
    security: Security  # what was tried; on a clear port, "starttls" answered as "none" if
    answered: bool      # STARTTLS was not offered (``offered`` says what it was)
    offered: Security | None = None


@dataclass(frozen=True)
class Plan:
    """Where to probe: host templates and ports per kind, injectable for the tests (a port
    map sends the standard port to a test server's), and how to find a host's address."""

    hosts: dict[ServerKind, tuple[str, ...]] = field(default_factory=lambda: dict(HOSTS))
    ports: dict[ServerKind, tuple[tuple[int, Security], ...]] = field(
        default_factory=lambda: dict(PORTS))
    port_map: dict[int, int] = field(default_factory=dict)
    timeout: float = DEFAULT_TIMEOUT


Resolve = Callable[[str], str | None]


def _context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def _smtp(address: str, port: int, implicit: bool, timeout: float) -> bool:
    """Whether the server offers STARTTLS (after a greeting and EHLO, or HELO)."""
    client = (smtplib.SMTP_SSL(address, port, timeout=timeout, context=_context()) if implicit
              else smtplib.SMTP(address, port, timeout=timeout))
    with contextlib.closing(client):
        if client.ehlo("newsletter-desk.invalid")[0] != 250:
            client.helo("newsletter-desk.invalid")
        # before QUIT, which forgets what EHLO said
        offered = client.has_extn("starttls")
        with contextlib.suppress(OSError, smtplib.SMTPException):
            client.quit()
        return offered


def _imap(address: str, port: int, implicit: bool, timeout: float) -> bool:
    client = (imaplib.IMAP4_SSL(address, port, ssl_context=_context(), timeout=timeout)
              if implicit else imaplib.IMAP4(address, port, timeout=timeout))
    try:
        return "STARTTLS" in client.capabilities
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            client.logout()


def _pop3(address: str, port: int, implicit: bool, timeout: float) -> bool:
    client = (poplib.POP3_SSL(address, port, timeout=timeout, context=_context()) if implicit
              else poplib.POP3(address, port, timeout=timeout))
    try:
        # CAPA is optional in POP3: a server without it offers no STLS either
        with contextlib.suppress(poplib.error_proto):
            return "STLS" in client.capa()
        return False
    finally:
        with contextlib.suppress(OSError, poplib.error_proto):
            client.quit()


_SPEAKERS = {"smtp": _smtp, "imap": _imap, "pop3": _pop3}


def _try(kind: ServerKind, host: str, port: int, security: Security, plan: Plan,
         resolve: Resolve) -> Attempt:
    address = resolve(host)
    if address is None:
        return Attempt(kind, host, port, security, answered=False)
    try:
        implicit = security == "ssl"
        starttls = _SPEAKERS[kind](address, plan.port_map.get(port, port), implicit,
                                   plan.timeout)
    except (OSError, EOFError, smtplib.SMTPException, imaplib.IMAP4.error,
            poplib.error_proto, ValueError):
        return Attempt(kind, host, port, security, answered=False)
    offered: Security = "ssl" if implicit else ("starttls" if starttls else "none")
    return Attempt(kind, host, port, security, answered=True, offered=offered)


def _tries(domain: str, plan: Plan) -> Iterator[tuple[ServerKind, str, int, Security]]:
    for kind, templates in plan.hosts.items():
        for template in templates:
            for port, security in plan.ports.get(kind, ()):
                yield kind, template.format(domain=domain), port, security


def probe(domain: str, plan: Plan, resolve: Resolve) -> list[Attempt]:
    """Every try, in the plan's order (best first within a kind), each answered or not."""
    tries = list(_tries(domain, plan))
    if not tries:
        return []
    with ThreadPoolExecutor(max_workers=min(12, len(tries))) as pool:
        return list(pool.map(lambda t: _try(t[0], t[1], t[2], t[3], plan, resolve), tries))


def best(attempts: list[Attempt], username: str) -> tuple[ServerSettings, ...]:
    """For each kind the first answer in the plan's order, an encrypted one before any that
    would send the password in the clear."""
    chosen: list[ServerSettings] = []
    for kind in ("smtp", "imap", "pop3"):
        answered = [a for a in attempts if a.kind == kind and a.answered]
        answered.sort(key=lambda a: a.offered == "none")  # stable: keeps the plan's order
        if answered:
            a = answered[0]
            security = a.offered or a.security
            chosen.append(ServerSettings(kind, a.host, a.port, security, "password", username))
    return tuple(chosen)


def system_resolve(host: str) -> str | None:
    """The host's address through the operating system, None when it has none."""
    try:
        return str(socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)[0][4][0])
    except (OSError, UnicodeError):
        return None
