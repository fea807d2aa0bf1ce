"""What the service keeps: the requests it recorded until the desktop acknowledges them, the
confirm-form nonces, and the list catalog (ids and names, no contacts) the desktop publishes.

Plain ``sqlite3`` in a small file in the data folder: the service runs alone on a server, and
its three tables are the whole of its state. A team on PostgreSQL may instead give the shared
database's URL: the same three tables go there (through psycopg2, not the desktop's models:
the service needs none of them). No address is ever stored here; a request is an item token
and list ids.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

SCHEMA = """
CREATE TABLE IF NOT EXISTS service_request (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token TEXT NOT NULL,
    action TEXT NOT NULL,
    lists TEXT NOT NULL,
    created_at TEXT NOT NULL,
    acknowledged INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX IF NOT EXISTS service_request_once
    ON service_request (token) WHERE action = 'unsubscribe';
CREATE TABLE IF NOT EXISTS service_nonce (
    nonce TEXT PRIMARY KEY,
    link TEXT NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS service_catalog (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    body TEXT NOT NULL
);
"""


# A confirm page left open longer than this must be opened again from the email: the nonce
# only has to outlive a person reading one page, and old ones would pile up forever.
NONCE_LIFETIME = timedelta(days=1)


def _stamp(at: datetime) -> str:
    """Stored times are UTC ISO 8601 of one shape, so they compare as text in both databases."""
    return at.astimezone(UTC).isoformat()


@dataclass(frozen=True)
class Request:
    id: int
    token: str
    action: str  # "unsubscribe" (leave the link's lists) or "manage" (leave the lists given)
    lists: tuple[int, ...]
    created_at: datetime

    def as_json(self) -> dict[str, object]:
        return {"id": self.id, "token": self.token, "action": self.action,
                "lists": list(self.lists), "created_at": self.created_at.isoformat()}


@dataclass(frozen=True)
class Catalog:
    sender: str
    lists: dict[int, str]


class _Postgres:
    """The two things the store asks of a connection, over psycopg2 in autocommit."""

    def __init__(self, url: str) -> None:
        import psycopg2  # type: ignore[import-untyped]  # no stubs; the postgres extra

        self._db = psycopg2.connect(url)
        self._db.autocommit = True
        with self._db.cursor() as cursor:
            cursor.execute(SCHEMA.replace("INTEGER PRIMARY KEY AUTOINCREMENT",
                                          "BIGSERIAL PRIMARY KEY"))

    def execute(self, sql: str, params: tuple[object, ...] = ()) -> Any:
        sql = sql.replace("?", "%s").replace("INSERT OR IGNORE", "INSERT")
        if sql.startswith("INSERT INTO service_request"):
            sql += " ON CONFLICT DO NOTHING"
        cursor = self._db.cursor()
        cursor.execute(sql, params)
        return cursor

    def close(self) -> None:
        self._db.close()


class ServiceStore:
    """One connection guarded by a lock: waitress serves from a few threads, and these
    statements are tiny."""

    def __init__(self, path: Path | None = None, *, database_url: str = "") -> None:
        self._lock = threading.Lock()
        self._db: Any
        if database_url:
            self._db = _Postgres(database_url)
            return
        if path is None:
            raise ValueError("a data file or a database URL is needed")
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        with self._lock:
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.executescript(SCHEMA)

    def close(self) -> None:
        self._db.close()

    def record(self, token: str, action: str, lists: tuple[int, ...], at: datetime) -> bool:
        """True when new; a second one-click unsubscribe for the same token is not."""
        with self._lock:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO service_request (token, action, lists, created_at)"
                " VALUES (?, ?, ?, ?)",
                (token, action, json.dumps(sorted(lists)), at.astimezone(UTC).isoformat()))
            return int(cursor.rowcount) == 1

    def already_unsubscribed(self, token: str) -> bool:
        with self._lock:
            row = self._db.execute("SELECT 1 FROM service_request WHERE token = ? AND"
                                   " action = 'unsubscribe'", (token,)).fetchone()
        return row is not None

    def pending(self, since: int, limit: int = 500) -> list[Request]:
        with self._lock:
            rows = self._db.execute(
                "SELECT id, token, action, lists, created_at FROM service_request"
                " WHERE id > ? AND acknowledged = 0 ORDER BY id LIMIT ?", (since, limit)).fetchall()
        return [Request(int(i), t, a, tuple(json.loads(ls)), datetime.fromisoformat(c))
                for i, t, a, ls, c in rows]

    def oldest_unacknowledged(self) -> datetime | None:
        with self._lock:
            row = self._db.execute("SELECT MIN(created_at) FROM service_request"
                                   " WHERE acknowledged = 0").fetchone()
        return datetime.fromisoformat(row[0]) if row and row[0] else None

    def acknowledge(self, up_to: int) -> int:
        with self._lock:
            return int(self._db.execute("UPDATE service_request SET acknowledged = 1"
                                        " WHERE id <= ? AND acknowledged = 0", (up_to,)).rowcount)

    def add_nonce(self, nonce: str, link: str, at: datetime) -> None:
        """Keep a rendered form's nonce; the ones past their lifetime go at the same time, so
        the table stays as small as one day of page views however long the service runs."""
        with self._lock:
            self._db.execute("DELETE FROM service_nonce WHERE created_at < ?",
                             (_stamp(at - NONCE_LIFETIME),))
            self._db.execute("INSERT INTO service_nonce (nonce, link, created_at) VALUES (?, ?, ?)",
                             (nonce, link, _stamp(at)))

    def use_nonce(self, nonce: str, link: str, at: datetime) -> bool:
        """True once for a nonce rendered for this link within its lifetime; a replayed, stale
        or foreign one is refused."""
        with self._lock:
            return int(self._db.execute(
                "UPDATE service_nonce SET used = 1 WHERE nonce = ? AND link = ? AND used = 0"
                " AND created_at >= ?",
                (nonce, link, _stamp(at - NONCE_LIFETIME))).rowcount) == 1

    def nonce_count(self) -> int:
        with self._lock:
            return int(self._db.execute("SELECT COUNT(*) FROM service_nonce").fetchone()[0])

    def catalog(self) -> Catalog:
        with self._lock:
            row = self._db.execute("SELECT body FROM service_catalog WHERE id = 1").fetchone()
        body = json.loads(row[0]) if row else {}
        return Catalog(str(body.get("sender", "")),
                       {int(k): str(v) for k, v in body.get("lists", {}).items()})

    def publish_catalog(self, catalog: Catalog) -> None:
        body = json.dumps({"sender": catalog.sender,
                           "lists": {str(k): v for k, v in catalog.lists.items()}})
        with self._lock:
            self._db.execute("INSERT INTO service_catalog (id, body) VALUES (1, ?)"
                             " ON CONFLICT (id) DO UPDATE SET body = excluded.body", (body,))
