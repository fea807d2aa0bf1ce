"""Two runners sending from one database at once never send the same item twice."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from engine.clock import FakeClock
from engine.config import ProviderPace
from engine.jobs import JobContext, run_to_end
from engine.sending.receivers import preset_paces
from engine.sending.sender import send_campaigns
from engine.storage import db
from engine.storage.models import CampaignItem
from tests.engine.sending.conftest import add_contacts, make_campaign, profile_for, start_campaign


@pytest.fixture(params=["sqlite", "postgresql"])
def any_database(request: pytest.FixtureRequest, tmp_path: Any) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    else:
        import psycopg2

        server_url = request.getfixturevalue("postgres_url")
        name = f"nd_two_runners_{uuid.uuid4().hex[:8]}"
        admin = psycopg2.connect(server_url)
        admin.autocommit = True
        admin.cursor().execute(f"CREATE DATABASE {name}")
        admin.close()
        url = server_url.rsplit("/", 1)[0] + f"/{name}"
    db.init_db(url)
    yield url
    db.close_db()


def two_runners_at_once(clock: FakeClock, **options: Any) -> list[BaseException]:
    """Run the sending job in two threads at once, each its own runner; what they raised."""
    errors: list[BaseException] = []

    def runner(name: str) -> None:
        try:
            run_to_end(send_campaigns(JobContext(clock=clock, runner_id=name), **options))
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)
        finally:
            db.database.close()

    threads = [threading.Thread(target=runner, args=(f"runner-{n}",)) for n in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    return errors


def test_two_runners_at_once_send_each_item_exactly_once(
    any_database: str, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server(delay=0.002)
    profile = profile_for(server, batch_size=7, max_connections=2)
    add_contacts("Newsletter", 60)
    clock = FakeClock()
    campaign = make_campaign(profile)
    start_campaign(campaign, JobContext(clock=clock))
    assert two_runners_at_once(clock) == []
    received = Counter(m.rcpt_tos[0] for m in server.messages)
    assert len(received) == 60
    assert set(received.values()) == {1}
    assert {i.state for i in CampaignItem.select()} == {"sent"}


def test_two_runners_at_once_hold_a_provider_to_its_limit_together(
    any_database: str, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server(delay=0.002)
    profile = profile_for(server, batch_size=4, max_connections=2)
    add_contacts("Newsletter", 30, domain="gmail.com")
    add_contacts("Newsletter", 10, start=100)
    clock = FakeClock()
    start_campaign(make_campaign(profile), JobContext(clock=clock))
    google_seven_a_minute = {**preset_paces(), "google": ProviderPace(7, 0, 2, 100)}
    assert two_runners_at_once(clock, paces=google_seven_a_minute) == []
    received = Counter(m.rcpt_tos[0].partition("@")[2] for m in server.messages)
    assert received == {"gmail.com": 7, "example.org": 10}
    assert len({m.rcpt_tos[0] for m in server.messages}) == 17  # none twice


def test_two_runners_at_once_hold_the_warm_up_days_figure_together(
    any_database: str, smtp_server: Callable[..., Any],
) -> None:
    server = smtp_server(delay=0.002)
    # new_ip's first day: 50 messages, whatever the daily rate
    profile = profile_for(server, batch_size=7, max_connections=2, warmup_plan="new_ip",
                          warmup_start="2026-01-05")
    add_contacts("Newsletter", 80)
    clock = FakeClock()
    start_campaign(make_campaign(profile), JobContext(clock=clock))
    assert two_runners_at_once(clock) == []
    assert len(server.messages) == 50
    assert len({m.rcpt_tos[0] for m in server.messages}) == 50  # none twice
