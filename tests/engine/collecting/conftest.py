"""A database with one campaign sent to a few contacts, and a way to collect saved messages."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest

from engine.bounces.codes import BounceCodeTable
from engine.clock import FakeClock
from engine.collecting.collect import collect
from engine.collecting.record import Rules
from engine.collecting.report import CollectReport
from engine.collecting.sources import FileSource
from engine.jobs import CancelToken, run_to_end
from engine.storage.models import Campaign, CampaignItem, Contact


@dataclass
class Sent:
    """A campaign already sent to some contacts: ``tokens[email]`` is each item's token."""

    campaign_id: int
    tokens: dict[str, str]

    def item(self, email: str) -> CampaignItem:
        return CampaignItem.get(CampaignItem.token == self.tokens[email])


def _token(n: int) -> str:
    alphabet = "abcdefghijklmnopqrstuvwxyz234567"
    out = ""
    for _ in range(16):
        out += alphabet[n % 32]
        n //= 32
    return out


def send_campaign(name: str, emails: list[str], start: int = 1) -> Sent:
    campaign = Campaign.create(name=name, subject="Our January news", status="sending")
    tokens: dict[str, str] = {}
    for n, email in enumerate(emails, start=start):
        contact, _ = Contact.get_or_create(email=email)
        token = _token(n * 7919 + len(name))
        CampaignItem.create(campaign=campaign, contact=contact, email=email, token=token,
                            state="sent", message_id=f"{token}@news.example.com")
        tokens[email] = token
    return Sent(int(campaign.id), tokens)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def sent(database_url: str) -> Sent:
    return send_campaign("January", ["ann@example.org", "bob@example.org", "cy@example.org"])


Collect = Callable[..., CollectReport]


@pytest.fixture
def collect_files(tmp_path: Path, clock: FakeClock) -> Iterator[Collect]:
    """``collect_files([raw, ...], **rules)``: write the messages as .eml files, collect them."""
    batches = iter(range(1, 10_000))

    def run(messages: list[bytes], **rule_values: object) -> CollectReport:
        folder = tmp_path / f"batch{next(batches)}"
        folder.mkdir()
        for n, raw in enumerate(messages):
            (folder / f"{n:04}.eml").write_bytes(raw)
        values: dict[str, object] = {"soft_retry_interval": timedelta(hours=4)}
        values.update(rule_values)
        return run_to_end(collect(
            lambda: FileSource([folder]), rules=Rules(**values),  # type: ignore[arg-type]
            table=BounceCodeTable.default(), clock=clock, token=CancelToken(), retry_count=0,
        ))

    yield run


@pytest.fixture
def database_url(any_database: str) -> str:
    """Collection writes with hand-written SQL for speed: every test here runs on SQLite and
    on PostgreSQL, so both dialects are proven."""
    return any_database
