"""The mailbox thread reports the failure that happened first."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from typing import Any

import pytest

from engine.collecting.mailbox_thread import MailboxThread
from engine.collecting.sources import Fetched, FinishCounts
from engine.errors import MailboxError
from engine.jobs import CancelToken


class _CutSource:
    """The second read is cut; the removal queued behind it then fails too."""

    label = "cut"

    def open(self) -> None:
        return None

    def total(self) -> int | None:
        return 2

    def chunks(self, size: int) -> Iterator[list[Fetched]]:
        yield [(1, b"one")]
        raise MailboxError("lost while reading messages")

    def finish(self, processed: Sequence[Any], others: Sequence[Any]) -> FinishCounts:
        raise MailboxError("lost while removing recorded messages")

    def hang_up(self) -> None:
        return None

    def close(self) -> None:
        return None


def test_a_read_that_failed_before_a_queued_removal_is_the_failure_reported() -> None:
    source = _CutSource()
    with (pytest.raises(MailboxError, match="reading"),
          MailboxThread(source, 1, CancelToken()) as mailbox):
        chunks = mailbox.chunks()
        assert next(chunks) == [(1, b"one")]
        mailbox.finish([1], [])  # queued behind the second read, which fails first
        time.sleep(0.3)  # both have failed by the time the collector asks
        next(chunks)
