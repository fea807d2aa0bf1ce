"""The shape of long work: a generator yielding Progress, checking a CancelToken."""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from dataclasses import dataclass
from typing import TypeVar

R = TypeVar("R")


@dataclass(frozen=True)
class Progress:
    done: int
    total: int | None = None
    message: str = ""

    @property
    def fraction(self) -> float | None:
        if not self.total:
            return None
        return min(1.0, self.done / self.total)


class Cancelled(Exception):
    """Raised inside a job when its CancelToken was set; the job stops at a safe point."""


class CancelToken:
    """Set from any thread; checked by the job between steps (never mid-commit)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def check(self) -> None:
        if self._event.is_set():
            raise Cancelled()


JobGenerator = Generator[Progress, None, R]


def run_to_end(
    job: Generator[Progress, None, R], on_progress: Callable[[Progress], None] | None = None
) -> R:
    """Drive a job in the foreground (CLI, tests) and return its report."""
    while True:
        try:
            progress = next(job)
        except StopIteration as stop:
            result: R = stop.value
            return result
        if on_progress is not None:
            on_progress(progress)
