"""Bounces kept for review as a table: when they came, what they are, why they are kept."""

from __future__ import annotations

from desktop.i18n import QT_TRANSLATE_NOOP
from desktop.models.notes_words import note_words
from desktop.models.record_table import Column, RecordTableModel
from desktop.models.words import KINDS, local, utc_text, words
from engine.storage.reviews import ReviewItem


class ReviewTableModel(RecordTableModel[ReviewItem]):
    context = "reviews"
    columns = (
        Column(QT_TRANSLATE_NOOP("reviews", "Received"), lambda r: local(r.received_at),
               lambda r: utc_text(r.received_at)),
        Column(QT_TRANSLATE_NOOP("reviews", "Kind"), lambda r: words(KINDS, r.kind)),
        Column(QT_TRANSLATE_NOOP("reviews", "Why it needs you"),
               lambda r: note_words(r.why)),
        Column(QT_TRANSLATE_NOOP("reviews", "Subject"), lambda r: r.subject),
        Column(QT_TRANSLATE_NOOP("reviews", "Read from"), lambda r: r.source),
    )
