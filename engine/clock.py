"""Time as the engine sees it, so tests can move it (daily limits, retry intervals, staleness)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime: ...

    def sleep(self, seconds: float) -> None: ...


def utc_now(clock: Clock) -> datetime:
    """Aware UTC now, from ``clock`` (a clock may answer in any zone, or none: then UTC)."""
    moment = clock.now()
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def stored_now(clock: Clock) -> datetime:
    """Now as the database stores times: naive UTC. Pages read it here, not from a job's
    context they would build for the clock alone."""
    return utc_now(clock).astimezone(UTC).replace(tzinfo=None)


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def sleep(self, seconds: float) -> None:
        import time

        time.sleep(seconds)


class FakeClock:
    """A clock that only moves when told to; ``sleep`` advances it instantly."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self._now

    def sleep(self, seconds: float) -> None:
        self.advance(seconds=seconds)

    def advance(self, **delta: float) -> None:
        self._now += timedelta(**delta)
