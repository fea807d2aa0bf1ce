"""The bounce log as a table: one failed recipient per row, newest first."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.models.notes_words import note_words
from desktop.models.record_table import Column, RecordTableModel
from desktop.models.words import KINDS, REASONS, local, utc_text, words
from engine.storage.bounces import SINGLE_MESSAGE, BounceRecord


def code_text(record: BounceRecord) -> str:
    return record.status or record.reply_code


def campaign_text(record: BounceRecord) -> str:
    """The campaign's name; an autoresponder's refusal says it had none rather than blank."""
    if not record.campaign_name and record.matched_by == SINGLE_MESSAGE:
        return translate("bounce_log", "None (autoresponder)")
    return record.campaign_name


class BounceLogTableModel(RecordTableModel[BounceRecord]):
    context = "bounce_log"
    columns = (
        Column(QT_TRANSLATE_NOOP("bounce_log", "Date"), lambda r: local(r.created_at),
               lambda r: utc_text(r.created_at)),
        Column(QT_TRANSLATE_NOOP("bounce_log", "Address"), lambda r: r.email),
        Column(QT_TRANSLATE_NOOP("bounce_log", "Kind"), lambda r: words(KINDS, r.kind)),
        Column(QT_TRANSLATE_NOOP("bounce_log", "Code"), code_text),
        Column(QT_TRANSLATE_NOOP("bounce_log", "Reason"),
               lambda r: words(REASONS, r.reason)),
        Column(QT_TRANSLATE_NOOP("bounce_log", "Campaign"), campaign_text),
        Column(QT_TRANSLATE_NOOP("bounce_log", "Diagnostic"), lambda r: r.diagnostic),
    )
    csv_columns = (
        ("date_utc", lambda r: utc_text(r.created_at)),
        ("email", lambda r: r.email),
        ("kind", lambda r: r.kind),
        ("code", lambda r: r.status),
        ("smtp_reply", lambda r: r.reply_code),
        ("reason", lambda r: r.reason),
        ("campaign", lambda r: r.campaign_name),
        ("counted", lambda r: "yes" if r.counted else "no"),
        ("campaign_found_by", lambda r: r.matched_by),
        ("outcome", lambda r: note_words(r.outcome)),
        ("rule", lambda r: note_words(r.rule)),
        ("remote_host", lambda r: r.remote_host),
        ("diagnostic", lambda r: r.diagnostic),
    )
