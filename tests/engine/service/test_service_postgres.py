"""The service pointed at a team's shared PostgreSQL instead of its own file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import psycopg2
import pytest

from engine.mail import signed_links
from tests.conftest import _reset_postgres
from tests.servers.certs import Certificate
from tests.servers.unsubscribe_service import ServiceServer

pytestmark = pytest.mark.servers


def test_requests_are_kept_in_the_shared_database_across_restarts(
        tmp_path: Path, tls_certificate: Certificate, postgres_url: str) -> None:
    _reset_postgres(postgres_url)
    service = ServiceServer(tmp_path / "s", signed_links.new_key(), tls_certificate,
                            database_url=postgres_url).start()
    try:
        signed = service.link("abcdefghijklmnop", [5], date.today())
        for _ in range(2):  # idempotent there too
            assert service.post(f"/u/{signed}", b"List-Unsubscribe=One-Click",
                                "application/x-www-form-urlencoded")[0] == 200
        service.stop()
        service.start()  # a restarted service finds them again
        status, body = service.get("/api/requests", service.bearer())
        assert status == 200
        [request] = json.loads(body)["requests"]
        assert (request["token"], request["lists"]) == ("abcdefghijklmnop", [5])
    finally:
        service.stop()
    assert not (tmp_path / "s" / "requests.sqlite3").exists()
    conn = psycopg2.connect(postgres_url)
    with conn.cursor() as cursor:
        cursor.execute("SELECT token, action FROM service_request")
        assert cursor.fetchall() == [("abcdefghijklmnop", "unsubscribe")]
    conn.close()
