"""A profile's send counters: one place at a time, never past the limit, given back on demand."""

from __future__ import annotations

import pytest

from engine.config import SmtpProfile
from engine.storage import quota, repo


@pytest.fixture
def profile_id(database_url: str) -> int:
    repo.save_profile(SmtpProfile(name="Shop", host="127.0.0.1", port=2525,
                                  from_address="news@shop.example"))
    found = repo.profile_id(repo.list_profiles()[0].key)
    assert found is not None
    return found


def test_a_period_never_counted_has_no_count(profile_id: int) -> None:
    assert quota.counts(profile_id, ["2026-01-05"]) == {}


def test_a_counter_takes_places_up_to_its_limit_and_no_further(profile_id: int) -> None:
    counters = quota.Counters(profile_id)

    taken = [counters.take("2026-01-05", 2) for _ in range(3)]

    assert taken == [True, True, False]
    assert quota.counts(profile_id, ["2026-01-05"]) == {"2026-01-05": 2}


def test_a_place_given_back_may_be_taken_again(profile_id: int) -> None:
    counters = quota.Counters(profile_id)
    counters.take("2026-01-05T09", 1)

    counters.give_back("2026-01-05T09")

    assert counters.take("2026-01-05T09", 1)
    assert quota.counts(profile_id, ["2026-01-05T09", "2026-01-05"]) == {"2026-01-05T09": 1}


def test_two_counters_of_one_profile_share_its_limit(profile_id: int) -> None:
    # Two runners each have their own; the database, not memory, holds the count.
    first, second = quota.Counters(profile_id), quota.Counters(profile_id)

    assert first.take("2026-01-05", 1)
    assert not second.take("2026-01-05", 1)
