"""A domain's own ``config-v1.1.xml`` (Thunderbird's autoconfig format), fetched and read.

The file is read with the standard library's ``xml.etree``, not defusedxml: a config-v1.1
file never has a DOCTYPE, so one that declares a DOCTYPE or an entity is refused before
parsing (no entity expansion can happen, and ElementTree never fetches external resources),
and the download is capped at ``MAX_BYTES``. That is all defusedxml would add here.
"""

from __future__ import annotations

import http.client
import ssl
import urllib.request
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import quote

from engine.discovery.result import AuthMethod, Security, ServerKind, ServerSettings, fill
from engine.notes import Note

DEFAULT_TIMEOUT = 5.0
MAX_BYTES = 256 * 1024

SOCKET_TYPES: dict[str, Security] = {"ssl": "ssl", "starttls": "starttls", "plain": "none"}
# incomingServer/outgoingServer type → our kind; exchange, ews, jmap … are not for us
SERVER_TYPES: dict[str, ServerKind] = {"smtp": "smtp", "imap": "imap", "pop3": "pop3"}
# <authentication> values a server of ours can use; OAuth2 is kept for the providers we know
PASSWORD_AUTH = {"password-cleartext", "password-encrypted", "plain", "secure"}


class Malformed(ValueError):
    """The file is not a usable config-v1.1 document; ``str()`` is the parser's reason."""


@dataclass(frozen=True)
class Config:
    provider: str  # displayShortName or displayName; "" when the file gives none
    servers: tuple[ServerSettings, ...]


def fetch(url: str, timeout: float = DEFAULT_TIMEOUT,
          context: ssl.SSLContext | None = None) -> bytes:
    """The body at ``url``; OSError (urllib's errors included) when there is none."""
    request = urllib.request.Request(url, headers={"Accept": "application/xml, text/xml"})
    with urllib.request.urlopen(request, timeout=timeout, context=context) as response:
        body: bytes = response.read(MAX_BYTES + 1)
    if len(body) > MAX_BYTES:
        raise Malformed(f"larger than {MAX_BYTES} bytes")
    return body


def _auth_method(methods: list[str], host: str) -> AuthMethod | None:
    """What we would sign in with, None when the server offers nothing we can use."""
    if "oauth2" in methods:
        name = host.lower()
        if "google" in name or "gmail" in name:
            return "google"
        if "office365" in name or "outlook" in name:
            return "microsoft"
    if not methods or PASSWORD_AUTH.intersection(methods):
        return "password"
    return None


def parse(body: bytes, address: str) -> Config:
    head = body[:4096].lower()
    if b"<!doctype" in head or b"<!entity" in body.lower():
        raise Malformed("a DOCTYPE or entity declaration")
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise Malformed(str(exc)) from exc
    if root.tag != "clientConfig":
        raise Malformed(f"root element <{root.tag}>, not <clientConfig>")
    provider = root.find("emailProvider")
    if provider is None:
        raise Malformed("no <emailProvider>")
    servers: list[ServerSettings] = []
    for element in [*provider.findall("incomingServer"), *provider.findall("outgoingServer")]:
        found = _server(element, address)
        if found is not None:
            servers.append(found)
    if not servers:
        raise Malformed("no SMTP, IMAP or POP3 server")
    name = (provider.findtext("displayShortName") or provider.findtext("displayName") or "")
    return Config(name.strip(), tuple(servers))


def _server(element: ET.Element, address: str) -> ServerSettings | None:
    kind = SERVER_TYPES.get((element.get("type") or "").lower())
    host = fill((element.findtext("hostname") or "").strip(), address)
    port_text = (element.findtext("port") or "").strip()
    security = SOCKET_TYPES.get((element.findtext("socketType") or "").strip().lower())
    if kind is None or not host or not port_text.isdigit() or security is None:
        return None
    methods = [(a.text or "").strip().lower() for a in element.findall("authentication")]
    auth = _auth_method(methods, host)
    if auth is None:
        return None
    username = fill((element.findtext("username") or "").strip(), address)
    return ServerSettings(kind, host, int(port_text), security, auth, username)


def _attempt(url: str, address: str, timeout: float,
             context: ssl.SSLContext | None) -> Config | Note | None:
    """The file at ``url`` read, a note when it is broken, None when there is none."""
    try:
        return parse(fetch(url, timeout, context), address)
    except Malformed as exc:
        return Note("autoconfig_malformed", {"url": url, "detail": str(exc)})
    except (OSError, ValueError, http.client.HTTPException):
        # refused, unknown host, timed out, HTTP error, a TLS failure: not there
        return None


def lookup(urls: tuple[str, ...], address: str, timeout: float = DEFAULT_TIMEOUT,
           context: ssl.SSLContext | None = None,
           domain: str = "") -> tuple[Config | None, int, list[Note]]:
    """The first of ``urls`` (templates with {domain} and {address}) that gives a usable file,
    its index, and notes on the ones before it that gave a broken one. All are asked at once,
    as Thunderbird does, so a host that never answers costs one timeout, not one per URL; the
    order decides. A URL that does not answer, or answers 404, is the ordinary case and is not
    noted: most domains have no autoconfig. ``domain``: whose file to ask for, when not the
    address's own (the MX host's base domain)."""
    domain = domain or address.rpartition("@")[2]
    targets = [t.format(domain=domain, address=quote(address, safe="@")) for t in urls]
    if not targets:
        return None, -1, []
    with ThreadPoolExecutor(max_workers=len(targets)) as pool:
        answers = list(pool.map(lambda url: _attempt(url, address, timeout, context), targets))
    notes: list[Note] = []
    for index, answer in enumerate(answers):
        if isinstance(answer, Config):
            return answer, index, notes
        if answer is not None:
            notes.append(answer)
    return None, -1, notes
