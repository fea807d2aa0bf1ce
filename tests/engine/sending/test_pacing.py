"""Slowing down for one provider when it throttles, and recovering when it stops."""

from __future__ import annotations

from datetime import datetime, timedelta

from engine.bounces.codes import BounceCodeTable
from engine.config import ProviderPace
from engine.sending.outcomes import from_reply, lost
from engine.sending.pacing import (
    RECOVER_EVERY,
    SLOWEST,
    Pace,
    allowance,
    effective,
    is_throttling,
)

NOW = datetime(2026, 12, 3, 14, 0)
PRESET = ProviderPace(per_minute=300, per_hour=10000, connections=4, per_connection=100)
TABLE = BounceCodeTable.default()


def test_gmail_microsoft_and_yahoo_throttling_replies_are_recognised() -> None:
    for code, text in [
        (421, "4.7.28 Our system has detected an unusual rate of unsolicited mail"),
        (451, "4.7.650 The mail server has been temporarily rate limited due to IP reputation"),
        (421, "4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred"),
        (450, "4.7.1 Too many messages, slow down"),
    ]:
        assert is_throttling(from_reply(code, text, TABLE)), text


def test_a_full_mailbox_or_a_dropped_line_is_not_throttling() -> None:
    assert not is_throttling(from_reply(452, "4.2.2 Mailbox full", TABLE))
    assert not is_throttling(from_reply(450, "4.1.1 Recipient temporarily unavailable", TABLE))
    assert not is_throttling(lost("connection reset"))
    assert not is_throttling(from_reply(250, "2.0.0 OK", TABLE))


def test_each_throttling_reply_halves_the_pace_down_to_a_floor() -> None:
    pace = Pace()
    for _ in range(10):
        pace = pace.after_throttling(NOW)
    assert pace.factor == SLOWEST
    assert pace.deferrals == 10
    assert Pace().after_throttling(NOW).factor == 0.5


def test_the_pace_recovers_by_a_quarter_per_quiet_interval_then_is_full_again() -> None:
    slowed = Pace().after_throttling(NOW).after_throttling(NOW)  # a quarter
    assert slowed.recovered(NOW + RECOVER_EVERY / 2) == slowed
    once = slowed.recovered(NOW + RECOVER_EVERY)
    assert once.factor == 0.25 * 1.25
    assert slowed.recovered(NOW + 7 * RECOVER_EVERY) == Pace()
    # recovery counts from the last change, not from the first slow-down
    assert once.recovered(NOW + RECOVER_EVERY + timedelta(seconds=1)) == once


def test_a_slowed_pace_scales_the_limits_but_keeps_one_message_and_one_connection() -> None:
    half = effective(PRESET, Pace().after_throttling(NOW))
    assert (half.per_minute, half.per_hour, half.connections) == (150, 5000, 2)
    floor = effective(ProviderPace(1, 0, 1, 10), Pace(factor=SLOWEST))
    assert (floor.per_minute, floor.per_hour, floor.connections) == (1, 0, 1)
    assert effective(PRESET, Pace()) is PRESET


def test_the_allowance_is_the_tighter_of_the_minute_and_the_hour() -> None:
    assert allowance(PRESET, 290, 100) == 10
    assert allowance(PRESET, 0, 9995) == 5
    assert allowance(PRESET, 400, 0) == 0
    assert allowance(ProviderPace(0, 0, 1, 1), 10, 10) > 10_000


def test_a_provider_with_no_minute_limit_slows_down_from_what_it_answered_in_the_last_minute(
) -> None:
    unlimited = ProviderPace(per_minute=0, per_hour=0, connections=4, per_connection=100)
    once = Pace().after_throttling(NOW, answered_last_minute=40)
    assert effective(unlimited, once).per_minute == 20
    # the base is the rate seen at the first reply, not at the next, already slowed, one
    twice = once.after_throttling(NOW, answered_last_minute=7)
    assert effective(unlimited, twice).per_minute == 10


def test_a_provider_with_no_minute_limit_is_unlimited_again_once_its_pace_is_full() -> None:
    unlimited = ProviderPace(per_minute=0, per_hour=0, connections=4, per_connection=100)
    slowed = Pace().after_throttling(NOW, answered_last_minute=40)
    assert effective(unlimited, slowed.recovered(NOW + 4 * RECOVER_EVERY)).per_minute == 0


def test_a_provider_with_a_minute_limit_slows_down_from_it_whatever_it_answered() -> None:
    slowed = Pace().after_throttling(NOW, answered_last_minute=40)
    assert effective(PRESET, slowed).per_minute == 150
