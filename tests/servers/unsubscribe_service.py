"""The unsubscribe service over HTTPS on 127.0.0.1, in a thread, for the tests.

Served by werkzeug with the session's self-signed certificate, so a client that verifies
against that certificate (never ``verify=False``) talks to it as to a real deployment behind
TLS. ``stop()`` and ``start()`` again on the same port model a service that was down.
"""

from __future__ import annotations

import json
import ssl
import threading
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from werkzeug.serving import BaseWSGIServer, make_server

from engine.clock import Clock
from engine.mail import signed_links
from engine.service.app import create_app
from tests.servers.certs import Certificate


@dataclass
class ServiceServer:
    data_dir: Path
    key: bytes
    certificate: Certificate
    clock: Clock | None = None
    database_url: str = ""
    port: int = 0
    _server: BaseWSGIServer | None = field(default=None, repr=False)
    _thread: threading.Thread | None = field(default=None, repr=False)

    @property
    def base_url(self) -> str:
        return f"https://127.0.0.1:{self.port}"

    def start(self) -> ServiceServer:
        app = create_app(self.data_dir, key=self.key, clock=self.clock,
                         database_url=self.database_url)
        self._server = make_server("127.0.0.1", self.port, app, threaded=True,
                                   ssl_context=self.certificate.server_context())
        self.port = self._server.server_port
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def link(self, token: str, list_ids: list[int], issued: Any) -> str:
        return signed_links.sign(self.key, token, list_ids, issued)

    def post(self, path: str, body: bytes, content_type: str) -> tuple[int, str]:
        req = urllib.request.Request(self.base_url + path, data=body, method="POST",
                                     headers={"Content-Type": content_type})
        return self._open(req)

    def bearer(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {signed_links.pull_key(self.key)}"}

    def post_json(self, path: str, body: object, method: str = "POST") -> tuple[int, str]:
        req = urllib.request.Request(self.base_url + path, data=json.dumps(body).encode(),
                                     method=method,
                                     headers={"Content-Type": "application/json", **self.bearer()})
        return self._open(req)

    def publish(self, sender: str, lists: dict[int, str]) -> None:
        """Publish the list catalog as the desktop does (ids and names only)."""
        status, _ = self.post_json("/api/catalog", {"sender": sender, "lists": lists}, "PUT")
        assert status == 200

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
        return self._open(urllib.request.Request(self.base_url + path, headers=headers or {}))

    def _open(self, req: urllib.request.Request) -> tuple[int, str]:
        context: ssl.SSLContext = self.certificate.client_context()
        try:
            with urllib.request.urlopen(req, context=context, timeout=10) as response:
                return int(response.status), response.read().decode()
        except urllib.error.HTTPError as error:
            return int(error.code), error.read().decode()
