"""A campaign's progress in plain English, as ``campaign status`` shows it."""

from __future__ import annotations

from datetime import datetime

from engine.cli.progress_words import progress_lines, slowed_words
from engine.sending.progress import CampaignProgress, SlowedProvider
from engine.storage.campaigns import ItemCounts

AT = datetime(2026, 12, 3, 14, 2)


def test_a_slowed_provider_reads_with_its_name_time_share_of_pace_and_replies() -> None:
    assert slowed_words(SlowedProvider("google", 0.25, 3, AT)) == (
        "Gmail / Google: slowed down at 2026-12-03 14:02 UTC to 25% of its pace "
        "(throttling replies: 3)")


def test_each_slowed_provider_has_a_line_of_its_own_in_the_status() -> None:
    progress = CampaignProgress(
        "sending", ItemCounts({"queued": 5}, {}, 0), 0.0, None, 0, 0,
        slowed=(SlowedProvider("yahoo", 0.5, 1, AT), SlowedProvider("google", 0.125, 3, AT)))
    lines = progress_lines(progress)
    assert [line.split(":")[0] for line in lines if "slowed down" in line] == [
        "Yahoo / AOL", "Gmail / Google"]
