"""What every scheduled job is handed: time, passwords, a cancel token and who is running it.

Passwords are resolved before a runner starts (from the keyring, or an environment variable
named on the command line) and looked up here by the settings object's ``secret_key``; a job
never calls the keyring itself, because keyring calls belong to one thread.
"""

from __future__ import annotations

import os
import socket
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime

from engine.clock import Clock, SystemClock
from engine.jobs import CancelToken

# Who starts jobs, in the words a second starter is told ("… started 09:12 UTC by …").
STARTERS = {
    "window": "the window's scheduler",
    "collect-now": "Collect now in the window",
    "collect": "the collect command",
    "run-jobs": "the run-jobs command",
}


def new_runner_id(starter: str = "") -> str:
    """Unique per process start: host, process id and a random part (pids are reused), then
    ``/starter`` (a key of ``STARTERS``) when known; at most 64 characters, as stored."""
    host = (socket.gethostname() or "localhost")[:32]
    runner = f"{host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
    return f"{runner}/{starter[:12]}" if starter else runner


def starter_words(runner_id: str) -> str:
    """Who a runner id says started it, e.g. "Collect now in the window on host-1"."""
    runner, _sep, starter = runner_id.rpartition("/")
    if not runner:
        runner, starter = runner_id, ""
    host = runner.split(":", 1)[0]
    who = STARTERS.get(starter, "another runner")
    return f"{who} on {host}" if host else who


@dataclass
class JobContext:
    clock: Clock = field(default_factory=SystemClock)
    passwords: Mapping[str, str | None] = field(default_factory=dict)
    token: CancelToken = field(default_factory=CancelToken)
    runner_id: str = field(default_factory=new_runner_id)
    # The JobRun the scheduler opened for this job, so the job records its work under it
    # instead of opening a second one; None when a job runs outside the scheduler.
    run_id: int | None = None

    def password(self, key: str) -> str | None:
        return self.passwords.get(key)

    def now(self) -> datetime:
        """Aware UTC now, from the clock."""
        moment = self.clock.now()
        return moment if moment.tzinfo else moment.replace(tzinfo=UTC)

    def db_now(self) -> datetime:
        """Now as the database stores times: naive UTC."""
        return self.now().astimezone(UTC).replace(tzinfo=None)

    def check(self) -> None:
        """Raise ``Cancelled`` when the window or the CLI asked the job to stop."""
        self.token.check()
