"""A campaign's progress in the window's language: the providers slowed down for it."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QApplication

from desktop.i18n import format_datetime, install_translation
from desktop.models.progress_words import slowed_words
from engine.sending.progress import SlowedProvider

AT = datetime(2026, 12, 3, 14, 2)
GMAIL = SlowedProvider("google", 0.25, 3, AT)


def test_a_slowed_provider_reads_with_its_local_time_share_of_pace_and_replies(
    qapp: QApplication,
) -> None:
    assert slowed_words(GMAIL) == (f"Gmail / Google: slowed down at {format_datetime(AT)} to "
                                   "25% of its pace (throttling replies: 3)")


def test_a_slowed_provider_reads_in_german_with_the_brand_name_kept(qapp: QApplication) -> None:
    install_translation("de")  # the autouse fixture puts English back
    assert slowed_words(GMAIL) == (f"Gmail / Google: am {format_datetime(AT)} auf 25 % seines "
                                   "Tempos gedrosselt (Antworten „zu schnell“: 3)")
