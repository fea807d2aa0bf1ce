"""A forecast is no sooner than the slowest receiving provider's pace allows."""

from __future__ import annotations

import pytest

from engine.config import ProviderPace
from engine.sending.pacing import Pace
from engine.sending.provider_forecast import seconds_per_message, waiting_seconds

PACES = {"google": ProviderPace(300, 10_000, 4, 100), "yahoo": ProviderPace(60, 2_500, 2, 20),
         "other": ProviderPace(0, 0, 4, 100)}


def test_what_a_providers_limits_take_at_once_waits_for_nothing() -> None:
    assert waiting_seconds(PACES["yahoo"], 60) == 0.0


def test_each_further_minutes_worth_waits_a_minute() -> None:
    assert waiting_seconds(PACES["yahoo"], 61) == 60.0
    assert waiting_seconds(PACES["yahoo"], 180) == 120.0


def test_past_the_hours_limit_the_rest_waits_for_the_next_hour() -> None:
    # 2,600 need 43 minutes by the minute's limit, but 2,500 an hour hold the last 100 back
    assert waiting_seconds(PACES["yahoo"], 2_600) == 3600.0


def test_the_slowest_provider_sets_the_time_per_message_of_the_whole_queue() -> None:
    # Yahoo's 300 wait 4 minutes; Gmail's 9,700 wait 32 minutes: over 10,000 messages
    mix = {"google": 9_700, "yahoo": 300}
    assert seconds_per_message(mix, PACES, {}) == pytest.approx(32 * 60 / 10_000)


def test_a_slowed_provider_stretches_the_forecast_as_it_stands_now() -> None:
    # at a quarter of its pace Yahoo takes 15 a minute: 120 wait 7 minutes
    mix = {"yahoo": 120}
    assert seconds_per_message(mix, PACES, {"yahoo": Pace(factor=0.25)}) == pytest.approx(
        7 * 60 / 120)


def test_providers_without_limits_and_items_not_yet_named_leave_it_to_the_profile() -> None:
    assert seconds_per_message({"": 50, "other": 50}, PACES, {}) is None
