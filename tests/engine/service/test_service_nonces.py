"""The confirm forms' nonces: each works once, for a day, and old ones do not pile up."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from engine.service.store import NONCE_LIFETIME, ServiceStore

LINK = "signed-link"
T0 = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ServiceStore]:
    opened = ServiceStore(tmp_path / "service.sqlite3")
    yield opened
    opened.close()


def test_a_nonce_works_once_within_its_lifetime(store: ServiceStore) -> None:
    store.add_nonce("n1", LINK, T0)
    assert store.use_nonce("n1", LINK, T0 + NONCE_LIFETIME - timedelta(minutes=1))
    assert not store.use_nonce("n1", LINK, T0 + timedelta(hours=2))


def test_a_page_left_open_past_the_lifetime_is_refused(store: ServiceStore) -> None:
    store.add_nonce("n1", LINK, T0)
    assert not store.use_nonce("n1", LINK, T0 + NONCE_LIFETIME + timedelta(minutes=1))


def test_rendering_a_form_removes_the_nonces_past_their_lifetime(store: ServiceStore) -> None:
    for minute in range(5):
        store.add_nonce(f"old{minute}", LINK, T0 + timedelta(minutes=minute))
    store.add_nonce("new", LINK, T0 + NONCE_LIFETIME + timedelta(hours=1))
    assert store.nonce_count() == 1
    assert store.use_nonce("new", LINK, T0 + NONCE_LIFETIME + timedelta(hours=2))


def test_a_time_given_in_another_zone_counts_as_the_same_moment(store: ServiceStore) -> None:
    paris = timezone(timedelta(hours=1))
    store.add_nonce("n1", LINK, datetime(2026, 12, 2, 0, 30, tzinfo=paris))  # 23:30 UTC
    # 24 h 30 min later: as text "2026-12-02T00:30+01:00" would still look recent enough
    assert not store.use_nonce("n1", LINK, datetime(2026, 12, 3, 0, 0, tzinfo=UTC))
