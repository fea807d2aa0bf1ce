"""The per-provider pace held in the database: limits per minute and hour, slow-downs kept,
and two runners at once never passing a provider's limit."""

from __future__ import annotations

from datetime import datetime, timedelta

from engine.config import ProviderPace
from engine.sending.pacing import RECOVER_EVERY
from engine.sending.provider_pace import ProviderPacer
from engine.storage import repo
from engine.storage.transactions import transaction
from tests.engine.sending.conftest import profile_for
from tests.support import run_as_runners

NOW = datetime(2026, 12, 3, 14, 0, 30)
PRESETS = {"google": ProviderPace(10, 25, 4, 100), "other": ProviderPace(0, 0, 4, 100)}


class _Server:
    host, port = "127.0.0.1", 2525


def saved_profile_id() -> int:
    found = repo.profile_id(profile_for(_Server()).key)
    assert found is not None
    return found


def reserve_many(pacer: ProviderPacer, provider: str, count: int, now: datetime) -> int:
    granted = 0
    for _ in range(count):
        limit = pacer.limit(provider, now)
        with transaction():
            granted += pacer.reserve(provider, now, limit)
    return granted


def test_a_provider_gets_no_more_than_its_minute_and_its_hour(database_url: str) -> None:
    pacer = ProviderPacer(saved_profile_id(), PRESETS)
    assert reserve_many(pacer, "google", 15, NOW) == 10
    assert reserve_many(pacer, "google", 15, NOW + timedelta(minutes=1)) == 10
    assert reserve_many(pacer, "google", 15, NOW + timedelta(minutes=2)) == 5  # the hour's 25
    assert reserve_many(pacer, "google", 5, NOW + timedelta(hours=1)) == 5


def test_a_provider_without_limits_of_its_own_is_never_held_back(database_url: str) -> None:
    pacer = ProviderPacer(saved_profile_id(), PRESETS)
    assert reserve_many(pacer, "yahoo", 50, NOW) == 50  # not in the presets: other's


def test_a_throttled_provider_gets_half_its_minute_and_the_others_are_untouched(
        database_url: str) -> None:
    profile_id = saved_profile_id()
    with transaction():
        ProviderPacer(profile_id, PRESETS).throttled("google", NOW)
    later = ProviderPacer(profile_id, PRESETS)  # another run reads the stored slow-down
    assert later.limit("google", NOW).per_minute == 5
    assert reserve_many(later, "google", 10, NOW) == 5
    assert later.limit("other", NOW) == PRESETS["other"]
    assert later.limit("google", NOW + 4 * RECOVER_EVERY) == PRESETS["google"]
    assert later.paces(NOW + 4 * RECOVER_EVERY) == {}


def test_two_runners_at_once_never_pass_a_provider_limit_and_keep_every_slow_down(
        any_database: str) -> None:
    profile_id = saved_profile_id()

    def runner() -> int:
        pacer = ProviderPacer(profile_id, {"google": ProviderPace(40, 0, 4, 100),
                                           "other": PRESETS["other"]})
        granted = reserve_many(pacer, "google", 40, NOW)
        with transaction():
            pacer.throttled("google", NOW)
        return granted

    assert sum(run_as_runners(2, runner)) == 40
    pace = ProviderPacer(profile_id, PRESETS).paces(NOW)["google"]
    assert (pace.factor, pace.deferrals) == (0.25, 2)
