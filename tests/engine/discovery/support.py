"""A local web server for config-v1.1.xml files, and lookup places that ask 127.0.0.1 only."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from engine.discovery.find import Places
from engine.discovery.probe import PORTS, Plan
from tests.servers.ports import LOOPBACK

CONFIG = """<?xml version="1.0" encoding="UTF-8"?>
<clientConfig version="1.1">
  <emailProvider id="{domain}">
    <domain>{domain}</domain>
    <displayName>{name}</displayName>
    <displayShortName>{name}</displayShortName>
    <incomingServer type="imap">
      <hostname>imap.{domain}</hostname>
      <port>993</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </incomingServer>
    <incomingServer type="pop3">
      <hostname>pop.{domain}</hostname>
      <port>995</port>
      <socketType>SSL</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILLOCALPART%</username>
    </incomingServer>
    <outgoingServer type="smtp">
      <hostname>smtp.%EMAILDOMAIN%</hostname>
      <port>587</port>
      <socketType>STARTTLS</socketType>
      <authentication>password-cleartext</authentication>
      <username>%EMAILADDRESS%</username>
    </outgoingServer>
  </emailProvider>
</clientConfig>
"""


def config_xml(domain: str, name: str = "Example Mail") -> bytes:
    return CONFIG.format(domain=domain, name=name).encode()


@dataclass
class FileServer:
    """Serves ``files`` ({path: body}) over plain HTTP; any other path is a 404."""

    files: dict[str, bytes] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    port: int = 0

    @property
    def base(self) -> str:
        return f"http://{LOOPBACK}:{self.port}"


@contextmanager
def file_server() -> Iterator[FileServer]:
    served = FileServer()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - http.server's hook name
            served.requests.append(self.path)
            body = served.files.get(self.path.partition("?")[0])
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "application/xml")
            self.end_headers()
            self.wfile.write(body or b"")

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer((LOOPBACK, 0), Handler)
    served.port = httpd.server_address[1]
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield served
    finally:
        httpd.shutdown()
        httpd.server_close()
        thread.join(5)


def autoconfig_path(domain: str) -> str:
    return f"/autoconfig/{domain}/mail/config-v1.1.xml"


def well_known_path(domain: str) -> str:
    return f"/{domain}/.well-known/autoconfig/mail/config-v1.1.xml"


def plan(refused: int, timeout: float = 2.0, **ports: int) -> Plan:
    """A probe whose every standard port goes to ``refused`` unless ``ports`` (``p465=…``)
    sends it to a test server: nothing on the machine's real ports is ever asked."""
    standard = {port for tries in PORTS.values() for port, _ in tries}
    port_map = {port: ports.get(f"p{port}", refused) for port in standard}
    return Plan(port_map=port_map, timeout=timeout)


def local_places(http_base: str, refused: int, resolver: str = "",
                 timeout: float = 2.0, **ports: int) -> Places:
    """Every step asks 127.0.0.1: autoconfig files from ``http_base`` (https first, as in
    the real order, then http), the DNS at ``resolver``, the probe as ``plan`` says."""
    tls_base = http_base.replace("http://", "https://")
    query = "?emailaddress={address}"
    return Places(
        autoconfig=(f"{tls_base}/autoconfig/{{domain}}/mail/config-v1.1.xml{query}",
                    f"{http_base}/autoconfig/{{domain}}/mail/config-v1.1.xml{query}"),
        well_known=(f"{http_base}/{{domain}}/.well-known/autoconfig/mail/config-v1.1.xml",),
        resolver=resolver or f"{LOOPBACK}:{refused}",
        plan=plan(refused, timeout, **ports),
        timeout=timeout,
    )
