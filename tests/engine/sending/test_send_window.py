"""The send window: when it is open, when it next opens and closes, in its own time zone."""

from __future__ import annotations

from datetime import UTC, datetime

from engine.config import SmtpProfile
from engine.sending.send_window import SendWindow, window_of


def window(start: str = "08:00", end: str = "20:00", zone: str = "Europe/Rome") -> SendWindow:
    found = window_of(SmtpProfile(name="p", send_window=True, window_from=start,
                                  window_until=end, window_zone=zone))
    assert found is not None
    return found


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)  # type: ignore[misc]


def test_the_window_is_open_between_its_times_in_its_own_zone() -> None:
    # 08:00 in Rome is 07:00 UTC in winter
    assert not window().is_open(utc(2026, 1, 5, 6, 59))
    assert window().is_open(utc(2026, 1, 5, 7, 0))
    assert window().is_open(utc(2026, 1, 5, 18, 59))
    assert not window().is_open(utc(2026, 1, 5, 19, 0))


def test_a_closed_window_next_opens_at_its_opening_time() -> None:
    assert window().next_opening(utc(2026, 1, 5, 21, 0)) == utc(2026, 1, 6, 7, 0)


def test_an_open_window_may_send_at_once_and_says_when_it_closes() -> None:
    moment = utc(2026, 1, 5, 12, 0)
    assert window().next_opening(moment) == moment
    assert window().closing(moment) == utc(2026, 1, 5, 19, 0)


def test_the_window_follows_the_local_clock_over_a_daylight_saving_change() -> None:
    # Rome moves to summer time on 29 March 2026: 08:00 is 07:00 UTC before, 06:00 after
    assert window().next_opening(utc(2026, 3, 28, 20, 0)) == utc(2026, 3, 29, 6, 0)
    assert window().closing(utc(2026, 3, 29, 12, 0)) == utc(2026, 3, 29, 18, 0)


def test_a_window_wrapping_past_midnight_is_open_either_side_of_it() -> None:
    night = window("22:00", "06:00", "UTC")
    assert night.is_open(utc(2026, 1, 5, 23, 30))
    assert night.is_open(utc(2026, 1, 6, 5, 59))
    assert not night.is_open(utc(2026, 1, 6, 6, 0))
    assert night.closing(utc(2026, 1, 5, 23, 30)) == utc(2026, 1, 6, 6, 0)
    assert night.next_opening(utc(2026, 1, 6, 12, 0)) == utc(2026, 1, 6, 22, 0)


def test_a_zone_ahead_of_utc_opens_on_the_previous_utc_day() -> None:
    tokyo = window("07:00", "09:00", "Asia/Tokyo")  # 22:00 to 00:00 UTC the day before
    assert tokyo.next_opening(utc(2026, 1, 5, 12, 0)) == utc(2026, 1, 5, 22, 0)
    assert tokyo.is_open(utc(2026, 1, 5, 23, 0))


def test_an_opening_time_the_clock_skips_opens_at_the_jump() -> None:
    # 29 March 2026 in Rome: from 02:00 straight to 03:00 (01:00 UTC)
    early = window("02:30", "05:00")
    assert early.next_opening(utc(2026, 3, 29, 0, 0)) == utc(2026, 3, 29, 1, 0)
    assert early.is_open(utc(2026, 3, 29, 1, 0))


def test_an_opening_time_the_clock_shows_twice_opens_the_first_time() -> None:
    # 25 October 2026 in Rome: 02:00 to 03:00 twice, first at 00:00 UTC (summer time)
    assert window("02:30", "05:00").next_opening(utc(2026, 10, 24, 12, 0)) == \
        utc(2026, 10, 25, 0, 30)


def test_a_profile_without_a_window_has_none() -> None:
    assert window_of(SmtpProfile(name="p")) is None
