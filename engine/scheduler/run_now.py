"""Run one job now, whoever asks: the ``collect`` command, the window's Collect now, a script.

Through the scheduler, never around it: the run takes the job's lock as a scheduled run does
(a row in the database, so it holds across processes and machines) and is recorded as one
(the Jobs page's last and next run). ``AlreadyRunning`` says who holds the job.
"""

from __future__ import annotations

from collections.abc import Generator
from typing import Any

from engine.jobs import JobContext, Progress
from engine.scheduler.jobs import Job, job
from engine.scheduler.runner import AlreadyRunning, Runner

__all__ = ["AlreadyRunning", "run_now"]


def run_now(which: str | Job, ctx: JobContext) -> Generator[Progress, None, dict[str, Any]]:
    """Run the job (by name or ``Job``) once with ``ctx``'s passwords and runner id; returns
    its summary. Failures are raised, not only recorded: the caller shows them."""
    chosen = job(which) if isinstance(which, str) else which
    # A runner of its own, registered for the run only, so no other runner takes the held
    # job for an orphan's.
    return Runner(ctx, jobs=(chosen,)).run_alone(chosen)
