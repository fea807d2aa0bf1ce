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


def new_runner_id() -> str:
    """Unique per process start: host, process id and a random part (pids are reused)."""
    host = socket.gethostname() or "localhost"
    return f"{host}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


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
