"""A 5xx at send time counts like a bounce: the same rules and audit trail, against a real
aiosmtpd server, on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from engine.clock import FakeClock
from engine.collecting.job import process_bounce_email
from engine.config import BounceMailbox, BounceSettings
from engine.jobs import run_to_end
from engine.scheduler.context import JobContext
from engine.storage import repo, suppressions
from engine.storage.models import Bounce, CampaignItem
from tests.engine.collecting import mail
from tests.engine.sending.conftest import (
    add_contacts,
    make_campaign,
    profile_for,
    send,
    start_campaign,
)


@pytest.fixture
def database_url(any_database: str) -> str:
    return any_database


pytestmark = pytest.mark.usefixtures("database_url")


def send_new_campaign(name: str, profile: Any, ctx: JobContext) -> dict[str, Any]:
    start_campaign(make_campaign(profile, name=name), ctx)
    return send(ctx)


def test_a_hard_5xx_at_send_time_suppresses_the_address_like_a_collected_hard_bounce(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    server = smtp_server(replies={"person1@example.org": "550 5.1.1 No such user"})
    profile = profile_for(server)
    add_contacts("Newsletter", 3)
    ctx = context(profile)
    send_new_campaign("First", profile, ctx)
    [bounce] = Bounce.select()
    assert (bounce.email, bounce.kind, bounce.counted) == ("person1@example.org", "hard", True)
    assert bounce.outcome == "hard bounce: suppressed at once"
    record = suppressions.get("person1@example.org")
    assert record is not None
    assert (record.reason, record.code, record.source) == (
        "hard_bounce", "5.1.1", "SMTP reply at sending")
    [event] = suppressions.events("person1@example.org")
    assert event.actor == "sending"
    assert event.reason.startswith("one hard bounce stops sending to an address")
    clock.advance(days=1)
    report = send_new_campaign("Second", profile, ctx)
    assert report["sent"] == 2
    [second] = CampaignItem.select().where((CampaignItem.email == "person1@example.org")
                                           & (CampaignItem.id > bounce.item_id))
    assert (second.state, second.exclude_reason) == ("excluded", "suppressed")


def test_with_the_cautious_setting_send_time_hard_5xx_count_toward_the_threshold(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    repo.save_setting(BounceSettings(count_hard_bounces=True))
    repo.save_mailbox(BounceMailbox(bounce_threshold=2))
    server = smtp_server(replies={"person1@example.org": "550 5.1.1 No such user"})
    profile = profile_for(server)
    add_contacts("Newsletter", 2)
    ctx = context(profile)
    for name in ("First", "Second", "Third", "Fourth"):
        send_new_campaign(name, profile, ctx)
        clock.advance(days=1)
    outcomes = [b.outcome for b in Bounce.select().order_by(Bounce.id)]
    assert outcomes == ["counted 1 of 2", "counted 2 of 2; suppressed"]
    assert suppressions.get("person1@example.org") is not None
    tried = CampaignItem.select().where((CampaignItem.email == "person1@example.org")
                                        & (CampaignItem.state == "failed")).count()
    assert tried == 2


def test_a_soft_5xx_at_send_time_counts_once_its_resends_ran_out(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
) -> None:
    repo.save_setting(BounceSettings(soft_retry_count=1, soft_retry_interval_minutes=60))
    server = smtp_server(replies={"person0@example.org": "552 5.2.2 Mailbox full"})
    profile = profile_for(server)
    add_contacts("Newsletter", 1)
    ctx = context(profile)
    send_new_campaign("First", profile, ctx)
    item = CampaignItem.get(CampaignItem.email == "person0@example.org")
    assert item.state == "deferred"
    clock.advance(hours=2)
    send(ctx)
    first, second = Bounce.select().order_by(Bounce.id)
    assert (first.counted, second.counted) == (False, True)
    assert first.outcome.startswith("re-send 1 of 1 after ")
    assert second.outcome == "re-sends used up; counted 1 of 3"
    assert CampaignItem.get_by_id(item.id).state == "failed"


def test_refusals_at_sending_and_collected_bounces_count_toward_one_threshold(
    smtp_server: Callable[..., Any], clock: FakeClock, context: Callable[..., JobContext],
    tmp_path: Path,
) -> None:
    repo.save_setting(BounceSettings(count_hard_bounces=True))
    repo.save_mailbox(BounceMailbox(bounce_threshold=2))
    server = smtp_server(replies={"person0@example.org": "550 5.1.1 No such user"})
    profile = profile_for(server)
    add_contacts("Newsletter", 1)
    ctx = context(profile)
    send_new_campaign("First", profile, ctx)
    clock.advance(days=1)
    (tmp_path / "bounce.eml").write_bytes(mail.dsn("person0@example.org"))
    report = run_to_end(process_bounce_email(ctx, paths=[str(tmp_path)]))
    assert report["newly_suppressed"] == ["person0@example.org"]
    outcomes = [(b.matched_by, b.outcome) for b in Bounce.select().order_by(Bounce.id)]
    assert outcomes == [("sending", "counted 1 of 2"), ("address", "counted 2 of 2; suppressed")]
