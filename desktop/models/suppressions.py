"""The suppressed list as a table: the addresses never sent to again, and why."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.record_table import Column, RecordTableModel
from desktop.models.words import SUPPRESSION_REASONS, local, utc_text, words
from engine.storage.suppressions import SuppressionRecord


class SuppressionTableModel(RecordTableModel[SuppressionRecord]):
    context = "suppressions"
    columns = (
        Column(QT_TRANSLATE_NOOP("suppressions", "Address"), lambda r: r.email),
        Column(QT_TRANSLATE_NOOP("suppressions", "Why"),
               lambda r: words(SUPPRESSION_REASONS, r.reason)),
        Column(QT_TRANSLATE_NOOP("suppressions", "Code"), lambda r: r.code),
        Column(QT_TRANSLATE_NOOP("suppressions", "Campaign"),
               lambda r: r.campaign_name),
        Column(QT_TRANSLATE_NOOP("suppressions", "First bounce"),
               lambda r: local(r.first_bounce_at), lambda r: utc_text(r.first_bounce_at)),
        Column(QT_TRANSLATE_NOOP("suppressions", "Last bounce"),
               lambda r: local(r.last_bounce_at), lambda r: utc_text(r.last_bounce_at)),
        Column(QT_TRANSLATE_NOOP("suppressions", "Suppressed on"),
               lambda r: local(r.created_at), lambda r: utc_text(r.created_at)),
    )
    csv_columns = (
        ("email", lambda r: r.email),
        ("reason", lambda r: r.reason),
        ("code", lambda r: r.code),
        ("campaign", lambda r: r.campaign_name),
        ("source", lambda r: r.source),
        ("first_bounce_utc", lambda r: utc_text(r.first_bounce_at)),
        ("last_bounce_utc", lambda r: utc_text(r.last_bounce_at)),
        ("suppressed_at_utc", lambda r: utc_text(r.created_at)),
    )
