"""The window's lines for the warm-up and the send window on a campaign's progress."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtWidgets import QApplication

from desktop.i18n import format_date, format_datetime, install_translation
from desktop.models.progress_words import progress_lines, warmup_words, window_words
from engine.sending.progress import CampaignProgress
from engine.sending.warmup import WarmupStanding
from engine.storage.campaigns import ItemCounts

DAY_3 = WarmupStanding(3, 15, 500, date(2026, 3, 2), date(2026, 3, 16))
NOT_YET = WarmupStanding(0, 15, 1_000, date(2026, 3, 2), date(2026, 3, 16))
OPENS = datetime(2026, 3, 4, 17, 0, tzinfo=UTC)


def test_the_warm_up_line_names_the_day_of_the_plan_and_its_last_day(
        qapp: QApplication) -> None:
    assert warmup_words(DAY_3) == f"Warm-up: day 3 of 15, the last {format_date(DAY_3.last_day)}"


def test_before_the_warm_up_starts_its_first_figure_follows_a_colon(qapp: QApplication) -> None:
    assert warmup_words(NOT_YET) == (f"Warm-up starts {format_date(NOT_YET.first_day)}; until "
                                     "then messages a day at most: 1,000")


def test_a_closed_window_says_when_sending_resumes_in_local_time(qapp: QApplication) -> None:
    assert window_words(OPENS) == f"Send window closed: sending resumes {format_datetime(OPENS)}"


def test_the_progress_shows_the_warm_up_and_the_closed_window_after_todays_figures(
        qapp: QApplication) -> None:
    progress = CampaignProgress("sending", ItemCounts({"queued": 10}, {}, 0), 0.0, None, 500,
                                500, warmup=DAY_3, window_closed_until=OPENS)
    lines = progress_lines(progress)
    today = next(n for n, line in enumerate(lines) if line.startswith("Today:"))
    assert lines[today + 1:today + 3] == [warmup_words(DAY_3), window_words(OPENS)]


def test_the_warm_up_line_reads_in_german(qapp: QApplication) -> None:
    install_translation("de")
    assert warmup_words(DAY_3) == "Aufwärmphase: Tag 3 von 15, der letzte am 16.03.26"
