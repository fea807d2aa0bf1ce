"""The shape of long work: a generator yielding Progress, checking a CancelToken, and the
``JobContext`` every job is handed.

Passwords are resolved before a runner starts (from the keyring, or an environment variable
named on the command line) and looked up in the context by the settings object's
``secret_key``; a job never calls the keyring itself, because keyring calls belong to one thread.
The context lives here, below every job, so that jobs never import the scheduler that runs them.
"""

from __future__ import annotations

import os
import socket
import threading
import uuid
from collections.abc import Callable, Generator, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import TypeVar

from engine.clock import Clock, SystemClock, stored_now, utc_now
from engine.notes import Note

R = TypeVar("R")


@dataclass(frozen=True)
class Progress:
    """How far a job is; what it is doing as a ``note`` (the window says it in the reader's
    language, the CLI in English), or as plain English ``message`` where only the CLI shows
    it. ``job`` is the title of the scheduled job it belongs to, when a runner drives it."""

    done: int
    total: int | None = None
    message: str = ""
    note: Note | None = None
    job: str = ""

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


def new_runner_id(starter: str = "") -> str:
    """Unique per process start: host, process id and a random part (pids are reused), then
    ``/starter`` (a key of ``STARTERS``) when known; at most 64 characters, as stored."""
    host = (socket.gethostname() or "localhost")[:32]
    runner = f"{host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    return f"{runner}/{starter[:12]}" if starter else runner


@dataclass
class JobContext:
    clock: Clock = field(default_factory=SystemClock)
    passwords: Mapping[str, str | None] = field(default_factory=dict)
    token: CancelToken = field(default_factory=CancelToken)
    runner_id: str = field(default_factory=new_runner_id)
    # The JobRun the scheduler opened for this job, so the job records its work under it
    # instead of opening a second one; None when a job runs outside the scheduler.
    run_id: int | None = None
    # The MX look-up that finds a new recipient domain's receiving provider (domain -> MX
    # hosts, LookupError when the DNS does not answer); None: offline, such a domain is
    # "other" for now. The CLI and the window pass the configured DNS server's.
    mx_lookup: Callable[[str], list[str]] | None = None

    def password(self, key: str) -> str | None:
        return self.passwords.get(key)

    def now(self) -> datetime:
        """Aware UTC now, from the clock."""
        return utc_now(self.clock)

    def db_now(self) -> datetime:
        """Now as the database stores times: naive UTC."""
        return stored_now(self.clock)

    def check(self) -> None:
        """Raise ``Cancelled`` when the window or the CLI asked the job to stop."""
        self.token.check()
