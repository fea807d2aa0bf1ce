"""A forecast is no sooner than the slowest receiving provider's pace allows."""

from __future__ import annotations

import pytest

from engine.config import ProviderPace
from engine.sending.pacing import Pace
from engine.sending.provider_forecast import per_second, seconds_per_message

PACES = {"google": ProviderPace(300, 10_000, 4, 100), "yahoo": ProviderPace(60, 2_500, 2, 20),
         "other": ProviderPace(0, 0, 4, 100)}


def test_the_tighter_of_the_minute_and_the_hour_sets_a_providers_rate() -> None:
    assert per_second(ProviderPace(300, 10_000, 4, 100)) == pytest.approx(10_000 / 3600)
    assert per_second(ProviderPace(60, 0, 2, 20)) == pytest.approx(1.0)
    assert per_second(ProviderPace(0, 0, 2, 20)) is None


def test_the_slowest_providers_share_of_the_queue_sets_the_time_per_message() -> None:
    # 5,000 Yahoo messages at 2,500 an hour take 2 h: over 10,000 messages, 0.72 s each
    # (the 5,000 for Gmail need only 0.5 h)
    mix = {"google": 5_000, "yahoo": 5_000}
    assert seconds_per_message(mix, PACES, {}) == pytest.approx(0.72)


def test_a_slowed_provider_stretches_the_forecast_as_it_stands_now() -> None:
    # at a quarter of its pace Yahoo takes 625 an hour
    mix = {"yahoo": 100}
    assert seconds_per_message(mix, PACES, {"yahoo": Pace(factor=0.25)}) == pytest.approx(
        3600 / 625)


def test_providers_without_limits_and_items_not_yet_named_leave_it_to_the_profile() -> None:
    assert seconds_per_message({"": 50, "other": 50}, PACES, {}) is None
