"""Forward-only schema migrations, one transaction per step, a backup before any of them.

Step N takes the schema from version N-1 to N. Steps must be idempotent against the current
models (check before adding a column), because step 1 builds tables from today's models.
A database newer than this release is refused untouched.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import peewee as pw

from engine.errors import SchemaTooNewError
from engine.storage import models


class SchemaVersion(pw.Model):
    version = pw.IntegerField()

    class Meta:
        table_name = "schema_version"


def _create_all(db: pw.Database) -> None:
    db.create_tables(models.ALL_MODELS, safe=True)


def _add_bounce_reviews(db: pw.Database) -> None:
    """Bounces naming no recipient of ours are kept for review instead of deleted: their
    table, and the mailbox's optional folder for them (empty: left in place). Earlier such
    messages were deleted from the mailbox: there is nothing to convert."""
    db.create_tables([models.BounceReview], safe=True)
    table = models.BounceMailboxRecord._meta.table_name
    if "review_folder" not in {c.name for c in db.get_columns(table)}:
        # the same statement on SQLite and PostgreSQL
        db.execute_sql(f'ALTER TABLE "{table}" ADD COLUMN review_folder VARCHAR(255) '
                       "NOT NULL DEFAULT ''")  # type: ignore[no-untyped-call]


def _store_notes(db: pw.Database) -> None:
    from engine.storage.note_migration import store_notes

    store_notes(db)


def _end_memberships_of_campaign_unsubscribes(db: pw.Database) -> None:
    from engine.storage.unsubscribes import end_memberships_of_campaign_unsubscribes

    end_memberships_of_campaign_unsubscribes(db)


def _add_profile_dkim(db: pw.Database) -> None:
    """Profiles may sign with DKIM: its public settings (the private key is in the keyring)."""
    _add_missing_columns(db, models.SmtpProfileRecord, (
        ("dkim_enabled", "BOOLEAN NOT NULL DEFAULT FALSE"),
        ("dkim_domain", "VARCHAR(255) NOT NULL DEFAULT ''"),
        ("dkim_selector", "VARCHAR(63) NOT NULL DEFAULT ''"),
        ("dkim_algorithm", "VARCHAR(16) NOT NULL DEFAULT 'rsa'"),
    ))


def _add_missing_columns(db: pw.Database, model: type[pw.Model],
                         columns: tuple[tuple[str, str], ...]) -> None:
    """ALTER TABLE ADD COLUMN for each column the table lacks (a fresh database has them all:
    ``_create_all`` builds today's models)."""
    table = model._meta.table_name
    have = {c.name for c in db.get_columns(table)}
    for column, sql in columns:
        if column not in have:
            db.execute_sql(  # type: ignore[no-untyped-call]
                f'ALTER TABLE "{table}" ADD COLUMN {column} {sql}')


def _add_campaign_complaint_guard(db: pw.Database) -> None:
    """A campaign can pause itself on complaints: why it did, and what the user accepted by
    resuming it. Existing campaigns were never paused so: nothing to convert."""
    _add_missing_columns(db, models.Campaign, (
        ("pause_note", "TEXT NOT NULL DEFAULT ''"),
        ("complaints_accepted", "INTEGER NOT NULL DEFAULT 0"),
    ))


def _store_residue_notes(db: pw.Database) -> None:
    from engine.storage.residue_migration import store_residue_notes

    store_residue_notes(db)


def _add_oauth_auth(db: pw.Database) -> None:
    """Profiles and the bounce mailbox may sign in with Microsoft or Google (issue 16): how
    they log in and the user's own client ID. Existing rows keep logging in with a password."""
    for model in (models.SmtpProfileRecord, models.BounceMailboxRecord):
        _add_missing_columns(db, model, (
            ("auth_method", "VARCHAR(16) NOT NULL DEFAULT 'password'"),
            ("oauth_client_id", "VARCHAR(255) NOT NULL DEFAULT ''"),
            ("oauth_tenant", "VARCHAR(255) NOT NULL DEFAULT ''"),
        ))


def _add_provider_pacing(db: pw.Database) -> None:
    """The pace per receiving provider (issue 18): recipient domains' providers, the counts
    per provider and minute or hour, and how far a provider's pace was slowed. New tables,
    empty: every provider starts at its full pace."""
    tables = [models.ReceivingDomain, models.ProviderCounter, models.ProviderPaceState]
    with db.bind_ctx(tables):
        db.create_tables(tables, safe=True)


def _add_item_provider(db: pw.Database) -> None:
    """Each campaign item names its receiving provider. Items made before have none: the
    sender finds it when it claims them, as for any item whose provider is not known."""
    _add_missing_columns(db, models.CampaignItem, (
        ("provider", "VARCHAR(32) NOT NULL DEFAULT ''"),
    ))


def _add_profile_pacing(db: pw.Database) -> None:
    """Profiles keep their own provider paces, a warm-up plan and a send window (issue 18);
    a profile made before has none of them, so it sends as it did."""
    _add_missing_columns(db, models.SmtpProfileRecord, (
        ("provider_paces", "TEXT NOT NULL DEFAULT '[]'"),
        ("warmup_plan", "VARCHAR(32) NOT NULL DEFAULT ''"),
        ("warmup_start", "VARCHAR(10) NOT NULL DEFAULT ''"),
        ("warmup_days", "INTEGER NOT NULL DEFAULT 30"),
        ("warmup_first_day", "INTEGER NOT NULL DEFAULT 50"),
        ("send_window", "BOOLEAN NOT NULL DEFAULT FALSE"),
        ("window_from", "VARCHAR(5) NOT NULL DEFAULT '08:00'"),
        ("window_until", "VARCHAR(5) NOT NULL DEFAULT '20:00'"),
        ("window_zone", "VARCHAR(64) NOT NULL DEFAULT 'UTC'"),
    ))


def _add_pace_base(db: pw.Database) -> None:
    """A provider with no per-minute limit is slowed down from the rate it was seen to accept
    (issue 18). Paces slowed before have none: they are limited as before, by connections."""
    _add_missing_columns(db, models.ProviderPaceState, (
        ("base_per_minute", "INTEGER NOT NULL DEFAULT 0"),
    ))


MIGRATIONS: tuple[Callable[[pw.Database], None], ...] = (
    _create_all,
    # Exclusion policy "Campaign" now means that campaign's lists: convert the old rows.
    _end_memberships_of_campaign_unsubscribes,
    # Bounces naming no recipient of ours are kept for review: their table and folder.
    _add_bounce_reviews,
    # The engine stores notes (codes with parameters), not English: convert the sentences.
    _store_notes,
    # Profiles may sign with DKIM (issue 15): the public half of its settings.
    _add_profile_dkim,
    # A campaign (issue 15 §4) pauses itself when its complaint rate passes the limit.
    _add_campaign_complaint_guard,
    # Summary lists and network errors' details are notes too (issue 13): convert the English.
    _store_residue_notes,
    # Profiles and the mailbox may sign in with Microsoft or Google instead of a password.
    _add_oauth_auth,
    # The pace per receiving provider: domains' providers, counts, slow-downs.
    _add_provider_pacing,
    # Each campaign item names its receiving provider, so a provider at its limit waits.
    _add_item_provider,
    # Profiles keep their own provider paces, a warm-up plan and a send window.
    _add_profile_pacing,
    # A provider with no per-minute limit slows down from the rate it was seen to accept.
    _add_pace_base,
)
LATEST = len(MIGRATIONS)


def current_version(db: pw.Database) -> int:
    with SchemaVersion.bind_ctx(db):
        if not db.table_exists("schema_version"):
            return 0
        row = SchemaVersion.select().first()
        return row.version if row else 0


def _backup(db: pw.Database, path: Path, version: int) -> Path:
    target = path.with_name(f"{path.name}.schema{version}.bak")
    dest = sqlite3.connect(str(target))
    try:
        db.connection().backup(dest)  # type: ignore[no-untyped-call]
    finally:
        dest.close()
    return target


def migrate(db: pw.Database, backup_path: Path | None = None) -> int:
    """Bring ``db`` to ``LATEST``; returns the version it was at."""
    with SchemaVersion.bind_ctx(db):
        start = current_version(db)
        if start > LATEST:
            raise SchemaTooNewError(
                f"This database uses schema version {start}, written by a newer Newsletter "
                f"Desk; this release understands up to version {LATEST}. Update the app. "
                "The database was not changed."
            )
        if start == LATEST:
            return start
        if start > 0 and backup_path is not None and backup_path.exists():
            _backup(db, backup_path, start)
        db.create_tables([SchemaVersion], safe=True)
        for version in range(start + 1, LATEST + 1):
            with db.atomic():
                MIGRATIONS[version - 1](db)
                SchemaVersion.delete().execute()
                SchemaVersion.create(version=version)
        return start
