"""Opening the database: SQLite in the user's data folder by default, PostgreSQL by URL.

Models bind to ``database`` (a proxy) so the same code runs on both; ``init_db`` picks the real
database, applies pragmas, and migrates it forward.
"""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee
import platformdirs

from engine.errors import StorageError

ENV_VAR = "NEWSLETTER_DESK_DATABASE"
APP_NAME = "newsletter-desk"

database = peewee.DatabaseProxy()
Database = peewee.Database

_SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    # Two runners (window + cron) may share the file: wait for the other writer, don't fail.
    "busy_timeout": 10_000,
    "synchronous": "normal",
}


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'newsletter-desk.sqlite3'}"


def resolve_url(explicit: str | None = None) -> str:
    """``--database`` beats the environment beats the default; a bare path means SQLite."""
    url = explicit or os.environ.get(ENV_VAR) or default_url()
    if "://" not in url:
        url = f"sqlite:///{Path(url).expanduser().resolve()}"
    return url


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for PostgreSQL or in-memory)."""
    parsed = urlparse(url)
    if parsed.scheme != "sqlite":
        return None
    path = unquote(url[len("sqlite:///"):])
    if path in ("", ":memory:"):
        return None
    return Path(path)


def exists(url: str) -> bool:
    path = sqlite_path(url)
    return path is None or path.exists()


def describe(url: str) -> str:
    """Where the data lives, for the window and the CLI (no password in it)."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        return "in memory"
    host = parsed.hostname or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    return f"PostgreSQL database {parsed.path.lstrip('/')} on {host}{port}"


def open_url(url: str) -> peewee.Database:
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = sqlite_path(url)
        if path is None:
            return peewee.SqliteDatabase(":memory:", pragmas=_SQLITE_PRAGMAS)
        path.parent.mkdir(parents=True, exist_ok=True)
        return peewee.SqliteDatabase(str(path), pragmas=_SQLITE_PRAGMAS)
    if parsed.scheme in ("postgres", "postgresql"):
        return peewee.PostgresqlDatabase(
            parsed.path.lstrip("/"),
            user=unquote(parsed.username) if parsed.username else None,
            password=unquote(parsed.password) if parsed.password else None,
            host=parsed.hostname,
            port=parsed.port,
        )
    raise StorageError(
        f"Unsupported database URL scheme “{parsed.scheme}”: use a file path, "
        "sqlite:///PATH or postgresql://USER@HOST:PORT/NAME."
    )


def init_db(url: str | None = None, *, migrate: bool = True) -> peewee.Database:
    """Bind the models to the database at ``url`` and bring its schema up to date."""
    from engine.storage import migrations

    resolved = resolve_url(url)
    if database.obj is not None:
        database.obj.close()
    try:
        db = open_url(resolved)
        database.initialize(db)
        db.connect(reuse_if_open=True)
    except peewee.OperationalError as exc:
        raise StorageError(f"Cannot open the database at {describe(resolved)}: {exc}") from exc
    if migrate:
        migrations.migrate(db, backup_path=sqlite_path(resolved))
    return db


def close_thread_connection() -> None:
    """Close the calling thread's connection: peewee keeps one per thread, so a worker
    thread that touched the database must close its own before it ends."""
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()


def close_db() -> None:
    if database.obj is not None and not database.obj.is_closed():
        database.obj.close()
