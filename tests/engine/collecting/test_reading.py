"""Classifying in a pool of worker processes records exactly what classifying here records."""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from engine.bounces.codes import BounceCodeTable
from engine.clock import FakeClock
from engine.collecting import reading
from engine.collecting.collect import collect
from engine.collecting.record import Rules
from engine.collecting.sources import Fetched, FinishCounts
from engine.jobs import CancelToken, run_to_end
from engine.storage import db
from engine.storage.models import (
    Bounce,
    BounceMessage,
    CampaignItem,
    Suppression,
    SuppressionEvent,
    Unsubscribe,
)
from tests.engine.collecting import mail
from tests.engine.collecting.conftest import send_campaign


class MemorySource:
    """Messages held in memory, handed out in chunks; remembers what it was told to remove."""

    label = "memory"

    def __init__(self, messages: Sequence[bytes]) -> None:
        self.messages = list(messages)
        self.finished: list[tuple[list[Any], list[Any]]] = []

    def open(self) -> None:
        return None

    def total(self) -> int | None:
        return len(self.messages)

    def chunks(self, size: int) -> Iterator[list[Fetched]]:
        for start in range(0, len(self.messages), size):
            yield [(start + n, raw) for n, raw in enumerate(self.messages[start:start + size])]

    def finish(self, processed: Sequence[Any], others: Sequence[Any]) -> FinishCounts:
        self.finished.append((sorted(processed), sorted(others)))
        return FinishCounts(deleted=len(processed))

    def close(self) -> None:
        return None


def _messages(tokens: dict[str, str]) -> list[bytes]:
    out: list[bytes] = []
    for n in range(40):
        out.append(mail.dsn(f"reader{n % 13}@example.org", ("5.1.1", "4.2.2", "5.7.1")[n % 3]))
    out += [mail.dsn(email, "4.2.2", tracking=token) for email, token in tokens.items()]
    out += [mail.complaint("ann@example.org"), mail.reply(),
            mail.unsubscribe(tokens["bob@example.org"])]
    out += [b"   \r\n", b"\x00\xff not mail at all"]  # unreadable: reported, left in place
    return out + out[:9]  # copies: recorded once


def _send() -> dict[str, str]:
    return send_campaign("January", ["ann@example.org", "bob@example.org", "cy@example.org"]).tokens


def _collect_into(url: str, messages: list[bytes], workers: int) -> dict[str, Any]:
    db.init_db(url)
    try:
        _send()  # the same tokens every time
        source = MemorySource(messages)
        report = run_to_end(collect(
            lambda: source, rules=Rules(threshold=2, soft_retry_interval=timedelta(hours=4)),
            table=BounceCodeTable.default(), clock=FakeClock(), token=CancelToken(),
            retry_count=0, chunk_size=7, workers=workers,
        ))
        tables = {model.__name__: sorted(repr(sorted(row.items()))
                                         for row in model.select().dicts())
                  for model in (BounceMessage, Bounce, Suppression, SuppressionEvent, Unsubscribe)}
        items = sorted(CampaignItem.select(CampaignItem.id, CampaignItem.state,
                                           CampaignItem.next_attempt_at, CampaignItem.last_code,
                                           CampaignItem.last_error).tuples())
        return {"report": report.as_dict(), "finished": source.finished, "items": items,
                **tables}
    finally:
        db.close_db()


@pytest.fixture
def pool_for_any_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "POOL_MIN_MESSAGES", 1)


@pytest.mark.usefixtures("pool_for_any_size")
def test_a_pool_of_workers_records_what_classifying_here_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gathered: list[int] = []
    gather = reading.PoolReader._gather

    def counting(self: reading.PoolReader, *args: Any) -> Any:
        outcomes = gather(self, *args)
        gathered.append(len(outcomes) if self.pool is not None else -1)  # -1: pool broke
        return outcomes

    monkeypatch.setattr(reading.PoolReader, "_gather", counting)
    db.init_db(f"sqlite:///{tmp_path / 'tokens.sqlite3'}")
    messages = _messages(_send())
    db.close_db()

    here = _collect_into(f"sqlite:///{tmp_path / 'here.sqlite3'}", messages, workers=0)
    pooled = _collect_into(f"sqlite:///{tmp_path / 'pool.sqlite3'}", messages, workers=2)

    assert pooled == here
    assert gathered and min(gathered) >= 0  # the workers classified, no fallback
    assert len(here["report"]["errors"]) == 1  # the empty message: reported, not recorded
    report = here["report"]
    assert report["recorded"] + report["others_recorded"] == len(here["BounceMessage"])
    assert report["unreadable"] == 1


def test_small_runs_and_unknown_sizes_classify_here() -> None:
    table = BounceCodeTable.default()
    small = reading.open_reader(table, messages=reading.POOL_MIN_MESSAGES - 1, workers=2)
    unknown = reading.open_reader(table, messages=None, workers=2)
    switched_off = reading.open_reader(table, messages=10_000, workers=0)

    assert all(isinstance(r, reading.InlineReader) for r in (small, unknown, switched_off))


def test_a_broken_pool_falls_back_to_classifying_here() -> None:
    reader = reading.PoolReader(BounceCodeTable.default(), 1)
    try:
        pending = reader.start([mail.dsn("ann@example.org")])
        assert reader.pool is not None
        for process in list(reader.pool._processes.values()):  # a worker dies (OOM killer)
            process.kill()
        outcomes = pending() + reader.start([mail.dsn("bob@example.org")])()
    finally:
        reader.close()

    assert [result.recipients[0].address for result, _error in outcomes if result] == [
        "ann@example.org", "bob@example.org"]


def test_a_batch_is_classified_by_whoever_takes_it_first(monkeypatch: pytest.MonkeyPatch) -> None:
    context = multiprocessing.get_context("spawn")
    claims = (context.Lock(), context.RawArray("q", reading.CLAIM_SLOTS))
    monkeypatch.setattr(reading, "_worker_claims", claims)  # as in a worker
    message = mail.dsn("ann@example.org")

    assert reading.take(claims, 8)  # the collector took batch 8 back
    done = reading._classify_chunk([message] * 3, 7, 1)  # batches 7, 8, 9 of one message

    assert sorted(done) == [7, 9]
    assert not reading.take(claims, 9)  # the worker classified batch 9


# A notice that names only the quoted original's To, which is our mailbox here.
_NAMES_OUR_MAILBOX = (
    b"From: MAILER-DAEMON@mail.example.net\r\nTo: bounces@news.example.com\r\n"
    b"Subject: Failure Notice\r\nMessage-ID: <n1@mail.example.net>\r\n\r\n"
    b"I'm afraid I wasn't able to deliver the following message.\r\n\r\n"
    b"Subject: June news\r\nTo: desk@mail.example.com\r\n")


@pytest.mark.parametrize("workers", [0, 1])
def test_the_collector_hands_our_own_addresses_to_the_classifier(workers: int) -> None:
    own = frozenset({"desk@mail.example.com"})
    reader = (reading.InlineReader(BounceCodeTable.default(), own) if workers == 0
              else reading.PoolReader(BounceCodeTable.default(), workers, own))
    try:
        [(result, _error)] = reader.start([_NAMES_OUR_MAILBOX])()
    finally:
        reader.close()
    assert result is not None and (result.kind, result.recipients) == ("hard", ())
    [(plain, _error)] = reading.InlineReader(BounceCodeTable.default()).start(
        [_NAMES_OUR_MAILBOX])()
    assert plain is not None and [r.address for r in plain.recipients] == [
        "desk@mail.example.com"]
